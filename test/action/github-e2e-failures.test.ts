/**
 * End to end: forks, read-only tokens and API failures. The findings decide the step's result; the
 * API never does. dist/index.js as a child process against the GitHub stand-in.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { makeRunner, patchAdded, runDist, stageExample, type RunnerSetup } from '../support/fake-github/run-dist.js';
import { FakeGitHub } from '../support/fake-github/server.js';

const REPO = 'acme/mail';
const HEAD = 'c'.repeat(40);

let gh: FakeGitHub;
let r: RunnerSetup;
let masterPatch: string;
beforeAll(async () => {
  gh = await new FakeGitHub().start();
  r = makeRunner(gh.url, REPO);
  stageExample(r, 'mail-stack/postfix', 'mail');
  masterPatch = patchAdded(readFileSync(path.join(r.workspace, 'mail/master.cf'), 'utf8'));
});
afterAll(async () => {
  await gh.stop();
  rmSync(r.dir, { recursive: true, force: true });
});

const newPr = (headRepo = REPO) => gh.addPullRequest(REPO, { headSha: HEAD, headRepo, files: [{ filename: 'mail/master.cf', patch: masterPatch }] });
// Warnings without a file: the run's own messages (findings are annotated with file=).
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('forks and permissions', () => {
  it('fork PR on pull_request: no write is attempted, one warning explains the workflow_run recipe', async () => {
    const number = newPr('forker/mail');
    gh.resetLog();
    const out = await runDist(r, {
      event: 'pull_request',
      payload: pullRequestEvent({ number, baseRepo: REPO, headRepo: 'forker/mail', headSha: HEAD }),
      inputs: { 'github-token': 'ghs_readOnlyToken' },
    });
    expect(out.code).toBe(1); // the findings fail it, not the API
    expect(gh.writes()).toEqual([]);
    expect(gh.requests.map((q) => q.operationId)).toEqual(['pulls/list-files']);
    const w = warnings(out.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/fork/);
    expect(w[0]).toMatch(/workflow_run/);
    expect(w[0]).toContain('docs/action.md');
    // Only the mask command that tells the runner to hide it carries the token.
    expect((out.stdout + out.stderr).split('\n').filter((l) => l.includes('ghs_readOnlyToken'))).toEqual(['::add-mask::ghs_readOnlyToken']);
    expect(gh.violations).toEqual([]);
  });

  it('a same-repository PR with a read-only token: one 403, one warning, nothing more', async () => {
    const number = newPr();
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: HEAD }), inputs: { 'github-token': 'ghs_readOnlyToken' } });
    expect(out.code).toBe(1);
    expect(gh.writes().map((w) => [w.operationId, w.status])).toEqual([['issues/create-comment', 403]]);
    const w = warnings(out.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/Resource not accessible by integration/);
    expect(w[0]).toMatch(/workflow_run/);
    expect(gh.violations).toEqual([]);
  });

  it('a clean fork PR passes (exit 0) without any write', async () => {
    const clean = makeRunner(gh.url, REPO);
    try {
      stageExample(clean, 'good', 'mail');
      const number = newPr('forker/mail');
      gh.resetLog();
      const out = await runDist(clean, {
        event: 'pull_request',
        payload: pullRequestEvent({ number, baseRepo: REPO, headRepo: 'forker/mail', headSha: HEAD }),
        inputs: { 'github-token': 'ghs_readOnlyToken', comment: 'always' },
      });
      expect(out.code).toBe(0);
      expect(out.outputs.passed).toBe('true');
      expect(gh.writes()).toEqual([]);
    } finally {
      rmSync(clean.dir, { recursive: true, force: true });
    }
  });
});

describe('API failures', () => {
  it('5xx once: retried, the comment is written', async () => {
    const number = newPr();
    gh.fail({ operationId: 'issues/list-comments', status: 502, message: 'Server Error' });
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: HEAD }), inputs: { review: 'false' } });
    expect(out.code).toBe(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/list-comments').map((q) => q.status)).toEqual([502, 200]);
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(warnings(out.stdout)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('secondary rate limit (403 with retry-after): waited out and retried once', async () => {
    const number = newPr();
    gh.fail({
      operationId: 'issues/create-comment',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      headers: { 'retry-after': '1' },
    });
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: HEAD }), inputs: { review: 'false' } });
    expect(gh.writes().map((w) => w.status)).toEqual([403, 201]);
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(out.stdout).toMatch(/secondary rate limit.*retrying in 1 s/);
    expect(warnings(out.stdout)).toEqual([]);
  });

  it('5xx that persists: a warning, the step still ends on the findings', async () => {
    const number = newPr();
    gh.fail({ operationId: 'issues/list-comments', status: 503, message: 'Service Unavailable', times: 10 });
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: HEAD }), inputs: { review: 'false' } });
    expect(out.code).toBe(1);
    gh.clearFailures();
    // The retry plugin: 2 retries, 1 s then 4 s apart (src/github/client.ts).
    expect(gh.requests.filter((q) => q.operationId === 'issues/list-comments')).toHaveLength(3);
    expect(warnings(out.stdout).join('\n')).toMatch(/PR comment failed \(HTTP 503/);
    expect(out.stdout).not.toMatch(/^::error::.*HTTP/m);
  }, 60_000);

  it('422 on the review: one warning, no suggestion posted, the comment still written', async () => {
    const number = newPr();
    gh.fail({ operationId: 'pulls/create-review', status: 422, message: 'Unprocessable Entity' });
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: HEAD }) });
    expect(out.code).toBe(1);
    expect(gh.writes().map((w) => [w.operationId, w.status])).toEqual([
      ['issues/create-comment', 201],
      ['pulls/create-review', 422],
    ]);
    expect(gh.reviewComments(REPO, number)).toEqual([]);
    const w = warnings(out.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/review suggestions failed \(HTTP 422/);
    expect(gh.violations).toEqual([]);
  });
});

describe('the stand-in itself', () => {
  it("answered every request above with responses GitHub's description allows", () => {
    expect([...new Set(gh.responseViolations)]).toEqual([]);
  });
});
