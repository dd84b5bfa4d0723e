/**
 * The audit of one config set: load, model, judge, verify the fixes and (on request) combine them.
 * The result is plain data (structured-cloneable), so a worker thread can compute it and the caller
 * keeps nothing of the set's parse trees or model unless it asks for the model.
 */
import type { ConfigSet } from './discover/index.js';
import { listingOf, type SetListing } from './listing.js';
import { buildConfigSetModel } from './model/index.js';
import type { ConfigSetModel, ModelOptions } from './model/types.js';
import { loadConfigSet } from './postfix/config-set.js';
import type { SourceText } from './postfix/source.js';
import { decideFixesOfSet } from './policy/combine-fixes.js';
import type { FixDecision } from './policy/assemble-fixes.js';
import { evaluatePolicy } from './policy/evaluate.js';
import { sourcesOf } from './policy/report.js';
import { applySuppressions, UNUSED_SUPPRESSION } from './policy/suppressions.js';
import type { Finding, Policy } from './policy/types.js';

export interface SetAuditOptions {
  policy: Policy;
  modelOptions: ModelOptions;
  /** Fingerprints of known findings to leave out. */
  baseline?: ReadonlySet<string>;
  /** Decide which fixes combine (needs the model, so it happens here). */
  combineFixes: boolean;
  /** Return the model too (not cloneable across threads). */
  keepModel: boolean;
}

export interface SetAudit {
  listing: SetListing;
  /** The set's own files (not the stock master.cf). */
  sources: SourceText[];
  /** Findings after suppressions and the baseline, in report order. */
  findings: Finding[];
  /** Suppressions of the set that matched nothing, in file order. */
  unused: Finding[];
  /** With combineFixes: what became of each fix, by index into `findings`. */
  decisions?: Array<[number, FixDecision]>;
  model?: ConfigSetModel;
}

export function auditSet(set: ConfigSet, options: SetAuditOptions): SetAudit {
  const { policy, baseline } = options;
  const loaded = loadConfigSet(set);
  const model = buildConfigSetModel(loaded, options.modelOptions);
  const own = sourcesOf([model]);
  const kept = applySuppressions(evaluatePolicy([model], policy), [model], policy).filter((f) => !baseline?.has(f.fingerprint));
  // applySuppressions appends the suppressions that matched nothing; a judgement of the whole
  // repository puts them after every other finding, so they are kept apart.
  const findings = kept.filter((f) => f.ruleId !== UNUSED_SUPPRESSION);
  const unused = kept.filter((f) => f.ruleId === UNUSED_SUPPRESSION);
  const result: SetAudit = { listing: listingOf(loaded), sources: [...own.values()], findings, unused };
  if (options.combineFixes) {
    const decided = decideFixesOfSet(findings.filter((f) => f.fix), model, policy, own);
    result.decisions = findings.flatMap((f, i): Array<[number, FixDecision]> => {
      const d = decided.get(f);
      return d === undefined ? [] : [[i, d]];
    });
  }
  if (options.keepModel) result.model = model;
  return result;
}
