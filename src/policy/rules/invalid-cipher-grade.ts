import { setMainCfParameter } from '../../fix/main-cf-edits.js';
import { setServiceOption } from '../../fix/master-cf-edits.js';
import { repairCipherGrade } from '../../fix/value-repair.js';
import type { Diagnostic } from '../../postfix/diagnostics.js';
import type { Fix, RuleContext } from '../types.js';
import { diagnosticRule, endpointAt, settingAt } from './helpers.js';

/**
 * The grade an invalid value means ("HIGH:!aNULL" → high; "hihg" → high) where the value is set; the
 * OpenSSL string's "!X" parts move to the matching *_exclude_ciphers (mandatory_exclude for the
 * mandatory grade), in the same place, so nothing the admin removed comes back.
 */
function gradeFix(d: Diagnostic, ctx: RuleContext): Fix | undefined {
  if (d.code !== 'tls/invalid-cipher-grade') return undefined;
  const model = ctx.model;
  const at = settingAt(model, d);
  if (!at) return undefined;
  const name = at.kind === 'main' ? at.entry.name : at.option.name;
  const current = at.kind === 'main' ? at.entry.value : at.option.value;
  const repair = repairCipherGrade(current);
  if (!repair || !/_ciphers$/.test(name)) return undefined;
  const exclName = name.replace(/ciphers$/, 'exclude_ciphers');
  const edits = [];
  const r = at.kind === 'main' ? setMainCfParameter(model.loaded.main!, name, repair.grade) : setServiceOption(model.loaded.master!, at.service, name, repair.grade);
  if (!r.ok) return undefined;
  edits.push(...r.edits);
  let extra = '';
  if (repair.exclusions.length > 0) {
    let existing: string;
    if (at.kind === 'main') existing = model.loaded.main!.values.get(exclName)?.value ?? '';
    else existing = at.service.options.filter((o) => o.name === exclName).at(-1)?.value ?? endpointAt(model, d)?.values.get(exclName)?.raw ?? '';
    if (existing.includes('$')) return undefined;
    const have = new Set(existing.split(/[, \t:]+/).filter((t) => t !== '').map((t) => t.toLowerCase()));
    const add = repair.exclusions.filter((t) => !have.has(t.toLowerCase()));
    if (add.length > 0) {
      const value = [existing.trim(), add.join(', ')].filter((x) => x !== '').join(', ');
      const x = at.kind === 'main' ? setMainCfParameter(model.loaded.main!, exclName, value) : setServiceOption(model.loaded.master!, at.service, exclName, value);
      if (!x.ok) return undefined;
      edits.push(...x.edits);
      extra = `, ${exclName} = ${value}`;
    }
  }
  return edits.length ? { description: `Set ${name} = ${repair.grade}${extra} (a grade, not an OpenSSL cipher string)`, edits } : undefined;
}

export const invalidCipherGrade = diagnosticRule(
  {
    id: 'invalid-cipher-grade',
    title: 'Invalid cipher grade: every handshake aborts',
    defaultSeverity: 'error',
    rationale: '*_tls_ciphers and *_tls_mandatory_ciphers take a grade (high, medium, low, export, null), not an OpenSSL cipher string; anything else makes every TLS handshake fail. Cipher strings belong in tls_high_cipherlist / tls_medium_cipherlist.',
    references: ['reference postfix-semantics §6.1 (gotcha 12)'],
  },
  ['tls/invalid-cipher-grade', 'tls/cipher-list-refused'],
  { fix: gradeFix },
);
