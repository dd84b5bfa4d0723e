/**
 * Postfix's cipher assembly (reference postfix-semantics §6; Postfix src/tls/tls_misc.c
 * tls_set_ciphers): grade -> tls_<grade>_cipherlist, then ":!<token>" per exclusion token, handed
 * to OpenSSL's SSL_set_cipher_list(), evaluated here by the OpenSSL 3.0 model in ciphers/.
 *
 * API for the effective TLS model (Helper MODEL):
 *
 *   postfixCipherSuites({
 *     grade: 'medium',                       // effective *_tls_ciphers / *_tls_mandatory_ciphers, $-expanded
 *     exclusions: ['', 'aNULL MD5'],         // effective values of every applicable *_exclude_ciphers
 *                                            // parameter, $-expanded (a single string is fine too)
 *     cipherlists: { high, medium, low, export, null },  // effective tls_*_cipherlist values, $-expanded
 *     postfixVersion: '3.7',                 // 3.8+ reads "low"/"export" as "medium"
 *     excludeAnonymous: false,               // true when Postfix adds "aNULL" itself: smtpd asking for
 *                                            // client certificates; smtp/lmtp at fingerprint/verify/secure/dane
 *     excludeNull: false,                    // true when Postfix adds "eNULL": smtp/lmtp at encrypt and above
 *     tls13Ciphersuites?: string[],          // only from an OpenSSL config "Ciphersuites" (§6.3)
 *   })
 *   => { ok: true, grade, cipherString, exclusionTokens, suites, names, tls13, counts, secLevel? }
 *    | { ok: false, kind, reason, cipherString? }
 *
 * ok:false means Postfix aborts every TLS handshake of that endpoint (it logs `reason`), except
 * kind 'empty-cipherlist', where Postfix panics (the process dies) instead.
 * TLS 1.3 suites are never touched by any of this (§6.3, §8 item 11): `tls13` is OpenSSL's
 * default list unless the caller passes what an OpenSSL config sets.
 */
import { parseVersion } from '../postfix/defaults/index.js';
import { countByClass, type ClassCounts } from './ciphers/classify.js';
import { evaluateCipherString, type CipherStringError } from './ciphers/evaluate.js';
import type { CipherSuite } from './ciphers/suite.js';

export type CipherGrade = 'high' | 'medium' | 'low' | 'export' | 'null';

export interface PostfixCipherInput {
  grade: string;
  exclusions: string | readonly string[];
  cipherlists: Record<CipherGrade, string>;
  postfixVersion: string;
  excludeAnonymous?: boolean;
  excludeNull?: boolean;
  tls13Ciphersuites?: readonly string[];
  /** The OpenSSL legacy provider is loaded (not on Debian by default). */
  legacyProvider?: boolean;
}

export type PostfixCipherResult =
  | {
      ok: true;
      /** The grade as written, lower-cased. */
      grade: CipherGrade;
      /** The grade whose cipherlist was used (3.8+: low/export -> medium). */
      effectiveGrade: CipherGrade;
      cipherlistParameter: `tls_${CipherGrade}_cipherlist`;
      /** The exact string Postfix hands to OpenSSL. */
      cipherString: string;
      exclusionTokens: string[];
      /** TLS <= 1.2 suites, in OpenSSL's order. */
      suites: CipherSuite[];
      names: string[];
      /** TLS 1.3 suite names, in OpenSSL's order. */
      tls13: string[];
      counts: ClassCounts;
      /** Set when the cipher string contains "@SECLEVEL=n". */
      secLevel?: number;
    }
  | {
      ok: false;
      kind: 'invalid-grade' | 'invalid-exclusion' | 'empty-cipherlist' | 'openssl-error';
      /** What Postfix logs (warning; panic for empty-cipherlist). */
      reason: string;
      cipherString?: string;
      opensslError?: CipherStringError;
    };

const GRADES: readonly CipherGrade[] = ['high', 'medium', 'low', 'export', 'null'];

/** Postfix's CHARS_COMMA_SP ":" separator set for exclusions. */
const EXCLUSION_SEPARATORS = /[, \t\r\n:]+/;

/** Exclusion tokens as Postfix splits them (mystrtok on ", \t\r\n:"), empty values ignored. */
export function exclusionTokens(exclusions: string | readonly string[]): string[] {
  const values = typeof exclusions === 'string' ? [exclusions] : exclusions;
  const tokens: string[] = [];
  for (const v of values) for (const t of v.split(EXCLUSION_SEPARATORS)) if (t !== '') tokens.push(t);
  return tokens;
}

const atLeast38ByVersion = new Map<string, boolean>();

function atLeast38(version: string): boolean {
  let r = atLeast38ByVersion.get(version);
  if (r === undefined) {
    const v = parseVersion(version);
    r = v !== undefined && (v.major > 3 || (v.major === 3 && v.minor >= 8));
    if (atLeast38ByVersion.size >= 64) atLeast38ByVersion.clear();
    atLeast38ByVersion.set(version, r);
  }
  return r;
}

/** The cipher string and OpenSSL's result for one endpoint's grade and exclusions. */
export function postfixCipherSuites(input: PostfixCipherInput): PostfixCipherResult {
  // name_code lookup: case-insensitive; anything else is TLS_CIPHER_NONE (even the word "invalid").
  const lower = input.grade.toLowerCase();
  const grade = GRADES.find((g) => g === lower);
  if (!grade) return { ok: false, kind: 'invalid-grade', reason: `invalid cipher grade: "${input.grade}"` };
  const effectiveGrade: CipherGrade = atLeast38(input.postfixVersion) && (grade === 'low' || grade === 'export') ? 'medium' : grade;
  const base = input.cipherlists[effectiveGrade];
  if (base === '') {
    return { ok: false, kind: 'empty-cipherlist', reason: `panic: tls_set_ciphers: empty "${input.grade}" cipherlist` };
  }
  const tokens = exclusionTokens(input.exclusions);
  if (input.excludeNull) tokens.push('eNULL');
  if (input.excludeAnonymous) tokens.push('aNULL');
  let cipherString = base;
  for (const tok of tokens) {
    if ('!+-@'.includes(tok[0]!)) {
      return { ok: false, kind: 'invalid-exclusion', reason: `invalid unary '!+-@' in cipher exclusion: ${tok}` };
    }
    cipherString += `:!${tok}`;
  }
  const r = evaluated(cipherString, input.tls13Ciphersuites, input.legacyProvider ?? false);
  if (!r.ok) {
    return { ok: false, kind: 'openssl-error', reason: `error setting cipher grade: "${input.grade}" (${r.error})`, cipherString, opensslError: r.error };
  }
  // No object spread here: this runs for every endpoint, and a spread takes V8's slow generic path.
  const result: PostfixCipherResult = {
    ok: true,
    grade,
    effectiveGrade,
    cipherlistParameter: `tls_${effectiveGrade}_cipherlist`,
    cipherString,
    exclusionTokens: tokens,
    suites: r.suites,
    names: r.names,
    tls13: r.tls13,
    counts: r.counts,
  };
  if (r.secLevel !== undefined) result.secLevel = r.secLevel;
  return result;
}

type Evaluation =
  | { ok: true; suites: CipherSuite[]; names: string[]; tls13: string[]; counts: ClassCounts; secLevel?: number }
  | { ok: false; error: CipherStringError };

/**
 * OpenSSL's answer depends only on the cipher string, and a repository's endpoints (and the rules
 * and fix verifications that ask again) use a handful of strings: each is evaluated once per
 * process. The answers are shared, hence frozen. Bounded, so that a repository crafted with
 * thousands of distinct cipher settings cannot grow it.
 */
const MEMO_LIMIT = 1024;
const evaluations = new Map<string, Evaluation>();
/** The same for the usual call (OpenSSL's default TLS 1.3 suites, no legacy provider), keyed by the cipher string alone. */
const plainEvaluations = new Map<string, Evaluation>();

function evaluated(cipherString: string, tls13Ciphersuites: readonly string[] | undefined, legacyProvider: boolean): Evaluation {
  const plain = tls13Ciphersuites === undefined && !legacyProvider;
  const memo = plain ? plainEvaluations : evaluations;
  const key = plain ? cipherString : JSON.stringify([cipherString, tls13Ciphersuites ?? null, legacyProvider]);
  let e = memo.get(key);
  if (e === undefined) {
    const r = evaluateCipherString(cipherString, {
      ...(tls13Ciphersuites ? { tls13Ciphersuites } : {}),
      ...(legacyProvider ? { legacyProvider: true } : {}),
    });
    e = r.ok
      ? {
          ok: true,
          suites: Object.freeze(r.suites) as CipherSuite[],
          names: Object.freeze(r.suites.map((s) => s.name)) as string[],
          tls13: Object.freeze(r.tls13.map((s) => s.name)) as string[],
          counts: Object.freeze(countByClass(r.suites)),
          ...(r.secLevel === undefined ? {} : { secLevel: r.secLevel }),
        }
      : { ok: false, error: r.error };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, e);
  }
  return e;
}
