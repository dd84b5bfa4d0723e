import type { ConfigSetModel, Endpoint } from '../../model/types.js';
import { stockMasterNote } from '../locations.js';
import type { Fix, Rule } from '../types.js';
import { setForEndpoint, valueLocation } from './helpers.js';

/**
 * Opportunistic TLS where the port requires it now:
 * - smtpd with STARTTLS: smtpd_tls_security_level = may on the service;
 * - smtpd in wrapper mode (implicit TLS on port 25): smtpd_tls_wrappermode = no, plus level "may"
 *   when the level would then require TLS (the level is ignored in wrapper mode, reference §4.4);
 * - postscreen with after-220 tests: postscreen_tls_security_level = may on the postscreen line
 *   (it defaults to $smtpd_tls_security_level); without them the smtpd pass service answers
 *   STARTTLS, so its level is the one to change (reference §5.3).
 */
function opportunistic(model: ConfigSetModel, e: Endpoint): Fix | undefined {
  if (e.command === 'postscreen') {
    if (e.postscreen?.starttlsBy === 'tlsproxy') return setForEndpoint(model, e, 'postscreen_tls_security_level', 'may', `Set postscreen_tls_security_level=may on ${e.service}`);
    const pass = model.endpoints.find((x) => x.command === 'smtpd' && x.type === 'pass' && x.service === e.postscreen?.passService);
    return pass && !pass.tls.implicit ? setForEndpoint(model, pass, 'smtpd_tls_security_level', 'may', `Set smtpd_tls_security_level=may on ${pass.service} (the pass service behind ${e.service} answers STARTTLS)`) : undefined;
  }
  if (e.command !== 'smtpd') return undefined;
  if (!e.tls.implicit) return setForEndpoint(model, e, 'smtpd_tls_security_level', 'may', `Set smtpd_tls_security_level=may on ${e.service}`);
  const wrap = setForEndpoint(model, e, 'smtpd_tls_wrappermode', 'no', '');
  if (!wrap) return undefined;
  const level = e.values.get('smtpd_tls_security_level')?.value.toLowerCase() ?? '';
  if (level === 'may') return { description: `Set smtpd_tls_wrappermode=no on ${e.service} (STARTTLS, opportunistic)`, edits: wrap.edits };
  const may = setForEndpoint(model, e, 'smtpd_tls_security_level', 'may', '');
  if (!may) return undefined;
  return { description: `Set smtpd_tls_wrappermode=no and smtpd_tls_security_level=may on ${e.service} (STARTTLS, opportunistic)`, edits: [...wrap.edits, ...may.edits] };
}

export const mxRequiresTls: Rule = {
  id: 'mx-requires-tls',
  title: '"encrypt" on a public MX',
  defaultSeverity: 'warning',
  judgesRole: true,
  rationale: 'A publicly-referenced MX must not require TLS (RFC 3207 §4): senders without TLS, or whose TLS fails, cannot deliver at all. Opportunistic TLS (RFC 7435) with MTA-STS/DANE is the way to protect port 25.',
  references: ['RFC 3207 §4', 'RFC 7435', 'RFC 8461 (MTA-STS)', 'RFC 7672 (DANE for SMTP)'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (rp.tls !== 'must-not-require' || e.kind !== 'server' || !e.tls.required || e.tls.dead) continue;
      const param = e.command === 'postscreen' && e.postscreen?.starttlsBy === 'tlsproxy' ? 'postscreen_tls_security_level' : e.tls.implicit ? 'smtpd_tls_wrappermode' : 'smtpd_tls_security_level';
      const at = valueLocation(ctx.model, e, param);
      const fix = opportunistic(ctx.model, e);
      ctx.report({
        message: `${e.service}/${e.type} is a public MX (${e.roleReason}) and requires TLS${e.tls.implicit ? ' (wrapper mode: implicit TLS, no plaintext at all)' : ''}: senders that cannot do TLS are refused instead of delivering in plaintext (RFC 3207 §4). Use "may" and protect port 25 with MTA-STS or DANE.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
