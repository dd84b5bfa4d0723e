/**
 * The publishing half (src/action/publish.ts) against the stateful GitHub stand-in: comment upsert,
 * review suggestions inside hunks, rolling issue, read-only tokens, forks, workflow_run, injected
 * failures. Every request the client sends is validated against GitHub's OpenAPI description.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePublish, publish, type PublishSettings } from '../../src/action/publish.js';
import type { ActionReport } from '../../src/report/report-types.js';
import { pullRequestEvent, scheduleEvent, workflowRunEvent, writeEvent } from '../support/fake-github/events.js';
import { finding, report } from '../support/fake-github/reports.js';
import { FakeGitHub } from '../support/fake-github/server.js';

const REPO = 'acme/mail';
const SHA1 = '1'.repeat(40);
const SHA2 = '2'.repeat(40);
const PATCH = '@@ -1,3 +1,6 @@\n smtp inet n - y - - smtpd\n+submission inet n - y - - smtpd\n+  -o smtpd_tls_security_level=may\n+  -o smtpd_tls_protocols=TLSv1\n smtps inet n - y - - smtpd\n';

let gh: FakeGitHub;
let tmp: string;

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pta-publish-'));
});
afterAll(async () => {
  await gh.stop();
  rmSync(tmp, { recursive: true, force: true });
});

interface Logged {
  info: string[];
  warning: string[];
}
function logger(): Logged & { info: string[]; warning: string[] } & { log: { info(m: string): void; warning(m: string): void } } {
  const l = { info: [] as string[], warning: [] as string[] };
  return { ...l, log: { info: (m: string) => l.info.push(m), warning: (m: string) => l.warning.push(m) } };
}

function env(event: string, payload: Record<string, unknown>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: writeEvent(payload, mkdtempSync(path.join(tmp, 'ev-'))),
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'mail TLS',
    GITHUB_JOB: 'audit',
    GITHUB_SHA: 'f'.repeat(40),
    // Octokit's 1 s / 3 s spacing of writes is for github.com; the stand-in needs none.
    POSTFIX_TLS_AUDIT_UNPACED_WRITES: '1',
    ...extra,
  };
}

const settings = (over: Partial<PublishSettings> = {}): PublishSettings => ({ token: 'ghs_writeToken', comment: 'on-findings', review: true, issue: false, ...over });

async function run(e: NodeJS.ProcessEnv, r: ActionReport, s = settings()) {
  const l = logger();
  const plan = await preparePublish(e, s, l.log);
  const out = await publish(r, plan, e, s, l.log);
  return { plan, out, ...l };
}

const withFix = (line: number, endLine: number, text: string, over: Partial<Parameters<typeof finding>[0]> = {}) =>
  finding({ ruleId: 'protocol-floor', line, endLine, suggestion: { file: 'mail/master.cf', startLine: line, endLine, text }, fingerprint: `fp-${line}`, ...over });

describe('pull request: comment and suggestions', () => {
  const number = 11;
  beforeAll(() => {
    gh.addPullRequest(REPO, { number, headSha: SHA1, files: [{ filename: 'mail/master.cf', patch: PATCH }, { filename: 'logo.png' }] });
  });

  it('first run creates one comment and one review with suggestions inside the hunk only', async () => {
    gh.resetLog();
    const r = report([
      withFix(3, 4, '  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_protocols=>=TLSv1.2'),
      withFix(9, 9, 'outside the hunk', { ruleId: 'weak-cipher-suites' }),
    ]);
    const { plan, out, warning } = await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 })), r);
    expect(warning).toEqual([]);
    expect(plan.canWrite).toBe(true);
    expect([...plan.pullRequest!.changedFiles]).toEqual([
      ['mail/master.cf', { hunks: [{ start: 1, end: 6 }] }],
      ['logo.png', { hunks: [] }],
    ]);
    expect(out.commentUrl).toMatch(/#issuecomment-\d+$/);
    const comments = gh.comments(REPO, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('TLS policy not met');
    expect(comments[0]!.body).toContain(`https://github.com/${REPO}/blob/${SHA1}/mail/master.cf#L3-L4`);
    expect(comments[0]!.body).toContain('https://github.com/acme/mail/actions/runs/4242');
    const rc = gh.reviewComments(REPO, number);
    expect(rc).toHaveLength(1);
    expect(rc[0]).toMatchObject({ path: 'mail/master.cf', start_line: 3, line: 4, side: 'RIGHT' });
    expect(rc[0]!.body).toContain('```suggestion\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_protocols=>=TLSv1.2\n```');
    expect(gh.violations).toEqual([]);
  });

  it('a re-run with the same findings writes nothing', async () => {
    gh.resetLog();
    const r = report([
      withFix(3, 4, '  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_protocols=>=TLSv1.2'),
      withFix(9, 9, 'outside the hunk', { ruleId: 'weak-cipher-suites' }),
    ]);
    const { out } = await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1, action: 'synchronize' })), r);
    expect(gh.writes()).toEqual([]);
    expect(out.commentUrl).toMatch(/#issuecomment-/);
    expect(gh.violations).toEqual([]);
  });

  it('changed findings update the comment in place and replace outdated suggestions', async () => {
    gh.resetLog();
    const r = report([withFix(5, 5, '  -o smtpd_tls_protocols=>=TLSv1.2', { ruleId: 'protocol-floor', fingerprint: 'fp-other' })]);
    await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1, action: 'synchronize' })), r);
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment', 'pulls/create-review', 'pulls/delete-review-comment']);
    expect(gh.reviewComments(REPO, number).map((c) => [c.start_line, c.line])).toEqual([[null, 5]]);
    expect(gh.violations).toEqual([]);
  });

  it('a fix pushed: the comment says passing, suggestions are removed', async () => {
    gh.resetLog();
    gh.updatePullRequest(REPO, number, { headSha: SHA2, files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA2, action: 'synchronize' })), report([]));
    const comments = gh.comments(REPO, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('✅ postfix-tls-audit: passed');
    expect(gh.reviewComments(REPO, number)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it("a human's comment carrying our marker is never edited", async () => {
    const ours = gh.comments(REPO, number)[0]!;
    const fake = gh.addIssueComment(REPO, number, ours.body.replace('passed', 'hijacked'), { login: 'mallory', id: 66, type: 'User' });
    gh.resetLog();
    await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA2 })), report([finding({ ruleId: 'x', line: 2 })]));
    expect(gh.writes().map((w) => w.path)).toEqual([`/repos/${REPO}/issues/comments/${ours.id}`]);
    expect(gh.comments(REPO, number).find((c) => c.id === fake)!.body).toContain('hijacked');
  });
});

describe('races and limits', () => {
  it('copies of our comment left by a race are deleted, the first one is kept current', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [] });
    const e = env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 }));
    await run(e, report([finding({ ruleId: 'x', line: 1 })]));
    const [first] = gh.comments(REPO, number);
    gh.addIssueComment(REPO, number, first!.body, { login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    gh.resetLog();
    await run(e, report([finding({ ruleId: 'y', line: 2 })]));
    expect(gh.comments(REPO, number).map((c) => c.id)).toEqual([first!.id]);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/delete-comment', 'issues/update-comment']);
  });

  it('a primary rate limit (x-ratelimit-remaining: 0) is waited out until the reset', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [] });
    gh.fail({
      operationId: 'issues/list-comments',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
    });
    gh.resetLog();
    const { warning, info } = await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 })), report([finding({ ruleId: 'x', line: 1 })]), settings({ review: false }));
    expect(warning).toEqual([]);
    expect(info.some((m) => /GitHub API rate limit on GET .*retrying/.test(m))).toBe(true);
    expect(gh.comments(REPO, number)).toHaveLength(1);
  });
});

describe('pagination', () => {
  it('lists every changed file and finds our comment behind 150 others', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `sites/s${i}/main.cf`, patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }));
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files });
    const e = env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 }));
    for (let i = 0; i < 150; i++) gh.addIssueComment(REPO, number, `comment ${i}`, { login: 'reviewer', id: 5, type: 'User' });
    await run(e, report([finding({ ruleId: 'x', line: 1 })]), settings({ review: false }));
    gh.resetLog();
    const { plan } = await run(e, report([finding({ ruleId: 'y', line: 1 })]), settings({ review: false }));
    expect(plan.pullRequest!.changedFiles.size).toBe(250);
    expect(plan.pullRequest!.changedFiles.get('sites/s249/main.cf')).toEqual({ hunks: [{ start: 1, end: 3 }] });
    expect(gh.requests.filter((q) => q.operationId === 'pulls/list-files').map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(gh.requests.filter((q) => q.operationId === 'issues/list-comments')).toHaveLength(2);
    expect(gh.comments(REPO, number).filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment']);
  });
});

describe('identity', () => {
  it('with a personal token the comment is recognised by that user; the bot\'s copy of the marker is not ours', async () => {
    gh.tokens.set('ghp_releaseBot', { user: { login: 'release-bot', id: 99, type: 'User' }, write: true, installation: false });
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [] });
    const e = env('pull_request_target', pullRequestEvent({ number, baseRepo: REPO, headRepo: 'forker/mail', headSha: SHA1 }));
    const s = settings({ token: 'ghp_releaseBot', review: false });
    await run(e, report([finding({ ruleId: 'x', line: 1 })]), s);
    const [mine] = gh.comments(REPO, number);
    expect(mine!.user.login).toBe('release-bot');
    gh.addIssueComment(REPO, number, mine!.body, { login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    gh.resetLog();
    const { plan } = await run(e, report([finding({ ruleId: 'y', line: 1 })]), s);
    expect(plan.canWrite).toBe(true); // pull_request_target runs with the base repository's token
    expect(gh.writes().map((w) => [w.operationId, w.path])).toEqual([['issues/update-comment', `/repos/${REPO}/issues/comments/${mine!.id}`]]);
    expect(gh.requests.filter((q) => q.operationId === 'users/get-authenticated').map((q) => q.status)).toEqual([200]);
  });
});

describe('comment modes', () => {
  it('on-findings: a clean first run writes nothing; always: it writes a short passing comment; never: nothing', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [] });
    const e = env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 }));
    gh.resetLog();
    await run(e, report([]));
    expect(gh.writes()).toEqual([]);
    await run(e, report([finding({ ruleId: 'x', line: 1 })]), settings({ comment: 'never', review: false }));
    expect(gh.writes()).toEqual([]);
    await run(e, report([]), settings({ comment: 'always' }));
    const comments = gh.comments(REPO, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.length).toBeLessThan(600);
    expect(gh.violations).toEqual([]);
  });
});

describe('read-only tokens and forks', () => {
  it('fork PR on pull_request: changed files are listed, no write is attempted, one warning names the recipe', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, headRepo: 'forker/mail', files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    gh.resetLog();
    const { plan, warning, out } = await run(
      env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headRepo: 'forker/mail', headSha: SHA1 })),
      report([withFix(3, 3, 'x')]),
      settings({ token: 'ghs_readOnlyToken' }),
    );
    expect(plan.canWrite).toBe(false);
    expect(plan.pullRequest?.changedFiles.has('mail/master.cf')).toBe(true);
    expect(out).toEqual({});
    expect(gh.writes()).toEqual([]);
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/workflow_run/);
    expect(warning[0]).toContain('docs/action.md');
    expect(gh.violations).toEqual([]);
  });

  it('a token without write: the first 403 degrades with one warning and stops writing', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    gh.resetLog();
    const { warning } = await run(
      env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 })),
      report([withFix(3, 3, 'x')]),
      settings({ token: 'ghs_readOnlyToken' }),
    );
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/Resource not accessible by integration/);
    expect(warning[0]).toMatch(/workflow_run/);
    expect(gh.writes().map((w) => [w.operationId, w.status])).toEqual([['issues/create-comment', 403]]);
  });
});

describe('API failures never fail the run', () => {
  it('5xx once is retried; a secondary rate limit is waited out (retry-after)', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    gh.fail({ operationId: 'issues/list-comments', status: 502, message: 'Server Error' });
    gh.fail({ operationId: 'issues/create-comment', status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } });
    gh.resetLog();
    const { warning, info } = await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 })), report([finding({ ruleId: 'x', line: 1 })]), settings({ review: false }));
    expect(warning).toEqual([]);
    expect(info.some((m) => /secondary rate limit/.test(m))).toBe(true);
    expect(gh.requests.map((q) => [q.operationId, q.status])).toEqual([
      ['pulls/list-files', 200],
      ['users/get-authenticated', 403],
      ['issues/list-comments', 502],
      ['issues/list-comments', 200],
      ['issues/create-comment', 403],
      ['issues/create-comment', 201],
    ]);
    expect(gh.comments(REPO, number)).toHaveLength(1);
  });

  it('422 on the review: one warning, nothing more posted, the comment is still written', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    gh.fail({ operationId: 'pulls/create-review', status: 422, message: 'Unprocessable Entity' });
    gh.resetLog();
    const { warning } = await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 })), report([withFix(3, 3, 'x')]));
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/review suggestions failed \(HTTP 422/);
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(gh.reviewComments(REPO, number)).toEqual([]);
  });
});

describe('scheduled runs: the rolling issue', () => {
  const e = () => env('schedule', scheduleEvent());
  const s = settings({ issue: true, review: false });
  it('opens, updates, leaves alone, closes and reopens one issue', async () => {
    gh.resetLog();
    const first = await run(e(), report([finding({ ruleId: 'x', line: 1 })]), s);
    expect(first.out.issueUrl).toMatch(/\/issues\/\d+$/);
    expect(gh.issues(REPO)).toHaveLength(1);
    await run(e(), report([finding({ ruleId: 'x', line: 1 }), finding({ ruleId: 'y', line: 2 })]), s);
    await run(e(), report([finding({ ruleId: 'x', line: 1 }), finding({ ruleId: 'y', line: 2 })]), s);
    await run(e(), report([]), s);
    const [issue] = gh.issues(REPO);
    expect(issue).toMatchObject({ state: 'closed', labels: ['postfix-tls-audit'] });
    await run(e(), report([]), s);
    await run(e(), report([finding({ ruleId: 'z', line: 1 })]), s);
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
});

describe('scheduled runs: the rolling issue without its label', () => {
  it('is found by its author and marker when the label is gone (dropped by GitHub for tokens without push access, or removed)', async () => {
    const e = () => env('schedule', scheduleEvent(), { GITHUB_WORKFLOW: 'label-less' });
    const s = settings({ issue: true, review: false });
    gh.repo(REPO);
    await run(e(), report([finding({ ruleId: 'x', line: 1 })]), s);
    const mine = () => gh.issues(REPO).filter((i) => i.title.includes('label-less'));
    expect(mine()).toHaveLength(1);
    mine()[0]!.labels = [];
    gh.resetLog();
    const second = await run(e(), report([finding({ ruleId: 'x', line: 1 }), finding({ ruleId: 'y', line: 2 })]), s);
    expect(second.out.issueUrl).toMatch(new RegExp(`/issues/${mine()[0]!.number}$`));
    await run(e(), report([]), s);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.state).toBe('closed');
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update', 'issues/create-comment', 'issues/update']);
    expect(gh.violations).toEqual([]);
  });
});

describe('a GitHub App installation token (writes as <app>[bot], cannot call GET /user)', () => {
  it('finds its own comment and suggestions again: no copy per run; a person pasting the marker is still not us', async () => {
    gh.tokens.set('ghs_appToken', { user: { login: 'mail-audit-app[bot]', id: 4242, type: 'Bot' }, write: true, installation: true });
    const number = gh.addPullRequest(REPO, { headSha: SHA1, files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    const s = settings({ token: 'ghs_appToken' });
    const e = () => env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA1 }));
    await run(e(), report([withFix(3, 3, 'x')]), s);
    const marker = gh.comments(REPO, number)[0]!.body.match(/<!-- postfix-tls-audit:comment [^>]*-->/)![0];
    gh.addIssueComment(REPO, number, `copied ${marker}`, { login: 'mallory', id: 666, type: 'User' });
    gh.resetLog();
    await run(e(), report([withFix(3, 3, 'x')]), s);
    await run(e(), report([withFix(3, 3, 'x'), finding({ ruleId: 'y', line: 1 })]), s);
    expect(gh.comments(REPO, number)).toHaveLength(2);
    expect(gh.comments(REPO, number).filter((c) => c.body.startsWith('copied'))).toHaveLength(1);
    expect(gh.reviewComments(REPO, number)).toHaveLength(1);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment']);
    expect(gh.violations).toEqual([]);
  });
});

describe('scheduled runs with a read-only token', () => {
  it('one warning that names issues: write, not the pull-request fork recipe', async () => {
    gh.repo(REPO);
    const { warning, out } = await run(env('schedule', scheduleEvent(), { GITHUB_WORKFLOW: 'read-only nightly' }), report([finding({ ruleId: 'x', line: 1 })]), settings({ token: 'ghs_readOnlyToken', issue: true, review: false }));
    expect(out).toEqual({});
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/cannot write the rolling issue .*Resource not accessible by integration.*issues: write/);
    expect(warning[0]).not.toMatch(/fork|PR comment/);
  });
});

describe('workflow_run: the privileged half of the fork-safe recipe', () => {
  it('finds the fork PR by head repository, branch and sha (pull_requests is empty for forks)', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA2, headRepo: 'forker/mail', headRef: 'tls', files: [{ filename: 'mail/master.cf', patch: PATCH }] });
    gh.resetLog();
    const { plan, out } = await run(
      env('workflow_run', workflowRunEvent({ baseRepo: REPO, headRepo: 'forker/mail', headSha: SHA2, headBranch: 'tls', pullRequests: [] })),
      report([withFix(3, 3, 'x')], { pullRequest: 1 }),
    );
    expect(plan.pullRequest?.number).toBe(number);
    expect(plan.canWrite).toBe(true);
    expect(out.commentUrl).toContain(`/pull/${number}#`);
    expect(gh.requests[0]).toMatchObject({ operationId: 'pulls/list', query: { head: 'forker:tls', state: 'open' } });
    expect(gh.comments(REPO, 1)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('a run for an older head commit (pushed again since) publishes nothing', async () => {
    gh.addPullRequest(REPO, { headSha: SHA1, headRepo: 'forker/mail', headRef: 'moved', files: [] });
    gh.resetLog();
    const { plan, warning } = await run(
      env('workflow_run', workflowRunEvent({ baseRepo: REPO, headRepo: 'forker/mail', headSha: SHA2, headBranch: 'moved', pullRequests: [] })),
      report([finding({ ruleId: 'x', line: 1 })]),
    );
    expect(plan.canWrite).toBe(false);
    expect(warning.join('\n')).toMatch(/no open pull request has head forker:moved/);
    expect(gh.writes()).toEqual([]);
  });
});

describe('the stand-in itself', () => {
  it('answered every request above with responses GitHub\'s description allows', () => {
    expect([...new Set(gh.responseViolations)]).toEqual([]);
  });

  it('records requests that GitHub\'s description does not allow', async () => {
    const other = await new FakeGitHub().start();
    try {
      other.addPullRequest(REPO, { number: 1, headSha: SHA1, files: [] });
      const call = (method: string, url: string, body?: unknown, token = 'ghs_writeToken') =>
        fetch(`${other.url}${url}`, {
          method,
          headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }).then((r) => r.status);
      expect(await call('GET', '/repos/acme/mail/no-such-thing')).toBe(404);
      expect(await call('GET', '/repos/acme/mail/issues?state=everything')).toBe(422);
      expect(await call('GET', '/repos/acme/mail/issues/1/comments?color=red')).toBe(200);
      expect(await call('POST', '/repos/acme/mail/pulls/1/reviews', { event: 'LGTM', body: 'x' })).toBe(422);
      expect(await call('POST', '/repos/acme/mail/issues/1/comments', { body: 'x', sticky: true })).toBe(201);
      expect(await call('GET', '/repos/acme/mail/pulls/abc/files')).toBe(404);
      expect(await call('GET', '/repos/acme/mail/pulls/1/files', undefined, 'wrong')).toBe(401);
      expect(other.violations).toEqual([
        'GET /repos/acme/mail/no-such-thing: no such operation in GitHub\'s REST API',
        expect.stringMatching(/^issues\/list-for-repo .*query parameter state="everything"/),
        expect.stringMatching(/^issues\/list-comments .*unknown query parameter color/),
        expect.stringMatching(/^pulls\/create-review .*body: data\/event must be equal to one of the allowed values/),
        expect.stringMatching(/^issues\/create-comment .*body property sticky is not part of the operation/),
        expect.stringMatching(/^pulls\/list-files .*path parameter pull_number="abc" is not a number/),
      ]);
    } finally {
      await other.stop();
    }
  });
});
