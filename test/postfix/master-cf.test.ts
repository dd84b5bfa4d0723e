import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeSource, type Span } from '../../src/postfix/source.js';
import {
  activeServices,
  endpointKey,
  isServiceDisabled,
  parseMasterCf,
  type MasterCf,
  type MasterService,
} from '../../src/postfix/master-cf.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'master');

function parse(text: string, path = 'master.cf'): MasterCf {
  return parseMasterCf(makeSource(path, text));
}
function fixture(name: string): MasterCf {
  const p = join(FIXTURES, name, 'master.cf');
  return parseMasterCf(makeSource(p, readFileSync(p)));
}
const textOf = (m: MasterCf, span: Span): string => m.source.text.slice(span.start.offset, span.end.offset);
const svc = (m: MasterCf, name: string, i = 0): MasterService => m.services.filter((s) => s.name === name)[i] as MasterService;
const codes = (m: MasterCf): string[] => m.diagnostics.map((d) => d.code);

describe('fields (reference §2.1)', () => {
  it('keeps the 8 fields as written, with exact spans', () => {
    const m = parse('smtp      inet  n       -       y       -       -       smtpd\n');
    const s = svc(m, 'smtp');
    expect([s.name, s.type, s.private, s.unprivileged, s.chroot, s.wakeup, s.maxproc, s.command]).toEqual(['smtp', 'inet', 'n', '-', 'y', '-', '-', 'smtpd']);
    expect(s.fieldSpans.map((sp) => textOf(m, sp))).toEqual(['smtp', 'inet', 'n', '-', 'y', '-', '-', 'smtpd']);
    expect(s.fieldSpans[7]?.start.column).toBe(57);
  });

  it.each([
    ['fatal-type', 'invalid type field "tcp" in "smtp tcp n - y - - smtpd"'],
    ['fatal-private', 'invalid private field "N" in "smtp inet N - y - - smtpd"'],
    ['fatal-unprivileged', 'invalid unprivileged field "yy" in "smtp inet n yy y - - smtpd"'],
    ['fatal-chroot', 'invalid chroot field "Y" in "smtp inet n - Y - - smtpd"'],
    ['fatal-wakeup', 'invalid wakeup field "1??" in "pickup unix n - y 1?? 1 pickup"'],
    ['fatal-maxproc', 'invalid process_limit field "1a" in "smtp inet n - y - 1a smtpd"'],
  ])('%s is fatal with postconf\'s message', (name, message) => {
    const m = fixture(name);
    expect(m.fatal?.severity).toBe('fatal');
    expect(m.fatal?.postfixMessage).toBe(message);
    expect(m.fatal?.span?.start.line).toBe(1);
  });

  it('reports a short entry as "bad field count" at its first physical line', () => {
    const m = fixture('fatal-field-count');
    expect(m.postconfFatal).toEqual({ kind: 'field-count', line: 2 });
    expect(m.fatal?.postfixMessage).toMatch(/master\.cf: line 2: bad field count$/);
    expect(m.services.map((s) => s.name)).toEqual(['smtp']);
  });

  it('accepts unix-dgram and pass (postconf 3.7), wakeup "60?", "?", "-?" and maxproc 0', () => {
    expect(fixture('unix-dgram').fatal).toBeUndefined();
    expect(fixture('pass').services.map((s) => s.type)).toEqual(['inet', 'pass', 'unix', 'unix']);
    expect(fixture('wakeup-maxproc-variants').services.map((s) => s.wakeup)).toEqual(['60?', '?', '-?', '0', '300']);
  });

  it('flags an inet service whose private field is "-" (it defaults to y: master refuses it)', () => {
    expect(codes(parse('smtp inet - - y - - smtpd\n'))).toContain('master-cf/private-inet');
    expect(codes(parse('smtp inet n - y - - smtpd\n'))).not.toContain('master-cf/private-inet');
  });
});

describe('-o forms and arguments (reference §2.3)', () => {
  it('reads -o name=value, -oname=value, -o { name = value }, -o {x=y} and clustered -vo', () => {
    const m = fixture('o-forms');
    const s = svc(m, 'smtp');
    expect(s.options.map((o) => [o.name, o.value, o.form])).toEqual([
      ['smtpd_tls_security_level', 'may', 'short'],
      ['smtpd_tls_auth_only', 'yes', 'attached'],
      ['smtpd_tls_protocols', '!SSLv2, !SSLv3', 'braced'],
      ['smtpd_tls_loglevel', '1', 'braced'],
      ['syslog_name', 'postfix/smtp', 'short'],
      ['smtpd_tls_received_header', 'yes', 'attached'],
      ['smtpd_tls_ciphers', '', 'short'],
    ]);
    for (const o of s.options) {
      expect(textOf(m, o.nameSpan)).toBe(o.name);
      expect(textOf(m, o.valueSpan)).toBe(o.value);
      expect(textOf(m, o.span).startsWith('-')).toBe(true);
    }
    expect(textOf(m, s.options[2]!.span)).toBe('-o { smtpd_tls_protocols = !SSLv2, !SSLv3 }');
    expect(s.strayArguments).toEqual([]);
  });

  it('takes braced values over continuation lines with comment lines in between', () => {
    const m = fixture('multiline-braces');
    const s = svc(m, 'submission');
    expect(s.options.map((o) => [o.name, o.value])).toEqual([
      ['smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3,       !TLSv1'],
      ['smtpd_tls_security_level', 'encrypt'],
    ]);
    expect(s.options[0]!.valueSpan.start.line).toBe(4);
    expect(s.options[0]!.valueSpan.end.line).toBe(6);
    expect(s.options[1]!.nameSpan.start.line).toBe(7);
    expect(s.options[1]!.valueSpan.start.line).toBe(8);
  });

  it('"-o name=a, b": the rest is a stray argument, later -o are not applied, smtpd dies', () => {
    const m = fixture('stray-comma');
    const s = svc(m, 'submission');
    expect(s.options.map((o) => [o.name, o.value])).toEqual([['smtpd_tls_protocols', '!SSLv2,']]);
    expect(s.strayArguments.map((a) => a.text)).toEqual(['!SSLv3', '-o', 'smtpd_tls_auth_only=yes']);
    const d = m.diagnostics.find((x) => x.code === 'master-cf/unexpected-argument');
    expect(d?.postfixMessage).toBe('unexpected command-line argument: !SSLv3');
    expect(d?.message).toMatch(/later -o/);
    expect(d?.span && textOf(m, d.span)).toBe('!SSLv3');
    // postconf agrees: its name space holds only the first option.
    expect(s.normalizedArgv.slice(8)).toEqual(['-o', 'smtpd_tls_protocols=!SSLv2,', '!SSLv3', '-o', 'smtpd_tls_auth_only=yes']);
  });

  it('"#" in the middle of a line is an argument, not a comment', () => {
    const m = fixture('hash-midline');
    const s = svc(m, 'smtp');
    expect(s.options.map((o) => o.name)).toEqual(['syslog_name', 'smtpd_tls_security_level']);
    expect(s.strayArguments.map((a) => a.text)).toEqual(['#', 'require', 'TLS']);
    expect(m.diagnostics.find((x) => x.code === 'master-cf/unexpected-argument')?.message).toMatch(/"#" does not start a comment/);
  });

  it('"-o{a = b}" is one token for master: the daemon sees the braces, postconf hides them', () => {
    const m = fixture('glued-brace');
    const s = svc(m, 'smtp');
    // "-o{smtpd_tls_security_level = encrypt}": name "{smtpd_tls_security_level", value "encrypt}"
    expect(s.options.map((o) => [o.name, o.value, o.form])).toEqual([['{smtpd_tls_security_level', 'encrypt}', 'attached']]);
    // "-o{ smtpd_tls_auth_only=yes }": name "{" with no "=" after it: the daemon exits
    expect(codes(m)).toContain('master-cf/bad-option-value');
    // postconf's normalizer splits "-stuffozz" at any later "o" (the "o" of "only"), as real postconf does:
    expect(s.normalizedArgv.slice(8)).toEqual(['-o', 'smtpd_tls_security_level=encrypt', '-o', 'smtpd_tls_auth_', '-o', 'nly=yes }']);
    expect(m.postconfWarnings.map((w) => w.text)).toEqual([`master.cf: missing '}' in "{ smtpd_tls_auth_"`, `master.cf: missing '=' after attribute name: "smtpd_tls_auth_"`]);
    expect(codes(m).filter((c) => c === 'master-cf/glued-brace')).toHaveLength(2);
  });

  it('strips braces of non-option arguments only when the token starts with "{"', () => {
    const m = fixture('brace-arguments');
    const s = svc(m, 'smtp');
    expect(s.strayArguments.map((a) => a.text)).toEqual(['arg with space', 'a=b', 'bar']);
    expect(codes(m)).toContain('master-cf/unbalanced-brace');
    expect(m.postconfWarnings.map((w) => w.text)).toContain(`master.cf: syntax error after '}' in "{a=b}}x"`);
  });

  it('"--" ends the options; a pipe command may have arguments', () => {
    const m = parse('a unix - - n - - smtpd -- -o a=b\nm unix - n n - - pipe flags=R user=vmail argv=/bin/cat ${recipient}\n');
    expect(svc(m, 'a').options).toEqual([]);
    expect(svc(m, 'a').strayArguments.map((x) => x.text)).toEqual(['-o', 'a=b']);
    expect(svc(m, 'm').strayArguments).toHaveLength(4);
    expect(m.diagnostics.filter((d) => d.code === 'master-cf/unexpected-argument')).toHaveLength(1);
  });
});

describe('logical lines in master.cf', () => {
  it('indented -o lines under a commented-out service continue the previous active service', () => {
    const m = fixture('commented-service-live-options');
    expect(m.services.map((s) => s.name)).toEqual(['smtp', 'pickup']);
    expect(svc(m, 'smtp').options.map((o) => [o.name, o.value])).toEqual([
      ['syslog_name', 'postfix/submission'],
      ['smtpd_tls_security_level', 'encrypt'],
    ]);
    expect(svc(m, 'smtp').options[1]!.span.start.line).toBe(4);
  });

  it('CRLF: "\\r" separates fields and never enters a value', () => {
    const m = fixture('crlf');
    expect(svc(m, 'smtp').options.map((o) => [o.name, o.value])).toEqual([
      ['smtpd_tls_security_level', 'may'],
      ['smtpd_tls_protocols', '>=TLSv1.2'],
    ]);
    expect(svc(m, 'relay').command).toBe('smtp');
  });

  it('drops a first line that starts with whitespace, with postconf\'s warning', () => {
    const m = fixture('leading-whitespace-first-line');
    expect(m.services.map((s) => s.name)).toEqual(['smtp']);
    expect(m.diagnostics[0]?.code).toBe('master-cf/leading-whitespace');
  });
});

describe('duplicates and master_service_disable (reference §2.2)', () => {
  it('canonicalizes inet endpoints with known_tcp_ports', () => {
    expect(endpointKey('smtp', 'inet', 'n')).toBe(endpointKey('25', 'inet', 'n'));
    expect(endpointKey('submissions', 'inet', 'n')).toBe(endpointKey('smtps', 'inet', 'n'));
    expect(endpointKey('127.0.0.1:smtp', 'inet', 'n')).toBe(endpointKey('127.0.0.1:25', 'inet', 'n'));
    expect(endpointKey('[::1]:2587', 'inet', 'n')).toBe('inet:[::1]:2587');
    expect(endpointKey('0.0.0.0:25', 'inet', 'n')).not.toBe(endpointKey('25', 'inet', 'n'));
    expect(endpointKey('x', 'unix', 'n')).not.toBe(endpointKey('x', 'unix', '-'));
  });

  it('names both lines; the last entry is the one master runs', () => {
    const m = fixture('duplicates');
    const dups = m.diagnostics.filter((d) => d.code === 'master-cf/duplicate-service');
    expect(dups.map((d) => d.span?.start.line)).toEqual([1, 2, 4, 7]);
    expect(dups[0]?.message).toMatch(/line 1.*line 3/);
    const active = activeServices(m);
    expect(active.map((s) => s.line.firstLine)).toEqual([3, 5, 6, 8]);
    expect(svc(m, 'smtp').supersededByLine).toBe(3);
  });

  it('master_service_disable: name/type or type, "!" negation, first match wins, case-insensitive, name.type', () => {
    const s = { name: 'smtp', type: 'inet' };
    expect(isServiceDisabled(s, '')).toBe(false);
    expect(isServiceDisabled(s, 'inet')).toBe(true);
    expect(isServiceDisabled(s, 'SMTP/INET')).toBe(true);
    expect(isServiceDisabled(s, '!smtp/inet, inet')).toBe(false);
    expect(isServiceDisabled(s, 'smtp.inet')).toBe(true);
    expect(isServiceDisabled(s, 'submission/inet unix')).toBe(false);
    const m = fixture('duplicates');
    expect(activeServices(m, 'smtp/inet').map((x) => x.line.firstLine)).toEqual([2, 5, 6, 8]);
  });
});

describe('robustness', () => {
  it('parses every fixture and every span lies inside the file', () => {
    for (const d of readdirSync(FIXTURES)) {
      const p = join(FIXTURES, d, 'master.cf');
      if (!existsSync(p)) continue;
      const m = parseMasterCf(makeSource(p, readFileSync(p)));
      for (const s of m.services) for (const o of s.options) expect(o.span.end.offset).toBeLessThanOrEqual(m.source.text.length);
    }
  });

  it('never throws, items cover every byte, spans are ordered and in bounds (property)', () => {
    const piece = fc.constantFrom(
      'smtp', 'inet', 'unix', 'n', '-', 'y', '60?', '1', 'smtpd', '-o', 'a=b', '-oa=b', '{', '}', '{ a = b }', '-o{a = b}',
      ' ', '  ', '\t', '\n', '\r\n', '\n  ', '\n#c\n', '#', '=', 'é', '!SSLv3,', '--', '-v', '$x', '${', '{{',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const m = parse(text);
        const covered = new Array<boolean>(text.length).fill(false);
        for (const item of m.items) for (let k = item.startOffset; k < item.endOffset; k++) covered[k] = true;
        // every byte but the line terminators belongs to an item
        expect(covered.every((c, k) => c || text[k] === '\n')).toBe(true);
        for (const s of m.services) {
          for (const sp of [...s.fieldSpans, ...s.options.flatMap((o) => [o.span, o.nameSpan, o.valueSpan]), ...s.strayArguments.map((a) => a.span)]) {
            expect(sp.start.offset).toBeLessThanOrEqual(sp.end.offset);
            expect(sp.end.offset).toBeLessThanOrEqual(text.length);
          }
          for (const o of s.options) expect(textOf(m, o.nameSpan).replace(/\n[^\n]*\n/g, '')).toContain(o.name.slice(0, 1));
        }
      }),
      { numRuns: 500 },
    );
  });
});
