import type { Rule } from '../types.js';
import { endpointAt } from './helpers.js';
import { setMainCfParameter } from '../../fix/main-cf-edits.js';

export const trailingComment = diagnosticFree();

function diagnosticFree(): Rule {
  return {
    id: 'trailing-comment',
    title: 'Trailing "#" comment is part of the value',
    defaultSeverity: 'warning',
    rationale: 'Postfix has no trailing comments: "#" is a comment only as the first non-blank character of a line. "smtpd_tls_security_level = may # opportunistic" sets the level to "may # opportunistic", which is invalid.',
    references: ['postconf(5) syntax', 'reference postfix-semantics §1.1'],
    check(ctx) {
      const main = ctx.model.loaded.main;
      for (const entry of main?.entries ?? []) {
        if (!entry.value.includes('#')) continue;
        const i = entry.value.search(/\s#/);
        if (i < 0 || entry.templated) continue;
        const kept = entry.value.slice(0, i).trimEnd();
        const last = main!.values.get(entry.name) === entry;
        const r = last ? setMainCfParameter(main!, entry.name, kept) : undefined;
        ctx.report({
          message: `${entry.name} = "${entry.value}": the "#..." is part of the value (Postfix has no trailing comments); the intended value was probably "${kept}".`,
          file: main!.source.path,
          span: entry.valueSpan,
          parameter: entry.name,
          key: entry.value,
          ...(r?.ok && r.edits.length ? { fix: { description: `Set ${entry.name} = ${kept} (comment removed)`, edits: r.edits } } : {}),
        });
      }
      const master = ctx.model.loaded.master;
      if (!master || ctx.model.loaded.masterIsStock) return;
      for (const s of master.services) {
        for (const o of s.options) {
          if (!o.value.includes('#')) continue;
          const e = endpointAt(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: o.span });
          ctx.report({ message: `-o ${o.name}=${o.value} on ${s.name}: "#" inside an option is part of the value.`, file: master.source.path, span: o.span, ...(e ? { endpoint: e } : {}), parameter: o.name, key: `${s.name}/${s.type}:${o.value}` });
        }
        const hash = s.strayArguments.find((a) => a.text.startsWith('#'));
        if (hash) {
          const e = endpointAt(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: hash.span });
          ctx.report({ message: `"${hash.text}" on the ${s.name} service line is not a comment: master.cf passes it to the daemon as an argument.`, file: master.source.path, span: hash.span, ...(e ? { endpoint: e } : {}), key: `${s.name}/${s.type}:${hash.text}` });
        }
      }
    },
  };
}
