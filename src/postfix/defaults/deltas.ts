/**
 * Per-version differences from the Postfix 3.7.11 table (table-3.7.generated.ts).
 *
 * Scope: every TLS-related parameter (smtpd_tls_*, smtp_tls_*, lmtp_tls_*, tls_*,
 * tlsproxy_*, postscreen TLS, *_use_tls / *_enforce_tls, TLS-relevant smtpd_sasl_*,
 * compatibility_level) and what their defaults reference is modelled per version, plus
 * parameter renames/additions that postconf(5) of 3.7.11 documents for 3.4-3.6. Other
 * non-TLS defaults of 3.4-3.6 and 3.8-3.11 reuse the 3.7.11 values (a known limitation).
 *
 * Sources, cited per delta:
 *   REF      /work/shared/reference/postfix-semantics.md (section given)
 *   MAN37    postconf(5) man page installed with Debian postfix 3.7.11
 *   RN311    RELEASE_NOTES-3.11 (github vdukhovni/postfix)
 *   SRC-HEAD postfix/src/global/mail_params.h as stored for vdukhovni/postfix (a 3.11
 *            development snapshot, mid-2025: has REQUIRETLS but not the 20251208 changes)
 *
 * OpenSSL: values that Postfix derives from OpenSSL at build time assume OpenSSL 3.0
 * (as on Debian 12) for every version.
 *
 * A version without a patch level ("3.6") means the latest patch release of that series;
 * "3.7" itself is 3.7.11, the oracle installed here.
 */
import type { PostfixVersion } from './versions.js';

export interface DefaultsDelta {
  /** Where the fact comes from. */
  source: string;
  applies: (v: PostfixVersion) => boolean;
  /** Parameters added, or whose default differs, in the matching versions. */
  set?: Readonly<Record<string, string>>;
  /** Parameters that do not exist in the matching versions. */
  remove?: readonly string[];
}

const minorOf = (v: PostfixVersion): number => v.major * 1000 + v.minor;
const m = (major: number, minor: number): number => major * 1000 + minor;
const patchOf = (v: PostfixVersion): number => v.patch ?? Number.POSITIVE_INFINITY;

/** True for versions before major.minor. */
const before = (major: number, minor: number) => (v: PostfixVersion) => minorOf(v) < m(major, minor);
const atLeast = (major: number, minor: number) => (v: PostfixVersion) => minorOf(v) >= m(major, minor);

/**
 * True when v does NOT have a feature that arrived in `since` and was back-ported to the
 * listed patch releases (e.g. "available in Postfix >= 3.9, 3.8.1, 3.7.6, ...").
 */
function lacksBackport(since: [number, number], backports: Array<[number, number, number]>) {
  return (v: PostfixVersion): boolean => {
    if (minorOf(v) >= m(...since)) return false;
    const bp = backports.find(([a, b]) => m(a, b) === minorOf(v));
    return bp === undefined || patchOf(v) < bp[2];
  };
}

const CLIENT_PROTOCOL_PARAMS = [
  'smtpd_tls_protocols', 'smtpd_tls_mandatory_protocols',
  'smtp_tls_protocols', 'smtp_tls_mandatory_protocols',
  'lmtp_tls_protocols', 'lmtp_tls_mandatory_protocols',
];

/** Postfix 3.8 TLS_EXCL: deprecated ciphers, key exchanges, public keys and digests. */
const TLS_EXCL_REST = ':!kDH:!kECDH:!aDSS:!MD5';
const TLS_EXCL = `:!SEED:!IDEA:!3DES:!RC2:!RC4:!RC5${TLS_EXCL_REST}`;

/** Applied in order to a copy of the 3.7.11 table. */
export const DEFAULTS_DELTAS: readonly DefaultsDelta[] = [
  // ---------------------------------------------------------------- before 3.7
  {
    source: 'MAN37 tlsproxy_client_level, tlsproxy_client_policy: "available in Postfix 3.4 - 3.6. It was renamed to tlsproxy_client_security_level / tlsproxy_client_policy_maps in Postfix 3.7"; REF §4.2 (3.7)',
    applies: before(3, 7),
    remove: ['tlsproxy_client_security_level', 'tlsproxy_client_policy_maps'],
    set: { tlsproxy_client_level: '$smtp_tls_security_level', tlsproxy_client_policy: '$smtp_tls_policy_maps' },
  },
  {
    source: 'MAN37 smtp_per_record_deadline, smtpd_per_record_deadline: "available in Postfix 2.9-3.6 ... Postfix 3.7 and later use *_per_request_deadline"; *_min_data_rate and *_bind_address_enforce: "available in Postfix 3.7 and later"',
    applies: before(3, 7),
    remove: [
      'smtpd_per_request_deadline', 'smtp_per_request_deadline', 'lmtp_per_request_deadline',
      'smtpd_min_data_rate', 'smtp_min_data_rate', 'lmtp_min_data_rate',
      'smtp_bind_address_enforce', 'lmtp_bind_address_enforce',
    ],
    set: {
      smtpd_per_record_deadline: '${stress?{yes}:{no}}',
      smtp_per_record_deadline: 'no',
      lmtp_per_record_deadline: 'no',
    },
  },
  // ---------------------------------------------------------------- before 3.6
  {
    source: 'REF §4.2 table: *_tls_protocols and *_tls_mandatory_protocols were "!SSLv2, !SSLv3" in 3.1-3.5, ">=TLSv1" from 3.6; MAN37 smtpd_tls_protocols',
    applies: before(3, 6),
    set: Object.fromEntries(CLIENT_PROTOCOL_PARAMS.map((p) => [p, '!SSLv2, !SSLv3'])),
  },
  {
    source: 'MAN37 smtpd_tls_fingerprint_digest: "With Postfix <= 3.5, the default algorithm is md5"; REF §4.2 (3.6), §4.3',
    applies: before(3, 6),
    set: { smtpd_tls_fingerprint_digest: 'md5', smtp_tls_fingerprint_digest: 'md5', lmtp_tls_fingerprint_digest: 'md5' },
  },
  {
    source: 'MAN37 postscreen_denylist_action, postscreen_allowlist_interfaces, postscreen_dnsbl_allowlist_threshold: renamed in 3.6 from postscreen_blacklist_action, postscreen_whitelist_interfaces, postscreen_dnsbl_whitelist_threshold ("available in Postfix ... - 3.5")',
    applies: before(3, 6),
    remove: ['postscreen_denylist_action', 'postscreen_allowlist_interfaces', 'postscreen_dnsbl_allowlist_threshold'],
    set: {
      postscreen_blacklist_action: 'ignore',
      postscreen_whitelist_interfaces: 'static:all',
      postscreen_dnsbl_whitelist_threshold: '0',
    },
  },
  {
    source: 'MAN37: "This feature is available in Postfix 3.6 and later" for each listed parameter',
    applies: before(3, 6),
    remove: [
      'empty_address_local_login_sender_maps_lookup_key', 'local_login_sender_maps', 'enable_threaded_bounces',
      'known_tcp_ports', 'respectful_logging', 'smtpd_relay_before_recipient_restrictions',
      'smtpd_sasl_mechanism_filter',
    ],
  },
  {
    source: 'MAN37 smtp_tls_dane_insecure_mx_policy: 3.6 default "dane" only with smtp_tls_security_level = dane, otherwise "may"; "backported to Postfix versions 3.5.9, 3.4.19"; earlier always "dane"',
    applies: lacksBackport([3, 6], [[3, 5, 9], [3, 4, 19]]),
    set: { smtp_tls_dane_insecure_mx_policy: 'dane' },
  },
  {
    source: 'MAN37 dnssec_probe: "available in Postfix 3.6 and later. It was backported to Postfix versions 3.5.9, 3.4.19"',
    applies: lacksBackport([3, 6], [[3, 5, 9], [3, 4, 19]]),
    remove: ['dnssec_probe'],
  },
  // ---------------------------------------------------------------- before 3.5
  {
    source: 'MAN37 info_log_address_format: "available in Postfix 3.5 and later"',
    applies: before(3, 5),
    remove: ['info_log_address_format'],
  },
  // ---------------------------------------------------------------- patch-level back-ports
  {
    source: 'MAN37 tls_config_file, tls_config_name: "available in Postfix >= 3.9, 3.8.1, 3.7.6, 3.6.10, and 3.5.20"; REF §4.2 tls_config_file note',
    applies: lacksBackport([3, 9], [[3, 8, 1], [3, 7, 6], [3, 6, 10], [3, 5, 20]]),
    remove: ['tls_config_file', 'tls_config_name'],
  },
  {
    source: 'MAN37 smtpd_forbid_unauth_pipelining: "available in Postfix >= 3.9, 3.8.1, 3.7.6, 3.6.10, and 3.5.20"',
    applies: lacksBackport([3, 9], [[3, 8, 1], [3, 7, 6], [3, 6, 10], [3, 5, 20]]),
    remove: ['smtpd_forbid_unauth_pipelining'],
  },
  {
    source: 'MAN37 smtpd_forbid_bare_newline_exclusions: "available in Postfix >= 3.9, 3.8.4, 3.7.9, 3.6.13, and 3.5.23"',
    applies: lacksBackport([3, 9], [[3, 8, 4], [3, 7, 9], [3, 6, 13], [3, 5, 23]]),
    remove: ['smtpd_forbid_bare_newline', 'smtpd_forbid_bare_newline_exclusions'],
  },
  {
    source: 'MAN37 smtpd_forbid_bare_newline_reject_code, cleanup_replace_stray_cr_lf: "available in Postfix >= 3.9, 3.8.5, 3.7.10, 3.6.14, and 3.5.24"',
    applies: lacksBackport([3, 9], [[3, 8, 5], [3, 7, 10], [3, 6, 14], [3, 5, 24]]),
    remove: ['smtpd_forbid_bare_newline_reject_code', 'cleanup_replace_stray_cr_lf'],
  },
  // ---------------------------------------------------------------- 3.8 and later
  {
    source: 'REF §4.2 "3.8: Added tls_ffdhe_auto_groups, default ffdhe2048 ffdhe3072 (OpenSSL 3.0+)"; SRC-HEAD DEF_TLS_FFDHE_AUTO',
    applies: atLeast(3, 8),
    set: { tls_ffdhe_auto_groups: 'ffdhe2048 ffdhe3072' },
  },
  {
    source: 'REF §4.2 cipherlist defaults "3.8+" (TLS_EXCL macros, S:v3.8.0 mail_params.h:3336-3348; tls_low/export_cipherlist empty and ignored, RELEASE_NOTES-3.8 [Incompat 20230304]); tls_null_cipherlist uses TLS_EXCL_REST per SRC-HEAD',
    applies: atLeast(3, 8),
    set: {
      tls_high_cipherlist: `aNULL:-aNULL:HIGH${TLS_EXCL}:@STRENGTH`,
      tls_medium_cipherlist: `aNULL:-aNULL:HIGH:MEDIUM${TLS_EXCL}:+RC4:@STRENGTH`,
      tls_low_cipherlist: '',
      tls_export_cipherlist: '',
      tls_null_cipherlist: `eNULL${TLS_EXCL_REST}:!aNULL`,
    },
  },
  // ---------------------------------------------------------------- 3.9 and later
  {
    source: 'REF §4.2 "3.9: smtpd_tls_enable_rpk / smtp_tls_enable_rpk (RFC 7250 raw public keys)"; SRC-HEAD DEF_SMTPD/SMTP/LMTP_TLS_ENABLE_RPK = 0, DEF_TLSP_TLS_ENABLE_RPK = $smtpd_tls_enable_rpk',
    applies: atLeast(3, 9),
    set: {
      smtpd_tls_enable_rpk: 'no',
      smtp_tls_enable_rpk: 'no',
      lmtp_tls_enable_rpk: 'no',
      tlsproxy_tls_enable_rpk: '$smtpd_tls_enable_rpk',
    },
  },
  // ---------------------------------------------------------------- 3.10 and later
  {
    source: 'REF §4.2 "3.10: TLS-Required: no header support; TLSRPT"; SRC-HEAD DEF_TLSREQUIRED_ENABLE "yes", DEF_SMTP_TLSRPT_* (lmtp_ defaults are literal copies); RN311 [Incompat 20250601]: skip_reused_handshakes was "yes" before 3.11',
    applies: atLeast(3, 10),
    set: {
      tls_required_enable: 'yes',
      smtp_tlsrpt_enable: 'no',
      lmtp_tlsrpt_enable: 'no',
      smtp_tlsrpt_socket_name: '',
      lmtp_tlsrpt_socket_name: '',
      smtp_tlsrpt_skip_reused_handshakes: 'yes',
      lmtp_tlsrpt_skip_reused_handshakes: 'yes',
    },
  },
  {
    source: 'RN311 [Feature 20250906] smtp_tls_enforce_sts_mx_patterns (default "yes"), "later back-ported to Postfix 3.10.5"; SRC-HEAD lmtp_tls_enforce_sts_mx_patterns "yes"',
    applies: (v) => atLeast(3, 11)(v) || (minorOf(v) === m(3, 10) && patchOf(v) >= 5),
    set: { smtp_tls_enforce_sts_mx_patterns: 'yes', lmtp_tls_enforce_sts_mx_patterns: 'yes' },
  },
  // ---------------------------------------------------------------- 3.11 and later
  {
    source: 'RN311 [Feature 20250623]: smtp_tls_security_level defaults to "may" at compatibility_level >= 3.11, "no change to the default lmtp_tls_security_level"; SRC-HEAD DEF_SMTP_TLS_LEVEL; REF §4.2 table',
    applies: atLeast(3, 11),
    set: { smtp_tls_security_level: '${{$compatibility_level} <level {3.11} ? {} : {may}}' },
  },
  {
    source: 'RN311 [Incompat 20250601]: smtp_tlsrpt_skip_reused_handshakes changed from "yes" to "no", "enabled with compatibility level >= 3.11" (written in the style of the other compatibility_level defaults; lmtp_ follows smtp_ per SRC-HEAD)',
    applies: atLeast(3, 11),
    set: {
      smtp_tlsrpt_skip_reused_handshakes: '${{$compatibility_level} <level {3.11} ? {yes} : {no}}',
      lmtp_tlsrpt_skip_reused_handshakes: '${{$compatibility_level} <level {3.11} ? {yes} : {no}}',
    },
  },
  {
    source: 'RN311 "Major changes - requiretls" (REQUIRETLS, requiretls_redact_dsn default yes, requiretls_esmtp_header = yes, smtp_/lmtp_requiretls_policy) and [Feature 20250910] smtp_log_tls_feature_status; values from SRC-HEAD',
    applies: atLeast(3, 11),
    set: {
      requiretls_enable: 'yes',
      requiretls_redact_dsn: 'yes',
      requiretls_esmtp_header: 'yes',
      smtp_requiretls_policy: 'inline:{{.$mydomain=opportunistic}, {localhost=opportunistic}}, opportunistic+starttls',
      lmtp_requiretls_policy: 'opportunistic',
      smtp_log_tls_feature_status: 'yes',
      lmtp_log_tls_feature_status: 'yes',
    },
  },
  {
    source: 'SRC-HEAD DEF_TLS_EECDH_AUTO orders secp384r1 before secp521r1 (OpenSSL < 3.5; with OpenSSL >= 3.5 3.11 uses "?X25519MLKEM768:DEFAULT", REF §4.2, RN311 [Feature 20251102]). The release that reordered the list is unverified; 3.8-3.10 keep the 3.7 order',
    applies: atLeast(3, 11),
    set: { tls_eecdh_auto_curves: 'X25519 X448 prime256v1 secp384r1 secp521r1' },
  },
];
