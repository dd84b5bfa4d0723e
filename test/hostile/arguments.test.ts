/**
 * Odd command-line arguments and Action inputs (issue 8, hostile input round 3): each case was found to
 * crash, pass silently or lose output before its fix. Real files in a temporary folder; the CLI runs
 * in-process (runCli), the Action through its test harness.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { MAX_BASELINE_FILE_BYTES } from '../../src/policy/suppressions.js';
import { removeRunnerDir, runInProcess } from '../action/harness.js';
import { writeTree } from '../discover/tree-helpers.js';

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
  writeTree(dir, files);
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

describe('--baseline files that are not baselines', () => {
  it('a device or FIFO is refused without reading it (before: /dev/zero filled memory until the process aborted)', async () => {
    const root = tree({ 'mail/main.cf': WEAK_MAIN });
    execFileSync('mkfifo', [path.join(root, 'fifo.json')]);
    for (const [file, shown] of [['/dev/zero', '/dev/zero'], [path.join(root, 'fifo.json'), 'fifo.json'], [root, 'a folder']]) {
      const r = await runCli(['scan', 'mail', '--baseline', file as string], root);
      expect(r.exitCode, shown).toBe(2);
      expect(r.stderr, shown).toBe(`postfix-tls-audit: cannot use baseline ${file}: not a regular file; not read\n`);
    }
  });

  it('a file over the size limit is refused before it is read', async () => {
    const root = tree({ 'mail/main.cf': WEAK_MAIN });
    const big = path.join(root, 'big.json');
    writeFileSync(big, '[]');
    truncateSync(big, MAX_BASELINE_FILE_BYTES + 1);
    const r = await runCli(['scan', 'mail', '--baseline', 'big.json'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^postfix-tls-audit: cannot use baseline big\.json: \d+ bytes, over the \d+-byte limit; not read/);
  });

  it.each([
    ['[1, 2]', 'not a baseline: entry 1 is not a fingerprint string'],
    ['["abc", {"fingerprint": "def"}, 5]', 'not a baseline: entry 3 is not a fingerprint string'],
    ['{"findings": [{"fingerprint": 7}]}', 'not a baseline: finding 1 has no fingerprint string'],
    ['{"findings": 5}', 'not a baseline: it is neither scan --format json output nor a JSON array of fingerprints'],
    ['null', 'not a baseline: it is neither scan --format json output nor a JSON array of fingerprints'],
    ['{"findings": [', 'not JSON ('],
  ])('%s is refused, saying what is wrong (before: entries that were not fingerprints were dropped without a word)', async (content, message) => {
    const root = tree({ 'mail/main.cf': WEAK_MAIN, 'b.json': content });
    const r = await runCli(['scan', 'mail', '--baseline', 'b.json'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.startsWith(`postfix-tls-audit: cannot use baseline b.json: ${message}`)).toBe(true);
  });

  it('a scan\'s own JSON report and a list of its fingerprints still work', async () => {
    const root = tree({ 'mail/main.cf': WEAK_MAIN });
    const report = JSON.parse(String((await runCli(['scan', 'mail', '--format', 'json', '--fail-on', 'never'], root)).stdout)) as { findings: { fingerprint: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    writeFileSync(path.join(root, 'report.json'), JSON.stringify(report));
    writeFileSync(path.join(root, 'list.json'), JSON.stringify(report.findings.map((f) => f.fingerprint)));
    for (const file of ['report.json', 'list.json']) {
      const r = await runCli(['scan', 'mail', '--format', 'json', '--fail-on', 'notice', '--baseline', file], root);
      expect(r.exitCode, file).toBe(0);
      expect((JSON.parse(String(r.stdout)) as { findings: unknown[] }).findings, file).toEqual([]);
    }
  });
});

describe('options that the chosen output would ignore', () => {
  // Before: --list --fix wrote nothing and exited 0; --fix --format json printed nothing at all;
  // --diff --format sarif printed a diff; --list --baseline ignored the file.
  it.each([
    [['--list', '--fix'], '--list prints only the listing, without a policy: it takes no --fix'],
    [['--list', '--diff', '--baseline', 'b.json'], '--list prints only the listing, without a policy: it takes no --diff or --baseline'],
    [['--fix', '--format', 'json'], '--fix prints no report, so --format json would be ignored'],
    [['--diff', '--format', 'sarif'], '--diff prints only the diff, so --format sarif would be ignored'],
    [['--diff', '--fix', '--format', 'markdown'], '--diff prints only the diff, so --format markdown would be ignored'],
  ])('scan %j is a usage error and writes nothing', async (args, message) => {
    const root = tree({ 'mail/main.cf': 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_protocols = TLSv1.2\n' });
    const r = await runCli(['scan', 'mail', ...args], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.startsWith(`postfix-tls-audit: ${message}`)).toBe(true);
    expect(readFileSync(path.join(root, 'mail/main.cf'), 'utf8')).toContain('= TLSv1.2\n');
  });

  it('--diff with --fix, and --list with --format json, still work', async () => {
    const root = tree({ 'mail/main.cf': 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_protocols = TLSv1.2\n' });
    expect((await runCli(['scan', 'mail', '--list', '--format', 'json'], root)).exitCode).toBe(0);
    const r = await runCli(['scan', 'mail', '--diff', '--fix', '--fail-on', 'never'], root);
    expect(r.exitCode).toBe(0);
    expect(String(r.stdout)).toContain('+smtpd_tls_protocols = >=TLSv1.2\n');
    expect(readFileSync(path.join(root, 'mail/main.cf'), 'utf8')).toContain('= >=TLSv1.2\n');
  });
});

describe('--help after a command', () => {
  it.each([['scan', '--help'], ['scan', 'mail', '-h'], ['explain', '--help'], ['probe', '--help']])('%j prints the usage and exits 0 (before: "Unknown option \'--help\'", exit 2)', async (...args) => {
    const r = await runCli(args, tree());
    expect(r.exitCode).toBe(0);
    expect(String(r.stdout)).toMatch(/^Usage:\n  postfix-tls-audit scan /);
    expect(r.stderr).toBe('');
  });

  it('"--help" after "--" is a path', async () => {
    const r = await runCli(['scan', '--', '--help'], tree());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('PATH --help: no such folder');
  });
});
