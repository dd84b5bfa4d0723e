import { evaluateProtocolList, TLS_PROTOCOLS } from '../../tls/protocols.js';
import { stockMasterNote } from '../locations.js';
import type { Rule } from '../types.js';
import { protocolListFrom, setForEndpoint, valueLocation } from './helpers.js';

export const submissionTlsNotRequired: Rule = {
  id: 'submission-tls-not-required',
  title: 'TLS is not required where the policy requires it (submission)',
  defaultSeverity: 'error',
  judgesRole: true,
  rationale: 'Submission carries passwords and mail from users: RFC 8314 asks providers to require TLS (implicit TLS on 465, or STARTTLS with smtpd_tls_security_level = encrypt on 587), and RFC 9325 §3.2 asks for a strict policy where only STARTTLS exists.',
  references: ['RFC 8314 §3, §4', 'RFC 9325 §3.2'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (rp.tls !== 'required' || e.kind !== 'server' || e.tls.required || e.tls.dead) continue;
      const wrap = e.role === 'submissions';
      const name = wrap ? 'smtpd_tls_wrappermode' : 'smtpd_tls_security_level';
      const value = wrap ? 'yes' : 'encrypt';
      const at = valueLocation(ctx.model, e, 'smtpd_tls_security_level');
      let fix = e.command === 'smtpd' ? setForEndpoint(ctx.model, e, name, value, `Set ${name}=${value} on ${e.service}`) : undefined;
      // Required TLS switches to the mandatory protocol list: bring it to the policy floor too, or
      // the fix would open a protocol-floor finding (reference §3.3).
      const version = ctx.model.postfixVersion.version;
      const mandatory = e.values.get('smtpd_tls_mandatory_protocols');
      if (fix && rp.minProtocol && mandatory) {
        const floor = TLS_PROTOCOLS.indexOf(rp.minProtocol);
        const list = evaluateProtocolList(mandatory.value, { postfixVersion: version });
        if (list.valid && list.enabled.some((p) => TLS_PROTOCOLS.indexOf(p) < floor)) {
          const v = protocolListFrom(version, rp.minProtocol);
          const more = setForEndpoint(ctx.model, e, 'smtpd_tls_mandatory_protocols', v, '');
          fix = more ? { description: `${fix.description}, smtpd_tls_mandatory_protocols=${v}`, edits: [...fix.edits, ...more.edits] } : undefined;
        }
      }
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}) does not require TLS (level "${e.tls.level}"): clients may submit mail${e.tls.offered ? '' : ' and passwords'} in plaintext. The policy (${ctx.policy.profile.id}) requires TLS here (RFC 8314).${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: name,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
