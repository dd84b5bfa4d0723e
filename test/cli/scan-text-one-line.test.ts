/**
 * The scan listing shows each value on one line (scan-text.ts oneLine). Most values need no change, and
 * a quick test lets them through as they are: the listing must be the same as when every value goes
 * through the whole flattening.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SetListing } from '../../src/listing.js';
import { formatSetText } from '../../src/report/scan-text.js';

/** The whole flattening, as oneLine did it for every value. */
function flattened(value: string): string {
  const flat = value
    .trim()
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

function listingWith(value: string): SetListing {
  return {
    directory: 'd',
    files: [{ path: 'd/main.cf', kind: 'main.cf' }],
    masterIsStock: false,
    hasMain: true,
    main: { path: 'd/main.cf', parameters: [{ name: 'p', value, file: 'd/main.cf', line: 1, column: 1, effective: true, templated: false }] },
    master: {
      path: 'd/master.cf',
      services: [{ name: 'smtp', type: 'inet', command: value, file: 'd/master.cf', line: 1, templated: false, options: [{ name: 'o', value, line: 2, column: 3, templated: false }], strayArguments: [] }],
    },
    diagnostics: [],
  };
}

describe('scan listing: values on one line', () => {
  it('is the whole flattening for any value (spaces, tabs, line ends, Unicode spaces, control characters, long values)', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u2028', '\ufeff', '\u0000', '\u001b', '\u007f', '\u0085', 'a', 'TLSv1.2', '=', '{{ x }}', 'é', 'x'.repeat(60));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const value = parts.join('');
        const text = formatSetText(listingWith(value));
        const shown = flattened(value);
        expect(text).toContain(`    p = ${shown}  [line 1]\n`);
        expect(text).toContain(`      -o o=${shown}  [line 2]\n`);
        expect(text).toContain(`    smtp/inet  ${flattened(value)}  [line 1]\n`);
      }),
      { numRuns: 2000 },
    );
  });
});
