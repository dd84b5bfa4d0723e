/**
 * The bundled Action on pull requests that add mutated real configs (test/support/mutated-configs.ts),
 * against the GitHub stand-in, which refuses what GitHub refuses: a request that does not match the
 * OpenAPI description, a body over 65,536 characters, a review comment outside the pull request's diff.
 * For every case the run ends with its verdict (exit 0 or 1, never an internal error), every request is
 * one GitHub would take (no 4xx, no warning of a failed write), the comment and the review fit, and a second run on the same commit writes
 * nothing. Deterministic: ACTION_FUZZ_SEED and ACTION_FUZZ_CASES explore further locally.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { makeRunner, patchAdded, runDist, type RunnerSetup } from '../support/fake-github/run-dist.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { corpusPresent } from '../support/corpus.js';
import { mutator, PROFILES } from '../support/mutated-configs.js';

const SEED = Number(process.env.ACTION_FUZZ_SEED ?? 3);
const CASES = Number(process.env.ACTION_FUZZ_CASES ?? 6);
const REPO = 'acme/mail';

let gh: FakeGitHub;
const runners: RunnerSetup[] = [];
beforeAll(async () => {
  gh = await new FakeGitHub().start();
});
afterAll(async () => {
  await gh.stop();
  for (const r of runners) rmSync(r.dir, { recursive: true, force: true });
});

describe.skipIf(!corpusPresent())('the Action on pull requests with mutated corpus configs', () => {
  const m = corpusPresent() ? mutator(SEED) : undefined;

  it.each(Array.from({ length: CASES }, (_, i) => i + 1))('case %i', async (number) => {
    const { random, pick } = m!;
    const r = makeRunner(gh.url, REPO);
    runners.push(r);
    const files: Record<string, Buffer> = { 'mail/main.cf': Buffer.from(m!.main(), random() < 0.5 ? 'latin1' : 'utf8') };
    if (random() < 0.8) files['mail/master.cf'] = Buffer.from(m!.master(), 'latin1');
    if (random() < 0.3) files['roles/mx/files/main.cf'] = Buffer.from(m!.main(), 'utf8');
    for (const [rel, bytes] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(r.workspace, rel)), { recursive: true });
      writeFileSync(path.join(r.workspace, rel), bytes);
    }
    const headSha = String(number).padStart(40, 'a');
    // GitHub's list-files gives each added file's patch as text.
    gh.addPullRequest(REPO, { number, headSha, files: Object.keys(files).map((filename) => ({ filename, patch: patchAdded(readFileSync(path.join(r.workspace, filename), 'utf8')) })) });
    const profile = pick(PROFILES);
    const run = () => runDist(r, { event: 'pull_request', payload: pullRequestEvent({ action: 'synchronize', number, baseRepo: REPO, headSha }), inputs: { review: 'true', profile } });
    gh.resetLog();
    const first = await run();
    const label = `case ${number} (ACTION_FUZZ_SEED=${SEED}, profile ${profile}): ${first.stderr.slice(0, 600)}`;
    expect([0, 1], label).toContain(first.code);
    expect(first.stdout + first.stderr, label).not.toMatch(/internal error|TypeError|RangeError|at .*\.js:\d+/);
    expect(gh.violations, label).toEqual([]);
    // GitHub would have taken every request: no 4xx (a review comment outside the diff is a 422). An
    // installation token's GET /user is a 403 on GitHub too, and the Action expects it (src/github/identity.ts).
    expect(gh.requests.filter((q) => q.status >= 400 && q.operationId !== 'users/get-authenticated').map((q) => `${q.operationId} ${q.status}`), label).toEqual([]);
    expect(first.stdout.split('\n').filter((l) => l.startsWith('::warning::postfix-tls-audit:')), label).toEqual([]);
    const comments = gh.comments(REPO, number);
    expect(comments.length, label).toBeLessThanOrEqual(1);
    for (const c of comments) expect(c.body.length, label).toBeLessThanOrEqual(65_536);
    for (const c of gh.reviewComments(REPO, number)) expect(c.body.length, label).toBeLessThanOrEqual(65_536);
    // The same commit again: the comment and the review already say it all.
    gh.resetLog();
    const again = await run();
    expect(again.code, label).toBe(first.code);
    expect(gh.writes().map((w) => w.operationId), label).toEqual([]);
    expect(gh.violations, label).toEqual([]);
  });
});
