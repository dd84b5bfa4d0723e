import { compareVersions } from '../../postfix/defaults/index.js';
import type { Rule } from '../types.js';
import { endpointAt, protocolListFrom } from './helpers.js';
import { setMainCfParameter } from '../../fix/main-cf-edits.js';
import { setServiceOption } from '../../fix/master-cf-edits.js';

const PROTOCOL_PARAM = /^(smtpd|smtp|lmtp|tlsproxy|postscreen)_tls_(mandatory_)?protocols$/;

export const rangeSyntaxBefore36: Rule = {
  id: 'range-syntax-before-3-6',
  title: '">=" / "<=" protocol syntax on Postfix older than 3.6',
  defaultSeverity: 'error',
  rationale: 'The ">=TLSv1.2" range syntax exists since Postfix 3.6. Older versions reject the whole list and run without TLS; use "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1" there.',
  references: ['reference postfix-semantics §3.4 (gotcha 4)', 'postconf(5) smtpd_tls_protocols'],
  check(ctx) {
    const version = ctx.model.postfixVersion.version;
    if (compareVersions(version, '3.6') >= 0) return;
    const fixed = protocolListFrom(version, 'TLSv1.2');
    const main = ctx.model.loaded.main;
    for (const entry of main?.entries ?? []) {
      if (!PROTOCOL_PARAM.test(entry.name) || !/[<>]=/.test(entry.value)) continue;
      const r = setMainCfParameter(main!, entry.name, fixed);
      ctx.report({
        message: `${entry.name} = "${entry.value}" uses the range syntax, which Postfix ${version} does not know: the list is rejected and TLS is off where it applies.`,
        file: main!.source.path,
        span: entry.nameSpan,
        parameter: entry.name,
        key: entry.value,
        ...(r.ok && r.edits.length ? { fix: { description: `Set ${entry.name} = ${fixed}`, edits: r.edits } } : {}),
      });
    }
    const master = ctx.model.loaded.master;
    if (!master || ctx.model.loaded.masterIsStock) return;
    for (const s of master.services) {
      for (const o of s.options) {
        if (!PROTOCOL_PARAM.test(o.name) || !/[<>]=/.test(o.value)) continue;
        const r = setServiceOption(master, s, o.name, fixed);
        const e = endpointAt(ctx.model, { severity: 'error', code: '', message: '', path: master.source.path, span: o.span });
        ctx.report({
          message: `-o ${o.name}=${o.value} uses the range syntax, which Postfix ${version} does not know: the list is rejected and TLS is off for ${s.name}.`,
          file: master.source.path,
          span: o.span,
          ...(e ? { endpoint: e } : {}),
          parameter: o.name,
          key: `${s.name}/${s.type}:${o.value}`,
          ...(r.ok && r.edits.length ? { fix: { description: `Set -o ${o.name}=${fixed}`, edits: r.edits } } : {}),
        });
      }
    }
  },
};
