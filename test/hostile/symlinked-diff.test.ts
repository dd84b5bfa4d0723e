/**
 * A config file that is a symbolic link to another one inside the scanned tree (issue 8, noticed in
 * session 6): `a/main.cf -> ../b/main.cf`. Before, `scan --diff` patched both paths; git stores the
 * link a/main.cf as the text "../b/main.cf", so `git apply` refused the whole patch, and the Action's
 * PR comment offered the same patch. Now every real file gets one section under the path git tracks,
 * and a review suggestion names that file too. Real repositories, real `git apply --check`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRepository, loadPolicy } from '../../src/audit.js';
import { unifiedDiffByRealFile } from '../../src/fix/diff.js';
import { runCli } from '../../src/cli/run.js';
import { buildActionReport } from '../../src/report/action-report.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { readUntrustedReport } from '../../src/github/artifact.js';
import { planSuggestions } from '../../src/report/review.js';

// One fix: TLSv1.2 becomes >=TLSv1.2 (include-list-drops-tls13).
const MAIN = 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_protocols = TLSv1.2\n';
const FIXED = MAIN.replace('= TLSv1.2', '= >=TLSv1.2');

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-symlinked-diff-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
}

/** A repository with the given files and links (link -> target as written), committed. */
function repository(files: Record<string, string>, links: Record<string, string>, commit = true): string {
  const dir = path.join(base, String(n++));
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  for (const [rel, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    symlinkSync(target, path.join(dir, rel));
  }
  if (commit) {
    git(dir, 'init', '-q', '.');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'config');
  }
  return dir;
}

function applyCheck(dir: string, diff: string): { status: number | null; stderr: string } {
  const r = spawnSync('git', ['apply', '--check', '-'], { cwd: dir, input: diff, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

const headers = (diff: string | Buffer): string[] => String(diff).split('\n').filter((l) => l.startsWith('+++ '));

describe('scan --diff with a config file that is a symbolic link to another', () => {
  it('patches the real file once, under the path git tracks, and git apply takes it', async () => {
    const root = repository({ 'b/main.cf': MAIN }, { 'a/main.cf': '../b/main.cf' });
    const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], root);
    expect(r.exitCode).toBe(0);
    expect(headers(r.stdout)).toEqual(['+++ b/b/main.cf']);
    expect(applyCheck(root, String(r.stdout))).toEqual({ status: 0, stderr: '' });
    spawnSync('git', ['apply', '-'], { cwd: root, input: String(r.stdout) });
    expect(readFileSync(path.join(root, 'b/main.cf'), 'utf8')).toBe(FIXED);
    expect(git(root, 'ls-files', '-s', 'a/main.cf')).toMatch(/^120000 /);
  });

  it('the text report shows the same one section (the streamed report keeps per-file diffs)', async () => {
    const root = repository({ 'b/main.cf': MAIN }, { 'a/main.cf': '../b/main.cf' });
    const diff = String((await runCli(['scan', '.', '--diff', '--fail-on', 'never'], root)).stdout);
    const text = String((await runCli(['scan', '.', '--fail-on', 'never'], root)).stdout);
    expect(text.endsWith(`--fix writes it):\n\n${diff}`)).toBe(true);
    const md = (await runCli(['scan', '.', '--format', 'markdown', '--fail-on', 'never'], root)).stdout;
    expect(headers(md)).toEqual(['+++ b/b/main.cf']);
  });

  it('a link to a file of another name patches that file', async () => {
    const root = repository({ 'shared/main.cf.base': MAIN }, { 'a/main.cf': '../shared/main.cf.base' });
    const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], root);
    expect(headers(r.stdout)).toEqual(['+++ b/shared/main.cf.base']);
    expect(applyCheck(root, String(r.stdout))).toEqual({ status: 0, stderr: '' });
  });

  it('a file reached through a linked folder (its real folder excluded) is patched under its real path', async () => {
    const root = repository({ 'real/main.cf': MAIN }, { c: 'real' }, false);
    const r = await runCli(['scan', '.', '--diff', '--exclude', 'real/**', '--fail-on', 'never'], root);
    expect(headers(r.stdout)).toEqual(['+++ b/real/main.cf']);
    git(root, 'init', '-q', '.');
    expect(applyCheck(root, String(r.stdout))).toEqual({ status: 0, stderr: '' });
  });

  it('outside git (a walk), the same: patch -p1 follows no link twice', async () => {
    const root = repository({ 'b/main.cf': MAIN }, { 'a/main.cf': '../b/main.cf' }, false);
    const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], root);
    expect(headers(r.stdout)).toEqual(['+++ b/b/main.cf']);
    const p = spawnSync('patch', ['-p1', '--dry-run'], { cwd: root, input: String(r.stdout), encoding: 'utf8' });
    if (p.error === undefined) expect(p.status).toBe(0);
  });

  it('two paths of one file that would be fixed differently: the file is left out of the diff, and said so', () => {
    const texts = new Map([['a/main.cf', MAIN], ['b/main.cf', MAIN], ['c/main.cf', MAIN]]);
    const edit = (file: string, replacement: string) => ({ file, startLine: 3, startColumn: 23, endLine: 3, endColumn: 30, replacement });
    const realPaths = new Map([['a/main.cf', 'b/main.cf']]);
    const same = unifiedDiffByRealFile(texts, [edit('a/main.cf', '>=TLSv1.2'), edit('b/main.cf', '>=TLSv1.2'), edit('c/main.cf', '>=TLSv1.2')], realPaths);
    expect(headers(same.diff)).toEqual(['+++ b/b/main.cf', '+++ b/c/main.cf']);
    expect(same.withheld).toEqual([]);
    const differ = unifiedDiffByRealFile(texts, [edit('a/main.cf', '>=TLSv1.3'), edit('b/main.cf', '>=TLSv1.2'), edit('c/main.cf', '>=TLSv1.2')], realPaths);
    expect(headers(differ.diff)).toEqual(['+++ b/c/main.cf']);
    expect(differ.withheld).toEqual([{ realPath: 'b/main.cf', paths: ['a/main.cf', 'b/main.cf'] }]);
  });
});

describe('the Action with a config file that is a symbolic link', () => {
  async function report(root: string, workspace: string, diffFile?: (f: string) => boolean) {
    const loaded = await loadPolicy({ root, cwd: root });
    if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
    const a = await auditRepository(root, { policy: loaded.policy });
    return buildActionReport({
      workspace,
      root,
      models: a.models,
      policy: loaded.policy,
      reported: a.findings,
      all: a.findings,
      hiddenByOnlyChanged: 0,
      combined: a.fixes(),
      ...(diffFile ? { diffFile } : {}),
      failOn: 'error',
      toolVersion: '0.0.0-test',
    });
  }

  it("the report's diff and the PR comment's git-apply block patch the real file once; suggestions name it", async () => {
    const root = repository({ 'conf/b/main.cf': MAIN }, { 'conf/a/main.cf': '../b/main.cf' });
    const r = await report(path.join(root, 'conf'), root);
    expect(headers(r.diff)).toEqual(['+++ b/conf/b/main.cf']);
    expect(applyCheck(root, r.diff)).toEqual({ status: 0, stderr: '' });
    const comment = renderPrComment(r);
    const block = /```diff\n([\s\S]*?)\n```/.exec(comment)?.[1];
    expect(block).toBeDefined();
    expect(applyCheck(root, `${block}\n`)).toEqual({ status: 0, stderr: '' });
    const linked = r.findings.filter((f) => f.file === 'conf/a/main.cf' && f.fix);
    expect(linked.length).toBeGreaterThan(0);
    for (const f of linked) expect(f.suggestion?.file).toBe('conf/b/main.cf');
    // The PR changes both files' line 3: every suggestion lies on the real file, none on the link.
    const plan = planSuggestions(r, new Map([['conf/a/main.cf', { hunks: [{ start: 1, end: 1 }] }], ['conf/b/main.cf', { hunks: [{ start: 1, end: 3 }] }]]));
    expect(plan.suggestions.length).toBeGreaterThan(0);
    expect(plan.suggestions.every((s) => s.path === 'conf/b/main.cf')).toBe(true);
  });

  it('a link to a file not named like a config file: no section or suggestion for it, so the report stays one the fork-safe recipe accepts', async () => {
    const root = repository({ 'shared/main.cf.base': MAIN, 'b/main.cf': MAIN }, { 'a/main.cf': '../shared/main.cf.base' });
    const r = await report(root, root);
    expect(headers(r.diff)).toEqual(['+++ b/b/main.cf']);
    expect(r.findings.filter((f) => f.file === 'a/main.cf' && f.fix).length).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.file === 'a/main.cf').every((f) => f.suggestion === undefined)).toBe(true);
    const read = readUntrustedReport(JSON.stringify(r));
    expect(read.ok ? [] : read.errors).toEqual([]);
  });

  it('only-changed: a pull request that changes only the link still gets the real file patched, and the comment shows it', async () => {
    const root = repository({ 'b/main.cf': MAIN }, { 'a/main.cf': '../b/main.cf' });
    const r = await report(root, root, (f) => f === 'a/main.cf');
    expect(headers(r.diff)).toEqual(['+++ b/b/main.cf']);
    const onlyLink = { ...r, findings: r.findings.filter((f) => f.file === 'a/main.cf') };
    const block = /```diff\n([\s\S]*?)\n```/.exec(renderPrComment(onlyLink))?.[1];
    expect(block).toBeDefined();
    expect(applyCheck(root, `${block}\n`)).toEqual({ status: 0, stderr: '' });
  });
});
