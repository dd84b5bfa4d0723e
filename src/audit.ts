/**
 * The whole audit of one repository, shared by the CLI and the Action: load the policy, scan, build
 * the models, judge them, and (on demand) combine the verified fixes. It never prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildConfigSetModel } from './model/index.js';
import type { ConfigSetModel } from './model/types.js';
import { combineFixes, type CombinedFixes } from './policy/combine-fixes.js';
import { evaluatePolicy, modelOptionsFor } from './policy/evaluate.js';
import { DEFAULT_POLICY_PATH, parsePolicy, policyFromProfile, type PolicyError } from './policy/policy-file.js';
import { PROFILE_IDS } from './policy/profiles/index.js';
import { applySuppressions } from './policy/suppressions.js';
import type { Finding, Policy } from './policy/types.js';
import { scanRepository, type ScanOptions, type ScanResult } from './scan.js';

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

export function loadPolicy(source: PolicySource): PolicyLoadResult {
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
  const loaded = parsePolicy(shownFile, text, source.profile);
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
}

export interface AuditResult {
  readonly scan: ScanResult;
  readonly models: readonly ConfigSetModel[];
  readonly policy: Policy;
  /** After inline suppressions and the baseline, in report order. */
  readonly findings: readonly Finding[];
  /** All verified fixes combined (computed on first use: verification re-analyses the sets). */
  fixes(): CombinedFixes;
}

export async function auditRepository(root: string, options: AuditOptions): Promise<AuditResult> {
  const { policy, postfixVersion, baseline, ...scanOptions } = options;
  const scan = await scanRepository(root, scanOptions);
  const models = scan.sets.map((set) => buildConfigSetModel(set, modelOptionsFor(policy, postfixVersion)));
  const findings = applySuppressions(evaluatePolicy(models, policy), models, policy).filter((f) => !baseline?.has(f.fingerprint));
  let combined: CombinedFixes | undefined;
  return {
    scan,
    models,
    policy,
    findings,
    fixes: () => (combined ??= combineFixes(findings, models, policy)),
  };
}
