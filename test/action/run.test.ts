/**
 * The Action run in-process on copies of examples/: outputs, annotations, job summary, report files,
 * the ActionReport contract, the policy file's errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTION_REPORT_SCHEMA, type ActionReport } from '../../src/report/report-types.js';
import { applyEdits } from '../../src/fix/edits.js';
import { applySuggestion } from '../../src/report/suggestion.js';
import { removeRunnerDir, runInProcess, runnerTemp } from './harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let base: string;
let ws: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-action-run-'));
  ws = path.join(base, 'ws');
  mkdirSync(ws);
  cpSync(path.join(repo, 'examples'), path.join(ws, 'examples'), { recursive: true });
  mkdirSync(path.join(ws, 'broken'));
  writeFileSync(path.join(ws, 'broken/main.cf'), 'myhostname = a\nsmtpd_tls_security_level encrypt\n');
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

describe('a run on the examples', () => {
  it('fails on errors, annotates worst first, sets every output and writes the report files', async () => {
    const r = await runInProcess(ws, { path: 'examples', 'json-file': 'out/report.json', 'sarif-file': path.join(runnerTemp, 'r.sarif') });
    expect(r.exitCode).toBe(1);
    expect(r.result.failed).toBe(true);
    expect(r.outputs).toMatchObject({ passed: 'false', errors: '2', warnings: '5', notices: '3', 'config-sets': '2', problems: '0' });
    expect(r.outputs['json-file']).toBe(path.join(ws, 'out/report.json'));
    expect(r.outputs['sarif-file']).toBe(path.join(runnerTemp, 'r.sarif'));
    // 2 errors, 5 warnings, 3 notices: all within the budget, errors first.
    const levels = r.annotations.map((a) => /^::(\w+)/.exec(a)?.[1]);
    expect(levels.filter((l) => l === 'error').length).toBe(2 + 1); // + setFailed's own error
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.indexOf('error'));
    expect(levels.lastIndexOf('error')).toBe(levels.length - 1); // setFailed comes last
    expect(levels.slice(0, 2)).toEqual(['error', 'error']);
    expect(levels.slice(2, 7)).toEqual(Array(5).fill('warning'));
    const sub = r.annotations.find((a) => a.includes('submission-tls-not-required'));
    const line = readFileSync(path.join(ws, 'examples/mail-stack/postfix/master.cf'), 'utf8').split('\n').indexOf('  -o smtpd_tls_security_level=may') + 1;
    expect(sub).toMatch(new RegExp(`^::error title=submission-tls-not-required%3A TLS is not required[^,]*,file=examples/mail-stack/postfix/master\\.cf,line=${line},endLine=${line},col=3,endColumn=\\d+::`));
    expect(sub).toContain('(submission/inet, submission)');
    expect(r.annotations.at(-1)).toMatch(/^::error::postfix-tls-audit: 2 findings at or above fail-on "error"/);

    const report = JSON.parse(readFileSync(path.join(ws, 'out/report.json'), 'utf8')) as ActionReport;
    expect(report).toEqual(r.result.report);
    expect(report.schema).toBe(ACTION_REPORT_SCHEMA);
    expect(report.passed).toBe(false);
    expect(report.counts).toEqual({ error: 2, warning: 5, notice: 3 });
    expect(report.hiddenByOnlyChanged).toBe(0);
    expect(report.findings.map((f) => f.severity)).toEqual([...Array(2).fill('error'), ...Array(5).fill('warning'), ...Array(3).fill('notice')]);
    for (const f of report.findings) {
      expect(f.file).toMatch(/^examples\/(good|mail-stack\/postfix)\/(main|master)\.cf$/);
      expect(f.configSet).toMatch(/^examples\//);
      expect(f.helpUri).toMatch(/\/docs\/rules\/[a-z0-9-]+\.md$/);
    }
    expect(report.configSets.map((s) => s.root)).toEqual(['examples/good', 'examples/mail-stack/postfix']);
    const stack = report.configSets[1]!;
    expect(stack.files).toEqual(['examples/mail-stack/postfix/main.cf', 'examples/mail-stack/postfix/master.cf']);
    expect(stack.endpoints.find((e) => e.service === 'submission/inet')).toMatchObject({ role: 'submission', listen: 'submission', verdict: 'error' });
    expect(report.configSets[0]!.endpoints.every((e) => e.verdict === 'pass')).toBe(true);
    expect(report.diff).toMatch(/^--- a\/examples\/mail-stack\/postfix\/main\.cf\n\+\+\+ b\/examples\/mail-stack\/postfix\/main\.cf\n/);
    expect(report.commit).toBeUndefined();

    const sarif = JSON.parse(readFileSync(path.join(runnerTemp, 'r.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBe(10);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^examples\//);

    expect(r.summary).toContain('<h2>postfix-tls-audit: ❌ failed</h2>');
    expect(r.summary).toContain('<h4>Config set <code>examples/mail-stack/postfix</code></h4>');
    expect(r.summary).toMatch(/<tr><td>submission\/inet<\/td><td>submission<\/td><td>submission<\/td><td>[^<]*<\/td><td>❌ error<\/td><\/tr>/);
    expect(r.summary).toContain('<h3>Suggested edits (verified)</h3>');
    expect(r.summary).toContain('-  -o smtpd_tls_security_level=may\n+  -o smtpd_tls_security_level=encrypt');
  });

  it('each suggestion, applied as GitHub applies it, gives the file as the finding\'s fix alone does', async () => {
    const r = await runInProcess(ws, { path: '.', 'fail-on': 'never' });
    expect(r.exitCode).toBeUndefined();
    const report = r.result.report!;
    const withFix = report.findings.filter((f) => f.fix);
    expect(withFix.length).toBeGreaterThanOrEqual(8);
    for (const f of withFix) {
      const s = f.suggestion!;
      expect(s.file).toBe(f.fix!.edits[0]!.file);
      const text = readFileSync(path.join(ws, s.file), 'utf8');
      const edits = f.fix!.edits.map((e) => ({ ...e }));
      expect(applySuggestion(text, s)).toBe(applyEdits(text, edits));
      expect(s.startLine).toBeLessThanOrEqual(s.endLine);
    }
    // The removed -o line: the suggestion covers it and drops it.
    const removal = withFix.find((f) => f.ruleId === 'parameter-no-effect')!;
    expect(removal.suggestion!.text.split('\n')).not.toContain('  -o smtp_tls_mandatory_protocols=TLSv1');
  });

  it('passes with fail-on never and annotates the broken file\'s parse problem in the same budget', async () => {
    const r = await runInProcess(ws, { path: '.', 'fail-on': 'never' });
    expect(r.outputs.passed).toBe('true');
    expect(Number(r.outputs.problems)).toBeGreaterThanOrEqual(1);
    expect(r.annotations[0]).toMatch(/^::error title=main-cf\/missing-equals,file=broken\/main\.cf,line=2,endLine=2,col=1,endColumn=\d+::/);
    expect(r.outputs['config-sets']).toBe('3');
    expect(r.summary).toContain('<h3>Parse problems</h3>');
    expect(r.summary).toContain('<h2>postfix-tls-audit: ✅ passed</h2>');
  });

  it('fail-on warning and notice count the lower severities', async () => {
    const w = await runInProcess(ws, { path: 'examples/good', 'fail-on': 'notice' });
    const good = w.result.report!;
    expect(w.outputs.passed).toBe(String(good.findings.length === 0));
    const n = await runInProcess(ws, { path: 'examples', 'fail-on': 'notice', 'annotations-limit': '0' });
    expect(n.annotations.filter((a) => !a.startsWith('::error::postfix-tls-audit:'))).toEqual([]);
    expect(n.stdout).toContain('2 more errors not annotated (at most 0 per severity): see the summary');
    expect(n.stdout).toContain('3 more notices not annotated');
    expect(n.summary).toContain('5 more warnings not annotated');
    expect(n.annotations.at(-1)).toMatch(/10 findings at or above fail-on "notice"/);
  });
});

describe('the policy', () => {
  it('errors in the policy file are annotated on their line and fail the step', async () => {
    mkdirSync(path.join(ws, 'pol'), { recursive: true });
    writeFileSync(path.join(ws, 'pol/policy.yml'), 'extends: baseline\nrules:\n  no-such-rule: off\n');
    const r = await runInProcess(ws, { path: 'examples', policy: 'pol/policy.yml' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]).toMatch(/^::error title=policy error,file=pol\/policy\.yml,line=3,endLine=3,col=\d+,endColumn=\d+::.*no-such-rule/);
    expect(r.annotations.at(-1)).toBe('::error::the policy has 1 error (annotated on the policy file)');
    expect(r.outputs).toEqual({});
  });

  it('a policy file is used by default from <path>/.github and the profile input replaces extends', async () => {
    mkdirSync(path.join(ws, 'examples/.github'), { recursive: true });
    writeFileSync(path.join(ws, 'examples/.github/postfix-tls-policy.yml'), 'extends: baseline\nrules:\n  submission-tls-not-required: off\n');
    try {
      const r = await runInProcess(ws, { path: 'examples', 'fail-on': 'never' });
      expect(r.result.report!.findings.some((f) => f.ruleId === 'submission-tls-not-required')).toBe(false);
      expect(r.result.report!.policy.origin).toBe('examples/.github/postfix-tls-policy.yml');
      const p = await runInProcess(ws, { path: 'examples', 'fail-on': 'never', profile: 'tlsref-modern' });
      expect(p.result.report!.policy.profile).toBe('tlsref-modern');
    } finally {
      rmSync(path.join(ws, 'examples/.github'), { recursive: true, force: true });
    }
  });
});

describe('report files', () => {
  it('creates missing folders and writes nothing when the inputs are empty', async () => {
    const r = await runInProcess(ws, { path: 'examples', 'fail-on': 'never', 'json-file': 'deep/er/r.json' });
    expect(existsSync(path.join(ws, 'deep/er/r.json'))).toBe(true);
    expect(r.outputs['sarif-file']).toBeUndefined();
  });
});
