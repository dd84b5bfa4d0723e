/**
 * The TLS evaluators (protocol lists, OpenSSL cipher strings) on arbitrary and hostile values: they never
 * throw and take time roughly proportional to the value (issue 8).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateCipherString } from '../../src/tls/ciphers/evaluate.js';
import { evaluateProtocolList } from '../../src/tls/protocols.js';
import { perByteGrowth } from '../support/growth.js';

const PROTOCOL_TOKENS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3', '!', '>=', '<=', '!TLSv1', '>=TLSv1.2', ',', ' ', ':', '0x303', '-1', '', 'tlsv1.2', '\t', '\u00e9'];
const CIPHER_TOKENS = ['HIGH', 'MEDIUM', 'LOW', 'aNULL', 'eNULL', 'ALL', 'DEFAULT', 'COMPLEMENTOFDEFAULT', '!', '+', '-', '@STRENGTH', '@SECLEVEL=0', '@SECLEVEL=5', ':', ',', ' ', 'RSA', 'kRSA', 'ECDHE', 'AES', 'AES+SHA1', 'SUITEB128', 'ECDHE-RSA-AES256-GCM-SHA384', 'RC4', '3DES', 'x', '\u00ff'];

const tokens = (list: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...list), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((a) => a.join(''));


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
