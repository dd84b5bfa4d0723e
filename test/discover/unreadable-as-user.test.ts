/**
 * Unreadable files and folders, checked for real: as root, chmod 000 does not stop reads, so the
 * bundled CLI is run as the unprivileged user "nobody" (uid 65534). As a normal user the same
 * assertions run in discover.test.ts.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

describe.skipIf(!isRoot)('unreadable input, scanned as an unprivileged user', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'pta-nobody-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('reports the unreadable file and folder with their paths and lists the rest', () => {
    chmodSync(base, 0o755);
    for (const d of ['locked-file', 'locked-dir', 'open']) mkdirSync(path.join(base, d));
    writeFileSync(path.join(base, 'locked-file/main.cf'), 'smtpd_tls_security_level = may\n');
    writeFileSync(path.join(base, 'locked-dir/main.cf'), 'smtpd_tls_security_level = may\n');
    writeFileSync(path.join(base, 'open/main.cf'), 'smtpd_tls_security_level = may\n');
    chmodSync(path.join(base, 'locked-file/main.cf'), 0o000);
    chmodSync(path.join(base, 'locked-dir'), 0o000);

    const r = spawnSync(process.execPath, [path.join(repo, 'dist/cli/index.js'), 'scan', base, '--format', 'json', '--fail-on', 'never'], {
      uid: NOBODY,
      gid: NOBODY,
      cwd: '/',
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.configSets.map((s: { directory: string }) => s.directory)).toEqual(['open']);
    const problems = json.diagnostics.map((d: { code: string; file: string }) => `${d.code} ${d.file}`);
    expect(problems).toEqual(expect.arrayContaining(['discover/unreadable-file locked-file/main.cf']));
    expect(problems.some((p: string) => p.startsWith('discover/unreadable-') && p.includes('locked-dir'))).toBe(true);
  });
});
