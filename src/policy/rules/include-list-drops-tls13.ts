import { evaluateProtocolList, TLS_PROTOCOLS } from '../../tls/protocols.js';
import { diagnosticRule, protocolListFrom, replaceSetting } from './helpers.js';

export const includeListDropsTls13 = diagnosticRule(
  {
    id: 'include-list-drops-tls13',
    title: 'An include list of protocols disables TLS 1.3',
    defaultSeverity: 'warning',
    rationale: 'A protocol list that names versions ("TLSv1.2", or "!SSLv3, TLSv1.2") enables only the named ones: every other version Postfix knows, TLS 1.3 included, is off. Use ">=TLSv1.2" (Postfix 3.6+) or exclusions only.',
    references: ['reference postfix-semantics §3.1 (gotcha 1)', 'RFC 9325 §3.1.1'],
  },
  ['tls/include-list-drops-tls13'],
  {
    // Keep the lowest version the list enabled, and everything newer.
    fix: (d, ctx) => {
      const version = ctx.model.postfixVersion.version;
      return replaceSetting(ctx.model, d, (_name, current) => {
        const enabled = evaluateProtocolList(current, { postfixVersion: version }).enabled;
        const lowest = TLS_PROTOCOLS.find((p) => enabled.includes(p));
        return lowest ? protocolListFrom(version, lowest) : undefined;
      }, (name, v) => `Set ${name} = ${v} (keeps the versions the list allowed and adds the newer ones)`);
    },
  },
);
