/**
 * Access to the system `openssl` binary, the oracle of the cipher differential tests.
 * Without it the tests skip with a printed reason, except under CI=true where they must run.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/openssl', '/usr/local/bin/openssl', '/bin/openssl'];

export const OPENSSL: string | undefined = CANDIDATES.find((p) => existsSync(p));

export const OPENSSL_VERSION: string | undefined = (() => {
  if (!OPENSSL) return undefined;
  try {
    return execFileSync(OPENSSL, ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();

/** Reason the real openssl cannot be the oracle, or undefined when it can. Throws under CI. */
export function opensslUnavailable(): string | undefined {
  let reason: string | undefined;
  if (!OPENSSL) reason = 'openssl not found (install Debian package "openssl")';
  else if (!OPENSSL_VERSION?.startsWith('OpenSSL 3.0.')) reason = `openssl is ${OPENSSL_VERSION}, the modelled version is 3.0`;
  if (reason && process.env.CI === 'true') throw new Error(`CI=true but the real openssl is unusable: ${reason}`);
  if (reason) console.warn(`[skip] differential tests against real openssl: ${reason}`);
  return reason;
}

export type OpensslCiphers = { ok: true; tls13: string[]; suites: string[] } | { ok: false; stderr: string };

/**
 * `openssl ciphers -v [extra...] STRING` (argv, never a shell): the TLS 1.3 lines and the
 * TLS <= 1.2 suite names in order, or the failure.
 */
export function opensslCiphers(cipherString: string, extra: string[] = []): Promise<OpensslCiphers> {
  return new Promise((resolve) => {
    execFile(OPENSSL ?? 'openssl', ['ciphers', ...extra, '-v', '--', cipherString], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C' } }, (err, stdout, stderr) => {
      if (err) {
        resolve({ ok: false, stderr });
        return;
      }
      const tls13: string[] = [];
      const suites: string[] = [];
      for (const line of stdout.split('\n')) {
        const f = line.trim().split(/\s+/);
        if (f.length < 2 || !f[0]) continue;
        (f[1] === 'TLSv1.3' ? tls13 : suites).push(f[0]);
      }
      resolve({ ok: true, tls13, suites });
    });
  });
}
