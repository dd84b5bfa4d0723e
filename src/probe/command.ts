/** `postfix-tls-audit probe HOST:PORT... [options]`: argument handling, kept out of src/cli/run.ts. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareWithConfig, parsePair, type CompareResult } from './compare.js';
import { Limiter } from './limiter.js';
import { DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, probeTarget, type ProbeResult } from './probe.js';
import { formatProbeText, probeToJson } from './report.js';
import { parseTarget, type ProbeMode, type ProbeRole } from './target.js';

export const PROBE_USAGE = `  postfix-tls-audit probe HOST:PORT... [--format text|json] [--compare PATH [--pair HOST:PORT=SERVICE]...]
        [--timeout MS] [--deadline MS] [--concurrency N] [--mode auto|starttls|implicit|lmtp] [--role ROLE] [--quick]
      Connect to live SMTP/LMTP servers (only the named ones): STARTTLS, AUTH before TLS, protocol versions,
      TLS 1.2 and 1.3 suites, groups, certificate. --compare PATH pairs each target with an endpoint of the config
      under PATH and reports drift. Exit 1 when drift of severity error was found or a target did not answer.
`;

const MODES: readonly ProbeMode[] = ['auto', 'starttls', 'implicit', 'lmtp'];
const ROLES: readonly ProbeRole[] = ['mx', 'submission', 'submissions', 'lmtp', 'other'];

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
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  let targets, timeout, deadline, concurrency;
  const pairs = new Map<string, string>();
  try {
    if (positionals.length === 0) throw new Error('probe needs at least one HOST:PORT');
    targets = positionals.map(parseTarget);
    if (values.format !== 'text' && values.format !== 'json') throw new Error(`unknown --format "${values.format}" (text or json)`);
    if (!MODES.includes(values.mode as ProbeMode)) throw new Error(`unknown --mode "${values.mode}" (${MODES.join(', ')})`);
    if (values.role !== undefined && !ROLES.includes(values.role as ProbeRole)) throw new Error(`unknown --role "${values.role}" (${ROLES.join(', ')})`);
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
  // One limiter for all targets, probed one after another: never more than N connections at once in total.
  const limiter = new Limiter(concurrency);
  // --deadline bounds the whole run, all targets together.
  const deadlineAt = Date.now() + deadline;
  const results: ProbeResult[] = [];
  for (const t of targets) {
    results.push(
      await probeTarget({
        host: t.host,
        port: t.port,
        mode: values.mode as ProbeMode,
        ...(values.role !== undefined ? { role: values.role as ProbeRole } : {}),
        timeouts: { connectMs: Math.min(timeout, 5000), readMs: timeout, handshakeMs: timeout },
        deadlineMs: deadline,
        deadlineAt,
        limiter,
        quick: values.quick === true,
      }),
    );
  }
  let compare: CompareResult | null = null;
  if (values.compare !== undefined) compare = await compareWithConfig(results, path.resolve(cwd, values.compare), pairs, values['postfix-version']);
  if (compare) compare = { ...compare, path: values.compare ?? compare.path };
  const stdout = values.format === 'json' ? `${JSON.stringify(probeToJson(results, toolVersion, compare), null, 2)}\n` : formatProbeText(results, compare);
  const failed = results.some((r) => !r.reachable) || (compare?.drift.some((d) => d.severity === 'error') ?? false);
  return { stdout, stderr: '', exitCode: failed ? 1 : 0 };
}

function usage(message: string): ProbeCommandResult {
  return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\nUsage:\n${PROBE_USAGE}`, exitCode: 2 };
}
