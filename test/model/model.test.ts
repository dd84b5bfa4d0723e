/** The effective TLS model on small fixtures, each citing the reference fact it checks. */
import { describe, expect, it } from 'vitest';
import { codes, endpoint, lineOf, modelOf } from './support.js';

const CERT = 'smtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may\n';

describe('roles and listen addresses (§2.2, §5.3)', () => {
  const master = `smtp      inet  n       -       y       -       -       smtpd
submission inet n       -       y       -       -       smtpd -o smtpd_tls_security_level=encrypt
smtps     inet  n       -       y       -       -       smtpd -o smtpd_tls_wrappermode=yes
2465      inet  n       -       y       -       -       smtpd -o smtpd_tls_wrappermode=yes
2525      inet  n       -       y       -       -       smtpd
127.0.0.1:10025 inet n  -       n       -       -       smtpd
[::1]:10026 inet n      -       n       -       -       smtpd
mail.example.com:submission inet n - n - - smtpd
filter    unix  n       -       n       -       -       smtpd
smtp      unix  -       -       y       -       -       smtp
relay     unix  -       -       y       -       -       smtp
lmtp      unix  -       -       y       -       -       lmtp
`;
  const m = modelOf({ main: CERT, master });

  it('by port and wrapper mode; loopback and unix sockets are local-only; clients by command', () => {
    const roles = Object.fromEntries(m.endpoints.map((e) => [`${e.service}/${e.type}`, e.role]));
    expect(roles).toEqual({
      'smtp/inet': 'mx',
      'submission/inet': 'submission',
      'smtps/inet': 'submissions',
      '2465/inet': 'submissions',
      '2525/inet': 'other-public',
      '127.0.0.1:10025/inet': 'local-only',
      '[::1]:10026/inet': 'local-only',
      'mail.example.com:submission/inet': 'submission',
      'filter/unix': 'local-only',
      'smtp/unix': 'client-smtp',
      'relay/unix': 'client-smtp',
      'lmtp/unix': 'client-lmtp',
    });
    expect(endpoint(m, 'smtps').listen).toEqual({ host: null, port: 465 });
    expect(endpoint(m, '[::1]:10026').listen).toEqual({ host: '::1', port: 10026 });
    expect(endpoint(m, 'filter', 'unix').listen).toBeNull();
    expect(endpoint(m, 'relay', 'unix').kind).toBe('client');
  });

  it('inet_interfaces = loopback-only makes every host-less listener local-only (§5.3.5)', () => {
    const l = modelOf({ main: `${CERT}inet_interfaces = loopback-only\n`, master });
    expect(endpoint(l, 'smtp').role).toBe('local-only');
    expect(endpoint(l, 'mail.example.com:submission').role).toBe('submission');
  });

  it('roles can be overridden by service name, name/type or host:port', () => {
    const o = modelOf({ main: CERT, master }, { roles: { '2525': 'mx', '127.0.0.1:10025': 'other-public', 'relay/unix': 'client-lmtp' } });
    expect(endpoint(o, '2525').role).toBe('mx');
    expect(endpoint(o, '2525').roleReason).toBe('role given for "2525"');
    expect(endpoint(o, '127.0.0.1:10025').role).toBe('other-public');
    expect(endpoint(o, 'relay', 'unix').role).toBe('client-lmtp');
  });

  it('known_tcp_ports exists only since 3.6; older versions use services(5) names', () => {
    const v35 = modelOf({ main: CERT, master }, { postfixVersion: '3.5' });
    expect(endpoint(v35, 'submission').listen?.port).toBe(587);
    const custom = modelOf({ main: `${CERT}known_tcp_ports = submission=2587\n`, master });
    expect(endpoint(custom, 'submission').listen?.port).toBe(2587);
  });
});

describe('which services master(8) really runs (§2.2, §2.3)', () => {
  it('duplicate endpoints: "smtp" and "25" are one; the last entry wins (gotcha 22)', () => {
    const m = modelOf({ main: CERT, master: '127.0.0.1:smtp inet n - n - - smtpd -o smtpd_tls_protocols=TLSv1.3\n127.0.0.1:25 inet n - n - - smtpd -o smtpd_tls_protocols=TLSv1.2\n' });
    expect(m.endpoints).toHaveLength(1);
    expect(m.endpoints[0]?.tls.protocols).toEqual(['TLSv1.2']);
    expect(codes(m)).toContain('master-cf/duplicate-service');
  });

  it('a commented-out service leaves its -o lines on the previous service (gotcha 8)', () => {
    const master = 'smtp      inet  n       -       y       -       -       smtpd\n#submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n';
    const m = modelOf({ main: CERT, master });
    expect(m.endpoints.map((e) => e.service)).toEqual(['smtp']);
    expect(endpoint(m, 'smtp').tls.required).toBe(true);
    expect(endpoint(m, 'smtp').values.get('smtpd_tls_security_level')?.source).toBe('master.cf:3');
  });

  it('master_service_disable drops services', () => {
    const m = modelOf({ main: `${CERT}master_service_disable = submission/inet\n`, master: 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n' });
    expect(m.endpoints.map((e) => e.service)).toEqual(['smtp']);
  });

  it('without master.cf the stock one is assumed: its smtp/inet on 25, line null', () => {
    const m = modelOf({ main: CERT });
    expect(m.masterCf).toBeNull();
    const e = endpoint(m, 'smtp');
    expect(e).toMatchObject({ line: null, role: 'mx' });
    expect(e.tls.offered).toBe(true);
  });

  it('a fatal main.cf line kills every daemon', () => {
    const m = modelOf({ main: 'smtpd_tls_security_level encrypt\n', master: 'smtp inet n - y - - smtpd\n' });
    expect(endpoint(m, 'smtp').tls.dead).toMatch(/^fatal: .*missing '=' after attribute name/);
  });
});

describe('effective values with provenance (§2.5, §7.1)', () => {
  it('default, main.cf:LINE, master.cf:LINE and the expansion chain', () => {
    const main = `${CERT}level_for_587 = $strong\nstrong = encrypt\n`;
    const master = 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o syslog_name=postfix/$service_name\n  -o smtpd_tls_security_level=$level_for_587\n';
    const m = modelOf({ main, master });
    const sub = endpoint(m, 'submission');
    expect(sub.values.get('smtpd_tls_security_level')).toMatchObject({ value: 'encrypt', raw: '$level_for_587', source: 'master.cf:4', chain: ['main.cf:3 level_for_587', 'main.cf:4 strong'] });
    expect(sub.values.get('smtpd_tls_cert_file')).toMatchObject({ value: '/etc/ssl/mail.pem', source: 'main.cf:1', chain: [] });
    expect(sub.values.get('smtpd_tls_key_file')).toMatchObject({ value: '/etc/ssl/mail.pem', raw: '$smtpd_tls_cert_file', source: 'default', chain: ['main.cf:1 smtpd_tls_cert_file'] });
    expect(sub.values.get('smtpd_tls_protocols')).toMatchObject({ value: '>=TLSv1', source: 'default' });
    expect(endpoint(m, 'smtp').tls.required).toBe(false);
  });

  it('docker-mailserver overrides: postfix-main.cf after main.cf, postfix-master.cf edits the -o', () => {
    const m = modelOf({
      main: CERT,
      master: 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd -o smtpd_tls_security_level=may\n',
      mainOverride: 'smtpd_tls_protocols = >=TLSv1.2\n',
      masterOverride: 'submission/inet/smtpd_tls_security_level = encrypt\n',
    });
    const sub = endpoint(m, 'submission');
    expect(sub.values.get('smtpd_tls_security_level')).toMatchObject({ value: 'encrypt', source: 'postfix-master.cf:1' });
    expect(sub.values.get('smtpd_tls_protocols')).toMatchObject({ value: '>=TLSv1.2', source: 'postfix-main.cf:1' });
    expect(sub.tls.required).toBe(true);
  });

  it('an undefined $name expands to nothing: TLS off, and says so', () => {
    const m = modelOf({ main: CERT, master: 'submission inet n - y - - smtpd -o smtpd_tls_security_level=$mua_levle\n' });
    expect(endpoint(m, 'submission').tls).toMatchObject({ level: 'none', offered: false, advertised: false });
    expect(codes(m)).toContain('tls/undefined-parameter');
  });

  it('a UTF-8 BOM hides the first main.cf setting (gotcha 23)', () => {
    const m = modelOf({ main: `\uFEFFsmtpd_tls_security_level = encrypt\nsmtpd_tls_cert_file = /c.pem\n`, master: 'smtp inet n - y - - smtpd\n' });
    expect(endpoint(m, 'smtp').tls.level).toBe('none');
    expect(codes(m)).toContain('tls/bom-first-parameter');
  });

  it('an indented line after a parameter is glued to its value: the level becomes invalid (§1.1)', () => {
    const m = modelOf({ main: 'smtpd_tls_cert_file = /c.pem\nsmtpd_tls_security_level = may\n  smtpd_tls_auth_only = yes\n', master: 'smtp inet n - y - - smtpd\n' });
    expect(endpoint(m, 'smtp').tls.dead).toBe('Invalid TLS level "may  smtpd_tls_auth_only = yes"');
  });
});

describe('server decisions (§3.3, §4.4, §5.2, §6.2, §7)', () => {
  const one = (opts: string, main = CERT, postfixVersion?: string) =>
    endpoint(modelOf({ main, master: `submission inet n - y - - smtpd ${opts}\n` }, postfixVersion ? { postfixVersion } : {}), 'submission');

  it('setting only smtpd_tls_protocols does not protect an encrypt service (gotcha 2)', () => {
    const e = one('-o smtpd_tls_security_level=encrypt', `${CERT}smtpd_tls_protocols = >=TLSv1.2\n`);
    expect(e.tls.protocols).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(e.tls.protocolList?.parameter).toBe('smtpd_tls_mandatory_protocols');
  });

  it('">=TLSv1.2" on Postfix 3.5 is invalid: TLS disabled (gotcha 4)', () => {
    const e = one('-o smtpd_tls_protocols=>=TLSv1.2', CERT, '3.5');
    expect(e.tls).toMatchObject({ advertised: true, offered: false, protocols: [] });
    expect(e.tls.protocolList).toMatchObject({ valid: false, invalidToken: '>=TLSv1.2' });
  });

  it('Postfix 3.5 defaults: "!SSLv2, !SSLv3" (§4.2)', () => {
    expect(one('', CERT, '3.5').tls.protocols).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(one('', CERT, '3.5').values.get('smtpd_tls_protocols')?.value).toBe('!SSLv2, !SSLv3');
  });

  it('fingerprint/verify/secure behave as encrypt with a warning (§4.4)', () => {
    const e = one('-o smtpd_tls_security_level=verify');
    expect(e.tls).toMatchObject({ required: true, offered: true, level: 'encrypt' });
  });

  it('cipher grade and exclusions: mandatory ones only when TLS is enforced; client certificates add aNULL (§5.2, §6.2)', () => {
    const main = `${CERT}smtpd_tls_ciphers = HIGH\nsmtpd_tls_mandatory_ciphers = high\nsmtpd_tls_exclude_ciphers = RC4, MD5\nsmtpd_tls_mandatory_exclude_ciphers = 3DES\n`;
    expect(one('', main).tls).toMatchObject({ cipherGrade: 'high', cipherExclusions: ['RC4', 'MD5'] });
    expect(one('-o smtpd_tls_security_level=encrypt', main).tls).toMatchObject({ cipherGrade: 'high', cipherExclusions: ['RC4', 'MD5', '3DES'] });
    expect(one('-o smtpd_tls_ask_ccert=yes', main).tls.cipherExclusions).toEqual(['RC4', 'MD5', 'aNULL']);
  });

  it('an OpenSSL cipher string in a grade parameter breaks every handshake (gotcha 12)', () => {
    expect(one('', `${CERT}smtpd_tls_ciphers = HIGH:!aNULL\n`).tls).toMatchObject({ offered: false, advertised: true, cipherGrade: 'HIGH:!aNULL' });
  });

  it('certificates: eccert, dcert or chain_files count; cert_file = none is anonymous-only without TLS 1.3 (§5.2)', () => {
    const base = 'smtpd_tls_security_level = may\n';
    expect(one('', `${base}smtpd_tls_eccert_file = /ec.pem\n`).tls.certificateConfigured).toBe(true);
    expect(one('', `${base}smtpd_tls_chain_files = /a.pem\n`).tls.offered).toBe(true);
    const anon = one('', `${base}smtpd_tls_cert_file = NONE\n`).tls;
    expect(anon).toMatchObject({ certificateConfigured: false, offered: true, protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] });
    expect(one('-o smtpd_tls_ask_ccert=yes', `${base}smtpd_tls_cert_file = none\n`).tls.offered).toBe(false);
  });

  it('SASL without TLS at all is cleartext AUTH; wrapper mode never is (§7)', () => {
    expect(one('-o smtpd_tls_security_level=none -o smtpd_sasl_auth_enable=yes').tls.authBeforeTls).toBe(true);
    expect(one('-o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes').tls.authBeforeTls).toBe(false);
  });

  it('smtp_tls_* in an smtpd -o does nothing, and the model says so (gotcha 10)', () => {
    const m = modelOf({ main: CERT, master: 'submission inet n - y - - smtpd -o smtp_tls_security_level=encrypt\n' });
    expect(endpoint(m, 'submission').tls.required).toBe(false);
    expect(codes(m)).toContain('tls/parameter-has-no-effect');
  });

  it('versions without a usable suite are not negotiable: AEAD-only high list drops TLS 1.0/1.1 (§6.1, gotcha 13)', () => {
    const e = one('-o smtpd_tls_ciphers=high', `${CERT}tls_high_cipherlist = ECDHE+AESGCM:@STRENGTH\n`);
    expect(e.tls.protocols).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(e.tls.ciphers?.every((c) => c.includes('GCM'))).toBe(true);
    expect(e.tls.tls13Ciphersuites).toEqual(['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']);
  });

  it('a custom tls_config_file may set Ciphersuites: TLS 1.3 suites are left out rather than guessed (§6.3)', () => {
    const e = one('-o tls_config_file=/etc/postfix/openssl.cnf -o tls_config_name=postfix');
    expect(e.tls.protocols).toContain('TLSv1.3');
    expect(e.tls.tls13Ciphersuites).toBeUndefined();
    expect(e.tls.ciphers?.length).toBeGreaterThan(0);
  });

  it('an empty -o boolean is fatal (gotcha 21)', () => {
    expect(one('-o smtpd_tls_wrappermode=').tls.dead).toBe('bad boolean configuration: smtpd_tls_wrappermode = ');
  });
});

describe('postscreen (§5.3)', () => {
  const master = 'smtp inet n - y - 1 postscreen\nsmtpd pass - - y - - smtpd -o smtpd_tls_protocols=>=TLSv1.2\ntlsproxy unix - - y - 0 tlsproxy -o tlsproxy_tls_protocols=TLSv1.3\n';

  it('without deep tests, every client reaches smtpd pass: its TLS is the port\'s TLS', () => {
    const m = modelOf({ main: CERT, master });
    const ps = endpoint(m, 'smtp');
    expect(ps.postscreen?.starttlsBy).toBe('smtpd');
    expect(ps.tls.protocols).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(ps.role).toBe('mx');
    expect(endpoint(m, 'smtpd', 'pass').role).toBe('mx');
  });

  it('with a deep test, postscreen\'s STARTTLS uses tlsproxy settings (main.cf + tlsproxy -o)', () => {
    const m = modelOf({ main: `${CERT}postscreen_bare_newline_enable = yes\n`, master });
    const ps = endpoint(m, 'smtp');
    expect(ps.postscreen).toMatchObject({ starttlsBy: 'tlsproxy', deepProtocolTests: ['postscreen_bare_newline_enable'] });
    expect(ps.tls.protocols).toEqual(['TLSv1.3']);
    expect(ps.values.get('tlsproxy_tls_protocols')?.source).toBe('master.cf:3');
  });

  it('a missing tlsproxy service means STARTTLS fails in postscreen\'s tests', () => {
    const m = modelOf({ main: `${CERT}postscreen_pipelining_enable = yes\n`, master: 'smtp inet n - y - 1 postscreen\nsmtpd pass - - y - - smtpd\n' });
    expect(endpoint(m, 'smtp').tls).toMatchObject({ advertised: true, offered: false });
    expect(codes(m)).toContain('tls/postscreen-without-tlsproxy');
  });
});

describe('client transports (§3.3, §4.4, §6.2)', () => {
  const clients = (main: string, postfixVersion?: string) =>
    modelOf({ main, master: 'smtp unix - - y - - smtp\nsmtp_enforced_tls unix - - y - - smtp -o smtp_tls_security_level=encrypt\nlmtp unix - - y - - lmtp\n' }, postfixVersion ? { postfixVersion } : {});

  it('no outbound TLS by default in 3.7; may at compatibility_level 3.11 on 3.11 (§4.2)', () => {
    expect(endpoint(clients(''), 'smtp', 'unix').tls).toMatchObject({ level: 'none', offered: false });
    const m311 = clients('compatibility_level = 3.11\n');
    expect(m311.postfixVersion).toMatchObject({ version: '3.11', source: 'inferred' });
    expect(endpoint(m311, 'smtp', 'unix').tls).toMatchObject({ level: 'may', offered: true });
    expect(endpoint(m311, 'lmtp', 'unix').tls.level).toBe('none');
  });

  it('may uses smtp_tls_protocols, encrypt the mandatory list plus eNULL exclusion', () => {
    const m = clients('smtp_tls_security_level = may\nsmtp_tls_protocols = >=TLSv1.2\nsmtp_tls_mandatory_protocols = TLSv1.3\n');
    expect(endpoint(m, 'smtp', 'unix').tls).toMatchObject({ protocols: ['TLSv1.2', 'TLSv1.3'], required: false, cipherExclusions: [], advertised: null });
    expect(endpoint(m, 'smtp_enforced_tls', 'unix').tls).toMatchObject({ level: 'encrypt', protocols: ['TLSv1.3'], required: true, cipherExclusions: ['eNULL'] });
  });

  it('legacy smtp_enforce_tls = yes means verify (§4.4)', () => {
    expect(endpoint(clients('smtp_enforce_tls = yes\n'), 'smtp', 'unix').tls).toMatchObject({ level: 'verify', required: true, cipherExclusions: ['eNULL', 'aNULL'] });
    expect(endpoint(clients('smtp_enforce_tls = yes\nsmtp_tls_enforce_peername = no\n'), 'smtp', 'unix').tls.level).toBe('encrypt');
  });

  it('dane drops SSLv3 and uses the mandatory list; an invalid level is fatal', () => {
    const m = clients('smtp_tls_security_level = DANE\nsmtp_tls_mandatory_protocols =\n');
    expect(endpoint(m, 'smtp', 'unix').tls).toMatchObject({ level: 'dane', required: false, protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] });
    expect(endpoint(clients('smtp_tls_security_level = required\n'), 'smtp', 'unix').tls.dead).toBe('Invalid TLS level "required"');
  });

  it('lmtp reads lmtp_tls_*, not smtp_tls_*', () => {
    const m = clients('smtp_tls_security_level = encrypt\nlmtp_tls_security_level = may\n');
    expect(endpoint(m, 'lmtp', 'unix').tls.level).toBe('may');
  });
});

describe('target version (issue 3)', () => {
  it('option > inferred > default, with a reason', () => {
    expect(modelOf({ main: 'compatibility_level = 3.11\n' }, { postfixVersion: '3.6' }).postfixVersion).toEqual({ version: '3.6', source: 'option', reason: '--postfix-version 3.6' });
    expect(modelOf({ main: 'compatibility_level = 3.12\n' }).postfixVersion).toMatchObject({ version: '3.11', source: 'inferred' });
    expect(modelOf({ main: 'mail_version = 2.10.1\n' }).postfixVersion).toMatchObject({ version: '3.4', source: 'inferred' });
    expect(modelOf({ main: 'tls_ffdhe_auto_groups = ffdhe3072\n' }).postfixVersion).toMatchObject({ version: '3.8', source: 'inferred' });
    const d = modelOf({ main: 'compatibility_level = 3.6\n' }).postfixVersion;
    expect(d).toMatchObject({ version: '3.7', source: 'default' });
    expect(d.reason).toContain('compatibility_level = 3.6');
    expect(lineOf('a\nb', 'b')).toBe(2);
  });
});
