import type { Profile } from '../types.js';
import { LOCAL_ONLY, OPPORTUNISTIC_CLIENT, OPPORTUNISTIC_MX, STRICT_SUBMISSION, statedRoles } from './common.js';

/**
 * The default: RFC 8314 + RFC 9325 for submission (TLS 1.2+, TLS required, AUTH only after TLS), an
 * opportunistic-friendly MX (port 25 must not require TLS and must not refuse old TLS: plaintext is
 * worse, RFC 7435 / RFC 3207), opportunistic outbound delivery with TLS 1.2+ where it is enforced.
 */
export const baseline: Profile = {
  id: 'baseline',
  version: '1.2.0',
  title: 'Baseline: RFC 8314 + RFC 9325 submission, opportunistic MX',
  description: 'Submission (587/465) requires TLS 1.2 or newer and AUTH only after TLS; port 25 stays opportunistic and keeps old TLS versions (refusing them means plaintext); outbound delivery (smtp and lmtp) is opportunistic, with TLS 1.2+ where it is enforced.',
  sources: [
    { title: 'RFC 8314: Cleartext Considered Obsolete (submission)', ref: 'https://www.rfc-editor.org/rfc/rfc8314' },
    { title: 'RFC 9325: Recommendations for Secure Use of TLS (BCP 195)', ref: 'https://www.rfc-editor.org/rfc/rfc9325' },
    { title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1', ref: 'https://www.rfc-editor.org/rfc/rfc8996' },
    { title: 'RFC 7435: Opportunistic Security; RFC 3207 §4 (public MX must not require TLS)', ref: 'https://www.rfc-editor.org/rfc/rfc3207' },
  ],
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, forbiddenCipherClasses: ['nullEncryption'] },
      basis: 'RFC 3207 §4 (a publicly referenced MX must not require TLS); RFC 7435 (any TLS beats plaintext: no protocol floor, since refusing old TLS means plaintext); RFC 9325 §4.1 (no NULL encryption); TLS 1.3 kept (RFC 9325 §3.1.1); AUTH, where port 25 offers it, only after TLS (RFC 8314 §4).',
    },
    submission: {
      policy: STRICT_SUBMISSION,
      basis: 'RFC 8314 §3, §4 (require TLS, no cleartext credentials: smtpd_tls_auth_only); RFC 8996 and RFC 9325 §3.1.1 (TLS 1.2+, TLS 1.3 supported); RFC 9325 §4.1 (no NULL, export, RC4, MD5; no 3DES).',
    },
    submissions: {
      policy: STRICT_SUBMISSION,
      basis: 'RFC 8314 §3 (implicit TLS on 465: the mandatory lists apply); otherwise as submission.',
    },
    'other-public': {
      policy: { ...STRICT_SUBMISSION, tls: 'optional' },
      basis: 'A public smtpd on another port: RFC 9325 §3.1.1 and §4.1 wherever TLS is used, RFC 8314 §4 for AUTH; TLS not required (who connects there is unknown).',
    },
    'local-only': {
      policy: LOCAL_ONLY,
      basis: 'Loopback or unix-socket smtpd (content-filter re-injection, reference postfix-semantics §5.3 item 5): the traffic never leaves the host; no standard in the reference addresses it. Validity rules (invalid lists, dead services) still apply.',
    },
    'client-smtp': {
      policy: OPPORTUNISTIC_CLIENT,
      basis: 'RFC 7435: outbound delivery stays opportunistic (no floor on smtp_tls_protocols, TLS not required: a failed handshake retries in plaintext); where TLS is enforced (encrypt or stronger, smtp_tls_policy_maps) smtp_tls_mandatory_protocols decides and RFC 8996 asks for TLS 1.2+; RFC 9325 §4.1 (no NULL encryption).',
    },
    'client-lmtp': {
      policy: OPPORTUNISTIC_CLIENT,
      basis: 'LMTP usually reaches the local store over a unix socket (no TLS). Where lmtp_tls_security_level enforces TLS, lmtp_tls_mandatory_protocols decides and RFC 8996 asks for TLS 1.2+, as for smtp.',
    },
  }),
  live: {
    minRsaBits: 2048,
    minDhBits: 2048,
    basis: 'RFC 9325 (reference tls-policies §A.8: RSA ≥ 2048, DH ≥ 2048, ECC ≥ 224 bits; exact wording unverified there).',
  },
  legacyParameters: 'notice',
};
