/**
 * Shared machinery of the cipher differential tests: compare evaluateCipherString() with the real
 * `openssl ciphers -v` on many strings, concurrently, and report the differences.
 */
import { availableParallelism } from 'node:os';
import { evaluateCipherString, type EvaluateOptions } from '../../src/tls/ciphers/evaluate.js';
import { supportedSuites, DEBIAN_DEFAULT_SECURITY_LEVEL } from '../../src/tls/ciphers/classify.js';
import { opensslCiphers } from './cipher-oracle.js';

export interface Difference {
  cipherString: string;
  ours: string[] | string;
  openssl: string[] | string;
}

export interface CompareOptions extends EvaluateOptions {
  /** Compare `openssl ciphers -s` (supported suites at the security level) instead. */
  supported?: boolean;
}

/** Our result in the shape compared: TLS 1.3 names + suite names, or "error". */
function ours(cipherString: string, o: CompareOptions): string[] | string {
  const r = evaluateCipherString(cipherString, o);
  if (!r.ok) return 'error';
  if (!o.supported) return [...r.tls13.map((s) => s.name), ...r.suites.map((s) => s.name)];
  const level = r.secLevel ?? DEBIAN_DEFAULT_SECURITY_LEVEL;
  return [...supportedSuites(r.tls13, { secLevel: level }).map((s) => s.name), ...supportedSuites(r.suites, { secLevel: level }).map((s) => s.name)];
}

async function theirs(cipherString: string, o: CompareOptions): Promise<string[] | string> {
  const extra = [...(o.legacyProvider ? ['-provider', 'legacy', '-provider', 'default'] : []), ...(o.supported ? ['-s'] : [])];
  const r = await opensslCiphers(cipherString, extra);
  return r.ok ? [...r.tls13, ...r.suites] : 'error';
}

// One pool for all concurrent tests of a file: more openssl processes than CPUs only thrash.
const POOL_SIZE = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];
async function pooled<T>(job: () => Promise<T>): Promise<T> {
  if (running >= POOL_SIZE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await job();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Compare every string with `openssl ciphers` (a few processes at a time). */
export async function compareWithOpenssl(strings: readonly string[], o: CompareOptions = {}): Promise<Difference[]> {
  const diffs: Difference[] = [];
  await Promise.all(
    strings.map(async (s) => {
      const b = await pooled(() => theirs(s, o));
      const a = ours(s, o);
      if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push({ cipherString: s, ours: a, openssl: b });
    }),
  );
  return diffs;
}
