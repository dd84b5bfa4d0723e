/** Config sets for the fix tests: from texts (in memory) or from a directory on disk. */
import { discoverConfigSets, type ConfigSet, type DiscoveredFile } from '../../src/discover/index.js';
import type { ConfigFileKind } from '../../src/discover/file-names.js';
import { loadConfigSet, type LoadedConfigSet } from '../../src/postfix/config-set.js';

export interface Files {
  main?: string | Buffer;
  master?: string | Buffer;
}

const NAMES: Record<keyof Files, ConfigFileKind> = { main: 'main.cf', master: 'master.cf' };

export function loadedOf(files: Files, directory = 'etc/postfix'): LoadedConfigSet {
  const set: ConfigSet = { directory, files: [], pairedWithStockMaster: !files.master, pairedWithBuiltinDefaults: !files.main };
  for (const key of Object.keys(NAMES) as (keyof Files)[]) {
    const text = files[key];
    if (text === undefined) continue;
    const file: DiscoveredFile = {
      path: `${directory}/${NAMES[key]}`,
      absolutePath: `/nonexistent/${directory}/${NAMES[key]}`,
      kind: NAMES[key],
      bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
    };
    set.files.push(file);
    set[key] = file;
  }
  return loadConfigSet(set);
}

/** The config sets found under `root`, loaded. */
export async function loadedSetsUnder(root: string): Promise<LoadedConfigSet[]> {
  const found = await discoverConfigSets(root);
  return found.sets.map((s) => loadConfigSet(s));
}
