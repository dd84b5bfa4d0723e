import type { Rule } from '../types.js';
import { setForEndpoint, valueLocation } from './helpers.js';

export const mxRequiresTls: Rule = {
  id: 'mx-requires-tls',
  title: '"encrypt" on a public MX',
  defaultSeverity: 'warning',
  rationale: 'A publicly-referenced MX must not require TLS (RFC 3207 §4): senders without TLS, or whose TLS fails, cannot deliver at all. Opportunistic TLS (RFC 7435) with MTA-STS/DANE is the way to protect port 25.',
  references: ['RFC 3207 §4', 'RFC 7435', 'RFC 8461 (MTA-STS)', 'RFC 7672 (DANE for SMTP)'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (rp.tls !== 'must-not-require' || e.kind !== 'server' || !e.tls.required || e.tls.dead) continue;
      const param = e.command === 'postscreen' && e.postscreen?.starttlsBy === 'tlsproxy' ? 'postscreen_tls_security_level' : 'smtpd_tls_security_level';
      const at = valueLocation(ctx.model, e, param);
      const fix = e.command === 'smtpd' && !e.tls.implicit ? setForEndpoint(ctx.model, e, param, 'may', `Set ${param}=may on ${e.service}`) : undefined;
      ctx.report({
        message: `${e.service}/${e.type} is a public MX (${e.roleReason}) and requires TLS: senders that cannot do TLS are refused instead of delivering in plaintext (RFC 3207 §4). Use "may" and protect port 25 with MTA-STS or DANE.`,
        ...at,
        endpoint: e,
        parameter: param,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
