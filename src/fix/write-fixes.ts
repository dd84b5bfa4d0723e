/**
 * `scan --fix`: write the fixed texts back, one file at a time, each only when it is safe. A file
 * that cannot be written (read-only, immutable, gone) is reported and the others are still written;
 * a file that changed since the scan read it is left alone (the fix was made for the old text and
 * would undo the change); a path whose real location now lies outside the scanned folder (a folder
 * replaced by a symbolic link meanwhile) is not followed; and two config files that are one file
 * through a symbolic link get one write, or none when their fixes disagree.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeText, type SourceEncoding } from '../postfix/source.js';
import { isOutside, readRegularFile } from '../discover/regular-file.js';

export interface FixedFile {
  /** Path relative to the scan root, as the report names it. */
  file: string;
  /** The text the scan read. */
  before: string;
  /** The text with the fixes applied. */
  after: string;
  encoding: SourceEncoding;
}

export interface FixWriteResult {
  /** Files written (relative paths, in the order given). */
  written: string[];
  /** One sentence per file left unwritten, naming it. */
  problems: string[];
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? String((error as Error).message ?? error);
}

export function writeFixedFiles(root: string, files: readonly FixedFile[]): FixWriteResult {
  const written: string[] = [];
  const problems: string[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    return { written, problems: files.map((f) => `${f.file}: not written, the scanned folder cannot be opened now (${reason(error)})`) };
  }
  // Group by real file: a config file may be another one through a symbolic link.
  const byReal = new Map<string, { real: string; members: FixedFile[] }>();
  for (const f of files) {
    let real: string;
    try {
      real = realpathSync(path.join(root, f.file));
    } catch (error) {
      problems.push(`${f.file}: not written, it cannot be opened now (${reason(error)})`);
      continue;
    }
    if (isOutside(realRoot, real)) {
      problems.push(`${f.file}: not written, it now leads outside the scanned folder (to ${real})`);
      continue;
    }
    const group = byReal.get(real) ?? { real, members: [] };
    group.members.push(f);
    byReal.set(real, group);
  }
  for (const { real, members } of byReal.values()) {
    const first = members[0] as FixedFile;
    const names = members.map((m) => m.file).join(', ');
    if (members.some((m) => m.after !== first.after || m.encoding !== first.encoding)) {
      problems.push(`${names}: not written, they are one file (through a symbolic link) and their config sets need different fixes`);
      continue;
    }
    try {
      const now = readRegularFile(real);
      if (!members.some((m) => now.equals(encodeText(m.before, m.encoding)))) {
        problems.push(`${names}: not written, the file changed after the scan read it (scan again)`);
        continue;
      }
      writeFileSync(real, encodeText(first.after, first.encoding));
      written.push(...members.map((m) => m.file));
    } catch (error) {
      problems.push(`${names}: not written (${reason(error)})`);
    }
  }
  return { written, problems };
}
