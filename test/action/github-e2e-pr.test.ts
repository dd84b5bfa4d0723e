/**
 * End to end on pull requests: dist/index.js as a child process with a runner's environment against
 * the GitHub stand-in (every request validated against GitHub's OpenAPI description). CI runs the
 * committed dist; locally run `npm run bundle` first.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionReport } from '../../src/report/report-types.js';
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
    // Only the mask command that tells the runner to hide it carries the token.
    expect((out.stdout + out.stderr).split('\n').filter((l) => l.includes('ghs_writeToken'))).toEqual(['::add-mask::ghs_writeToken']);
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
    // The PR changed master.cf lines 10-12 and 14-16 (two hunks): the fixes of the submission
    // service's -o lines fall inside; every main.cf fix is outside (main.cf is not part of the PR).
    // A single comment outside a hunk would make the stand-in refuse the whole review (422).
    const patch = `${patchCovering(master, 10, 12)}\n${patchCovering(master, 14, 16)}`;
    const number = gh.addPullRequest(REPO, { headSha: sha(4), files: [{ filename: 'mail/master.cf', patch }] });
    const reportFile = path.join(r.dir, 'temp', 'report.json');
    const run = () =>
      runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(4) }), inputs: { comment: 'never', 'json-file': reportFile } });
    gh.resetLog();
    await run();
    // What the report suggests (the fix builders decide the ranges), and which of it lies in a hunk.
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ActionReport;
    const hunks = [
      [10, 12],
      [14, 16],
    ];
    const suggested = report.findings.flatMap((f) => (f.suggestion ? [f.suggestion] : []));
    const inside = suggested.filter((g) => g.file === 'mail/master.cf' && hunks.some(([a, b]) => a! <= g.startLine && g.endLine <= b!));
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect(suggested.some((g) => g.file === 'mail/main.cf')).toBe(true);
    const posted = gh.reviewComments(REPO, number);
    const key = (file: string, start: number, end: number) => `${file}:${start}-${end}`;
    expect(posted.map((c) => key(c.path, c.start_line ?? c.line, c.line)).sort()).toEqual([...new Set(inside.map((g) => key(g.file, g.startLine, g.endLine)))].sort());
    for (const g of inside) {
      const c = posted.find((p) => p.line === g.endLine)!;
      expect(c.body).toContain(`\`\`\`suggestion\n${g.text === '' ? '' : `${g.text}\n`}\`\`\``);
    }
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
    const reportFile = path.join(r.dir, 'temp', 'only-changed.json');
    const out = await runDist(r, {
      event: 'pull_request',
      payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(5) }),
      inputs: { 'only-changed': 'true', review: 'false', 'json-file': reportFile },
    });
    expect(out.code).toBe(1);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ActionReport;
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['sites/b/master.cf']));
    // Each of the three copies has the same findings: the other two sets and b's main.cf are hidden.
    expect(report.hiddenByOnlyChanged).toBeGreaterThan(2 * report.findings.length);
    const body = gh.comments(REPO, number)[0]!.body;
    expect(body).toContain('sites/b/master.cf');
    expect(body).not.toMatch(/sites\/[ac]\//);
    expect(body).not.toContain('sites/b/main.cf');
    expect(Number(out.outputs.errors) + Number(out.outputs.warnings) + Number(out.outputs.notices)).toBe(report.findings.length);
    expect(body).toContain(`${report.hiddenByOnlyChanged} findings in files this pull request does not change are not shown`);
    expect(gh.violations).toEqual([]);
  });
});

describe('size', () => {
  it('more than 10 errors: 10 error annotations, every error in the comment', async () => {
    const r = runner();
    for (let i = 0; i < 6; i++) stageExample(r, 'mail-stack/postfix', `sites/s${i}`);
    const number = gh.addPullRequest(REPO, { headSha: sha(6), files: [] });
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(6) }), inputs: { review: 'false' } });
    const errors = Number(out.outputs.errors);
    expect(errors).toBeGreaterThan(10);
    // GitHub shows 10 error annotations per step, the failure message included: 9 go to findings.
    expect(out.stdout.match(/^::error .*file=/gm)).toHaveLength(9);
    expect(out.stdout.match(/^::error/gm)).toHaveLength(10);
    const body = gh.comments(REPO, number)[0]!.body;
    expect(body.match(/❌ \*\*error\*\*/g)).toHaveLength(errors);
    expect(gh.violations).toEqual([]);
  });

  it('a comment that would exceed 65,536 characters is degraded and accepted', async () => {
    const r = runner();
    for (let i = 0; i < 30; i++) stageExample(r, 'mail-stack/postfix', `sites/s${String(i).padStart(3, '0')}`);
    const number = gh.addPullRequest(REPO, { headSha: sha(7), files: [] });
    gh.resetLog();
    const out = await runDist(r, { event: 'pull_request', payload: pullRequestEvent({ number, baseRepo: REPO, headSha: sha(7) }), inputs: { review: 'false' } });
    expect(Number(out.outputs.errors)).toBeGreaterThan(10);
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
