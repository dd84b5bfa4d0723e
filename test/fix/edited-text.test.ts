/**
 * The shortcuts of fix verification and the builders' read-backs give what the long way gives:
 * editedSource is the source made from the edited text's bytes, editedRange is the slice of the
 * whole edited text, and the line starts a caller passes in change nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, editedRange, editedSource, EditError, lineStartsOf, resolveEdits, type TextEdit } from '../../src/fix/edits.js';
import { makeSource, type SourceEncoding } from '../../src/postfix/source.js';

const piece = fc.constantFrom('a', ' = ', '\n', '\r\n', '\t', 'é', 'ÿ', '€', '😀', '\uFEFF', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000');
const text = fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }).map((p) => p.join(''));
const encoding = fc.constantFrom<SourceEncoding>('utf8', 'latin1');

/** (line, column) of an offset, counted as src/postfix/source.ts does. */
function position(t: string, offset: number): [number, number] {
  const before = t.slice(0, offset);
  return [before.split('\n').length, offset - (before.lastIndexOf('\n') + 1) + 1];
}

const edit = (t: string, start: number, end: number, replacement: string): TextEdit => {
  const [startLine, startColumn] = position(t, start);
  const [endLine, endColumn] = position(t, end);
  return { file: 'f', startLine, startColumn, endLine, endColumn, replacement };
};

/** A text of lines and some edits at random offsets (they may overlap). */
const edited = fc
  .tuple(fc.array(fc.stringMatching(/^[a-c =é]{0,5}\r?$/), { maxLength: 12 }), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.stringMatching(/^[XY\n]{0,4}$/)), { maxLength: 4 }))
  .map(([lines, finalNewline, raw]) => {
    const t = lines.join('\n') + (finalNewline ? '\n' : '');
    const edits = raw.map(([a, len, r]) => {
      const start = a % (t.length + 1);
      return edit(t, start, Math.min(t.length, start + len), r);
    });
    return { t, edits };
  });

describe('editedSource', () => {
  it('is the source of the text written in its encoding and decoded again', () => {
    fc.assert(
      fc.property(text, encoding, (t, enc) => {
        expect(editedSource('p', t, enc)).toEqual(makeSource('p', Buffer.from(t, enc)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a lone surrogate as the bytes Postfix would get, and Latin-1 bytes that became UTF-8 as UTF-8', () => {
    expect(editedSource('p', 'a\uD800', 'utf8')).toEqual({ path: 'p', text: 'a\uFFFD', encoding: 'utf8', lineStarts: [0] });
    expect(editedSource('p', 'a = b\n', 'latin1').encoding).toBe('utf8');
    expect(editedSource('p', 'a = \u00e9\n', 'latin1')).toEqual({ path: 'p', text: 'a = \u00e9\n', encoding: 'latin1', lineStarts: [0, 6] });
  });
});

describe('editedRange', () => {
  it('is the range of the whole edited text (whole lines), or undefined when the edits do not apply', () => {
    fc.assert(
      fc.property(edited, fc.nat(), fc.nat(), ({ t, edits }, a, b) => {
        const source = makeSource('f', t);
        // A range of whole lines around the edits.
        const starts = source.lineStarts;
        const first = Math.min(a % starts.length, ...edits.map((e) => e.startLine - 1));
        const last = Math.max(b % starts.length, ...edits.map((e) => e.endLine - 1));
        const start = starts[first] as number;
        const end = starts[last + 1] ?? t.length;
        let expected: string | undefined;
        try {
          const whole = applyEdits(t, edits);
          const lines = whole.slice(start, whole.length - (t.length - end));
          expected = end < t.length && !lines.endsWith('\n') ? undefined : lines;
        } catch (e) {
          if (!(e instanceof EditError)) throw e;
          expected = undefined;
        }
        expect(editedRange(source, edits, start, end)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('is undefined for an edit outside the range', () => {
    const source = makeSource('f', 'a\nb\nc\n');
    expect(editedRange(source, [edit(source.text, 0, 1, 'x')], 2, 4)).toBeUndefined();
    expect(editedRange(source, [edit(source.text, 2, 3, 'x')], 2, 4)).toBe('x\n');
  });
});

describe('line starts passed in', () => {
  it('resolve and apply edits as computing them would', () => {
    fc.assert(
      fc.property(edited, ({ t, edits }) => {
        const run = <T,>(f: () => T): T | string => {
          try {
            return f();
          } catch (e) {
            if (e instanceof EditError) return `EditError: ${e.message}`;
            throw e;
          }
        };
        const starts = lineStartsOf(t);
        expect(starts).toEqual(makeSource('f', t).lineStarts);
        expect(run(() => resolveEdits(t, edits, starts))).toEqual(run(() => resolveEdits(t, edits)));
        expect(run(() => applyEdits(t, edits, starts))).toEqual(run(() => applyEdits(t, edits)));
      }),
      { numRuns: 2000 },
    );
  });
});
