/**
 * The pull request a run is about, from the trusted event payload (never from a report artifact),
 * and its changed files with the new-side line ranges of their diff hunks.
 */
import { readFileSync } from 'node:fs';
import type { GitHubClient } from './client.js';

export interface Hunk {
  /** New-side line range of the hunk, inclusive (context and added lines: both can carry a review comment). */
  start: number;
  end: number;
}

/**
 * New-side line ranges of a unified diff `patch` as the pulls/list-files API returns it (hunks
 * only, no file headers). A hunk that adds nothing on the new side ("+n,0") has no range.
 */
export function parsePatchHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  for (const line of patch.split('\n')) {
    const m = header.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) hunks.push({ start, end: start + count - 1 });
  }
  return hunks;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export function repoFromEnv(env: NodeJS.ProcessEnv): RepoRef | undefined {
  const full = env.GITHUB_REPOSITORY ?? '';
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

export interface EventInfo {
  name: string;
  payload: Record<string, unknown>;
}

/** The event payload the runner wrote to GITHUB_EVENT_PATH ({} when absent or unreadable). */
export function readEvent(env: NodeJS.ProcessEnv): EventInfo & { problem?: string } {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  try {
    const payload = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (payload && typeof payload === 'object' && !Array.isArray(payload)) return { name, payload: payload as Record<string, unknown> };
    return { name, payload: {}, problem: `event payload ${file} is not a JSON object` };
  } catch (error) {
    return { name, payload: {}, problem: `cannot read the event payload ${file}: ${(error as Error).message}` };
  }
}

export interface PullRequestTarget {
  number: number;
  headSha: string;
  /** "owner/repo" of the head branch; null when the fork was deleted. */
  headRepo: string | null;
  baseRepo: string;
  fromFork: boolean;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** pull_request / pull_request_target payloads. */
export function pullRequestFromPayload(payload: Record<string, unknown>, repository: RepoRef): PullRequestTarget | undefined {
  const pr = obj(payload.pull_request);
  if (!pr || typeof pr.number !== 'number') return undefined;
  const head = obj(pr.head);
  const headSha = str(head?.sha);
  if (!headSha) return undefined;
  const headRepo = str(obj(head?.repo)?.full_name) ?? null;
  const baseRepo = str(obj(obj(pr.base)?.repo)?.full_name) ?? `${repository.owner}/${repository.repo}`;
  return { number: pr.number, headSha, headRepo, baseRepo, fromFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase() };
}

/**
 * The pull request behind a workflow_run event (the privileged half of the fork-safe recipe).
 * `workflow_run.pull_requests` is empty for pull requests from forks, so then the open pull request
 * is looked up by the head repository, branch and commit of the triggering run, all from the event.
 */
export async function pullRequestFromWorkflowRun(
  client: GitHubClient,
  payload: Record<string, unknown>,
  repository: RepoRef,
): Promise<{ target?: PullRequestTarget; reason?: string }> {
  const run = obj(payload.workflow_run);
  if (!run) return { reason: 'the workflow_run event payload has no workflow_run' };
  const headSha = str(run.head_sha);
  if (!headSha) return { reason: 'the workflow_run event has no head_sha' };
  const triggeringEvent = str(run.event);
  if (triggeringEvent !== 'pull_request' && triggeringEvent !== 'pull_request_target') {
    return { reason: `the triggering run was a ${triggeringEvent ?? 'unknown'} event, not a pull request` };
  }
  const baseRepo = `${repository.owner}/${repository.repo}`;
  const headRepo = str(obj(run.head_repository)?.full_name) ?? null;
  const listed = Array.isArray(run.pull_requests) ? run.pull_requests.map(obj).filter((p) => p !== undefined) : [];
  for (const p of listed) {
    const number = p.number;
    const sha = str(obj(p.head)?.sha);
    const base = str(obj(obj(p.base)?.repo)?.name);
    if (typeof number === 'number' && sha === headSha && (base === undefined || base === repository.repo)) {
      return { target: { number, headSha, headRepo, baseRepo, fromFork: headRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase() } };
    }
  }
  const headOwner = str(obj(obj(run.head_repository)?.owner)?.login);
  const headBranch = str(run.head_branch);
  if (!headOwner || !headBranch) return { reason: 'the workflow_run event names no head repository or branch' };
  const pulls = await client.paginate(client.rest.pulls.list, {
    owner: repository.owner,
    repo: repository.repo,
    state: 'open',
    head: `${headOwner}:${headBranch}`,
    per_page: 100,
  });
  const match = pulls.find((p) => p.head.sha === headSha && (headRepo === null || p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase()));
  if (!match) return { reason: `no open pull request has head ${headOwner}:${headBranch} at ${headSha.slice(0, 12)} (pushed again since?)` };
  return { target: { number: match.number, headSha, headRepo, baseRepo, fromFork: headRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase() } };
}

export interface ChangedFileHunks {
  hunks: Hunk[];
}

/** Files of a pull request (paginated; GitHub lists at most 3,000) with their new-side hunks. */
export async function listChangedFiles(client: GitHubClient, repository: RepoRef, pullNumber: number): Promise<Map<string, ChangedFileHunks>> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repository, pull_number: pullNumber, per_page: 100 });
  const out = new Map<string, ChangedFileHunks>();
  for (const f of files) {
    // Binary or too-large files come without a patch: they are changed, but no line is commentable.
    out.set(f.filename, { hunks: typeof f.patch === 'string' ? parsePatchHunks(f.patch) : [] });
  }
  return out;
}
