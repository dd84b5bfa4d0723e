/** The scan as plain JSON data (stable field names; positions are 1-based). */
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { LoadedConfigSet } from '../postfix/config-set.js';
import type { ScanResult } from '../scan.js';

export interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  postfixMessage?: string;
}

export function diagnosticToJson(d: Diagnostic): JsonDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.path,
    ...(d.span
      ? { line: d.span.start.line, column: d.span.start.column, endLine: d.span.end.line, endColumn: d.span.end.column }
      : {}),
    ...(d.postfixMessage ? { postfixMessage: d.postfixMessage } : {}),
  };
}

function setToJson(loaded: LoadedConfigSet) {
  const { set, main, master } = loaded;
  return {
    directory: set.directory,
    files: set.files.map((f) => ({ path: f.path, kind: f.kind, ...(f.template ? { template: f.template } : {}) })),
    masterIsStock: loaded.masterIsStock,
    parameters: (main?.entries ?? []).map((e) => ({
      name: e.name,
      value: e.value,
      file: main!.source.path,
      line: e.nameSpan.start.line,
      column: e.nameSpan.start.column,
      effective: main!.values.get(e.name) === e,
      templated: e.templated,
    })),
    services: (master?.services ?? []).map((s) => ({
      name: s.name,
      type: s.type,
      command: s.command,
      file: master!.source.path,
      line: s.line.firstLine,
      templated: s.templated,
      options: s.options.map((o) => ({
        name: o.name,
        value: o.value,
        line: o.span.start.line,
        column: o.span.start.column,
        templated: o.templated,
      })),
      strayArguments: s.strayArguments.map((a) => ({ text: a.text, line: a.span.start.line, column: a.span.start.column })),
    })),
    diagnostics: loaded.diagnostics.map(diagnosticToJson),
  };
}

export function scanToJson(result: ScanResult, toolVersion: string) {
  return {
    tool: { name: 'postfix-tls-audit', version: toolVersion },
    root: result.root,
    configSets: result.sets.map(setToJson),
    diagnostics: result.diagnostics.map(diagnosticToJson),
  };
}
