import { stockMasterNote } from '../locations.js';
import type { Rule } from '../types.js';
import { setForEndpoint, valueLocation } from './helpers.js';

export const wrappermodeOpportunisticList: Rule = {
  id: 'wrappermode-opportunistic-list',
  title: 'Wrapper-mode service tuned through the opportunistic protocol list',
  defaultSeverity: 'warning',
  rationale: 'Implicit TLS (smtpd_tls_wrappermode = yes, port 465) is mandatory TLS: Postfix uses smtpd_tls_mandatory_protocols there, not smtpd_tls_protocols. Setting only the opportunistic list leaves port 465 at the default mandatory list.',
  references: ['reference postfix-semantics §3.3, §4.4 (gotcha 2)', 'Postfix smtpd.c'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      if (!e.tls.implicit || !e.tls.offered) continue;
      const opp = e.values.get('smtpd_tls_protocols');
      const mand = e.values.get('smtpd_tls_mandatory_protocols');
      if (!opp || opp.source === 'default' || (mand && mand.source !== 'default')) continue;
      const at = valueLocation(ctx.model, e, 'smtpd_tls_protocols');
      const fix = setForEndpoint(ctx.model, e, 'smtpd_tls_mandatory_protocols', opp.raw, `Set smtpd_tls_mandatory_protocols = ${opp.raw} for ${e.service}`);
      ctx.report({
        message: `${e.service}/${e.type} uses implicit TLS, so smtpd_tls_mandatory_protocols applies (still the default "${mand?.value ?? ''}"); smtpd_tls_protocols = "${opp.value}" has no effect on it.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: 'smtpd_tls_protocols',
        ...(fix ? { fix } : {}),
      });
    }
  },
};
