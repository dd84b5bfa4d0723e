/**
 * Review suggestions: the whole lines a ```suggestion block replaces, applied as GitHub applies
 * them, give exactly the text of the fix's edits; on generated texts and edits (property) and on
 * every fix the shared corpus produces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { auditRepository, loadPolicy } from '../../src/audit.js';
import { applyEdits, type TextEdit } from '../../src/fix/edits.js';
import { sourcesOf } from '../../src/policy/report.js';
import { applySuggestion, suggestionFor } from '../../src/report/suggestion.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function editAt(text: string, start: number, end: number, replacement: string): TextEdit {
  const a = positionOf(text, start);
  const b = positionOf(text, end);
  return { file: 'f', startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, replacement };
}

describe('suggestionFor', () => {
  it('examples: a value change, a removed continuation line, an inserted line, a multi-line change', () => {
    const text = 'a = 1\nsubmission inet n - y - - smtpd\n  -o x=1\n  -o y=2\nsmtps inet n - y - - smtpd\n';
    const value = suggestionFor(text, [editAt(text, text.indexOf('1\n'), text.indexOf('1\n') + 1, '2')])!;
    expect(value).toEqual({ startLine: 1, endLine: 1, text: 'a = 2' });
    const removeStart = text.indexOf('  -o x=1');
    const removal = suggestionFor(text, [editAt(text, removeStart, removeStart + '  -o x=1\n'.length, '')])!;
    expect(removal).toEqual({ startLine: 3, endLine: 3, text: '' });
    const insertAt = text.indexOf('smtps');
    const insertion = suggestionFor(text, [editAt(text, insertAt, insertAt, '  -o z=3\n')])!;
    expect(insertion).toEqual({ startLine: 4, endLine: 4, text: '  -o y=2\n  -o z=3' });
    const both = suggestionFor(text, [editAt(text, text.indexOf('x=1') + 2, text.indexOf('x=1') + 3, '9'), editAt(text, insertAt, insertAt, '  -o z=3\n')])!;
    expect(both).toEqual({ startLine: 3, endLine: 4, text: '  -o x=9\n  -o y=2\n  -o z=3' });
    for (const s of [value, removal, insertion]) expect(applySuggestion(text, s)).not.toBe(text);
  });

  it('a line blanked (not deleted) takes the next line in, so that "" always means deletion', () => {
    const text = 'keep\nx\nnext\n';
    const s = suggestionFor(text, [editAt(text, 5, 6, '')])!;
    expect(s).toEqual({ startLine: 2, endLine: 3, text: '\nnext' });
    expect(applySuggestion(text, s)).toBe('keep\n\nnext\n');
  });

  it('property: applying the suggestion equals applying the edits', () => {
    const line = fc.stringMatching(/^[a-z =,\-{}#\t]{0,12}\r?$/);
    const textArb = fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([ls, finalBreak]) => ls.join('\n') + (finalBreak ? '\n' : ''));
    const replacement = fc.stringMatching(/^[a-z =\n]{0,10}$/);
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), replacement), { minLength: 1, maxLength: 3 }), (text, raw) => {
        // Non-overlapping edits, sorted, inside the text.
        const edits: TextEdit[] = [];
        let from = 0;
        for (const [at, len, rep] of raw) {
          if (from > text.length) break;
          const start = from + (at % (text.length - from + 1));
          const end = Math.min(text.length, start + len);
          edits.push(editAt(text, start, end, rep));
          from = end + 1;
        }
        const expected = applyEdits(text, edits);
        const s = suggestionFor(text, edits);
        if (s === undefined) {
          // Only when the new lines cannot end where the old ones did at the end of the file.
          expect(text.endsWith('\n')).toBe(true);
          return;
        }
        expect(s.startLine).toBeGreaterThanOrEqual(1);
        expect(s.endLine).toBeGreaterThanOrEqual(s.startLine);
        expect(applySuggestion(text, s)).toBe(expected);
      }),
      { numRuns: 600 },
    );
  });

  it.skipIf(!corpusPresent())('every fix the shared corpus produces, with the real texts', async () => {
    const dir = stageCorpusRepository('pta-suggest-corpus-');
    try {
      const loaded = await loadPolicy({ root: dir, cwd: dir });
      if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
      const audit = await auditRepository(dir, { policy: loaded.policy });
      const sources = sourcesOf(audit.models);
      let checked = 0;
      for (const f of audit.findings) {
        if (!f.fix || new Set(f.fix.edits.map((e) => e.file)).size !== 1) continue;
        const text = sources.get(f.fix.edits[0]!.file)!.text;
        const s = suggestionFor(text, f.fix.edits);
        expect(s, `${f.file}:${f.line} ${f.ruleId}`).toBeDefined();
        expect(applySuggestion(text, s!)).toBe(applyEdits(text, f.fix.edits));
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
