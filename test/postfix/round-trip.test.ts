/** Parsed files print back byte for byte (issue: lossless parsers), on random input and the corpus. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { printItems } from '../../src/postfix/logical-lines.js';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { encodeText, makeSource } from '../../src/postfix/source.js';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');

function printBack(bytes: Uint8Array, kind: 'main' | 'master'): Buffer {
  const source = makeSource('f', bytes);
  const parsed = kind === 'main' ? parseMainCf(source) : parseMasterCf(source);
  return encodeText(printItems(parsed.items, source.text), source.encoding);
}

const configByte = fc.oneof(
  fc.constantFrom(...Buffer.from(' \t\r\n#={}$-o,:!>TLSv1.2ab_\u00e9', 'latin1')),
  fc.integer({ min: 0, max: 255 }),
);

describe('print back', () => {
  for (const kind of ['main', 'master'] as const) {
    it(`${kind}.cf: random bytes round-trip and never throw`, () => {
      fc.assert(
        fc.property(fc.array(configByte, { maxLength: 300 }), (arr) => {
          const bytes = Uint8Array.from(arr);
          expect(printBack(bytes, kind).equals(Buffer.from(bytes))).toBe(true);
        }),
        { numRuns: 400, seed: 7 },
      );
    });
  }

  it.skipIf(!existsSync(CORPUS))('every corpus file round-trips with both parsers', () => {
    let files = 0;
    for (const dir of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(path.join(CORPUS, dir.name))) {
        const bytes = readFileSync(path.join(CORPUS, dir.name, f));
        expect(printBack(bytes, 'main').equals(bytes), f).toBe(true);
        expect(printBack(bytes, 'master').equals(bytes), f).toBe(true);
        files++;
      }
    }
    expect(files).toBeGreaterThanOrEqual(30);
  });
});
