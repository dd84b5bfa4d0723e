import { evaluateProtocolList, TLS_PROTOCOLS, type TlsProtocol } from '../../tls/protocols.js';
import { stockMasterNote } from '../locations.js';
import type { Rule } from '../types.js';
import { protocolListFrom, setForEndpoint, valueLocation } from './helpers.js';

export const protocolFloor: Rule = {
  id: 'protocol-floor',
  title: 'Protocol versions below the policy floor are negotiable',
  defaultSeverity: 'error',
  rationale: 'The policy sets a minimum TLS version for this role (RFC 8996 and RFC 9325 forbid TLS 1.0/1.1 where TLS protects credentials). The list that counts depends on the mode: the mandatory list where TLS is required or implicit, the opportunistic list otherwise.',
  references: ['RFC 8996', 'RFC 9325 §3.1.1', 'RFC 8314 §4.1', 'reference postfix-semantics §3.3'],
  check(ctx) {
    const version = ctx.model.postfixVersion.version;
    /** Opportunistic by default: the mandatory list still decides wherever TLS gets enforced (policy maps). */
    const mandatoryFloor = (e: Parameters<typeof ctx.policyFor>[0], min: (typeof TLS_PROTOCOLS)[number] | null): void => {
      if (!min || e.tls.required || e.tls.dead || e.tls.level === 'none') return;
      const param = `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_mandatory_protocols`;
      const v = e.values.get(param);
      if (!v) return;
      const list = evaluateProtocolList(v.value, { postfixVersion: version });
      if (!list.valid) return;
      const below = list.enabled.filter((p) => TLS_PROTOCOLS.indexOf(p) < TLS_PROTOCOLS.indexOf(min));
      if (below.length === 0) return;
      const at = valueLocation(ctx.model, e, param);
      const value = protocolListFrom(version, min);
      const fix = setForEndpoint(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}): where TLS is enforced (an "encrypt" or stronger level, e.g. from a TLS policy table) ${param} = "${v.value}"${at.fromDefault ? ' (default)' : ''} still allows ${below.join(', ')}; the policy (${ctx.policy.profile.id}) needs ${min} or newer there.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
        severity: 'warning',
        ...(fix ? { fix } : {}),
      });
    };
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      mandatoryFloor(e, rp.minProtocolMandatory ?? null);
      // Where TLS is required the mandatory list is the one in use: its floor counts too (§3.3).
      const mandatory = e.tls.required ? rp.minProtocolMandatory ?? null : null;
      const min = [rp.minProtocol, mandatory].reduce<TlsProtocol | null>((a, b) => (b && (!a || TLS_PROTOCOLS.indexOf(b) > TLS_PROTOCOLS.indexOf(a)) ? b : a), null);
      if (!min || !e.tls.offered || !e.tls.protocolList) continue;
      const floor = TLS_PROTOCOLS.indexOf(min);
      const below = e.tls.protocols.filter((p) => TLS_PROTOCOLS.indexOf(p) < floor);
      if (below.length === 0) continue;
      const param = e.tls.protocolList.parameter;
      const at = valueLocation(ctx.model, e, param);
      const value = protocolListFrom(ctx.model.postfixVersion.version, min);
      const fix = setForEndpoint(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}, ${e.tls.required ? 'TLS required' : 'opportunistic TLS'}) negotiates ${below.join(', ')}: ${param} = "${e.tls.protocolList.value}"${at.fromDefault ? ' (default)' : ''}; the policy (${ctx.policy.profile.id}) needs ${min} or newer.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
