import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits, EditError, unifiedDiff, unifiedDiffOfFile, type TextEdit } from '../../src/fix/index.js';

const edit = (startLine: number, startColumn: number, endLine: number, endColumn: number, replacement: string, file = 'f'): TextEdit => ({
  file, startLine, startColumn, endLine, endColumn, replacement,
});

describe('applyEdits', () => {
  it('replaces, inserts and deletes at exact positions (exclusive end)', () => {
    const text = 'a = 1\nbb = 22\nc = 3\n';
    expect(applyEdits(text, [edit(2, 6, 2, 8, '99')])).toBe('a = 1\nbb = 99\nc = 3\n');
    expect(applyEdits(text, [edit(2, 1, 2, 1, 'x = 0\n')])).toBe('a = 1\nx = 0\nbb = 22\nc = 3\n');
    expect(applyEdits(text, [edit(2, 1, 3, 1, '')])).toBe('a = 1\nc = 3\n');
    expect(applyEdits(text, [edit(4, 1, 4, 1, 'd = 4\n')])).toBe('a = 1\nbb = 22\nc = 3\nd = 4\n');
  });

  it('applies several edits against the original positions, in any order', () => {
    const text = 'one\ntwo\nthree\n';
    const edits = [edit(3, 1, 3, 6, 'THREE'), edit(1, 1, 1, 4, 'ONE')];
    expect(applyEdits(text, edits)).toBe('ONE\ntwo\nTHREE\n');
    expect(applyEdits(text, [...edits].reverse())).toBe('ONE\ntwo\nTHREE\n');
  });

  it('keeps the given order of insertions at one point, and an insertion at a replaced range end', () => {
    const text = 'x\n';
    expect(applyEdits(text, [edit(2, 1, 2, 1, 'a\n'), edit(2, 1, 2, 1, 'b\n')])).toBe('x\na\nb\n');
    expect(applyEdits(text, [edit(1, 1, 1, 2, 'y'), edit(1, 2, 1, 2, 'z')])).toBe('yz\n');
    expect(applyEdits(text, [edit(1, 1, 1, 1, '<'), edit(1, 1, 1, 2, 'y')])).toBe('<y\n');
  });

  it('rejects overlapping edits and positions outside the text', () => {
    const text = 'abcdef\nghi\n';
    expect(() => applyEdits(text, [edit(1, 1, 1, 4, 'x'), edit(1, 3, 1, 5, 'y')])).toThrow(EditError);
    expect(() => applyEdits(text, [edit(1, 1, 1, 4, 'x'), edit(1, 2, 1, 2, 'y')])).toThrow(/overlapping/);
    expect(() => applyEdits(text, [edit(1, 1, 1, 4, 'x'), edit(1, 1, 1, 3, 'y')])).toThrow(/overlapping/);
    expect(() => applyEdits(text, [edit(1, 9, 1, 9, 'x')])).toThrow(/past the end of line 1/);
    expect(() => applyEdits(text, [edit(4, 1, 4, 1, 'x')])).toThrow(/outside/);
    expect(() => applyEdits(text, [edit(2, 2, 1, 1, 'x')])).toThrow(/before it starts/);
  });

  it('counts columns in characters and keeps "\\r" as line content', () => {
    expect(applyEdits('ä = é\r\nb = 2\r\n', [edit(1, 5, 1, 6, 'x')])).toBe('ä = x\r\nb = 2\r\n');
  });
});

describe('unifiedDiff', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `p${i + 1} = v${i + 1}`).join('\n') + '\n';

  it('prints a replacement with 3 lines of context', () => {
    expect(unifiedDiffOfFile('etc/postfix/main.cf', lines, [edit(10, 7, 10, 10, 'new', 'etc/postfix/main.cf')])).toBe(
      [
        '--- a/etc/postfix/main.cf',
        '+++ b/etc/postfix/main.cf',
        '@@ -7,7 +7,7 @@',
        ' p7 = v7',
        ' p8 = v8',
        ' p9 = v9',
        '-p10 = v10',
        '+p10 = new',
        ' p11 = v11',
        ' p12 = v12',
        ' p13 = v13',
        '',
      ].join('\n'),
    );
  });

  it('shows an insertion as added lines only, and merges close changes into one hunk', () => {
    const d = unifiedDiffOfFile('m', lines, [edit(2, 1, 2, 1, 'x = 1\n', 'm'), edit(6, 1, 7, 1, '', 'm')]);
    expect(d).toBe(['--- a/m', '+++ b/m', '@@ -1,9 +1,9 @@', ' p1 = v1', '+x = 1', ' p2 = v2', ' p3 = v3', ' p4 = v4', ' p5 = v5', '-p6 = v6', ' p7 = v7', ' p8 = v8', ' p9 = v9', ''].join('\n'));
  });

  it('uses the line before an empty range and marks a missing final newline', () => {
    expect(unifiedDiffOfFile('m', 'a\nb', [edit(2, 2, 2, 2, '\nc = 1\n', 'm')])).toBe(
      ['--- a/m', '+++ b/m', '@@ -1,2 +1,3 @@', ' a', '-b', '\\ No newline at end of file', '+b', '+c = 1', ''].join('\n'),
    );
    expect(unifiedDiffOfFile('m', 'a\n', [edit(2, 1, 2, 1, 'z\n', 'm')])).toBe(['--- a/m', '+++ b/m', '@@ -1 +1,2 @@', ' a', '+z', ''].join('\n'));
    expect(unifiedDiffOfFile('m', 'a\nb\n', [edit(1, 1, 2, 1, '', 'm')])).toBe(['--- a/m', '+++ b/m', '@@ -1,2 +1 @@', '-a', ' b', ''].join('\n'));
    expect(unifiedDiffOfFile('m', 'a\n', [edit(1, 1, 1, 1, '', 'm')])).toBe('');
  });

  it('is accepted by git apply and by patch and gives the edited files (random edits)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fix-diff-'));
    try {
      const lineArb = fc.stringMatching(/^[a-z =,!.>]{0,12}(\r)?$/);
      fc.assert(
        fc.property(
          fc.array(lineArb, { minLength: 0, maxLength: 25 }),
          fc.boolean(),
          fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3), fc.stringMatching(/^[A-Z\n]{0,8}$/)), { maxLength: 5 }),
          (ls, finalNewline, raw) => {
            const text = ls.join('\n') + (finalNewline && ls.length > 0 ? '\n' : '');
            // Non-overlapping edits from random offsets.
            const points = [...new Set(raw.map(([a]) => (text.length === 0 ? 0 : a % (text.length + 1))))].sort((x, y) => x - y);
            const edits: TextEdit[] = [];
            let floor = 0;
            for (let k = 0; k < points.length; k++) {
              const start = Math.max(points[k] as number, floor);
              const limit = (points[k + 1] ?? text.length) as number;
              const end = Math.min(start + (raw[k]?.[2] ?? 0), limit);
              if (start > end) continue;
              const pos = (o: number): [number, number] => {
                const before = text.slice(0, o);
                const line = before.split('\n').length;
                return [line, o - (before.lastIndexOf('\n') + 1) + 1];
              };
              const [sl, sc] = pos(start);
              const [el, ec] = pos(end);
              edits.push(edit(sl, sc, el, ec, raw[k]?.[3] ?? '', 'f.cf'));
              floor = end;
            }
            const after = applyEdits(text, edits);
            const diff = unifiedDiff(new Map([['f.cf', text]]), edits);
            if (after === text) return diff === '';
            writeFileSync(join(dir, 'f.cf'), text);
            writeFileSync(join(dir, 'p.diff'), diff);
            execFileSync('patch', ['-s', '-p1', '-d', dir, '-i', join(dir, 'p.diff')]);
            expect(readFileSync(join(dir, 'f.cf'), 'latin1')).toBe(after);
            return true;
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is accepted by git apply for several files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fix-git-'));
    try {
      mkdirSync(join(dir, 'etc'));
      const main = 'smtpd_tls_security_level = may\r\nsmtpd_tls_protocols = !SSLv2\r\n';
      const master = 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n';
      writeFileSync(join(dir, 'etc/main.cf'), main);
      writeFileSync(join(dir, 'etc/master.cf'), master);
      const edits = [edit(2, 23, 2, 29, '>=TLSv1.2', 'etc/main.cf'), edit(4, 1, 4, 1, '  -o smtpd_tls_security_level=encrypt\n', 'etc/master.cf')];
      const diff = unifiedDiff(new Map([['etc/main.cf', main], ['etc/master.cf', master]]), edits);
      writeFileSync(join(dir, 'p.diff'), diff);
      execFileSync('git', ['init', '-q', dir]);
      execFileSync('git', ['-C', dir, 'apply', '--whitespace=nowarn', 'p.diff']);
      expect(readFileSync(join(dir, 'etc/main.cf'), 'utf8')).toBe('smtpd_tls_security_level = may\r\nsmtpd_tls_protocols = >=TLSv1.2\r\n');
      expect(readFileSync(join(dir, 'etc/master.cf'), 'utf8')).toBe(master + '  -o smtpd_tls_security_level=encrypt\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
