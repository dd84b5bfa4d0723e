/** The scan as plain JSON data (stable field names; positions are 1-based). */
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { ScanListing, SetListing } from '../listing.js';

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

function setToJson(listing: SetListing) {
  return {
    directory: listing.directory,
    files: listing.files,
    masterIsStock: listing.masterIsStock,
    parameters: listing.main?.parameters ?? [],
    services: listing.master?.services ?? [],
    diagnostics: listing.diagnostics.map(diagnosticToJson),
  };
}

export function scanToJson(result: ScanListing, toolVersion: string) {
  return {
    tool: { name: 'postfix-tls-audit', version: toolVersion },
    root: result.root,
    configSets: result.sets.map(setToJson),
    diagnostics: result.diagnostics.map(diagnosticToJson),
  };
}
