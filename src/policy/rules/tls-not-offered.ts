import { stockMasterNote } from '../locations.js';
import type { Rule } from '../types.js';
import { valueLocation } from './helpers.js';

export const tlsNotOffered: Rule = {
  id: 'tls-not-offered',
  title: 'A public SMTP service does not offer TLS at all',
  defaultSeverity: 'warning',
  judgesRole: true,
  rationale: 'Opportunistic TLS (RFC 7435, RFC 3207) costs senders nothing and protects every message whose sender can use it; a port-25 MX without STARTTLS receives all mail in plaintext (internet.nl fails such an MX, NCSC-NL 2025-05). Postfix offers no TLS until smtpd_tls_security_level (or the legacy smtpd_use_tls) turns it on: its built-in default is off. Services that must require TLS (submission) have their own rule.',
  references: ['RFC 7435', 'RFC 3207', 'reference postfix-semantics §4.1, §4.4', 'reference tls-policies §A.2 (internet.nl: STARTTLS on every MX)'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      // Switched off by the level only: a missing certificate or an invalid list has its own rule.
      if (e.kind !== 'server' || !rp.tlsOffered || rp.tls === 'required' || e.tls.dead || e.tls.level !== 'none') continue;
      const param = e.command === 'postscreen' && e.postscreen?.starttlsBy === 'tlsproxy' ? 'postscreen_tls_security_level' : 'smtpd_tls_security_level';
      const at = valueLocation(ctx.model, e, param);
      const level = e.values.get(param);
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}) offers no STARTTLS: ${param} = "${level?.value ?? ''}"${at.fromDefault ? ' (default)' : ''}, so every message arrives in plaintext, also from senders that could use TLS. Set ${param} = may with a server certificate (never "encrypt" on a public MX, RFC 3207 §4).${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
      });
    }
  },
};
