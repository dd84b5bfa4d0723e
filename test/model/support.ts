/** Build a config set model from file texts (no disk needed: discovery hands bytes to the loader). */
import { loadConfigSet } from '../../src/postfix/config-set.js';
import type { ConfigSet, DiscoveredFile } from '../../src/discover/index.js';
import type { ConfigFileKind } from '../../src/discover/file-names.js';
import { buildConfigSetModel } from '../../src/model/index.js';
import type { ConfigSetModel, Endpoint, ModelOptions } from '../../src/model/index.js';

export interface Files {
  main?: string;
  master?: string;
  mainOverride?: string;
  masterOverride?: string;
}

const NAMES: Record<keyof Files, ConfigFileKind> = { main: 'main.cf', master: 'master.cf', mainOverride: 'postfix-main.cf', masterOverride: 'postfix-master.cf' };

export function modelOf(files: Files, options: ModelOptions = {}): ConfigSetModel {
  const set: ConfigSet = { directory: 'etc/postfix', files: [], pairedWithStockMaster: !files.master, pairedWithBuiltinDefaults: !files.main };
  for (const key of Object.keys(NAMES) as (keyof Files)[]) {
    const text = files[key];
    if (text === undefined) continue;
    const file: DiscoveredFile = { path: `etc/postfix/${NAMES[key]}`, absolutePath: `/nonexistent/etc/postfix/${NAMES[key]}`, kind: NAMES[key], bytes: Buffer.from(text, 'utf8') };
    set.files.push(file);
    set[key] = file;
  }
  return buildConfigSetModel(loadConfigSet(set), options);
}

export function endpoint(model: ConfigSetModel, service: string, type = 'inet'): Endpoint {
  const e = model.endpoints.find((x) => x.service === service && x.type === type);
  if (!e) throw new Error(`no endpoint ${service}/${type}; have ${model.endpoints.map((x) => `${x.service}/${x.type}`).join(', ')}`);
  return e;
}

export const codes = (model: ConfigSetModel): string[] => model.diagnostics.map((d) => d.code);

/** Line number (1-based) of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not found`);
  return i + 1;
}
