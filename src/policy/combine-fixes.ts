/**
 * All findings' fixes as one set of edits. Taken in report order, a fix joins the combination only
 * when its edits do not overlap the ones already taken and the combined edits of its config set still
 * verify as a whole (combinationVerified); otherwise it is left out and its finding keeps its own fix.
 */
import { applyEditsToFiles, EditError, type TextEdit } from '../fix/edits.js';
import type { ConfigSetModel } from '../model/types.js';
import { combinationVerified } from './evaluate.js';
import { sourcesOf } from './report.js';
import type { Finding, Policy } from './types.js';

export interface CombinedFixes {
  edits: TextEdit[];
  texts: Map<string, string>;
  applied: Finding[];
  /** Fixes whose edits overlap ones already taken. */
  skipped: Finding[];
  /** Fixes that verify alone but not together with the ones already taken. */
  conflicting: Finding[];
}

const sameEdit = (a: TextEdit, b: TextEdit): boolean =>
  a.file === b.file && a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn && a.replacement === b.replacement;

export function combineFixes(findings: readonly Finding[], models: readonly ConfigSetModel[], policy: Policy): CombinedFixes {
  const texts = new Map([...sourcesOf(models)].map(([p, s]) => [p, s.text]));
  const modelOf = new Map(models.map((m) => [m.root, m]));
  const perSet = new Map<string, { edits: TextEdit[]; fixed: Finding[] }>();
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  const conflicting: Finding[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const set = perSet.get(f.configSet) ?? { edits: [], fixed: [] };
    // The same edit offered by several findings (one main.cf line behind several services): once.
    const fresh = f.fix.edits.filter((e) => !set.edits.some((x) => sameEdit(x, e)));
    try {
      applyEditsToFiles(texts, [...edits, ...fresh]);
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      skipped.push(f);
      continue;
    }
    const model = modelOf.get(f.configSet);
    if (fresh.length > 0 && set.fixed.length > 0 && model && !combinationVerified(model, policy, [...set.edits, ...fresh], [...set.fixed, f])) {
      conflicting.push(f);
      continue;
    }
    set.edits.push(...fresh);
    set.fixed.push(f);
    perSet.set(f.configSet, set);
    edits.push(...fresh);
    applied.push(f);
  }
  return { edits, texts, applied, skipped, conflicting };
}
