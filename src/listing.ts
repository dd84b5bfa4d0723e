/**
 * What a scan found, as plain data: the files of each config set, its parameters and services. The
 * listing formatters (scan-text.ts, scan-json.ts) read only this, so a scan can drop each set's parse
 * trees and model as soon as the set is judged (a repository with a thousand sets would otherwise
 * hold them all until it prints).
 */
import type { ConfigFileKind } from './discover/index.js';
import type { Diagnostic } from './postfix/diagnostics.js';
import type { LoadedConfigSet } from './postfix/config-set.js';

export interface ListedFile {
  path: string;
  kind: ConfigFileKind;
  template?: string;
}

/** A main.cf line that sets a parameter (field order is the JSON output's). */
export interface ListedParameter {
  name: string;
  value: string;
  file: string;
  line: number;
  column: number;
  /** The last definition of the name, the one Postfix uses. */
  effective: boolean;
  templated: boolean;
}

export interface ListedOption {
  name: string;
  value: string;
  line: number;
  column: number;
  templated: boolean;
}

export interface ListedService {
  name: string;
  type: string;
  command: string;
  file: string;
  line: number;
  templated: boolean;
  options: ListedOption[];
  /** Arguments after option parsing stopped. */
  strayArguments: { text: string; line: number; column: number }[];
}

export interface SetListing {
  directory: string;
  files: ListedFile[];
  /** Postfix's stock master.cf stands in for a master.cf the set lacks. */
  masterIsStock: boolean;
  /** The set has a main.cf of its own (otherwise built-in defaults apply). */
  hasMain: boolean;
  main?: { path: string; parameters: ListedParameter[] };
  master?: { path: string; services: ListedService[] };
  diagnostics: readonly Diagnostic[];
}

export interface ScanListing {
  /** As shown to the user (the CLI shows it relative to the working folder). */
  root: string;
  sets: readonly SetListing[];
  /** Problems not tied to one config set (discovery). */
  diagnostics: readonly Diagnostic[];
}

export function listingOf(loaded: LoadedConfigSet): SetListing {
  const { set, main, master } = loaded;
  const listing: SetListing = {
    directory: set.directory,
    files: set.files.map((f) => ({ path: f.path, kind: f.kind, ...(f.template ? { template: f.template } : {}) })),
    masterIsStock: loaded.masterIsStock,
    hasMain: set.main !== undefined,
    diagnostics: loaded.diagnostics,
  };
  if (main) {
    listing.main = {
      path: main.source.path,
      parameters: main.entries.map((e) => ({
        name: e.name,
        value: e.value,
        file: main.source.path,
        line: e.nameSpan.start.line,
        column: e.nameSpan.start.column,
        effective: main.values.get(e.name) === e,
        templated: e.templated,
      })),
    };
  }
  if (master) {
    listing.master = {
      path: master.source.path,
      services: master.services.map((s) => ({
        name: s.name,
        type: s.type,
        command: s.command,
        file: master.source.path,
        line: s.line.firstLine,
        templated: s.templated,
        options: s.options.map((o) => ({ name: o.name, value: o.value, line: o.span.start.line, column: o.span.start.column, templated: o.templated })),
        strayArguments: s.strayArguments.map((a) => ({ text: a.text, line: a.span.start.line, column: a.span.start.column })),
      })),
    };
  }
  return listing;
}
