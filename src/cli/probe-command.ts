/** `postfix-tls-audit probe HOST:PORT... [options]`: argument handling, kept out of src/cli/run.ts. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPolicy } from '../audit.js';
import { modelOptionsFor, severityAtLeast } from '../policy/evaluate.js';
import type { Role, Severity } from '../policy/types.js';
import { compareWithModels, parsePair, type CompareResult } from '../probe/compare.js';
import { buildConfigSetModel, type ModelOptions } from '../model/index.js';
import { scanRepository } from '../scan.js';
import { rootError } from './root-argument.js';
import { judgeProbe } from '../probe/judge.js';
import { Limiter } from '../probe/limiter.js';
import { DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, probeTarget, type ProbeResult } from '../probe/probe.js';
import { formatProbeFindings, formatProbeText, probeFindingsToSarif, probeToJson } from '../report/probe-report.js';
import { jsonSafe, terminalSafe } from '../report/terminal-safe.js';
import { PROBE_USAGE, unsupportedVersionMessage } from './usage.js';
import { isSupportedPostfixVersion } from '../postfix/defaults/versions.js';
import { parseTarget, parseTargetSpec, TARGET_ROLES, type ProbeMode, type ProbeRole, type TargetRole, type TargetSpec } from '../probe/target.js';


const MODES: readonly ProbeMode[] = ['auto', 'starttls', 'implicit', 'lmtp'];
const FORMATS: readonly string[] = ['text', 'json', 'sarif', 'markdown'];
const FAIL_ON: readonly string[] = ['error', 'warning', 'notice', 'never'];

export interface ProbeCommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return Number(value);
}

export async function runProbeCommand(args: string[], cwd: string, toolVersion: string): Promise<ProbeCommandResult> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        compare: { type: 'string' },
        pair: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        deadline: { type: 'string' },
        concurrency: { type: 'string' },
        mode: { type: 'string', default: 'auto' },
        role: { type: 'string' },
        quick: { type: 'boolean', default: false },
        'postfix-version': { type: 'string' },
        policy: { type: 'string' },
        profile: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  let targets: TargetSpec[], timeout, deadline, concurrency;
  const pairs = new Map<string, string>();
  const format = values.format as string;
  const failOn = values['fail-on'] as string;
  try {
    if (positionals.length === 0) throw new Error('probe needs at least one HOST:PORT');
    targets = positionals.map(parseTargetSpec);
    if (!FORMATS.includes(format)) throw new Error(`unknown --format "${format}" (${FORMATS.join(', ')})`);
    if (!FAIL_ON.includes(failOn)) throw new Error(`unknown --fail-on "${failOn}" (${FAIL_ON.join(', ')})`);
    if (!MODES.includes(values.mode as ProbeMode)) throw new Error(`unknown --mode "${values.mode}" (${MODES.join(', ')})`);
    if (values.role !== undefined && !(TARGET_ROLES as readonly string[]).includes(values.role)) throw new Error(`unknown --role "${values.role}" (${TARGET_ROLES.join(', ')})`);
    if (values.policy !== undefined && values.profile !== undefined) throw new Error('--policy and --profile exclude each other (a policy file names its profile)');
    // Checked before any connection: the version is only used after the probes (--compare's models).
    const postfixVersion = values['postfix-version'];
    if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) {
      throw new Error(unsupportedVersionMessage(postfixVersion));
    }
    if (postfixVersion !== undefined && values.compare === undefined) throw new Error('--postfix-version needs --compare PATH (it is the version of the config compared with)');
    timeout = positiveInt('--timeout', values.timeout, 10_000);
    deadline = positiveInt('--deadline', values.deadline, DEFAULT_DEADLINE_MS);
    concurrency = positiveInt('--concurrency', values.concurrency, DEFAULT_CONCURRENCY);
    for (const p of values.pair ?? []) {
      const { target, service } = parsePair(p);
      parseTarget(target);
      pairs.set(target, service);
    }
    if (pairs.size > 0 && values.compare === undefined) throw new Error('--pair needs --compare PATH');
  } catch (error) {
    return usage((error as Error).message);
  }
  const root = values.compare !== undefined ? path.resolve(cwd, values.compare) : cwd;
  if (values.compare !== undefined) {
    const badRoot = rootError(values.compare, root);
    if (badRoot) return usage(`--compare ${badRoot}`);
  }
  const loaded = await loadPolicy({ root, cwd, ...(values.policy !== undefined ? { file: values.policy } : {}), ...(values.profile !== undefined ? { profile: values.profile } : {}) });
  if (!loaded.ok) return { stdout: '', stderr: loaded.messages.map((m) => `postfix-tls-audit: ${m}\n`).join(''), exitCode: 2 };
  const policy = loaded.policy;
  // --role applies to targets without their own "=ROLE".
  const roleOf = (t: TargetSpec) => t.role ?? (values.role !== undefined ? parseTargetSpec(`${t.target}=${values.role as TargetRole}`).role : undefined);
  // One limiter for all targets, probed one after another: never more than N connections at once in total.
  const limiter = new Limiter(concurrency);
  // --deadline bounds the whole run, all targets together.
  const deadlineAt = Date.now() + deadline;
  const results: ProbeResult[] = [];
  const roles = new Map<string, Role>();
  for (const t of targets) {
    const role = roleOf(t);
    if (role) roles.set(t.target, role.policy);
    // A role given outright also names the wire: submissions is implicit TLS (RFC 8314), lmtp speaks LHLO.
    const wire: Partial<Record<ProbeRole, ProbeMode>> = { lmtp: 'lmtp', submissions: 'implicit' };
    const mode = values.mode === 'auto' && role ? (wire[role.probe] ?? 'auto') : (values.mode as ProbeMode);
    results.push(
      await probeTarget({
        host: t.host,
        port: t.port,
        mode,
        ...(role ? { role: role.probe as ProbeRole } : {}),
        timeouts: { connectMs: Math.min(timeout, 5000), readMs: timeout, handshakeMs: timeout },
        deadlineMs: deadline,
        deadlineAt,
        limiter,
        quick: values.quick === true,
      }),
    );
  }
  let compare: CompareResult | null = null;
  if (values.compare !== undefined) compare = await compareWithConfig(results, root, pairs, modelOptionsFor(policy, values['postfix-version']));
  if (compare) compare = { ...compare, path: values.compare ?? compare.path };
  const findings = judgeProbe(results, policy, { roles }, compare);
  let stdout: string;
  if (format === 'json') stdout = jsonSafe(`${JSON.stringify(probeToJson(results, toolVersion, compare, findings, policy), null, 2)}\n`);
  else if (format === 'sarif') stdout = jsonSafe(`${JSON.stringify(probeFindingsToSarif(findings, policy, toolVersion), null, 2)}\n`);
  else if (format === 'markdown') stdout = formatProbeFindings(findings, policy, 'markdown');
  else stdout = terminalSafe(`${formatProbeText(results, compare)}\n${formatProbeFindings(findings, policy, 'text')}`);
  const failed = failOn !== 'never' && findings.some((f) => severityAtLeast(f.severity, failOn as Severity));
  return { stdout, stderr: '', exitCode: failed ? 1 : 0 };
}

function usage(message: string): ProbeCommandResult {
  return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\nUsage:\n${PROBE_USAGE}`, exitCode: 2 };
}

/** Load the config sets under `configPath` (as `explain` does) and compare every probed target with them. */
export async function compareWithConfig(results: readonly ProbeResult[], configPath: string, explicit: ReadonlyMap<string, string>, postfixVersion?: string | ModelOptions): Promise<CompareResult> {
  const scan = await scanRepository(path.resolve(configPath));
  const options: ModelOptions = typeof postfixVersion === 'string' ? { postfixVersion } : (postfixVersion ?? {});
  const models = scan.sets.map((set) => buildConfigSetModel(set, options));
  return compareWithModels(results, models, explicit, configPath);
}

