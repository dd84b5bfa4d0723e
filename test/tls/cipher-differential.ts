/**
 * Shared machinery of the cipher differential tests: compare evaluateCipherString() with the real
 * `openssl ciphers -v` on many strings, concurrently, and report the differences.
 */
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

/** Compare every string (at most `concurrency` openssl processes at a time). */
export async function compareWithOpenssl(strings: readonly string[], o: CompareOptions = {}, concurrency = 8): Promise<Difference[]> {
  const diffs: Difference[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < strings.length) {
      const s = strings[next++]!;
      const [a, b] = [ours(s, o), await theirs(s, o)];
      if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push({ cipherString: s, ours: a, openssl: b });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return diffs;
}
