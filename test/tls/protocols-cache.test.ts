/**
 * evaluateProtocolList keeps its answers by list and version features: a cached answer must equal
 * the answer asked in any other order (a key that mixed two questions up would differ in one of them),
 * and the shared answers are frozen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateProtocolList, type ProtocolListOptions } from '../../src/tls/protocols.js';

const TOKENS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3', '!SSLv2', '!SSLv3', '!TLSv1', '!TLSv1.3', '>=TLSv1.2', '<=TLSv1.2', '>=0x0305', 'tlsv1.2', 'bogus', ''];
const list = fc.array(fc.constantFrom(...TOKENS), { maxLength: 4 }).chain((tokens) => fc.constantFrom(', ', ':', ' ').map((sep) => tokens.join(sep)));
const options = fc.record(
  {
    postfixVersion: fc.constantFrom('3.3', '3.4', '3.5.9', '3.6', '3.7', '3.11'),
    rangeSyntax: fc.boolean(),
    tls13Known: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<ProtocolListOptions>;

describe('evaluateProtocolList cache', () => {
  it('gives the same answer whatever was asked before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(list, options), { minLength: 1, maxLength: 12 }), (questions) => {
        const forward = questions.map(([v, o]) => structuredClone(evaluateProtocolList(v, o)));
        const backward = [...questions].reverse().map(([v, o]) => structuredClone(evaluateProtocolList(v, o))).reverse();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 300 },
    );
  });

  it('shares frozen answers', () => {
    const a = evaluateProtocolList('>=TLSv1.2', { postfixVersion: '3.7' });
    expect(evaluateProtocolList('>=TLSv1.2', { postfixVersion: '3.7' })).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.enabled) && Object.isFrozen(a.included)).toBe(true);
    // The same text under other version features is another question.
    expect(evaluateProtocolList('>=TLSv1.2', { postfixVersion: '3.5' }).valid).toBe(false);
    expect(evaluateProtocolList('TLSv1.3', { postfixVersion: '3.3' }).valid).toBe(false);
    expect(evaluateProtocolList('TLSv1.3', { postfixVersion: '3.4' }).valid).toBe(true);
  });
});
