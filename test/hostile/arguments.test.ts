/**
 * Odd command-line arguments and Action inputs (issue 8, hostile input round 3): each case was found to
 * crash, pass silently or lose output before its fix. Real files in a temporary folder; the CLI runs
 * in-process (runCli), the Action through its test harness.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { removeRunnerDir, runInProcess } from '../action/harness.js';

// Port 25 without STARTTLS: a warning under the baseline profile, an error for nothing.
const WEAK_MAIN = 'smtpd_tls_security_level = none\n';

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-arguments-'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

let n = 0;
/** A fresh folder under the suite's temporary folder, with the given files. */
function tree(files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(base, String(n++));
  mkdirSync(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

describe('a scan root that is missing, a file or empty', () => {
  // Before: "Scanned mial: 0 config sets", a discover/root-missing line, exit 0 (and in the Action
  // passed=true): a mistyped path passed the gate for good.
  it.each([
    [['scan', 'mial'], 'PATH mial: no such folder'],
    [['scan', 'mail/main.cf'], 'PATH mail/main.cf: not a folder'],
    [['scan', 'mail/main.cf/x'], 'PATH mail/main.cf/x: no such folder'],
    [['scan', ''], 'PATH is empty'],
    [['scan', 'mial', '--list'], 'PATH mial: no such folder'],
    [['scan', 'mial', '--format', 'sarif'], 'PATH mial: no such folder'],
    [['explain', 'mial'], 'PATH mial: no such folder'],
    [['explain', 'mail/main.cf', '--format', 'json'], 'PATH mail/main.cf: not a folder'],
    [['probe', '127.0.0.1:1', '--compare', 'mial'], '--compare PATH mial: no such folder'],
  ])('%j is a usage error', async (args, message) => {
    const root = tree({ 'mail/main.cf': WEAK_MAIN });
    const r = await runCli(args, root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`postfix-tls-audit: ${message}`);
    expect(String(r.stdout)).toBe('');
  });

  it('the folder itself, "." and a trailing slash still scan', async () => {
    const root = tree({ 'mail/main.cf': WEAK_MAIN });
    for (const p of ['mail', 'mail/', './mail/.', '.']) {
      const r = await runCli(['scan', p, '--fail-on', 'never'], root);
      expect(r.exitCode, p).toBe(0);
      expect(String(r.stdout), p).toMatch(/: 1 config set from 1 file\./);
    }
  });

  it('the Action refuses a path input that is missing or a file, instead of passing', async () => {
    const ws = tree({ 'mail/main.cf': WEAK_MAIN });
    for (const [input, message] of [['mial', 'input "path" (mial): no such folder'], ['mail/main.cf', 'input "path" (mail/main.cf): not a folder']]) {
      const r = await runInProcess(ws, { path: input as string });
      expect(r.exitCode).toBe(1);
      expect(r.result).toEqual({ failed: true });
      expect(r.annotations).toHaveLength(1);
      expect(r.annotations[0]?.startsWith(`::error::${message}`)).toBe(true);
      expect(r.outputs).toEqual({});
    }
    const ok = await runInProcess(ws, { path: 'mail', 'fail-on': 'never' });
    expect(ok.exitCode).toBeUndefined();
    expect(ok.outputs['config-sets']).toBe('1');
  });
});
