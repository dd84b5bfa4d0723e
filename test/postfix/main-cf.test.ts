import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMainCf, splitNameValue } from '../../src/postfix/main-cf.js';
import { makeSource } from '../../src/postfix/source.js';

const parse = (text: string | Uint8Array, path = '/etc/postfix/main.cf') => parseMainCf(makeSource(path, text));
const slice = (text: string, span: { start: { offset: number }; end: { offset: number } }) => text.slice(span.start.offset, span.end.offset);

describe('parseMainCf', () => {
  it('splits name = value at the first "=" and trims around the value (reference §1.2)', () => {
    const text = 'smtpd_tls_protocols = >=TLSv1.2  \nsmtpd_use_tls =yes\n';
    const cf = parse(text);
    expect(cf.entries.map((e) => [e.name, e.value])).toEqual([
      ['smtpd_tls_protocols', '>=TLSv1.2'],
      ['smtpd_use_tls', 'yes'],
    ]);
    expect(slice(text, cf.entries[0]!.nameSpan)).toBe('smtpd_tls_protocols');
    expect(slice(text, cf.entries[0]!.valueSpan)).toBe('>=TLSv1.2');
    expect(cf.entries[1]!.valueSpan.start).toMatchObject({ line: 2, column: 16 });
  });

  it('joins continuation lines across interior comments and maps the value span back (reference §1.1)', () => {
    const text = 'smtpd_tls_mandatory_protocols = !SSLv2,\n# a comment\n   !SSLv3,\n     # indented\n   !TLSv1\nx = 1\n';
    const cf = parse(text);
    const e = cf.entries[0]!;
    expect(e.value).toBe('!SSLv2,   !SSLv3,   !TLSv1');
    expect(e.line.firstLine).toBe(1);
    expect(e.valueSpan.start.line).toBe(1);
    expect(e.valueSpan.end).toMatchObject({ line: 5, column: 10 });
  });

  it('keeps "#" in the middle of a value and CR at line ends is trimmed', () => {
    const cf = parse('smtpd_tls_protocols = TLSv1.2 # only modern\r\nb = 2\r\n');
    expect(cf.values.get('smtpd_tls_protocols')?.value).toBe('TLSv1.2 # only modern');
    expect(cf.values.get('b')?.value).toBe('2');
  });

  it('keeps a UTF-8 BOM in the first name', () => {
    const cf = parse(Buffer.from('\ufeffsmtpd_tls_security_level = encrypt\n', 'utf8'));
    expect(cf.entries[0]!.name).toBe('\ufeffsmtpd_tls_security_level');
    expect(cf.values.has('smtpd_tls_security_level')).toBe(false);
  });

  it('drops a logical line that starts with whitespace, with Postfix\'s warning', () => {
    const cf = parse('   smtpd_tls_security_level = encrypt\nb = 1\n');
    expect(cf.entries.map((e) => e.name)).toEqual(['b']);
    expect(cf.diagnostics[0]?.postfixMessage).toBe(
      '/etc/postfix/main.cf: logical line must not start with whitespace: "   smtpd_tls_security_level = ..."',
    );
  });

  it('missing "=" and missing name are fatal with the first physical line of the logical line', () => {
    const a = parse('a = 1\n\nsmtpd_tls_ciphers\n   high\nb = 2\n');
    expect(a.fatal?.postfixMessage).toBe(`/etc/postfix/main.cf, line 3: missing '=' after attribute name: "smtpd_tls_ciphers   high"`);
    expect(a.entries.map((e) => e.name)).toEqual(['a']);
    const b = parse('= yes\n');
    expect(b.fatal?.postfixMessage).toBe('/etc/postfix/main.cf, line 1: missing attribute name: "= yes"');
  });

  it('keeps duplicates, the last one wins, and a changed value is reported like dict_update()', () => {
    const cf = parse('x = 1\nx = 1\nX = 3\nx = 2\n');
    expect(cf.entries.filter((e) => e.name === 'x').map((e) => e.value)).toEqual(['1', '1', '2']);
    expect(cf.values.get('x')?.value).toBe('2');
    expect(cf.values.get('X')?.value).toBe('3');
    expect(cf.diagnostics.map((d) => d.postfixMessage)).toEqual(['/etc/postfix/main.cf, line 4: overriding earlier entry: x=1']);
  });

  it('marks values that overlap a template placeholder', () => {
    const cf = parse('smtpd_tls_cert_file = {{ cert_path }}\nsmtpd_tls_security_level = may\nm = inline:{{a=b}}\n');
    expect(cf.entries.map((e) => e.templated)).toEqual([true, false, false]);
  });

  it('splitNameValue follows split_nameval()', () => {
    expect(splitNameValue('  a\t= b c ')).toMatchObject({ name: 'a', value: 'b c' });
    expect(splitNameValue('a b')).toEqual({ error: "missing '=' after attribute name" });
    expect(splitNameValue('=b')).toEqual({ error: 'missing attribute name' });
  });

  it('never throws and its items cover every byte of the input (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', '_', '=', ' ', '\t', '\n', '\r', '#', '$', '{', '}', '\ufeff', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (text) => {
        const cf = parse(text);
        // A logical line's range encloses the comment/blank items between its pieces; together the
        // items cover every character except the newlines that end physical lines.
        const covered = new Array<boolean>(text.length).fill(false);
        for (const item of cf.items) for (let k = item.startOffset; k < item.endOffset; k++) covered[k] = true;
        for (let k = 0; k < text.length; k++) if (!covered[k]) expect(text[k]).toBe('\n');
        for (const e of cf.entries) {
          expect(e.valueSpan.start.offset).toBeLessThanOrEqual(e.valueSpan.end.offset);
          expect(text.slice(e.nameSpan.start.offset, e.nameSpan.end.offset)).toBe(e.name);
        }
      }),
      { numRuns: 500 },
    );
  });
});
