/**
 * The decided fixes of the findings as one combination, apart from src/policy/combine-fixes.ts (which
 * decides them and imports the analysis to verify them): a scan that finds no config set assembles
 * its (empty) combination without loading the analysis.
 */
import type { TextEdit } from '../fix/edits.js';
import type { Finding } from './types.js';

export interface CombinedFixes {
  edits: TextEdit[];
  texts: Map<string, string>;
  applied: Finding[];
  /** Fixes whose edits overlap ones already taken. */
  skipped: Finding[];
  /** Fixes that verify alone but not together with the ones already taken. */
  conflicting: Finding[];
}

/** What became of one finding's fix in the combination. */
export type FixDecision = { fresh: TextEdit[] } | 'skipped' | 'conflicting';

/** The decided fixes as one combination, in the order of `findings`. */
export function assembleFixes(findings: readonly Finding[], decided: ReadonlyMap<Finding, FixDecision>, texts: Map<string, string>): CombinedFixes {
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  const conflicting: Finding[] = [];
  for (const f of findings) {
    const d = decided.get(f);
    if (d === undefined) continue;
    if (d === 'skipped') skipped.push(f);
    else if (d === 'conflicting') conflicting.push(f);
    else {
      edits.push(...d.fresh);
      applied.push(f);
    }
  }
  return { edits, texts, applied, skipped, conflicting };
}
