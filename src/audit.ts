/**
 * The whole audit of one repository, shared by the CLI and the Action: load the policy, scan, build
 * the models, judge them, and (on demand) combine the verified fixes. It never prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConfigSetModel } from './model/types.js';
import { auditSets } from './audit-workers.js';
import { discoverConfigSets } from './discover/index.js';
import type { ScanListing } from './listing.js';
import type { SourceText } from './postfix/source.js';
import { assembleFixes, type CombinedFixes, type FixDecision } from './policy/combine-fixes.js';
import { modelOptionsFor, sortFindings } from './policy/evaluate.js';
import { DEFAULT_POLICY_PATH, parsePolicy, policyFromProfile, type PolicyError } from './policy/policy-file.js';
import { PROFILE_IDS } from './policy/profiles/index.js';
import type { Finding, Policy } from './policy/types.js';
import type { ScanOptions } from './scan.js';

export type PolicyLoadResult =
  | { ok: true; policy: Policy; /** The policy file read, if any (absolute). */ file?: string }
  | { ok: false; /** One line per problem, "file:line:column: policy error: ..." or a plain sentence. */ messages: string[]; errors: PolicyError[] };

export interface PolicySource {
  /** Scan root: its `.github/postfix-tls-policy.yml` is used when no explicit file is named. */
  root: string;
  /** Explicit policy file (absolute, or relative to `cwd`). */
  file?: string;
  profile?: string;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

export async function loadPolicy(source: PolicySource): Promise<PolicyLoadResult> {
  const file = source.file !== undefined ? path.resolve(source.cwd, source.file) : path.join(source.root, DEFAULT_POLICY_PATH);
  if (source.file === undefined && !existsSync(file)) {
    const policy = policyFromProfile(source.profile);
    if (!policy) return { ok: false, messages: [`unknown profile "${source.profile}" (${PROFILE_IDS.join(', ')})`], errors: [] };
    return { ok: true, policy };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, messages: [`cannot read policy ${source.file ?? file}: ${(error as Error).message}`], errors: [] };
  }
  const shownFile = path.relative(source.cwd, file) || file;
  const loaded = await parsePolicy(shownFile, text, source.profile);
  if (!loaded.ok) {
    return { ok: false, errors: loaded.errors, messages: loaded.errors.map((e) => `${e.file}:${e.line}:${e.column}: policy error: ${e.message}`) };
  }
  return { ok: true, policy: loaded.policy, file };
}

export interface AuditOptions extends ScanOptions {
  policy: Policy;
  /** --postfix-version / the Action input; wins over the policy's version. */
  postfixVersion?: string;
  /** Fingerprints of known findings to leave out. */
  baseline?: ReadonlySet<string>;
  /**
   * Keep every config set's model in the result (default true: the Action's report and probe
   * comparison read them). Without them a set's parse trees and model are dropped as soon as it is
   * judged.
   */
  keepModels?: boolean;
  /**
   * Combine the verified fixes of each set while its model is at hand (default true; false when no
   * output shows them: fixes() then throws).
   */
  combineFixes?: boolean;
}

export interface AuditResult {
  /** What was scanned, as the listing formatters read it (root absolute). */
  readonly listing: ScanListing;
  /** Every set's model, in discovery order; empty when keepModels is false. */
  readonly models: readonly ConfigSetModel[];
  /** The config sets' own files by path (not the stock master.cf). */
  readonly sources: ReadonlyMap<string, SourceText>;
  readonly policy: Policy;
  /** After inline suppressions and the baseline, in report order. */
  readonly findings: readonly Finding[];
  /** All verified fixes combined, as decided per set during the audit (see combineFixes). */
  fixes(): CombinedFixes;
}

/**
 * The config sets are audited one at a time (auditSets: on worker threads when enabled) and only plain
 * results are kept, unless keepModels asks for the models.
 */
export async function auditRepository(root: string, options: AuditOptions): Promise<AuditResult> {
  const { policy, postfixVersion, baseline, keepModels = true, combineFixes: combine = true, ...scanOptions } = options;
  const discovery = await discoverConfigSets(root, scanOptions);
  const audits = await auditSets(discovery.sets, {
    policy,
    modelOptions: modelOptionsFor(policy, postfixVersion),
    ...(baseline ? { baseline } : {}),
    combineFixes: combine,
    keepModel: keepModels,
  });
  const sources = new Map<string, SourceText>();
  const judged: Finding[] = [];
  const unused: Finding[] = [];
  const decided = new Map<Finding, FixDecision>();
  for (const audit of audits) {
    for (const source of audit.sources) sources.set(source.path, source);
    judged.push(...audit.findings);
    unused.push(...audit.unused);
    for (const [i, d] of audit.decisions ?? []) decided.set(audit.findings[i] as Finding, d);
  }
  // As one judgement of all sets orders them: sorted (a stable sort of per-set sorted lists), then the
  // unused suppressions in file order.
  const findings = [...sortFindings(judged), ...unused];
  const models = keepModels ? audits.map((a) => a.model as ConfigSetModel) : [];
  let combined: CombinedFixes | undefined;
  const fixes = (): CombinedFixes => {
    if (!combine) throw new Error('auditRepository: fixes() after an audit with combineFixes: false');
    return (combined ??= assembleFixes(findings, decided, new Map([...sources].map(([file, source]) => [file, source.text]))));
  };
  return { listing: { root, sets: audits.map((a) => a.listing), diagnostics: discovery.diagnostics }, models, sources, policy, findings, fixes };
}
