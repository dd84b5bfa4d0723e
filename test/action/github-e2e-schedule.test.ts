/**
 * End to end without a pull request (the rolling compliance issue of scheduled runs) and the
 * fork-safe two-workflow recipe (a read-only pull_request run writes json-file; a workflow_run run
 * publishes it with from-report). dist/index.js as a child process against the GitHub stand-in.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, scheduleEvent, workflowRunEvent } from '../support/fake-github/events.js';
import { REPO_ROOT, makeRunner, patchCovering, runDist, stageExample, type RunnerSetup } from '../support/fake-github/run-dist.js';
import { FakeGitHub } from '../support/fake-github/server.js';

const REPO = 'acme/mail';

let gh: FakeGitHub;
const runners: RunnerSetup[] = [];
beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.repo(REPO);
});
afterAll(async () => {
  await gh.stop();
  for (const r of runners) rmSync(r.dir, { recursive: true, force: true });
});
function runner(): RunnerSetup {
  const r = makeRunner(gh.url, REPO);
  runners.push(r);
  return r;
}

describe('scheduled compliance: one rolling issue', () => {
  it('opens it on findings, leaves it when unchanged, updates it, closes it when clean, reopens it', async () => {
    const r = runner();
    stageExample(r, 'mail-stack/postfix', 'mail');
    const run = () => runDist(r, { event: 'schedule', payload: scheduleEvent(), inputs: { issue: 'true' }, workflow: 'Nightly TLS' });

    gh.resetLog();
    let out = await run();
    expect(out.code).toBe(1);
    expect(gh.issues(REPO)).toHaveLength(1);
    const [issue] = gh.issues(REPO);
    expect(issue).toMatchObject({ state: 'open', title: 'postfix-tls-audit: TLS policy findings (Nightly TLS)', labels: ['postfix-tls-audit'] });
    expect(out.outputs['issue-url']).toBe(`https://github.com/${REPO}/issues/${issue!.number}`);
    expect(issue!.body).toContain('submission-tls-not-required');

    out = await run();
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/create']);

    stageExample(r, 'mail-stack/postfix', 'mail2');
    out = await run();
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/create', 'issues/update']);
    expect(gh.issues(REPO)[0]!.body).toContain('mail2/master.cf');

    for (const dir of ['mail', 'mail2']) for (const f of ['main.cf', 'master.cf']) copyFileSync(path.join(REPO_ROOT, 'examples/good', f), path.join(r.workspace, dir, f));
    out = await run();
    expect(out.code).toBe(0);
    expect(gh.issues(REPO)[0]!.state).toBe('closed');
    expect(gh.comments(REPO, issue!.number).map((c) => c.body)).toEqual([expect.stringMatching(/^✅ No findings any more/)]);

    stageExample(r, 'mail-stack/postfix', 'mail3');
    out = await run();
    expect(gh.issues(REPO)).toHaveLength(1);
    expect(gh.issues(REPO)[0]!.state).toBe('open');
    expect(gh.writes().map((w) => w.operationId)).toEqual([
      'issues/create',
      'issues/update',
      'issues/create-comment',
      'issues/update',
      'issues/update',
      'issues/create-comment',
    ]);
    expect(gh.violations).toEqual([]);
  });

  it('issue: false (the default) writes nothing on a schedule', async () => {
    const r = runner();
    stageExample(r, 'mail-stack/postfix', 'mail');
    gh.resetLog();
    const out = await runDist(r, { event: 'schedule', payload: scheduleEvent() });
    expect(out.code).toBe(1);
    expect(gh.requests).toEqual([]);
  });
});

describe('fork-safe recipe: workflow_run publishes the read-only run\'s report', () => {
  const FORK = 'forker/mail';
  const HEAD = 'd'.repeat(40);
  let number: number;
  let reportFile: string;

  beforeAll(async () => {
    // Half 1: pull_request from a fork, read-only token, json-file written (then uploaded as an artifact).
    const pr = runner();
    stageExample(pr, 'mail-stack/postfix', 'mail');
    const master = readFileSync(path.join(pr.workspace, 'mail/master.cf'), 'utf8');
    number = gh.addPullRequest(REPO, { headSha: HEAD, headRepo: FORK, headRef: 'tighten-tls', files: [{ filename: 'mail/master.cf', patch: patchCovering(master, 9, 14) }] });
    const file = path.join(pr.dir, 'temp', 'postfix-tls-report.json');
    const out = await runDist(pr, {
      event: 'pull_request',
      payload: pullRequestEvent({ number, baseRepo: REPO, headRepo: FORK, headSha: HEAD, headRef: 'tighten-tls' }),
      inputs: { 'github-token': 'ghs_readOnlyToken', 'json-file': file },
      workflow: 'postfix-tls-audit (read-only)',
    });
    expect(out.code).toBe(1);
    expect(out.outputs['json-file']).toBe(file);
    reportFile = file;
  });

  const privileged = async (report: string, pullRequests: { number: number; headSha: string }[] = []) => {
    // Half 2: workflow_run in the base repository, write token, never the fork's checkout.
    const base = runner();
    const artifact = path.join(base.dir, 'temp', 'postfix-tls-report.json');
    writeFileSync(artifact, report);
    return runDist(base, {
      event: 'workflow_run',
      payload: workflowRunEvent({ baseRepo: REPO, headRepo: FORK, headSha: HEAD, headBranch: 'tighten-tls', pullRequests }),
      inputs: { 'from-report': artifact },
      workflow: 'postfix-tls-audit (comment)',
    });
  };

  it('posts the comment and in-hunk suggestions to the PR found by head repository, branch and sha', async () => {
    gh.resetLog();
    const out = await privileged(readFileSync(reportFile, 'utf8'));
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(gh.requests[0]).toMatchObject({ operationId: 'pulls/list', query: { state: 'open', head: 'forker:tighten-tls' } });
    const comments = gh.comments(REPO, number);
    expect(comments).toHaveLength(1);
    expect(out.outputs['comment-url']).toContain(`/pull/${number}#issuecomment-${comments[0]!.id}`);
    expect(comments[0]!.body).toContain(`https://github.com/${REPO}/blob/${HEAD}/mail/master.cf#L12`);
    // Suggestions only inside the PR's one hunk (lines 9-14 of master.cf), at least one.
    const posted = gh.reviewComments(REPO, number);
    expect(posted.length).toBeGreaterThan(0);
    for (const c of posted) expect([c.path, 9 <= (c.start_line ?? c.line), c.line <= 14]).toEqual(['mail/master.cf', true, true]);
    expect(gh.violations).toEqual([]);
  });

  it('the PR number in the artifact is ignored: the trusted event decides', async () => {
    const other = gh.addPullRequest(REPO, { headSha: 'e'.repeat(40), files: [] });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
    report.pullRequest = other;
    gh.resetLog();
    await privileged(JSON.stringify(report));
    expect(gh.comments(REPO, other)).toEqual([]);
    expect(gh.writes()).toEqual([]); // same findings as before: nothing changed on the real PR
  });

  it('a tampered artifact is refused before any API call', async () => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: { file: string }[] };
    report.findings[0]!.file = '../../../etc/passwd';
    gh.resetLog();
    const out = await privileged(JSON.stringify(report));
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^::error::input "from-report": not a valid postfix-tls-audit report \(\/findings\/0\/file/m);
    expect(gh.requests).toEqual([]);
  });

  it('the same-repository case: workflow_run.pull_requests names the PR', async () => {
    const same = gh.addPullRequest(REPO, { headSha: HEAD, headRef: 'tighten-tls', files: [] });
    gh.resetLog();
    const base = runner();
    const artifact = path.join(base.dir, 'temp', 'r.json');
    copyFileSync(reportFile, artifact);
    const out = await runDist(base, {
      event: 'workflow_run',
      payload: workflowRunEvent({ baseRepo: REPO, headRepo: REPO, headSha: HEAD, headBranch: 'tighten-tls', pullRequests: [{ number: same, headSha: HEAD }] }),
      inputs: { 'from-report': artifact, review: 'false' },
    });
    expect(out.code).toBe(0);
    expect(gh.requests.some((q) => q.operationId === 'pulls/list')).toBe(false);
    expect(gh.comments(REPO, same)).toHaveLength(1);
  });
});

describe('the stand-in itself', () => {
  it("answered every request above with responses GitHub's description allows", () => {
    expect([...new Set(gh.responseViolations)]).toEqual([]);
  });
});
