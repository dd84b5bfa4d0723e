import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_POSTFIX_VERSION,
  HOST_DERIVED_PARAMETERS,
  SUPPORTED_POSTFIX_VERSIONS,
  builtinDefaults,
  compareVersions,
  computeHostDerivedDefaults,
  isSupportedPostfixVersion,
  parameterExistsIn,
  parseVersion,
  serviceParameterDefaults,
  subnetStyleNetworks,
} from '../../src/postfix/defaults/index.js';
import { POSTFIX_3_7_TABLE } from '../../src/postfix/defaults/table-3.7.generated.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `postconf -d` lines "name = value" / "name =", whitespace normalized as pcf_print_line output is compared. */
function parsePostconfD(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const m = /^(\S+) =(?: (.*))?$/.exec(line);
    if (!m) throw new Error(`unexpected line ${JSON.stringify(line)}`);
    out.set(m[1]!, normalize(m[2] ?? ''));
  }
  return out;
}
const normalize = (s: string): string => s.trim().replace(/[ \t\r\n]+/g, ' ');

/** Run the real postconf -d on a scratch config directory. */
function realDefaults(mainCf: string, masterCf: string): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pf-defaults-test-'));
  try {
    writeFileSync(join(dir, 'main.cf'), mainCf);
    writeFileSync(join(dir, 'master.cf'), masterCf);
    const r = runRealPostconf(['-c', dir, '-d']);
    expect(r.status).toBe(0);
    return parsePostconfD(r.stdout.toString('latin1'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// process_id is the pid of the postconf process itself: no other process can reproduce it.
const EXCLUDED: Record<string, string> = { process_id: 'pid of the postconf process that printed it' };

const unavailable = postconfUnavailable();

describe.skipIf(unavailable !== undefined)('builtinDefaults("3.7") against the real postconf -d', () => {
  let real: Map<string, string>;
  beforeAll(() => {
    real = realDefaults('', '');
  });

  it('knows exactly the parameters postconf -d prints (empty main.cf and master.cf)', () => {
    const ours = builtinDefaults('3.7');
    expect([...ours.keys()].sort()).toEqual([...real.keys()].sort());
    expect(ours.size).toBe(831);
  });

  it('has the same raw value for every parameter (host-derived ones computed at run time)', () => {
    const ours = builtinDefaults('3.7');
    const mismatches: string[] = [];
    let equal = 0;
    for (const [name, value] of real) {
      if (name in EXCLUDED) {
        console.info(`[defaults] not compared: ${name} (${EXCLUDED[name]})`);
        continue;
      }
      if (normalize(ours.get(name) ?? '<missing>') === value) equal++;
      else mismatches.push(`${name}: ours=${JSON.stringify(ours.get(name))} real=${JSON.stringify(value)}`);
    }
    console.info(`[defaults] 3.7: ${equal} of ${real.size} parameters equal to the real postconf -d`);
    expect(mismatches).toEqual([]);
    expect(equal).toBe(real.size - Object.keys(EXCLUDED).length);
  });

  it('computes the host-derived values the way postconf does on this machine', () => {
    const host = computeHostDerivedDefaults();
    for (const name of HOST_DERIVED_PARAMETERS) {
      if (name in EXCLUDED) continue;
      expect(host.get(name), name).toBe(real.get(name));
    }
  });

  it('adds the service parameters of master.cf delivery agents like postconf_service.c', () => {
    // A master.cf in the style of Debian's, plus a spawn service and a full-path command.
    const masterCf = [
      'smtp      inet  n       -       y       -       -       smtpd',
      'pickup    unix  n       -       y       60      1       pickup',
      'smtp      unix  -       -       y       -       -       smtp',
      'relay     unix  -       -       y       -       -       smtp',
      '  -o syslog_name=postfix/$service_name',
      'error     unix  -       -       y       -       -       error',
      'retry     unix  -       -       y       -       -       error',
      'discard   unix  -       -       y       -       -       discard',
      'local     unix  -       n       n       -       -       local',
      'virtual   unix  -       n       n       -       -       virtual',
      'lmtp      unix  -       -       y       -       -       lmtp',
      'maildrop  unix  -       n       n       -       -       pipe',
      '  flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ${recipient}',
      'policy    unix  -       n       n       -       0       spawn',
      '  user=nobody argv=/bin/true',
      'fullpath  unix  -       -       n       -       -       /usr/lib/postfix/sbin/smtp',
      '',
    ].join('\n');
    const withServices = realDefaults('', masterCf);
    const builtin = builtinDefaults('3.7');
    const expected = new Map(builtin);
    for (const line of masterCf.split('\n')) {
      if (line === '' || /^\s/.test(line)) continue;
      const f = line.split(/\s+/);
      for (const [n, v] of serviceParameterDefaults(f[0]!, f[7]!, builtin)) expected.set(n, v);
    }
    expect([...expected.keys()].sort()).toEqual([...withServices.keys()].sort());
    for (const [name, value] of withServices) {
      if (name in EXCLUDED) continue;
      expect(normalize(expected.get(name)!), name).toBe(value);
    }
  });
});

describe('versions', () => {
  it('lists 3.4 to 3.11 and defaults to 3.7', () => {
    expect(SUPPORTED_POSTFIX_VERSIONS).toEqual(['3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11']);
    expect(DEFAULT_POSTFIX_VERSION).toBe('3.7');
  });

  it('parses minor, patch and snapshot versions', () => {
    expect(parseVersion('3.7')).toEqual({ major: 3, minor: 7 });
    expect(parseVersion('3.7.11')).toEqual({ major: 3, minor: 7, patch: 11 });
    expect(parseVersion(' 3.10 ')).toEqual({ major: 3, minor: 10 });
    expect(parseVersion('3.12-20260821')).toEqual({ major: 3, minor: 12, snapshot: '20260821' });
    expect(parseVersion('3.8-20220501-nonprod')).toEqual({ major: 3, minor: 8, snapshot: '20220501' });
    for (const bad of ['', '3', 'v3.7', '3.7.', '3.7.x', '3.7.1.2', 'latest']) expect(parseVersion(bad), bad).toBeUndefined();
  });

  it('compares numerically, so 3.10 sorts after 3.9', () => {
    expect(compareVersions('3.10', '3.9')).toBeGreaterThan(0);
    expect(compareVersions('3.7.11', '3.7.6')).toBeGreaterThan(0);
    expect(compareVersions('3.7', '3.7.0')).toBe(0);
    expect(compareVersions('3.7', '3.7.11')).toBeLessThan(0);
    expect(compareVersions('2.11', '3.0')).toBeLessThan(0);
    expect(['3.11', '3.4', '3.10', '3.9'].sort(compareVersions)).toEqual(['3.4', '3.9', '3.10', '3.11']);
    expect(() => compareVersions('x', '3.7')).toThrow(RangeError);
  });

  it('accepts patch levels of supported series only', () => {
    expect(isSupportedPostfixVersion('3.7.11')).toBe(true);
    expect(isSupportedPostfixVersion('3.3')).toBe(false);
    expect(isSupportedPostfixVersion('3.12')).toBe(false);
    expect(isSupportedPostfixVersion('3.12-20260821')).toBe(false);
    expect(() => builtinDefaults('3.3')).toThrow(RangeError);
    expect(() => builtinDefaults('nonsense')).toThrow(RangeError);
  });
});

describe('host-derived defaults', () => {
  it('appends .localdomain (or main.cf mydomain) to a dotless hostname (postconf_builtin.c)', () => {
    const h = computeHostDerivedDefaults({ hostname: 'vm', interfaces: {} });
    expect(h.get('myhostname')).toBe('vm.localdomain');
    expect(h.get('mydomain')).toBe('localdomain');
    const d = computeHostDerivedDefaults({ hostname: 'vm', interfaces: {}, mydomainSetting: 'example.org' });
    expect(d.get('myhostname')).toBe('vm.example.org');
    expect(d.get('mydomain')).toBe('example.org');
    const f = computeHostDerivedDefaults({ hostname: 'mx1.mail.example.com', interfaces: {}, pid: 42 });
    expect(f.get('mydomain')).toBe('mail.example.com');
    expect(f.get('process_id')).toBe('42');
    expect(f.get('process_name')).toBe('postconf');
  });

  it('prints subnet-style networks, IPv4 before IPv6, IPv6 compressed like inet_ntop', () => {
    const nets = subnetStyleNetworks({
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '', internal: true, cidr: null },
        { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '', internal: true, cidr: null, scopeid: 0 },
      ],
      eth0: [
        { address: '10.1.2.3', netmask: '255.255.254.0', family: 'IPv4', mac: '', internal: false, cidr: null },
        { address: '2001:db8:0:0:1::5', netmask: 'ffff:ffff:ffff:ff00::', family: 'IPv6', mac: '', internal: false, cidr: null, scopeid: 0 },
        { address: 'fe80::1%eth0', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '', internal: false, cidr: null, scopeid: 2 },
      ],
    });
    expect(nets).toBe('127.0.0.0/8 10.1.2.0/23 [::1]/128 [2001:db8::]/56 [fe80::]/64');
  });
});

/** Parameters in the TLS scope of deltas.ts. */
const isTlsParam = (n: string): boolean =>
  /^(smtpd|smtp|lmtp)_tls_|^tls_|^tlsproxy_|^postscreen_(tls_security_level|use_tls|enforce_tls)$|_use_tls$|_enforce_tls$|^smtpd_sasl_|^compatibility_level$/.test(
    n,
  );

/** $name, ${name}, $(name) references that must resolve (not the ${name?..} / ${name:..} tests). */
function requiredReferences(value: string): string[] {
  const names: string[] = [];
  for (const m of value.matchAll(/\$(?:\{|\()?([A-Za-z0-9_]+)([?:])?/g)) {
    const braced = m[0][1] === '{' || m[0][1] === '(';
    if (braced && m[2] !== undefined) continue;
    names.push(m[1]!);
  }
  return names;
}

describe('per-version deltas (each fact cites its source)', () => {
  const d = (v: string, n: string): string | undefined => builtinDefaults(v).get(n);

  it.each(SUPPORTED_POSTFIX_VERSIONS)('%s: every $name that a TLS default references exists', (v) => {
    const map = builtinDefaults(v);
    const missing: string[] = [];
    for (const [name, value] of map) {
      if (!isTlsParam(name)) continue;
      for (const ref of requiredReferences(value)) if (!map.has(ref)) missing.push(`${name} -> ${ref}`);
    }
    expect(missing).toEqual([]);
  });

  it('3.7 default is the 3.7.11 table: mail_version 3.7.11, compatibility_level 0 (REF §4.1)', () => {
    expect(d('3.7', 'mail_version')).toBe('3.7.11');
    expect(d('3.7', 'compatibility_level')).toBe('0');
    expect(builtinDefaults('3.7.11')).toEqual(builtinDefaults('3.7'));
  });

  it('>=TLSv1 protocol defaults only from 3.6; "!SSLv2, !SSLv3" in 3.4-3.5 (REF §4.2 table)', () => {
    for (const p of ['smtpd_tls_protocols', 'smtpd_tls_mandatory_protocols', 'smtp_tls_protocols', 'smtp_tls_mandatory_protocols', 'lmtp_tls_protocols', 'lmtp_tls_mandatory_protocols']) {
      for (const v of ['3.4', '3.5']) expect(d(v, p), `${v} ${p}`).toBe('!SSLv2, !SSLv3');
      for (const v of ['3.6', '3.7', '3.8', '3.9', '3.10', '3.11']) expect(d(v, p), `${v} ${p}`).toBe('>=TLSv1');
    }
    expect(d('3.5', 'tlsproxy_tls_protocols')).toBe('$smtpd_tls_protocols');
  });

  it('fingerprint digest is md5 before 3.6, compat-level dependent from 3.6 (MAN37 smtpd_tls_fingerprint_digest; REF §4.3)', () => {
    expect(d('3.5', 'smtpd_tls_fingerprint_digest')).toBe('md5');
    expect(d('3.4', 'smtp_tls_fingerprint_digest')).toBe('md5');
    expect(d('3.6', 'lmtp_tls_fingerprint_digest')).toBe('${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}');
    expect(d('3.11', 'smtpd_tls_fingerprint_digest')).toBe('${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}');
  });

  it('tlsproxy_client_security_level/_policy_maps replace tlsproxy_client_level/_policy in 3.7 (REF §4.2 3.7; MAN37)', () => {
    for (const v of ['3.4', '3.5', '3.6']) {
      expect(d(v, 'tlsproxy_client_level')).toBe('$smtp_tls_security_level');
      expect(d(v, 'tlsproxy_client_policy')).toBe('$smtp_tls_policy_maps');
      expect(parameterExistsIn('tlsproxy_client_security_level', v)).toBe(false);
      expect(parameterExistsIn('tlsproxy_client_policy_maps', v)).toBe(false);
    }
    for (const v of ['3.7', '3.8', '3.11']) {
      expect(parameterExistsIn('tlsproxy_client_level', v)).toBe(false);
      expect(d(v, 'tlsproxy_client_security_level')).toBe('${tlsproxy_client_level:$smtp_tls_security_level}');
    }
  });

  it('tls_config_file/tls_config_name exist in >= 3.9, 3.8.1, 3.7.6, 3.6.10, 3.5.20 only (REF §4.2 patch-level note; MAN37)', () => {
    const has = (v: string): boolean => parameterExistsIn('tls_config_file', v) && parameterExistsIn('tls_config_name', v);
    expect(has('3.4')).toBe(false);
    expect(has('3.5.19')).toBe(false);
    expect(has('3.5.20')).toBe(true);
    expect(has('3.6.9')).toBe(false);
    expect(has('3.6.10')).toBe(true);
    expect(has('3.7.5')).toBe(false);
    expect(has('3.7.6')).toBe(true);
    expect(has('3.8.0')).toBe(false);
    expect(has('3.8.1')).toBe(true);
    expect(has('3.9.0')).toBe(true);
    expect(d('3.6', 'tls_config_file')).toBe('default');
  });

  it('tls_ffdhe_auto_groups exists only from 3.8, default "ffdhe2048 ffdhe3072" (REF §4.1, §4.2 3.8)', () => {
    for (const v of ['3.4', '3.5', '3.6', '3.7']) expect(parameterExistsIn('tls_ffdhe_auto_groups', v), v).toBe(false);
    for (const v of ['3.8', '3.9', '3.10', '3.11']) expect(d(v, 'tls_ffdhe_auto_groups'), v).toBe('ffdhe2048 ffdhe3072');
  });

  it('3.8+ cipherlists carry the TLS_EXCL exclusions; low/export are empty (REF §4.2 "Cipherlist defaults")', () => {
    for (const v of ['3.4', '3.5', '3.6', '3.7']) {
      expect(d(v, 'tls_high_cipherlist')).toBe('aNULL:-aNULL:HIGH:@STRENGTH');
      expect(d(v, 'tls_medium_cipherlist')).toBe('aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH');
      expect(d(v, 'tls_low_cipherlist')).toBe('aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH');
      expect(d(v, 'tls_export_cipherlist')).toBe('aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH');
    }
    for (const v of ['3.8', '3.9', '3.10', '3.11']) {
      expect(d(v, 'tls_high_cipherlist')).toBe('aNULL:-aNULL:HIGH:!SEED:!IDEA:!3DES:!RC2:!RC4:!RC5:!kDH:!kECDH:!aDSS:!MD5:@STRENGTH');
      expect(d(v, 'tls_medium_cipherlist')).toBe('aNULL:-aNULL:HIGH:MEDIUM:!SEED:!IDEA:!3DES:!RC2:!RC4:!RC5:!kDH:!kECDH:!aDSS:!MD5:+RC4:@STRENGTH');
      expect(d(v, 'tls_low_cipherlist')).toBe('');
      expect(d(v, 'tls_export_cipherlist')).toBe('');
    }
  });

  it('raw public key parameters exist from 3.9 (REF §4.2 3.9)', () => {
    for (const n of ['smtpd_tls_enable_rpk', 'smtp_tls_enable_rpk']) {
      expect(parameterExistsIn(n, '3.8')).toBe(false);
      expect(d('3.9', n)).toBe('no');
      expect(d('3.11', n)).toBe('no');
    }
    expect(d('3.9', 'tlsproxy_tls_enable_rpk')).toBe('$smtpd_tls_enable_rpk');
  });

  it('smtp_tls_security_level becomes "may" at compat >= 3.11 only in 3.11; lmtp unchanged (REF §4.2 table; RELEASE_NOTES-3.11 [Feature 20250623])', () => {
    for (const v of ['3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10']) expect(d(v, 'smtp_tls_security_level'), v).toBe('');
    expect(d('3.11', 'smtp_tls_security_level')).toBe('${{$compatibility_level} <level {3.11} ? {} : {may}}');
    for (const v of SUPPORTED_POSTFIX_VERSIONS) {
      expect(d(v, 'lmtp_tls_security_level'), v).toBe('');
      expect(d(v, 'smtpd_tls_security_level'), v).toBe('');
    }
  });

  it('tls_eecdh_auto_curves: 3.7 prints what this OpenSSL 3.0 supports; 3.11 with OpenSSL >= 3.5 is ?X25519MLKEM768:DEFAULT (REF §4.1, §4.2 3.11)', () => {
    expect(d('3.7', 'tls_eecdh_auto_curves')).toBe('X25519 X448 prime256v1 secp521r1 secp384r1');
    expect(builtinDefaults('3.11', { openssl: '3.5' }).get('tls_eecdh_auto_curves')).toBe('?X25519MLKEM768:DEFAULT');
    expect(builtinDefaults('3.11', { openssl: '3.5.1' }).get('tls_ffdhe_auto_groups')).toBe('');
    expect(builtinDefaults('3.10', { openssl: '3.5' }).get('tls_eecdh_auto_curves')).toBe('X25519 X448 prime256v1 secp521r1 secp384r1');
    expect(d('3.11', 'tls_eecdh_auto_curves')).not.toContain('MLKEM');
  });

  it('unchanged TLS server defaults in every version (REF §4.1, §4.2 table)', () => {
    for (const v of SUPPORTED_POSTFIX_VERSIONS) {
      expect(d(v, 'smtpd_tls_ciphers'), v).toBe('medium');
      expect(d(v, 'smtpd_tls_mandatory_ciphers'), v).toBe('medium');
      expect(d(v, 'smtpd_use_tls'), v).toBe('no');
      expect(d(v, 'smtpd_enforce_tls'), v).toBe('no');
      expect(d(v, 'smtpd_tls_key_file'), v).toBe('$smtpd_tls_cert_file');
      expect(d(v, 'smtpd_tls_eecdh_grade'), v).toBe('auto');
      expect(d(v, 'postscreen_tls_security_level'), v).toBe('$smtpd_tls_security_level');
      expect(d(v, 'smtpd_sasl_tls_security_options'), v).toBe('$smtpd_sasl_security_options');
      expect(d(v, 'compatibility_level'), v).toBe('0');
    }
  });

  it('smtp_tls_dane_insecure_mx_policy was always "dane" before 3.6 / 3.5.9 / 3.4.19 (MAN37)', () => {
    const cond = '${{$smtp_tls_security_level} == {dane} ? {dane} : {may}}';
    expect(d('3.4.18', 'smtp_tls_dane_insecure_mx_policy')).toBe('dane');
    expect(d('3.4.19', 'smtp_tls_dane_insecure_mx_policy')).toBe(cond);
    expect(d('3.5.8', 'smtp_tls_dane_insecure_mx_policy')).toBe('dane');
    expect(d('3.5', 'smtp_tls_dane_insecure_mx_policy')).toBe(cond);
    expect(d('3.6.0', 'smtp_tls_dane_insecure_mx_policy')).toBe(cond);
  });

  it('TLSRPT and TLS-Required parameters from 3.10; skip_reused_handshakes default flips at compat 3.11 in 3.11 (REF §4.2 3.10; RELEASE_NOTES-3.11 [Incompat 20250601])', () => {
    expect(parameterExistsIn('smtp_tlsrpt_enable', '3.9')).toBe(false);
    expect(parameterExistsIn('tls_required_enable', '3.9')).toBe(false);
    expect(d('3.10', 'smtp_tlsrpt_enable')).toBe('no');
    expect(d('3.10', 'tls_required_enable')).toBe('yes');
    expect(d('3.10', 'smtp_tlsrpt_skip_reused_handshakes')).toBe('yes');
    expect(d('3.11', 'smtp_tlsrpt_skip_reused_handshakes')).toBe('${{$compatibility_level} <level {3.11} ? {yes} : {no}}');
  });

  it('smtp_tls_enforce_sts_mx_patterns exists in 3.11 and 3.10.5+ (RELEASE_NOTES-3.11 [Feature 20250906])', () => {
    expect(parameterExistsIn('smtp_tls_enforce_sts_mx_patterns', '3.10.4')).toBe(false);
    expect(d('3.10.5', 'smtp_tls_enforce_sts_mx_patterns')).toBe('yes');
    expect(d('3.11', 'smtp_tls_enforce_sts_mx_patterns')).toBe('yes');
    expect(parameterExistsIn('smtp_tls_enforce_sts_mx_patterns', '3.9')).toBe(false);
  });

  it('postscreen parameters renamed in 3.6 exist under their old names before (MAN37 postscreen_denylist_action)', () => {
    expect(d('3.5', 'postscreen_blacklist_action')).toBe('ignore');
    expect(parameterExistsIn('postscreen_denylist_action', '3.5')).toBe(false);
    expect(parameterExistsIn('postscreen_blacklist_action', '3.6')).toBe(false);
  });

  it('reports the size of each version table', () => {
    const sizes = SUPPORTED_POSTFIX_VERSIONS.map((v) => `${v}=${builtinDefaults(v).size}`);
    console.info(`[defaults] parameters per version: ${sizes.join(' ')}`);
    expect(builtinDefaults('3.7').size).toBe(831);
  });

  it('lists every table in name order (postconf -d order), with or without patch levels and OpenSSL 3.5', () => {
    // The 3.7 table is generated sorted; builtinDefaults merges the names a version adds into that order.
    const names = POSTFIX_3_7_TABLE.map(([name]) => name);
    expect(names).toEqual([...names].sort(byCodeUnits));
    expect(POSTFIX_3_7_TABLE.filter(([, value]) => value === null).map(([name]) => name).sort()).toEqual([...HOST_DERIVED_PARAMETERS].sort());
    for (const v of [...SUPPORTED_POSTFIX_VERSIONS, '3.4.19', '3.5.9', '3.7.6', '3.8.1', '3.10.5', '3.11.0']) {
      for (const openssl of ['3.0', '3.5']) {
        const keys = [...builtinDefaults(v, { openssl }).keys()];
        expect(keys, `${v} with OpenSSL ${openssl}`).toEqual([...keys].sort(byCodeUnits));
        expect([...builtinDefaults(v, { openssl }).values()].every((value) => typeof value === 'string')).toBe(true);
      }
    }
  });

  it('returns read-only maps', () => {
    const map = builtinDefaults('3.8') as Map<string, string>;
    expect(() => map.set('x', 'y')).toThrow(TypeError);
    expect(map.has('x')).toBe(false);
  });
});

afterAll(() => undefined);
