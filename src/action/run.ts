/**
 * One Action run: validate the inputs, load the policy, audit the repository (src/audit.ts, the
 * engine the CLI uses too), probe the named servers, build the ActionReport, then annotations, job
 * summary, report files and outputs, and finally the GitHub half (comment, review, rolling issue).
 * With `from-report` it only publishes a report written by an earlier read-only run.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as coreModule from '@actions/core';
import { auditRepository, loadPolicy } from '../audit.js';
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { Finding } from '../policy/types.js';
import { buildActionReport, reachesFailOn, repoPathMapper, reportFinding } from '../report/action-report.js';
import { formatFindingsText } from '../report/findings-text.js';
import { formatScanText } from '../report/scan-text.js';
import { renderJobSummary, type SummaryExtras } from '../report/job-summary.js';
import { TOOL_VERSION } from '../version.js';
import { annotationBudget, emitAnnotations, findingAnnotation, problemAnnotation, type AnnotationItem } from './annotations.js';
import type { GithubHalf, ProbeHalf, PublishLog, PublishPlanShape, PublishSettings } from './halves.js';
import { InputError, MAX_ANNOTATIONS_PER_SEVERITY, readInputs, type ActionInputs } from './inputs.js';
import type { ActionReport } from '../report/report-types.js';
import { terminalSafe } from '../report/terminal-safe.js';

export { resolveInsideWorkspace } from './inputs.js';

type Core = Pick<typeof coreModule, 'info' | 'error' | 'warning' | 'notice' | 'setOutput' | 'setFailed' | 'summary'>;

export interface ActionContext {
  workspace: string;
  getInput(name: string): string;
  getMultilineInput(name: string): string[];
  core: Core;
  /** The runner's environment (GITHUB_*, RUNNER_TEMP); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** The GitHub half; absent: nothing is published (annotations, summary and files only). */
  github?: GithubHalf;
  /** The probe half; absent: `probe-targets` is refused. */
  probe?: ProbeHalf;
  /** Total time for all probe targets (default: the probe's own). */
  probeDeadlineMs?: number;
}

/** What a run decided, for tests and the entry point (the step's result is in core already). */
export interface ActionRunResult {
  report?: ActionReport;
  failed: boolean;
}

type ScopedFinding = Finding & { target?: string };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Text from the repository in the log, wrapped so that none of its lines acts as a workflow command, and
 * with the CLI's final pass (terminal escapes, bidi controls shown, not sent to the log viewer).
 */
function logQuoted(core: Core, text: string): void {
  const stopToken = randomUUID();
  core.info(`::stop-commands::${stopToken}`);
  core.info(terminalSafe(text));
  core.info(`::${stopToken}::`);
}

/**
 * The rules' titles, for the findings' annotations. The rule list comes with the analysis, which a run
 * with findings has loaded already: a run without any (an empty workspace) does not load it for this.
 */
async function ruleTitles(): Promise<(ruleId: string) => string | undefined> {
  const { RULES } = await import('../policy/rules/index.js');
  return (ruleId) => RULES.find((r) => r.id === ruleId)?.title;
}

function writeReportFile(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function writeSummary(core: Core, env: NodeJS.ProcessEnv, html: string): Promise<void> {
  // core.summary.write() throws without GITHUB_STEP_SUMMARY (local runs): then the log has it all.
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  await core.summary.addRaw(html).write();
}

function failWith(core: Core, message: string): ActionRunResult {
  core.setFailed(message);
  return { failed: true };
}

export async function runAction(ctx: ActionContext): Promise<ActionRunResult> {
  // Every annotation of the step counts against GitHub's budget of 10 per level: count ours.
  const annotationsUsed = { error: 0, warning: 0, notice: 0 };
  const raw = ctx.core;
  const core: Core = {
    info: (m) => raw.info(m),
    error: (m, p) => (annotationsUsed.error++, raw.error(m, p)),
    warning: (m, p) => (annotationsUsed.warning++, raw.warning(m, p)),
    notice: (m, p) => (annotationsUsed.notice++, raw.notice(m, p)),
    setOutput: (n, v) => raw.setOutput(n, v),
    setFailed: (m) => raw.setFailed(m),
    summary: raw.summary,
  };
  ctx = { ...ctx, core };
  const env = ctx.env ?? process.env;
  let inputs: ActionInputs;
  try {
    inputs = readInputs(ctx, {
      workspace: ctx.workspace,
      ...(env.RUNNER_TEMP ? { runnerTemp: env.RUNNER_TEMP } : {}),
      ...(ctx.probe ? { validateProbeTarget: ctx.probe.validateTarget } : {}),
    });
    if (inputs.fromReport !== undefined && !ctx.github?.readReport) {
      throw new InputError('input "from-report" needs the GitHub half of the Action (report reading), which this build does not include');
    }
  } catch (error) {
    if (error instanceof InputError) return failWith(core, error.message);
    throw error;
  }
  const settings: PublishSettings = { token: inputs.token, comment: inputs.comment, review: inputs.review, issue: inputs.issue };
  const log: PublishLog = { info: (m) => core.info(m), warning: (m) => core.warning(m) };

  if (inputs.fromReport !== undefined) return publishFromReport(ctx, env, inputs, settings, log);

  const loaded = await loadPolicy({
    root: inputs.root,
    cwd: ctx.workspace,
    ...(inputs.policyFile !== undefined ? { file: inputs.policyFile } : {}),
    ...(inputs.profile !== undefined ? { profile: inputs.profile } : {}),
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) core.error(e.message, { title: 'policy error', file: e.file.split(path.sep).join('/'), startLine: e.line, endLine: e.line, startColumn: e.column, endColumn: e.column + 1 });
    const plain = loaded.errors.length ? [] : loaded.messages;
    return failWith(core, loaded.errors.length ? `the policy has ${plural(loaded.errors.length, 'error')} (annotated on the policy file)` : plain.join('; '));
  }
  const policy = loaded.policy;
  const audit = await auditRepository(inputs.root, {
    policy,
    ...(inputs.postfixVersion !== undefined ? { postfixVersion: inputs.postfixVersion } : {}),
    ...(inputs.include.length ? { include: inputs.include } : {}),
    ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
  });
  const rel = repoPathMapper(ctx.workspace, inputs.root);

  let plan: PublishPlanShape | undefined;
  if (ctx.github) plan = await ctx.github.preparePublish(env, settings, log);

  let all: ScopedFinding[] = [...audit.findings];
  if (inputs.probeTargets.length && ctx.probe) {
    const probed = await ctx.probe.probeForAction(inputs.probeTargets, policy, {
      compareWith: audit.models,
      ...(ctx.probeDeadlineMs !== undefined ? { deadlineMs: ctx.probeDeadlineMs } : {}),
    });
    if (probed.log) logQuoted(core, probed.log);
    for (const e of probed.errors) core.warning(`probe-targets: ${e}`);
    all = [...all, ...probed.findings];
  }

  // only-changed: the full scan is computed (and goes to SARIF); only findings in files the pull
  // request changed are reported. Probe findings concern servers, not files: always reported.
  let reported = all;
  let hidden: ScopedFinding[] = [];
  let diffFile: ((file: string) => boolean) | undefined;
  if (inputs.onlyChanged) {
    const changed = plan?.pullRequest?.changedFiles;
    if (!changed) core.info('only-changed: not a pull request with a known list of changed files: every finding is reported');
    else {
      reported = all.filter((f) => f.target || changed.has(rel(f.file)));
      hidden = all.filter((f) => !(f.target || changed.has(rel(f.file))));
      diffFile = (file) => changed.has(file);
    }
  }

  const combined = audit.fixes();
  const commit = plan?.pullRequest?.headSha ?? env.GITHUB_SHA;
  const report = buildActionReport({
    workspace: ctx.workspace,
    root: inputs.root,
    models: audit.models,
    policy,
    reported,
    all,
    hiddenByOnlyChanged: hidden.length,
    combined,
    ...(diffFile ? { diffFile } : {}),
    failOn: inputs.failOn,
    toolVersion: TOOL_VERSION,
    ...(commit ? { commit } : {}),
    ...(plan?.pullRequest ? { pullRequest: plan.pullRequest.number } : {}),
  });

  // The log: the listing and every reported finding with its lines (quoted: config text must not act as a command).
  const shown = { ...audit.listing, root: path.relative(ctx.workspace, inputs.root) || '.' };
  logQuoted(core, `${formatScanText(shown)}\n${formatFindingsText(reported, policy, audit.sources)}`);

  const diagnostics: Diagnostic[] = [...audit.listing.diagnostics, ...audit.listing.sets.flatMap((s) => s.diagnostics)];
  const titleOf = report.findings.length ? await ruleTitles() : () => undefined;
  const items: AnnotationItem[] = [
    ...diagnostics.map((d) => problemAnnotation({ severity: d.severity, code: d.code, message: d.message, file: rel(d.path), ...(d.span ? { span: d.span } : {}) })),
    ...report.findings.map((f) => findingAnnotation(f, titleOf)),
  ];
  const annotated = emitAnnotations(core, items, annotationBudget(inputs.annotationsLimit, { ...annotationsUsed }, !report.passed, MAX_ANNOTATIONS_PER_SEVERITY, Boolean(plan?.canWrite && plan.target)));

  const extras: SummaryExtras = {
    annotationOverflow: annotated.overflowLines,
    hidden: hidden.map((f) => reportFinding(f, rel, new Map())),
    problems: diagnostics.map((d) => `${rel(d.path)}${d.span ? `:${d.span.start.line}` : ''}: ${d.message}`),
    notes: plan && !plan.canWrite && plan.readOnlyReason ? [`Nothing was written to GitHub: ${plan.readOnlyReason}.`] : [],
  };
  await writeSummary(core, env, renderJobSummary(report, extras));

  if (inputs.sarifFile !== undefined) {
    // The full scan: code scanning closes alerts missing from an analysis, so only-changed must not thin it.
    const { findingsToSarif } = await import('../report/sarif.js');
    writeReportFile(inputs.sarifFile, `${JSON.stringify(findingsToSarif(all, policy, { toolVersion: TOOL_VERSION, uriOf: rel }), null, 2)}\n`);
  }
  if (inputs.jsonFile !== undefined) writeReportFile(inputs.jsonFile, `${JSON.stringify(report, null, 2)}\n`);

  setReportOutputs(core, report, inputs);
  core.setOutput('problems', String(diagnostics.length));

  if (ctx.github && plan) await publishGuarded(core, ctx.github, report, plan, env, settings, log);

  if (!report.passed) {
    const reaching = report.findings.filter((f) => reachesFailOn(f.severity, inputs.failOn)).length;
    core.setFailed(`postfix-tls-audit: ${plural(reaching, 'finding')} at or above fail-on "${inputs.failOn}" (${report.counts.error} error(s), ${report.counts.warning} warning(s), ${report.counts.notice} notice(s))`);
    return { report, failed: true };
  }
  return { report, failed: false };
}

function setReportOutputs(core: Core, report: ActionReport, inputs: ActionInputs): void {
  core.setOutput('passed', String(report.passed));
  core.setOutput('errors', String(report.counts.error));
  core.setOutput('warnings', String(report.counts.warning));
  core.setOutput('notices', String(report.counts.notice));
  core.setOutput('config-sets', String(report.configSets.length));
  if (inputs.sarifFile !== undefined) core.setOutput('sarif-file', inputs.sarifFile);
  if (inputs.jsonFile !== undefined) core.setOutput('json-file', inputs.jsonFile);
}

/**
 * The privileged half of the fork-safe recipe: publish a report that a read-only run wrote. No
 * scan and no annotations (they would land on this run's commit, not the pull request's); the
 * step fails only for its own problems, the read-only run already gated on the findings.
 */
async function publishFromReport(ctx: ActionContext, env: NodeJS.ProcessEnv, inputs: ActionInputs, settings: PublishSettings, log: PublishLog): Promise<ActionRunResult> {
  const { core } = ctx;
  const github = ctx.github as GithubHalf;
  let report: ActionReport;
  try {
    report = await (github.readReport as NonNullable<GithubHalf['readReport']>)(inputs.fromReport as string);
  } catch (error) {
    return failWith(core, `input "from-report": ${(error as Error).message}`);
  }
  const plan = await github.preparePublish(env, settings, log);
  await writeSummary(core, env, renderJobSummary(report, { notes: [`Published from the report of an earlier run (${path.basename(inputs.fromReport as string)}).`] }));
  setReportOutputs(core, report, { ...inputs, sarifFile: undefined, jsonFile: undefined });
  core.setOutput('problems', String(report.configSets.reduce((n, s) => n + s.problems, 0)));
  await publishGuarded(core, github, report, plan, env, settings, log);
  return { report, failed: false };
}

/** The GitHub half never decides the step's result: an unexpected failure there is one warning. */
async function publishGuarded(core: Core, github: GithubHalf, report: ActionReport, plan: PublishPlanShape, env: NodeJS.ProcessEnv, settings: PublishSettings, log: PublishLog): Promise<void> {
  let urls: { commentUrl?: string; issueUrl?: string };
  try {
    urls = await github.publish(report, plan, env, settings, log);
  } catch (error) {
    core.warning(`postfix-tls-audit: publishing to GitHub failed: ${error instanceof Error ? error.message : String(error)}; the findings are in the annotations and the job summary`);
    return;
  }
  if (urls.commentUrl) core.setOutput('comment-url', urls.commentUrl);
  if (urls.issueUrl) core.setOutput('issue-url', urls.issueUrl);
}
