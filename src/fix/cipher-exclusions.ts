/**
 * The fewest `*_exclude_ciphers` tokens that remove a set of unwanted TLS <= 1.2 suites and nothing
 * else a client could still use: port 25 must keep every suite the policy allows (refusing a
 * sender's only suite means plaintext, RFC 7435), so a token that would also remove an allowed suite
 * is never taken. Postfix writes each token as ":!token" after the grade's cipher list (reference
 * §6.1), so a token removes exactly the suites OpenSSL matches with it.
 */
import { cipherNames } from '../tls/ciphers/evaluate.js';

/**
 * Candidate tokens, most specific to a policy class first: eNULL (nullEncryption), aNULL (anonymous),
 * RC4, 3DES (tripleDes), MD5 (md5Mac), kRSA (staticRsa), SHA1 (sha1Mac), kDHE (dhe), then the
 * families an allow-list usually leaves out.
 */
export const EXCLUSION_VOCABULARY = [
  'eNULL', 'aNULL', 'RC4', '3DES', 'MD5', 'EXP', 'kRSA', 'SHA1', 'kDHE', 'SHA256', 'SHA384', 'CAMELLIA', 'ARIA', 'SEED', 'IDEA',
  'AESCCM8', 'AESCCM', 'CHACHA20', 'AES128', 'AES256', 'DSS', 'kECDHE',
] as const;

const UNIVERSE = 'ALL:COMPLEMENTOFALL';
const matchCache = new Map<string, Set<string>>();

/** Suites (OpenSSL names) that `!token` removes. */
export function suitesMatching(token: string): Set<string> {
  const hit = matchCache.get(token);
  if (hit) return hit;
  const all = cipherNames(UNIVERSE);
  const left = cipherNames(`${UNIVERSE}:!${token}`);
  const out = new Set<string>();
  if (Array.isArray(all)) {
    const kept = new Set(Array.isArray(left) ? left : []);
    for (const n of all) if (!kept.has(n)) out.add(n);
  }
  matchCache.set(token, out);
  return out;
}

export interface ExclusionChoice {
  tokens: string[];
}

/**
 * Greedy cover: repeatedly the vocabulary token that removes the most still-negotiable bad suites
 * and no suite in `keep`; suites no token can take alone are named exactly (at most `maxNames`).
 * undefined when that is not possible.
 */
export function chooseExclusions(bad: readonly string[], keep: readonly string[], maxNames = 4): ExclusionChoice | undefined {
  const keepSet = new Set(keep);
  const left = new Set(bad);
  const tokens: string[] = [];
  const usable = EXCLUSION_VOCABULARY.filter((t) => {
    const m = suitesMatching(t);
    return ![...keepSet].some((k) => m.has(k));
  });
  while (left.size > 0) {
    let best: string | undefined;
    let bestCount = 0;
    for (const t of usable) {
      if (tokens.includes(t)) continue;
      const m = suitesMatching(t);
      let c = 0;
      for (const s of left) if (m.has(s)) c++;
      if (c > bestCount) {
        best = t;
        bestCount = c;
      }
    }
    if (!best) break;
    tokens.push(best);
    for (const s of suitesMatching(best)) left.delete(s);
  }
  if (left.size > maxNames) return undefined;
  tokens.push(...left);
  return { tokens };
}
