import { compareVersions } from '../../postfix/defaults/index.js';
import { diagnosticRule } from './helpers.js';

export const invalidProtocolList = diagnosticRule(
  {
    id: 'invalid-protocol-list',
    title: 'Invalid protocol list: TLS is silently off',
    defaultSeverity: 'error',
    rationale: 'Postfix logs a warning and disables TLS for the service when a protocol list has an unknown token, or leaves no version enabled; mail then flows in plaintext (or is refused where TLS is required) without any start-up failure.',
    references: ['reference postfix-semantics §3.2, §3.5', 'Postfix tls_protocol_mask()'],
  },
  ['tls/invalid-protocol-list', 'tls/no-protocols-available'],
  // ">=" on a Postfix older than 3.6 has its own rule.
  { filter: (d, ctx) => !(compareVersions(ctx.model.postfixVersion.version, '3.6') < 0 && /needs Postfix 3\.6/.test(d.message)) },
);
