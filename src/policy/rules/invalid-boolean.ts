import { diagnosticRule } from './helpers.js';

export const invalidBoolean = diagnosticRule(
  {
    id: 'invalid-boolean',
    title: 'Boolean parameter that is not yes/no: the service dies',
    defaultSeverity: 'error',
    rationale: 'Postfix reads booleans as "yes" or "no" only; anything else ("true", "1", "yes # comment") is fatal when the daemon starts.',
    references: ['reference postfix-semantics §1.6 (gotcha 21)'],
  },
  ['tls/bad-boolean', 'tls/expansion-error'],
);
