/**
 * `scan --diff` is a patch for `git apply`: a config file that is not UTF-8 (read as Latin-1, see
 * src/postfix/source.ts) keeps its own bytes in it. Written as UTF-8, a line with "é" (byte E9) came out
 * as C3 A9, and git refused the patch ("patch does not apply"). Found by a whole-pipeline fuzz run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { gitUnavailable } from '../discover/tree-helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A repository whose main.cf has a fixable finding on a line with a Latin-1 "é" and one beside it. */
function repository(mainCf: Buffer): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'pta-diff-encoding-'));
  dirs.push(repo);
  mkdirSync(path.join(repo, 'postfix'));
  writeFileSync(path.join(repo, 'postfix/main.cf'), mainCf);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  return repo;
}

const LATIN1_MAIN = Buffer.concat([
  Buffer.from('# r\xe9seau de courrier\nmyhostname = mx.example.org\n', 'latin1'),
  Buffer.from('smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/ssl/mx.pem\n', 'latin1'),
  Buffer.from('smtpd_tls_protocols = !SSLv2, !SSLv3 # pas de SSL, \xe9videmment\n', 'latin1'),
]);

describe.skipIf(gitUnavailable())('scan --diff on a file that is not UTF-8', () => {
  it('gives a patch git applies, and the applied file keeps its Latin-1 bytes', async () => {
    const repo = repository(LATIN1_MAIN);
    const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], repo);
    expect(r.exitCode).toBe(0);
    const patch = Buffer.isBuffer(r.stdout) ? r.stdout : Buffer.from(r.stdout, 'utf8');
    expect(patch.length).toBeGreaterThan(0);
    // The changed line's own "é" is the file's byte E9, not UTF-8's C3 A9.
    expect(patch.includes(Buffer.from('\xe9videmment', 'latin1'))).toBe(true);
    expect(patch.includes(Buffer.from('évidemment', 'utf8'))).toBe(false);
    writeFileSync(path.join(repo, 'fix.diff'), patch);
    execFileSync('git', ['apply', '--check', 'fix.diff'], { cwd: repo });
    execFileSync('git', ['apply', 'fix.diff'], { cwd: repo });
    const after = readFileSync(path.join(repo, 'postfix/main.cf'));
    expect(after.includes(Buffer.from('# r\xe9seau', 'latin1'))).toBe(true);
    // Applying the patch gives the same file as --fix does on a fresh copy.
    const copy = repository(LATIN1_MAIN);
    const fixed = await runCli(['scan', '.', '--fix', '--fail-on', 'never'], copy);
    expect(fixed.exitCode).toBe(0);
    expect(readFileSync(path.join(copy, 'postfix/main.cf')).equals(after)).toBe(true);
  });

  it('a UTF-8 file still gives text, with its UTF-8 bytes', async () => {
    const repo = repository(Buffer.from(LATIN1_MAIN.toString('latin1'), 'utf8'));
    const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], repo);
    expect(typeof r.stdout).toBe('string');
    expect(r.stdout).toContain('évidemment');
    writeFileSync(path.join(repo, 'fix.diff'), r.stdout);
    execFileSync('git', ['apply', '--check', 'fix.diff'], { cwd: repo });
  });
});
