/**
 * Asking git which files of a work tree are not ignored: tracked files plus untracked ones that no
 * ignore rule excludes (.gitignore at every level, .git/info/exclude, core.excludesFile).
 * git runs through execFile with an argument vector; no shell is involved.
 */
import { execFile } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface GitEntry {
  /** Relative to the root, "/" separators; a nested repository that git does not descend into ends in "/". */
  path: string;
  /**
   * The index mode of a tracked entry: "100644"/"100755" file, "120000" symbolic link, "160000" submodule.
   * Absent for an untracked entry, whose type only the file system knows.
   */
  mode?: string;
}

export type GitListing =
  | {
      kind: 'listed';
      entries: GitEntry[];
      /** Folders git could not open while listing untracked files (it only warns, and lists the rest). */
      unopened: { path: string; reason: string }[];
    }
  /** Not inside a git work tree, or git is not installed: the caller walks the tree itself. */
  | { kind: 'not-a-work-tree' }
  /** git exists and the root looks like a work tree, but git failed (e.g. "dubious ownership"). */
  | { kind: 'failed'; reason: string }
  /**
   * The root itself is ignored by the work tree around it (say, a rendered `build/` folder): git would list
   * none of its untracked files, so the caller walks it, applying only the .gitignore files inside it.
   */
  | { kind: 'root-ignored' };

const MAX_LISTING_BYTES = 512 * 1024 * 1024;

/** Variables that would point git at another repository than the one around `root` (e.g. inside a git hook). */
const REPOSITORY_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_PREFIX',
  'GIT_NAMESPACE',
];

interface GitRun {
  code: number | 'ENOENT' | 'ERROR';
  stdout: Buffer;
  stderr: string;
}

/**
 * Settings given on git's command line, which win over the repository's own config: a scanned tree
 * that is not a fresh checkout (an unpacked archive, a copied work tree) may hold its own .git/config,
 * and `core.fsmonitor` there names a command that `git ls-files` runs.
 */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false'];

function runGit(cwd: string, args: string[]): Promise<GitRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  for (const name of REPOSITORY_ENV) delete env[name];
  return new Promise((resolve) => {
    try {
      execFile('git', [...SAFE_CONFIG, ...args], { cwd, env, encoding: 'buffer', maxBuffer: MAX_LISTING_BYTES }, (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
        const code = !err ? 0 : err.code === 'ENOENT' ? 'ENOENT' : typeof err.code === 'number' ? err.code : 'ERROR';
        resolve({ code, stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout ?? []), stderr: Buffer.from(stderr ?? []).toString('utf8') });
      });
    } catch (error) {
      // spawn throws at once where the folder to run in is a file (ENOTDIR): not a work tree git can list.
      resolve({ code: 'ERROR', stdout: Buffer.alloc(0), stderr: `${(error as Error).message}\n` });
    }
  });
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? 'no message';
}

/**
 * Whether git could find a repository for `root`. git looks for one from the current folder's real path
 * upwards (setup.c, setup_git_directory_gently_1): in each folder for a `.git` entry (a folder, or a file
 * naming one), else for the folder itself being a repository's folder (bare, or a `.git` folder entered
 * from inside), which has a HEAD. A folder with neither on the whole way up is in no work tree, and the
 * four git runs (some 20 ms of spawning, the Action on a fresh runner or `scan /etc/postfix`) are skipped.
 * Anything unclear (a folder that cannot be looked at) leaves the answer to git.
 */
export function mayBeInGitRepository(root: string): boolean {
  let dir: string;
  try {
    dir = realpathSync(root);
  } catch {
    return true;
  }
  for (;;) {
    try {
      if (lstatSync(path.join(dir, '.git'), { throwIfNoEntry: false }) || lstatSync(path.join(dir, 'HEAD'), { throwIfNoEntry: false })) return true;
    } catch {
      return true;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

/** Entries relative to `root`, sorted by path, without duplicates. */
export async function listGitFiles(root: string): Promise<GitListing> {
  if (!mayBeInGitRepository(root)) return { kind: 'not-a-work-tree' };
  // The four git runs start together (they only read); their answers are looked at in order below.
  const [probe, rootIgnored, tracked, untracked] = await Promise.all([
    runGit(root, ['rev-parse', '--is-inside-work-tree']),
    runGit(root, ['check-ignore', '-q', '.']),
    runGit(root, ['ls-files', '-z', '--cached', '--stage']),
    runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']),
  ]);
  if (probe.code === 'ENOENT') return { kind: 'not-a-work-tree' };
  if (probe.code !== 0) {
    if (/not a git repository/i.test(probe.stderr)) return { kind: 'not-a-work-tree' };
    return { kind: 'failed', reason: firstLine(probe.stderr) };
  }
  if (probe.stdout.toString('utf8').trim() !== 'true') return { kind: 'not-a-work-tree' };
  if (rootIgnored.code === 0) return { kind: 'root-ignored' };

  // Two listings: tracked entries with their index mode (so symlinks and submodules are known without a
  // stat of every file), then untracked entries that no ignore rule excludes.
  if (tracked.code !== 0) return { kind: 'failed', reason: firstLine(tracked.stderr) };
  if (untracked.code !== 0) return { kind: 'failed', reason: firstLine(untracked.stderr) };

  // The listings are read in place (no string per record, no map: a large repository lists 100k+ files).
  // The paths are views of the decoded listing: those kept beyond discovery are copied (detachedCopy).
  const trackedEntries: GitEntry[] = [];
  const listed = tracked.stdout.toString('utf8');
  for (let at = 0; at < listed.length; ) {
    const end = endOfRecord(listed, at);
    // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
    const tab = listed.indexOf('\t', at);
    if (tab !== -1 && tab < end) {
      const space = listed.indexOf(' ', at);
      trackedEntries.push({ path: listed.slice(tab + 1, end), mode: modeOf(listed.slice(at, space === -1 || space > tab ? tab : space)) });
    }
    at = end + 1;
  }
  const untrackedEntries: GitEntry[] = [];
  const others = untracked.stdout.toString('utf8');
  for (let at = 0; at < others.length; ) {
    const end = endOfRecord(others, at);
    if (end > at) untrackedEntries.push({ path: others.slice(at, end) });
    at = end + 1;
  }
  return { kind: 'listed', entries: sortedWithoutDuplicates(trackedEntries, untrackedEntries), unopened: unopenedFolders(untracked.stderr) };
}

/**
 * The tracked entries, then the untracked ones, stably sorted by path, of equal paths the first only (a
 * conflicted path's first stage, a tracked entry before an untracked one). git lists each kind sorted by
 * the bytes of its paths, which is code-unit order too unless a path holds characters beyond U+FFFF or a
 * name that is not UTF-8: the two sorted lists are merged (no comparator calls: 100k+ paths), and sorted
 * only where one is out of order.
 */
export function sortedWithoutDuplicates(tracked: GitEntry[], others: GitEntry[]): GitEntry[] {
  if (!isSortedByPath(tracked) || !isSortedByPath(others)) {
    const all = tracked.concat(others);
    all.sort((a, b) => compareStrings(a.path, b.path));
    return all.filter((e, i) => i === 0 || (all[i - 1] as GitEntry).path !== e.path);
  }
  const out: GitEntry[] = [];
  let last: string | undefined;
  let j = 0;
  for (const t of tracked) {
    for (; j < others.length && (others[j] as GitEntry).path < t.path; j++) {
      const o = others[j] as GitEntry;
      if (o.path !== last) out.push(o);
      last = o.path;
    }
    if (t.path !== last) out.push(t);
    last = t.path;
  }
  for (; j < others.length; j++) {
    const o = others[j] as GitEntry;
    if (o.path !== last) out.push(o);
    last = o.path;
  }
  return out;
}

function isSortedByPath(entries: readonly GitEntry[]): boolean {
  for (let k = 1; k < entries.length; k++) if ((entries[k - 1] as GitEntry).path > (entries[k] as GitEntry).path) return false;
  return true;
}

/**
 * git's "could not open directory 'PATH/': REASON" warnings (dir.c). git cuts a warning at 4 KiB, so a
 * very long path may come without its end.
 */
function unopenedFolders(stderr: string): { path: string; reason: string }[] {
  const prefix = "warning: could not open directory '";
  const out: { path: string; reason: string }[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const rest = line.slice(prefix.length);
    const close = rest.lastIndexOf("'");
    const found = close === -1 ? { path: `${rest}…`, reason: 'path too long to show' } : { path: rest.slice(0, close), reason: rest.slice(close + 1).replace(/^:\s*/, '') || 'no reason given' };
    out.push({ path: found.path.replace(/\/$/, ''), reason: found.reason });
  }
  return out;
}

function endOfRecord(listing: string, at: number): number {
  const end = listing.indexOf('\0', at);
  return end === -1 ? listing.length : end;
}

const MODES = new Map(['100644', '100755', '120000', '160000'].map((m) => [m, m]));

/** One string per usual mode, not one per entry. */
function modeOf(mode: string): string {
  return MODES.get(mode) ?? mode;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of a string that shares no storage with the one it was cut from. V8 keeps a substring as a
 * view of its parent, so one path cut from git's listing (megabytes in a large repository) or one line
 * cut from a file would keep the whole listing or file alive as long as it is kept.
 */
export function detachedCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
