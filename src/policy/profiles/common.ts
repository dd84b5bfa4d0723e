/** Building blocks for the built-in profiles (facts: /work/shared/reference/tls-policies-and-peers.md §A). */
import type { Role, RolePolicy } from '../types.js';

/** Never acceptable anywhere TLS is used: no encryption, export, RC4, MD5 MACs (RFC 9325 §4.1). */
export const BROKEN_CLASSES = ['nullEncryption', 'export', 'rc4', 'md5Mac'] as const;

export const NO_DEMANDS: RolePolicy = {
  minProtocol: null,
  maxProtocol: null,
  tls: 'optional',
  tlsOffered: false,
  forbiddenCipherClasses: [],
  authOnlyAfterTls: false,
  certificateRequired: false,
};

/** Opportunistic inbound MX: any TLS beats plaintext (RFC 7435, RFC 3207): never require TLS on port 25. */
export const OPPORTUNISTIC_MX: RolePolicy = {
  ...NO_DEMANDS,
  tls: 'must-not-require',
  tlsOffered: true,
  certificateRequired: true,
  maxProtocol: 'TLSv1.3',
};

/** Submission carrying passwords (RFC 8314, RFC 9325 §3.1-3.2): TLS 1.2+, TLS required, AUTH only after TLS. */
export const STRICT_SUBMISSION: RolePolicy = {
  minProtocol: 'TLSv1.2',
  maxProtocol: 'TLSv1.3',
  tls: 'required',
  tlsOffered: true,
  // Anonymous suites stay: Postfix offers them by default and MUAs never pick them (reference §5.2).
  forbiddenCipherClasses: [...BROKEN_CLASSES, 'tripleDes'],
  authOnlyAfterTls: true,
  certificateRequired: true,
};

export function roles(r: Partial<Record<Role, RolePolicy>> & { mx: RolePolicy; submission: RolePolicy }): Record<Role, RolePolicy> {
  return {
    mx: r.mx,
    submission: r.submission,
    submissions: r.submissions ?? r.submission,
    'other-public': r['other-public'] ?? { ...r.submission, tls: 'optional', authOnlyAfterTls: true },
    'local-only': r['local-only'] ?? NO_DEMANDS,
    'client-smtp': r['client-smtp'] ?? NO_DEMANDS,
    'client-lmtp': r['client-lmtp'] ?? NO_DEMANDS,
  };
}
