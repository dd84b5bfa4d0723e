/**
 * listGitFiles reads git's listings in place (src/discover/git-listing.ts): a conflicted path, listed
 * once per stage, is one entry with its first stage's mode; untracked entries come after no tracked
 * one of the same path; names that are not ASCII arrive decoded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listGitFiles } from '../../src/discover/git-listing.js';
import { git, gitUnavailable, makeTempDir, removeTempDir, writeTree } from './tree-helpers.js';

const skip = gitUnavailable();
let root = '';
afterEach(() => {
  if (root) removeTempDir(root);
  root = '';
});

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
});
