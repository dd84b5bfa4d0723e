import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLogicalLines, sourceOffsetOf, leadingWhitespaceWarning, type LogicalLine } from '../../src/postfix/logical-lines.js';
import { makeSource, positionAt, decodeBytes, encodeText } from '../../src/postfix/source.js';

function logical(text: string): LogicalLine[] {
  return readLogicalLines(makeSource('main.cf', text)).filter((i): i is LogicalLine => i.kind === 'logical');
}

describe('readllines (postfix-semantics §1.1)', () => {
  it('joins indented continuations without adding a separator', () => {
    const [l] = logical('a = b,\n   c\n');
    expect(l?.text).toBe('a = b,   c');
    expect(l?.firstLine).toBe(1);
    expect(l?.lastLine).toBe(2);
  });

  it('skips comment and blank lines inside a continued value (the reference example)', () => {
    const text = 'smtpd_tls_mandatory_protocols = !SSLv2,\n# a comment in the middle\n   !SSLv3,\n     # indented comment\n\n   !TLSv1\nnext = 1\n';
    const lines = logical(text);
    expect(lines.map((l) => l.text)).toEqual(['smtpd_tls_mandatory_protocols = !SSLv2,   !SSLv3,   !TLSv1', 'next = 1']);
    expect(lines[0]?.lastLine).toBe(6);
    expect(lines[1]?.firstLine).toBe(7);
  });

  it('keeps "#" in the middle of a line as text', () => {
    expect(logical('smtpd_tls_protocols = TLSv1.2 # only modern\n')[0]?.text).toBe('smtpd_tls_protocols = TLSv1.2 # only modern');
  });

  it('flags a logical line that starts with whitespace, with Postfix\'s warning text', () => {
    const lines = logical('# top\n  indented = a value that is rather long indeed\nok = 1\n');
    expect(lines[0]?.startsWithWhitespace).toBe(true);
    expect(leadingWhitespaceWarning('/x/main.cf', lines[0] as LogicalLine)).toBe(
      '/x/main.cf: logical line must not start with whitespace: "  indented = a value that is r..."',
    );
    expect(lines[1]?.startsWithWhitespace).toBe(false);
  });

  it('glues an indented line after a parameter onto its value (gotcha in §1.1)', () => {
    expect(logical('smtpd_tls_security_level = may\n  smtpd_tls_auth_only = yes\n')[0]?.text).toBe(
      'smtpd_tls_security_level = may  smtpd_tls_auth_only = yes',
    );
  });

  it('keeps CR characters (CRLF files) in the text', () => {
    const lines = logical('a = 1\r\n  b\r\nc = 2\r\n');
    expect(lines.map((l) => l.text)).toEqual(['a = 1\r  b\r', 'c = 2\r']);
  });

  it('reads a last line without newline', () => {
    expect(logical('a = 1\nb = 2').map((l) => l.text)).toEqual(['a = 1', 'b = 2']);
  });

  it('maps text offsets of continued values back to source positions', () => {
    const src = makeSource('main.cf', 'a = x,\n# c\n    yy\n');
    const [l] = readLogicalLines(src).filter((i): i is LogicalLine => i.kind === 'logical');
    const idx = (l as LogicalLine).text.indexOf('yy');
    const pos = positionAt(src, sourceOffsetOf(l as LogicalLine, idx));
    expect(pos).toMatchObject({ line: 3, column: 5 });
  });

  it('round-trips bytes, including a BOM and invalid UTF-8', () => {
    for (const bytes of [Buffer.from('\ufeffa = 1\n', 'utf8'), Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0x0a])]) {
      const { text, encoding } = decodeBytes(bytes);
      expect(encodeText(text, encoding).equals(bytes)).toBe(true);
    }
    expect(decodeBytes(Buffer.from('\ufeffa', 'utf8')).text.charCodeAt(0)).toBe(0xfeff);
  });

  it('covers every character exactly once and never throws (property)', () => {
    const alphabet = fc.constantFrom('a', '=', ' ', '\t', '\n', '\r', '#', 'x', '{', '}', '$', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (text) => {
        const src = makeSource('f', text);
        const items = readLogicalLines(src);
        // Collect every covered range: logical lines cover their pieces, trivia their line.
        const covered = new Array<number>(text.length).fill(0);
        for (const it of items) {
          if (it.kind === 'trivia') for (let i = it.startOffset; i < it.endOffset; i++) covered[i]! += 1;
          else for (const p of it.pieces) for (let i = 0; i < p.length; i++) covered[p.sourceStart + i]! += 1;
        }
        // Everything but the newlines is covered once; newlines are not part of any item.
        for (let i = 0; i < text.length; i++) expect(covered[i]).toBe(text[i] === '\n' ? 0 : 1);
        // Items are in file order.
        const starts = items.map((i) => i.startOffset);
        expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
