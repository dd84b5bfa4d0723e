/**
 * The shared corpus (../shared/corpus beside the checkout) stores each repository's files as
 * "<owner>__<repo>/<path with / replaced by __>". stageCorpusRepository rebuilds the original paths
 * in a temp folder so that discovery sees each repository's real layout (templates included).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
export const corpusPresent = (): boolean => existsSync(CORPUS);

/** Copy the corpus into a new temp folder with the original paths; the caller removes it. */
export function stageCorpusRepository(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const owner of readdirSync(CORPUS)) {
    const from = path.join(CORPUS, owner);
    if (!statSync(from).isDirectory()) continue;
    for (const file of readdirSync(from)) {
      const to = path.join(dir, owner, ...file.split('__'));
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(path.join(from, file), to);
    }
  }
  return dir;
}
