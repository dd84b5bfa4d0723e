/**
 * `postfix-tls-audit postconf -c DIR` opens main.cf and master.cf without blocking: a FIFO under either
 * name waited for a writer forever. It is now refused as postconf refuses what it cannot read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function configDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'pta-postconf-fifo-'));
  dirs.push(d);
  return d;
}

describe('postconf -c on a FIFO', () => {
  it('a FIFO main.cf is a fatal error, not a hang', async () => {
    const dir = configDir();
    execFileSync('mkfifo', [path.join(dir, 'main.cf')]);
    const r = await runCli(['postconf', '-c', dir, '-n'], process.cwd());
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`postconf: fatal: open ${path.join(dir, 'main.cf')}: not a regular file\n`);
  });

  it('a FIFO master.cf is reported for -M, and a regular main.cf beside it is still read', async () => {
    const dir = configDir();
    writeFileSync(path.join(dir, 'main.cf'), 'smtpd_tls_security_level = may\n');
    execFileSync('mkfifo', [path.join(dir, 'master.cf')]);
    const n = await runCli(['postconf', '-c', dir, '-n'], process.cwd());
    expect(n.exitCode ?? 0).toBe(0);
    expect(String(n.stdout)).toContain('smtpd_tls_security_level = may\n');
    const m = await runCli(['postconf', '-c', dir, '-M'], process.cwd());
    expect(m.exitCode).toBe(1);
    expect(m.stderr).toContain('not a regular file');
  });
});
