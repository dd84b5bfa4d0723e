import { stockMasterNote } from '../locations.js';
import type { Rule } from '../types.js';
import { setForEndpoint, valueLocation } from './helpers.js';

export const authBeforeTls: Rule = {
  id: 'auth-before-tls',
  title: 'SASL AUTH is offered before TLS',
  defaultSeverity: 'error',
  judgesRole: true,
  rationale: 'With smtpd_sasl_auth_enable = yes and neither smtpd_tls_auth_only = yes nor required TLS, smtpd announces AUTH in cleartext and accepts passwords before STARTTLS (RFC 8314 §4: credentials must not travel in cleartext).',
  references: ['RFC 8314 §4', 'reference postfix-semantics §7'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (!rp.authOnlyAfterTls || !e.tls.authBeforeTls) continue;
      // An explicit "smtpd_tls_auth_only = no" is what lets AUTH out before TLS: point there; else
      // at the setting that enables SASL.
      const authOnly = e.values.get('smtpd_tls_auth_only');
      const at = valueLocation(ctx.model, e, authOnly?.file && authOnly.span ? 'smtpd_tls_auth_only' : 'smtpd_sasl_auth_enable');
      const fix = e.command === 'smtpd' ? setForEndpoint(ctx.model, e, 'smtpd_tls_auth_only', 'yes', `Set smtpd_tls_auth_only=yes on ${e.service}`) : undefined;
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}) offers SASL AUTH before STARTTLS: passwords can be sent in cleartext. Set smtpd_tls_auth_only = yes (or require TLS).${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: 'smtpd_tls_auth_only',
        ...(fix ? { fix } : {}),
      });
    }
  },
};
