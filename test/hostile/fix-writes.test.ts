/**
 * `scan --fix` against files that cannot or must not be written (issue 8, hostile input round 3).
 * Before: the first file that could not be written (read-only, immutable) stopped the run with an
 * internal error and a stack trace, and the files after it were not fixed; a file changed after the
 * scan read it was overwritten with a fix made for its old text; a path whose folder had been replaced
 * by a symbolic link was written through it. Real files; the CLI in-process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { writeFixedFiles } from '../../src/fix/write-fixes.js';

// One fix each: TLSv1.2 becomes >=TLSv1.2 (include-list-drops-tls13).
const MAIN = 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_protocols = TLSv1.2\n';
const FIXED = MAIN.replace('= TLSv1.2', '= >=TLSv1.2');

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-fix-writes-'));
});
afterAll(() => {
  spawnSync('chattr', ['-R', '-i', base]);
  rmSync(base, { recursive: true, force: true });
});

let n = 0;
function tree(files: Record<string, string>): string {
  const dir = path.join(base, String(n++));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/**
 * Make a file unwritable for this process: read-only for a normal user, immutable (chattr +i) for
 * root, who may write read-only files. Undefined when neither works here.
 */
function lockFile(file: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    chmodSync(path.dirname(file), 0o555);
    return () => {
      chmodSync(path.dirname(file), 0o755);
      chmodSync(file, 0o644);
    };
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
}

describe('scan --fix', () => {
  it('a file that cannot be written is named, the other files are still fixed, and the run exits 2 without a stack trace', async (ctx) => {
    const root = tree({ 'a/main.cf': MAIN, 'b/main.cf': MAIN });
    const unlock = lockFile(path.join(root, 'a/main.cf'));
    if (!unlock) return ctx.skip('cannot make a file unwritable here (root without chattr +i)');
    try {
      const r = await runCli(['scan', '.', '--fix', '--fail-on', 'never'], root);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^postfix-tls-audit: wrote 1 of 2 fixed file\(s\): b\/main\.cf\npostfix-tls-audit: a\/main\.cf: not written \((EPERM|EACCES)\)\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      unlock();
    }
    expect(readFileSync(path.join(root, 'a/main.cf'), 'utf8')).toBe(MAIN);
    expect(readFileSync(path.join(root, 'b/main.cf'), 'utf8')).toBe(FIXED);
  });

  it('a config file that is another one through a symbolic link is written once, through the link', async () => {
    const root = tree({ 'b/main.cf': MAIN });
    mkdirSync(path.join(root, 'a'));
    symlinkSync('../b/main.cf', path.join(root, 'a/main.cf'));
    const r = await runCli(['scan', '.', '--fix', '--fail-on', 'never'], root);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('postfix-tls-audit: applied 2 fix(es) to 2 file(s): a/main.cf, b/main.cf\n');
    expect(readFileSync(path.join(root, 'b/main.cf'), 'utf8')).toBe(FIXED);
  });
});

describe('writeFixedFiles (what --fix does after the scan)', () => {
  const fixed = (file: string, before = MAIN, after = FIXED) => ({ file, before, after, encoding: 'utf8' as const });

  it('leaves a file alone that changed after the scan read it, and writes the others', () => {
    const root = tree({ 'a/main.cf': MAIN, 'b/main.cf': MAIN });
    const edited = `${MAIN}smtpd_tls_auth_only = yes\n`;
    writeFileSync(path.join(root, 'a/main.cf'), edited);
    const r = writeFixedFiles(root, [fixed('a/main.cf'), fixed('b/main.cf')]);
    expect(r).toEqual({ written: ['b/main.cf'], problems: ['a/main.cf: not written, the file changed after the scan read it (scan again)'] });
    expect(readFileSync(path.join(root, 'a/main.cf'), 'utf8')).toBe(edited);
    expect(readFileSync(path.join(root, 'b/main.cf'), 'utf8')).toBe(FIXED);
  });

  it('does not follow a folder replaced by a symbolic link out of the scanned folder since the scan', () => {
    const root = tree({ 'a/main.cf': MAIN });
    const outside = tree({ 'a/main.cf': MAIN });
    renameSync(path.join(root, 'a'), path.join(root, 'a-old'));
    symlinkSync(path.join(outside, 'a'), path.join(root, 'a'));
    const r = writeFixedFiles(root, [fixed('a/main.cf')]);
    expect(r.written).toEqual([]);
    expect(r.problems[0]).toMatch(/^a\/main\.cf: not written, it now leads outside the scanned folder \(to .*\)$/);
    expect(readFileSync(path.join(outside, 'a/main.cf'), 'utf8')).toBe(MAIN);
  });

  it('writes neither of two paths of one file whose fixes disagree, and reports a file that is gone', () => {
    const root = tree({ 'b/main.cf': MAIN });
    mkdirSync(path.join(root, 'a'));
    symlinkSync('../b/main.cf', path.join(root, 'a/main.cf'));
    const other = MAIN.replace('= TLSv1.2', '= TLSv1.2, TLSv1.3');
    const r = writeFixedFiles(root, [fixed('a/main.cf'), fixed('b/main.cf', MAIN, other), fixed('gone/main.cf')]);
    expect(r.written).toEqual([]);
    expect(r.problems).toEqual([
      'gone/main.cf: not written, it cannot be opened now (ENOENT)',
      'a/main.cf, b/main.cf: not written, they are one file (through a symbolic link) and their config sets need different fixes',
    ]);
    expect(readFileSync(path.join(root, 'b/main.cf'), 'utf8')).toBe(MAIN);
  });
});
