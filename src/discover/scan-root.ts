/**
 * The check the entry points make before a scan: a root that is missing or not a folder is refused,
 * since a mistyped path would otherwise find nothing and pass. (Its own module: the Action checks its
 * inputs before it loads discovery.)
 */
import { statSync } from 'node:fs';

/** Why `root` cannot be scanned at all (missing, not a folder), or undefined. */
export function scanRootProblem(root: string): string | undefined {
  try {
    return statSync(root).isDirectory() ? undefined : 'not a folder (name the folder that holds the config files)';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'no such folder' : `cannot be opened (${code ?? String(error)})`;
  }
}
