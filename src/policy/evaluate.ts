/**
 * Runs the rules over config-set models and turns their reports into findings: position, service,
 * role, severity after policy overrides, and a fingerprint that survives line moves.
 */
import * as crypto from 'node:crypto';
import picomatch from 'picomatch';
import { compareStrings } from '../discover/git-listing.js';
import type { ConfigSetModel, Endpoint, ModelOptions, Role } from '../model/types.js';
export { serviceLocation } from './locations.js';
import { RULES } from './rules/index.js';
import { verifyFix } from '../fix/verify.js';
import type { TextEdit } from '../fix/edits.js';
import type { Finding, FindingInput, Policy, Rule, RolePolicy, Severity } from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}

/** Service keys a policy may use for an endpoint: name, "name/type", "host:port", port. */
export function serviceKeys(e: Endpoint): string[] {
  const keys = [e.service, `${e.service}/${e.type}`];
  if (e.listen?.port != null) keys.push(e.listen.host ? `${e.listen.host}:${e.listen.port}` : String(e.listen.port));
  return keys;
}

/** Role overrides from the policy's services, for buildConfigSetModel. */
export function modelOptionsFor(policy: Policy, postfixVersion?: string): ModelOptions {
  const roles: Record<string, Role> = {};
  for (const [k, v] of Object.entries(policy.services)) if (v.role) roles[k] = v.role;
  const version = postfixVersion ?? policy.postfixVersion;
  return { ...(Object.keys(roles).length ? { roles } : {}), ...(version !== undefined ? { postfixVersion: version } : {}) };
}

export function rolePolicyFor(policy: Policy, e: Endpoint): RolePolicy {
  let rp: RolePolicy = policy.roles[e.role];
  if (!hasServiceOverrides(policy)) return rp;
  for (const k of serviceKeys(e)) {
    // Own keys only: a service named "constructor" is not Object.prototype.constructor.
    const o = Object.hasOwn(policy.services, k) ? policy.services[k] : undefined;
    if (o) {
      const { role: _role, ...rest } = o;
      rp = { ...(o.role ? policy.roles[o.role] : rp), ...rest };
    }
  }
  return rp;
}

function hasServiceOverrides(policy: Policy): boolean {
  for (const _ in policy.services) return true;
  return false;
}

export function isIgnored(policy: Policy, model: ConfigSetModel): boolean {
  if (policy.ignore.length === 0) return false;
  const match = picomatch(policy.ignore, { dot: true });
  return [model.root, model.mainCf, model.masterCf].some((p) => p !== null && match(p));
}

export interface EvaluateOptions {
  /** Verify every fix (apply in memory, re-analyse: the finding is gone and nothing new appears); default true. */
  verifyFixes?: boolean;
}

/** Same rule, same service, same parameter: the finding's identity for fix verification. */
const identities = new WeakMap<Finding, string>();
const identityOf = (f: Finding): string => identities.get(f) ?? `${f.ruleId}|${f.service ?? ''}|${f.fingerprint}`;

export function evaluatePolicy(models: readonly ConfigSetModel[], policy: Policy, rules: readonly Rule[] = RULES, options: EvaluateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const model of models) {
    if (isIgnored(policy, model)) continue;
    const own = evaluateModel(model, policy, rules);
    if (options.verifyFixes !== false) verifyFixesOf(model, policy, own);
    findings.push(...own);
  }
  return sortFindings(findings);
}

const editKey = (e: TextEdit): string => `${e.file}\u0000${e.startLine}:${e.startColumn}-${e.endLine}:${e.endColumn}\u0000${e.replacement}`;

/** What one re-analysis of a set with some edits applied showed. */
interface Reanalysis {
  /** Identities of the findings of the edited set; null when the edits could not be applied (overlap, unknown file). */
  found: ReadonlySet<string> | null;
  /** A diagnostic appeared that the unedited set did not have (newDiagnosticsOf). */
  newDiagnostics: boolean;
}

/**
 * Re-analyses of each model, by the edits applied (in the order given). A re-analysis is a function of
 * the set's files, the edits and the policy alone (verifyFix parses the edited files again, rebuilds the
 * model with the options the policy gives, runs the policy's rules; nothing in it depends on which
 * findings the edits are meant to remove), so one answers every question asked about the same edits:
 * the combination of all fixes and a fix alone ask about the same edits when every fix of the set has
 * the same edits (one main.cf line behind several services), and combineFixes asks again what
 * verifyFixesOf asked. Only the verdict (which findings must be gone) differs, and it is computed from
 * the stored identities each time. The policy is part of the key, and the model is: nothing is shared
 * between config sets.
 */
const reanalyses = new WeakMap<ConfigSetModel, { policy: Policy; byEdits: Map<string, Reanalysis> }>();

function reanalysed(model: ConfigSetModel, policy: Policy, edits: readonly TextEdit[], options: ModelOptions): Reanalysis {
  let cache = reanalyses.get(model);
  if (cache?.policy !== policy) reanalyses.set(model, (cache = { policy, byEdits: new Map() }));
  const key = edits.map(editKey).join('\n');
  let r = cache.byEdits.get(key);
  if (r === undefined) {
    let found: ReadonlySet<string> | null = null;
    const v = verifyFix(model.loaded, edits, (fixed) => {
      found = identitiesOf(fixed, policy, RULES);
      return true;
    }, options, model);
    r = v.error !== undefined ? { found: null, newDiagnostics: false } : { found, newDiagnostics: v.newDiagnostics.length > 0 };
    cache.byEdits.set(key, r);
  }
  return r;
}

/**
 * Drop every fix that does not verify (the product rule: a fix is only offered once re-analysis shows
 * it works). All fixes of the set are first applied together, in one re-analysis: when every finding
 * they target is gone and nothing new appeared, they all hold. Otherwise (or when they overlap) each
 * is checked alone, and fixes with the same edits share one re-analysis.
 */
function verifyFixesOf(model: ConfigSetModel, policy: Policy, own: Finding[]): void {
  // Report order, as combineFixes will take them (so that its question is the same one).
  const withFix = sortFindings(own.filter((f) => f.fix));
  if (withFix.length === 0) return;
  const known = new Set(own.map(identityOf));
  const options: ModelOptions = { ...modelOptionsFor(policy), postfixVersion: model.postfixVersion.version };
  if (withFix.length > 1) {
    const edits: TextEdit[] = [];
    const keys = new Set<string>();
    for (const f of withFix) {
      for (const e of f.fix!.edits) {
        const k = editKey(e);
        if (!keys.has(k)) {
          keys.add(k);
          edits.push(e);
        }
      }
    }
    const gone = new Set(withFix.map(identityOf));
    if (combinationVerified(model, policy, edits, withFix, { before: own, options, gone })) return;
  }
  for (const f of withFix) {
    const { found, newDiagnostics } = reanalysed(model, policy, f.fix!.edits, options);
    if (!found || newDiagnostics || found.has(identityOf(f)) || !isSubset(found, known)) delete f.fix;
  }
}

/**
 * Whether several fixes of one config set, applied together, still do what each promised: every
 * finding in `fixed` is gone and no finding or diagnostic appears that the unfixed set did not have.
 * Fixes verified one by one can still interfere (two edits of one value, an -o that changes what a
 * main.cf fix meant), so the combined diff is checked as a whole before it is offered or written.
 */
export function combinationVerified(
  model: ConfigSetModel,
  policy: Policy,
  edits: readonly TextEdit[],
  fixed: readonly Finding[],
  known?: { before: readonly Finding[]; options: ModelOptions; gone: ReadonlySet<string> },
): boolean {
  const options: ModelOptions = known?.options ?? { ...modelOptionsFor(policy), postfixVersion: model.postfixVersion.version };
  const { found, newDiagnostics } = reanalysed(model, policy, edits, options);
  if (!found || newDiagnostics) return false;
  const gone = known?.gone ?? new Set(fixed.map(identityOf));
  for (const id of gone) if (found.has(id)) return false;
  return isSubset(found, beforeIdentities(model, policy, known?.before));
}

/** Identities of the unedited set's findings (evaluated once per model when the caller has not). */
const beforeByModel = new WeakMap<ConfigSetModel, { policy: Policy; ids: ReadonlySet<string> }>();
function beforeIdentities(model: ConfigSetModel, policy: Policy, before: readonly Finding[] | undefined): ReadonlySet<string> {
  const cached = beforeByModel.get(model);
  if (cached?.policy === policy) return cached.ids;
  const ids = new Set((before ?? evaluateModel(model, policy, RULES)).map(identityOf));
  beforeByModel.set(model, { policy, ids });
  return ids;
}

/**
 * Report order: config set, file, position, rule (a stable sort: ties keep their order). Names compare
 * by code unit, as discovery orders the sets: localeCompare followed the machine's locale (under
 * da_DK "aa/" sorts after "å/"), so the same tree gave reports in a different order on another runner.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => compareStrings(a.configSet, b.configSet) || compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId));
}

function evaluateModel(model: ConfigSetModel, policy: Policy, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  runRules(model, policy, rules, (rule, override) => {
    const seen = new Set<string>();
    return (input) => {
      const f = toFinding(rule, model, input, override);
      const k = `${f.fingerprint}:${f.line}:${f.column}`;
      if (seen.has(k)) return;
      seen.add(k);
      findings.push(f);
      identities.set(f, identityOfInput(rule, input));
    };
  });
  return findings;
}

/**
 * The identities of the findings evaluateModel would return, which is all a fix verification
 * compares: no Finding objects, no fingerprints. (evaluateModel drops a report with the fingerprint
 * and position of an earlier one; its identity is the earlier one's, so the set is the same.)
 */
function identitiesOf(model: ConfigSetModel, policy: Policy, rules: readonly Rule[]): Set<string> {
  const found = new Set<string>();
  runRules(model, policy, rules, (rule) => (input) => found.add(identityOfInput(rule, input)));
  return found;
}

const identityOfInput = (rule: Rule, input: FindingInput): string =>
  `${rule.id}|${input.endpoint ? `${input.endpoint.service}/${input.endpoint.type}` : ''}|${input.parameter ?? input.key ?? input.message}`;

/** Every rule the policy does not turn off, over one model; `reporter` makes each rule's report(). */
function runRules(model: ConfigSetModel, policy: Policy, rules: readonly Rule[], reporter: (rule: Rule, override: Severity | undefined) => (input: FindingInput) => void): void {
  // Every rule asks for the role policy of every endpoint: once per endpoint.
  const rolePolicies = new Map<Endpoint, RolePolicy>();
  const policyFor = (e: Endpoint): RolePolicy => {
    let rp = rolePolicies.get(e);
    if (!rp) rolePolicies.set(e, (rp = rolePolicyFor(policy, e)));
    return rp;
  };
  for (const rule of rules) {
    const override = policy.rules[rule.id]?.level;
    if (override === 'off') continue;
    rule.check({ model, policy, policyFor, report: reporter(rule, override) });
  }
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

/**
 * SHA-256 in hex. crypto.hash (Node >= 20.12) makes no Hash object: on r1000 evaluatePolicy spent ~10 %
 * less CPU than with createHash, whose objects hold native handles the GC has to finalize.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

function toFinding(rule: Rule, model: ConfigSetModel, input: FindingInput, override: Severity | undefined): Finding {
  const e = input.endpoint;
  // A role guessed from a templated listen address cannot carry a certain verdict: a notice that says so,
  // unless the policy set the rule's severity itself.
  const assumed = e?.roleAssumed === true && rule.judgesRole === true;
  const span = input.span;
  const service = e ? `${e.service}/${e.type}` : null;
  const fingerprint = sha256Hex([rule.id, model.root, input.file, service ?? '', input.parameter ?? '', input.key ?? input.message].join('\u0000')).slice(0, 16);
  const f: Finding = {
    ruleId: rule.id,
    severity: override ?? (assumed ? 'notice' : input.severity ?? rule.defaultSeverity),
    message: assumed ? `${input.message} (Role ${e.role} is assumed: the listen address "${e.service}" is a template placeholder. Give the service its role under services: in the policy.)` : input.message,
    file: input.file,
    line: span?.start.line ?? 1,
    column: span?.start.column ?? 1,
    endLine: span?.end.line ?? span?.start.line ?? 1,
    endColumn: span?.end.column ?? span?.start.column ?? 1,
    configSet: model.root,
    service,
    role: e?.role ?? null,
    fingerprint,
  };
  if (input.fix && input.fix.edits.length > 0) f.fix = input.fix;
  return f;
}
