/**
 * The TLS evaluators (protocol lists, OpenSSL cipher strings) on arbitrary and hostile values: they never
 * throw and take time roughly proportional to the value (issue 8).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateCipherString } from '../../src/tls/ciphers/evaluate.js';
import { evaluateProtocolList } from '../../src/tls/protocols.js';

const PROTOCOL_TOKENS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3', '!', '>=', '<=', '!TLSv1', '>=TLSv1.2', ',', ' ', ':', '0x303', '-1', '', 'tlsv1.2', '\t', '\u00e9'];
const CIPHER_TOKENS = ['HIGH', 'MEDIUM', 'LOW', 'aNULL', 'eNULL', 'ALL', 'DEFAULT', 'COMPLEMENTOFDEFAULT', '!', '+', '-', '@STRENGTH', '@SECLEVEL=0', '@SECLEVEL=5', ':', ',', ' ', 'RSA', 'kRSA', 'ECDHE', 'AES', 'AES+SHA1', 'SUITEB128', 'ECDHE-RSA-AES256-GCM-SHA384', 'RC4', '3DES', 'x', '\u00ff'];

const tokens = (list: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...list), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((a) => a.join(''));

function perByteGrowth(make: (units: number) => string, run: (text: string) => unknown, small: number, factor = 16): number {
  const best = (text: string): number => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      run(text);
      min = Math.min(min, performance.now() - t0);
    }
    return Math.max(min, 0.05);
  };
  run(make(small)); // warm up the JIT
  const a = make(small);
  const b = make(small * factor);
  // A busy machine or a garbage collection can spoil one measurement; a quadratic algorithm spoils all three.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 2; attempt++) ratio = Math.min(ratio, best(b) / b.length / (best(a) / a.length));
  return ratio;
}

describe('TLS evaluators never throw', () => {
  it('evaluateProtocolList', () => {
    fc.assert(
      fc.property(tokens(PROTOCOL_TOKENS), fc.constantFrom('3.4', '3.6', '3.7', '3.11'), (value, postfixVersion) => {
        const r = evaluateProtocolList(value, { postfixVersion });
        expect(r).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
  it('evaluateCipherString', () => {
    fc.assert(
      fc.property(tokens(CIPHER_TOKENS), fc.boolean(), (value, legacyProvider) => {
        const r = evaluateCipherString(value, { legacyProvider });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('TLS evaluators take time linear in the value', () => {
  it('evaluateProtocolList', () => {
    const make = (units: number): string => Array.from({ length: units }, (_, i) => (i % 2 ? '!SSLv3' : '>=TLSv1.2')).join(', ');
    expect(perByteGrowth(make, (v) => evaluateProtocolList(v), 500)).toBeLessThan(4);
  });
  it('evaluateCipherString', () => {
    const make = (units: number): string => Array.from({ length: units }, (_, i) => ['HIGH', '!aNULL', '+RSA', '-AES', 'kRSA+AES'][i % 5]).join(':');
    expect(perByteGrowth(make, (v) => evaluateCipherString(v), 100)).toBeLessThan(4);
  });
});
