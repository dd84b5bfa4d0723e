/**
 * Cipher suites of an endpoint (issue 4). Helper CIPHER's engine (src/tls/postfix-ciphers.ts) is
 * not available yet: until it is, `ciphers` and `tls13Ciphersuites` stay absent from the model
 * rather than being guessed.
 */
import type { EffectiveValue } from './namespace.js';
import type { EndpointTls } from './types.js';

export function attachCipherSuites(
  _tls: EndpointTls,
  _input: { grade: string; exclusions: string[] },
  _read: (name: string) => EffectiveValue,
  _postfixVersion: string,
): void {
  // Wired to the cipher engine once it exists.
}
