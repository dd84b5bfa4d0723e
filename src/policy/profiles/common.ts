/** Building blocks for the built-in profiles (facts: /work/shared/reference/tls-policies-and-peers.md §A). */
import type { Role, RoleBasis, RolePolicy } from '../types.js';

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

/**
 * Opportunistic inbound MX: any TLS beats plaintext (RFC 7435, RFC 3207): never require TLS on port 25.
 * Where port 25 offers SASL AUTH at all (smtpd_sasl_auth_enable in main.cf reaches it), passwords must
 * not travel in cleartext there either (RFC 8314 §4): smtpd_tls_auth_only hides AUTH until STARTTLS and
 * does not affect server-to-server delivery, which never authenticates.
 */
export const OPPORTUNISTIC_MX: RolePolicy = {
  ...NO_DEMANDS,
  tls: 'must-not-require',
  tlsOffered: true,
  certificateRequired: true,
  maxProtocol: 'TLSv1.3',
  authOnlyAfterTls: true,
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

/**
 * Baseline's loopback/unix server (reference postfix-semantics §5.3 item 5): the traffic never leaves
 * the host, and no standard in the reference speaks about it.
 */
export const LOCAL_ONLY: RolePolicy = NO_DEMANDS;

/**
 * Baseline's outbound client (smtp, lmtp): opportunistic by default (RFC 7435; a failed handshake
 * retries in plaintext, reference §0.3), so no floor on *_tls_protocols and TLS never required; where
 * delivery must be encrypted (level encrypt or stronger, TLS policy tables) the mandatory list decides
 * (postfix-semantics §3.3), and there RFC 8996 holds: TLS 1.2 or newer. No NULL encryption anywhere.
 */
export const OPPORTUNISTIC_CLIENT: RolePolicy = { ...NO_DEMANDS, forbiddenCipherClasses: ['nullEncryption'], minProtocolMandatory: 'TLSv1.2' };

/** What one profile states for one role, and where that comes from. */
export interface RoleStatement {
  policy: RolePolicy;
  /** The standard's section(s) this follows, or why the standard is silent. */
  basis: string;
  /** The standard says nothing about this role: baseline's statement applies unchanged. */
  inheritsBaseline?: boolean;
}

/** Every role stated explicitly: no role falls back to "no demands" silently. */
export function statedRoles(s: Record<Role, RoleStatement>): { roles: Record<Role, RolePolicy>; roleBasis: Record<Role, RoleBasis> } {
  const roles = {} as Record<Role, RolePolicy>;
  const roleBasis = {} as Record<Role, RoleBasis>;
  for (const [role, st] of Object.entries(s) as [Role, RoleStatement][]) {
    roles[role] = st.policy;
    roleBasis[role] = { basis: st.basis, inheritsBaseline: st.inheritsBaseline === true };
  }
  return { roles, roleBasis };
}
