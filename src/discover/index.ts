/**
 * Discovery of Postfix config sets in a repository: which files are main.cf / master.cf (or templates
 * and docker-mailserver overrides of them), grouped by directory. Never parses Postfix syntax; never throws
 * for bad input (problems become diagnostics).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../postfix/diagnostics.js';
import { decodeBytes } from '../postfix/source.js';
import { findPlaceholders, languageOfPlaceholders, type Placeholder, type TemplateLanguage } from '../postfix/templates.js';
import { errorCode, listCandidates, type Candidate } from './candidates.js';
import type { ConfigFileKind } from './file-names.js';
import { compareStrings, type GitListing } from './git-listing.js';

export type { ConfigFileKind } from './file-names.js';
export { classifyFileName } from './file-names.js';
export { STOCK_MASTER_CF, STOCK_MASTER_CF_ORIGIN } from './stock-master-cf.js';

/** Files larger than this are reported and not read (a real main.cf is far below 1 MiB). */
export const MAX_DISCOVERED_FILE_BYTES = 8 * 1024 * 1024;

export interface DiscoveryOptions {
  /** picomatch globs relative to the root; when given, only matching files are considered. */
  include?: string[];
  /** picomatch globs relative to the root; matching files and directories are skipped. */
  exclude?: string[];
  /** git's listing of the root, already started with listGitFiles(root) (see candidates.ts). */
  gitListing?: Promise<GitListing>;
}

export interface DiscoveredFile {
  /** Relative to the root, "/" separators. */
  path: string;
  absolutePath: string;
  kind: ConfigFileKind;
  /**
   * Set when the path reaches its file through a symbolic link: the real file's path relative to the
   * root. git stores a link as a link, so a patch or a review suggestion must name this path instead.
   */
  realPath?: string;
  /** Set for a template: from the name's extension, or from placeholders found in the content. */
  template?: TemplateLanguage | 'unknown';
  /** The file's bytes, read once here (bounded by MAX_DISCOVERED_FILE_BYTES) so later stages need not read it again. */
  bytes: Buffer;
  /**
   * Template placeholders in the bytes as the parsers decode them (decodeBytes), when discovery looked for
   * them to tell a template from its content; the parsers use these instead of searching again. Plain data,
   * so that it travels with the file to a worker thread.
   */
  placeholders?: readonly Placeholder[];
}

export interface ConfigSet {
  /** Relative to the root, "." for the root itself. */
  directory: string;
  /**
   * Template variant shared by the files of this set ("debian" for master.cf.debian.erb); absent for
   * plain names and plain template names (main.cf.j2). Each variant in a directory is its own set.
   */
  variant?: string;
  /** Every file of the set, sorted by path. */
  files: DiscoveredFile[];
  main?: DiscoveredFile;
  master?: DiscoveredFile;
  /** docker-mailserver postfix-main.cf (main.cf syntax, applied after main.cf). */
  mainOverride?: DiscoveredFile;
  /** docker-mailserver postfix-master.cf (postconf -P syntax). */
  masterOverride?: DiscoveredFile;
  /** The set has a main.cf but no master.cf: Postfix's stock master.cf stands in for it. */
  pairedWithStockMaster: boolean;
  /** The set has a master.cf but no main.cf: every parameter has its built-in default. */
  pairedWithBuiltinDefaults: boolean;
}

export interface DiscoveryResult {
  sets: ConfigSet[];
  diagnostics: Diagnostic[];
  /** How files were listed: git's index and ignore rules, or a walk applying .gitignore files. */
  mode: 'git' | 'walk';
}

export async function discoverConfigSets(root: string, options: DiscoveryOptions = {}): Promise<DiscoveryResult> {
  const listing = await listCandidates(root, options);
  const diagnostics = [...listing.diagnostics];
  const files: Array<{ file: DiscoveredFile; variant: string }> = [];
  for (const candidate of listing.candidates) {
    const file = inspect(candidate, diagnostics);
    if (file) files.push({ file, variant: candidate.name.variant });
  }
  const sets = groupIntoSets(files, diagnostics);
  diagnostics.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.code, b.code));
  return { sets, diagnostics, mode: listing.mode };
}

/**
 * Read a candidate (bounded) to check it is readable and to tell a template from its content.
 *
 * Synchronous calls: config files are small, and each of the four calls made through the promise API
 * is a round trip through libuv's thread pool that costs the main thread several times the read itself
 * (r1000, 1,722 files: ~290 ms CPU and ~600 ms wall with 16 reads in flight, ~55 ms CPU and ~130 ms
 * wall read one after another). O_NONBLOCK: should a listed file have become a FIFO since it was
 * listed, opening it does not wait for a writer (it has no effect on a regular file).
 */
function inspect(candidate: Candidate, diagnostics: Diagnostic[]): DiscoveredFile | undefined {
  const { relPath, absolutePath, name } = candidate;
  let bytes: Buffer;
  try {
    const fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      // Listed as a regular file, but it may have been replaced since (by a FIFO, a socket, a device).
      const info = fstatSync(fd);
      if (!info.isFile()) {
        diagnostics.push({ severity: 'warning', code: 'discover/not-a-regular-file', message: `${relPath} is not a regular file (a FIFO, socket or device); not read`, path: relPath });
        return undefined;
      }
      if (info.size > MAX_DISCOVERED_FILE_BYTES) {
        diagnostics.push({
          severity: 'error',
          code: 'discover/file-too-large',
          message: `${relPath} is ${info.size} bytes, over the ${MAX_DISCOVERED_FILE_BYTES}-byte limit; not read`,
          path: relPath,
        });
        return undefined;
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'discover/unreadable-file',
      message: `${relPath} could not be read (${errorCode(error)}); skipped`,
      path: relPath,
    });
    return undefined;
  }
  const file: DiscoveredFile = { path: relPath, absolutePath, kind: name.kind, bytes };
  if (candidate.realPath !== undefined) file.realPath = candidate.realPath;
  let fromContent: TemplateLanguage | undefined;
  if (name.template === undefined || name.template === 'unknown') {
    // The text as the parsers decode it, and no language hint ("unknown" labels placeholders as no hint
    // does, templates.ts): these are the placeholders the parsers would look for again, handed over.
    const found = findPlaceholders(decodeBytes(bytes).text);
    file.placeholders = found;
    fromContent = languageOfPlaceholders(found);
  }
  const template = name.template === 'unknown' ? (fromContent ?? 'unknown') : (name.template ?? fromContent);
  if (template !== undefined) file.template = template;
  return file;
}

const ROLE_OF_KIND: Record<ConfigFileKind, 'main' | 'master' | 'mainOverride' | 'masterOverride'> = {
  'main.cf': 'main',
  'master.cf': 'master',
  'postfix-main.cf': 'mainOverride',
  'postfix-master.cf': 'masterOverride',
};

function groupIntoSets(files: Array<{ file: DiscoveredFile; variant: string }>, diagnostics: Diagnostic[]): ConfigSet[] {
  const groups = new Map<string, { directory: string; variant: string; files: DiscoveredFile[] }>();
  for (const { file, variant } of files) {
    const directory = path.posix.dirname(file.path);
    const key = `${directory}\0${variant}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { directory, variant, files: [] }));
    group.files.push(file);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => compareStrings(a.directory, b.directory) || compareStrings(a.variant, b.variant),
  );
  return ordered.map(({ directory, variant, files: members }) => {
    members.sort((a, b) => compareStrings(a.path, b.path));
    const set: ConfigSet = {
      directory,
      ...(variant ? { variant } : {}),
      files: members,
      pairedWithStockMaster: false,
      pairedWithBuiltinDefaults: false,
    };
    for (const kind of Object.keys(ROLE_OF_KIND) as ConfigFileKind[]) {
      // A plain file wins over a template of the same role (main.cf beside main.cf.j2 is the rendered one).
      const candidates = members
        .filter((f) => f.kind === kind)
        .sort((a, b) => Number(isTemplateName(a)) - Number(isTemplateName(b)) || compareStrings(a.path, b.path));
      const chosen = candidates[0];
      if (!chosen) continue;
      set[ROLE_OF_KIND[kind]] = chosen;
      for (const other of candidates.slice(1)) {
        diagnostics.push({
          severity: 'warning',
          code: 'discover/duplicate-role',
          message: `${other.path} is a second ${kind} in ${directory}; the set uses ${chosen.path} and this file is not analysed`,
          path: other.path,
        });
      }
    }
    set.pairedWithStockMaster = set.main !== undefined && set.master === undefined;
    set.pairedWithBuiltinDefaults = set.master !== undefined && set.main === undefined;
    return set;
  });
}

function isTemplateName(file: DiscoveredFile): boolean {
  return path.posix.basename(file.path) !== file.kind;
}
