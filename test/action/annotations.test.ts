/**
 * Annotations on a repository with more findings than GitHub shows: the worst first, the overflow
 * named in the log and the summary; nothing from the repository can inject a workflow command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeRunnerDir, runInProcess, workflowCommands } from './harness.js';

let base: string;
let ws: string;
const SETS = 13;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-action-annot-'));
  ws = path.join(base, 'ws');
  for (let i = 0; i < SETS; i++) {
    const dir = path.join(ws, 'sets', `s${String(i).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may\n');
    writeFileSync(path.join(dir, 'master.cf'), 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o smtpd_tls_security_level=may\n');
  }
  // Repository text that tries to end the annotation and start commands of its own.
  const evil = path.join(ws, 'evil,dir:x');
  mkdirSync(evil, { recursive: true });
  writeFileSync(path.join(evil, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may%0A::error::injected%0D\n');
  writeFileSync(path.join(evil, 'master.cf'), 'smtp inet n - y - - smtpd\n');
  const newline = path.join(evil, 'sub\n::warning::newline');
  mkdirSync(newline);
  writeFileSync(path.join(newline, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = sometimes\n');
  mkdirSync(path.join(ws, 'broken'));
  writeFileSync(path.join(ws, 'broken/main.cf'), 'smtpd_tls_security_level encrypt\n');
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

describe('the annotation budget', () => {
  it('shows 10 errors worst first (the parse problem before findings), names the rest in the log and the summary', async () => {
    const r = await runInProcess(ws, {});
    const report = r.result.report!;
    const errors = report.counts.error;
    expect(errors).toBeGreaterThan(SETS);
    const annotated = r.annotations.filter((a) => !a.startsWith('::error::postfix-tls-audit:'));
    const levels = annotated.map((a) => /^::(\w+)/.exec(a)![1]);
    // GitHub shows 10 errors per step, the failure message included: 9 places are left.
    expect(levels.filter((l) => l === 'error')).toHaveLength(9);
    expect(r.annotations.filter((a) => a.startsWith('::error'))).toHaveLength(10);
    expect(r.annotations[r.annotations.length - 1]).toMatch(/^::error::postfix-tls-audit: \d+ findings at or above fail-on/);
    expect(levels.indexOf('warning') === -1 || levels.indexOf('warning') > levels.lastIndexOf('error')).toBe(true);
    expect(annotated[0]).toMatch(/^::error title=main-cf\/missing-equals,file=broken\/main\.cf,line=1/);
    // The parse problem takes one of the ten places.
    const notShown = errors + 1 - 9;
    expect(r.stdout).toContain(`${notShown} more errors not annotated (at most 9 per severity): see the summary`);
    expect(r.summary).toContain(`${notShown} more errors not annotated`);
    // Every finding is still in the summary.
    expect(r.summary.match(/<li><b>error<\/b>/g)).toHaveLength(errors);
    expect(r.outputs.errors).toBe(String(errors));
    expect(r.outputs.problems).toBe('1');
  });

  it("the step's own warnings before the findings take places of the budget: nothing is hidden by GitHub unannounced", async () => {
    const github = {
      preparePublish: async (_e: NodeJS.ProcessEnv, _s: unknown, log: { warning(m: string): void }) => {
        log.warning('postfix-tls-audit: this is a pull request from a fork (stand-in for the recipe warning)');
        return { canWrite: false, readOnlyReason: 'fork' };
      },
      publish: async () => ({}),
    };
    const warnWs = path.join(base, 'warn-ws');
    for (let i = 0; i < 12; i++) {
      mkdirSync(path.join(warnWs, `w${i}`), { recursive: true });
      writeFileSync(path.join(warnWs, `w${i}`, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may\nsmtpd_tls_protocols = TLSv1.2\n');
    }
    const r = await runInProcess(warnWs, { 'fail-on': 'never' }, { github });
    const warnings = r.annotations.filter((a) => a.startsWith('::warning'));
    const findingWarnings = r.result.report!.counts.warning;
    expect(findingWarnings).toBeGreaterThan(10);
    expect(warnings).toHaveLength(10);
    expect(warnings[0]).toMatch(/^::warning::postfix-tls-audit: this is a pull request from a fork/);
    expect(r.stdout).toContain(`${findingWarnings - 9} more warnings not annotated (at most 9 per severity)`);
    // Not failing: no error place is kept for a failure message.
    expect(r.annotations.some((a) => a.startsWith('::error::postfix-tls-audit:'))).toBe(false);
  });

  it('a run that will write to GitHub keeps one warning place for a refused write', async () => {
    const warnWs = path.join(base, 'warn-ws-2');
    for (let i = 0; i < 12; i++) {
      mkdirSync(path.join(warnWs, `w${i}`), { recursive: true });
      writeFileSync(path.join(warnWs, `w${i}`, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may\nsmtpd_tls_protocols = TLSv1.2\n');
    }
    const github = {
      preparePublish: async () => ({ canWrite: true, target: { kind: 'pull-request' } }),
      publish: async (_r: unknown, _p: unknown, _e: NodeJS.ProcessEnv, _s: unknown, log: { warning(m: string): void }) => {
        log.warning('postfix-tls-audit: the token cannot write here (stand-in for the 403 explanation)');
        return {};
      },
    };
    const r = await runInProcess(warnWs, { 'fail-on': 'never' }, { github });
    const warnings = r.annotations.filter((a) => a.startsWith('::warning'));
    expect(r.result.report!.counts.warning).toBeGreaterThan(10);
    expect(warnings).toHaveLength(10);
    expect(warnings[9]).toMatch(/^::warning::postfix-tls-audit: the token cannot write here/);
  });

  it('annotations-limit lowers the budget for every severity', async () => {
    const r = await runInProcess(ws, { 'annotations-limit': '3', 'fail-on': 'never' });
    const levels = r.annotations.map((a) => /^::(\w+)/.exec(a)![1]);
    expect(levels.filter((l) => l === 'error')).toHaveLength(3);
    expect(levels.filter((l) => l === 'warning').length).toBeLessThanOrEqual(3);
    expect(levels.filter((l) => l === 'notice').length).toBeLessThanOrEqual(3);
  });
});

describe('workflow command injection', () => {
  it('a value and a folder name from the repository stay inside their annotation', async () => {
    const r = await runInProcess(ws, { 'annotations-limit': '10', path: 'evil,dir:x' });
    const commands = workflowCommands(r.stdout);
    expect(commands.some((c) => c.startsWith('::error::injected'))).toBe(false);
    expect(commands.some((c) => c.startsWith('::warning::newline'))).toBe(false);
    expect(r.annotations.some((a) => a.includes('file=evil%2Cdir%3Ax/sub%0A%3A%3Awarning%3A%3Anewline/main.cf'))).toBe(true);
    const evil = r.annotations.find((a) => a.includes('invalid-security-level'))!;
    expect(evil).toBeDefined();
    expect(evil).toContain('file=evil%2Cdir%3Ax/main.cf');
    expect(evil).toContain('may%250A::error::injected%250D');
    // Every command line is one of ours: annotations, the stop-commands pair, setFailed.
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    // The log quotes the repository's text between stop-commands markers.
    expect(r.stdout).toMatch(/::stop-commands::[0-9a-f-]{36}\n[\s\S]*may%0A::error::injected%0D[\s\S]*\n::[0-9a-f-]{36}::/);
  });
});
