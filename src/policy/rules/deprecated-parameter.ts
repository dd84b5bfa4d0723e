import { compareVersions } from '../../postfix/defaults/index.js';
import type { Rule } from '../types.js';
import { endpointAt } from './helpers.js';
import { removeMainCfParameter } from '../../fix/main-cf-edits.js';
import { removeServiceOption } from '../../fix/master-cf-edits.js';

/** Legacy parameters and what became of them (postconf(5), reference §4.4, §6). */
const DEPRECATED = new Map<string, { since?: string; why: string; removable: boolean }>(Object.entries({
  smtpd_use_tls: { why: 'superseded by smtpd_tls_security_level (ignored when that is set)', removable: false },
  smtpd_enforce_tls: { why: 'superseded by smtpd_tls_security_level (ignored when that is set)', removable: false },
  smtp_use_tls: { why: 'superseded by smtp_tls_security_level (ignored when that is set)', removable: false },
  smtp_enforce_tls: { why: 'superseded by smtp_tls_security_level (ignored when that is set)', removable: false },
  smtpd_tls_eecdh_grade: { since: '3.6', why: 'ignored since Postfix 3.6: curves come from tls_eecdh_auto_curves', removable: true },
  tls_eecdh_strong_curve: { since: '3.6', why: 'ignored since Postfix 3.6', removable: true },
  tls_eecdh_ultra_curve: { since: '3.6', why: 'ignored since Postfix 3.6', removable: true },
  smtpd_tls_dh512_param_file: { why: 'export-grade DH: unused by OpenSSL 1.1+ and every current Postfix', removable: true },
  smtpd_tls_dh1024_param_file: { since: '3.7', why: 'OpenSSL 3 with Postfix 3.7+ picks FFDHE groups itself (tls_ffdhe_auto_groups); a custom file is rarely needed', removable: false },
  tls_dane_digest_agility: { since: '3.6', why: 'removed in Postfix 3.6', removable: true },
  smtp_tls_per_site: { why: 'superseded by smtp_tls_policy_maps', removable: false },
  tlsproxy_enforce_tls: { why: 'superseded by tlsproxy_tls_security_level', removable: false },
  tlsproxy_use_tls: { why: 'superseded by tlsproxy_tls_security_level', removable: false },
}));

export const deprecatedParameter: Rule = {
  id: 'deprecated-parameter',
  title: 'Deprecated or ignored TLS parameter',
  defaultSeverity: 'notice',
  rationale: 'Leftovers from old hardening guides (smtpd_use_tls, smtpd_tls_eecdh_grade, dh512 files...) do nothing or less than they seem to; they mislead reviewers. The severity follows the profile\'s stance on legacy parameters.',
  references: ['postconf(5)', 'reference postfix-semantics §4.4, §6'],
  check(ctx) {
    const stance = ctx.policy.profile.legacyParameters;
    if (stance === 'off') return;
    const version = ctx.model.postfixVersion.version;
    const applies = (name: string): { since?: string; why: string; removable: boolean } | undefined => {
      const d = DEPRECATED.get(name);
      if (!d) return undefined;
      if (d.since && compareVersions(version, d.since) < 0) return undefined;
      return d;
    };
    const main = ctx.model.loaded.main;
    for (const entry of main?.values.values() ?? []) {
      const d = applies(entry.name);
      if (!d) continue;
      const r = d.removable ? removeMainCfParameter(main!, entry.name) : undefined;
      ctx.report({
        message: `${entry.name}: ${d.why}.`,
        file: main!.source.path,
        span: entry.nameSpan,
        parameter: entry.name,
        severity: stance,
        ...(r?.ok && r.edits.length ? { fix: { description: `Remove ${entry.name}`, edits: r.edits } } : {}),
      });
    }
    const master = ctx.model.loaded.master;
    if (!master || ctx.model.loaded.masterIsStock) return;
    for (const s of master.services) for (const o of s.options) {
      const d = applies(o.name);
      if (!d) continue;
      const e = endpointAt(ctx.model, { severity: 'notice', code: '', message: '', path: master.source.path, span: o.span });
      const r = d.removable ? removeServiceOption(master, s, o.name) : undefined;
      ctx.report({
        message: `-o ${o.name} on ${s.name}: ${d.why}.`,
        file: master.source.path,
        span: o.span,
        ...(e ? { endpoint: e } : {}),
        parameter: o.name,
        key: `${s.name}/${s.type}`,
        severity: stance,
        ...(r?.ok && r.edits.length ? { fix: { description: `Remove -o ${o.name} from ${s.name}`, edits: r.edits } } : {}),
      });
    }
  },
};
