import { diagnosticRule, removeOptionAt } from './helpers.js';

export const parameterNoEffect = diagnosticRule(
  {
    id: 'parameter-no-effect',
    title: 'Client parameter on a server service, or server parameter on a client',
    defaultSeverity: 'warning',
    rationale: 'smtpd never reads smtp_tls_* parameters and smtp never reads smtpd_tls_*: such -o options do nothing and postconf does not warn, so a hardening that looks applied is not.',
    references: ['reference postfix-semantics §2.3 (gotcha 10)'],
  },
  ['tls/parameter-has-no-effect', 'tls/postscreen-smtpd-option'],
  { fix: (d, ctx) => (d.code === 'tls/parameter-has-no-effect' ? removeOptionAt(ctx.model, d) : undefined) },
);
