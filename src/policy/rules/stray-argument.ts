import { diagnosticRule } from './helpers.js';

export const strayArgument = diagnosticRule(
  {
    id: 'stray-argument',
    title: '"-o name=a, b" with blanks: the service dies',
    defaultSeverity: 'error',
    rationale: 'master.cf splits arguments at blanks: "-o name=a, b" passes "b" as a non-option argument and smtpd exits ("unexpected command-line argument"); later -o options are never applied. Use "-o { name = a, b }" (Postfix 3.0+) or no blanks.',
    references: ['reference postfix-semantics §2.3', 'master(5)'],
  },
  ['master-cf/unexpected-argument', 'master-cf/options-after-argument'],
);
