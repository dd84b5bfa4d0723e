/**
 * All findings' fixes as one set of edits. Taken in report order, a fix joins the combination only
 * when its edits do not overlap the ones already taken and the combined edits of its config set still
 * verify as a whole (combinationVerified); otherwise it is left out and its finding keeps its own fix.
 */
import { EditError, editsByFile, lineStartsOf, resolveEdits, type TextEdit } from '../fix/edits.js';
import type { ConfigSetModel } from '../model/types.js';
import type { SourceText } from '../postfix/source.js';
import { combinationVerified } from './evaluate.js';
import { sourcesOf } from './report.js';
import type { Finding, Policy } from './types.js';
import { assembleFixes, type CombinedFixes, type FixDecision } from './assemble-fixes.js';

const sameEdit = (a: TextEdit, b: TextEdit): boolean =>
  a.file === b.file && a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn && a.replacement === b.replacement;

export function combineFixes(findings: readonly Finding[], models: readonly ConfigSetModel[], policy: Policy): CombinedFixes {
  const texts = new Map([...sourcesOf(models)].map(([p, s]) => [p, s.text]));
  // A finding belongs to the set whose file it is in: variants of one directory (master.cf.debian.erb,
  // master.cf.redhat.erb) are separate sets with the same root.
  const modelOfRoot = new Map(models.map((m) => [m.root, m]));
  const modelOfFile = new Map<string, ConfigSetModel>();
  for (const m of models) for (const file of sourcesOf([m]).keys()) modelOfFile.set(file, m);
  // Each config set on its own (fixes of one set never touch another set's files), in report order.
  const bySet = new Map<ConfigSetModel | undefined, Finding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const model = modelOfFile.get(f.file) ?? modelOfRoot.get(f.configSet);
    const list = bySet.get(model);
    if (list) list.push(f);
    else bySet.set(model, [f]);
  }
  const decided = new Map<Finding, FixDecision>();
  for (const [model, list] of bySet) for (const [f, d] of decideFixesOfSet(list, model, policy, texts)) decided.set(f, d);
  return assembleFixes(findings, decided, texts);
}

/**
 * The fixes of one config set's findings (`list`, in report order), each taken, skipped or
 * conflicting. `texts`: the set's files by path, as text or as their SourceTexts (whose line starts
 * are then not computed again). Usually all fixes of a set hold together: one re-analysis of the
 * whole combination. Only when it fails is the combination built up one fix at a time, each step
 * verified.
 */
export function decideFixesOfSet(list: readonly Finding[], model: ConfigSetModel | undefined, policy: Policy, texts: ReadonlyMap<string, string | SourceText>): Map<Finding, FixDecision> {
  const whole = combineSet(list, texts, () => true);
  const taken = list.filter((f) => typeof whole.get(f) === 'object');
  const together = !model || taken.length < 2 || combinationVerified(model, policy, taken.flatMap((f) => (whole.get(f) as { fresh: TextEdit[] }).fresh), taken);
  return together ? whole : combineSet(list, texts, (edits, fixed) => combinationVerified(model!, policy, edits, fixed));
}

/**
 * Fixes of one set in order: a fix whose edits overlap ones already taken is skipped; the same edit
 * offered by several findings (one main.cf line behind several services) is taken once; a fix after
 * the first joins only when `verified` accepts the combination with it.
 */
function combineSet(
  list: readonly Finding[],
  texts: ReadonlyMap<string, string | SourceText>,
  verified: (edits: TextEdit[], fixed: Finding[]) => boolean,
): Map<Finding, FixDecision> {
  const out = new Map<Finding, FixDecision>();
  const setEdits: TextEdit[] = [];
  const fixed: Finding[] = [];
  const byFile = new Map<string, TextEdit[]>();
  const lineStarts = new Map<string, readonly number[]>();
  for (const f of list) {
    const fresh = f.fix!.edits.filter((e) => !setEdits.some((x) => sameEdit(x, e)));
    try {
      // Only the files this fix touches can newly overlap.
      for (const [file, mine] of editsByFile(fresh)) {
        const t = texts.get(file);
        if (t === undefined) throw new EditError(`edit for a file that is not part of the config set: ${file}`);
        const text = typeof t === 'string' ? t : t.text;
        // A SourceText's line starts are lineStartsOf(its text) (makeSource computes them the same way).
        let starts = lineStarts.get(file);
        if (!starts) lineStarts.set(file, (starts = typeof t === 'string' ? lineStartsOf(t) : t.lineStarts));
        resolveEdits(text, [...(byFile.get(file) ?? []), ...mine], starts);
      }
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      out.set(f, 'skipped');
      continue;
    }
    if (fresh.length > 0 && fixed.length > 0 && !verified([...setEdits, ...fresh], [...fixed, f])) {
      out.set(f, 'conflicting');
      continue;
    }
    setEdits.push(...fresh);
    fixed.push(f);
    for (const e of fresh) {
      const l = byFile.get(e.file);
      if (l) l.push(e);
      else byFile.set(e.file, [e]);
    }
    out.set(f, { fresh });
  }
  return out;
}
