export const id = 281;
export const ids = [281];
export const modules = {

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, policyFromProfile

// EXTERNAL MODULE: ./src/policy/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3379);
// EXTERNAL MODULE: ./src/policy/default-policy.ts
var default_policy = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/policy/schema.ts
/** The policy file's JSON Schema; published as docs/policy.schema.json (a test keeps them equal). */
const POLICY_SCHEMA = {
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
};

// EXTERNAL MODULE: ./src/policy/rules/index.ts + 25 modules
var policy_rules = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/policy/probe-rules.ts
var probe_rules = __webpack_require__(7382);
// EXTERNAL MODULE: ./src/policy/rules/unknown-parameter.ts + 1 modules
var unknown_parameter = __webpack_require__(570);
// EXTERNAL MODULE: ./src/tls/ciphers/index.ts
var ciphers = __webpack_require__(4810);
// EXTERNAL MODULE: ./src/discover/glob-limits.ts
var glob_limits = __webpack_require__(2566);
;// CONCATENATED MODULE: ./src/policy/policy-file.ts









// Compiled on first use: most runs have no policy file, and compiling costs a noticeable part of start-up.
// yaml and ajv are imported on the first policy file (the built-in profiles need neither): the bundle keeps
// them in chunks of their own, off the start-up path.
let libraries;
const policyLibraries = () => (libraries ??= Promise.all([__webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23))]).then(([yamlModule, ajvModule]) => {
    // Both are CommonJS: the bundle's dynamic import hands over module.exports as the default export only.
    const yaml = (yamlModule.default ?? yamlModule);
    const { Ajv } = (ajvModule.default ?? ajvModule);
    return { yaml, validate: new Ajv({ allErrors: true, strict: false, verbose: true }).compile(POLICY_SCHEMA) };
}));
/** Parse and validate a policy file's text; `profileOverride` (--profile) replaces its `extends`. */
async function parsePolicy(file, text, profileOverride) {
    const { yaml, validate } = await policyLibraries();
    const { isMap, isSeq } = yaml;
    const nodeAt = (root, pointer, key) => nodeAtWith(isMap, isSeq, root, pointer, key);
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    if (doc.errors.length > 0) {
        return { ok: false, errors: doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` })) };
    }
    let data;
    try {
        data = doc.toJS() ?? {};
    }
    catch (error) {
        // yaml refuses to expand aliases beyond a count (a "billion laughs" document) by throwing.
        return { ok: false, errors: [{ file, line: 1, column: 1, message: `YAML: ${error.message}` }] };
    }
    if (!validate(data)) {
        const errors = (validate.errors ?? []).map((e) => schemaError(file, e, doc.contents, at, nodeAt));
        return { ok: false, errors: dedupe(errors) };
    }
    const d = data;
    const cipherErrors = cipherNameErrors(file, d, doc.contents, at, nodeAt);
    if (cipherErrors.length > 0)
        return { ok: false, errors: cipherErrors };
    const globErrors = (d.ignore ?? []).flatMap((glob, i) => {
        const problem = (0,glob_limits/* globProblem */.AI)(glob);
        if (!problem)
            return [];
        const range = nodeAt(doc.contents, `/ignore/${i}`).node?.range;
        return [{ file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message: `ignore: the glob "${glob}" is refused: ${problem}` }];
    });
    if (globErrors.length > 0)
        return { ok: false, errors: globErrors };
    const ruleIds = [...new Set([...policy_rules.RULES.map((r) => r.id), 'unused-suppression', ...probe_rules/* PROBE_RULE_IDS */.BQ])];
    const unknownRules = Object.keys(d.rules ?? {}).filter((k) => !ruleIds.includes(k));
    if (unknownRules.length > 0) {
        return {
            ok: false,
            errors: unknownRules.map((k) => {
                const { keyNode } = nodeAt(doc.contents, '/rules', k);
                const range = keyNode?.range;
                return { file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message: `rules: unknown rule "${k}" (allowed: ${ruleIds.join(', ')})` };
            }),
        };
    }
    const id = profileOverride ?? d.extends ?? profiles/* DEFAULT_PROFILE */.KG;
    const base = (0,default_policy/* policyFromProfile */.Q)(id);
    if (!base)
        return { ok: false, errors: [{ file, line: 1, column: 1, message: `unknown profile "${id}" (allowed: ${profiles/* PROFILE_IDS */.Xg.join(', ')})` }] };
    const roles = { ...base.roles };
    for (const [role, o] of Object.entries(d.roles ?? {}))
        roles[role] = { ...roles[role], ...o };
    const rules = {};
    for (const [id, level] of Object.entries(d.rules ?? {}))
        rules[id] = { level };
    return {
        ok: true,
        policy: {
            profile: base.profile,
            roles,
            services: d.services ?? {},
            rules,
            ignore: d.ignore ?? [],
            ...(d.postfixVersion !== undefined ? { postfixVersion: d.postfixVersion } : {}),
            origin: file,
        },
    };
}
function dedupe(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        const k = `${e.line}:${e.column}:${e.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function nodeAtWith(isMap, isSeq, root, pointer, key) {
    let node = root;
    let keyNode = null;
    const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (key !== undefined)
        parts.push(key);
    for (const part of parts) {
        if (isMap(node)) {
            const pair = node.items.find((i) => i.key?.value === part);
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value ?? keyNode;
        }
        else if (isSeq(node)) {
            node = node.items[Number(part)] ?? node;
            keyNode = null;
        }
        else
            break;
    }
    return { node, keyNode };
}
const TYPE_HINT = {
    boolean: 'a boolean (allowed: true, false)',
    array: 'a list (YAML "- item" lines or [a, b])',
    object: 'a mapping (YAML "key: value" lines)',
    string: 'a string',
};
const TLS12_NAMES = new Set(ciphers/* CIPHER_SUITES */.eD.map((c) => c.name));
const TLS13_NAMES = ciphers/* TLS13_SUITES */.IA.map((c) => c.name);
/**
 * Cipher names of allowedCiphers / allowedTls13Ciphersuites must be ones OpenSSL 3.0 knows: an unknown
 * name would silently make every suite "not allowed" (the JSON Schema only says "string").
 */
function cipherNameErrors(file, d, root, at, nodeAt) {
    const errors = [];
    const scopes = [
        ...Object.entries(d.roles ?? {}).map(([k, v]) => [`/roles/${k}`, v]),
        ...Object.entries(d.services ?? {}).map(([k, v]) => [`/services/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, v]),
    ];
    for (const [pointer, rp] of scopes) {
        const check = (key, known, names, what, listAll) => {
            (rp?.[key] ?? []).forEach((name, i) => {
                if (known(name))
                    return;
                const guess = (0,unknown_parameter/* closestName */.Nf)(name, names);
                const range = nodeAt(root, `${pointer}/${key}/${i}`).node?.range;
                const where = `${pointer.slice(1).replace(/\//g, '.')}.${key}.${i}`.replace(/~1/g, '/').replace(/~0/g, '~');
                errors.push({
                    file,
                    ...(range ? at(range[0]) : { line: 1, column: 1 }),
                    message: `${where}: ${JSON.stringify(name)} is not ${what}${guess ? ` (did you mean "${guess}"?)` : ''}${listAll ? ` (allowed: ${names.join(', ')})` : ''}`,
                });
            });
        };
        check('allowedCiphers', (n) => TLS12_NAMES.has(n), [...TLS12_NAMES], 'an OpenSSL 3.0 cipher suite name (TLS 1.2 and older, e.g. ECDHE-RSA-AES128-GCM-SHA256)', false);
        check('allowedTls13Ciphersuites', (n) => TLS13_NAMES.includes(n), TLS13_NAMES, 'a TLS 1.3 cipher suite', true);
    }
    return errors;
}
function schemaError(file, e, root, at, nodeAt) {
    const where = e.instancePath === '' ? 'the policy' : e.instancePath.slice(1).replace(/\//g, '.');
    let message;
    let target;
    if (e.keyword === 'additionalProperties') {
        const extra = e.params.additionalProperty;
        const { keyNode, node } = nodeAt(root, e.instancePath, extra);
        target = keyNode ?? node;
        // With a $ref, ajv's schemaPath is relative to the referenced schema: the parent schema is exact.
        const parent = e.parentSchema?.properties;
        const allowed = Object.keys(parent ?? propertiesAt(e.schemaPath));
        message = `unknown key "${extra}" in ${where}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
    }
    else {
        target = nodeAt(root, e.instancePath).node;
        if (e.keyword === 'enum')
            message = `${where}: ${JSON.stringify(e.data)} is not allowed (allowed: ${e.params.allowedValues.map((v) => (v === null ? 'null' : String(v))).join(', ')})`;
        else if (e.keyword === 'pattern')
            message = `${where}: ${JSON.stringify(e.data)} is not a supported Postfix version (3.4 to 3.11, optionally with a patch level)`;
        else if (e.keyword === 'type')
            message = `${where}: ${JSON.stringify(e.data)} is not ${TYPE_HINT[e.params.type] ?? `of type ${e.params.type}`}`;
        else
            message = `${where} ${e.message ?? 'is invalid'}`;
    }
    const range = target?.range;
    return { file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message };
}
/** The `properties` of the schema object at an ajv schemaPath like "#/definitions/rolePolicy/additionalProperties". */
function propertiesAt(schemaPath) {
    const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let s = POLICY_SCHEMA;
    for (const p of parts)
        s = s?.[p];
    return (s?.properties) ?? {};
}


/***/ }),

/***/ 7382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ PROBE_RULES),
/* harmony export */   BQ: () => (/* binding */ PROBE_RULE_IDS),
/* harmony export */   JR: () => (/* binding */ probeRule)
/* harmony export */ });
/* unused harmony export SHARED_RULE_IDS */
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6039);

const shared = (id) => {
    const r = _rules_index_js__WEBPACK_IMPORTED_MODULE_0__.RULES.find((x) => x.id === id);
    if (!r)
        throw new Error(`no config rule ${id}`);
    const { check: _check, ...info } = r;
    return info;
};
const own = (id, title, defaultSeverity, rationale, references) => ({ id, title, defaultSeverity, rationale, references });
const SHARED_RULE_IDS = ['protocol-floor', 'protocol-ceiling', 'weak-cipher-suites', 'auth-before-tls', 'submission-tls-not-required', 'mx-requires-tls'];
/** Every rule a probe finding can carry, in report order. */
const PROBE_RULES = [
    own('probe-failed', 'The target could not be probed', 'error', 'Nothing could be observed (no answer, refused, reset, garbage or a deadline): the target is not judged, and the absence of other findings says nothing about it.', ['issue 7 §5']),
    own('probe-untested', 'Part of the target could not be tested', 'notice', 'An aspect the policy judges was left untested: a protocol version this machine\'s TLS library cannot offer (SSLv3 with Node\'s OpenSSL), suites not probed (quick mode, or TLS 1.2 refused while older versions are accepted), or a probe that failed. Untested is never a pass.', ['issue 7 §2']),
    ...SHARED_RULE_IDS.map(shared),
    own('tls-not-available', 'TLS is not available where the policy expects it', 'error', 'The policy says this role offers TLS, but the server does not advertise STARTTLS, answers it with an error (454: e.g. no certificate or a broken TLS setting), or refuses every handshake the client can offer.', ['RFC 3207', 'RFC 8314 §3', 'reference postfix-semantics §5.2']),
    own('key-exchange', 'Key exchange the policy does not allow is accepted', 'warning', 'The profile lists the key-exchange groups its standard accepts and the smallest finite-field DH group: a group accepted when offered alone that the list does not name, or DHE suites with a smaller DH group, is reported. Error where the policy requires TLS.', ['RFC 9325 §4.1', 'RFC 7919', 'the profile\'s live demands (docs/profiles)']),
    own('certificate-expiry', 'The server certificate has expired or expires soon', 'warning', 'An expired certificate fails every verifying client (MTA-STS, DANE-TA, submission clients); a renewal that did not happen within the warning window usually means automation broke. Expired: error; expiring: warning.', ['RFC 5280 §4.1.2.5', 'RFC 8461 §4.2 (MTA-STS)']),
    own('certificate-weak-key', 'The server certificate key is too small', 'warning', 'RSA, DSA and DH keys below the profile\'s minimum (default 2048 bits) and EC keys below 256 bits are too weak (RFC 9325 §4.3, NIST SP 800-57). Error where the policy requires TLS.', ['RFC 9325 §4.3', 'NIST SP 800-57 Part 1 §5.6.1']),
    own('certificate-weak-signature', 'A certificate in the chain is signed with MD5 or SHA-1', 'warning', 'MD5 and SHA-1 signatures can be forged (chosen-prefix collisions); verifying clients reject them. Self-signed roots are not judged: their signature is never checked.', ['RFC 9155', 'RFC 6151']),
    own('certificate-name-mismatch', 'The server certificate does not name the host probed', 'warning', 'A verifying client (MTA-STS, submission clients) checks that the certificate names the host it connected to (RFC 6125). Judged only when the target was given as a host name and the policy requires a certificate for this role.', ['RFC 6125 §6', 'RFC 8461 §4.2']),
    own('config-drift', 'The live server differs from the config (--compare)', 'error', 'The server does something the repository\'s config does not predict (or does not do what it predicts): the deployed config is not this one. Error where the server allows what the config forbids; warning where it is stricter or could not be paired.', ['issue 7 §4']),
];
const PROBE_RULE_IDS = PROBE_RULES.map((r) => r.id);
function probeRule(id) {
    const r = PROBE_RULES.find((x) => x.id === id);
    if (!r)
        throw new Error(`unknown probe rule ${id}`);
    return r;
}


/***/ })

};
