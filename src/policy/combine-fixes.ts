/**
 * All findings' fixes as one set of edits: taken in report order, a fix whose edits cannot be
 * applied together with the ones already taken (overlap) is left out (its finding keeps its own fix).
 */
import { applyEditsToFiles, EditError, type TextEdit } from '../fix/edits.js';
import type { ConfigSetModel } from '../model/types.js';
import { sourcesOf } from './report.js';
import type { Finding } from './types.js';

export interface CombinedFixes {
  edits: TextEdit[];
  texts: Map<string, string>;
  applied: Finding[];
  skipped: Finding[];
}

export function combineFixes(findings: readonly Finding[], models: readonly ConfigSetModel[]): CombinedFixes {
  const texts = new Map([...sourcesOf(models)].map(([p, s]) => [p, s.text]));
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    // The same edit offered by several findings (one main.cf line behind several services): once.
    const same = (a: TextEdit, b: TextEdit) => a.file === b.file && a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn && a.replacement === b.replacement;
    if (f.fix.edits.every((e) => edits.some((x) => same(x, e)))) {
      applied.push(f);
      continue;
    }
    try {
      applyEditsToFiles(texts, [...edits, ...f.fix.edits]);
      edits.push(...f.fix.edits);
      applied.push(f);
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      skipped.push(f);
    }
  }
  return { edits, texts, applied, skipped };
}
