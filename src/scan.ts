/**
 * The whole scan of one repository: discover config sets, then load and parse each one.
 * Used by both entry points (CLI and Action); it never prints.
 */
import { discoverConfigSets, type DiscoveryOptions } from './discover/index.js';
import type { Diagnostic } from './postfix/diagnostics.js';
import { loadConfigSet, type LoadedConfigSet } from './postfix/config-set.js';

export interface ScanOptions extends DiscoveryOptions {}

export interface ScanResult {
  readonly root: string;
  readonly sets: readonly LoadedConfigSet[];
  /** Problems not tied to one config set (discovery: symlinks out of the root, unreadable folders, ...). */
  readonly diagnostics: readonly Diagnostic[];
}

export async function scanRepository(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const discovery = await discoverConfigSets(root, options);
  const sets: LoadedConfigSet[] = [];
  for (const set of discovery.sets) sets.push(loadConfigSet(set));
  return { root, sets, diagnostics: discovery.diagnostics };
}
