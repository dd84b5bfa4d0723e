import { builtinDefaults } from '../../postfix/defaults/index.js';
import { serviceLocation } from '../locations.js';
import type { Rule } from '../types.js';

/** OpenSSL spellings of the same group (the profiles name groups as their sources do). */
const ALIASES: Record<string, string> = { secp256r1: 'prime256v1', 'p-256': 'prime256v1', 'p-384': 'secp384r1', 'p-521': 'secp521r1' };
const canonical = (g: string): string => {
  const l = g.toLowerCase();
  return ALIASES[l] ?? l;
};

const PARAMETERS = ['tls_eecdh_auto_curves', 'tls_ffdhe_auto_groups'] as const;

export const keyExchangeGroups: Rule = {
  id: 'key-exchange-groups',
  title: 'Key-exchange groups the profile does not accept are configured',
  defaultSeverity: 'warning',
  judgesRole: true,
  rationale: 'tls_eecdh_auto_curves (and, since Postfix 3.8, tls_ffdhe_auto_groups) list the groups Postfix offers for (EC)DHE key exchange, for every TLS service and client. A group the profile does not accept can be negotiated with a peer that prefers it: NCSC-NL 2025-05 calls ffdhe2048 insufficient (Postfix 3.8-3.10 default "ffdhe2048 ffdhe3072"), BSI TR-02102-2 does not list X25519, TLSRef 6.0 lists X25519MLKEM768, X25519, prime256v1 and secp384r1 only. Which group a handshake uses depends on the peer: the live probe reports what it observes.',
  references: ['reference tls-policies §0.2, §A.1, §A.2, §A.3, §A.4', 'reference postfix-semantics §4.2, §6.4'],
  check(ctx) {
    const accepted = ctx.policy.profile.live?.groups;
    if (!accepted || !ctx.model.endpoints.some((e) => e.tls.offered)) return;
    const ok = new Set(accepted.map(canonical));
    const defaults = builtinDefaults(ctx.model.postfixVersion.version);
    const main = ctx.model.loaded.main;
    for (const name of PARAMETERS) {
      if (!defaults.has(name)) continue; // tls_ffdhe_auto_groups: Postfix 3.8+
      const entry = main?.values.get(name);
      if (entry?.templated) continue; // the templated-value rule says so
      const value = entry ? entry.value : (defaults.get(name) as string);
      // "?name" (3.11+) marks an optional group; DEFAULT-style keywords are OpenSSL's own list.
      const groups = value.split(/[\s,:]+/).map((g) => g.replace(/^\?/, '')).filter((g) => g.length > 0 && !/^default$/i.test(g));
      const bad = groups.filter((g) => !ok.has(canonical(g)));
      if (bad.length === 0) continue;
      const at = entry && main ? { file: main.source.path, span: entry.nameSpan } : serviceLocation(ctx.model);
      ctx.report({
        message: `${name} = "${value}"${entry ? '' : ' (default)'} offers ${bad.join(', ')}, which the policy (${ctx.policy.profile.id}) does not accept for key exchange (accepted: ${accepted.join(', ')}). ${ctx.policy.profile.live?.basis ?? ''}`.trimEnd(),
        ...at,
        parameter: name,
        key: bad.join(' '),
      });
    }
  },
};
