/**
 * What the run needs from the GitHub half (src/action/publish.ts, src/github/) and the probe half
 * (src/action/probe.ts), as shapes: src/action/main.ts wires the real modules, tests pass the real
 * modules or a plan of their own.
 */
import type { ConfigSetModel } from '../model/types.js';
import type { Finding, Policy } from '../policy/types.js';
import type { ActionReport } from '../report/report-types.js';
import type { PublishLog, PublishSettings } from './publish.js';

export type { PublishLog, PublishSettings };

export interface PublishPlanShape {
  /** changedFiles: repository-relative path → new-side hunks of the PR diff (inclusive line ranges). */
  pullRequest?: { number: number; headSha: string; changedFiles: ReadonlyMap<string, { hunks: { start: number; end: number }[] }> };
  canWrite: boolean;
  readOnlyReason?: string;
  /** Set when publish() will write (a pull request or the rolling issue). */
  target?: object;
}

export interface GithubHalf {
  preparePublish(env: NodeJS.ProcessEnv, settings: PublishSettings, log: PublishLog): Promise<PublishPlanShape>;
  publish(report: ActionReport, plan: PublishPlanShape, env: NodeJS.ProcessEnv, settings: PublishSettings, log: PublishLog): Promise<{ commentUrl?: string; issueUrl?: string }>;
  /** Read and validate a json-file report of another (read-only) run: untrusted input. Throws with a readable message. */
  readReport?: (file: string) => ActionReport | Promise<ActionReport>;
}

export interface ProbeHalf {
  /** Throws a readable error for a line of `probe-targets` that is not a target. */
  validateTarget(target: string): void;
  probeForAction(
    targets: string[],
    policy: Policy,
    options: { deadlineMs?: number; compareWith?: readonly ConfigSetModel[] },
  ): Promise<{ findings: Finding[]; log: string; errors: string[] }>;
}
