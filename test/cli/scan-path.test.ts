/**
 * scan and explain take a folder. A PATH that is not there used to report "no config found" and exit 0
 * (a typo passed a CI gate); a file as PATH (`scan /etc/postfix/main.cf`) ended the process with an
 * uncaught spawn ENOTDIR from git's listing. Both are usage errors now (exit 2, one line, no stack),
 * in a git work tree and outside one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { listGitFiles } from '../../src/discover/git-listing.js';

const repo = path.resolve(import.meta.dirname, '../..');
let plain: string;
let work: string;

beforeAll(() => {
  plain = mkdtempSync(path.join(os.tmpdir(), 'pta-scan-path-'));
  cpSync(path.join(repo, 'examples'), path.join(plain, 'examples'), { recursive: true });
  work = mkdtempSync(path.join(os.tmpdir(), 'pta-scan-path-git-'));
  cpSync(path.join(repo, 'examples'), path.join(work, 'examples'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: work });
});
afterAll(() => {
  rmSync(plain, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('scan and explain PATH', () => {
  it.each(['scan', 'explain'])('%s: a file as PATH is a usage error naming its folder', async (command) => {
    for (const dir of [() => plain, () => work]) {
      const r = await runCli([command, 'examples/good/main.cf'], dir());
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^postfix-tls-audit: PATH examples\/good\/main\.cf: not a folder \(name the folder that holds the config files\)/);
    }
  });

  it.each(['scan', 'explain'])('%s: a PATH that is not there is a usage error', async (command) => {
    const r = await runCli([command, 'exampels'], plain);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^postfix-tls-audit: PATH exampels: no such folder/);
  });

  it('git\'s listing of a file inside a work tree answers instead of throwing', async () => {
    const listing = await listGitFiles(path.join(work, 'examples/good/main.cf'));
    expect(listing.kind).toBe('failed');
  });
});
