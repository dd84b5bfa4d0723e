/**
 * terminalSafe and jsonSafe answer "nothing to escape" without their replacement passes: the answer
 * must be that of the passes themselves, on any text (property, with the characters that matter drawn
 * often) and on the cases the fast check looks at one by one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonSafe, terminalSafe } from '../../src/report/terminal-safe.js';

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, '0');
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The passes alone, as terminal-safe.ts applies them when the text needs any. */
const allPassesTerminal = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${hex(c, 2)}`)
    .replace(BIDI, (c) => `\\u${hex(c, 4)}`)
    .replace(/##\[/g, '#\\x23[')
    .replace(/^([\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/gm, '$1\\x3a');
const allPassesJson = (json: string): string =>
  json.replace(/[\u007f-\u009f]/g, (c) => `\\u${hex(c, 4)}`).replace(BIDI, (c) => `\\u${hex(c, 4)}`).replace(/##\[/g, '#\\u0023[');

const PIECES = ['::', ':', '#', '##[', '[', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '\u3000', '\ufeff', '\u00a0', '\u0000', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u061c', '\u200e', '\u202e', '\u2066', '\u2069', '\u206a', 'a', 'smtpd', 'é', '[::1]'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((p) => p.join(''));

describe('terminalSafe / jsonSafe fast path', () => {
  it('answers as the replacement passes on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(terminalSafe(t)).toBe(allPassesTerminal(t));
        expect(jsonSafe(t)).toBe(allPassesJson(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('escapes each kind of character and line the fast check looks for', () => {
    for (const t of ['a\u0001b', 'x\u0085', 'y\u202e', '##[error]', 'a\n  ::error::x', '\u2028::x', 'a:: b', '[::1]\n::x', 'plain text\n', '']) {
      expect(terminalSafe(t)).toBe(allPassesTerminal(t));
      expect(jsonSafe(t)).toBe(allPassesJson(t));
    }
    expect(terminalSafe('a\n\u3000::x')).toBe('a\n\u3000\\x3a:x');
    expect(terminalSafe('text [::1] is fine\n')).toBe('text [::1] is fine\n');
  });
});
