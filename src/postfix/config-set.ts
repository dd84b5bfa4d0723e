/**
 * Reading and parsing the files of one discovered config set. Each file is read once; a file that
 * cannot be read or parsed yields diagnostics and the other files of the set are still analysed.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ConfigSet, DiscoveredFile } from '../discover/index.js';
import { STOCK_MASTER_CF, STOCK_MASTER_CF_ORIGIN } from '../discover/stock-master-cf.js';
import type { Diagnostic } from './diagnostics.js';
import { parseMainCf, type MainCf } from './main-cf.js';
import { parseMasterCf, type MasterCf } from './master-cf.js';
import { makeSource, type SourceText } from './source.js';

/** Files larger than this are reported, not parsed (a real main.cf is well under 1 MiB). */
export const MAX_CONFIG_FILE_BYTES = 8 * 1024 * 1024;

export interface LoadedConfigSet {
  readonly set: ConfigSet;
  readonly main?: MainCf;
  readonly master?: MasterCf;
  /** master.cf is Postfix's stock file because the set has none of its own. */
  readonly masterIsStock: boolean;
  /** docker-mailserver style postfix-main.cf (main.cf syntax), applied after main.cf. */
  readonly mainOverride?: MainCf;
  /** docker-mailserver style postfix-master.cf (postconf -P syntax). */
  readonly masterOverrideSource?: SourceText;
  readonly diagnostics: readonly Diagnostic[];
}

async function readSource(file: DiscoveredFile, diagnostics: Diagnostic[]): Promise<SourceText | undefined> {
  try {
    const info = await stat(file.absolutePath);
    if (info.size > MAX_CONFIG_FILE_BYTES) {
      diagnostics.push({
        severity: 'error',
        code: 'file/too-large',
        message: `${file.path} is ${info.size} bytes, over the ${MAX_CONFIG_FILE_BYTES}-byte limit; it was not analysed`,
        path: file.path,
      });
      return undefined;
    }
    return makeSource(file.path, await readFile(file.absolutePath));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    diagnostics.push({
      severity: 'error',
      code: 'file/unreadable',
      message: `${file.path} could not be read (${reason}); it was not analysed`,
      path: file.path,
    });
    return undefined;
  }
}

export async function loadConfigSet(set: ConfigSet): Promise<LoadedConfigSet> {
  const diagnostics: Diagnostic[] = [];
  const mainSource = set.main ? await readSource(set.main, diagnostics) : undefined;
  const masterSource = set.master ? await readSource(set.master, diagnostics) : undefined;
  const mainOverrideSource = set.mainOverride ? await readSource(set.mainOverride, diagnostics) : undefined;
  const masterOverrideSource = set.masterOverride ? await readSource(set.masterOverride, diagnostics) : undefined;

  const main = mainSource ? parseMainCf(mainSource) : undefined;
  const masterIsStock = !set.master;
  const master = masterSource
    ? parseMasterCf(masterSource)
    : masterIsStock && set.main
      ? parseMasterCf(makeSource(`(stock master.cf: ${STOCK_MASTER_CF_ORIGIN})`, STOCK_MASTER_CF))
      : undefined;
  const mainOverride = mainOverrideSource ? parseMainCf(mainOverrideSource) : undefined;

  for (const parsed of [main, master, mainOverride]) if (parsed) diagnostics.push(...parsed.diagnostics);
  return {
    set,
    ...(main ? { main } : {}),
    ...(master ? { master } : {}),
    masterIsStock,
    ...(mainOverride ? { mainOverride } : {}),
    ...(masterOverrideSource ? { masterOverrideSource } : {}),
    diagnostics,
  };
}
