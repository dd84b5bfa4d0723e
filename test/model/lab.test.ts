/**
 * The lab of reference Appendix A (Postfix 3.7.11 on 127.0.0.1:100NN, one smtpd per case): the model
 * must predict what the lab observed (reference §3.2, §3.3, §4.4, §5.2, §5.3, §7, §8).
 */
import { describe, expect, it } from 'vitest';
import { codes, endpoint, lineOf, modelOf } from './support.js';

const MAIN = `compatibility_level = 3.6
queue_directory = /lab/spool
inet_interfaces = 127.0.0.1, ::1
mynetworks = 127.0.0.0/8
smtpd_tls_cert_file = /lab/cert.pem
smtpd_tls_key_file = /lab/key.pem
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
mua_level = encrypt
notify_classes =
`;

const CASES: Record<string, string> = {
  p10001: '-o smtpd_tls_protocols=TLSv1.2',
  p10002: '-o {smtpd_tls_protocols = !TLSv1, !TLSv1.1, TLSv1.2}',
  p10003: '-o smtpd_tls_protocols=>=TLSv1.2',
  p10004: '-o {smtpd_tls_protocols = TLSv1.2 # only modern}',
  p10005: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_protocols=>=TLSv1.2',
  p10006: '-o smtpd_tls_mandatory_protocols=>=TLSv1.2',
  p10007: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_protocols=>=TLSv1.2',
  p10008: '-o smtpd_tls_protocols=tlsv1.2',
  p10011: '-o {smtpd_tls_protocols = >= TLSv1.2}',
  p10013: '-o smtpd_tls_protocols=>=TLSv1.4',
  p10015: '-o smtpd_tls_ciphers=high -o {smtpd_tls_exclude_ciphers = AES256, CHACHA20}',
  p10016: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_protocols=TLSv1.2',
  p10017: '-o smtpd_tls_protocols=!SSLv2, !SSLv3 -o smtpd_tls_auth_only=yes',
  p10018: '-o smtpd_tls_security_level=required',
  p10019: '-o smtpd_tls_security_level= -o smtpd_use_tls=yes -o smtpd_enforce_tls=yes',
  p10020: '-o smtpd_tls_security_level=may -o smtpd_enforce_tls=yes',
  p10021: '-o smtpd_tls_security_level=$mua_level',
  p10022: '-o smtpd_tls_ciphers=bogus',
  p10025: '-o smtpd_tls_security_level=Encrypt',
  p10027: '-o smtpd_tls_security_level=dane',
  p10029: '-o smtpd_tls_exclude_ciphers=!RC4',
  p10030: '-o smtpd_tls_protocols=SSLv3,TLSv1',
  p10031: '',
  p10032: '-o smtpd_tls_security_level=encrypt -o {smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1}',
  p10033: '-o smtpd_tls_security_level=none -o smtpd_use_tls=yes -o smtpd_enforce_tls=yes',
  p10034: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_mandatory_protocols=>=TLSv1.2',
  p10036: '-o {smtpd_tls_protocols = TLSv1.2, >=TLSv1.3}',
  p10037: '-o smtpd_sasl_auth_enable=yes',
  p10038: '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes',
  p10039: '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_security_level=encrypt',
  p10040: '-o smtpd_tls_security_level=may -o smtpd_tls_wrappermode=yes',
  p10041: '-o smtpd_tls_cert_file= -o smtpd_tls_key_file=',
  p10042: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_cert_file= -o smtpd_tls_key_file=',
  p10044: '-o smtpd_tls_protocols=TLSv1.2 -o smtpd_tls_protocols=TLSv1.3',
  p10049: '-o smtpd_tls_protocols=>=TLSv1.2,<=TLSv1.1',
  p10050: '-o smtpd_tls_security_level=encrypt # require TLS',
  p10053: '-o smtpd_tls_auth_only=true',
  p10054: '-o smtpd_tls_wrappermode=Yes',
  p10056: '-o smtpd_tls_security_level=',
};

const MASTER = [
  'pickup    unix  n       -       n       60      1       pickup',
  'tlsmgr    unix  -       -       n       1000?   1       tlsmgr',
  ...Object.entries(CASES).map(([p, o]) => `127.0.0.1:${p.slice(1)} inet n - n - - smtpd -o syslog_name=t${p.slice(1)} ${o}`.trimEnd()),
  '127.0.0.1:10060 inet n - n - 1 postscreen -o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o smtpd_tls_protocols=TLSv1.3',
  'smtpd     pass  -       -       n       -       -       smtpd -o syslog_name=pass -o smtpd_tls_protocols=TLSv1.3',
  'tlsproxy  unix  -       -       n       -       0       tlsproxy',
  'dnsblog   unix  -       -       n       -       0       dnsblog',
].join('\n') + '\n';

const model = modelOf({ main: MAIN, master: MASTER });
const lab = (port: string) => endpoint(model, `127.0.0.1:${port.slice(1)}`);
const ALL_TLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

describe('LAB (reference Appendix A) predictions', () => {
  it('every test port is a local-only smtpd endpoint on 127.0.0.1', () => {
    const e = lab('p10031');
    expect(e).toMatchObject({ kind: 'server', command: 'smtpd', role: 'local-only', listen: { host: '127.0.0.1', port: 10031 } });
    expect(e.line).toBe(lineOf(MASTER, '127.0.0.1:10031'));
    expect(model.postfixVersion).toMatchObject({ version: '3.7', source: 'default' });
  });

  const protocolRows: [string, string[], boolean][] = [
    ['p10001', ['TLSv1.2'], false],
    ['p10002', ['TLSv1.2'], false],
    ['p10003', ['TLSv1.2', 'TLSv1.3'], false],
    ['p10005', ALL_TLS, true], // encrypt uses the mandatory list (default >=TLSv1), §3.3
    ['p10006', ALL_TLS, false], // may ignores the mandatory list
    ['p10008', ['TLSv1.2'], false],
    ['p10011', ['TLSv1.2'], false], // gotcha 5
    ['p10016', ['TLSv1.2'], true], // gotcha 1: TLS 1.3 refused
    ['p10030', ['SSLv3', 'TLSv1'], false], // gotcha 18 (SSLv3 as if the library allowed it)
    ['p10031', ALL_TLS, false],
    ['p10032', ['TLSv1.2', 'TLSv1.3'], true],
    ['p10044', ['TLSv1.3'], false], // the later -o wins (§2.3)
  ];
  for (const [port, protocols, required] of protocolRows) {
    it(`${port}: ${CASES[port]} → ${protocols.join(' ')}${required ? ', required' : ''}`, () => {
      const t = lab(port).tls;
      expect(t).toMatchObject({ offered: true, advertised: true, required, implicit: false, dead: null });
      expect(t.protocols).toEqual(protocols);
    });
  }

  it('p10007: wrapper mode uses the mandatory list whatever smtpd_tls_protocols says (gotcha 2)', () => {
    const t = lab('p10007').tls;
    expect(t).toMatchObject({ offered: true, advertised: false, required: true, implicit: true, protocols: ALL_TLS });
    expect(t.protocolList).toEqual({ parameter: 'smtpd_tls_mandatory_protocols', value: '>=TLSv1', valid: true });
  });

  it('p10034: wrapper mode + smtpd_tls_mandatory_protocols=>=TLSv1.2 → 1.2 and 1.3 only', () => {
    expect(lab('p10034').tls).toMatchObject({ implicit: true, advertised: false, required: true, offered: true, protocols: ['TLSv1.2', 'TLSv1.3'] });
  });

  it('p10040/p10054: wrapper mode ignores the level; "Yes" is a valid boolean', () => {
    for (const p of ['p10040', 'p10054']) expect(lab(p).tls).toMatchObject({ implicit: true, required: true, offered: true, protocols: ALL_TLS });
    expect(codes(model)).toContain('tls/level-ignored-in-wrappermode');
  });

  for (const port of ['p10004', 'p10013']) {
    it(`${port}: an invalid list disables TLS silently: STARTTLS advertised, answered 454 (gotcha 3)`, () => {
      const t = lab(port).tls;
      expect(t).toMatchObject({ advertised: true, offered: false, required: false, protocols: [], dead: null });
      expect(t.protocolList?.valid).toBe(false);
    });
  }

  it('p10004: the diagnostic points at the -o and quotes Postfix\'s warning', () => {
    const d = model.diagnostics.find((x) => x.code === 'tls/invalid-protocol-list' && x.message.includes('# only modern'));
    expect(d?.postfixMessage).toBe('warning: Invalid TLS protocol list "TLSv1.2 # only modern": disabling TLS support');
    expect(d?.path).toBe('etc/postfix/master.cf');
    expect(d?.span?.start.line).toBe(lineOf(MASTER, '127.0.0.1:10004'));
  });

  for (const port of ['p10036', 'p10049']) {
    it(`${port}: a valid list that leaves nothing: no protocols available`, () => {
      expect(lab(port).tls).toMatchObject({ advertised: true, offered: false, protocols: [], dead: null });
    });
  }

  it('p10017: a short -o with a space kills smtpd (gotcha 7)', () => {
    expect(lab('p10017').tls).toMatchObject({ dead: 'unexpected command-line argument: !SSLv3', offered: false, protocols: [] });
  });

  it('p10050: "#" on a master.cf line is an argument, not a comment (gotcha 6)', () => {
    expect(lab('p10050').tls.dead).toBe('unexpected command-line argument: #');
  });

  it('p10018/p10027: "required" and "dane" are fatal server levels (§4.4)', () => {
    expect(lab('p10018').tls.dead).toBe('Invalid TLS level "required"');
    expect(lab('p10027').tls.dead).toBe('Invalid TLS level "dane"');
  });

  it('p10053: a non-yes/no boolean kills the daemon (gotcha 21)', () => {
    expect(lab('p10053').tls.dead).toBe('bad boolean configuration: smtpd_tls_auth_only = true');
  });

  it('p10019/p10020/p10033/p10056: level versus legacy booleans (gotcha 9)', () => {
    expect(lab('p10019').tls).toMatchObject({ offered: true, required: true, level: 'encrypt' });
    expect(lab('p10020').tls).toMatchObject({ offered: true, required: false, level: 'may' });
    expect(lab('p10033').tls).toMatchObject({ offered: false, advertised: false, required: false, level: 'none' });
    expect(lab('p10056').tls).toMatchObject({ offered: false, advertised: false, level: 'none' });
  });

  it('p10021: $name in -o expands against main.cf, with provenance', () => {
    const e = lab('p10021');
    expect(e.tls).toMatchObject({ required: true, level: 'encrypt' });
    const v = e.values.get('smtpd_tls_security_level');
    expect(v).toMatchObject({ value: 'encrypt', raw: '$mua_level', source: `master.cf:${lineOf(MASTER, '10021')}` });
    expect(v?.chain).toEqual([`main.cf:${lineOf(MAIN, 'mua_level')} mua_level`]);
  });

  it('p10025: levels are case-insensitive', () => {
    expect(lab('p10025').tls).toMatchObject({ required: true, offered: true });
  });

  it('p10022/p10029: a bad grade or a "!" exclusion breaks every handshake (gotcha 12)', () => {
    for (const p of ['p10022', 'p10029']) expect(lab(p).tls).toMatchObject({ advertised: true, offered: false, protocols: [], dead: null });
    expect(codes(model)).toEqual(expect.arrayContaining(['tls/invalid-cipher-grade', 'tls/invalid-cipher-exclusion']));
  });

  it('p10015: exclusions shape TLS <= 1.2 suites only; TLS 1.3 keeps OpenSSL\'s suites (gotcha 11)', () => {
    const t = lab('p10015').tls;
    expect(t.cipherGrade).toBe('high');
    expect(t.ciphers).toContain('ECDHE-RSA-AES128-GCM-SHA256');
    expect(t.ciphers?.some((c) => /AES256|CHACHA20/.test(c))).toBe(false);
    expect(t.tls13Ciphersuites).toEqual(['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']);
    expect(lab('p10012' in CASES ? 'p10012' : 'p10031').tls.ciphers?.length).toBeGreaterThan(0);
  });

  it('p10037-p10039: cleartext AUTH only without auth_only and without encrypt (§7, gotcha 19)', () => {
    expect(lab('p10037').tls.authBeforeTls).toBe(true);
    expect(lab('p10038').tls.authBeforeTls).toBe(false);
    expect(lab('p10039').tls.authBeforeTls).toBe(false);
  });

  it('p10041/p10042: no certificate: advertised, 454 (§5.2)', () => {
    expect(lab('p10041').tls).toMatchObject({ certificateConfigured: false, advertised: true, offered: false, required: false });
    expect(lab('p10042').tls).toMatchObject({ certificateConfigured: false, advertised: true, offered: false, required: true });
    expect(lab('p10031').tls.certificateConfigured).toBe(true);
  });

  it('p10060: postscreen with a deep test answers STARTTLS via tlsproxy (main.cf settings), smtpd pass uses its own -o (gotcha 20)', () => {
    const ps = lab('p10060');
    expect(ps.command).toBe('postscreen');
    expect(ps.postscreen).toEqual({ deepProtocolTests: ['postscreen_pipelining_enable'], starttlsBy: 'tlsproxy', passService: 'smtpd', tlsproxyService: 'tlsproxy' });
    expect(ps.tls).toMatchObject({ offered: true, advertised: true, protocols: ALL_TLS });
    expect(ps.values.get('tlsproxy_tls_protocols')).toMatchObject({ value: '>=TLSv1', raw: '$smtpd_tls_protocols' });
    const pass = endpoint(model, 'smtpd', 'pass');
    expect(pass.behind).toEqual(['127.0.0.1:10060']);
    expect(pass.listen).toEqual({ host: '127.0.0.1', port: 10060 });
    expect(pass.tls.protocols).toEqual(['TLSv1.3']);
    expect(codes(model)).toContain('tls/postscreen-smtpd-option');
  });
});
