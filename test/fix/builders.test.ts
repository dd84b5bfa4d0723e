import { describe, expect, it } from 'vitest';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import {
  applyEdits,
  protocolListFor,
  removeMainCfParameter,
  removeServiceOption,
  setMainCfParameter,
  setServiceOption,
  versionAtLeast,
  type BuildResult,
} from '../../src/fix/index.js';

const main = (text: string) => parseMainCf(makeSource('etc/postfix/main.cf', text));
const master = (text: string) => parseMasterCf(makeSource('etc/postfix/master.cf', text));
const edits = (r: BuildResult) => {
  if (!r.ok) throw new Error(r.reason);
  return r.edits;
};
const setMain = (text: string, name: string, value: string) => applyEdits(text, edits(setMainCfParameter(main(text), name, value)));
const removeMain = (text: string, name: string) => applyEdits(text, edits(removeMainCfParameter(main(text), name)));
const setOpt = (text: string, service: string, name: string, value: string) => applyEdits(text, edits(setServiceOption(master(text), service, name, value)));
const removeOpt = (text: string, service: string, name: string) => applyEdits(text, edits(removeServiceOption(master(text), service, name)));
/** The value the parsers read back after the edit. */
const mainValue = (text: string, name: string) => main(text).values.get(name)?.value;
const optionValue = (text: string, service: string, name: string) =>
  master(text).services.filter((s) => s.name === service).at(-1)?.options.filter((o) => o.name === name).at(-1)?.value;

describe('setMainCfParameter', () => {
  it('replaces only the value of the effective definition, keeping the spacing', () => {
    const text = '# TLS\nsmtpd_tls_security_level=may\nsmtpd_tls_protocols   =   !SSLv2, !SSLv3\nmyhostname = mx\n';
    expect(setMain(text, 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('# TLS\nsmtpd_tls_security_level=may\nsmtpd_tls_protocols   =   >=TLSv1.2\nmyhostname = mx\n');
    expect(setMain(text, 'smtpd_tls_security_level', 'encrypt')).toBe('# TLS\nsmtpd_tls_security_level=encrypt\nsmtpd_tls_protocols   =   !SSLv2, !SSLv3\nmyhostname = mx\n');
  });

  it('changes the last definition (and the ones just before it with the same value), not earlier different ones', () => {
    const text = 'a_b = 1\nsmtpd_tls_protocols = TLSv1\nx = y\nsmtpd_tls_protocols = SSLv3\nsmtpd_tls_protocols = SSLv3\n';
    const out = setMain(text, 'smtpd_tls_protocols', '>=TLSv1.2');
    expect(out).toBe('a_b = 1\nsmtpd_tls_protocols = TLSv1\nx = y\nsmtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_protocols = >=TLSv1.2\n');
    expect(mainValue(out, 'smtpd_tls_protocols')).toBe('>=TLSv1.2');
  });

  it('keeps CRLF and an unchanged value gives no edit', () => {
    const text = 'smtpd_tls_protocols = TLSv1\r\nmyhostname = mx\r\n';
    expect(setMain(text, 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtpd_tls_protocols = >=TLSv1.2\r\nmyhostname = mx\r\n');
    expect(edits(setMainCfParameter(main(text), 'myhostname', 'mx'))).toEqual([]);
  });

  it('fills an empty value after "=", keeping the style', () => {
    expect(setMain('smtpd_tls_protocols =\nz = 1\n', 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtpd_tls_protocols = >=TLSv1.2\nz = 1\n');
    expect(setMain('smtpd_tls_protocols = \r\nz = 1\r\n', 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtpd_tls_protocols = >=TLSv1.2 \r\nz = 1\r\n');
    expect(setMain('smtpd_tls_protocols=\nz = 1\n', 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtpd_tls_protocols=>=TLSv1.2\nz = 1\n');
  });

  it('keeps the continuation style of a multi-line value (indent, commas, comment lines dropped only inside the value)', () => {
    const text = 'smtpd_tls_mandatory_protocols = !SSLv2,\n\t!SSLv3\nsmtpd_tls_exclude_ciphers =\n    aNULL\n    # weak\n    eNULL\nnext = 1\n';
    const out = setMain(text, 'smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
    expect(out).toBe('smtpd_tls_mandatory_protocols = !SSLv2,\n\t!SSLv3,\n\t!TLSv1,\n\t!TLSv1.1\nsmtpd_tls_exclude_ciphers =\n    aNULL\n    # weak\n    eNULL\nnext = 1\n');
    expect(mainValue(out, 'smtpd_tls_mandatory_protocols')).toBe('!SSLv2,\t!SSLv3,\t!TLSv1,\t!TLSv1.1');
    const out2 = setMain(text, 'smtpd_tls_exclude_ciphers', 'aNULL eNULL RC4');
    expect(out2).toBe('smtpd_tls_mandatory_protocols = !SSLv2,\n\t!SSLv3\nsmtpd_tls_exclude_ciphers =\n    aNULL\n    eNULL\n    RC4\nnext = 1\n');
    // A single value replaces the whole multi-line value.
    expect(setMain(text, 'smtpd_tls_mandatory_protocols', '>=TLSv1.2')).toBe('smtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtpd_tls_exclude_ciphers =\n    aNULL\n    # weak\n    eNULL\nnext = 1\n');
  });

  it('adds a missing parameter after the last one of its family, else at the end', () => {
    const text = 'myhostname = mx\nsmtpd_tls_cert_file=/c.pem\nsmtpd_tls_key_file=/k.pem\n    \nsmtp_tls_security_level=may\nsmtpd_banner = x\n';
    expect(setMain(text, 'smtpd_tls_mandatory_protocols', '>=TLSv1.2')).toBe(
      'myhostname = mx\nsmtpd_tls_cert_file=/c.pem\nsmtpd_tls_key_file=/k.pem\nsmtpd_tls_mandatory_protocols=>=TLSv1.2\n    \nsmtp_tls_security_level=may\nsmtpd_banner = x\n',
    );
    // smtpd_tls_ wins over smtpd_ (smtpd_banner is later).
    expect(setMain(text, 'smtpd_sasl_auth_enable', 'yes')).toBe(text + 'smtpd_sasl_auth_enable = yes\n');
    expect(setMain(text, 'tls_ssl_options', 'NO_RENEGOTIATION')).toBe(text + 'tls_ssl_options = NO_RENEGOTIATION\n');
  });

  it('adds after a continued family member, keeps CRLF and supplies a missing final newline', () => {
    const text = 'smtpd_tls_exclude_ciphers = aNULL,\r\n  eNULL\r\n# end\r\nmyhostname = mx';
    expect(setMain(text, 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtpd_tls_exclude_ciphers = aNULL,\r\n  eNULL\r\nsmtpd_tls_protocols = >=TLSv1.2\r\n# end\r\nmyhostname = mx');
    expect(setMain(text, 'compatibility_level', '3.6')).toBe(text + '\r\ncompatibility_level = 3.6\r\n');
    expect(setMain('', 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtpd_tls_protocols = >=TLSv1.2\n');
  });

  it('refuses bad input and a file Postfix refuses', () => {
    expect(setMainCfParameter(main('a = 1\n'), 'bad name', 'x').ok).toBe(false);
    expect(setMainCfParameter(main('a = 1\n'), 'a', 'x\ny').ok).toBe(false);
    expect(setMainCfParameter(main('a = 1\nbroken line\n'), 'a', '2').ok).toBe(false);
  });
});

describe('removeMainCfParameter', () => {
  it('removes every definition with its continuation lines and leaves neighbours alone', () => {
    const text = 'a = 1\nsmtpd_use_tls = yes\n# keep me\nsmtpd_use_tls =\n  no\n  # inside\n  maybe\nb = 2\n';
    const out = removeMain(text, 'smtpd_use_tls');
    expect(out).toBe('a = 1\n# keep me\nb = 2\n');
    expect(mainValue(out, 'smtpd_use_tls')).toBeUndefined();
    expect(removeMain('a = 1\r\nsmtpd_use_tls = yes', 'smtpd_use_tls')).toBe('a = 1\r\n');
    expect(edits(removeMainCfParameter(main(text), 'absent'))).toEqual([]);
  });
});

const MASTER = [
  '# service type  private unpriv  chroot  wakeup  maxproc command + args',
  'smtp      inet  n       -       y       -       -       smtpd',
  '#submission inet n       -       y       -       -       smtpd',
  '#  -o syslog_name=postfix/submission',
  '  -o smtpd_tls_security_level=may',
  'submission inet n       -       y       -       -       smtpd',
  '\t-o syslog_name=postfix/submission',
  '\t-o { smtpd_tls_mandatory_protocols = TLSv1 }',
  '\t-o smtpd_sasl_auth_enable=yes',
  '#\t-o smtpd_client_restrictions=$mua_client_restrictions',
  'pickup    unix  n       -       y       60      1       pickup',
  '',
].join('\n');

describe('setServiceOption', () => {
  it('replaces a short -o value in place, and a braced one inside its braces', () => {
    const out = setOpt(MASTER, 'submission', 'smtpd_sasl_auth_enable', 'no');
    expect(out).toBe(MASTER.replace('smtpd_sasl_auth_enable=yes', 'smtpd_sasl_auth_enable=no'));
    const out2 = setOpt(MASTER, 'submission', 'smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
    expect(out2).toBe(MASTER.replace('{ smtpd_tls_mandatory_protocols = TLSv1 }', '{ smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 }'));
    expect(optionValue(out2, 'submission', 'smtpd_tls_mandatory_protocols')).toBe('!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
  });

  it('switches a short option to the braced form when the new value has blanks', () => {
    const out = setOpt(MASTER, 'submission', 'syslog_name', 'postfix/sub mission');
    expect(out).toBe(MASTER.replace('-o syslog_name=postfix/submission\n\t', '-o { syslog_name = postfix/sub mission }\n\t'));
    expect(optionValue(out, 'submission', 'syslog_name')).toBe('postfix/sub mission');
    const attached = 'smtp inet n - y - - smtpd -osmtpd_tls_protocols=TLSv1\n';
    expect(setOpt(attached, 'smtp', 'smtpd_tls_protocols', '!SSLv2, !SSLv3')).toBe('smtp inet n - y - - smtpd -o { smtpd_tls_protocols = !SSLv2, !SSLv3 }\n');
    expect(setOpt(attached, 'smtp', 'smtpd_tls_protocols', '>=TLSv1.2')).toBe('smtp inet n - y - - smtpd -osmtpd_tls_protocols=>=TLSv1.2\n');
  });

  it('inserts a new -o line after the last -o line with the same indentation (the commented line stays)', () => {
    const out = setOpt(MASTER, 'submission', 'smtpd_tls_security_level', 'encrypt');
    expect(out).toBe(MASTER.replace('\t-o smtpd_sasl_auth_enable=yes\n', '\t-o smtpd_sasl_auth_enable=yes\n\t-o smtpd_tls_security_level=encrypt\n'));
    expect(optionValue(out, 'submission', 'smtpd_tls_security_level')).toBe('encrypt');
    const braced = setOpt(MASTER, 'submission', 'smtpd_tls_exclude_ciphers', 'aNULL, RC4');
    expect(braced).toContain('\t-o smtpd_sasl_auth_enable=yes\n\t-o { smtpd_tls_exclude_ciphers = aNULL, RC4 }\n#\t-o');
  });

  it('sees the live -o line under a commented-out service as the previous service\'s', () => {
    // "  -o smtpd_tls_security_level=may" continues the smtp line: the comment lines do not end it.
    expect(optionValue(MASTER, 'smtp', 'smtpd_tls_security_level')).toBe('may');
    const out = setOpt(MASTER, 'smtp', 'smtpd_tls_security_level', 'encrypt');
    expect(out).toBe(MASTER.replace('  -o smtpd_tls_security_level=may', '  -o smtpd_tls_security_level=encrypt'));
    const added = setOpt(MASTER, 'smtp', 'smtpd_tls_loglevel', '1');
    expect(added).toBe(MASTER.replace('  -o smtpd_tls_security_level=may\n', '  -o smtpd_tls_security_level=may\n  -o smtpd_tls_loglevel=1\n'));
    expect(setServiceOption(master(MASTER), 'submission/unix', 'a', 'b').ok).toBe(false);
  });

  it('adds the first -o of a one-line service on a continuation line in the file\'s -o indentation, CRLF kept', () => {
    const text = MASTER.replaceAll('\n', '\r\n');
    const out = setOpt(text, 'pickup', 'syslog_name', 'x');
    expect(out).toBe(text.replace('pickup\r\n', 'pickup\r\n  -o syslog_name=x\r\n'));
    expect(optionValue(out, 'pickup', 'syslog_name')).toBe('x');
    expect(setOpt('smtp inet n - n - - smtpd', 'smtp', 'a', 'b')).toBe('smtp inet n - n - - smtpd\n  -o a=b\n');
  });

  it('puts a new option before a stray argument (getopt stops there)', () => {
    const text = 'smtp inet n - n - - smtpd -o a=b stray\n  -o c=d\n';
    const out = setOpt(text, 'smtp', 'smtpd_tls_security_level', 'may');
    expect(out).toBe('smtp inet n - n - - smtpd -o a=b -o smtpd_tls_security_level=may stray\n  -o c=d\n');
    expect(optionValue(out, 'smtp', 'smtpd_tls_security_level')).toBe('may');
  });

  it('edits the last of duplicate services', () => {
    const text = 'smtp inet n - n - - smtpd\n  -o x=1\nsmtp inet n - n - - smtpd\n  -o x=2\n';
    expect(setOpt(text, 'smtp', 'x', '3')).toBe('smtp inet n - n - - smtpd\n  -o x=1\nsmtp inet n - n - - smtpd\n  -o x=3\n');
  });
});

describe('removeServiceOption', () => {
  it('removes whole -o lines, and inline options with their separating blanks', () => {
    const out = removeOpt(MASTER, 'submission', 'smtpd_tls_mandatory_protocols');
    expect(out).toBe(MASTER.replace('\t-o { smtpd_tls_mandatory_protocols = TLSv1 }\n', ''));
    expect(optionValue(out, 'submission', 'smtpd_tls_mandatory_protocols')).toBeUndefined();
    expect(removeOpt('smtp inet n - n - - smtpd -o a=1 -o b=2\n', 'smtp', 'a')).toBe('smtp inet n - n - - smtpd -o b=2\n');
    expect(removeOpt('smtp inet n - n - - smtpd\n  -o a=1 -o b=2\n  -o a=3\n', 'smtp', 'a')).toBe('smtp inet n - n - - smtpd\n  -o b=2\n');
    expect(removeOpt('smtp inet n - n - - smtpd\r\n  -o a=1\r\n', 'smtp', 'a')).toBe('smtp inet n - n - - smtpd\r\n');
  });
});

describe('protocolListFor', () => {
  it('uses >= from Postfix 3.6 and the exclusion list before', () => {
    expect(protocolListFor('3.6')).toBe('>=TLSv1.2');
    expect(protocolListFor('3.10', 'option')).toBe('>=TLSv1.2');
    expect(protocolListFor('3.5')).toBe('!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
    expect(protocolListFor('3.4', 'option')).toBe('!SSLv2,!SSLv3,!TLSv1,!TLSv1.1');
    expect(versionAtLeast('3.10', '3.6')).toBe(true);
    expect(versionAtLeast('3.5.9', '3.6')).toBe(false);
  });

  it('gives a short -o value that stays short and a main.cf value that is braced in master.cf', () => {
    const text = 'smtp inet n - n - - smtpd\n  -o syslog_name=x\n';
    expect(setOpt(text, 'smtp', 'smtpd_tls_mandatory_protocols', protocolListFor('3.5', 'option'))).toBe(text + '  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1.1\n');
    expect(setOpt(text, 'smtp', 'smtpd_tls_mandatory_protocols', protocolListFor('3.5'))).toBe(text + '  -o { smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 }\n');
  });
});
