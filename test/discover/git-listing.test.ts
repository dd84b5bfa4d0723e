/**
 * listGitFiles reads git's listings in place (src/discover/git-listing.ts): a conflicted path, listed
 * once per stage, is one entry with its first stage's mode; untracked entries come after no tracked
 * one of the same path; names that are not ASCII arrive decoded. Outside every repository git is not
 * started at all; where git could find one (a `.git` entry or a repository folder on the real path
 * up), it is.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listGitFiles } from '../../src/discover/git-listing.js';
import { git, gitUnavailable, link, makeTempDir, removeTempDir, writeTree } from './tree-helpers.js';

const skip = gitUnavailable();
let root = '';
let other = '';
afterEach(() => {
  if (root) removeTempDir(root);
  if (other) removeTempDir(other);
  root = '';
  other = '';
});

/** A `git` first on PATH that only writes its arguments to a log: which runs did listGitFiles start? */
async function gitRunsOf(dir: string, scratch: string): Promise<string[]> {
  const bin = path.join(scratch, 'fake-bin');
  const log = path.join(scratch, 'git.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  const saved = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
  try {
    await listGitFiles(dir);
  } finally {
    process.env.PATH = saved;
  }
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
}

/** Whether the real git finds a work tree at `dir` (the temporary folder may itself lie in one). */
function insideWorkTree(dir: string): boolean {
  try {
    return git(dir, 'rev-parse', '--is-inside-work-tree').trim() === 'true';
  } catch {
    return false;
  }
}

describe.skipIf(skip !== undefined)('listGitFiles', () => {
  it('lists a conflicted path once, tracked before untracked, in code-unit order', async () => {
    root = makeTempDir('git-listing');
    writeTree(root, { 'etc/main.cf': 'a = 1\n', 'etc/master.cf': 'smtp inet n - n - - smtpd\n', 'über/main.cf': 'x = 1\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'one');
    git(root, 'checkout', '-q', '-b', 'other');
    writeTree(root, { 'etc/main.cf': 'a = 2\n' });
    git(root, 'commit', '-q', '-am', 'two');
    git(root, 'checkout', '-q', 'main');
    writeTree(root, { 'etc/main.cf': 'a = 3\n' });
    git(root, 'commit', '-q', '-am', 'three');
    try {
      git(root, 'merge', '-q', 'other');
    } catch {
      // the conflict is the point
    }
    expect(git(root, 'ls-files', '--stage', 'etc/main.cf').trim().split('\n')).toHaveLength(3);
    writeTree(root, { 'new/master.cf': 'smtp inet n - n - - smtpd\n' });
    const listed = await listGitFiles(root);
    expect(listed.kind).toBe('listed');
    if (listed.kind !== 'listed') return;
    expect(listed.entries).toEqual([
      { path: 'etc/main.cf', mode: '100644' },
      { path: 'etc/master.cf', mode: '100644' },
      { path: 'new/master.cf' },
      { path: 'über/main.cf', mode: '100644' },
    ]);
  });

  it('starts no git outside every repository, and does where git could find one', async () => {
    root = makeTempDir('git-none');
    other = makeTempDir('git-scratch');
    writeTree(root, { 'etc/postfix/main.cf': 'a = 1\n' });
    if (insideWorkTree(root)) return; // the premise does not hold on this machine
    expect(await listGitFiles(path.join(root, 'etc/postfix'))).toEqual({ kind: 'not-a-work-tree' });
    expect(await gitRunsOf(path.join(root, 'etc/postfix'), other)).toEqual([]);
    // A .git entry further up (a folder, or a file as in a linked work tree or a submodule), or a
    // repository folder itself (it has a HEAD): git is asked, four runs as ever.
    writeTree(root, { '.git': 'gitdir: /nowhere\n' });
    expect(await gitRunsOf(path.join(root, 'etc/postfix'), other)).toHaveLength(4);
    removeTempDir(other);
    other = makeTempDir('git-scratch');
    writeTree(root, { 'etc/HEAD': 'ref: refs/heads/main\n' });
    expect(await gitRunsOf(path.join(root, 'etc'), other)).toHaveLength(4);
  });

  it('lists a folder reached through a symbolic link into a work tree (git searches from the real path)', async () => {
    root = makeTempDir('git-real');
    other = makeTempDir('git-link');
    writeTree(root, { 'mail/main.cf': 'a = 1\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'one');
    link(other, 'postfix', path.join(root, 'mail'));
    if (insideWorkTree(other)) return; // the link's own folders would answer anyway
    const listed = await listGitFiles(path.join(other, 'postfix'));
    expect(listed).toEqual({ kind: 'listed', entries: [{ path: 'main.cf', mode: '100644' }], unopened: [] });
  });
});
