import { diagnosticRule } from './helpers.js';

export const noCertificate = diagnosticRule(
  {
    id: 'no-certificate',
    title: 'TLS is on but no server certificate is configured',
    defaultSeverity: 'error',
    judgesRole: true,
    rationale: 'Without a certificate smtpd advertises STARTTLS but answers "454 TLS not available due to local problem" (and drops implicit-TLS connections): TLS is effectively off.',
    references: ['reference postfix-semantics §5.2'],
  },
  ['tls/no-server-certificate'],
);
