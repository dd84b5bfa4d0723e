/**
 * The did-you-mean searches skip candidates by a cheap lower bound of the distance before filling
 * a table (src/fix/value-repair.ts distanceLowerBound). The bound must never exceed either
 * distance, and the searches must answer exactly as the unpruned search over every name does.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceLowerBound, editDistance, uniqueClosest } from '../../src/fix/value-repair.js';
import { closestName, levenshtein } from '../../src/policy/rules/unknown-parameter.js';
import { builtinDefaults } from '../../src/postfix/defaults/index.js';

/** closestName before pruning: every name within the length window gets the full table. */
function closestNameReference(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const max = Math.max(2, Math.floor(name.length / 6));
  for (const n of names) {
    if (Math.abs(n.length - name.length) > max) continue;
    const d = levenshtein(name, n);
    if (d < bestD || (d === bestD && best !== undefined && n < best)) {
      best = n;
      bestD = d;
    }
  }
  return bestD <= max ? best : undefined;
}

/** uniqueClosest before pruning. */
function uniqueClosestReference(word: string, candidates: readonly string[], maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > maxDistance) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD && c !== best) {
      tie = true;
    }
  }
  return best !== undefined && bestD <= maxDistance && !tie ? best : undefined;
}

// Letters of parameter names plus two characters that share a count modulo 128 ("a" and U+00E1).
const unit = fc.constantFrom('a', 'b', 'c', 's', 't', '_', '4', '\u00e1', '\u0161');
const word = fc.string({ unit, maxLength: 10 });

describe('nearest-name search', () => {
  it('the lower bound never exceeds the edit distance nor the Levenshtein distance', () => {
    fc.assert(fc.property(word, word, (a, b) => distanceLowerBound(a, b) <= editDistance(a, b) && distanceLowerBound(a, b) <= levenshtein(a, b)), { numRuns: 5000 });
    expect(distanceLowerBound('hihg', 'high')).toBe(0);
    expect(distanceLowerBound('smtpd_use_pw_server', 'smtpd_use_tls')).toBeGreaterThan(3);
  });

  it('pruned searches answer as the full ones on random lists', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (w, list, max) =>
        uniqueClosest(w, list, max) === uniqueClosestReference(w, list, max) && closestName(w, list) === closestNameReference(w, list)),
      { numRuns: 3000 },
    );
  });

  it('pruned searches answer as the full ones for typos of the real parameter names', () => {
    const names = [...builtinDefaults('3.7').keys()];
    const typo = fc.tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'add', 'swap', 'change'), fc.constantFrom('e', 't', '_', 's', '4', 'x')), { minLength: 1, maxLength: 4 }))
      .map(([name, ops]) => {
        const w = name.split('');
        for (const [at, op, ch] of ops) {
          const i = at % Math.max(1, w.length);
          if (op === 'drop') w.splice(i, 1);
          else if (op === 'add') w.splice(i, 0, ch);
          else if (op === 'change') w[i] = ch;
          else if (i + 1 < w.length) [w[i], w[i + 1]] = [w[i + 1] as string, w[i] as string];
        }
        return w.join('');
      });
    fc.assert(
      fc.property(typo, (w) => {
        const max = Math.max(2, Math.floor(w.length / 6));
        return uniqueClosest(w, names, max) === uniqueClosestReference(w, names, max) && closestName(w, names) === closestNameReference(w, names);
      }),
      { numRuns: 150 },
    );
    expect(closestName('smtpd_tls_securty_level', names)).toBe('smtpd_tls_security_level');
    expect(uniqueClosest('smtp_skip_4xx_greeting', names, 3)).toBe('smtp_skip_5xx_greeting');
  });
});
