/** Real-shaped event payloads (the fields a runner's GITHUB_EVENT_PATH file has that matter here). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function repoJson(fullName: string, fork = false): Record<string, unknown> {
  const [owner, name] = fullName.split('/') as [string, string];
  return {
    id: fullName.length,
    node_id: `R_${name}`,
    name,
    full_name: fullName,
    private: false,
    owner: { login: owner, id: owner.length, type: 'User' },
    html_url: `https://github.com/${fullName}`,
    fork,
    default_branch: 'main',
  };
}

export function pullRequestEvent(args: {
  action?: 'opened' | 'synchronize' | 'reopened';
  number: number;
  baseRepo: string;
  headRepo?: string;
  headSha: string;
  headRef?: string;
}): Record<string, unknown> {
  const headRepo = args.headRepo ?? args.baseRepo;
  const fork = headRepo.toLowerCase() !== args.baseRepo.toLowerCase();
  return {
    action: args.action ?? 'opened',
    number: args.number,
    pull_request: {
      url: `https://api.github.com/repos/${args.baseRepo}/pulls/${args.number}`,
      id: 900_000 + args.number,
      number: args.number,
      state: 'open',
      title: 'Tighten TLS',
      user: { login: 'contributor', id: 7, type: 'User' },
      head: { label: `${headRepo.split('/')[0]}:${args.headRef ?? 'feature'}`, ref: args.headRef ?? 'feature', sha: args.headSha, repo: repoJson(headRepo, fork) },
      base: { label: `${args.baseRepo.split('/')[0]}:main`, ref: 'main', sha: 'b'.repeat(40), repo: repoJson(args.baseRepo) },
    },
    repository: repoJson(args.baseRepo),
    sender: { login: 'contributor', id: 7, type: 'User' },
  };
}

export function scheduleEvent(): Record<string, unknown> {
  return { schedule: '17 3 * * *' };
}

export function workflowRunEvent(args: {
  baseRepo: string;
  headRepo: string;
  headSha: string;
  headBranch: string;
  /** Listed for same-repository PRs; GitHub leaves it empty for forks. */
  pullRequests: { number: number; headSha: string }[];
}): Record<string, unknown> {
  const [baseOwner, baseName] = args.baseRepo.split('/') as [string, string];
  return {
    action: 'completed',
    workflow_run: {
      id: 123456,
      name: 'postfix-tls-audit (read-only)',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_branch: args.headBranch,
      head_sha: args.headSha,
      pull_requests: args.pullRequests.map((p) => ({
        url: `https://api.github.com/repos/${args.baseRepo}/pulls/${p.number}`,
        id: 900_000 + p.number,
        number: p.number,
        head: { ref: args.headBranch, sha: p.headSha, repo: { id: 1, url: '', name: baseName } },
        base: { ref: 'main', sha: 'b'.repeat(40), repo: { id: 1, url: '', name: baseName } },
      })),
      repository: repoJson(args.baseRepo),
      head_repository: repoJson(args.headRepo, args.headRepo !== args.baseRepo),
    },
    repository: repoJson(args.baseRepo),
    sender: { login: baseOwner, id: 1, type: 'User' },
  };
}

/** Writes the payload to a temp file; returns its path (remove the folder after). */
export function writeEvent(payload: Record<string, unknown>, dir = mkdtempSync(path.join(os.tmpdir(), 'pta-event-'))): string {
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload, null, 2));
  return file;
}
