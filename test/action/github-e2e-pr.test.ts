/**
 * End to end on pull requests: dist/index.js as a child process with a runner's environment against
 * the GitHub stand-in (every request validated against GitHub's OpenAPI description). CI runs the
 * committed dist; locally run `npm run bundle` first.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { REPO_ROOT, makeRunner, patchAdded, patchCovering, runDist, stageExample, type RunnerSetup } from '../support/fake-github/run-dist.js';
import { FakeGitHub } from '../support/fake-github/server.js';

const REPO = 'acme/mail';
const sha = (n: number) => String(n).repeat(40).slice(0, 40);

let gh: FakeGitHub;
const runners: RunnerSetup[] = [];
beforeAll(async () => {
  gh = await new FakeGitHub().start();
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

const read = (r: RunnerSetup, file: string) => readFileSync(path.join(r.workspace, file), 'utf8');

describe('one living PR comment', () => {
  const number = 21;
  let r: RunnerSetup;
  beforeAll(() => {
    r = runner();
    stageExample(r, 'mail-stack/postfix', 'mail');
    gh.addPullRequest(REPO, { number, headSha: sha(1), files: [{ filename: 'mail/master.cf', patch: patchAdded(read(r, 'mail/master.cf')) }] });
  });
  const run = (headSha: string, action: 'opened' | 'synchronize' = 'synchronize') =>
    runDist(r, { event: 'pull_request', payload: pullRequestEvent({ action, number, baseRepo: REPO, headSha }), inputs: { review: 'false' } });

  it('first run: one comment, the step fails on the findings, comment-url output', async () => {
    gh.resetLog();
    const out = await run(sha(1), 'opened');
    expect(out.code).toBe(1);
    expect(out.outputs.passed).toBe('false');
    const comments = gh.comments(REPO, number);
    expect(comments).toHaveLength(1);
    expect(out.outputs['comment-url']).toBe(`https://github.com/${REPO}/pull/${number}#issuecomment-${comments[0]!.id}`);
    const body = comments[0]!.body;
    expect(body).toContain('❌ postfix-tls-audit: TLS policy not met');
    expect(body).toContain('submission-tls-not-required');
    expect(body).toContain(`https://github.com/${REPO}/blob/${sha(1)}/mail/master.cf#L12`);
    expect(body).toMatch(/```diff\n--- a\/mail\/main\.cf/);
    expect(body).toContain('+  -o smtpd_tls_security_level=encrypt');
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/create-comment']);
    expect(out.stdout + out.stderr).not.toContain('ghs_writeToken');
    expect(gh.violations).toEqual([]);
  });

  it('second run on a new commit with other findings: the same comment is updated', async () => {
    writeFileSync(path.join(r.workspace, 'mail/master.cf'), read(r, 'mail/master.cf').replace('  -o smtpd_sasl_auth_enable=yes\n', ''));
    gh.resetLog();
    const out = await run(sha(2));
    expect(out.code).toBe(1);
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment']);
    expect(gh.comments(REPO, number)[0]!.body).not.toContain('auth-before-tls');
    expect(gh.violations).toEqual([]);
  });

  it('unchanged re-run: nothing is written', async () => {
    gh.resetLog();
    const out = await run(sha(2));
    expect(out.code).toBe(1);
    expect(gh.writes()).toEqual([]);
    expect(out.outputs['comment-url']).toContain('#issuecomment-');
  });

  it('fix pushed: the comment says passing and the step passes', async () => {
    for (const f of ['main.cf', 'master.cf']) writeFileSync(path.join(r.workspace, 'mail', f), readFileSync(path.join(REPO_ROOT, 'examples/good', f), 'utf8'));
    gh.resetLog();
    const out = await run(sha(3));
    expect(out.code).toBe(0);
    expect(out.outputs.passed).toBe('true');
    const [comment] = gh.comments(REPO, number);
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(comment!.body).toContain('✅ postfix-tls-audit: passed');
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment']);
    expect(gh.violations).toEqual([]);
  });
});

describe('review suggestions only inside the diff', () => {
  it('posts suggestions whose lines lie in a hunk, none elsewhere; a re-run repeats none', async () => {
    const r = runner();
    stageExample(r, 'mail-stack/postfix', 'mail');
    const master = read(r, 'mail/master.cf');
    // The PR changed master.cf lines 10-13 only: the fixes for lines 11 and 12 are inside, the
    // auth-before-tls fix (lines 15-16) and every main.cf fix are outside.
    const number = gh.addPullRequest(REPO, { headSha: sha(4), files: [{ filename: 'mail/master.cf', patch: patchCovering(master, 10, 13) }] });
    const run = () => runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(4) }), inputs: { comment: 'never' } });
    gh.resetLog();
    await run();
    const posted = gh.reviewComments(REPO, number);
    expect(posted.map((c) => [c.path, c.start_line, c.line]).sort()).toEqual([
      ['mail/master.cf', null, 11],
      ['mail/master.cf', null, 12],
    ]);
    expect(posted.find((c) => c.line === 12)!.body).toContain('```suggestion\n  -o smtpd_tls_security_level=encrypt\n```');
    expect(posted.find((c) => c.line === 11)!.body).toContain('```suggestion\n```');
    expect(gh.reviews(REPO, number)).toHaveLength(1);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['pulls/create-review']);
    gh.resetLog();
    await run();
    expect(gh.writes()).toEqual([]);
    expect(gh.violations).toEqual([]);
  });
});

describe('only-changed', () => {
  it('a PR touching one of three config sets reports that set only and says how many are hidden', async () => {
    const r = runner();
    for (const site of ['a', 'b', 'c']) stageExample(r, 'mail-stack/postfix', `sites/${site}`);
    const number = gh.addPullRequest(REPO, { headSha: sha(5), files: [{ filename: 'sites/b/master.cf', patch: patchCovering(read(r, 'sites/b/master.cf'), 9, 15) }] });
    const out = await runDist(r, {
      event: 'pull_request',
      payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(5) }),
      inputs: { 'only-changed': 'true', review: 'false' },
    });
    expect(out.code).toBe(1);
    const body = gh.comments(REPO, number)[0]!.body;
    expect(body).toContain('sites/b/master.cf');
    expect(body).not.toMatch(/sites\/[ac]\//);
    expect(body).not.toContain('sites/b/main.cf:');
    const reported = Number(out.outputs.errors) + Number(out.outputs.warnings) + Number(out.outputs.notices);
    expect(reported).toBe(3);
    expect(body).toMatch(/27 findings in files this pull request does not change are not shown/);
    expect(gh.violations).toEqual([]);
  });
});

describe('size', () => {
  it('more than 10 errors: 10 error annotations, every error in the comment', async () => {
    const r = runner();
    for (let i = 0; i < 6; i++) stageExample(r, 'mail-stack/postfix', `sites/s${i}`);
    const number = gh.addPullRequest(REPO, { headSha: sha(6), files: [] });
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(6) }), inputs: { review: 'false' } });
    expect(out.outputs.errors).toBe('12');
    expect(out.stdout.match(/^::error .*file=/gm)).toHaveLength(10);
    const body = gh.comments(REPO, number)[0]!.body;
    expect(body.match(/❌ \*\*error\*\*/g)).toHaveLength(12);
    expect(gh.violations).toEqual([]);
  });

  it('a comment that would exceed 65,536 characters is degraded and accepted', async () => {
    const r = runner();
    for (let i = 0; i < 30; i++) stageExample(r, 'mail-stack/postfix', `sites/s${String(i).padStart(3, '0')}`);
    const number = gh.addPullRequest(REPO, { headSha: sha(7), files: [] });
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(7) }), inputs: { review: 'false' } });
    expect(out.outputs.errors).toBe('60');
    const [comment] = gh.comments(REPO, number);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toContain('<details><summary>');
    expect(comment!.body).toMatch(/more findings|The diff is cut/);
    expect(comment!.body).toContain(`https://github.com/${REPO}/actions/runs/`);
    expect(gh.writes().map((w) => [w.operationId, w.status])).toEqual([['issues/create-comment', 201]]);
    expect(gh.violations).toEqual([]);
  });
});

describe('the stand-in itself', () => {
  it("answered every request above with responses GitHub's description allows", () => {
    expect([...new Set(gh.responseViolations)]).toEqual([]);
  });
});
