/**
 * only-changed given a pull request plan (the list of changed files comes from the GitHub half,
 * whose API side has its own end-to-end tests): the full scan is computed, only findings in changed
 * files are reported, the rest counted; SARIF keeps the full scan; publish gets the same report.
 * Also the from-report mode: no scan, the report is handed to publish as read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GithubHalf, PublishPlanShape, PublishSettings } from '../../src/action/halves.js';
import type { ActionReport } from '../../src/report/report-types.js';
import { removeRunnerDir, runInProcess } from './harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let base: string;
let ws: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-action-changed-'));
  ws = path.join(base, 'ws');
  mkdirSync(ws);
  cpSync(path.join(repo, 'examples'), path.join(ws, 'examples'), { recursive: true });
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

interface Recorder {
  half: GithubHalf;
  published: { report: ActionReport; plan: PublishPlanShape; settings: PublishSettings }[];
}

function githubHalf(plan: PublishPlanShape, readReport?: (file: string) => ActionReport): Recorder {
  const published: Recorder['published'] = [];
  return {
    published,
    half: {
      preparePublish: async () => plan,
      publish: async (report, p, _env, settings) => {
        published.push({ report, plan: p, settings });
        return p.pullRequest ? { commentUrl: `https://github.example/pr/${p.pullRequest.number}#c1` } : { issueUrl: 'https://github.example/issues/7' };
      },
      ...(readReport ? { readReport } : {}),
    },
  };
}

const masterOnly: PublishPlanShape = {
  canWrite: true,
  pullRequest: { number: 12, headSha: 'a'.repeat(40), changedFiles: new Map([['examples/mail-stack/postfix/master.cf', { hunks: [{ start: 9, end: 14 }] }]]) },
};

describe('only-changed', () => {
  it('reports the findings of changed files only, counts the others, and keeps SARIF complete', async () => {
    const g = githubHalf(masterOnly);
    const full = await runInProcess(ws, { path: 'examples', 'fail-on': 'never' });
    const all = full.result.report!.findings;
    const r = await runInProcess(ws, { path: 'examples', 'only-changed': 'true', 'sarif-file': 'out/r.sarif', comment: 'always', review: 'false' }, { github: g.half });
    const report = r.result.report!;
    const inMaster = all.filter((f) => f.file === 'examples/mail-stack/postfix/master.cf');
    expect(inMaster.length).toBeGreaterThan(0);
    expect(report.findings).toEqual(inMaster);
    expect(report.hiddenByOnlyChanged).toBe(all.length - inMaster.length);
    expect(report.pullRequest).toBe(12);
    expect(report.commit).toBe('a'.repeat(40));
    expect(r.outputs.errors).toBe(String(inMaster.filter((f) => f.severity === 'error').length));
    expect(r.summary).toContain(`only-changed: ${all.length - inMaster.length} finding(s) in files this pull request did not change are not reported: examples/mail-stack/postfix/main.cf:`);
    // The diff shows the edits of changed files only.
    expect(full.result.report!.diff).toContain('--- a/examples/mail-stack/postfix/main.cf');
    expect(report.diff).not.toContain('main.cf');
    expect(report.diff).toMatch(/^--- a\/examples\/mail-stack\/postfix\/master\.cf\n/);
    // Endpoint verdicts describe the configuration, whatever the pull request touched.
    expect(report.configSets).toEqual(full.result.report!.configSets);
    const sarif = JSON.parse(readFileSync(path.join(ws, 'out/r.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(all.length);
    // publish gets the report that was summarised, the plan and the settings.
    expect(g.published).toHaveLength(1);
    expect(g.published[0]!.report).toBe(report);
    expect(g.published[0]!.settings).toEqual({ token: '', comment: 'always', review: false, issue: false });
    expect(r.outputs['comment-url']).toBe('https://github.example/pr/12#c1');
    expect(r.exitCode).toBe(1);
  });

  it('a read-only plan is named in the summary; without only-changed everything is reported', async () => {
    const g = githubHalf({ ...masterOnly, canWrite: false, readOnlyReason: 'pull request from a fork' });
    const r = await runInProcess(ws, { path: 'examples', 'fail-on': 'never' }, { github: g.half });
    expect(r.result.report!.hiddenByOnlyChanged).toBe(0);
    expect(r.result.report!.findings).toHaveLength(10);
    expect(r.summary).toContain('Nothing was written to GitHub: pull request from a fork.');
  });
});

describe('publishing', () => {
  it('an unexpected failure of the GitHub half is one warning; the findings still decide the step', async () => {
    const half: GithubHalf = {
      preparePublish: async () => masterOnly,
      publish: async () => {
        throw new Error('socket hang up');
      },
    };
    const r = await runInProcess(ws, { path: 'examples/good', 'fail-on': 'never' }, { github: half });
    expect(r.exitCode).toBeUndefined();
    expect(r.stdout).toMatch(/^::warning::postfix-tls-audit: publishing to GitHub failed: socket hang up; the findings are in the annotations and the job summary$/m);
    expect(r.outputs['comment-url']).toBeUndefined();
    expect(r.outputs.passed).toBe('true');
  });
});

describe('from-report', () => {
  it('publishes the report of an earlier run without scanning, and does not gate on it', async () => {
    const first = await runInProcess(ws, { path: 'examples', 'json-file': 'artifact/report.json' });
    expect(first.exitCode).toBe(1);
    const read: string[] = [];
    const g = githubHalf(masterOnly, (file) => {
      read.push(file);
      return JSON.parse(readFileSync(file, 'utf8')) as ActionReport;
    });
    // A folder that would fail the scan proves there is none.
    mkdirSync(path.join(ws, 'unscanned'));
    writeFileSync(path.join(ws, 'unscanned/main.cf'), 'smtpd_tls_security_level encrypt\n');
    const r = await runInProcess(ws, { 'from-report': 'artifact/report.json', 'json-file': 'ignored.json' }, { github: g.half });
    expect(read).toEqual([path.join(ws, 'artifact/report.json')]);
    expect(r.exitCode).toBeUndefined();
    expect(g.published[0]!.report).toEqual(first.result.report);
    expect(r.annotations).toEqual([]);
    expect(r.outputs).toMatchObject({ passed: 'false', errors: '2', warnings: '5', notices: '3', 'config-sets': '2', problems: '0', 'comment-url': 'https://github.example/pr/12#c1' });
    expect(r.outputs['json-file']).toBeUndefined();
    expect(r.summary).toContain('Published from the report of an earlier run (report.json).');
  });

  it('an unreadable report fails the step with the reader\'s message', async () => {
    writeFileSync(path.join(ws, 'bad.json'), '{"schema": "something else"}');
    const g = githubHalf(masterOnly, () => {
      throw new Error('not a postfix-tls-audit report (schema "something else")');
    });
    const r = await runInProcess(ws, { 'from-report': 'bad.json' }, { github: g.half });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual(['::error::input "from-report": not a postfix-tls-audit report (schema "something else")']);
    expect(g.published).toEqual([]);
  });
});
