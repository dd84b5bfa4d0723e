/**
 * Input validation, through the whole run: a bad input fails the step with one error naming the
 * input and what it accepts, writes no output and scans nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeRunnerDir, runInProcess, runnerTemp } from './harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let base: string;
let ws: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-action-inputs-'));
  ws = path.join(base, 'ws');
  mkdirSync(ws);
  cpSync(path.join(repo, 'examples'), path.join(ws, 'examples'), { recursive: true });
  mkdirSync(path.join(base, 'elsewhere'));
  writeFileSync(path.join(base, 'elsewhere/main.cf'), 'smtpd_tls_security_level = none\n');
  writeFileSync(path.join(base, 'elsewhere/policy.yml'), 'extends: baseline\n');
  symlinkSync(path.join(base, 'elsewhere'), path.join(ws, 'linked'));
  symlinkSync(path.join(base, 'elsewhere/policy.yml'), path.join(ws, 'policy-link.yml'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

const CASES: [Record<string, string>, string][] = [
  [{ 'fail-on': 'errors' }, 'input "fail-on" is "errors": allowed values are error, warning, notice, never'],
  [{ comment: 'yes' }, 'input "comment" is "yes": allowed values are on-findings, always, never'],
  [{ review: 'yes' }, 'input "review" is "yes": allowed values are true, false'],
  [{ 'only-changed': '1' }, 'input "only-changed" is "1": allowed values are true, false'],
  [{ issue: 'on' }, 'input "issue" is "on": allowed values are true, false'],
  [{ 'annotations-limit': '11' }, 'input "annotations-limit" is "11": allowed values are whole numbers from 0 to 10'],
  [{ 'annotations-limit': '-1' }, 'input "annotations-limit" is "-1": allowed values are whole numbers from 0 to 10'],
  [{ 'annotations-limit': 'all' }, 'input "annotations-limit" is "all": allowed values are whole numbers from 0 to 10'],
  [{ profile: 'strict' }, 'input "profile" is "strict": allowed values are '],
  [{ 'postfix-version': '2.11' }, 'input "postfix-version" is "2.11": allowed values are 3.4, '],
  [{ path: '../' }, 'input "path" (../) points outside the workspace '],
  [{ path: 'linked' }, 'input "path" (linked) leads outside the workspace '],
  [{ path: 'exampels' }, 'input "path" (exampels): no such folder'],
  [{ path: 'examples/good/main.cf' }, 'input "path" (examples/good/main.cf): not a folder'],
  [{ policy: '../elsewhere/policy.yml' }, 'input "policy" (../elsewhere/policy.yml) points outside the workspace '],
  [{ policy: 'policy-link.yml' }, 'input "policy" (policy-link.yml) leads outside the workspace '],
  [{ 'sarif-file': '/etc/pta.sarif' }, 'input "sarif-file" (/etc/pta.sarif) points outside the workspace '],
  [{ 'json-file': 'linked/report.json' }, 'input "json-file" (linked/report.json) leads outside the workspace '],
  [{ 'from-report': 'missing.json' }, 'input "from-report" (missing.json): no such file'],
  [{ policy: 'no-policy.yml' }, 'input "policy" (no-policy.yml): no such file'],
  [{ 'probe-targets': 'mx.example.org:25' }, 'input "probe-targets" needs the probe half of the Action'],
];

describe('invalid inputs', () => {
  it.each(CASES)('%o is refused', async (inputs, message) => {
    const r = await runInProcess(ws, { path: 'examples', ...inputs });
    expect(r.exitCode).toBe(1);
    expect(r.result).toEqual({ failed: true });
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]!.startsWith(`::error::${message.replace(/%/g, '%25')}`)).toBe(true);
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
    // No stack trace.
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('names RUNNER_TEMP as the other place report files may go, and accepts files there', async () => {
    const bad = await runInProcess(ws, { path: 'examples', 'json-file': path.join(base, 'elsewhere/r.json') });
    expect(bad.annotations[0]).toMatch(/input "json-file" .* points outside the workspace .* or RUNNER_TEMP/);
    const good = await runInProcess(ws, { path: 'examples', 'fail-on': 'never', 'json-file': path.join(runnerTemp, 'sub/r.json') });
    expect(good.exitCode).toBeUndefined();
    expect(good.outputs['json-file']).toBe(path.join(runnerTemp, 'sub/r.json'));
  });

  it('accepts every documented value and the YAML spellings of booleans', async () => {
    const r = await runInProcess(ws, {
      path: 'examples', 'fail-on': 'never', comment: 'always', review: 'False', 'only-changed': 'TRUE', issue: 'false',
      'annotations-limit': '0', profile: 'baseline', 'postfix-version': '3.7.11', 'probe-targets': '\n',
    });
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs.passed).toBe('true');
    // only-changed outside a pull request reports everything, and says so.
    expect(r.stdout).toContain('only-changed: not a pull request with a known list of changed files: every finding is reported');
    expect(r.outputs.errors).toBe('2');
  });
});
