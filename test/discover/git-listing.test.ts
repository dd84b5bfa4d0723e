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
import fc from 'fast-check';
import { compareStrings, listGitFiles, sortedWithoutDuplicates, type GitEntry } from '../../src/discover/git-listing.js';
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

  it('lists in code-unit order where git\'s byte order differs (characters beyond U+FFFF), tracked and untracked', async () => {
    root = makeTempDir('git-listing-astral');
    // UTF-8 puts U+E000 before U+1F600; UTF-16 code units (D83D DE00) put it after.
    writeTree(root, { '\uE000/main.cf': 'a = 1\n', '\u{1F600}/main.cf': 'a = 1\n', 'z/main.cf': 'a = 1\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'one');
    writeTree(root, { '\uE000/master.cf': 'x', '\u{1F600}/master.cf': 'x', 'a/master.cf': 'x' });
    const listed = await listGitFiles(root);
    expect(listed.kind).toBe('listed');
    if (listed.kind !== 'listed') return;
    expect(listed.entries).toEqual([
      { path: 'a/master.cf' },
      { path: 'z/main.cf', mode: '100644' },
      { path: '\u{1F600}/main.cf', mode: '100644' },
      { path: '\u{1F600}/master.cf' },
      { path: '\uE000/main.cf', mode: '100644' },
      { path: '\uE000/master.cf' },
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

describe('sortedWithoutDuplicates', () => {
  it('equals a stable sort of tracked then untracked entries, keeping the first of equal paths', () => {
    const pathArb = fc.oneof(fc.constantFrom('a', 'a/b', 'a/b/c', 'b', 'ab', 'a.b', '\uE000', '\u{1F600}', 'z', ''), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));
    const sortedPaths = fc.array(pathArb, { maxLength: 12 }).map((ps) => ps.sort(compareStrings));
    const lists = fc.oneof(sortedPaths, fc.array(pathArb, { maxLength: 12 }));
    fc.assert(
      fc.property(lists, lists, (trackedPaths, otherPaths) => {
        const tracked: GitEntry[] = trackedPaths.map((p, i) => ({ path: p, mode: String(i) }));
        const others: GitEntry[] = otherPaths.map((p) => ({ path: p }));
        const all = [...tracked, ...others].sort((a, b) => compareStrings(a.path, b.path));
        const expected = all.filter((e, i) => i === 0 || (all[i - 1] as GitEntry).path !== e.path);
        const got = sortedWithoutDuplicates([...tracked], [...others]);
        expect(got).toEqual(expected);
        // The same objects, not copies.
        got.forEach((e, i) => expect(e).toBe(expected[i]));
      }),
      { numRuns: 3000 },
    );
  });
});
