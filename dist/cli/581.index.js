export const id = 581;
export const ids = [581];
export const modules = {

/***/ 3225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ro: () => (/* reexport */ DEFAULTS_DELTAS),
  FH: () => (/* reexport */ versions/* DEFAULT_POSTFIX_VERSION */.FH),
  nh: () => (/* reexport */ versions/* SUPPORTED_POSTFIX_VERSIONS */.nh),
  sk: () => (/* binding */ builtinDefaults),
  Zy: () => (/* reexport */ versions/* compareVersions */.Zy),
  $W: () => (/* reexport */ computeHostDerivedDefaults),
  ot: () => (/* reexport */ versions/* parseVersion */.ot),
  $Z: () => (/* reexport */ serviceParameterDefaults),
  qn: () => (/* reexport */ subnetStyleNetworks),
  Vh: () => (/* reexport */ versions/* supportedMinorOf */.Vh)
});

// UNUSED EXPORTS: HOST_DERIVED_PARAMETERS, POSTFIX_3_7_VERSION, isSupportedPostfixVersion, parameterExistsIn

;// CONCATENATED MODULE: ./src/postfix/defaults/deltas.ts
const minorOf = (v) => v.major * 1000 + v.minor;
const m = (major, minor) => major * 1000 + minor;
const patchOf = (v) => v.patch ?? Number.POSITIVE_INFINITY;
/** True for versions before major.minor. */
const before = (major, minor) => (v) => minorOf(v) < m(major, minor);
const atLeast = (major, minor) => (v) => minorOf(v) >= m(major, minor);
/**
 * True when v does NOT have a feature that arrived in `since` and was back-ported to the
 * listed patch releases (e.g. "available in Postfix >= 3.9, 3.8.1, 3.7.6, ...").
 */
function lacksBackport(since, backports) {
    return (v) => {
        if (minorOf(v) >= m(...since))
            return false;
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
const DEFAULTS_DELTAS = [
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/postfix/defaults/host.ts
/**
 * Defaults that postconf computes from the machine it runs on, so they can never be
 * frozen into a table. Found by comparing `postconf -d` with mail_params.h: these are
 * the parameters without a constant DEF_ value (postconf_builtin.c: pcf_check_myhostname,
 * pcf_check_mydomainname, pcf_mynetworks, and the ad-hoc process_name / process_id).
 *
 * Build-time values (daemon_directory, mail_version, default_database_type, ...) are not
 * in this list: they are constant for a given package and live in the tables.
 */

const HOST_DERIVED_PARAMETERS = Object.freeze([
    'myhostname', // gethostname(); ".localdomain" (or ".$mydomain") appended when it has no dot
    'mydomain', // $myhostname minus its first label, "localdomain" when there is none
    'mynetworks', // one network per interface address (mynetworks_style subnet under -d)
    'process_id', // pid of the running postconf
    'process_name', // "postconf" when postconf prints it
]);
const DEF_MYDOMAIN = 'localdomain';
/** Values of HOST_DERIVED_PARAMETERS as `postconf -d` would print them on this machine. */
function computeHostDerivedDefaults(facts = {}) {
    const host = facts.hostname ?? (0,external_node_os_.hostname)();
    // postconf_builtin.c pcf_check_myhostname / pcf_check_mydomainname.
    const myhostname = host.includes('.') ? host : `${host}.${facts.mydomainSetting ?? DEF_MYDOMAIN}`;
    const dot = myhostname.indexOf('.');
    const mydomain = dot < 0 ? DEF_MYDOMAIN : myhostname.slice(dot + 1);
    return new Map([
        ['myhostname', myhostname],
        ['mydomain', mydomain],
        ['mynetworks', subnetStyleNetworks(facts.interfaces ?? (0,external_node_os_.networkInterfaces)())],
        ['process_id', String(facts.pid ?? process.pid)],
        ['process_name', 'postconf'],
    ]);
}
/**
 * mynetworks for mynetworks_style = subnet, which is what `postconf -d` uses (its default
 * style expression gives "subnet" at compatibility_level 0). Postfix lists the addresses
 * in getifaddrs() order, which on Linux is every IPv4 address before every IPv6 address.
 */
function subnetStyleNetworks(interfaces) {
    const all = Object.values(interfaces).flatMap((list) => list ?? []);
    const v4 = all.filter((a) => a.family === 'IPv4');
    const v6 = all.filter((a) => a.family === 'IPv6');
    const out = [];
    for (const a of v4) {
        const bits = prefixLength(a.netmask.split('.').map(Number), 8);
        const net = maskBytes(a.address.split('.').map(Number), bits, 8);
        out.push(`${net.join('.')}/${bits}`);
    }
    for (const a of v6) {
        const bits = prefixLength(ipv6Groups(a.netmask), 16);
        out.push(`[${formatIpv6(maskBytes(ipv6Groups(a.address), bits, 16))}]/${bits}`);
    }
    return out.join(' ');
}
function prefixLength(parts, width) {
    let bits = 0;
    for (const p of parts) {
        for (let i = width - 1; i >= 0 && (p >> i) & 1; i--)
            bits++;
        if (p !== (1 << width) - 1)
            break;
    }
    return bits;
}
function maskBytes(parts, bits, width) {
    return parts.map((p, i) => {
        const keep = Math.max(0, Math.min(width, bits - i * width));
        const mask = keep === 0 ? 0 : (((1 << keep) - 1) << (width - keep)) & ((1 << width) - 1);
        return p & mask;
    });
}
function ipv6Groups(text) {
    const addr = text.replace(/%.*$/, '');
    const [head = '', tail] = addr.split('::');
    const parse = (s) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
    const h = parse(head);
    const t = tail === undefined ? [] : parse(tail);
    const zeros = tail === undefined ? [] : new Array(8 - h.length - t.length).fill(0);
    return [...h, ...zeros, ...t];
}
/** inet_ntop() style: lower-case hex, the longest run (>= 2) of zero groups becomes "::". */
function formatIpv6(groups) {
    let best = -1;
    let bestLen = 0;
    for (let i = 0; i < groups.length;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < groups.length && groups[j] === 0)
            j++;
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestLen < 2)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

;// CONCATENATED MODULE: ./src/postfix/defaults/table-3.7.generated.ts
/**
 * GENERATED by src/postfix/defaults/generate-3.7-table.mjs - do not edit by hand.
 *
 * Provenance: `postconf -c <empty dir> -d` of Debian 12 (bookworm) package postfix
 * 3.7.11 (linked with OpenSSL 3.0), with an empty main.cf and an empty master.cf.
 * 831 built-in parameters, in postconf's (sorted) output order.
 *
 * Values are raw and unexpanded, exactly as postconf prints them. null marks a
 * host-derived value (host.ts) that is computed at run time instead.
 *
 * Debian builds differ from upstream in some compiled-in values (for example
 * daemon_directory = /usr/lib/postfix/sbin, manpage_directory = /usr/share/man,
 * readme_directory = /usr/share/doc/postfix); they are kept here because the oracle
 * is Debian's postconf. tls_eecdh_auto_curves reflects what this OpenSSL supports.
 */
const POSTFIX_3_7_VERSION = "3.7.11";
const POSTFIX_3_7_TABLE = [
    ["2bounce_notice_recipient", "postmaster"],
    ["access_map_defer_code", "450"],
    ["access_map_reject_code", "554"],
    ["address_verify_cache_cleanup_interval", "12h"],
    ["address_verify_default_transport", "$default_transport"],
    ["address_verify_local_transport", "$local_transport"],
    ["address_verify_map", "btree:$data_directory/verify_cache"],
    ["address_verify_negative_cache", "yes"],
    ["address_verify_negative_expire_time", "3d"],
    ["address_verify_negative_refresh_time", "3h"],
    ["address_verify_pending_request_limit", "5000"],
    ["address_verify_poll_count", "${stress?{1}:{3}}"],
    ["address_verify_poll_delay", "3s"],
    ["address_verify_positive_expire_time", "31d"],
    ["address_verify_positive_refresh_time", "7d"],
    ["address_verify_relay_transport", "$relay_transport"],
    ["address_verify_relayhost", "$relayhost"],
    ["address_verify_sender", "$double_bounce_sender"],
    ["address_verify_sender_dependent_default_transport_maps", "$sender_dependent_default_transport_maps"],
    ["address_verify_sender_dependent_relayhost_maps", "$sender_dependent_relayhost_maps"],
    ["address_verify_sender_ttl", "0s"],
    ["address_verify_service_name", "verify"],
    ["address_verify_transport_maps", "$transport_maps"],
    ["address_verify_virtual_transport", "$virtual_transport"],
    ["alias_database", "hash:/etc/aliases"],
    ["alias_maps", "hash:/etc/aliases, nis:mail.aliases"],
    ["allow_mail_to_commands", "alias, forward"],
    ["allow_mail_to_files", "alias, forward"],
    ["allow_min_user", "no"],
    ["allow_percent_hack", "yes"],
    ["allow_untrusted_routing", "no"],
    ["alternate_config_directories", ""],
    ["always_add_missing_headers", "no"],
    ["always_bcc", ""],
    ["anvil_rate_time_unit", "60s"],
    ["anvil_status_update_time", "600s"],
    ["append_at_myorigin", "yes"],
    ["append_dot_mydomain", "${{$compatibility_level} <level {1} ? {yes} : {no}}"],
    ["application_event_drain_time", "100s"],
    ["authorized_flush_users", "static:anyone"],
    ["authorized_mailq_users", "static:anyone"],
    ["authorized_submit_users", "static:anyone"],
    ["backwards_bounce_logfile_compatibility", "yes"],
    ["berkeley_db_create_buffer_size", "16777216"],
    ["berkeley_db_read_buffer_size", "131072"],
    ["best_mx_transport", ""],
    ["biff", "yes"],
    ["body_checks", ""],
    ["body_checks_size_limit", "51200"],
    ["bounce_notice_recipient", "postmaster"],
    ["bounce_queue_lifetime", "5d"],
    ["bounce_service_name", "bounce"],
    ["bounce_size_limit", "50000"],
    ["bounce_template_file", ""],
    ["broken_sasl_auth_clients", "no"],
    ["canonical_classes", "envelope_sender, envelope_recipient, header_sender, header_recipient"],
    ["canonical_maps", ""],
    ["cleanup_replace_stray_cr_lf", "yes"],
    ["cleanup_service_name", "cleanup"],
    ["command_directory", "/usr/sbin"],
    ["command_execution_directory", ""],
    ["command_expansion_filter", "1234567890!@%-_=+:,./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["command_time_limit", "1000s"],
    ["compatibility_level", "0"],
    ["config_directory", "/etc/postfix"],
    ["confirm_delay_cleared", "no"],
    ["connection_cache_protocol_timeout", "5s"],
    ["connection_cache_service_name", "scache"],
    ["connection_cache_status_update_time", "600s"],
    ["connection_cache_ttl_limit", "2s"],
    ["content_filter", ""],
    ["cyrus_sasl_config_path", ""],
    ["daemon_directory", "/usr/lib/postfix/sbin"],
    ["daemon_table_open_error_is_fatal", "no"],
    ["daemon_timeout", "18000s"],
    ["data_directory", "/var/lib/postfix"],
    ["debug_peer_level", "2"],
    ["debug_peer_list", ""],
    ["debugger_command", ""],
    ["default_database_type", "hash"],
    ["default_delivery_slot_cost", "5"],
    ["default_delivery_slot_discount", "50"],
    ["default_delivery_slot_loan", "3"],
    ["default_delivery_status_filter", ""],
    ["default_destination_concurrency_failed_cohort_limit", "1"],
    ["default_destination_concurrency_limit", "20"],
    ["default_destination_concurrency_negative_feedback", "1"],
    ["default_destination_concurrency_positive_feedback", "1"],
    ["default_destination_rate_delay", "0s"],
    ["default_destination_recipient_limit", "50"],
    ["default_extra_recipient_limit", "1000"],
    ["default_filter_nexthop", ""],
    ["default_minimum_delivery_slots", "3"],
    ["default_privs", "nobody"],
    ["default_process_limit", "100"],
    ["default_rbl_reply", "$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain${rbl_reason?; $rbl_reason}"],
    ["default_recipient_limit", "20000"],
    ["default_recipient_refill_delay", "5s"],
    ["default_recipient_refill_limit", "100"],
    ["default_transport", "smtp"],
    ["default_transport_rate_delay", "0s"],
    ["default_verp_delimiters", "+="],
    ["defer_code", "450"],
    ["defer_service_name", "defer"],
    ["defer_transports", ""],
    ["delay_logging_resolution_limit", "2"],
    ["delay_notice_recipient", "postmaster"],
    ["delay_warning_time", "0h"],
    ["deliver_lock_attempts", "20"],
    ["deliver_lock_delay", "1s"],
    ["destination_concurrency_feedback_debug", "no"],
    ["detect_8bit_encoding_header", "yes"],
    ["disable_dns_lookups", "no"],
    ["disable_mime_input_processing", "no"],
    ["disable_mime_output_conversion", "no"],
    ["disable_verp_bounces", "no"],
    ["disable_vrfy_command", "no"],
    ["dns_ncache_ttl_fix_enable", "no"],
    ["dnsblog_reply_delay", "0s"],
    ["dnsblog_service_name", "dnsblog"],
    ["dnssec_probe", "ns:."],
    ["dont_remove", "0"],
    ["double_bounce_sender", "double-bounce"],
    ["duplicate_filter_limit", "1000"],
    ["empty_address_default_transport_maps_lookup_key", "<>"],
    ["empty_address_local_login_sender_maps_lookup_key", "<>"],
    ["empty_address_recipient", "MAILER-DAEMON"],
    ["empty_address_relayhost_maps_lookup_key", "<>"],
    ["enable_idna2003_compatibility", "no"],
    ["enable_long_queue_ids", "no"],
    ["enable_original_recipient", "yes"],
    ["enable_threaded_bounces", "no"],
    ["error_notice_recipient", "postmaster"],
    ["error_service_name", "error"],
    ["execution_directory_expansion_filter", "1234567890!@%-_=+:,./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["expand_owner_alias", "no"],
    ["export_environment", "TZ MAIL_CONFIG LANG"],
    ["fallback_transport", ""],
    ["fallback_transport_maps", ""],
    ["fast_flush_domains", "$relay_domains"],
    ["fast_flush_purge_time", "7d"],
    ["fast_flush_refresh_time", "12h"],
    ["fault_injection_code", "0"],
    ["flush_service_name", "flush"],
    ["fork_attempts", "5"],
    ["fork_delay", "1s"],
    ["forward_expansion_filter", "1234567890!@%-_=+:,./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["forward_path", "$home/.forward${recipient_delimiter}${extension}, $home/.forward"],
    ["frozen_delivered_to", "yes"],
    ["hash_queue_depth", "1"],
    ["hash_queue_names", "deferred, defer"],
    ["header_address_token_limit", "10240"],
    ["header_checks", ""],
    ["header_from_format", "standard"],
    ["header_size_limit", "102400"],
    ["helpful_warnings", "yes"],
    ["home_mailbox", ""],
    ["hopcount_limit", "50"],
    ["html_directory", "/usr/share/doc/postfix/html"],
    ["ignore_mx_lookup_error", "no"],
    ["import_environment", "MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ XAUTHORITY DISPLAY LANG=C POSTLOG_SERVICE POSTLOG_HOSTNAME"],
    ["in_flow_delay", "1s"],
    ["inet_interfaces", "all"],
    ["inet_protocols", "all"],
    ["info_log_address_format", "external"],
    ["initial_destination_concurrency", "5"],
    ["internal_mail_filter_classes", ""],
    ["invalid_hostname_reject_code", "501"],
    ["ipc_idle", "5s"],
    ["ipc_timeout", "3600s"],
    ["ipc_ttl", "1000s"],
    ["known_tcp_ports", "lmtp=24, smtp=25, smtps=submissions=465, submission=587"],
    ["line_length_limit", "2048"],
    ["lmdb_map_size", "16777216"],
    ["lmtp_address_preference", "any"],
    ["lmtp_address_verify_target", "rcpt"],
    ["lmtp_assume_final", "no"],
    ["lmtp_balance_inet_protocols", "yes"],
    ["lmtp_bind_address", ""],
    ["lmtp_bind_address6", ""],
    ["lmtp_bind_address_enforce", "no"],
    ["lmtp_body_checks", ""],
    ["lmtp_cname_overrides_servername", "no"],
    ["lmtp_connect_timeout", "0s"],
    ["lmtp_connection_cache_destinations", ""],
    ["lmtp_connection_cache_on_demand", "yes"],
    ["lmtp_connection_cache_time_limit", "2s"],
    ["lmtp_connection_reuse_count_limit", "0"],
    ["lmtp_connection_reuse_time_limit", "300s"],
    ["lmtp_data_done_timeout", "600s"],
    ["lmtp_data_init_timeout", "120s"],
    ["lmtp_data_xfer_timeout", "180s"],
    ["lmtp_defer_if_no_mx_address_found", "no"],
    ["lmtp_delivery_status_filter", "$default_delivery_status_filter"],
    ["lmtp_discard_lhlo_keyword_address_maps", ""],
    ["lmtp_discard_lhlo_keywords", ""],
    ["lmtp_dns_reply_filter", ""],
    ["lmtp_dns_resolver_options", ""],
    ["lmtp_dns_support_level", ""],
    ["lmtp_enforce_tls", "no"],
    ["lmtp_fallback_relay", ""],
    ["lmtp_generic_maps", ""],
    ["lmtp_header_checks", ""],
    ["lmtp_host_lookup", "dns"],
    ["lmtp_lhlo_name", "$myhostname"],
    ["lmtp_lhlo_timeout", "300s"],
    ["lmtp_line_length_limit", "998"],
    ["lmtp_mail_timeout", "300s"],
    ["lmtp_mime_header_checks", ""],
    ["lmtp_min_data_rate", "500"],
    ["lmtp_mx_address_limit", "5"],
    ["lmtp_mx_session_limit", "2"],
    ["lmtp_nested_header_checks", ""],
    ["lmtp_per_request_deadline", "${lmtp_per_record_deadline?{$lmtp_per_record_deadline}:{no}}"],
    ["lmtp_pix_workaround_delay_time", "10s"],
    ["lmtp_pix_workaround_maps", ""],
    ["lmtp_pix_workaround_threshold_time", "500s"],
    ["lmtp_pix_workarounds", "disable_esmtp,delay_dotcrlf"],
    ["lmtp_quit_timeout", "300s"],
    ["lmtp_quote_rfc821_envelope", "yes"],
    ["lmtp_randomize_addresses", "yes"],
    ["lmtp_rcpt_timeout", "300s"],
    ["lmtp_reply_filter", ""],
    ["lmtp_rset_timeout", "20s"],
    ["lmtp_sasl_auth_cache_name", ""],
    ["lmtp_sasl_auth_cache_time", "90d"],
    ["lmtp_sasl_auth_enable", "no"],
    ["lmtp_sasl_auth_soft_bounce", "yes"],
    ["lmtp_sasl_mechanism_filter", ""],
    ["lmtp_sasl_password_maps", ""],
    ["lmtp_sasl_path", ""],
    ["lmtp_sasl_security_options", "noplaintext, noanonymous"],
    ["lmtp_sasl_tls_security_options", "$lmtp_sasl_security_options"],
    ["lmtp_sasl_tls_verified_security_options", "$lmtp_sasl_tls_security_options"],
    ["lmtp_sasl_type", "cyrus"],
    ["lmtp_send_dummy_mail_auth", "no"],
    ["lmtp_send_xforward_command", "no"],
    ["lmtp_sender_dependent_authentication", "no"],
    ["lmtp_skip_5xx_greeting", "yes"],
    ["lmtp_skip_quit_response", "no"],
    ["lmtp_starttls_timeout", "300s"],
    ["lmtp_tcp_port", "24"],
    ["lmtp_tls_CAfile", ""],
    ["lmtp_tls_CApath", ""],
    ["lmtp_tls_block_early_mail_reply", "no"],
    ["lmtp_tls_cert_file", ""],
    ["lmtp_tls_chain_files", ""],
    ["lmtp_tls_ciphers", "medium"],
    ["lmtp_tls_connection_reuse", "no"],
    ["lmtp_tls_dcert_file", ""],
    ["lmtp_tls_dkey_file", "$lmtp_tls_dcert_file"],
    ["lmtp_tls_eccert_file", ""],
    ["lmtp_tls_eckey_file", "$lmtp_tls_eccert_file"],
    ["lmtp_tls_enforce_peername", "yes"],
    ["lmtp_tls_exclude_ciphers", ""],
    ["lmtp_tls_fingerprint_cert_match", ""],
    ["lmtp_tls_fingerprint_digest", "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"],
    ["lmtp_tls_force_insecure_host_tlsa_lookup", "no"],
    ["lmtp_tls_key_file", "$lmtp_tls_cert_file"],
    ["lmtp_tls_loglevel", "0"],
    ["lmtp_tls_mandatory_ciphers", "medium"],
    ["lmtp_tls_mandatory_exclude_ciphers", ""],
    ["lmtp_tls_mandatory_protocols", ">=TLSv1"],
    ["lmtp_tls_note_starttls_offer", "no"],
    ["lmtp_tls_per_site", ""],
    ["lmtp_tls_policy_maps", ""],
    ["lmtp_tls_protocols", ">=TLSv1"],
    ["lmtp_tls_scert_verifydepth", "9"],
    ["lmtp_tls_secure_cert_match", "nexthop"],
    ["lmtp_tls_security_level", ""],
    ["lmtp_tls_servername", ""],
    ["lmtp_tls_session_cache_database", ""],
    ["lmtp_tls_session_cache_timeout", "3600s"],
    ["lmtp_tls_trust_anchor_file", ""],
    ["lmtp_tls_verify_cert_match", "hostname"],
    ["lmtp_tls_wrappermode", "no"],
    ["lmtp_use_tls", "no"],
    ["lmtp_xforward_timeout", "300s"],
    ["local_command_shell", ""],
    ["local_delivery_status_filter", "$default_delivery_status_filter"],
    ["local_destination_concurrency_limit", "2"],
    ["local_destination_recipient_limit", "1"],
    ["local_header_rewrite_clients", "permit_inet_interfaces"],
    ["local_login_sender_maps", "static:*"],
    ["local_recipient_maps", "proxy:unix:passwd.byname $alias_maps"],
    ["local_transport", "local:$myhostname"],
    ["luser_relay", ""],
    ["mail_name", "Postfix"],
    ["mail_owner", "postfix"],
    ["mail_release_date", "20240304"],
    ["mail_spool_directory", "/var/mail"],
    ["mail_version", "3.7.11"],
    ["mailbox_command", ""],
    ["mailbox_command_maps", ""],
    ["mailbox_delivery_lock", "fcntl, dotlock"],
    ["mailbox_size_limit", "51200000"],
    ["mailbox_transport", ""],
    ["mailbox_transport_maps", ""],
    ["maillog_file", ""],
    ["maillog_file_compressor", "gzip"],
    ["maillog_file_prefixes", "/var, /dev/stdout"],
    ["maillog_file_rotate_suffix", "%Y%m%d-%H%M%S"],
    ["mailq_path", "/usr/bin/mailq"],
    ["manpage_directory", "/usr/share/man"],
    ["maps_rbl_domains", ""],
    ["maps_rbl_reject_code", "554"],
    ["masquerade_classes", "envelope_sender, header_sender, header_recipient"],
    ["masquerade_domains", ""],
    ["masquerade_exceptions", ""],
    ["master_service_disable", ""],
    ["max_idle", "100s"],
    ["max_use", "100"],
    ["maximal_backoff_time", "4000s"],
    ["maximal_queue_lifetime", "5d"],
    ["message_drop_headers", "bcc, content-length, resent-bcc, return-path"],
    ["message_reject_characters", ""],
    ["message_size_limit", "10240000"],
    ["message_strip_characters", ""],
    ["meta_directory", "/etc/postfix"],
    ["milter_command_timeout", "30s"],
    ["milter_connect_macros", "j {daemon_name} {daemon_addr} v _"],
    ["milter_connect_timeout", "30s"],
    ["milter_content_timeout", "300s"],
    ["milter_data_macros", "i"],
    ["milter_default_action", "tempfail"],
    ["milter_end_of_data_macros", "i"],
    ["milter_end_of_header_macros", "i"],
    ["milter_header_checks", ""],
    ["milter_helo_macros", "{tls_version} {cipher} {cipher_bits} {cert_subject} {cert_issuer}"],
    ["milter_macro_daemon_name", "$myhostname"],
    ["milter_macro_defaults", ""],
    ["milter_macro_v", "$mail_name $mail_version"],
    ["milter_mail_macros", "i {auth_type} {auth_authen} {auth_author} {mail_addr} {mail_host} {mail_mailer}"],
    ["milter_protocol", "6"],
    ["milter_rcpt_macros", "i {rcpt_addr} {rcpt_host} {rcpt_mailer}"],
    ["milter_unknown_command_macros", ""],
    ["mime_boundary_length_limit", "2048"],
    ["mime_header_checks", "$header_checks"],
    ["mime_nesting_limit", "100"],
    ["minimal_backoff_time", "300s"],
    ["multi_instance_directories", ""],
    ["multi_instance_enable", "no"],
    ["multi_instance_group", ""],
    ["multi_instance_name", ""],
    ["multi_instance_wrapper", ""],
    ["multi_recipient_bounce_reject_code", "550"],
    ["mydestination", "$myhostname, localhost.$mydomain, localhost"],
    ["mydomain", null],
    ["myhostname", null],
    ["mynetworks", null],
    ["mynetworks_style", "${{$compatibility_level} <level {2} ? {subnet} : {host}}"],
    ["myorigin", "$myhostname"],
    ["nested_header_checks", "$header_checks"],
    ["newaliases_path", "/usr/bin/newaliases"],
    ["non_fqdn_reject_code", "504"],
    ["non_smtpd_milters", ""],
    ["notify_classes", "resource, software"],
    ["openssl_path", "openssl"],
    ["owner_request_special", "yes"],
    ["parent_domain_matches_subdomains", "debug_peer_list,fast_flush_domains,mynetworks,permit_mx_backup_networks,qmqpd_authorized_clients,relay_domains,smtpd_access_maps"],
    ["permit_mx_backup_networks", ""],
    ["pickup_service_name", "pickup"],
    ["pipe_delivery_status_filter", "$default_delivery_status_filter"],
    ["plaintext_reject_code", "450"],
    ["postlog_service_name", "postlog"],
    ["postlogd_watchdog_timeout", "10s"],
    ["postmulti_control_commands", "reload flush"],
    ["postmulti_start_commands", "start"],
    ["postmulti_stop_commands", "stop abort drain quick-stop"],
    ["postscreen_access_list", "permit_mynetworks"],
    ["postscreen_allowlist_interfaces", "${postscreen_whitelist_interfaces?{$postscreen_whitelist_interfaces}:{static:all}}"],
    ["postscreen_bare_newline_action", "ignore"],
    ["postscreen_bare_newline_enable", "no"],
    ["postscreen_bare_newline_ttl", "30d"],
    ["postscreen_cache_cleanup_interval", "12h"],
    ["postscreen_cache_map", "btree:$data_directory/postscreen_cache"],
    ["postscreen_cache_retention_time", "7d"],
    ["postscreen_client_connection_count_limit", "$smtpd_client_connection_count_limit"],
    ["postscreen_command_count_limit", "20"],
    ["postscreen_command_filter", ""],
    ["postscreen_command_time_limit", "${stress?{10}:{300}}s"],
    ["postscreen_denylist_action", "${postscreen_blacklist_action?{$postscreen_blacklist_action}:{ignore}}"],
    ["postscreen_disable_vrfy_command", "$disable_vrfy_command"],
    ["postscreen_discard_ehlo_keyword_address_maps", "$smtpd_discard_ehlo_keyword_address_maps"],
    ["postscreen_discard_ehlo_keywords", "$smtpd_discard_ehlo_keywords"],
    ["postscreen_dnsbl_action", "ignore"],
    ["postscreen_dnsbl_allowlist_threshold", "${postscreen_dnsbl_whitelist_threshold?{$postscreen_dnsbl_whitelist_threshold}:{0}}"],
    ["postscreen_dnsbl_max_ttl", "${postscreen_dnsbl_ttl?{$postscreen_dnsbl_ttl}:{1}}h"],
    ["postscreen_dnsbl_min_ttl", "60s"],
    ["postscreen_dnsbl_reply_map", ""],
    ["postscreen_dnsbl_sites", ""],
    ["postscreen_dnsbl_threshold", "1"],
    ["postscreen_dnsbl_timeout", "10s"],
    ["postscreen_enforce_tls", "$smtpd_enforce_tls"],
    ["postscreen_expansion_filter", "$smtpd_expansion_filter"],
    ["postscreen_forbidden_commands", "$smtpd_forbidden_commands"],
    ["postscreen_greet_action", "ignore"],
    ["postscreen_greet_banner", "$smtpd_banner"],
    ["postscreen_greet_ttl", "1d"],
    ["postscreen_greet_wait", "${stress?{2}:{6}}s"],
    ["postscreen_helo_required", "$smtpd_helo_required"],
    ["postscreen_non_smtp_command_action", "drop"],
    ["postscreen_non_smtp_command_enable", "no"],
    ["postscreen_non_smtp_command_ttl", "30d"],
    ["postscreen_pipelining_action", "enforce"],
    ["postscreen_pipelining_enable", "no"],
    ["postscreen_pipelining_ttl", "30d"],
    ["postscreen_post_queue_limit", "$default_process_limit"],
    ["postscreen_pre_queue_limit", "$default_process_limit"],
    ["postscreen_reject_footer", "$smtpd_reject_footer"],
    ["postscreen_reject_footer_maps", "$smtpd_reject_footer_maps"],
    ["postscreen_tls_security_level", "$smtpd_tls_security_level"],
    ["postscreen_upstream_proxy_protocol", ""],
    ["postscreen_upstream_proxy_timeout", "5s"],
    ["postscreen_use_tls", "$smtpd_use_tls"],
    ["postscreen_watchdog_timeout", "10s"],
    ["prepend_delivered_header", "command, file, forward"],
    ["process_id", null],
    ["process_id_directory", "pid"],
    ["process_name", null],
    ["propagate_unmatched_extensions", "canonical, virtual"],
    ["proxy_interfaces", ""],
    ["proxy_read_maps", "$local_recipient_maps $mydestination $virtual_alias_maps $virtual_alias_domains $virtual_mailbox_maps $virtual_mailbox_domains $relay_recipient_maps $relay_domains $canonical_maps $sender_canonical_maps $recipient_canonical_maps $relocated_maps $transport_maps $mynetworks $smtpd_sender_login_maps $sender_bcc_maps $recipient_bcc_maps $smtp_generic_maps $lmtp_generic_maps $alias_maps $smtpd_client_restrictions $smtpd_helo_restrictions $smtpd_sender_restrictions $smtpd_relay_restrictions $smtpd_recipient_restrictions $address_verify_sender_dependent_default_transport_maps $address_verify_sender_dependent_relayhost_maps $address_verify_transport_maps $fallback_transport_maps $lmtp_discard_lhlo_keyword_address_maps $lmtp_pix_workaround_maps $lmtp_sasl_password_maps $lmtp_tls_policy_maps $mailbox_command_maps $mailbox_transport_maps $postscreen_discard_ehlo_keyword_address_maps $rbl_reply_maps $sender_dependent_default_transport_maps $sender_dependent_relayhost_maps $smtp_discard_ehlo_keyword_address_maps $smtp_pix_workaround_maps $smtp_sasl_password_maps $smtp_tls_policy_maps $smtpd_discard_ehlo_keyword_address_maps $smtpd_milter_maps $virtual_gid_maps $virtual_uid_maps $local_login_sender_maps $postscreen_reject_footer_maps $smtpd_reject_footer_maps $tls_server_sni_maps $tlsproxy_client_policy_maps $default_delivery_status_filter $lmtp_delivery_status_filter $lmtp_dns_reply_filter $lmtp_reply_filter $local_delivery_status_filter $pipe_delivery_status_filter $postscreen_command_filter $smtp_delivery_status_filter $smtp_dns_reply_filter $smtp_reply_filter $smtpd_command_filter $smtpd_dns_reply_filter $virtual_delivery_status_filter $body_checks $header_checks $lmtp_body_checks $lmtp_header_checks $lmtp_mime_header_checks $lmtp_nested_header_checks $milter_header_checks $mime_header_checks $nested_header_checks $smtp_body_checks $smtp_header_checks $smtp_mime_header_checks $smtp_nested_header_checks"],
    ["proxy_write_maps", "$smtp_sasl_auth_cache_name $lmtp_sasl_auth_cache_name $address_verify_map $postscreen_cache_map"],
    ["proxymap_service_name", "proxymap"],
    ["proxywrite_service_name", "proxywrite"],
    ["qmgr_clog_warn_time", "300s"],
    ["qmgr_daemon_timeout", "1000s"],
    ["qmgr_fudge_factor", "100"],
    ["qmgr_ipc_timeout", "60s"],
    ["qmgr_message_active_limit", "20000"],
    ["qmgr_message_recipient_limit", "20000"],
    ["qmgr_message_recipient_minimum", "10"],
    ["qmqpd_authorized_clients", ""],
    ["qmqpd_client_port_logging", "no"],
    ["qmqpd_error_delay", "1s"],
    ["qmqpd_timeout", "300s"],
    ["queue_directory", "/var/spool/postfix"],
    ["queue_file_attribute_count_limit", "100"],
    ["queue_minfree", "0"],
    ["queue_run_delay", "300s"],
    ["queue_service_name", "qmgr"],
    ["rbl_reply_maps", ""],
    ["readme_directory", "/usr/share/doc/postfix"],
    ["receive_override_options", ""],
    ["recipient_bcc_maps", ""],
    ["recipient_canonical_classes", "envelope_recipient, header_recipient"],
    ["recipient_canonical_maps", ""],
    ["recipient_delimiter", ""],
    ["reject_code", "554"],
    ["reject_tempfail_action", "defer_if_permit"],
    ["relay_clientcerts", ""],
    ["relay_domains", "${{$compatibility_level} <level {2} ? {$mydestination} : {}}"],
    ["relay_domains_reject_code", "554"],
    ["relay_recipient_maps", ""],
    ["relay_transport", "relay"],
    ["relayhost", ""],
    ["relocated_maps", ""],
    ["remote_header_rewrite_domain", ""],
    ["require_home_directory", "no"],
    ["reset_owner_alias", "no"],
    ["resolve_dequoted_address", "yes"],
    ["resolve_null_domain", "no"],
    ["resolve_numeric_domain", "no"],
    ["respectful_logging", "${{$compatibility_level} <level {3.6} ? {no} : {yes}}"],
    ["rewrite_service_name", "rewrite"],
    ["sample_directory", "/etc/postfix"],
    ["send_cyrus_sasl_authzid", "no"],
    ["sender_bcc_maps", ""],
    ["sender_canonical_classes", "envelope_sender, header_sender"],
    ["sender_canonical_maps", ""],
    ["sender_dependent_default_transport_maps", ""],
    ["sender_dependent_relayhost_maps", ""],
    ["sendmail_fix_line_endings", "always"],
    ["sendmail_path", "/usr/sbin/sendmail"],
    ["service_name", ""],
    ["service_throttle_time", "60s"],
    ["setgid_group", "postdrop"],
    ["shlib_directory", "/usr/lib/postfix"],
    ["show_user_unknown_table_name", "yes"],
    ["showq_service_name", "showq"],
    ["smtp_address_preference", "any"],
    ["smtp_address_verify_target", "rcpt"],
    ["smtp_always_send_ehlo", "yes"],
    ["smtp_balance_inet_protocols", "yes"],
    ["smtp_bind_address", ""],
    ["smtp_bind_address6", ""],
    ["smtp_bind_address_enforce", "no"],
    ["smtp_body_checks", ""],
    ["smtp_cname_overrides_servername", "no"],
    ["smtp_connect_timeout", "30s"],
    ["smtp_connection_cache_destinations", ""],
    ["smtp_connection_cache_on_demand", "yes"],
    ["smtp_connection_cache_time_limit", "2s"],
    ["smtp_connection_reuse_count_limit", "0"],
    ["smtp_connection_reuse_time_limit", "300s"],
    ["smtp_data_done_timeout", "600s"],
    ["smtp_data_init_timeout", "120s"],
    ["smtp_data_xfer_timeout", "180s"],
    ["smtp_defer_if_no_mx_address_found", "no"],
    ["smtp_delivery_status_filter", "$default_delivery_status_filter"],
    ["smtp_discard_ehlo_keyword_address_maps", ""],
    ["smtp_discard_ehlo_keywords", ""],
    ["smtp_dns_reply_filter", ""],
    ["smtp_dns_resolver_options", ""],
    ["smtp_dns_support_level", ""],
    ["smtp_enforce_tls", "no"],
    ["smtp_fallback_relay", "$fallback_relay"],
    ["smtp_generic_maps", ""],
    ["smtp_header_checks", ""],
    ["smtp_helo_name", "$myhostname"],
    ["smtp_helo_timeout", "300s"],
    ["smtp_host_lookup", "dns"],
    ["smtp_line_length_limit", "998"],
    ["smtp_mail_timeout", "300s"],
    ["smtp_mime_header_checks", ""],
    ["smtp_min_data_rate", "500"],
    ["smtp_mx_address_limit", "5"],
    ["smtp_mx_session_limit", "2"],
    ["smtp_nested_header_checks", ""],
    ["smtp_never_send_ehlo", "no"],
    ["smtp_per_request_deadline", "${smtp_per_record_deadline?{$smtp_per_record_deadline}:{no}}"],
    ["smtp_pix_workaround_delay_time", "10s"],
    ["smtp_pix_workaround_maps", ""],
    ["smtp_pix_workaround_threshold_time", "500s"],
    ["smtp_pix_workarounds", "disable_esmtp,delay_dotcrlf"],
    ["smtp_quit_timeout", "300s"],
    ["smtp_quote_rfc821_envelope", "yes"],
    ["smtp_randomize_addresses", "yes"],
    ["smtp_rcpt_timeout", "300s"],
    ["smtp_reply_filter", ""],
    ["smtp_rset_timeout", "20s"],
    ["smtp_sasl_auth_cache_name", ""],
    ["smtp_sasl_auth_cache_time", "90d"],
    ["smtp_sasl_auth_enable", "no"],
    ["smtp_sasl_auth_soft_bounce", "yes"],
    ["smtp_sasl_mechanism_filter", ""],
    ["smtp_sasl_password_maps", ""],
    ["smtp_sasl_path", ""],
    ["smtp_sasl_security_options", "noplaintext, noanonymous"],
    ["smtp_sasl_tls_security_options", "$smtp_sasl_security_options"],
    ["smtp_sasl_tls_verified_security_options", "$smtp_sasl_tls_security_options"],
    ["smtp_sasl_type", "cyrus"],
    ["smtp_send_dummy_mail_auth", "no"],
    ["smtp_send_xforward_command", "no"],
    ["smtp_sender_dependent_authentication", "no"],
    ["smtp_skip_5xx_greeting", "yes"],
    ["smtp_skip_quit_response", "yes"],
    ["smtp_starttls_timeout", "300s"],
    ["smtp_tcp_port", "smtp"],
    ["smtp_tls_CAfile", ""],
    ["smtp_tls_CApath", ""],
    ["smtp_tls_block_early_mail_reply", "no"],
    ["smtp_tls_cert_file", ""],
    ["smtp_tls_chain_files", ""],
    ["smtp_tls_ciphers", "medium"],
    ["smtp_tls_connection_reuse", "no"],
    ["smtp_tls_dane_insecure_mx_policy", "${{$smtp_tls_security_level} == {dane} ? {dane} : {may}}"],
    ["smtp_tls_dcert_file", ""],
    ["smtp_tls_dkey_file", "$smtp_tls_dcert_file"],
    ["smtp_tls_eccert_file", ""],
    ["smtp_tls_eckey_file", "$smtp_tls_eccert_file"],
    ["smtp_tls_enforce_peername", "yes"],
    ["smtp_tls_exclude_ciphers", ""],
    ["smtp_tls_fingerprint_cert_match", ""],
    ["smtp_tls_fingerprint_digest", "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"],
    ["smtp_tls_force_insecure_host_tlsa_lookup", "no"],
    ["smtp_tls_key_file", "$smtp_tls_cert_file"],
    ["smtp_tls_loglevel", "0"],
    ["smtp_tls_mandatory_ciphers", "medium"],
    ["smtp_tls_mandatory_exclude_ciphers", ""],
    ["smtp_tls_mandatory_protocols", ">=TLSv1"],
    ["smtp_tls_note_starttls_offer", "no"],
    ["smtp_tls_per_site", ""],
    ["smtp_tls_policy_maps", ""],
    ["smtp_tls_protocols", ">=TLSv1"],
    ["smtp_tls_scert_verifydepth", "9"],
    ["smtp_tls_secure_cert_match", "nexthop, dot-nexthop"],
    ["smtp_tls_security_level", ""],
    ["smtp_tls_servername", ""],
    ["smtp_tls_session_cache_database", ""],
    ["smtp_tls_session_cache_timeout", "3600s"],
    ["smtp_tls_trust_anchor_file", ""],
    ["smtp_tls_verify_cert_match", "hostname"],
    ["smtp_tls_wrappermode", "no"],
    ["smtp_use_tls", "no"],
    ["smtp_xforward_timeout", "300s"],
    ["smtpd_authorized_verp_clients", "$authorized_verp_clients"],
    ["smtpd_authorized_xclient_hosts", ""],
    ["smtpd_authorized_xforward_hosts", ""],
    ["smtpd_banner", "$myhostname ESMTP $mail_name"],
    ["smtpd_client_auth_rate_limit", "0"],
    ["smtpd_client_connection_count_limit", "50"],
    ["smtpd_client_connection_rate_limit", "0"],
    ["smtpd_client_event_limit_exceptions", "${smtpd_client_connection_limit_exceptions:$mynetworks}"],
    ["smtpd_client_message_rate_limit", "0"],
    ["smtpd_client_new_tls_session_rate_limit", "0"],
    ["smtpd_client_port_logging", "no"],
    ["smtpd_client_recipient_rate_limit", "0"],
    ["smtpd_client_restrictions", ""],
    ["smtpd_command_filter", ""],
    ["smtpd_data_restrictions", ""],
    ["smtpd_delay_open_until_valid_rcpt", "yes"],
    ["smtpd_delay_reject", "yes"],
    ["smtpd_discard_ehlo_keyword_address_maps", ""],
    ["smtpd_discard_ehlo_keywords", ""],
    ["smtpd_dns_reply_filter", ""],
    ["smtpd_end_of_data_restrictions", ""],
    ["smtpd_enforce_tls", "no"],
    ["smtpd_error_sleep_time", "1s"],
    ["smtpd_etrn_restrictions", ""],
    ["smtpd_expansion_filter", "\\t\\40!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"],
    ["smtpd_forbid_bare_newline", "no"],
    ["smtpd_forbid_bare_newline_exclusions", "$mynetworks"],
    ["smtpd_forbid_bare_newline_reject_code", "550"],
    ["smtpd_forbid_unauth_pipelining", "no"],
    ["smtpd_forbidden_commands", "CONNECT GET POST regexp:{{/^[^A-Z]/ Bogus}}"],
    ["smtpd_hard_error_limit", "${stress?{1}:{20}}"],
    ["smtpd_helo_required", "no"],
    ["smtpd_helo_restrictions", ""],
    ["smtpd_history_flush_threshold", "100"],
    ["smtpd_junk_command_limit", "${stress?{1}:{100}}"],
    ["smtpd_log_access_permit_actions", ""],
    ["smtpd_milter_maps", ""],
    ["smtpd_milters", ""],
    ["smtpd_min_data_rate", "500"],
    ["smtpd_noop_commands", ""],
    ["smtpd_null_access_lookup_key", "<>"],
    ["smtpd_peername_lookup", "yes"],
    ["smtpd_per_request_deadline", "${smtpd_per_record_deadline?{$smtpd_per_record_deadline}:{${stress?{yes}:{no}}}}"],
    ["smtpd_policy_service_default_action", "451 4.3.5 Server configuration problem"],
    ["smtpd_policy_service_max_idle", "300s"],
    ["smtpd_policy_service_max_ttl", "1000s"],
    ["smtpd_policy_service_policy_context", ""],
    ["smtpd_policy_service_request_limit", "0"],
    ["smtpd_policy_service_retry_delay", "1s"],
    ["smtpd_policy_service_timeout", "100s"],
    ["smtpd_policy_service_try_limit", "2"],
    ["smtpd_proxy_ehlo", "$myhostname"],
    ["smtpd_proxy_filter", ""],
    ["smtpd_proxy_options", ""],
    ["smtpd_proxy_timeout", "100s"],
    ["smtpd_recipient_limit", "1000"],
    ["smtpd_recipient_overshoot_limit", "1000"],
    ["smtpd_recipient_restrictions", ""],
    ["smtpd_reject_footer", ""],
    ["smtpd_reject_footer_maps", ""],
    ["smtpd_reject_unlisted_recipient", "yes"],
    ["smtpd_reject_unlisted_sender", "no"],
    ["smtpd_relay_before_recipient_restrictions", "${{$compatibility_level} <level {3.6} ? {no} : {yes}}"],
    ["smtpd_relay_restrictions", "${{$compatibility_level} <level {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}"],
    ["smtpd_restriction_classes", ""],
    ["smtpd_sasl_auth_enable", "no"],
    ["smtpd_sasl_authenticated_header", "no"],
    ["smtpd_sasl_exceptions_networks", ""],
    ["smtpd_sasl_local_domain", ""],
    ["smtpd_sasl_mechanism_filter", "!external, static:rest"],
    ["smtpd_sasl_path", "smtpd"],
    ["smtpd_sasl_response_limit", "12288"],
    ["smtpd_sasl_security_options", "noanonymous"],
    ["smtpd_sasl_service", "smtp"],
    ["smtpd_sasl_tls_security_options", "$smtpd_sasl_security_options"],
    ["smtpd_sasl_type", "cyrus"],
    ["smtpd_sender_login_maps", ""],
    ["smtpd_sender_restrictions", ""],
    ["smtpd_service_name", "smtpd"],
    ["smtpd_soft_error_limit", "10"],
    ["smtpd_starttls_timeout", "${stress?{10}:{300}}s"],
    ["smtpd_timeout", "${stress?{10}:{300}}s"],
    ["smtpd_tls_CAfile", ""],
    ["smtpd_tls_CApath", ""],
    ["smtpd_tls_always_issue_session_ids", "yes"],
    ["smtpd_tls_ask_ccert", "no"],
    ["smtpd_tls_auth_only", "no"],
    ["smtpd_tls_ccert_verifydepth", "9"],
    ["smtpd_tls_cert_file", ""],
    ["smtpd_tls_chain_files", ""],
    ["smtpd_tls_ciphers", "medium"],
    ["smtpd_tls_dcert_file", ""],
    ["smtpd_tls_dh1024_param_file", ""],
    ["smtpd_tls_dh512_param_file", ""],
    ["smtpd_tls_dkey_file", "$smtpd_tls_dcert_file"],
    ["smtpd_tls_eccert_file", ""],
    ["smtpd_tls_eckey_file", "$smtpd_tls_eccert_file"],
    ["smtpd_tls_eecdh_grade", "auto"],
    ["smtpd_tls_exclude_ciphers", ""],
    ["smtpd_tls_fingerprint_digest", "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"],
    ["smtpd_tls_key_file", "$smtpd_tls_cert_file"],
    ["smtpd_tls_loglevel", "0"],
    ["smtpd_tls_mandatory_ciphers", "medium"],
    ["smtpd_tls_mandatory_exclude_ciphers", ""],
    ["smtpd_tls_mandatory_protocols", ">=TLSv1"],
    ["smtpd_tls_protocols", ">=TLSv1"],
    ["smtpd_tls_received_header", "no"],
    ["smtpd_tls_req_ccert", "no"],
    ["smtpd_tls_security_level", ""],
    ["smtpd_tls_session_cache_database", ""],
    ["smtpd_tls_session_cache_timeout", "3600s"],
    ["smtpd_tls_wrappermode", "no"],
    ["smtpd_upstream_proxy_protocol", ""],
    ["smtpd_upstream_proxy_timeout", "5s"],
    ["smtpd_use_tls", "no"],
    ["smtputf8_autodetect_classes", "sendmail, verify"],
    ["smtputf8_enable", "${{$compatibility_level} <level {1} ? {no} : {yes}}"],
    ["soft_bounce", "no"],
    ["stale_lock_time", "500s"],
    ["stress", ""],
    ["strict_7bit_headers", "no"],
    ["strict_8bitmime", "no"],
    ["strict_8bitmime_body", "no"],
    ["strict_mailbox_ownership", "yes"],
    ["strict_mime_encoding_domain", "no"],
    ["strict_rfc821_envelopes", "no"],
    ["strict_smtputf8", "no"],
    ["sun_mailtool_compatibility", "no"],
    ["swap_bangpath", "yes"],
    ["syslog_facility", "mail"],
    ["syslog_name", "${multi_instance_name?{$multi_instance_name}:{postfix}}"],
    ["tcp_windowsize", "0"],
    ["tls_append_default_CA", "no"],
    ["tls_config_file", "default"],
    ["tls_config_name", ""],
    ["tls_daemon_random_bytes", "32"],
    ["tls_dane_digests", "sha512 sha256"],
    ["tls_disable_workarounds", ""],
    ["tls_eecdh_auto_curves", "X25519 X448 prime256v1 secp521r1 secp384r1"],
    ["tls_eecdh_strong_curve", "prime256v1"],
    ["tls_eecdh_ultra_curve", "secp384r1"],
    ["tls_export_cipherlist", "aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH"],
    ["tls_fast_shutdown_enable", "yes"],
    ["tls_high_cipherlist", "aNULL:-aNULL:HIGH:@STRENGTH"],
    ["tls_legacy_public_key_fingerprints", "no"],
    ["tls_low_cipherlist", "aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH"],
    ["tls_medium_cipherlist", "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH"],
    ["tls_null_cipherlist", "eNULL:!aNULL"],
    ["tls_preempt_cipherlist", "no"],
    ["tls_random_bytes", "32"],
    ["tls_random_exchange_name", "${data_directory}/prng_exch"],
    ["tls_random_prng_update_period", "3600s"],
    ["tls_random_reseed_period", "3600s"],
    ["tls_random_source", "dev:/dev/urandom"],
    ["tls_server_sni_maps", ""],
    ["tls_session_ticket_cipher", "aes-256-cbc"],
    ["tls_ssl_options", ""],
    ["tls_wildcard_matches_multiple_labels", "yes"],
    ["tlsmgr_service_name", "tlsmgr"],
    ["tlsproxy_client_CAfile", "$smtp_tls_CAfile"],
    ["tlsproxy_client_CApath", "$smtp_tls_CApath"],
    ["tlsproxy_client_cert_file", "$smtp_tls_cert_file"],
    ["tlsproxy_client_chain_files", "$smtp_tls_chain_files"],
    ["tlsproxy_client_dcert_file", "$smtp_tls_dcert_file"],
    ["tlsproxy_client_dkey_file", "$smtp_tls_dkey_file"],
    ["tlsproxy_client_eccert_file", "$smtp_tls_eccert_file"],
    ["tlsproxy_client_eckey_file", "$smtp_tls_eckey_file"],
    ["tlsproxy_client_enforce_tls", "$smtp_enforce_tls"],
    ["tlsproxy_client_fingerprint_digest", "$smtp_tls_fingerprint_digest"],
    ["tlsproxy_client_key_file", "$smtp_tls_key_file"],
    ["tlsproxy_client_loglevel", "$smtp_tls_loglevel"],
    ["tlsproxy_client_loglevel_parameter", "smtp_tls_loglevel"],
    ["tlsproxy_client_per_site", "$smtp_tls_per_site"],
    ["tlsproxy_client_policy_maps", "${tlsproxy_client_policy:$smtp_tls_policy_maps}"],
    ["tlsproxy_client_scert_verifydepth", "$smtp_tls_scert_verifydepth"],
    ["tlsproxy_client_security_level", "${tlsproxy_client_level:$smtp_tls_security_level}"],
    ["tlsproxy_client_use_tls", "$smtp_use_tls"],
    ["tlsproxy_enforce_tls", "$smtpd_enforce_tls"],
    ["tlsproxy_service_name", "tlsproxy"],
    ["tlsproxy_tls_CAfile", "$smtpd_tls_CAfile"],
    ["tlsproxy_tls_CApath", "$smtpd_tls_CApath"],
    ["tlsproxy_tls_always_issue_session_ids", "$smtpd_tls_always_issue_session_ids"],
    ["tlsproxy_tls_ask_ccert", "$smtpd_tls_ask_ccert"],
    ["tlsproxy_tls_ccert_verifydepth", "$smtpd_tls_ccert_verifydepth"],
    ["tlsproxy_tls_cert_file", "$smtpd_tls_cert_file"],
    ["tlsproxy_tls_chain_files", "$smtpd_tls_chain_files"],
    ["tlsproxy_tls_ciphers", "$smtpd_tls_ciphers"],
    ["tlsproxy_tls_dcert_file", "$smtpd_tls_dcert_file"],
    ["tlsproxy_tls_dh1024_param_file", "$smtpd_tls_dh1024_param_file"],
    ["tlsproxy_tls_dh512_param_file", "$smtpd_tls_dh512_param_file"],
    ["tlsproxy_tls_dkey_file", "$smtpd_tls_dkey_file"],
    ["tlsproxy_tls_eccert_file", "$smtpd_tls_eccert_file"],
    ["tlsproxy_tls_eckey_file", "$smtpd_tls_eckey_file"],
    ["tlsproxy_tls_eecdh_grade", "$smtpd_tls_eecdh_grade"],
    ["tlsproxy_tls_exclude_ciphers", "$smtpd_tls_exclude_ciphers"],
    ["tlsproxy_tls_fingerprint_digest", "$smtpd_tls_fingerprint_digest"],
    ["tlsproxy_tls_key_file", "$smtpd_tls_key_file"],
    ["tlsproxy_tls_loglevel", "$smtpd_tls_loglevel"],
    ["tlsproxy_tls_mandatory_ciphers", "$smtpd_tls_mandatory_ciphers"],
    ["tlsproxy_tls_mandatory_exclude_ciphers", "$smtpd_tls_mandatory_exclude_ciphers"],
    ["tlsproxy_tls_mandatory_protocols", "$smtpd_tls_mandatory_protocols"],
    ["tlsproxy_tls_protocols", "$smtpd_tls_protocols"],
    ["tlsproxy_tls_req_ccert", "$smtpd_tls_req_ccert"],
    ["tlsproxy_tls_security_level", "$smtpd_tls_security_level"],
    ["tlsproxy_use_tls", "$smtpd_use_tls"],
    ["tlsproxy_watchdog_timeout", "10s"],
    ["trace_service_name", "trace"],
    ["transport_maps", ""],
    ["transport_retry_time", "60s"],
    ["trigger_timeout", "10s"],
    ["undisclosed_recipients_header", ""],
    ["unknown_address_reject_code", "450"],
    ["unknown_address_tempfail_action", "$reject_tempfail_action"],
    ["unknown_client_reject_code", "450"],
    ["unknown_helo_hostname_tempfail_action", "$reject_tempfail_action"],
    ["unknown_hostname_reject_code", "450"],
    ["unknown_local_recipient_reject_code", "550"],
    ["unknown_relay_recipient_reject_code", "550"],
    ["unknown_virtual_alias_reject_code", "550"],
    ["unknown_virtual_mailbox_reject_code", "550"],
    ["unverified_recipient_defer_code", "450"],
    ["unverified_recipient_reject_code", "450"],
    ["unverified_recipient_reject_reason", ""],
    ["unverified_recipient_tempfail_action", "$reject_tempfail_action"],
    ["unverified_sender_defer_code", "450"],
    ["unverified_sender_reject_code", "450"],
    ["unverified_sender_reject_reason", ""],
    ["unverified_sender_tempfail_action", "$reject_tempfail_action"],
    ["verp_delimiter_filter", "-=+"],
    ["virtual_alias_address_length_limit", "1000"],
    ["virtual_alias_domains", "$virtual_alias_maps"],
    ["virtual_alias_expansion_limit", "1000"],
    ["virtual_alias_maps", "$virtual_maps"],
    ["virtual_alias_recursion_limit", "1000"],
    ["virtual_delivery_status_filter", "$default_delivery_status_filter"],
    ["virtual_gid_maps", ""],
    ["virtual_mailbox_base", ""],
    ["virtual_mailbox_domains", "$virtual_mailbox_maps"],
    ["virtual_mailbox_limit", "51200000"],
    ["virtual_mailbox_lock", "fcntl, dotlock"],
    ["virtual_mailbox_maps", ""],
    ["virtual_minimum_uid", "100"],
    ["virtual_transport", "virtual"],
    ["virtual_uid_maps", ""],
];

// EXTERNAL MODULE: ./src/postfix/defaults/versions.ts
var versions = __webpack_require__(6575);
;// CONCATENATED MODULE: ./src/postfix/defaults/service-parameters.ts
/**
 * Parameters that postconf derives from master.cf service names (postconf_service.c):
 * a service whose command (field 8) is a delivery agent gets "<service><suffix>"
 * parameters whose default is "$<global parameter>". Names that already are built-in
 * (local_destination_concurrency_limit, ...) keep their built-in default.
 */
/** Suffixes every delivery agent gets (local, error, virtual, smtp, lmtp, pipe), per 3.7.11. */
const DELIVERY_SUFFIXES = [
    ['_delivery_slot_cost', 'default_delivery_slot_cost'],
    ['_delivery_slot_discount', 'default_delivery_slot_discount'],
    ['_delivery_slot_loan', 'default_delivery_slot_loan'],
    ['_destination_concurrency_failed_cohort_limit', 'default_destination_concurrency_failed_cohort_limit'],
    ['_destination_concurrency_limit', 'default_destination_concurrency_limit'],
    ['_destination_concurrency_negative_feedback', 'default_destination_concurrency_negative_feedback'],
    ['_destination_concurrency_positive_feedback', 'default_destination_concurrency_positive_feedback'],
    ['_destination_rate_delay', 'default_destination_rate_delay'],
    ['_destination_recipient_limit', 'default_destination_recipient_limit'],
    ['_extra_recipient_limit', 'default_extra_recipient_limit'],
    ['_initial_destination_concurrency', 'initial_destination_concurrency'],
    ['_minimum_delivery_slots', 'default_minimum_delivery_slots'],
    ['_recipient_limit', 'default_recipient_limit'],
    ['_recipient_refill_delay', 'default_recipient_refill_delay'],
    ['_recipient_refill_limit', 'default_recipient_refill_limit'],
    ['_transport_rate_delay', 'default_transport_rate_delay'],
];
const TIME_LIMIT = ['_time_limit', 'command_time_limit'];
const SUFFIXES_BY_COMMAND = new Map([
    ['local', DELIVERY_SUFFIXES],
    ['error', DELIVERY_SUFFIXES],
    ['virtual', DELIVERY_SUFFIXES],
    ['smtp', DELIVERY_SUFFIXES],
    ['lmtp', DELIVERY_SUFFIXES],
    ['pipe', [TIME_LIMIT, ...DELIVERY_SUFFIXES]],
    ['spawn', [TIME_LIMIT]],
]);
/**
 * The service-defined parameters one master.cf entry adds to `postconf -d` output.
 * `command` is field 8 exactly as written: postconf compares it verbatim, so
 * "/usr/lib/postfix/sbin/smtp" adds nothing. `builtin` are the version's built-in
 * defaults; names found there are not redefined.
 */
function serviceParameterDefaults(serviceName, command, builtin) {
    const out = new Map();
    for (const [suffix, global] of SUFFIXES_BY_COMMAND.get(command) ?? []) {
        const name = serviceName + suffix;
        if (!builtin.has(name))
            out.set(name, `$${global}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/postfix/defaults/index.ts
/**
 * Built-in Postfix parameter defaults per version, as `postconf -d` prints them
 * (raw, unexpanded). 3.7 is the complete table of Debian's 3.7.11; other versions are
 * that table plus the documented deltas in deltas.ts (see there for scope and limits).
 */









const cache = new Map();
/** The tables by version string as the caller wrote it, with the default OpenSSL (every model build asks). */
const byVersionString = new Map();
/**
 * Raw (unexpanded) built-in default of every parameter the given version knows, as
 * `postconf -d` prints it. `version` is "3.7", "3.10" or with a patch level "3.6.9"
 * (a bare minor version means its latest patch release; "3.7" is 3.7.11). Host-derived
 * values (HOST_DERIVED_PARAMETERS) are computed on this machine. Parameters postconf
 * derives from master.cf services are not included: see serviceParameterDefaults().
 * Throws RangeError for versions outside SUPPORTED_POSTFIX_VERSIONS.
 */
function builtinDefaults(version, options = {}) {
    if (options.openssl === undefined) {
        const known = byVersionString.get(version);
        if (known)
            return known;
    }
    const parsed = (0,versions/* parseVersion */.ot)(version);
    const minor = parsed && (0,versions/* supportedMinorOf */.Vh)(parsed);
    if (!parsed || !minor)
        throw new RangeError(`unsupported Postfix version: ${JSON.stringify(version)}`);
    const openssl = options.openssl ?? '3.0';
    const key = `${version.trim()}|${openssl}`;
    let map = cache.get(key);
    if (!map) {
        map = freeze(build(parsed, minor, openssl));
        cache.set(key, map);
    }
    if (options.openssl === undefined) {
        if (byVersionString.size >= 64)
            byVersionString.clear();
        byVersionString.set(version, map);
    }
    return map;
}
/** Whether `name` is a built-in parameter of `version` (same version rules as builtinDefaults). */
function parameterExistsIn(name, version) {
    return builtinDefaults(version).has(name);
}
/** The host-derived values, worked out once per process (every version's table holds the same ones). */
let hostDefaults;
function build(v, minor, openssl) {
    const host = (hostDefaults ??= computeHostDerivedDefaults());
    // The table's null values are those of HOST_DERIVED_PARAMETERS (generate-3.7-table.mjs writes them).
    const map = new Map(POSTFIX_3_7_TABLE);
    for (const name of HOST_DERIVED_PARAMETERS)
        if (map.get(name) === null)
            map.set(name, host.get(name) ?? '');
    // Names the deltas add to 3.7's (sorted) table; they are merged in below instead of sorting it all.
    const added = new Set();
    const set = (name, value) => {
        if (!map.has(name))
            added.add(name);
        map.set(name, value);
    };
    for (const delta of DEFAULTS_DELTAS) {
        if (!delta.applies(v))
            continue;
        for (const name of delta.remove ?? []) {
            map.delete(name);
            added.delete(name);
        }
        const values = delta.set;
        if (values)
            for (const name in values)
                set(name, values[name]);
    }
    const ossl = (0,versions/* parseVersion */.ot)(openssl);
    if (ossl && v.major * 1000 + v.minor >= 3011 && (ossl.major > 3 || (ossl.major === 3 && ossl.minor >= 5))) {
        set('tls_eecdh_auto_curves', '?X25519MLKEM768:DEFAULT');
        set('tls_ffdhe_auto_groups', '');
    }
    // mail_version is compiled in: 3.7 is the Debian oracle; otherwise the version asked for.
    if (minor !== '3.7' || v.patch !== undefined) {
        set('mail_version', v.patch !== undefined ? `${v.major}.${v.minor}.${v.patch}` : minor);
    }
    else {
        set('mail_version', POSTFIX_3_7_VERSION);
    }
    return inNameOrder(map, added);
}
const compareNames = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The map's entries in name order (postconf -d's): the table's own names are in that order already, so
 * only the names the deltas added are sorted and merged in.
 */
function inNameOrder(map, added) {
    // The generated table is sorted (test/postfix/defaults.test.ts checks): without added names, so is the map.
    if (added.size === 0)
        return map;
    const extra = [...added].sort(compareNames);
    const out = new Map();
    let next = 0;
    for (const [name, value] of map) {
        if (added.has(name))
            continue;
        while (next < extra.length && extra[next] < name) {
            const e = extra[next++];
            out.set(e, map.get(e));
        }
        out.set(name, value);
    }
    while (next < extra.length) {
        const e = extra[next++];
        out.set(e, map.get(e));
    }
    return out;
}
/** The map itself, with set, delete and clear refused. */
function freeze(map) {
    const deny = () => {
        throw new TypeError('builtinDefaults() maps are read-only');
    };
    Object.defineProperties(map, { set: { value: deny }, delete: { value: deny }, clear: { value: deny } });
    return map;
}


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eY: () => (/* binding */ macExpand),
/* harmony export */   eb: () => (/* binding */ expandValue),
/* harmony export */   w1: () => (/* binding */ scanMacroNames)
/* harmony export */ });
/**
 * Postfix `$name` expansion: mac_parse() + mac_expand() semantics (reference §1.4;
 * S:v3.7.11 src/util/mac_parse.c, src/util/mac_expand.c, src/global/compat_level.c).
 *
 * - `$$` is a literal `$`; `$name` takes the longest run of [A-Za-z0-9_]; `${...}` / `$(...)` are
 *   balanced on the same bracket kind only.
 * - `${name?text}`, `${name:text}`, `${name?{t1}:{t2}}`, `${{a} op {b} ? {t} : {f}}` with op one
 *   of == != < <= > >= (numeric when both sides are all digits), or the same with the suffix
 *   "level" (compatibility-level comparison, e.g. `<level`).
 * - Expansion is recursive; Postfix stops at a nesting depth of 100 macro calls and reports
 *   `unreasonable macro call nesting`, which makes postconf exit with "macro processing error".
 */
const NESTING_LIMIT = 100;
function isAlnum(ch) {
    if (ch === undefined)
        return false;
    const c = ch.charCodeAt(0);
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Length of the run of " \t\r\n" at `from` (the blanks mac_expand() skips around names and operators). */
function spanOfWhitespace(s, from) {
    let i = from;
    for (;;) {
        const c = s.charCodeAt(i); // NaN past the end
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a)
            return i - from;
        i++;
    }
}
function allDigits(s) {
    return s.length > 0 && /^[0-9]+$/.test(s);
}
/** compat_level_from_string(): "major[.minor[.patch]]", all decimal. */
function parseCompatLevel(s) {
    if (!/^[0-9]+(\.[0-9]+){0,2}$/.test(s))
        return undefined;
    const parts = s.split('.').map((p) => Number(p));
    while (parts.length < 3)
        parts.push(0);
    return parts;
}
/**
 * Our own bound, not Postfix's: each {operand} of a comparison is expanded by a new mac_expand() whose
 * nesting count starts again at zero, so p = ${{$p} == {x} ? {a} : {b}} recurses until real postconf
 * (and every daemon) dies of SIGSEGV (S:v3.7.11 src/util/mac_expand.c, mac_exp_parse_logical). We stop
 * with a macro processing error instead; real configurations nest comparisons one or two deep.
 */
const TOTAL_DEPTH_LIMIT = 400;
/**
 * Our own bound, not Postfix's: 40 parameters each referring twice to the next stay under the nesting limit
 * yet expand to 2^40 characters (Postfix runs out of memory). Real configurations use a few kilobytes.
 */
const WORK_LIMIT = 16 * 1024 * 1024;
/**
 * mac_parse(): split into literal text and macro references, calling back for each. It goes on after a
 * callback failed, but its own status remembers the failure: a later ${name} or $(name) then ends the
 * parse (the check meant for a truncated reference), while a later bare $name or literal still reaches
 * the callback, which reports "unreasonable macro call nesting" again past the limit
 * (S:v3.7.11 src/util/mac_parse.c; postconf 3.7.11 warns for "x" and "p2" with p2 = x$p2$p2, only
 * for "SSLv3:" with p2 = SSLv3:$(p2)).
 */
function macParse(ctx, value, action) {
    let failed = false; // this call's MAC_PARSE_ERROR, from the callbacks' results
    const act = (t) => {
        action(t);
        if (ctx.error)
            failed = true;
    };
    let buf = '';
    let i = 0;
    while (i < value.length) {
        const dollar = value.indexOf('$', i);
        if (dollar !== i) {
            // literal text up to the next "$" (or the end)
            const end = dollar === -1 ? value.length : dollar;
            buf += value.slice(i, end);
            i = end;
            continue;
        }
        if (value[i + 1] === '$') {
            buf += '$';
            i += 2;
            continue;
        }
        if (buf.length > 0) {
            act({ kind: 'literal', text: buf });
            buf = '';
        }
        i += 1;
        const open = value[i];
        if (open === '{' || open === '(') {
            const close = open === '{' ? '}' : ')';
            let level = 1;
            let j = i + 1;
            for (; level > 0; j++) {
                if (j >= value.length) {
                    ctx.warnings.push(`truncated macro reference: "${value}"`);
                    ctx.error = true;
                    return;
                }
                if (value[j] === open)
                    level++;
                if (value[j] === close)
                    level--;
            }
            if (failed)
                return;
            buf = value.slice(i + 1, j - 1);
            i = j;
        }
        else {
            let j = i;
            while (j < value.length && (isAlnum(value[j]) || value[j] === '_'))
                j++;
            buf = value.slice(i, j);
            i = j;
        }
        if (buf.length === 0) {
            ctx.error = true;
            ctx.warnings.push(`empty macro name: "${value}"`);
            return;
        }
        act({ kind: 'name', text: buf });
        buf = '';
    }
    if (buf.length > 0 && !failed)
        act({ kind: 'literal', text: buf });
}
function fail(ctx, message) {
    ctx.warnings.push(message);
    ctx.error = true;
}
/** Extract a balanced {payload} starting at s[pos] === '{'; returns payload and the index after trailing space. */
function curlyPayload(ctx, s, pos) {
    let level = 1;
    let j = pos + 1;
    for (;; j++) {
        if (j >= s.length) {
            fail(ctx, `unbalanced {} in attribute expression: "${s.slice(pos)}"`);
            return undefined;
        }
        if (s[j] === '{')
            level++;
        else if (s[j] === '}' && --level <= 0)
            break;
    }
    const payload = s.slice(pos + 1, j);
    const after = j + 1;
    return { payload, next: after + spanOfWhitespace(s, after) };
}
function findLeftCurly(s, pos) {
    const p = pos + spanOfWhitespace(s, pos);
    return s[p] === '{' ? p : undefined;
}
function subExpand(ctx, pattern) {
    if (ctx.budget.depth >= TOTAL_DEPTH_LIMIT) {
        if (ctx.error)
            return '';
        fail(ctx, `unreasonable macro call nesting in a comparison operand: "${pattern}" (real Postfix crashes here)`);
        return '';
    }
    const sub = runExpand(pattern, ctx.lookup, ctx.opts, ctx.budget);
    ctx.warnings.push(...sub.warnings);
    ctx.undefinedNames.push(...sub.undefinedNames);
    if (sub.error)
        ctx.error = true;
    return sub.value;
}
const OPERATORS = ['==', '!=', '<', '<=', '>=', '>'];
const OPERATOR_CHARS = '<>!=?+-*/~&|%';
/** Relational expression; returns the fake lookup value ("true"/"") or undefined after an error. */
function parseRelational(ctx, s, pos) {
    const left = curlyPayload(ctx, s, pos);
    if (!left)
        return undefined;
    let cp = left.next;
    const opPos = cp;
    let opLen = 0;
    while (cp + opLen < s.length && OPERATOR_CHARS.includes(s[cp + opLen]))
        opLen++;
    const op = s.slice(cp, cp + opLen);
    if (!OPERATORS.includes(op)) {
        fail(ctx, `"==" or "!="" or "<"" or "<="" or ">="" or ">" expected at: "...${left.payload}}>>>${s.slice(cp, cp + 20)}"`);
        return undefined;
    }
    cp += opLen;
    let suffix = '';
    if (isAlnum(s[cp])) {
        let n = 1;
        while (isAlnum(s[cp + n]))
            n++;
        suffix = s.slice(cp, cp + n);
        cp += n;
        if (suffix !== 'level') {
            fail(ctx, `bad operator suffix at: "...${op}>>>${suffix}"`);
            return undefined;
        }
    }
    const rightPos = findLeftCurly(s, cp);
    if (rightPos === undefined) {
        fail(ctx, `"{expression}" expected at: "...{${left.payload}} ${s.slice(opPos, opPos + opLen)}>>>${s.slice(cp, cp + 20)}"`);
        return undefined;
    }
    const right = curlyPayload(ctx, s, rightPos);
    if (!right)
        return undefined;
    const l = subExpand(ctx, left.payload);
    const r = subExpand(ctx, right.payload);
    let result;
    if (!ctx.opts.scan) {
        let delta;
        if (suffix === 'level') {
            const a = parseCompatLevel(l);
            const b = parseCompatLevel(r);
            if (!a || !b) {
                for (const bad of [a ? undefined : l, b ? undefined : r]) {
                    if (bad !== undefined)
                        ctx.warnings.push(`${bad}: bad compatibility level syntax`);
                }
                ctx.error = true;
                return undefined;
            }
            delta = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        }
        else if (allDigits(l) && allDigits(r)) {
            delta = Number(BigInt(l) - BigInt(r) > 0n ? 1 : BigInt(l) === BigInt(r) ? 0 : -1);
        }
        else {
            delta = Buffer.compare(Buffer.from(l, 'latin1'), Buffer.from(r, 'latin1'));
        }
        switch (op) {
            case '==':
                result = delta === 0;
                break;
            case '!=':
                result = delta !== 0;
                break;
            case '<':
                result = delta < 0;
                break;
            case '<=':
                result = delta <= 0;
                break;
            case '>=':
                result = delta >= 0;
                break;
            default: result = delta > 0;
        }
    }
    if (ctx.error)
        return undefined;
    return { value: ctx.opts.scan ? undefined : result ? 'true' : '', next: right.next };
}
function callback(ctx, token) {
    ctx.budget.depth++;
    try {
        expandToken(ctx, token);
    }
    finally {
        ctx.budget.depth--;
    }
}
function expandToken(ctx, token) {
    if (ctx.level++ > NESTING_LIMIT)
        fail(ctx, `unreasonable macro call nesting: "${token.text}"`);
    if (ctx.error)
        return;
    ctx.budget.left -= token.text.length + 1;
    if (ctx.budget.left < 0) {
        fail(ctx, `unreasonable macro expansion size: stopped after ${WORK_LIMIT} characters`);
        return;
    }
    if (token.kind === 'literal') {
        if (!ctx.opts.scan)
            ctx.out.push(token.text);
        ctx.level--;
        return;
    }
    const s = token.text;
    let cp;
    let lookup;
    let ch;
    const curly = findLeftCurly(s, 0);
    if (curly !== undefined) {
        const rel = parseRelational(ctx, s, curly);
        if (!rel)
            return;
        lookup = rel.value;
        cp = rel.next;
        ch = s[cp];
        if (ch !== undefined) {
            if (ch !== '?' && ch !== ':') {
                fail(ctx, `"?" or ":" expected at: "...}>>>${s.slice(cp, cp + 20)}"`);
                return;
            }
            cp++;
        }
    }
    else {
        const start = spanOfWhitespace(s, 0);
        cp = start;
        let mode;
        let nameEnd;
        for (;; cp++) {
            const ws = spanOfWhitespace(s, cp);
            ch = s[cp + ws];
            if (ch === undefined) {
                nameEnd = cp;
                mode = 'use';
                break;
            }
            if (ch === '?' || ch === ':') {
                nameEnd = cp;
                cp = cp + ws + 1;
                mode = 'test';
                break;
            }
            if (!isAlnum(s[cp]) && s[cp] !== '_') {
                fail(ctx, `attribute name syntax error at: "...${s.slice(0, cp)}>>>${s.slice(cp, cp + 20)}"`);
                return;
            }
        }
        lookup = ctx.lookup(s.slice(start, nameEnd), mode);
    }
    switch (ch) {
        case '?':
        case ':': {
            let rest = cp;
            if (ch === '?') {
                let ifTrue;
                const p = findLeftCurly(s, rest);
                if (p !== undefined) {
                    const pl = curlyPayload(ctx, s, p);
                    if (!pl)
                        return;
                    ifTrue = pl.payload;
                    rest = pl.next;
                }
                else {
                    ifTrue = s.slice(rest);
                    rest = s.length;
                }
                if ((lookup !== undefined && lookup !== '') || ctx.opts.scan)
                    macParse(ctx, ifTrue, (t) => callback(ctx, t));
                if (rest >= s.length)
                    break;
                if (s[rest] !== ':') {
                    fail(ctx, `":" expected at: "...${ifTrue}}>>>${s.slice(rest, rest + 20)}"`);
                    return;
                }
                rest += 1;
            }
            let ifFalse;
            const p = findLeftCurly(s, rest);
            if (p !== undefined) {
                const pl = curlyPayload(ctx, s, p);
                if (!pl)
                    return;
                ifFalse = pl.payload;
                rest = pl.next;
            }
            else {
                ifFalse = s.slice(rest);
                rest = s.length;
            }
            if (lookup === undefined || lookup === '' || ctx.opts.scan)
                macParse(ctx, ifFalse, (t) => callback(ctx, t));
            if (rest < s.length) {
                fail(ctx, `unexpected input at: "...${ifFalse}}>>>${s.slice(rest, rest + 20)}"`);
                return;
            }
            break;
        }
        default:
            if (lookup === undefined) {
                ctx.undefinedNames.push(s.trim());
            }
            else if (lookup === '' || ctx.opts.scan) {
                /* nothing */
            }
            else if (ctx.opts.recurse) {
                macParse(ctx, lookup, (t) => callback(ctx, t));
            }
            else {
                ctx.out.push(lookup);
            }
    }
    ctx.level--;
}
function runExpand(pattern, lookup, opts, budget = { left: WORK_LIMIT, depth: 0 }) {
    const ctx = { opts, lookup, out: [], warnings: [], undefinedNames: [], error: false, level: 0, budget };
    macParse(ctx, pattern, (t) => callback(ctx, t));
    return { value: ctx.out.join(''), warnings: ctx.warnings, error: ctx.error, undefinedNames: ctx.undefinedNames };
}
/** mac_expand() with Postfix's exact warnings. Never throws, never loops forever. */
function macExpand(pattern, lookup, opts = { recurse: true }) {
    return runExpand(pattern, lookup, opts);
}
/** Every `$name` a value refers to, in both branches of conditionals (MAC_EXP_FLAG_SCAN). */
function scanMacroNames(pattern) {
    const names = [];
    const r = runExpand(pattern, (name) => {
        names.push(name);
        return undefined;
    }, { scan: true });
    return { names, warnings: r.warnings, error: r.error };
}
/** Postfix mac_expand semantics: $name ${name} $(name) ${name?v} ${name:v} ${name?{a}:{b}} ${{a} op {b} ? {c} : {d}} $$ */
function expandValue(raw, lookup, options = {}) {
    let unknown = options.rawTemplated ?? false;
    // Most values name nothing: without a "$" the text is the value (as one literal within the work limit).
    if (raw.length < WORK_LIMIT && !raw.includes('$'))
        return { value: raw, undefinedNames: [], unknown };
    const r = runExpand(raw, (name) => {
        if (options.isTemplated?.(name))
            unknown = true;
        return lookup(name);
    }, { recurse: true });
    const result = { value: r.value, undefinedNames: [...new Set(r.undefinedNames)], unknown };
    if (r.error)
        result.error = r.warnings.join('; ') || 'macro processing error';
    return result;
}


/***/ }),

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ spanInLine),
/* harmony export */   X6: () => (/* binding */ readLogicalLines),
/* harmony export */   kD: () => (/* binding */ leadingWhitespaceWarning),
/* harmony export */   t0: () => (/* binding */ nulCharacterWarning)
/* harmony export */ });
/* unused harmony exports sourceOffsetOf, printItems */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7900);

/**
 * All items of the file in order. Trivia between the pieces of one logical line is reported as
 * its own item too (positions stay sorted), so callers that want the logical lines filter on kind.
 */
function readLogicalLines(source) {
    const { text, lineStarts } = source;
    const items = [];
    // The logical line being assembled: its slot in `items` (-1: none) and its pieces. Trivia lines met
    // while it may still continue go straight into `items` after its slot, so positions stay sorted.
    let slot = -1;
    let pieces = [];
    let firstLine = 0;
    let lastLine = 0;
    let endOffset = 0;
    // One search per file: almost no file holds a NUL, and then no line needs a look.
    const mayHoldNul = text.indexOf('\u0000') !== -1;
    const lineCount = lineStarts.length;
    for (let i = 0; i < lineCount; i++) {
        const start = lineStarts[i];
        const last = i === lineCount - 1;
        if (last && start === text.length)
            break; // nothing after the final newline
        const end = last ? text.length : lineStarts[i + 1] - 1;
        let first = start; // first non-space character
        while (first < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(first)))
            first++;
        if (first === end || text.charCodeAt(first) === 0x23 /* # */) {
            items.push({ kind: 'trivia', line: i + 1, startOffset: start, endOffset: end, comment: first !== end });
            continue;
        }
        if (first !== start && slot !== -1) {
            // A continuation: joined to the logical line with nothing added.
            const previous = pieces[pieces.length - 1];
            pieces.push({ textStart: previous.textStart + previous.length, sourceStart: start, length: end - start });
            lastLine = i + 1;
            endOffset = end;
            continue;
        }
        if (slot !== -1)
            items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul);
        slot = items.length;
        items.push(null); // filled when the line is complete
        pieces = [{ textStart: 0, sourceStart: start, length: end - start }];
        firstLine = i + 1;
        lastLine = i + 1;
        endOffset = end;
    }
    if (slot !== -1)
        items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul);
    return items;
}
function logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul) {
    const head = pieces[0];
    let joined;
    if (pieces.length === 1)
        joined = text.slice(head.sourceStart, head.sourceStart + head.length);
    else {
        const chunks = [];
        for (const p of pieces)
            chunks.push(text.slice(p.sourceStart, p.sourceStart + p.length));
        joined = chunks.join('');
    }
    const line = {
        kind: 'logical',
        text: joined,
        firstLine,
        lastLine,
        startOffset: head.sourceStart,
        endOffset,
        pieces,
        startsWithWhitespace: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(head.sourceStart)),
    };
    const nul = mayHoldNul ? joined.indexOf('\u0000') : -1;
    if (nul !== -1) {
        line.text = joined.slice(0, nul);
        line.nulOffset = sourceOffsetOf(line, nul);
    }
    return line;
}
/** Map an offset in a logical line's text back to the source offset. */
function sourceOffsetOf(line, textOffset) {
    // Binary search: a continued line may have 100k pieces and callers map one offset per option.
    const pieces = line.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid].textStart <= textOffset)
            lo = mid;
        else
            hi = mid - 1;
    }
    const chosen = pieces[lo];
    return chosen.sourceStart + (textOffset - chosen.textStart);
}
/**
 * The source span of the logical line's text range [start, end) (an empty range maps to an empty span
 * where it starts). Most logical lines are one physical line: their positions need no search.
 */
function spanInLine(source, line, start, end) {
    if (line.pieces.length === 1) {
        const at = line.startOffset;
        const e = end > start ? end : start;
        return {
            start: { line: line.firstLine, column: start + 1, offset: at + start },
            end: { line: line.firstLine, column: e + 1, offset: at + e },
        };
    }
    const s = sourceOffsetOf(line, start);
    const e = end > start ? sourceOffsetOf(line, end - 1) + 1 : s;
    return { start: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOnLines */ .E6)(source, s, line.firstLine, line.lastLine), end: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOnLines */ .E6)(source, e, line.firstLine, line.lastLine) };
}
/**
 * The warning for a line that holds a NUL character (`code` names the file kind): Postfix itself says
 * nothing, but reads the line only up to the NUL. The span runs from the NUL to the line's end.
 */
function nulCharacterWarning(source, line, code) {
    if (line.nulOffset === undefined)
        return undefined;
    const span = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(source, line.nulOffset, line.endOffset);
    const rest = line.lastLine > span.start.line ? ' and its continuation lines' : '';
    return {
        severity: 'warning',
        code,
        message: `This line holds a NUL character: Postfix reads a line only up to a NUL, so it silently ignores the rest of the line${rest}.`,
        path: source.path,
        span,
    };
}
/** Postfix's warning text for a dropped line (readllines: "%.30s%s"). */
function leadingWhitespaceWarning(path, line) {
    const shown = line.text.slice(0, 30) + (line.text.length > 30 ? '...' : '');
    return `${path}: logical line must not start with whitespace: "${shown}"`;
}
/**
 * Print a file back from its items: the pieces of every logical line and every trivia line, in
 * source order, each followed by the newline that ended it. Equal to the input exactly when the
 * items account for every character, which is what the parsers promise.
 */
function printItems(items, text) {
    const segments = [];
    for (const item of items) {
        if (item.kind === 'trivia')
            segments.push([item.startOffset, item.endOffset]);
        else
            for (const p of item.pieces)
                segments.push([p.sourceStart, p.sourceStart + p.length]);
    }
    segments.sort((a, b) => a[0] - b[0]);
    let out = '';
    for (const [start, end] of segments) {
        out += text.slice(start, end);
        if (text[end] === '\n')
            out += '\n';
    }
    return out;
}


/***/ }),

/***/ 9188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ splitNameValue),
/* harmony export */   g: () => (/* binding */ parseMainCf)
/* harmony export */ });
/* harmony import */ var _logical_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5858);



/** split_nameval(): offsets are into `text`. */
function splitNameValue(text) {
    let i = 0;
    while (i < text.length && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)))
        i++;
    if (i >= text.length)
        return { error: 'missing attribute name' };
    const nameStart = i;
    while (i < text.length && !(0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x3d /* = */)
        i++;
    const nameEnd = i;
    while (i < text.length && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)))
        i++;
    if (nameEnd === nameStart)
        return { error: 'missing attribute name' };
    if (text.charCodeAt(i) !== 0x3d /* = */)
        return { error: "missing '=' after attribute name" };
    i++;
    while (i < text.length && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)))
        i++;
    const valueStart = i;
    let valueEnd = text.length;
    while (valueEnd > valueStart && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(valueEnd - 1)))
        valueEnd--;
    return {
        name: text.slice(nameStart, nameEnd),
        value: text.slice(valueStart, valueEnd),
        nameStart,
        nameEnd,
        valueStart,
        valueEnd,
    };
}
function overlapsPlaceholder(placeholders, start, end) {
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .overlapsPlaceholder */ .oc)(placeholders, start, Math.max(end, start + 1));
}
/*
 * parseMainCf is split into one function per kind of line (as parseMasterCf is): the common one, a
 * definition, stays small, and no closure is made per line.
 */
function parseMainCf(source) {
    const items = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .readLogicalLines */ .X6)(source);
    const reading = { source, placeholders: (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .placeholdersOfSource */ .$2)(source), entries: [], values: new Map(), diagnostics: [] };
    for (let k = 0; k < items.length; k++) {
        const item = items[k];
        if (item.kind !== 'logical')
            continue;
        if (item.startsWithWhitespace) {
            ignoreIndentedLine(reading, item);
            continue;
        }
        if (item.nulOffset !== undefined)
            reading.diagnostics.push((0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .nulCharacterWarning */ .t0)(source, item, 'main-cf/nul-character'));
        const split = splitNameValue(item.text);
        if ('error' in split) {
            // dict_load_fp(): the first bad line is fatal; Postfix reads no further.
            refuseLine(reading, item, split.error);
            break;
        }
        readDefinition(reading, item, split);
    }
    const result = { source, items, entries: reading.entries, values: reading.values, diagnostics: reading.diagnostics };
    if (reading.fatal)
        result.fatal = reading.fatal;
    return result;
}
function ignoreIndentedLine(reading, item) {
    const { source } = reading;
    reading.diagnostics.push({
        severity: 'warning',
        code: 'main-cf/leading-whitespace',
        message: 'This line starts with whitespace and nothing precedes it, so Postfix ignores it.',
        path: source.path,
        span: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, item.startOffset, item.endOffset),
        postfixMessage: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingWhitespaceWarning */ .kD)(source.path, item),
    });
}
function refuseLine(reading, item, error) {
    const { source } = reading;
    const path = source.path;
    const fatal = {
        severity: 'fatal',
        code: error === 'missing attribute name' ? 'main-cf/missing-name' : 'main-cf/missing-equals',
        message: error === 'missing attribute name'
            ? 'This line has no parameter name before "="; Postfix refuses the whole file.'
            : 'This line has no "=" after the parameter name; Postfix refuses the whole file.',
        path,
        span: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, item.startOffset, item.endOffset),
        postfixMessage: `${path}, line ${item.firstLine}: ${error}: "${item.text}"`,
    };
    reading.fatal = fatal;
    reading.diagnostics.push(fatal);
}
function readDefinition(reading, item, split) {
    const { source, values } = reading;
    const nameSpan = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, item, split.nameStart, split.nameEnd);
    const valueSpan = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, item, split.valueStart, split.valueEnd);
    const entry = {
        name: split.name,
        value: split.value,
        nameSpan,
        valueSpan,
        line: item,
        templated: overlapsPlaceholder(reading.placeholders, valueSpan.start.offset, valueSpan.end.offset),
    };
    const previous = values.get(split.name);
    // dict_update(): only a different value is reported (S:v3.7.11 src/util/dict.c).
    if (previous && previous.value !== split.value) {
        const path = source.path;
        reading.diagnostics.push({
            severity: 'warning',
            code: 'main-cf/duplicate',
            message: `"${split.name}" is set again here; Postfix uses only this last value ("${split.value}"), not the one on line ${previous.line.firstLine}.`,
            path,
            span: nameSpan,
            postfixMessage: `${path}, line ${item.firstLine}: overriding earlier entry: ${split.name}=${previous.value}`,
        });
    }
    reading.entries.push(entry);
    values.set(split.name, entry);
}


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ parseMasterCf),
/* harmony export */   PO: () => (/* binding */ activeServices),
/* harmony export */   Xz: () => (/* binding */ printableAsPostfix),
/* harmony export */   ZN: () => (/* binding */ MASTER_FIELD_NAMES),
/* harmony export */   _i: () => (/* binding */ isServiceDisabled),
/* harmony export */   bF: () => (/* binding */ splitNameValue)
/* harmony export */ });
/* unused harmony exports splitQuoted, extractBraces, normalizeDaemonArgs, checkMasterFields, endpointKey */
/* harmony import */ var _logical_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5858);



/** PCF_MASTER_BLANKS / master_blanks, the field separators " \t\r\n" (note: no \v or \f), by char code. */
const isBlankCode = (c) => c === 32 || c === 9 || c === 13 || c === 10;
const MASTER_FIELD_NAMES = [
    'service',
    'type',
    'private',
    'unprivileged',
    'chroot',
    'wakeup',
    'process_limit',
    'command',
];
/** Types postconf 3.7 accepts (verified: unix-dgram is accepted by postconf 3.7.11). */
const VALID_TYPES = new Set(['unix', 'unix-dgram', 'fifo', 'inet', 'pass']);
/** argv_splitq()/mystrtokq(): split on blanks, but not inside balanced {} (a "}" without "{" is text). */
function splitQuoted(text, offset = 0) {
    const out = [];
    const n = text.length;
    let i = offset;
    while (i < n) {
        while (i < n && isBlankCode(text.charCodeAt(i)))
            i++;
        if (i >= n)
            break;
        const start = i;
        let level = 0;
        for (; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x7b /* { */)
                level++;
            else if (level > 0 && c === 0x7d /* } */)
                level--;
            else if (level === 0 && isBlankCode(c))
                break;
        }
        out.push({ start, end: i, text: text.slice(start, i) });
    }
    return out;
}
/** balpar(): length of the balanced {...} group at the start, or 0. */
function balpar(text) {
    if (text[0] !== '{')
        return 0;
    let level = 1;
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '}') {
            if (--level === 0)
                return i + 1;
        }
        else if (text[i] === '{')
            level++;
    }
    return 0;
}
/** extpar(..., EXTPAR_FLAG_STRIP) on a token that starts with "{": inner text range and error. */
function extractBraces(text, start, end) {
    const tok = text.slice(start, end);
    let a;
    let b;
    let error;
    const len = balpar(tok);
    if (len === 0) {
        error = `missing '}' in "${tok}"`;
        a = start + 1;
        b = end;
    }
    else {
        if (len < tok.length)
            error = `syntax error after '}' in "${tok}"`;
        a = start + 1;
        b = start + len - 1;
    }
    while (b > a && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpace */ .KG)(text[b - 1]))
        b--;
    while (a < b && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpace */ .KG)(text[a]))
        a++;
    return error === undefined ? { start: a, end: b } : { start: a, end: b, error };
}
/** split_nameval() on text[start, end): name and value ranges, or the error Postfix reports. */
function splitNameValue(text, start, end) {
    let np = start;
    while (np < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(np)))
        np++;
    if (np >= end || text.charCodeAt(np) === 0x3d /* = */)
        return { error: 'missing attribute name' };
    let ep = np;
    while (ep < end && !(0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(ep)) && text.charCodeAt(ep) !== 0x3d /* = */)
        ep++;
    let cp = ep;
    while (cp < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(cp)))
        cp++;
    if (cp >= end || text.charCodeAt(cp) !== 0x3d /* = */)
        return { error: "missing '=' after attribute name" };
    let vp = cp + 1;
    while (vp < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(vp)))
        vp++;
    let ve = end;
    while (ve > vp && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(ve - 1)))
        ve--;
    return { nameStart: np, nameEnd: ep, valueStart: vp, valueEnd: ve };
}
/** Options with a value in the server skeletons' getopt strings (single/multi/trigger_server.c). */
const DAEMON_OPTIONS_WITH_VALUE = 'imnost';
const DAEMON_FLAG_OPTIONS = 'cdDlSuvVz';
/** postconf: pcf_daemon_options_expecting_value[] */
const PCF_OPTIONS_WITH_VALUE = 'o';
/** Daemons that accept non-option arguments; every other Postfix daemon exits on one. */
/**
 * Daemons that exit on a non-option argument ("fatal: unexpected command-line argument"): the ones
 * whose Debian 3.7.11 binaries contain that message (`strings /usr/lib/postfix/sbin/*`). smtp/lmtp,
 * postscreen, pipe and spawn do not check in 3.7 (pipe and spawn take arguments by design).
 */
const DAEMONS_REJECTING_ARGUMENTS = new Set([
    'anvil', 'bounce', 'cleanup', 'discard', 'dnsblog', 'error', 'flush', 'local', 'nqmgr', 'oqmgr', 'pickup',
    'postlogd', 'proxymap', 'qmgr', 'qmqpd', 'scache', 'showq', 'smtpd', 'tlsmgr', 'tlsproxy', 'trivial-rewrite',
    'verify', 'virtual',
]);
/** pcf_normalize_daemon_args() on plain strings; returns postconf's warnings (without path). */
function normalizeDaemonArgs(argv) {
    const out = [...argv];
    const warnings = [];
    const extract = (field) => {
        const arg = out[field];
        const r = extractBraces(arg, 0, arg.length);
        if (r.error !== undefined)
            warnings.push(`master.cf: ${r.error}`);
        out[field] = arg.slice(r.start, r.end);
    };
    let field = 8;
    for (; field < out.length; field++) {
        let arg = out[field];
        if (arg[0] !== '-' || arg === '--')
            break;
        for (let k = 2; k < arg.length; k++) {
            if (PCF_OPTIONS_WITH_VALUE.includes(arg[k])) {
                // "-stuffozz" becomes "-stuff" "-ozz"
                out.splice(field + 1, 0, '-' + arg.slice(k));
                arg = arg.slice(0, k);
                out[field] = arg;
                break;
            }
        }
        if (arg.length < 2 || !PCF_OPTIONS_WITH_VALUE.includes(arg[1]))
            continue;
        let extractField;
        if (arg.length > 2) {
            out.splice(field + 1, 0, arg.slice(2));
            out[field] = arg.slice(0, 2);
            field += 1;
            extractField = out[field][0] === '{';
        }
        else if (field + 1 < out.length) {
            field += 1;
            extractField = out[field][0] === '{';
        }
        else
            extractField = false;
        if (extractField) {
            extract(field);
            if (out[field - 1][1] === 'o') {
                const v = out[field];
                const nv = splitNameValue(v, 0, v.length);
                if ('error' in nv)
                    warnings.push(`master.cf: ${nv.error}: "${v}"`);
                else
                    out[field] = `${v.slice(nv.nameStart, nv.nameEnd)}=${v.slice(nv.valueStart, nv.valueEnd)}`;
            }
        }
    }
    for (; field < out.length; field++)
        if (out[field][0] === '{')
            extract(field);
    return { argv: out, warnings };
}
/** pcf_check_master_entry(): the first invalid field, as postconf's fatal text. */
function checkMasterFields(argv, rawText) {
    const type = argv[1];
    if (!VALID_TYPES.has(type))
        return `invalid type field "${type}" in "${rawText}"`;
    for (let f = 2; f <= 4; f++) {
        const v = argv[f];
        if (v.length !== 1 || !'yn-'.includes(v))
            return `invalid ${MASTER_FIELD_NAMES[f]} field "${v}" in "${rawText}"`;
    }
    const wakeup = argv[5];
    let len = wakeup.length;
    if (len > 0 && wakeup[len - 1] === '?')
        len--;
    if (!(wakeup[0] === '-' && len === 1) && leadingDigits(wakeup) !== len)
        return `invalid wakeup field "${wakeup}" in "${rawText}"`;
    const maxproc = argv[6];
    if (maxproc !== '-' && leadingDigits(maxproc) !== maxproc.length)
        return `invalid process_limit field "${maxproc}" in "${rawText}"`;
    return undefined;
}
/** How many ASCII digits the text starts with. */
function leadingDigits(text) {
    let i = 0;
    while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)
        i++;
    return i;
}
/** Postfix's known_tcp_ports default (3.6+). */
const KNOWN_TCP_PORTS = { lmtp: '24', smtp: '25', smtps: '465', submissions: '465', submission: '587' };
/**
 * The name master(8) uses to detect duplicate entries (master_ent.c canonicalizes inet endpoints:
 * "smtp" and "25" are the same; with a host, "[host]:port"). Unix-domain services are keyed by
 * their socket path, which depends on the private field.
 */
function endpointKey(name, type, privateField) {
    if (type !== 'inet')
        return `${type}:${privateField === 'n' ? 'public' : 'private'}/${name}`;
    let host;
    let port = name;
    const bracket = /^\[([^\]]*)\]:(.*)$/.exec(name);
    if (bracket) {
        host = bracket[1];
        port = bracket[2];
    }
    else {
        const colon = name.lastIndexOf(':');
        if (colon >= 0) {
            host = name.slice(0, colon);
            port = name.slice(colon + 1);
        }
    }
    if (/^[0-9]+$/.test(port))
        port = String(Number(port));
    else
        port = KNOWN_TCP_PORTS[port] ?? port;
    if (host === undefined || host === '')
        return `inet:${port}`;
    return `inet:[${host.toLowerCase()}]:${port}`;
}
/** master(8)'s master_service_disable matcher (global/match_service.c): case-insensitive, first match wins. */
function isServiceDisabled(service, masterServiceDisable) {
    if (masterServiceDisable === '')
        return false; // the default: no patterns
    const patterns = masterServiceDisable.split(/[ ,\t\r\n]+/).filter((p) => p.length > 0);
    const nameType = `${service.name}/${service.type}`.toLowerCase();
    const type = service.type.toLowerCase();
    for (let raw of patterns) {
        // backwards compatibility: "name.type"
        if (!raw.includes('/') && raw.lastIndexOf('.') >= 0) {
            const dot = raw.lastIndexOf('.');
            raw = raw.slice(0, dot) + '/' + raw.slice(dot + 1);
        }
        let match = true;
        let p = raw;
        while (p.startsWith('!')) {
            match = !match;
            p = p.slice(1);
        }
        if ((p.includes('/') ? nameType : type) === p.toLowerCase())
            return match;
    }
    return false;
}
/** Services master(8) really runs: disabled ones skipped, and of duplicate endpoints only the last. */
function activeServices(master, masterServiceDisable = '') {
    if (master.fatal)
        return [];
    const enabled = master.services.filter((s) => !isServiceDisabled(s, masterServiceDisable));
    const last = new Map();
    for (const s of enabled)
        last.set(s.endpointKey, s);
    return enabled.filter((s) => last.get(s.endpointKey) === s);
}
/** The raw text as Postfix's msg_* functions print it: bytes outside 0x20-0x7e become "?". */
function printableAsPostfix(text, encoding = 'utf8') {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        if (code >= 0x20 && code <= 0x7e)
            out += ch;
        else if (encoding === 'latin1' || code < 0x80)
            out += '?';
        else
            out += '?'.repeat(Buffer.byteLength(ch, 'utf8'));
    }
    return out;
}
function overlaps(ph, start, end) {
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .overlapsPlaceholder */ .oc)(ph, start, Math.max(end, start + 1));
}
/*
 * parseMasterCf is split into one function per step of a service line: each is small enough for V8 to
 * optimize early in a scan (one big function took ~0.5 s of compile time and ran unoptimized meanwhile).
 */
function parseMasterCf(source) {
    const items = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .readLogicalLines */ .X6)(source);
    const reading = {
        source,
        placeholders: (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .placeholdersOfSource */ .$2)(source),
        services: [],
        diagnostics: [],
        postconfWarnings: [],
    };
    for (let k = 0; k < items.length; k++) {
        const item = items[k];
        if (item.kind === 'logical')
            readServiceLine(reading, item);
    }
    markDuplicateServices(reading);
    const result = { source, items, services: reading.services, diagnostics: reading.diagnostics, postconfWarnings: reading.postconfWarnings };
    if (reading.fatal)
        result.fatal = reading.fatal;
    if (reading.postconfFatal)
        result.postconfFatal = reading.postconfFatal;
    return result;
}
function report(reading, severity, code, message, span, postfixMessage) {
    const d = postfixMessage === undefined
        ? { severity, code, message, path: reading.source.path, span }
        : { severity, code, message, path: reading.source.path, span, postfixMessage };
    reading.diagnostics.push(d);
    return d;
}
function lineSpanOf(source, line) {
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, line.startOffset, line.endOffset);
}
function readServiceLine(reading, line) {
    const { source } = reading;
    const text = line.text;
    if (line.startsWithWhitespace) {
        const w = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingWhitespaceWarning */ .kD)(source.path, line);
        report(reading, 'warning', 'master-cf/leading-whitespace', `Postfix ignores this line: it starts with whitespace, so it does not belong to any service (line ${line.firstLine}).`, lineSpanOf(source, line), w);
        if (!reading.postconfFatal)
            reading.postconfWarnings.push({ line: line.firstLine, text: w.slice(source.path.length + 2), pathPrefixed: true });
        return;
    }
    const nul = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .nulCharacterWarning */ .t0)(source, line, 'master-cf/nul-character');
    if (nul)
        reading.diagnostics.push(nul);
    const tokens = splitQuoted(text);
    if (tokens.length < 8) {
        const d = report(reading, 'fatal', 'master-cf/bad-field-count', `A master.cf entry needs at least 8 fields; this one has ${tokens.length}. postconf and master refuse the whole file.`, lineSpanOf(source, line), `file ${source.path}: line ${line.firstLine}: bad field count`);
        if (!reading.fatal) {
            reading.fatal = d;
            reading.postconfFatal = { kind: 'field-count', line: line.firstLine };
        }
        return;
    }
    const argv = [];
    for (let k = 0; k < tokens.length; k++)
        argv.push(tokens[k].text);
    const fieldError = checkMasterFields(argv, text);
    if (fieldError !== undefined) {
        const d = report(reading, 'fatal', 'master-cf/invalid-field', `Invalid master.cf field: ${fieldError}. postconf and master refuse the whole file.`, lineSpanOf(source, line), fieldError);
        if (!reading.fatal) {
            reading.fatal = d;
            reading.postconfFatal = { kind: 'field', line: line.firstLine, text: fieldError };
        }
        return;
    }
    const norm = normalizeDaemonArgs(argv);
    if (!reading.postconfFatal)
        for (const w of norm.warnings)
            reading.postconfWarnings.push({ line: line.firstLine, text: w, pathPrefixed: false });
    const fieldSpans = [];
    for (let k = 0; k < 8; k++) {
        const t = tokens[k];
        fieldSpans.push((0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, t.start, t.end));
    }
    const daemonArgs = daemonArgumentsOf(reading, line, tokens);
    const options = [];
    const optionsEnd = readDaemonOptions(reading, line, daemonArgs, options);
    const strayArguments = [];
    for (let i = optionsEnd; i < daemonArgs.length; i++) {
        const a = daemonArgs[i];
        strayArguments.push({ text: a.text, span: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd) });
    }
    const command = argv[7];
    reportStrayArguments(reading, command, daemonArgs, optionsEnd, strayArguments);
    const name = argv[0];
    const type = argv[1];
    const priv = argv[2];
    if (type === 'inet' && (priv === 'y' || priv === '-')) {
        report(reading, 'error', 'master-cf/private-inet', `master(8) refuses this file: an inet service cannot be private (the private field ${priv === '-' ? 'defaults to "y"' : 'is "y"'}).`, fieldSpans[2], 'inet service cannot be private');
    }
    reading.services.push({
        name,
        type,
        private: priv,
        unprivileged: argv[3],
        chroot: argv[4],
        wakeup: argv[5],
        maxproc: argv[6],
        command,
        normalizedArgv: norm.argv,
        options,
        strayArguments,
        line,
        fieldSpans,
        templated: overlaps(reading.placeholders, line.startOffset, line.endOffset),
        endpointKey: endpointKey(name, type, priv),
    });
}
/** The daemon's reading: master strips braces only from tokens that start with "{" (§2.3). */
function daemonArgumentsOf(reading, line, tokens) {
    const text = line.text;
    const daemonArgs = [];
    for (let k = 8; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.text[0] === '{') {
            const r = extractBraces(text, t.start, t.end);
            if (r.error !== undefined) {
                report(reading, 'error', 'master-cf/unbalanced-brace', `master(8) refuses this argument: ${r.error}.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(reading.source, line, t.start, t.end), r.error);
            }
            daemonArgs.push({ text: text.slice(r.start, r.end), start: r.start, end: r.end, tokStart: t.start, tokEnd: t.end, braced: true });
        }
        else {
            daemonArgs.push({ text: t.text, start: t.start, end: t.end, tokStart: t.start, tokEnd: t.end, braced: false });
        }
    }
    return daemonArgs;
}
/** The server skeleton's getopt over the daemon arguments: collects the -o options, returns where it stopped. */
function readDaemonOptions(reading, line, daemonArgs, options) {
    const { source } = reading;
    const text = line.text;
    let i = 0;
    getopt: for (; i < daemonArgs.length; i++) {
        const a = daemonArgs[i];
        if (a.text[0] !== '-' || a.text === '-')
            break;
        if (a.text === '--') {
            i++;
            break;
        }
        for (let k = 1; k < a.text.length; k++) {
            const letter = a.text[k];
            if (DAEMON_OPTIONS_WITH_VALUE.includes(letter)) {
                let valStart;
                let valEnd;
                let endTok;
                let form;
                if (k + 1 < a.text.length) {
                    valStart = a.start + k + 1;
                    valEnd = a.end;
                    endTok = a.tokEnd;
                    form = 'attached';
                    if (a.text[k + 1] === '{' && letter === 'o') {
                        report(reading, 'warning', 'master-cf/glued-brace', `"-o{" is one token for master(8): the braces are not removed, so the daemon sees the text with its braces. postconf hides this. Put a space between -o and "{".`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd));
                    }
                }
                else if (i + 1 < daemonArgs.length) {
                    const v = daemonArgs[++i];
                    valStart = v.start;
                    valEnd = v.end;
                    endTok = v.tokEnd;
                    form = v.braced ? 'braced' : 'short';
                }
                else {
                    report(reading, 'error', 'master-cf/missing-option-value', `"-${letter}" at the end of the line has no value; the daemon exits at start-up.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd));
                    break getopt;
                }
                if (letter === 'o') {
                    const nv = splitNameValue(text, valStart, valEnd);
                    if ('error' in nv) {
                        report(reading, 'error', 'master-cf/bad-option-value', `The daemon exits at start-up: "-o ${text.slice(valStart, valEnd)}": ${nv.error}.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, endTok));
                    }
                    else {
                        const span = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, endTok);
                        options.push({
                            name: text.slice(nv.nameStart, nv.nameEnd),
                            value: text.slice(nv.valueStart, nv.valueEnd),
                            span,
                            nameSpan: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, nv.nameStart, nv.nameEnd),
                            valueSpan: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, nv.valueStart, nv.valueEnd),
                            form,
                            templated: overlaps(reading.placeholders, span.start.offset, span.end.offset),
                        });
                    }
                }
                continue getopt;
            }
            if (!DAEMON_FLAG_OPTIONS.includes(letter)) {
                report(reading, 'error', 'master-cf/invalid-daemon-option', `Postfix daemons do not know the option "-${letter}"; the daemon exits at start-up.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd));
            }
        }
    }
    return i;
}
/** What the daemon does with arguments after its options: most daemons exit, the others ignore later -o. */
function reportStrayArguments(reading, command, daemonArgs, optionsEnd, strayArguments) {
    const first = strayArguments[0];
    if (!first)
        return;
    const base = command.slice(command.lastIndexOf('/') + 1);
    if (DAEMONS_REJECTING_ARGUMENTS.has(base)) {
        const ignoredOptions = strayArguments.filter((s) => s.text === '-o').length;
        let why = `${base} takes no arguments and exits when it gets one ("fatal: unexpected command-line argument: ${first.text}"), so the service does not work.`;
        if (first.text.startsWith('#'))
            why += ' "#" does not start a comment inside a master.cf line.';
        else if (optionsEnd > 0 && /,$/.test(daemonArgs[daemonArgs.length - strayArguments.length - 1]?.text ?? '')) {
            why += ' A short "-o name=value" cannot contain spaces; use -o { name = value, more }.';
        }
        if (ignoredOptions > 0)
            why += ` The ${ignoredOptions} later -o option(s) are not applied either: option parsing stops at the first non-option argument.`;
        report(reading, 'error', 'master-cf/unexpected-argument', why, first.span, `unexpected command-line argument: ${first.text}`);
    }
    else {
        // The daemon keeps running, but getopt stopped at `first`: any -o after it is never applied.
        const ignored = strayArguments.filter((s) => s.text === '-o' || s.text.startsWith('-o'));
        if (ignored.length > 0) {
            report(reading, 'warning', 'master-cf/options-after-argument', `${ignored.length} -o option(s) after the argument "${first.text}" are not applied: ${base} stops reading options at its first non-option argument.`, ignored[0].span);
        }
    }
}
/** Duplicate endpoints: master(8) logs "duplicate master.cf entry ... -- using the last entry" (§2.2). */
function markDuplicateServices(reading) {
    const { services, source } = reading;
    const lastByKey = new Map();
    for (const s of services)
        lastByKey.set(s.endpointKey, s);
    if (lastByKey.size === services.length)
        return; // no endpoint twice
    for (const s of services) {
        const last = lastByKey.get(s.endpointKey);
        if (last === s)
            continue;
        s.supersededByLine = last.line.firstLine;
        reading.diagnostics.push({
            severity: 'warning',
            code: 'master-cf/duplicate-service',
            message: `"${s.name} ${s.type}" (line ${s.line.firstLine}) and "${last.name} ${last.type}" (line ${last.line.firstLine}) are the same endpoint; master(8) uses only the last entry (line ${last.line.firstLine}), while postconf -M lists both.`,
            path: source.path,
            span: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, s.line.startOffset, s.line.endOffset),
        });
    }
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ LEGACY_PARAMETERS),
/* harmony export */   FH: () => (/* binding */ unusedParameterWarnings),
/* harmony export */   Xn: () => (/* binding */ buildParameterUniverse),
/* harmony export */   ZN: () => (/* binding */ masterScopeFromArgv),
/* harmony export */   b3: () => (/* binding */ unusedMasterParameterWarnings),
/* harmony export */   uh: () => (/* binding */ RAW_PARAMETERS)
/* harmony export */ });
/* unused harmony exports READONLY_PARAMETERS, DBMS_SUFFIXES, splitOptionNameValue */
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8921);
/* harmony import */ var _defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/**
 * Which parameter names postconf knows, and which main.cf / master.cf settings it calls
 * "unused" (reference §1.5; S:v3.7.11 src/postconf/postconf_user.c, postconf_service.c,
 * postconf_dbms.c, postconf_unused.c, postconf_builtin.c). Verified against postconf 3.7.11.
 *
 * Known names: built-ins of the version, the four legacy names, service parameters derived from
 * master.cf delivery services, and user-defined names that have a name=value AND are referenced:
 * as $name in any main.cf value, master.cf -o value or built-in default; in
 * smtpd_restriction_classes; or as <prefix>_<suffix> of an ldap:/mysql:/pgsql:/sqlite:/memcache:
 * table named in the (expanded) value of a built-in parameter.
 */


/** Legacy names postconf registers for backwards-compatible defaults (postconf_builtin.c). */
const LEGACY_PARAMETERS = [
    'virtual_maps',
    'fallback_relay',
    'authorized_verp_clients',
    'smtpd_client_connection_limit_exceptions',
];
/** postconf never expands these and never scans them for $name (raw_table.h; verified on 3.7.11). */
const RAW_PARAMETERS = new Set([
    'command_execution_directory',
    'default_rbl_reply',
    'forward_path',
    'luser_relay',
    'mailbox_command',
    'postscreen_expansion_filter',
    'postscreen_reject_footer',
    'smtpd_expansion_filter',
    'smtpd_reject_footer',
]);
/** Settings of these are dropped with "read-only parameter assignment" (verified on 3.7.11). */
const READONLY_PARAMETERS = new Set(['process_id', 'process_name', 'service_name']);
/** Database client parameter suffixes (ldap_table(5), mysql_table(5), ...; postconf_dbms.c). */
const DBMS_SUFFIXES = new Map([
    ['ldap', ['bind', 'bind_dn', 'bind_pw', 'cache', 'cache_expiry', 'cache_size', 'chase_referrals', 'debuglevel',
            'dereference', 'domain', 'expansion_limit', 'leaf_result_attribute', 'query_filter', 'recursion_limit',
            'result_attribute', 'result_format', 'scope', 'search_base', 'server_host', 'server_port', 'size_limit',
            'special_result_attribute', 'terminal_result_attribute', 'timeout', 'version',
            'sasl', 'sasl_mechs', 'sasl_realm', 'sasl_authz_id', 'sasl_minssf',
            'start_tls', 'tls_ca_cert_dir', 'tls_ca_cert_file', 'tls_cert', 'tls_key', 'tls_require_cert',
            'tls_random_file', 'tls_cipher_suite']],
    ['mysql', ['additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query',
            'result_format', 'select_field', 'table', 'user', 'where_field', 'option_file', 'option_group',
            'require_result_set', 'tls_cert_file', 'tls_key_file', 'tls_CAfile', 'tls_CApath', 'tls_ciphers',
            'tls_verify_cert', 'idle_interval', 'retry_interval']],
    ['pgsql', ['additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query',
            'result_format', 'select_field', 'select_function', 'table', 'user', 'where_field', 'encoding',
            'idle_interval', 'retry_interval']],
    ['sqlite', ['additional_conditions', 'dbpath', 'domain', 'expansion_limit', 'query', 'result_format',
            'select_field', 'table', 'where_field']],
    ['memcache', ['backup', 'data_size_limit', 'domain', 'flags', 'key_format', 'line_size_limit', 'max_try',
            'memcache', 'retry_pause', 'timeout', 'ttl']],
    ['mongodb', ['uri', 'dbname', 'collection', 'query_filter', 'projection', 'result_attribute',
            'result_format', 'domain', 'expansion_limit']],
]);
/** Split a -o argument like split_nameval(). */
function splitOptionNameValue(arg) {
    // A scan, not a regex: the equivalent regex backtracks quadratically on a long run of blanks inside the value.
    const space = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
    let i = 0;
    while (space(arg[i]))
        i++;
    const nameStart = i;
    while (i < arg.length && !space(arg[i]) && arg[i] !== '=')
        i++;
    if (i === nameStart)
        return undefined;
    const name = arg.slice(nameStart, i);
    while (space(arg[i]))
        i++;
    if (arg[i] !== '=')
        return undefined;
    i++;
    while (space(arg[i]))
        i++;
    let end = arg.length;
    while (end > i && space(arg[end - 1]))
        end--;
    return { name, value: arg.slice(i, end) };
}
/** The -o settings postconf takes from a normalized argv (pcf_register_user_parameters). */
function masterScopeFromArgv(argv) {
    const params = new Map();
    for (let i = 8; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('-') || arg === '--')
            break;
        if (arg === '-o' && argv[i + 1] !== undefined) {
            const nv = splitOptionNameValue(argv[i + 1]);
            if (nv)
                params.set(nv.name, nv.value);
            i += 1;
        }
    }
    const command = argv[7] ?? '';
    return {
        label: `${argv[0] ?? ''}/${argv[1] ?? ''}`,
        serviceName: argv[0] ?? '',
        command,
        params,
        validNames: new Set(),
        readOnly: new Map([
            ['service_name', argv[0] ?? ''],
            ['process_name', command.slice(command.lastIndexOf('/') + 1)],
        ]),
    };
}
/** Table types whose {...} holds patterns, not further table names (postconf_dbms.c PCF_DBMS_CLASS_REGEX). */
const REGEX_TABLE_TYPES = new Set(['regexp', 'pcre']);
/** mystrtokq(value, ", \t\r\n", "{}"): tokens split on blanks and commas outside balanced {}. */
function splitOutsideBraces(value) {
    const out = [];
    const isSep = (c) => c === ' ' || c === ',' || c === '\t' || c === '\r' || c === '\n';
    let i = 0;
    while (i < value.length) {
        while (i < value.length && isSep(value[i]))
            i++;
        if (i >= value.length)
            break;
        const start = i;
        let level = 0;
        for (; i < value.length; i++) {
            const c = value[i];
            if (c === '{')
                level++;
            else if (level > 0 && c === '}')
                level--;
            else if (level === 0 && isSep(c))
                break;
        }
        out.push(value.slice(start, i));
    }
    return out;
}
/** extpar(EXTPAR_FLAG_NONE) on text that starts with "{": the inside (not trimmed) and the error it reports. */
function unwrapBraces(text) {
    let level = 0;
    let len = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '{')
            level++;
        else if (text[i] === '}' && --level === 0) {
            len = i + 1;
            break;
        }
    }
    if (len === 0)
        return { text: text.slice(1), error: `missing '}' in "${text}"` };
    if (len < text.length)
        return { text: text.slice(1, len - 1), error: `syntax error after '}' in "${text}"` };
    return { text: text.slice(1, len - 1) };
}
function tokenize(value) {
    return value.split(/[ ,\t\r\n]+/).filter((t) => t.length > 0);
}
/** Build the universe the way pcf_register_*_parameters() do, in their order. */
function buildParameterUniverse(input) {
    const { builtin, main, masters, configDir } = input;
    const warnings = [];
    const table = new Map();
    for (const [name, value] of builtin)
        table.set(name, { class: 'builtin', defaultValue: value });
    for (const name of LEGACY_PARAMETERS)
        if (!table.has(name))
            table.set(name, { class: 'legacy', defaultValue: '' });
    for (const m of input.services ?? masters) {
        for (const [name, value] of (0,_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceParameterDefaults */ .$Z)(m.serviceName, m.command, builtin)) {
            if (!table.has(name))
                table.set(name, { class: 'service', defaultValue: value });
        }
    }
    input.onTable?.(table);
    const mainPath = `${configDir}/main.cf`;
    const masterPath = `${configDir}/master.cf`;
    const dbmsNames = new Set();
    let fatal;
    // pcf_flag_user_parameter(): validate a referenced name that has a name=value somewhere.
    const flag = (name, scope, dbms, quiet = false) => {
        let supplied = false;
        if (scope && scope.params.has(name)) {
            supplied = true;
            scope.validNames.add(name);
        }
        else if (main.has(name)) {
            supplied = true;
            if (!table.has(name))
                table.set(name, { class: 'user' });
        }
        if (!scope) {
            for (const m of masters) {
                if (m.params.has(name)) {
                    supplied = true;
                    m.validNames.add(name);
                }
            }
        }
        if (dbms)
            dbmsNames.add(name);
        if (!supplied && !dbms && !quiet && !table.has(name)) {
            warnings.push(`${scope ? masterPath : mainPath}: undefined parameter: ${name}`);
        }
    };
    const scanValue = (value, scope, quiet = false) => {
        const r = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .scanMacroNames */ .w1)(value);
        warnings.push(...r.warnings);
        for (const n of r.names)
            flag(n, scope, false, quiet);
    };
    const checkClientConfig = (type, path) => {
        const r = input.readClientConfig?.(path);
        if (!r)
            return;
        if ('error' in r) {
            warnings.push(`open "${type}" configuration "${path}": ${r.error}`);
            return;
        }
        const known = new Set(DBMS_SUFFIXES.get(type) ?? []);
        const seen = new Map();
        for (const line of r.text.split('\n')) {
            const t = line.replace(/^\s+/, '');
            if (t === '' || t.startsWith('#') || /^\s/.test(line))
                continue;
            const nv = splitOptionNameValue(t);
            if (nv)
                seen.set(nv.name, nv.value);
        }
        for (const [n, v] of seen)
            if (!known.has(n))
                warnings.push(`${type}:${path}: unused parameter: ${n}=${v}`);
    };
    // postconf_dbms.c: type:name with a database client type validates name_<suffix>. The expanded value
    // is split on blanks and commas outside {} (mystrtokq); a {...} token, or a {...} table name, is
    // unwrapped (extpar, its errors are warnings) and searched again, except inside a regexp:/pcre: table.
    const dbmsWarning = (scope, error) => {
        warnings.push(scope ? `master.cf:${scope.label}: ${error}` : `main.cf: ${error}`);
    };
    const registerDbmsIn = (text, scope, recurse) => {
        for (const token of splitOutsideBraces(text)) {
            if (token[0] === '{') {
                const inner = unwrapBraces(token);
                if (inner.error !== undefined)
                    dbmsWarning(scope, inner.error);
                if (recurse)
                    registerDbmsIn(inner.text, scope, recurse);
                continue;
            }
            let dbType = token;
            let prefix;
            for (;;) {
                const colon = dbType.indexOf(':');
                if (colon < 0) {
                    prefix = undefined;
                    break;
                }
                prefix = dbType.slice(colon + 1);
                dbType = dbType.slice(0, colon);
                if (dbType !== 'proxy')
                    break;
                dbType = prefix;
            }
            if (prefix === undefined)
                continue;
            if (prefix.startsWith('.'))
                continue;
            if (prefix.startsWith('{')) {
                const inner = unwrapBraces(prefix);
                if (inner.error !== undefined)
                    dbmsWarning(scope, inner.error);
                registerDbmsIn(inner.text, scope, recurse && !REGEX_TABLE_TYPES.has(dbType));
                continue;
            }
            const suffixes = DBMS_SUFFIXES.get(dbType);
            if (!suffixes)
                continue;
            if (prefix.startsWith('/')) {
                checkClientConfig(dbType, prefix);
                continue;
            }
            for (const s of suffixes)
                flag(`${prefix}_${s}`, scope, true);
        }
    };
    const registerDbms = (value, scope) => {
        const expanded = input.expandForDbms(value, scope);
        warnings.push(...expanded.warnings);
        if (expanded.error) {
            fatal ??= 'macro processing error';
            return;
        }
        registerDbmsIn(expanded.value, scope, true);
    };
    const scanNamespace = (params, scope) => {
        const classes = params.get('smtpd_restriction_classes');
        if (classes !== undefined) {
            const lookup = (n) => params.get(n);
            const evaluated = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .macExpand */ .eY)(classes, lookup, { recurse: true }).value;
            for (const n of tokenize(evaluated))
                flag(n, scope, false);
        }
        for (const [name, value] of [...params]) {
            const node = table.get(name);
            let dbms = false;
            if (node) {
                if (READONLY_PARAMETERS.has(name)) {
                    warnings.push(`${scope ? masterPath : mainPath}: read-only parameter assignment: ${name}=${value}`);
                    params.delete(name);
                    continue;
                }
                dbms = node.class !== 'user';
                if (node.class === 'legacy')
                    node.class = 'user';
                if (RAW_PARAMETERS.has(name))
                    continue;
            }
            scanValue(value, scope);
            if (dbms && fatal === undefined)
                registerDbms(value, scope);
            if (fatal !== undefined)
                return;
        }
    };
    if (input.registerUser === false)
        return { table, warnings };
    for (const m of masters) {
        scanNamespace(m.params, m);
        if (fatal !== undefined)
            return { table, warnings, fatal };
    }
    // Defaults of parameters that main.cf leaves alone may reference (legacy) names.
    for (const [name, node] of table) {
        if (RAW_PARAMETERS.has(name) || main.has(name) || node.defaultValue === undefined)
            continue;
        // Built-in defaults name obsolete parameters for compatibility; postconf does not call those undefined.
        scanValue(node.defaultValue, undefined, true);
    }
    scanNamespace(main, undefined);
    const result = { table, warnings };
    if (fatal !== undefined)
        result.fatal = fatal;
    return result;
}
/** pcf_flag_unused_*_parameters(): the "unused parameter" warnings. */
function unusedParameterWarnings(universe, main, masters, configDir) {
    const out = [];
    for (const [name, value] of main) {
        if (!universe.table.has(name))
            out.push(`${configDir}/main.cf: unused parameter: ${name}=${value}`);
    }
    out.push(...unusedMasterParameterWarnings(universe, masters, configDir));
    return out;
}
function unusedMasterParameterWarnings(universe, masters, configDir) {
    const out = [];
    for (const m of masters) {
        for (const [name, value] of m.params) {
            if (!universe.table.has(name) && !m.validNames.has(name)) {
                out.push(`${configDir}/master.cf: unused parameter: ${name}=${value}`);
            }
        }
    }
    return out;
}


/***/ }),

/***/ 7900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ positionOnLines),
/* harmony export */   KG: () => (/* binding */ isPostfixSpace),
/* harmony export */   Pt: () => (/* binding */ isPostfixSpaceCode),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   mt: () => (/* binding */ makeSource),
/* harmony export */   t$: () => (/* binding */ positionAt),
/* harmony export */   wx: () => (/* binding */ encodeText),
/* harmony export */   yj: () => (/* binding */ decodeBytes)
/* harmony export */ });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeBytes(bytes) {
    try {
        return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
    }
    catch {
        return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
    }
}
function encodeText(text, encoding) {
    return Buffer.from(text, encoding);
}
/**
 * A source from bytes (decoded as decodeBytes does), or from text already decoded: `textEncoding`
 * then says how that text was decoded (default utf8). Every SourceText is made here, so that all
 * have one shape (V8 optimizes the parsers for it; a copy made with `{ ...source }` has another).
 */
function makeSource(path, bytesOrText, textEncoding = 'utf8') {
    let text;
    let encoding;
    if (typeof bytesOrText === 'string') {
        text = bytesOrText;
        encoding = textEncoding;
    }
    else
        ({ text, encoding } = decodeBytes(bytesOrText));
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return { path, text, encoding, lineStarts };
}
/** Position of a character offset (binary search over line starts). */
function positionAt(source, offset) {
    return positionOnLines(source, offset, 1, source.lineStarts.length);
}
/** Position of a character offset known to be on one of the physical lines firstLine..lastLine (1-based). */
function positionOnLines(source, offset, firstLine, lastLine) {
    const starts = source.lineStarts;
    let lo = firstLine - 1;
    let hi = lastLine - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}
function spanOf(source, startOffset, endOffset) {
    return { start: positionAt(source, startOffset), end: positionAt(source, endOffset) };
}
/** Postfix's ISSPACE(): ASCII isspace() only; bytes >= 0x80 are never space. */
function isPostfixSpace(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}
/** isPostfixSpace() of a char code (NaN, past the end of a string, is no space). */
function isPostfixSpaceCode(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d); // " ", "\t" "\n" "\v" "\f" "\r"
}


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ placeholdersOfSource),
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   Kb: () => (/* binding */ templateLanguageFromName),
/* harmony export */   QO: () => (/* binding */ seedPlaceholders),
/* harmony export */   oc: () => (/* binding */ overlapsPlaceholder),
/* harmony export */   yi: () => (/* binding */ languageOfPlaceholders)
/* harmony export */ });
/* unused harmony exports TEMPLATE_EXTENSIONS, templateLanguageOfText, commentLineTest */
/**
 * Template placeholders in Postfix configuration files (Jinja2/Salt, ERB, Go templates, Mojolicious,
 * Zimbra %%var%%, envsubst, Univention UCR, sed-style placeholders).
 *
 * The hard part is what NOT to flag: Postfix has brace syntax of its own that looks like a template:
 *   - inline tables and their 3.7 relatives: `inline:{{ a = b }, { c = d }}`, `cidr:{{10.0.0.0/8 OK}}`,
 *     `pcre:{{/x/ y}}`, `regexp:{ { } }`, `static:{text}`, `randmap:{a, b}`, `pipemap:{...}`, `unionmap:{...}`
 *     (postconf(5) "inline:", cidr_table(5), pcre_table(5) "INLINE SPECIFICATION");
 *   - conditional and relational expansion `${name?{value}}`, `${{$a} == {b} ? {x} : {y}}`
 *     (reference postfix-semantics §1.4; src/util/mac_expand.c);
 *   - master.cf brace arguments `-o { name = value }` (reference §2.3);
 *   - milter macro names `{client_addr}` and pipe(8) macros `${recipient}`.
 * None of these opens with `{{` except right after `$` or after a brace-capable table type, so those two
 * contexts are the only `{{` we leave alone. Postfix parameter names are lower-case (mail_params.h), so
 * `$NAME` / `${NAME}` in capitals is taken as an environment-variable placeholder.
 */
/** Table types whose name may be followed directly by a `{...}` table text (Postfix 3.0 / 3.7). */
const BRACE_TABLE_TYPES = new Set(['inline', 'cidr', 'pcre', 'regexp', 'static', 'randmap', 'pipemap', 'unionmap']);
const GO_KEYWORDS = /^(?:if|else|end|range|with|define|template|block|break|continue)(?=\s|-?\}\}|$)/;
/** Template file-name extensions and what they say about the language ('unknown': generic template name). */
const EXTENSION_LANGUAGES = [
    ['.j2', 'jinja'],
    ['.jinja2', 'jinja'],
    ['.jinja', 'jinja'],
    ['.erb', 'erb'],
    ['.epp', 'erb'],
    ['.ep', 'mojolicious'],
    ['.gotmpl', 'go-template'],
    ['.tmpl', 'unknown'],
    ['.tpl', 'unknown'],
    ['.template', 'unknown'],
    ['.in', 'unknown'],
];
const LANGUAGE_OF_EXTENSION = new Map(EXTENSION_LANGUAGES);
const LONGEST_EXTENSION = Math.max(...EXTENSION_LANGUAGES.map(([ext]) => ext.length));
/** Template extensions recognised on file names (with the leading dot). */
const TEMPLATE_EXTENSIONS = EXTENSION_LANGUAGES.map(([ext]) => ext);
/**
 * The template language a file name announces: a language, 'unknown' for a generic template extension
 * (.tmpl, .tpl, .template, .in), or undefined when the name is not a template name at all.
 */
function templateLanguageFromName(fileName) {
    // Each extension has one dot, so only the part from the last dot can be one (discovery asks for every
    // file name of a repository: a lookup, not a loop over the extensions). The dot must be in the base
    // name, and not its first character.
    const dot = fileName.lastIndexOf('.');
    if (dot === -1 || fileName.length - dot > LONGEST_EXTENSION)
        return undefined;
    const baseStart = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1;
    return dot > baseStart ? LANGUAGE_OF_EXTENSION.get(fileName.slice(dot).toLowerCase()) : undefined;
}
/**
 * The language of a file's content: the language of most placeholders (ties go to the earliest one),
 * or undefined when the text has none.
 */
function templateLanguageOfText(text, options = {}) {
    return languageOfPlaceholders(findPlaceholders(text, options));
}
/** The language of most of these placeholders (ties go to the earliest one), or undefined for none. */
function languageOfPlaceholders(found) {
    const counts = new Map();
    for (const p of found)
        counts.set(p.language, (counts.get(p.language) ?? 0) + 1);
    let best;
    let bestCount = 0;
    for (const [language, count] of counts) {
        if (count > bestCount) {
            best = language;
            bestCount = count;
        }
    }
    return best;
}
/**
 * Placeholders of a source text, found once per SourceText: discovery already looked for them (to tell
 * a template from its content) and hands them over with seedPlaceholders; the template-tolerant model
 * asks again for the text it parsed. Detection that throws (it should not) counts as no placeholders.
 */
const placeholdersBySource = new WeakMap();
function placeholdersOfSource(source) {
    let found = placeholdersBySource.get(source);
    if (!found) {
        try {
            found = findPlaceholders(source.text);
        }
        catch {
            found = [];
        }
        placeholdersBySource.set(source, found);
    }
    return found;
}
/** Record placeholders already found in exactly `source.text` (without a language hint). */
function seedPlaceholders(source, found) {
    placeholdersBySource.set(source, found);
}
/** Template placeholders in a config text; Postfix's own inline:{{ ... }} / cidr:{ ... } syntax is NOT a placeholder. */
function findPlaceholders(text, options = {}) {
    const found = new PlaceholderSet();
    const add = (start, end, language) => found.add(start, end, language);
    // Strong syntaxes first: their delimiters never occur in Postfix syntax in these contexts.
    findUnivention(text, add);
    findBraceTags(text, add);
    findPercentTags(text, options.hint, add);
    findZimbra(text, add);
    findMojoliciousLines(text, add);
    // Weak heuristics last, and never inside comment lines, where "$HOME" or "__FOO__" is just prose.
    const inComment = commentLineTest(text);
    findEnvsubst(text, (s, e, l) => !inComment(s) && add(s, e, l));
    findSedPlaceholders(text, (s, e, l) => !inComment(s) && add(s, e, l));
    return found.sorted();
}
/**
 * Does any placeholder of `sorted` (as findPlaceholders returns them: sorted, disjoint) overlap [start, end)?
 * A binary search, so callers may ask once per line or option of a huge file.
 */
function overlapsPlaceholder(sorted, start, end) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    const hit = sorted[lo];
    return hit !== undefined && hit.start < end;
}
/**
 * Placeholders added in priority order; one that overlaps an earlier one is dropped. Kept sorted and
 * disjoint so each overlap test is a binary search: hostile input with a million candidates stays fast
 * (test/hostile/properties.test.ts checks that time grows linearly).
 */
class PlaceholderSet {
    /** Accepted so far, sorted by start; disjoint, so their ends are sorted too. */
    accepted = [];
    /** Accepted since the last merge, in the order they came (one finder emits increasing offsets). */
    pending = [];
    add(start, end, language) {
        if (end <= start)
            return;
        const last = this.pending[this.pending.length - 1];
        if (last !== undefined && start < last.start)
            this.merge();
        const tail = this.pending[this.pending.length - 1];
        if (tail !== undefined && start < tail.end)
            return; // pending ones are disjoint and sorted: only the last can overlap
        if (this.overlapsAccepted(start, end))
            return;
        this.pending.push({ start, end, language });
    }
    sorted() {
        this.merge();
        return this.accepted;
    }
    overlapsAccepted(start, end) {
        // First accepted placeholder that ends after `start`; it overlaps when it also starts before `end`.
        const a = this.accepted;
        let lo = 0;
        let hi = a.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (a[mid].end <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        const hit = a[lo];
        return hit !== undefined && hit.start < end;
    }
    merge() {
        if (this.pending.length === 0)
            return;
        const a = this.accepted;
        const b = this.pending;
        const out = [];
        let i = 0;
        let j = 0;
        while (i < a.length || j < b.length) {
            const x = a[i];
            const y = b[j];
            if (y === undefined || (x !== undefined && (x.start < y.start || (x.start === y.start && x.end <= y.end)))) {
                out.push(x);
                i++;
            }
            else {
                out.push(y);
                j++;
            }
        }
        this.accepted = out;
        this.pending = [];
    }
}
/** UCR: `@%@variable@%@` on one line, `@!@ python @!@` blocks across lines (an open block runs to the end). */
function findUnivention(text, add) {
    for (let i = text.indexOf('@!@'); i !== -1;) {
        const close = text.indexOf('@!@', i + 3);
        const end = close === -1 ? text.length : close + 3;
        add(i, end, 'univention');
        i = close === -1 ? -1 : text.indexOf('@!@', end);
    }
    if (!text.includes('@%@'))
        return; // each whole-text regex below runs only where its literal part occurs
    for (const m of text.matchAll(/@%@[^\n]*?@%@/g))
        add(m.index, m.index + m[0].length, 'univention');
}
/** Jinja `{{ }}` `{% %}` `{# #}` and Go `{{ }}`. */
function findBraceTags(text, add) {
    for (let i = text.indexOf('{'); i !== -1 && i < text.length - 1; i = text.indexOf('{', i + 1)) {
        const next = text[i + 1];
        let close;
        if (next === '{')
            close = '}}';
        else if (next === '%')
            close = '%}';
        else if (next === '#')
            close = '#}';
        else
            continue;
        if (next === '{' && isPostfixDoubleBrace(text, i)) {
            i += 1; // skip the second brace too: it belongs to the same Postfix construct
            continue;
        }
        const end = findClose(text, i + 2, close, next !== '#');
        if (end === -1)
            continue;
        const language = next === '{' && isGoAction(text.slice(i + 2, end - 2)) ? 'go-template' : 'jinja';
        add(i, end, language);
        i = end - 1;
    }
}
/** `{{` right after `$` (relational expansion) or after a brace-capable table type such as `inline:`. */
function isPostfixDoubleBrace(text, at) {
    if (at > 0 && text[at - 1] === '$')
        return true;
    // `${name?{{braced}}}` / `${name:{{braced}}}`: the value of a conditional expansion starts with a brace.
    const before = text.charCodeAt(at - 1);
    if ((before === 0x3f /* ? */ || before === 0x3a /* : */) && /\$\{[A-Za-z0-9_]+[?:]$/.test(text.slice(Math.max(0, at - 128), at)))
        return true;
    if (before !== 0x3a /* : */)
        return false;
    let s = at - 1;
    while (s > 0 && /[A-Za-z0-9_]/.test(text[s - 1]))
        s--;
    return BRACE_TABLE_TYPES.has(text.slice(s, at - 1).toLowerCase());
}
function isGoAction(inner) {
    const body = inner.replace(/^-?\s*/, '');
    if (body.startsWith('.') || body.startsWith('$') || body.startsWith('/*'))
        return true;
    if (GO_KEYWORDS.test(body))
        return true;
    // A function call without parentheses, `printf "%s" .X` / `env "NAME"`, is Go; Jinja would need parentheses.
    return /^[A-Za-z_]\w*\s+["'`.$]/.test(body);
}
/**
 * Offset just past `close`, searching from `from`; quoted strings are skipped when `quotes` is set
 * (Mailu writes `{{ "[{}]/{}".format(...) }}`). Falls back to a plain search if quotes never balance.
 */
function findClose(text, from, close, quotes) {
    if (quotes) {
        const first = close.charCodeAt(0);
        let quote = -1; // the char code of the open quote
        for (let j = from; j < text.length; j++) {
            const c = text.charCodeAt(j);
            if (quote !== -1) {
                // A string literal of these languages does not span lines; an apostrophe in prose is no quote.
                if (c === 0x5c /* \\ */)
                    j++;
                else if (c === quote || c === 0x0a /* \n */)
                    quote = -1;
            }
            else if (c === 0x22 /* " */ || c === 0x27 /* ' */)
                quote = c;
            else if (c === first && text.startsWith(close, j))
                return j + close.length;
        }
    }
    const plain = text.indexOf(close, from);
    return plain === -1 ? -1 : plain + close.length;
}
/** `<%= %>`, `<% %>`, `<%- -%>`, `<%# %>` (ERB, EPP, Mojolicious); `<%%` is a literal `<%`. */
function findPercentTags(text, hint, add) {
    let mojoLines; // a whole-text regex: only run when there is a tag at all
    for (let i = text.indexOf('<%'); i !== -1; i = text.indexOf('<%', i + 2)) {
        mojoLines ??= /^[ \t]*%(?:==?|#)?[ \t]/m.test(text);
        if (text[i + 2] === '%')
            continue;
        const end = findClose(text, i + 2, '%>', true);
        if (end === -1)
            continue;
        add(i, end, percentTagLanguage(text.slice(i + 2, end - 2), hint, mojoLines));
        i = end - 2;
    }
}
function percentTagLanguage(inner, hint, mojoLines) {
    if (hint === 'erb' || hint === 'mojolicious')
        return hint;
    if (mojoLines)
        return 'mojolicious';
    // Mojolicious writes Perl `$var`; ERB writes Ruby `@var` or bare method names.
    const perlish = /(^|[^\w@])\$[A-Za-z_]/.test(inner) && !/@[A-Za-z_]/.test(inner);
    return perlish ? 'mojolicious' : 'erb';
}
/** Zimbra zmconfigd: `%%zimbraVar%%`, `%%uncomment VAR:name%%`, `%%comment ...%%`, `%%list ...%%` ... */
function findZimbra(text, add) {
    if (!text.includes('%%'))
        return;
    for (const m of text.matchAll(/%%[A-Za-z][^%\n]*%%/g))
        add(m.index, m.index + m[0].length, 'percent-var');
}
/**
 * Mojolicious line code: a line whose first non-blank character is `%` followed by a blank, `=`, `==` or `#`.
 * No Postfix line starts so (a parameter name never begins with "%", a service name neither).
 */
function findMojoliciousLines(text, add) {
    if (!text.includes('%'))
        return; // the multi-line regex below is slow on large texts
    for (const m of text.matchAll(/^[ \t]*%(?:==?|#)?(?:[ \t][^\n]*)?$/gm)) {
        if (/^[ \t]*%%/.test(m[0]))
            continue;
        add(m.index, m.index + m[0].length, 'mojolicious');
    }
}
/** `${NAME}`, `${NAME:-default}`, `$NAME` with an all-capitals name; `$$` is Postfix's literal dollar. */
function findEnvsubst(text, add) {
    for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next === 0x24 /* $ */) {
            i++;
            continue;
        }
        // Both forms need a capital letter first (directly or after "{"): most "$name" stop here.
        if (!isCapital(next === 0x7b /* { */ ? text.charCodeAt(i + 2) : next))
            continue;
        const braced = /^\$\{([A-Z][A-Z0-9_]*)(?:(?::?[-=?+])[^}\n]*)?\}/.exec(text.slice(i, i + 512));
        if (braced) {
            add(i, i + braced[0].length, 'envsubst');
            continue;
        }
        const bare = /^\$([A-Z][A-Z0-9_]*)(?![a-z0-9_])/.exec(text.slice(i, i + 256));
        if (bare)
            add(i, i + bare[0].length, 'envsubst');
    }
}
function isCapital(c) {
    return c >= 0x41 && c <= 0x5a;
}
const AT_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@(?![\w.@%!-])/y;
/** [\w.@%!-]: a character that joins an `@name@` to the text around it (an e-mail address, `%d@x`). */
function isSedNeighbour(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x40 || c === 0x25 || c === 0x21 || c === 0x2d;
}
/**
 * Values that an install script replaces with sed: iRedMail's `PH_NAME`, autoconf-style `@name@`,
 * and `__NAME__`. None of these is valid Postfix syntax for a real value.
 */
function findSedPlaceholders(text, add) {
    if (text.includes('PH_')) {
        for (const m of text.matchAll(/(?<![A-Za-z0-9_])PH_[A-Z0-9_]+/g))
            add(m.index, m.index + m[0].length, 'sed-placeholder');
    }
    // `@name@` not preceded by [\w.@%!-]: tried at each "@" (a regex that starts with the lookbehind
    // tries every position of the text, ~4x slower on main.cf files full of comments).
    for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
        if (i > 0 && isSedNeighbour(text.charCodeAt(i - 1)))
            continue;
        AT_PLACEHOLDER.lastIndex = i;
        const m = AT_PLACEHOLDER.exec(text);
        if (m === null)
            continue;
        add(i, i + m[0].length, 'sed-placeholder');
        i += m[0].length - 1;
    }
    if (!text.includes('__'))
        return;
    for (const m of text.matchAll(/(?<![A-Za-z0-9_])__[A-Z][A-Z0-9_]*?__(?![A-Za-z0-9_])/g)) {
        add(m.index, m.index + m[0].length, 'sed-placeholder');
    }
}
/**
 * A test whether an offset of `text` is on a comment line, from its first non-blank character, "#", to
 * the line's end (Postfix comment lines, §1.1), as the multi-line regex `^[ \t\r\v\f]*#[^\n]*` finds
 * them in the whole text (so a "\r" also starts a line). Such a range runs to the end of its line, so a line holds at most one: it is
 * looked for on the line asked about, and the last line is remembered (callers ask in increasing order).
 */
function commentLineTest(text) {
    let lineStart = -1;
    let lineEnd = -1;
    let commentStart = -1;
    return (offset) => {
        if (offset < lineStart || offset >= lineEnd) {
            lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            lineEnd = text.indexOf('\n', offset);
            if (lineEnd === -1)
                lineEnd = text.length;
            const comment = /^[ \t\r\v\f]*#/m.exec(text.slice(lineStart, lineEnd));
            commentStart = comment === null ? -1 : lineStart + comment.index;
        }
        return commentStart !== -1 && offset >= commentStart && offset < lineEnd;
    };
}


/***/ })

};
