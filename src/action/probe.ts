/**
 * The Action's probe half (input `probe-targets`): probe the named targets, judge them with the run's policy,
 * and compare them with the audit's models when given. Never throws: bad targets and unexpected failures are
 * `errors` entries; a target that cannot be probed is a probe-failed finding. Nothing but the named targets is
 * contacted, and the whole run ends by the deadline.
 */
import type { ConfigSetModel } from '../model/types.js';
import type { Finding, Policy, Role } from '../policy/types.js';
import { compareWithModels, type CompareResult } from '../probe/compare.js';
import { judgeProbe } from '../probe/judge.js';
import { Limiter } from '../probe/limiter.js';
import { DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, probeTarget, type ProbeResult } from '../probe/probe.js';
import { formatProbeText } from '../report/probe-report.js';
import { parseTargetSpec, type TargetSpec } from '../probe/target.js';

export interface ProbeForActionOptions {
  /** Total time for all targets, ms (default 120 s). */
  deadlineMs?: number;
  /** Models of the audited repository: targets are paired with their endpoints and drift is reported. */
  compareWith?: readonly ConfigSetModel[];
}

export interface ProbeForActionResult {
  findings: Finding[];
  /** Observations as text, for the Action log (server text shown through printable()). */
  log: string;
  errors: string[];
}

export async function probeForAction(targets: string[], policy: Policy, options: ProbeForActionOptions = {}): Promise<ProbeForActionResult> {
  const errors: string[] = [];
  try {
    const specs: TargetSpec[] = [];
    // One target per entry; entries holding several (a multi-line or comma-separated input) are split.
    for (const text of targets.flatMap((t) => t.split(/[\s,]+/))) {
      if (text === '') continue;
      try {
        const spec = parseTargetSpec(text);
        if (specs.some((s) => s.target === spec.target)) {
          errors.push(`probe target "${text}": ${spec.target} is listed twice; probed once`);
          continue;
        }
        specs.push(spec);
      } catch (error) {
        errors.push(`probe target: ${(error as Error).message}`);
      }
    }
    if (specs.length === 0) return { findings: [], log: '', errors };
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const deadlineAt = Date.now() + deadlineMs;
    const limiter = new Limiter(DEFAULT_CONCURRENCY);
    const results: ProbeResult[] = [];
    const roles = new Map<string, Role>();
    for (const s of specs) {
      if (s.role) roles.set(s.target, s.role.policy);
      results.push(
        await probeTarget({
          host: s.host,
          port: s.port,
          // A role given outright also names the wire: submissions is implicit TLS (RFC 8314), lmtp speaks LHLO.
          mode: s.role?.probe === 'lmtp' ? 'lmtp' : s.role?.probe === 'submissions' ? 'implicit' : 'auto',
          ...(s.role ? { role: s.role.probe } : {}),
          deadlineMs,
          deadlineAt,
          limiter,
        }),
      );
    }
    const compare: CompareResult | null = options.compareWith ? compareWithModels(results, options.compareWith, new Map(), '.') : null;
    const findings = judgeProbe(results, policy, { roles }, compare);
    return { findings, log: formatProbeText(results, compare), errors };
  } catch (error) {
    errors.push(`probe failed: ${(error as Error).message}`);
    return { findings: [], log: '', errors };
  }
}
