/**
 * Finding candidate config files under a root, in one of two ways:
 *  - inside a git work tree, git's own list of files that are tracked or not ignored;
 *  - elsewhere, a walk of the tree that applies .gitignore files itself.
 * Either way node_modules and .git are skipped, and symbolic links are followed only when their target
 * stays inside the root. Directories reached only through a symlink are walked after everything else and
 * only if their real path was not seen yet, so a symlink loop ends and a real path is preferred over a
 * linked one.
 */
import { lstatSync, realpathSync, type Dirent, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../postfix/diagnostics.js';
import { ALWAYS_SKIPPED_DIRECTORIES, classifyFileName, type ClassifiedName } from './file-names.js';
import { compareStrings, detachedCopy, listGitFiles, type GitEntry, type GitListing } from './git-listing.js';
import { IgnoreChain } from './ignore-rules.js';

export interface Candidate {
  /** Relative to the root, "/" separators. */
  relPath: string;
  absolutePath: string;
  name: ClassifiedName;
  /**
   * The real file's path relative to the real root ("/" separators), when it differs from relPath: the
   * candidate is reached through a symbolic link (itself, or a folder on its path).
   */
  realPath?: string;
}

export interface CandidateOptions {
  include?: string[];
  exclude?: string[];
  /**
   * git's listing of this root, already started (listGitFiles(root)): the CLI starts git before it loads
   * the analysis, so that git runs while the analysis is compiled.
   */
  gitListing?: Promise<GitListing>;
}

export interface CandidateListing {
  candidates: Candidate[];
  diagnostics: Diagnostic[];
  /** How the file list was obtained. */
  mode: 'git' | 'walk';
}

interface DeferredDirectory {
  relPath: string;
  absolutePath: string;
  realPath: string;
  chain: IgnoreChain;
  /** Real path of the directory holding the link. */
  linkParentReal: string;
}

class Lister {
  readonly candidates: Candidate[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Real paths of the directories seen. In git mode these include every folder of git's listing (git
   * lists real paths only: it never descends through a symlink), added only when a walk or a linked
   * folder first asks (most git scans never do).
   */
  private readonly visited = new Set<string>();
  private gitListed: GitEntry[] | undefined;
  /** Real paths of the folders of git-listed config files (gitFileReal). */
  private readonly realFolders = new Map<string, string>();
  private readonly deferred: DeferredDirectory[] = [];
  private readonly includes: ((p: string) => boolean) | undefined;
  private readonly excludes: ((p: string) => boolean) | undefined;

  constructor(
    readonly root: string,
    readonly realRoot: string,
    options: CandidateOptions,
  ) {
    const matcherOptions = { dot: true };
    this.includes = options.include?.length ? picomatch(options.include, matcherOptions) : undefined;
    this.excludes = options.exclude?.length ? picomatch(options.exclude, matcherOptions) : undefined;
  }

  private excluded(relPath: string): boolean {
    return this.excludes !== undefined && this.excludes(relPath);
  }

  private wanted(relPath: string): boolean {
    return (this.includes === undefined || this.includes(relPath)) && !this.excluded(relPath);
  }

  private inside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep);
  }

  private report(severity: Diagnostic['severity'], code: string, relPath: string, message: string): void {
    this.diagnostics.push({ severity, code, message, path: relPath === '' ? '.' : relPath });
  }

  /**
   * `real` is the file's real absolute path when known (all but a file git lists that cannot be
   * resolved), or with `realName` the real folder holding it (a walk joins the two only for config files).
   */
  private addFile(relPath: string, absolutePath: string, real: string | undefined, realName?: string): void {
    const name = classifyFileName(path.posix.basename(relPath));
    if (!name || !this.wanted(relPath)) return;
    const candidate: Candidate = { relPath, absolutePath, name };
    if (real !== undefined) {
      const realPath = path.relative(this.realRoot, realName === undefined ? real : path.join(real, realName)).split(path.sep).join('/');
      if (realPath !== relPath) candidate.realPath = realPath;
    }
    this.candidates.push(candidate);
  }

  markVisited(real: string): void {
    this.visited.add(real);
  }

  private wasVisited(real: string): boolean {
    if (this.gitListed) {
      const listed = this.gitListed;
      this.gitListed = undefined;
      // Every prefix of a listed path is a real directory. The listing is sorted: a folder's entries
      // follow each other, so its path is built once.
      const directories = new Set<string>();
      let last = '';
      for (const e of listed) {
        const end = e.path.lastIndexOf('/');
        if (end <= 0 || (end === last.length && e.path.startsWith(last))) continue;
        // Deepest prefix first: once a prefix is known, so are all of its ancestors.
        last = e.path.slice(0, end);
        for (let slash = end; slash > 0; slash = e.path.lastIndexOf('/', slash - 1)) {
          const dir = e.path.slice(0, slash);
          if (directories.has(dir)) break;
          directories.add(dir);
        }
      }
      for (const dir of directories) this.visited.add(path.join(this.realRoot, ...dir.split('/')));
    }
    return this.visited.has(real);
  }

  /** Walk one directory; `relDir` is "" for the root. */
  async walk(relDir: string, absDir: string, inherited: IgnoreChain): Promise<void> {
    let real: string;
    try {
      real = await realpath(absDir);
    } catch (error) {
      if (undecodable(relDir) && errorCode(error) === 'ENOENT') this.reportUndecodable(relDir, 'directory not searched');
      else this.report('warning', 'discover/unreadable-directory', relDir, `cannot resolve directory: ${errorCode(error)}`);
      return;
    }
    if (!this.inside(real)) {
      // Only git's listing can lead here (a directory it names through a symlinked parent, or a
      // crafted index with "../"): the walk itself enters real subdirectories and checked links only.
      this.report('warning', 'discover/outside-root', relDir, `its real path is outside the scanned root (${real}); not searched`);
      return;
    }
    if (this.wasVisited(real)) return;
    this.visited.add(real);

    let entries: Dirent[];
    try {
      entries = await readdir(absDir, { withFileTypes: true });
    } catch (error) {
      this.report('warning', 'discover/unreadable-directory', relDir, `directory not searched: ${errorCode(error)}`);
      return;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));

    let chain = inherited;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const ignorePath = join(relDir, '.gitignore');
      try {
        chain = chain.with(relDir, await readFile(path.join(absDir, '.gitignore'), 'utf8'));
      } catch (error) {
        this.report('warning', 'discover/unreadable-gitignore', ignorePath, `.gitignore not applied: ${errorCode(error)}`);
      }
    }

    for (const entry of entries) {
      if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const rel = join(relDir, entry.name);
      const abs = path.join(absDir, entry.name);
      if (entry.isSymbolicLink()) {
        await this.symlink(rel, abs, chain, real);
      } else if (entry.isDirectory()) {
        if (!chain.ignores(rel, true) && !this.excluded(rel)) await this.walk(rel, abs, chain);
      } else if (entry.isFile()) {
        if (!chain.ignores(rel, false)) this.addFile(rel, abs, real, entry.name);
      } else if (!chain.ignores(rel, false)) {
        this.notRegular(rel);
      }
    }
  }

  /** A FIFO, socket or device with a config file's name: reported, never opened (a FIFO would block). */
  private notRegular(relPath: string): void {
    if (classifyFileName(path.posix.basename(relPath)) !== undefined && this.wanted(relPath)) {
      this.report('warning', 'discover/not-a-regular-file', relPath, 'not a regular file (a FIFO, socket or device); not read');
    }
  }

  /**
   * A name that is not valid UTF-8 arrives decoded with U+FFFD in place of its bad bytes, and no file
   * has that name: the file or folder cannot be opened by it.
   */
  private reportUndecodable(relPath: string, what: string): void {
    this.report('warning', 'discover/undecodable-name', relPath, `the path is not valid UTF-8 (shown with U+FFFD), so it cannot be opened; ${what}`);
  }

  /** A symbolic link met in a walk or in git's list; `parentReal` is the real path of its directory. */
  async symlink(relPath: string, absolutePath: string, chain: IgnoreChain, parentReal: string): Promise<void> {
    if (chain.ignores(relPath, false)) return;
    const named = classifyFileName(path.posix.basename(relPath)) !== undefined;
    let target: string;
    try {
      target = await realpath(absolutePath);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') {
        this.report('warning', 'discover/symlink-loop', relPath, 'symbolic link loops back on itself; not followed');
      } else if (named) {
        this.report('warning', 'discover/broken-symlink', relPath, `symbolic link target cannot be resolved (${code})`);
      }
      return;
    }
    let info;
    try {
      info = await stat(target);
    } catch (error) {
      if (named) this.report('warning', 'discover/broken-symlink', relPath, `symbolic link target cannot be read (${errorCode(error)})`);
      return;
    }
    if (!this.inside(target)) {
      if (info.isDirectory() || named) {
        this.report(
          'warning',
          'discover/symlink-outside-root',
          relPath,
          `symbolic link points outside the scanned root (to ${target}); not followed`,
        );
      }
      return;
    }
    if (info.isDirectory()) {
      if (chain.ignores(relPath, true) || this.excluded(relPath)) return;
      this.deferred.push({ relPath, absolutePath, realPath: target, chain, linkParentReal: parentReal });
    } else if (info.isFile()) {
      this.addFile(relPath, absolutePath, target);
    } else {
      this.notRegular(relPath);
    }
  }

  /** Directories reached through symlinks, after all real directories. */
  async walkDeferred(): Promise<void> {
    for (let next = this.deferred.shift(); next; next = this.deferred.shift()) {
      if (this.wasVisited(next.realPath)) {
        const parent = next.linkParentReal;
        if (parent === next.realPath || parent.startsWith(next.realPath + path.sep)) {
          this.report(
            'warning',
            'discover/symlink-loop',
            next.relPath,
            'symbolic link points to a directory that contains it; not followed',
          );
        }
        continue;
      }
      await this.walk(next.relPath, next.absolutePath, next.chain);
    }
  }

  /** git's list of files. Only entries whose kind the index does not tell are looked at with lstat. */
  async fromGit(entries: GitEntry[]): Promise<void> {
    // One pass over what may be 100k+ entries: cheap string tests first, paths built only for the few
    // entries that need a look on disk (bench/run.mjs measures this loop).
    const kept: GitEntry[] = [];
    const looked: GitEntry[] = [];
    for (const entry of entries) {
      let e = entry;
      if (e.path.endsWith('/')) e = { ...e, path: e.path.slice(0, -1) };
      const p = e.path;
      if (mayHaveSkippedSegment(p) && p.split('/').some((s) => ALWAYS_SKIPPED_DIRECTORIES.has(s))) continue;
      kept.push(e);
      if (e.mode === undefined || e.mode === '120000' || e.mode === '160000' || mayBeConfigFile(p)) looked.push(e);
    }
    this.gitListed = kept;
    for (const e of looked) {
      // Synchronous: one lstat is a few microseconds, its promise form a thread-pool round trip that
      // costs the main thread ten times that (see inspect in index.ts).
      let info: Stats;
      try {
        info = lstatSync(path.join(this.root, ...e.path.split('/')));
      } catch {
        // In the index but not in the work tree: deleted or left out by a sparse checkout (nothing to
        // say), or a name that is not valid UTF-8 (git lists its bytes; decoded, it names no file).
        if (undecodable(e.path) && classifyFileName(e.path.slice(e.path.lastIndexOf('/') + 1)) !== undefined && this.wanted(e.path)) {
          this.reportUndecodable(detachedCopy(e.path), 'not read');
        }
        continue;
      }
      // Kept beyond discovery (candidates, diagnostics): not a view of git's whole listing.
      const relPath = detachedCopy(e.path);
      const abs = path.join(this.root, ...relPath.split('/'));
      if (info.isSymbolicLink()) {
        const parentReal = path.dirname(path.join(this.realRoot, ...relPath.split('/')));
        await this.symlink(relPath, abs, IgnoreChain.empty(), parentReal);
      } else if (info.isDirectory()) {
        // A submodule or a nested repository: git does not list its files, so walk it.
        if (!this.excluded(relPath)) await this.walk(relPath, abs, IgnoreChain.empty());
      } else if (info.isFile()) {
        if (classifyFileName(path.posix.basename(relPath)) === undefined) continue;
        const real = this.gitFileReal(relPath, abs);
        if (real === null) continue;
        this.addFile(relPath, abs, real);
      } else {
        this.notRegular(relPath);
      }
    }
  }

  /**
   * git lists the paths of its index, which need not be real paths of the work tree: a directory
   * replaced by a symbolic link since (the index still holds conf/main.cf, conf now leads elsewhere),
   * or a crafted index with "../" in a path. The file is read only if its real path stays inside.
   * Returns that real path, null when it lies outside, undefined when it cannot be resolved.
   */
  private gitFileReal(relPath: string, abs: string): string | null | undefined {
    // lstat found a regular file, not a link: its real path is its folder's real path and its name. A
    // folder holds several config files (main.cf, master.cf): its real path is asked for once.
    const folder = path.dirname(abs);
    let realFolder = this.realFolders.get(folder);
    if (realFolder === undefined) {
      try {
        realFolder = realpathSync.native(folder); // synchronous for the reason given in fromGit
      } catch {
        return undefined; // the read reports what is wrong with it
      }
      this.realFolders.set(folder, realFolder);
    }
    const real = path.join(realFolder, path.basename(abs));
    if (this.inside(real)) return real;
    this.report('warning', 'discover/outside-root', relPath, `its real path is outside the scanned root (${real}); not read`);
    return null;
  }
}

/** Does a path hold U+FFFD, the stand-in of bytes that are not UTF-8 (Node decodes file names as UTF-8)? */
function undecodable(relPath: string): boolean {
  return relPath.includes('\uFFFD');
}

const SKIPPED_DIRECTORY_NAMES: readonly string[] = [...ALWAYS_SKIPPED_DIRECTORIES];

/** A fast pre-test: could some segment of this path be one of ALWAYS_SKIPPED_DIRECTORIES? */
function mayHaveSkippedSegment(p: string): boolean {
  for (const name of SKIPPED_DIRECTORY_NAMES) if (p.includes(name)) return true;
  return false;
}

/** Whether the last segment of a path is a config file's name (every one holds ".cf": most paths fail there, with no copy). */
function mayBeConfigFile(p: string): boolean {
  const slash = p.lastIndexOf('/');
  return p.includes('.cf', slash + 1) && classifyFileName(p.slice(slash + 1)) !== undefined;
}

function join(relDir: string, name: string): string {
  return relDir === '' ? name : `${relDir}/${name}`;
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** All candidate files under `root`, sorted by relative path. */
export async function listCandidates(root: string, options: CandidateOptions): Promise<CandidateListing> {
  const absoluteRoot = path.resolve(root);
  let realRoot: string;
  try {
    realRoot = await realpath(absoluteRoot);
    if (!(await stat(realRoot)).isDirectory()) {
      return {
        candidates: [],
        diagnostics: [{ severity: 'error', code: 'discover/root-not-directory', message: `${root} is not a directory`, path: '.' }],
        mode: 'walk',
      };
    }
  } catch (error) {
    return {
      candidates: [],
      diagnostics: [
        { severity: 'error', code: 'discover/root-missing', message: `${root} cannot be opened (${errorCode(error)})`, path: '.' },
      ],
      mode: 'walk',
    };
  }

  const lister = new Lister(absoluteRoot, realRoot, options);
  const git = await (options.gitListing ?? listGitFiles(absoluteRoot));
  let mode: CandidateListing['mode'] = 'walk';
  if (git.kind === 'listed') {
    mode = 'git';
    lister.markVisited(realRoot);
    for (const { path: folder, reason } of git.unopened) {
      lister.diagnostics.push({ severity: 'warning', code: 'discover/unreadable-directory', message: `git could not open this folder (${reason}); not searched`, path: folder });
    }
    await lister.fromGit(git.entries);
  } else {
    if (git.kind === 'root-ignored') {
      lister.diagnostics.push({
        severity: 'notice',
        code: 'discover/root-ignored-by-git',
        message: 'the scanned folder is ignored by the git work tree around it; walked it and applied the .gitignore files inside it',
        path: '.',
      });
    } else if (git.kind === 'failed') {
      lister.diagnostics.push({
        severity: 'notice',
        code: 'discover/git-failed',
        message: `git could not list the work tree (${git.reason}); walked the tree and applied .gitignore files instead`,
        path: '.',
      });
    }
    await lister.walk('', absoluteRoot, IgnoreChain.empty());
  }
  await lister.walkDeferred();
  lister.candidates.sort((a, b) => compareStrings(a.relPath, b.relPath));
  return { candidates: lister.candidates, diagnostics: lister.diagnostics, mode };
}
