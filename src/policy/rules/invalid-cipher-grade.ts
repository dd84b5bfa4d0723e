import { diagnosticRule } from './helpers.js';

export const invalidCipherGrade = diagnosticRule(
  {
    id: 'invalid-cipher-grade',
    title: 'Invalid cipher grade: every handshake aborts',
    defaultSeverity: 'error',
    rationale: '*_tls_ciphers and *_tls_mandatory_ciphers take a grade (high, medium, low, export, null), not an OpenSSL cipher string; anything else makes every TLS handshake fail. Cipher strings belong in tls_high_cipherlist / tls_medium_cipherlist.',
    references: ['reference postfix-semantics §6.1 (gotcha 12)'],
  },
  ['tls/invalid-cipher-grade', 'tls/cipher-list-refused'],
);
