/**
 * The live matrix: one listener per case on a real Postfix 3.7, with what a client observes there.
 *
 * `expect` holds the observations the reference records (postfix-semantics Appendix A "LAB pNNNNN" outcomes,
 * §3.2 truth table, §4.4, §5.3, §7, §8) or, for cases the lab did not run, what the cited Postfix source implies.
 * The live run checks these facts first; the model comparison then checks `explain` against what was observed,
 * never against these expectations.
 */
import type { ProbeVersion } from '../support/live-postfix.js';

export type Proto = ProbeVersion;
export const ALL_PROTOCOLS: Proto[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

export interface Expected {
  /** The daemon dies (fatal at startup): no banner. */
  dead?: boolean;
  /** Implicit TLS (wrapper mode). */
  implicit?: boolean;
  advertised?: boolean;
  /** Reply to STARTTLS. */
  starttls?: number;
  /** Reply to MAIL FROM before TLS. */
  mail?: number;
  /** Where AUTH shows up: before STARTTLS (cleartext), only after it, or nowhere. */
  auth?: 'before' | 'after' | 'none';
  /** Protocol versions whose handshake completes. */
  protocols?: Proto[];
  /** TLS 1.3 suites accepted when offered one at a time (only for cases with tls13: true). */
  tls13?: string[];
}

export interface LiveCase {
  id: string;
  /** LAB port in the reference (Appendix A), when the lab ran this exact setting. */
  lab?: string;
  what: string;
  /** master.cf text after `smtpd -o syslog_name=live-ID` (or the postscreen command for postscreen cases). */
  args: string;
  kind?: 'smtpd' | 'postscreen';
  /** Probe with implicit TLS (wrapper mode) instead of STARTTLS. */
  implicit?: boolean;
  /**
   * Which model endpoint predicts what a client sees: the listener itself (default), or the `pass` service of
   * that name behind a postscreen that allowlists the probing client.
   */
  passService?: string;
  /** master.cf lines written right after the case's line (continuations, duplicates). */
  after?: string[];
  /** Probe every TLS 1.2 suite of the server's universe, one at a time. */
  ciphers?: boolean;
  /** Probe each TLS 1.3 suite, one at a time. */
  tls13?: boolean;
  expect: Expected;
}

const may = (protocols: Proto[], extra: Expected = {}): Expected => ({ advertised: true, starttls: 220, mail: 250, auth: 'none', protocols, ...extra });
const enc = (protocols: Proto[], extra: Expected = {}): Expected => ({ advertised: true, starttls: 220, mail: 530, auth: 'none', protocols, ...extra });
/** TLS context failed at startup (invalid list, no cert): STARTTLS still advertised, answered 454 (§3.5, §5.2). */
const tls454 = (mail: number): Expected => ({ advertised: true, starttls: 454, mail, auth: 'none', protocols: [] });
/** STARTTLS says 220 but every handshake fails (invalid grade, `!` exclusion, no protocols left; §3.2, §6.1). */
const aborts = (mail = 250): Expected => ({ advertised: true, starttls: 220, mail, auth: 'none', protocols: [] });
const noTls = (extra: Expected = {}): Expected => ({ advertised: false, mail: 250, auth: 'none', protocols: [], ...extra });
const dead: Expected = { dead: true };
const wrap = (protocols: Proto[], extra: Expected = {}): Expected => ({ implicit: true, auth: 'none', protocols, ...extra });

const P = (...v: Proto[]): Proto[] => v;
const T10 = 'TLSv1', T11 = 'TLSv1.1', T12 = 'TLSv1.2', T13 = 'TLSv1.3';
const A = ALL_PROTOCOLS;
const TLS13_DEFAULT = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256'];

/** main.cf additions the cases refer to through `$name`. */
export const MAIN_CF_EXTRA = [
  'mua_level = encrypt',
  'modern_protocols = >=TLSv1.2',
  // §8.6: a trailing "# comment" is part of the value.
  'commented_protocols = TLSv1.2 # only modern',
];

export const CASES: LiveCase[] = [
  // --- Appendix A, in lab order -------------------------------------------------------------------------------
  { id: 'p01', lab: 'p10001', what: 'include list TLSv1.2 disables TLS 1.3 (§8.1)', args: '-o smtpd_tls_protocols=TLSv1.2', expect: may(P(T12)) },
  { id: 'p02', lab: 'p10002', what: '!TLSv1, !TLSv1.1, TLSv1.2 is 1.2 only', args: '-o {smtpd_tls_protocols = !TLSv1, !TLSv1.1, TLSv1.2}', expect: may(P(T12)) },
  { id: 'p03', lab: 'p10003', what: '>=TLSv1.2', args: '-o smtpd_tls_protocols=>=TLSv1.2', expect: may(P(T12, T13)) },
  { id: 'p04', lab: 'p10004', what: 'trailing # comment inside braces invalidates the list: 454', args: '-o {smtpd_tls_protocols = TLSv1.2 # only modern}', expect: tls454(250) },
  { id: 'p05', lab: 'p10005', what: 'encrypt uses the mandatory list, not smtpd_tls_protocols (§3.3)', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_protocols=>=TLSv1.2', expect: enc(A) },
  { id: 'p06', lab: 'p10006', what: 'may ignores smtpd_tls_mandatory_protocols', args: '-o smtpd_tls_mandatory_protocols=>=TLSv1.2', expect: may(A) },
  { id: 'p07', lab: 'p10007', what: 'wrapper mode uses the mandatory list', args: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_protocols=>=TLSv1.2', implicit: true, expect: wrap(A) },
  { id: 'p08', lab: 'p10008', what: 'protocol names are case-insensitive', args: '-o smtpd_tls_protocols=tlsv1.2', expect: may(P(T12)) },
  { id: 'p09', lab: 'p10009', what: 'a hole (!TLSv1.1) is honoured', args: '-o smtpd_tls_protocols=!TLSv1.1', expect: may(P(T10, T12, T13)) },
  { id: 'p10', lab: 'p10010', what: '>=TLSv1.2 <=TLSv1.2', args: '-o {smtpd_tls_protocols = >=TLSv1.2 <=TLSv1.2}', expect: may(P(T12)) },
  { id: 'p11', lab: 'p10011', what: '">= TLSv1.2" is floor 0 plus include TLSv1.2 (§8.5)', args: '-o {smtpd_tls_protocols = >= TLSv1.2}', expect: may(P(T12)) },
  { id: 'p12', lab: 'p10012', what: 'TLSv1.3 only', args: '-o smtpd_tls_protocols=TLSv1.3', expect: may(P(T13)) },
  { id: 'p13', lab: 'p10013', what: '>=TLSv1.4 is invalid: 454', args: '-o smtpd_tls_protocols=>=TLSv1.4', expect: tls454(250) },
  { id: 'p14', lab: 'p10014', what: 'hex floor >=0x0303', args: '-o smtpd_tls_protocols=>=0x0303', expect: may(P(T12, T13)) },
  { id: 'p15', lab: 'p10015', what: 'grade high with exclusions; TLS 1.3 suites untouched (§6.3)', args: '-o smtpd_tls_ciphers=high -o {smtpd_tls_exclude_ciphers = AES256, CHACHA20}', ciphers: true, tls13: true, expect: may(A, { tls13: TLS13_DEFAULT }) },
  { id: 'p16', lab: 'p10016', what: 'encrypt + mandatory TLSv1.2 refuses TLS 1.3', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_protocols=TLSv1.2', expect: enc(P(T12)) },
  { id: 'p17', lab: 'p10017', what: '-o name=a, b leaves a stray argument: smtpd dies (§8.7)', args: '-o smtpd_tls_protocols=!SSLv2, !SSLv3 -o smtpd_tls_auth_only=yes', expect: dead },
  { id: 'p18', lab: 'p10018', what: 'level "required" is fatal', args: '-o smtpd_tls_security_level=required', expect: dead },
  { id: 'p19', lab: 'p10019', what: 'empty level falls back to the legacy booleans', args: '-o smtpd_tls_security_level= -o smtpd_use_tls=yes -o smtpd_enforce_tls=yes', expect: enc(A) },
  { id: 'p20', lab: 'p10020', what: 'a level wins over smtpd_enforce_tls (§8.9)', args: '-o smtpd_tls_security_level=may -o smtpd_enforce_tls=yes', expect: may(A) },
  { id: 'p21', lab: 'p10021', what: '$name in -o (mua_level = encrypt)', args: '-o smtpd_tls_security_level=$mua_level', expect: enc(A) },
  { id: 'p22', lab: 'p10022', what: 'invalid grade: every handshake aborts', args: '-o smtpd_tls_ciphers=bogus', expect: aborts() },
  { id: 'p23', lab: 'p10023', what: 'TLSv1,TLSv1.2', args: '-o smtpd_tls_protocols=TLSv1,TLSv1.2', expect: may(P(T10, T12)) },
  { id: 'p24', lab: 'p10024', what: '!TLSv1.2 hole', args: '-o smtpd_tls_protocols=!TLSv1.2', expect: may(P(T10, T11, T13)) },
  { id: 'p25', lab: 'p10025', what: 'levels are case-insensitive', args: '-o smtpd_tls_security_level=Encrypt', expect: enc(A) },
  { id: 'p26', lab: 'p10026', what: '<=TLSv1.2', args: '-o smtpd_tls_protocols=<=TLSv1.2', expect: may(P(T10, T11, T12)) },
  { id: 'p27', lab: 'p10027', what: 'dane is not a server level: fatal', args: '-o smtpd_tls_security_level=dane', expect: dead },
  { id: 'p28', lab: 'p10028', what: 'colon separator', args: '-o smtpd_tls_protocols=TLSv1.2:TLSv1.3', expect: may(P(T12, T13)) },
  { id: 'p29', lab: 'p10029', what: '!-prefixed exclusion aborts every handshake (§8.12)', args: '-o smtpd_tls_exclude_ciphers=!RC4', expect: aborts() },
  { id: 'p30', lab: 'p10030', what: 'old default SSLv3, TLSv1 is TLS 1.0 only (§8.18)', args: '-o smtpd_tls_protocols=SSLv3,TLSv1', expect: may(P(T10)) },
  { id: 'p31', lab: 'p10031', what: 'main.cf only: level may, defaults', args: '', ciphers: true, tls13: true, expect: may(A, { tls13: TLS13_DEFAULT }) },
  { id: 'p32', lab: 'p10032', what: 'encrypt + exclusions in the mandatory list', args: '-o smtpd_tls_security_level=encrypt -o {smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1}', expect: enc(P(T12, T13)) },
  { id: 'p33', lab: 'p10033', what: 'level none beats smtpd_use_tls', args: '-o smtpd_tls_security_level=none -o smtpd_use_tls=yes -o smtpd_enforce_tls=yes', expect: noTls() },
  { id: 'p34', lab: 'p10034', what: 'wrapper mode + mandatory >=TLSv1.2', args: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_mandatory_protocols=>=TLSv1.2', implicit: true, expect: wrap(P(T12, T13)) },
  { id: 'p35', lab: 'p10035', what: '>=TLSv1.2, !TLSv1.3', args: '-o {smtpd_tls_protocols = >=TLSv1.2, !TLSv1.3}', expect: may(P(T12)) },
  { id: 'p36', lab: 'p10036', what: 'TLSv1.2, >=TLSv1.3: no protocols available', args: '-o {smtpd_tls_protocols = TLSv1.2, >=TLSv1.3}', expect: aborts() },
  { id: 'p37', lab: 'p10037', what: 'SASL at may without auth_only: cleartext AUTH (§8.19)', args: '-o smtpd_sasl_auth_enable=yes', expect: may(A, { auth: 'before' }) },
  { id: 'p38', lab: 'p10038', what: 'SASL + auth_only: AUTH after STARTTLS', args: '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes', expect: may(A, { auth: 'after' }) },
  { id: 'p39', lab: 'p10039', what: 'SASL + encrypt implies auth_only', args: '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_security_level=encrypt', expect: enc(A, { auth: 'after' }) },
  { id: 'p40', lab: 'p10040', what: 'wrapper mode ignores the level', args: '-o smtpd_tls_security_level=may -o smtpd_tls_wrappermode=yes', implicit: true, expect: wrap(A) },
  { id: 'p41', lab: 'p10041', what: 'no certificate: 454', args: '-o smtpd_tls_cert_file= -o smtpd_tls_key_file=', expect: tls454(250) },
  { id: 'p42', lab: 'p10042', what: 'encrypt without certificate: 454 and 530', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_cert_file= -o smtpd_tls_key_file=', expect: tls454(530) },
  { id: 'p43', lab: 'p10043', what: 'space-separated exclusions', args: '-o {smtpd_tls_protocols = !SSLv2 !SSLv3}', expect: may(A) },
  { id: 'p44', lab: 'p10044', what: 'the later -o wins', args: '-o smtpd_tls_protocols=TLSv1.2 -o smtpd_tls_protocols=TLSv1.3', expect: may(P(T13)) },
  { id: 'p45', lab: 'p10045', what: 'TLSv1.0 is not a name: 454 (§8.3)', args: '-o smtpd_tls_protocols=TLSv1.0', expect: tls454(250) },
  { id: 'p46', lab: 'p10046', what: '>=TLSv1.0 is invalid', args: '-o smtpd_tls_protocols=>=TLSv1.0', expect: tls454(250) },
  { id: 'p47', lab: 'p10047', what: '-TLSv1 is invalid', args: '-o smtpd_tls_protocols=-TLSv1', expect: tls454(250) },
  { id: 'p48', lab: 'p10048', what: '>=tlsv1.2 lower case', args: '-o smtpd_tls_protocols=>=tlsv1.2', expect: may(P(T12, T13)) },
  { id: 'p49', lab: 'p10049', what: 'empty range: no protocols available', args: '-o smtpd_tls_protocols=>=TLSv1.2,<=TLSv1.1', expect: aborts() },
  { id: 'p50', lab: 'p10050', what: '# in a master.cf line is an argument: smtpd dies (§8.6)', args: '-o smtpd_tls_security_level=encrypt # require TLS', expect: dead },
  { id: 'p51', lab: 'p10051', what: 'tls_config_file: MinProtocol overridden, Ciphersuites honoured (§8.15)', args: '-o tls_config_file=${live_dir}/ossl.cnf -o tls_config_name=postfix', tls13: true, expect: may(A, { tls13: ['TLS_AES_128_GCM_SHA256'] }) },
  { id: 'p52', lab: 'p10052', what: 'tls_config_file + empty protocol list', args: '-o tls_config_file=${live_dir}/ossl.cnf -o tls_config_name=postfix -o smtpd_tls_protocols=', expect: may(A) },
  { id: 'p53', lab: 'p10053', what: 'boolean "true" is fatal (§8.21)', args: '-o smtpd_tls_auth_only=true', expect: dead },
  { id: 'p54', lab: 'p10054', what: 'boolean Yes works', args: '-o smtpd_tls_wrappermode=Yes', implicit: true, expect: wrap(A) },
  { id: 'p55', lab: 'p10055', what: 'hex ceiling unknown to OpenSSL is ineffective', args: '-o smtpd_tls_protocols=<=0x0305', expect: may(A) },
  { id: 'p56', lab: 'p10056', what: 'empty -o level turns TLS off (§8.9)', args: '-o smtpd_tls_security_level=', expect: noTls() },

  // --- More server gotchas -------------------------------------------------------------------------------------
  { id: 'x01', what: 'level NONE (case-insensitive)', args: '-o smtpd_tls_security_level=NONE', expect: noTls() },
  { id: 'x02', what: 'level verify: warning, treated as encrypt (§4.4)', args: '-o smtpd_tls_security_level=verify', expect: enc(A) },
  { id: 'x03', what: 'level secure: treated as encrypt', args: '-o smtpd_tls_security_level=secure', expect: enc(A) },
  { id: 'x04', what: 'level fingerprint: treated as encrypt', args: '-o smtpd_tls_security_level=fingerprint', expect: enc(A) },
  { id: 'x05', what: 'encrypt + old mandatory default SSLv3, TLSv1', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_protocols=SSLv3,TLSv1', expect: enc(P(T10)) },
  { id: 'x06', what: 'wrapper mode ignores level none', args: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=none', implicit: true, expect: wrap(A) },
  { id: 'x07', what: 'wrapper mode + invalid mandatory list: request dropped (§3.5)', args: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_mandatory_protocols=TLSv1.0', implicit: true, expect: { protocols: [] } },
  { id: 'x08', what: 'wrappermode=true is fatal', args: '-o smtpd_tls_wrappermode=true', implicit: true, expect: dead },
  { id: 'x09', what: 'empty boolean is fatal', args: '-o smtpd_enforce_tls=', expect: dead },
  { id: 'x10', what: 'smtpd_use_tls=1 is fatal even though the level makes it irrelevant', args: '-o smtpd_use_tls=1', expect: dead },
  { id: 'x11', what: '$name list from main.cf', args: '-o smtpd_tls_protocols=$modern_protocols', expect: may(P(T12, T13)) },
  { id: 'x12', what: '$name level and mandatory list', args: '-o smtpd_tls_security_level=$mua_level -o smtpd_tls_mandatory_protocols=$modern_protocols', expect: enc(P(T12, T13)) },
  { id: 'x13', what: 'undefined $name expands to empty: all protocols', args: '-o smtpd_tls_protocols=$live_undefined_protocols', expect: may(A) },
  { id: 'x14', what: '${name} inside braces plus an exclusion', args: '-o {smtpd_tls_protocols = ${modern_protocols}, !TLSv1.3}', expect: may(P(T12)) },
  { id: 'x15', what: 'empty smtpd_tls_protocols: everything', args: '-o smtpd_tls_protocols=', expect: may(A) },
  { id: 'x16', what: 'include and exclude the same version: nothing left', args: '-o smtpd_tls_protocols=TLSv1.2,!TLSv1.2', expect: aborts() },
  { id: 'x17', what: '>=TLSv1.1 <=TLSv1.2', args: '-o {smtpd_tls_protocols = >=TLSv1.1 <=TLSv1.2}', expect: may(P(T11, T12)) },
  { id: 'x18', what: 'hex floor 0x0304', args: '-o smtpd_tls_protocols=>=0x0304', expect: may(P(T13)) },
  { id: 'x19', what: 'hex floor without 0x (303)', args: '-o smtpd_tls_protocols=>=303', expect: may(P(T12, T13)) },
  { id: 'x20', what: '>=None is no floor', args: '-o smtpd_tls_protocols=>=None', expect: may(A) },
  { id: 'x21', what: 'semicolon is not a separator: invalid list', args: '-o smtpd_tls_protocols=TLSv1.2;TLSv1.3', expect: tls454(250) },
  { id: 'x22', what: '!TLSv1.3 only', args: '-o smtpd_tls_protocols=!TLSv1.3', expect: may(P(T10, T11, T12)) },
  { id: 'x23', what: 'smtp_tls_* on an smtpd service do nothing (§8.10)', args: '-o smtp_tls_security_level=encrypt -o smtp_tls_protocols=TLSv1.3 -o smtp_tls_mandatory_protocols=TLSv1.3', expect: may(A) },
  { id: 'x24', what: 'wrapper mode + mandatory TLSv1.2 include list', args: '-o smtpd_tls_security_level=may -o smtpd_tls_wrappermode=yes -o smtpd_tls_mandatory_protocols=TLSv1.2', implicit: true, expect: wrap(P(T12)) },
  { id: 'x25', what: 'SASL in wrapper mode: AUTH only inside TLS', args: '-o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes', implicit: true, expect: wrap(A, { auth: 'after' }) },
  { id: 'x26', what: 'SASL without TLS at all: cleartext AUTH', args: '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_security_level=none', expect: noTls({ auth: 'before' }) },
  { id: 'x27', what: 'SASL + auth_only without TLS: AUTH never offered', args: '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes -o smtpd_tls_security_level=none', expect: noTls({ auth: 'none' }) },
  { id: 'x28', what: 'invalid list in the unused (opportunistic) parameter is harmless at encrypt', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_protocols=TLSv1.0', expect: enc(A) },
  { id: 'x29', what: 'empty level + smtpd_use_tls=yes', args: '-o smtpd_tls_security_level= -o smtpd_use_tls=yes', expect: may(A) },
  { id: 'x30', what: 'empty level + smtpd_enforce_tls=yes implies use', args: '-o smtpd_tls_security_level= -o smtpd_enforce_tls=yes', expect: enc(A) },
  { id: 'x31', what: 'main.cf value with a trailing # comment, via $name (§8.6)', args: '-o smtpd_tls_protocols=$commented_protocols', expect: tls454(250) },
  { id: 'x32', what: 'attached -oname=value form', args: '-osmtpd_tls_protocols=TLSv1.3', expect: may(P(T13)) },
  { id: 'x33', what: 'braced value with spaces and mixed separators', args: '-o { smtpd_tls_protocols = TLSv1.2 , TLSv1.3 }', expect: may(P(T12, T13)) },
  { id: 'x34', what: 'invalid list in mandatory at may is harmless', args: '-o smtpd_tls_mandatory_protocols=TLSv1.0', expect: may(A) },
  {
    id: 'x35', what: 'commented-out service, indented -o lines still attach to the service above (§8.8)',
    args: '-o smtpd_tls_protocols=>=TLSv1.2',
    after: ['#127.0.0.1:1 inet n - n - - smtpd', '  -o smtpd_tls_security_level=encrypt'],
    expect: enc(A),
  },

  // --- Cipher grades and exclusions (issue 4) ------------------------------------------------------------------
  { id: 'c00', what: 'calibration: grade low with tls_low_cipherlist = ALL:COMPLEMENTOFALL', args: '-o smtpd_tls_ciphers=low -o tls_low_cipherlist=ALL:COMPLEMENTOFALL', ciphers: true, expect: may(A) },
  { id: 'c03', what: 'exclude aNULL', args: '-o smtpd_tls_exclude_ciphers=aNULL', ciphers: true, expect: may(A) },
  // Without SHA-1 suites TLS 1.0 and 1.1 have nothing left to negotiate.
  { id: 'c04', what: 'exclude kRSA, SHA1, CAMELLIA, ARIA: no suite left for TLS 1.0/1.1', args: '-o {smtpd_tls_exclude_ciphers = kRSA, SHA1, CAMELLIA, ARIA}', ciphers: true, expect: may(P(T12, T13)) },
  { id: 'c05', what: 'grade high with an edited tls_high_cipherlist (AEAD only: no TLS 1.0/1.1)', args: '-o smtpd_tls_ciphers=high -o tls_high_cipherlist=ECDHE+AESGCM', ciphers: true, tls13: true, expect: may(P(T12, T13), { tls13: TLS13_DEFAULT }) },
  { id: 'c06', what: 'tls_high_cipherlist edit does not apply at grade medium (§8.13)', args: '-o tls_high_cipherlist=ECDHE+AESGCM', ciphers: true, expect: may(A) },
  { id: 'c07', what: 'encrypt with mandatory grade high and an edited list', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_ciphers=high -o tls_high_cipherlist=kECDHE+CHACHA20:kDHE+AESGCM', ciphers: true, expect: enc(P(T12, T13)) },
  { id: 'c08', what: 'mandatory exclusions apply at encrypt', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_exclude_ciphers=AESGCM', ciphers: true, expect: enc(A) },
  { id: 'c09', what: 'mandatory exclusions are ignored at may', args: '-o smtpd_tls_mandatory_exclude_ciphers=AESGCM', ciphers: true, expect: may(A) },
  { id: 'c10', what: 'asking for client certificates removes aNULL (§5.2)', args: '-o smtpd_tls_ask_ccert=yes', ciphers: true, expect: may(A) },
  { id: 'c11', what: 'an OpenSSL string as a grade aborts every handshake (§8.12)', args: '-o {smtpd_tls_ciphers = HIGH:!aNULL}', expect: aborts() },
  { id: 'c12', what: 'grade export (<= 3.7: tls_export_cipherlist)', args: '-o smtpd_tls_ciphers=export', ciphers: true, expect: may(A) },
  { id: 'c13', what: 'grade name is case-insensitive', args: '-o smtpd_tls_ciphers=HIGH', ciphers: true, expect: may(A) },
  { id: 'c14', what: 'exclusion with + (kEDH+aRSA) and a plain alias', args: '-o {smtpd_tls_exclude_ciphers = kEDH+aRSA, AES128}', ciphers: true, expect: may(A) },
  { id: 'c15', what: 'wrapper mode uses the mandatory grade and exclusions', args: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_mandatory_exclude_ciphers=kRSA -o smtpd_tls_exclude_ciphers=CHACHA20', implicit: true, ciphers: true, expect: wrap(A) },

  // --- postscreen (§5.3, §8.20) ---------------------------------------------------------------------------------
  {
    id: 'ps1', lab: 'p10060', kind: 'postscreen',
    what: 'postscreen deep tests: STARTTLS by tlsproxy with main.cf settings, not the pass or postscreen -o',
    args: '-o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map= -o smtpd_tls_protocols=TLSv1.3',
    expect: may(A),
  },
  {
    id: 'ps2', kind: 'postscreen', passService: 'smtpd',
    what: 'postscreen allowlists 127.0.0.1 (permit_mynetworks): the smtpd pass service answers',
    args: '-o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map=',
    expect: may(P(T13)),
  },
  {
    id: 'ps3', kind: 'postscreen',
    what: 'postscreen deep tests with -o smtpd_tls_security_level=encrypt on the postscreen line',
    args: '-o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map= -o smtpd_tls_security_level=encrypt',
    expect: enc(A),
  },
  {
    id: 'ps4', kind: 'postscreen',
    what: 'postscreen deep tests with -o smtpd_tls_security_level=none: no STARTTLS',
    args: '-o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map= -o smtpd_tls_security_level=none',
    expect: noTls(),
  },
  {
    id: 'ps5', kind: 'postscreen',
    what: 'postscreen deep tests through its own tlsproxy service (tlsproxy_service_name) with -o tlsproxy_tls_protocols',
    args: '-o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map= -o tlsproxy_service_name=tlsproxy-ps5',
    after: ['tlsproxy-ps5 unix - - n - 0 tlsproxy -o syslog_name=live-ps5-proxy -o tlsproxy_tls_protocols=!TLSv1.1'],
    expect: may(P(T10, T12, T13)),
  },
  {
    id: 'ps6', kind: 'postscreen',
    what: 'an -o smtpd_tls_protocols on the tlsproxy line reaches tlsproxy_tls_protocols ($smtpd_tls_protocols)',
    args: '-o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map= -o tlsproxy_service_name=tlsproxy-ps6',
    after: ['tlsproxy-ps6 unix - - n - 0 tlsproxy -o syslog_name=live-ps6-proxy -o smtpd_tls_protocols=TLSv1.3'],
    expect: may(P(T13)),
  },
  {
    id: 'ps7', kind: 'postscreen', passService: 'smtpd-ps7',
    what: 'allowlisted client handed to a custom pass service (smtpd_service_name)',
    args: '-o postscreen_cache_map= -o smtpd_service_name=smtpd-ps7',
    after: ['smtpd-ps7 pass - - n - - smtpd -o syslog_name=live-ps7-pass -o smtpd_tls_protocols=TLSv1.2'],
    expect: may(P(T12)),
  },
];

/** The services behind the postscreen cases (Appendix A, p10060). */
export const POSTSCREEN_SUPPORT = [
  'smtpd     pass  -       -       n       -       -       smtpd -o syslog_name=live-pass -o smtpd_tls_protocols=TLSv1.3',
  'tlsproxy  unix  -       -       n       -       0       tlsproxy',
  'dnsblog   unix  -       -       n       -       0       dnsblog',
];

/** OpenSSL config of p10051/p10052 (Appendix A.3). */
export const OSSL_CNF = ['postfix = postfix_settings', '[postfix_settings]', 'ssl_conf = postfix_ssl', '[postfix_ssl]', 'system_default = baseline', '[baseline]', 'MinProtocol = TLSv1.2', 'Ciphersuites = TLS_AES_128_GCM_SHA256', ''].join('\n');

/** The case's listener line (plus its `after` lines); `${live_dir}` in the arguments stands for the instance directory (written literally). */
export function masterCfLine(c: LiveCase, port: number, dir: string): string {
  const args = c.args.replaceAll('${live_dir}', dir);
  const command = c.kind === 'postscreen' ? 'n - n - 1 postscreen' : 'n - n - - smtpd';
  return [`127.0.0.1:${port} inet ${command} -o syslog_name=live-${c.id} ${args}`.trimEnd(), ...(c.after ?? [])].join('\n');
}
