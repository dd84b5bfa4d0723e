/**
 * Our hidden markers against copies of them in repository text. The PR comment and the rolling issue
 * quote the diff verbatim in a fenced block, and a review suggestion quotes config lines verbatim:
 * a pull request can put a marker of its own making there. Only the marker that ends a body (the one
 * we append) may count, or that text could pin the hash (the comment is never updated again) or
 * make another job's comment pass as ours (edited or deleted). Runs against the GitHub stand-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePublish, publish, type PublishSettings } from '../../src/action/publish.js';
import { markerPrefix, reportHash, markedHash, marker } from '../../src/github/markers.js';
import type { ActionReport } from '../../src/report/report-types.js';
import { pullRequestEvent, scheduleEvent, writeEvent } from '../support/fake-github/events.js';
import { finding, report } from '../support/fake-github/reports.js';
import { FakeGitHub } from '../support/fake-github/server.js';

const REPO = 'acme/mail';
const SHA = '1'.repeat(40);

let gh: FakeGitHub;
let tmp: string;
beforeAll(async () => {
  gh = await new FakeGitHub().start();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pta-markers-'));
});
afterAll(async () => {
  await gh.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function env(event: string, payload: Record<string, unknown>, job: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: writeEvent(payload, mkdtempSync(path.join(tmp, 'ev-'))),
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'mail TLS',
    GITHUB_JOB: job,
    GITHUB_SHA: 'f'.repeat(40),
    POSTFIX_TLS_AUDIT_UNPACED_WRITES: '1',
  };
}

const settings = (over: Partial<PublishSettings> = {}): PublishSettings => ({ token: 'ghs_writeToken', comment: 'on-findings', review: false, issue: false, ...over });

async function run(e: NodeJS.ProcessEnv, r: ActionReport, s = settings()) {
  const log = { info: () => undefined, warning: (m: string) => warnings.push(m) };
  const warnings: string[] = [];
  const plan = await preparePublish(e, s, log);
  await publish(r, plan, e, s, log);
  return warnings;
}

/** A report whose diff quotes a config line holding `planted` (a context line next to the edit). */
const withPlanted = (ruleId: string, planted: string): ActionReport =>
  report([finding({ ruleId, line: 2, file: 'mail/main.cf' })], {
    diff: `--- a/mail/main.cf\n+++ b/mail/main.cf\n@@ -1,2 +1,2 @@\n # ${planted}\n-smtpd_tls_protocols = SSLv3\n+smtpd_tls_protocols = >=TLSv1.2\n`,
  });

describe('hidden markers: only the one that ends the body counts', () => {
  it('a marker planted in the diff cannot pin the hash: a changed report still updates the comment', async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA, files: [] });
    const e = env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA }), 'audit');
    // The next report, which the author can compute offline; its hash goes into the first one's diff.
    const next = report([finding({ ruleId: 'weak-cipher-suites', line: 7, file: 'mail/main.cf' })]);
    const planted = marker('comment', { workflow: 'mail TLS', job: 'audit' }, reportHash(next, 'pr'));
    await run(e, withPlanted('protocol-floor', planted));
    const [first] = gh.comments(REPO, number);
    expect(first!.body).toContain(planted);
    gh.resetLog();
    await run(e, next);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment']);
    expect(gh.comments(REPO, number)[0]!.body).toContain('weak\\-cipher\\-suites');
  });

  it("another job's comment that quotes our marker is neither edited nor deleted", async () => {
    const number = gh.addPullRequest(REPO, { headSha: SHA, files: [] });
    const prefix = markerPrefix('comment', { workflow: 'mail TLS', job: 'audit' });
    // Job "edge" runs first; its report's diff quotes job "audit"'s marker.
    await run(env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA }), 'edge'), withPlanted('protocol-floor', `${prefix}hash=${'0'.repeat(24)} -->`));
    const [edge] = gh.comments(REPO, number);
    const e = env('pull_request', pullRequestEvent({ number, baseRepo: REPO, headSha: SHA }), 'audit');
    await run(e, report([finding({ ruleId: 'x', line: 1 })]));
    expect(gh.comments(REPO, number)).toHaveLength(2);
    gh.resetLog();
    await run(e, report([finding({ ruleId: 'y', line: 1 })]));
    const after = gh.comments(REPO, number);
    expect(after).toHaveLength(2);
    expect(after.find((c) => c.id === edge!.id)!.body).toBe(edge!.body);
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update-comment']);
    expect(gh.writes()[0]!.path).not.toContain(String(edge!.id));
  });

  it('the rolling issue: a planted marker in its diff does not keep an outdated body', async () => {
    const e = env('schedule', scheduleEvent(), 'nightly');
    const next = report([finding({ ruleId: 'weak-cipher-suites', line: 9, file: 'mail/main.cf' })]);
    await run(e, withPlanted('protocol-floor', marker('issue', { workflow: 'mail TLS', job: 'nightly' }, reportHash(next, 'issue'))), settings({ issue: true }));
    gh.resetLog();
    await run(e, next, settings({ issue: true }));
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/update']);
    expect(gh.issues(REPO).find((i) => i.body?.includes('nightly'))!.body).toContain('weak\\-cipher\\-suites');
  });

  it('markedHash reads the trailing marker only', () => {
    const prefix = markerPrefix('comment', { workflow: 'w', job: 'j' });
    expect(markedHash(`x\n\n${prefix}hash=abc -->`, prefix)).toBe('abc');
    expect(markedHash(`x\n\n${prefix}hash=abc -->\n`, prefix)).toBe('abc');
    expect(markedHash(`${prefix}hash=abc -->\n\n${prefix}hash=def -->`, prefix)).toBe('def');
    expect(markedHash(`${prefix}hash=abc -->\ntrailing text`, prefix)).toBeUndefined();
    expect(markedHash(`${markerPrefix('comment', { workflow: 'w', job: 'other' })}hash=abc -->`, prefix)).toBeUndefined();
  });
});
