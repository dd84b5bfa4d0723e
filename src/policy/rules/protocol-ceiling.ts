import { evaluateProtocolList } from '../../tls/protocols.js';
import { stockMasterNote } from '../locations.js';
import type { Rule } from '../types.js';
import { protocolListFrom, setForEndpoint, valueLocation } from './helpers.js';

export const protocolCeiling: Rule = {
  id: 'protocol-ceiling',
  title: 'The newest protocol version the policy expects is not negotiable',
  defaultSeverity: 'warning',
  judgesRole: true,
  rationale: 'RFC 9325 asks for TLS 1.3 support. An exclusion such as "!TLSv1.3" or an upper bound "<=TLSv1.2" caps the service below it. (Include lists that drop TLS 1.3 have their own rule.)',
  references: ['RFC 9325 §3.1.1', 'reference postfix-semantics §3.1'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (!rp.maxProtocol || !e.tls.offered || !e.tls.protocolList || e.tls.protocols.length === 0) continue;
      if (e.tls.protocols.includes(rp.maxProtocol)) continue;
      const list = evaluateProtocolList(e.tls.protocolList.value, { postfixVersion: ctx.model.postfixVersion.version });
      if (list.included.length > 0) continue; // include-list-drops-tls13
      // TLS 1.3 can also be missing for want of a certificate (anonymous TLS): not a protocol-list matter.
      if (e.tls.certificateConfigured === false) continue;
      const param = e.tls.protocolList.parameter;
      const at = valueLocation(ctx.model, e, param);
      const min = rp.minProtocol ?? 'TLSv1.2';
      const value = protocolListFrom(ctx.model.postfixVersion.version, min);
      const fix = setForEndpoint(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}) cannot negotiate ${rp.maxProtocol}: ${param} = "${e.tls.protocolList.value}" allows only ${e.tls.protocols.join(', ')}.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
