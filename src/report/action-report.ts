/**
 * Builds the ActionReport (src/action/report-types.ts) of one run from the audit: repository-relative
 * paths (the scan root may be a subfolder of the workspace), findings worst first, per-endpoint
 * verdicts, the combined diff and, per finding with a fix, its whole-line review suggestion.
 */
import path from 'node:path';
import { ACTION_REPORT_SCHEMA, type ActionReport, type FailOn, type ReportConfigSet, type ReportEndpoint, type ReportFinding } from './report-types.js';
import { classifyFileName } from '../discover/file-names.js';
import { unifiedDiffByRealFile } from '../fix/diff.js';
import type { TextEdit } from '../fix/edits.js';
import type { ConfigSetModel, Endpoint } from '../model/types.js';
import type { CombinedFixes } from '../policy/assemble-fixes.js';
import { countBySeverity } from '../policy/report.js';
import type { Policy, Severity } from '../policy/types.js';
import { RULE_DOCS } from './rule-docs.js';
import type { ReportableFinding } from './sarif.js';
import { suggestionFor } from './suggestion.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Findings worst first; equal severities keep their report order. */
export function worstFirst<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return findings.map((f, i) => ({ f, i })).sort((x, y) => RANK[x.f.severity] - RANK[y.f.severity] || x.i - y.i).map((x) => x.f);
}

export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

/** Maps paths relative to the scan root to repository-relative POSIX paths. */
export function repoPathMapper(workspace: string, root: string): (p: string) => string {
  return (p: string) => path.relative(workspace, path.join(root, p)).split(path.sep).join('/') || '.';
}

function tlsSummary(e: Endpoint): string {
  const t = e.tls;
  if (t.dead) return `service dies: ${t.dead}`;
  let mode: string;
  if (e.kind === 'server') mode = t.implicit ? 'implicit TLS' : t.required ? 'STARTTLS required' : t.offered ? 'STARTTLS offered' : 'no TLS';
  else mode = t.required ? 'TLS required' : t.offered ? 'TLS opportunistic' : 'no TLS';
  if (!t.offered || t.protocols.length === 0) return mode;
  const first = t.protocols[0] as string;
  const last = t.protocols[t.protocols.length - 1] as string;
  return `${mode}, ${first === last ? first : `${first}-${last}`}`;
}

function listenOf(e: Endpoint): string {
  if (e.kind === 'client') return 'outbound';
  if (e.type === 'inet') return e.service;
  return `${e.type} socket`;
}

function worse(a: Severity | 'pass', b: Severity): Severity | 'pass' {
  return a === 'pass' || RANK[b] < RANK[a] ? b : a;
}

function configSetsOf(models: readonly ConfigSetModel[], allFindings: readonly ReportableFinding[], rel: (p: string) => string): ReportConfigSet[] {
  return models.map((m) => {
    const endpoints: ReportEndpoint[] = m.endpoints.map((e) => {
      const service = `${e.service}/${e.type}`;
      let verdict: Severity | 'pass' = 'pass';
      for (const f of allFindings) if (!f.target && f.configSet === m.root && f.service === service) verdict = worse(verdict, f.severity);
      return { service, role: e.role, listen: listenOf(e), verdict, tls: tlsSummary(e) };
    });
    return { root: rel(m.root), files: m.loaded.set.files.map((f) => rel(f.path)), endpoints, problems: m.loaded.diagnostics.length };
  });
}

/**
 * `realPaths`: path -> real file's path, for files reached through a symbolic link. A suggestion names
 * the real file (GitHub's diff of a link's path shows the link itself), and there is none for a file
 * in `withheld` (repository-relative real paths the diff leaves out too).
 */
export function reportFinding(
  f: ReportableFinding,
  rel: (p: string) => string,
  texts: ReadonlyMap<string, string>,
  realPaths: ReadonlyMap<string, string> = new Map(),
  withheld: ReadonlySet<string> = new Set(),
): ReportFinding {
  const probe = Boolean(f.target) || f.file === '';
  const edits = f.fix?.edits ?? [];
  const files = [...new Set(edits.map((e) => e.file))];
  const text = files.length === 1 ? texts.get(files[0] as string) : undefined;
  const suggestedFile = files.length === 1 ? (realPaths.get(files[0] as string) ?? (files[0] as string)) : '';
  const suggestion = text !== undefined && !withheld.has(rel(suggestedFile)) ? suggestionFor(text, edits) : undefined;
  const relEdit = (e: TextEdit) => ({ file: rel(e.file), startLine: e.startLine, startColumn: e.startColumn, endLine: e.endLine, endColumn: e.endColumn, replacement: e.replacement });
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: probe ? null : rel(f.file),
    line: probe ? null : f.line,
    column: probe ? null : f.column,
    endLine: probe ? null : f.endLine,
    endColumn: probe ? null : f.endColumn,
    configSet: probe ? null : rel(f.configSet),
    service: f.service,
    role: f.role,
    ...(f.target ? { target: f.target } : {}),
    fingerprint: f.fingerprint,
    ...(f.fix ? { fix: { description: f.fix.description, edits: edits.map(relEdit) } } : {}),
    ...(suggestion ? { suggestion: { file: rel(suggestedFile), ...suggestion } } : {}),
    helpUri: `${RULE_DOCS}/${f.ruleId}.md`,
  };
}

export interface ActionReportInput {
  workspace: string;
  /** Absolute scan root. */
  root: string;
  models: readonly ConfigSetModel[];
  policy: Policy;
  /** Findings to report (after only-changed; probe findings included). */
  reported: readonly ReportableFinding[];
  /** Every finding of the full scan (endpoint verdicts describe the configuration as it is). */
  all: readonly ReportableFinding[];
  hiddenByOnlyChanged: number;
  combined: CombinedFixes;
  /** Which files' edits the diff shows (repository-relative); default all (only-changed: the changed files). */
  diffFile?: (file: string) => boolean;
  failOn: FailOn;
  toolVersion: string;
  commit?: string;
  pullRequest?: number;
}

export function buildActionReport(input: ActionReportInput): ActionReport {
  const rel = repoPathMapper(input.workspace, input.root);
  const findings = worstFirst(input.reported);
  // Files reached through a symbolic link are patched under their real file's path (unifiedDiffByRealFile).
  const realPaths = new Map<string, string>();
  for (const m of input.models) for (const f of m.loaded.set.files) if (f.realPath !== undefined) realPaths.set(f.path, f.realPath);
  const relReal = new Map([...realPaths].map(([p, r]) => [rel(p), rel(r)]));
  const diffTexts = new Map([...input.combined.texts].map(([p, t]) => [rel(p), t]));
  const realOf = (file: string): string => relReal.get(file) ?? file;
  // only-changed: a real file's section is shown when one of its paths, or itself, is changed.
  const edited = input.combined.edits.map((e) => ({ ...e, file: rel(e.file) }));
  const changed = input.diffFile;
  const shownReal = changed ? new Set(edited.filter((e) => changed(e.file) || changed(realOf(e.file))).map((e) => realOf(e.file))) : undefined;
  // A link to a file not named like a config file (main.cf -> main.cf.base): the report names config
  // files only (a report read back in the fork-safe recipe is refused otherwise, src/github/artifact.ts),
  // so that file gets neither a diff section nor a suggestion here; `scan --diff` patches it.
  const unnamed = new Set([...relReal.values()].filter((r) => classifyFileName(path.posix.basename(r)) === undefined));
  const diffEdits = edited.filter((e) => (!shownReal || shownReal.has(realOf(e.file))) && !unnamed.has(realOf(e.file)));
  const diff = diffEdits.length ? unifiedDiffByRealFile(diffTexts, diffEdits, relReal) : { diff: '', withheld: [] };
  const withheld = new Set([...diff.withheld.map((w) => w.realPath), ...unnamed]);
  const { policy } = input;
  return {
    schema: ACTION_REPORT_SCHEMA,
    tool: { name: 'postfix-tls-audit', version: input.toolVersion },
    policy: { profile: policy.profile.id, profileVersion: policy.profile.version, origin: policy.origin },
    failOn: input.failOn,
    passed: !findings.some((f) => reachesFailOn(f.severity, input.failOn)),
    counts: countBySeverity(findings),
    hiddenByOnlyChanged: input.hiddenByOnlyChanged,
    configSets: configSetsOf(input.models, input.all, rel),
    findings: findings.map((f) => reportFinding(f, rel, input.combined.texts, realPaths, withheld)),
    diff: diff.diff,
    ...(input.commit ? { commit: input.commit } : {}),
    ...(input.pullRequest !== undefined ? { pullRequest: input.pullRequest } : {}),
  };
}
