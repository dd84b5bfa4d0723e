import { compareVersions } from '../../postfix/defaults/index.js';
import { repairProtocolList } from '../../fix/value-repair.js';
import { TLS_PROTOCOLS, type TlsProtocol } from '../../tls/protocols.js';
import type { Diagnostic } from '../../postfix/diagnostics.js';
import type { Fix, RuleContext } from '../types.js';
import { diagnosticRule, endpointAt, replaceSetting, settingAt } from './helpers.js';

/**
 * The policy floor of every endpoint that uses the list at the diagnostic: the fixed list must not
 * open a protocol-floor finding where TLS was off before (the mandatory-list floor of opportunistic
 * services counts for a *_mandatory_protocols value).
 */
function floorFor(d: Diagnostic, ctx: RuleContext, name: string): TlsProtocol | null {
  const at = settingAt(ctx.model, d);
  const own = at?.kind === 'option' ? endpointAt(ctx.model, d) : undefined;
  const readers = own ? [own] : ctx.model.endpoints.filter((e) => e.values.get(name)?.file === d.path && e.values.get(name)?.span?.start.offset === d.span?.start.offset);
  let floor: TlsProtocol | null = null;
  const raise = (p: TlsProtocol | null | undefined): void => {
    if (p && (floor === null || TLS_PROTOCOLS.indexOf(p) > TLS_PROTOCOLS.indexOf(floor))) floor = p;
  };
  for (const e of readers) {
    const rp = ctx.policyFor(e);
    // Only the list the service's mode uses counts for its floor (reference §3.3): an "encrypt"
    // submission must not raise port 25's opportunistic list.
    if (e.tls.protocolList?.parameter === name) raise(rp.minProtocol);
    if (/_mandatory_protocols$/.test(name) && !e.tls.required) raise(rp.minProtocolMandatory);
  }
  return floor;
}

function listFix(d: Diagnostic, ctx: RuleContext): Fix | undefined {
  if (d.code !== 'tls/invalid-protocol-list') return undefined;
  const version = ctx.model.postfixVersion.version;
  return replaceSetting(ctx.model, d, (name, current) => repairProtocolList(current, version, floorFor(d, ctx, name))?.value,
    (name, v) => `Set ${name} = ${v} (the versions the list meant, in a form Postfix ${version} reads)`);
}

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
  {
    filter: (d, ctx) => !(compareVersions(ctx.model.postfixVersion.version, '3.6') < 0 && /needs Postfix 3\.6/.test(d.message)),
    fix: listFix,
  },
);
