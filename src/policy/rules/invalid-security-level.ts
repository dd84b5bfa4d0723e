import { diagnosticRule } from './helpers.js';

export const invalidSecurityLevel = diagnosticRule(
  {
    id: 'invalid-security-level',
    title: 'Invalid TLS security level: the service dies',
    defaultSeverity: 'error',
    rationale: 'A server TLS level other than none/may/encrypt (fingerprint/verify/secure become encrypt with a warning) is fatal at start-up: the daemon exits and the port does not answer.',
    references: ['reference postfix-semantics §4.4', 'Postfix tls_level_lookup()'],
  },
  ['tls/invalid-level'],
);
