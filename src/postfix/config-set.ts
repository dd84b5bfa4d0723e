/**
 * Parsing the files of one discovered config set. A file that cannot be parsed yields diagnostics
 * and the other files of the set are still analysed.
 */
import { type ConfigSet, type DiscoveredFile } from '../discover/index.js';
import { STOCK_MASTER_CF, STOCK_MASTER_CF_ORIGIN } from '../discover/stock-master-cf.js';
import type { Diagnostic } from './diagnostics.js';
import { parseMainCf, type MainCf } from './main-cf.js';
import { parseMasterCf, type MasterCf } from './master-cf.js';
import { makeSource, type SourceText } from './source.js';
import { seedPlaceholders } from './templates.js';

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

/** Discovery already read (and size-checked) each file; it is decoded here, never read again. */
function sourceOf(file: DiscoveredFile): SourceText {
  const source = makeSource(file.path, file.bytes);
  // Discovery searched the same decoded text: its placeholders need not be searched again.
  if (file.placeholders) seedPlaceholders(source, file.placeholders);
  return source;
}

let stockMaster: MasterCf | undefined;
/** The stock master.cf is the same text for every set that lacks one: parsed once, shared (read-only). */
function stockMasterCf(): MasterCf {
  return (stockMaster ??= parseMasterCf(makeSource(`(stock master.cf: ${STOCK_MASTER_CF_ORIGIN})`, STOCK_MASTER_CF)));
}

export function loadConfigSet(set: ConfigSet): LoadedConfigSet {
  const diagnostics: Diagnostic[] = [];
  const mainSource = set.main ? sourceOf(set.main) : undefined;
  const masterSource = set.master ? sourceOf(set.master) : undefined;
  const mainOverrideSource = set.mainOverride ? sourceOf(set.mainOverride) : undefined;
  const masterOverrideSource = set.masterOverride ? sourceOf(set.masterOverride) : undefined;

  const main = mainSource ? parseMainCf(mainSource) : undefined;
  const masterIsStock = !set.master;
  const master = masterSource
    ? parseMasterCf(masterSource)
    : masterIsStock && set.main
      ? stockMasterCf()
      : undefined;
  const mainOverride = mainOverrideSource ? parseMainCf(mainOverrideSource) : undefined;

  for (const parsed of [main, master, mainOverride]) if (parsed) for (const d of parsed.diagnostics) diagnostics.push(d);
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
