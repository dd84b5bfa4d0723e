/**
 * The protocol list a fix writes, in the syntax the target Postfix understands: the `>=TLSv1.2`
 * range form exists since Postfix 3.6 (reference §3.1-§3.2); older versions need the exclusion list.
 */

/** true when `version` ("3.5", "3.10", "3.7.11") is at least `min` ("3.6"). */
export function versionAtLeast(version: string, min: string): boolean {
  const a = version.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const b = min.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/**
 * A protocol list allowing TLS 1.2 and later. `as: 'main'` (default) gives the main.cf value
 * (`!SSLv2, !SSLv3, !TLSv1, !TLSv1.1` before 3.6); `as: 'option'` gives a value for a short
 * `-o name=value` (no blanks: `!SSLv2,!SSLv3,!TLSv1,!TLSv1.1`). setServiceOption() writes a value
 * with blanks in the braced form by itself, so the main.cf value is fine there too.
 */
export function protocolListFor(version: string, as: 'main' | 'option' = 'main'): string {
  if (versionAtLeast(version, '3.6')) return '>=TLSv1.2';
  return as === 'main' ? '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1' : '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1';
}
