/** The policy file's JSON Schema; published as docs/policy.schema.json (a test keeps them equal). */
export const POLICY_SCHEMA = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/postfix-tls-audit/postfix-tls-audit/docs/policy.schema.json",
  "title": "postfix-tls-audit policy",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "extends": {
      "type": "string",
      "enum": [
        "baseline",
        "tlsref-intermediate",
        "tlsref-modern",
        "ncsc-nl-2025",
        "bsi-tr-02102-2",
        "nist-sp800-52r2",
        "pci-dss-4"
      ]
    },
    "postfixVersion": {
      "type": "string",
      "pattern": "^3\\.(4|5|6|7|8|9|10|11)(\\.[0-9]+)?$"
    },
    "ignore": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "roles": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "mx": {
          "$ref": "#/definitions/rolePolicy"
        },
        "submission": {
          "$ref": "#/definitions/rolePolicy"
        },
        "submissions": {
          "$ref": "#/definitions/rolePolicy"
        },
        "other-public": {
          "$ref": "#/definitions/rolePolicy"
        },
        "local-only": {
          "$ref": "#/definitions/rolePolicy"
        },
        "client-smtp": {
          "$ref": "#/definitions/rolePolicy"
        },
        "client-lmtp": {
          "$ref": "#/definitions/rolePolicy"
        }
      }
    },
    "services": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/rolePolicy"
      }
    },
    "rules": {
      "type": "object",
      "additionalProperties": {
        "type": "string",
        "enum": [
          "off",
          "error",
          "warning",
          "notice"
        ]
      }
    }
  },
  "definitions": {
    "role": {
      "type": "string",
      "enum": [
        "mx",
        "submission",
        "submissions",
        "other-public",
        "local-only",
        "client-smtp",
        "client-lmtp"
      ]
    },
    "protocol": {
      "enum": [
        "SSLv3",
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3",
        null
      ]
    },
    "rolePolicy": {
      "type": "object",
      "properties": {
        "role": {
          "$ref": "#/definitions/role"
        },
        "minProtocol": {
          "$ref": "#/definitions/protocol"
        },
        "minProtocolMandatory": {
          "$ref": "#/definitions/protocol"
        },
        "maxProtocol": {
          "$ref": "#/definitions/protocol"
        },
        "tls": {
          "type": "string",
          "enum": [
            "required",
            "optional",
            "must-not-require"
          ]
        },
        "tlsOffered": {
          "type": "boolean"
        },
        "forbiddenCipherClasses": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "forwardSecrecy",
              "aead",
              "sha1Mac",
              "md5Mac",
              "cbc",
              "tripleDes",
              "rc4",
              "nullEncryption",
              "anonymous",
              "export",
              "staticRsa",
              "dhe",
              "ecdhe",
              "needsPsk",
              "needsSrp"
            ]
          }
        },
        "allowedCiphers": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "allowedTls13Ciphersuites": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "authOnlyAfterTls": {
          "type": "boolean"
        },
        "certificateRequired": {
          "type": "boolean"
        }
      },
      "additionalProperties": false
    }
  }
} as const;
