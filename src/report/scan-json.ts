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

/*
 * The same JSON written in parts, so that a scan can write each config set as soon as it is judged:
 * scanJsonHead, then scanJsonSet for every set, then scanJsonTail give, joined, exactly
 * `JSON.stringify({ ...scanToJson(result), ...more }, null, 2)` followed by a newline.
 */

/** JSON.stringify(value, null, 2) as it reads nested `depth` levels deep in an indented document. */
function nestedJson(value: unknown, depth: number): string {
  // A JSON text has line breaks only between its tokens (a string's are escaped).
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

export function scanJsonHead(root: string, toolVersion: string): string {
  const { tool } = scanToJson({ root, sets: [], diagnostics: [] }, toolVersion);
  return `{\n  "tool": ${nestedJson(tool, 1)},\n  "root": ${JSON.stringify(root)},\n  "configSets": [`;
}

/** `index`: the set's place among the sets (the first has no comma before it). */
export function scanJsonSet(listing: SetListing, index: number): string {
  return `${index === 0 ? '' : ','}\n    ${nestedJson(setToJson(listing), 2)}`;
}

/**
 * `sets`: how many sets were written; `more`: the fields that follow the scan's own (the findings).
 * Written to `write` in pieces, an array's elements one by one (a long report is never one string).
 */
export function writeScanJsonTail(sets: number, diagnostics: readonly Diagnostic[], more: object, write: (text: string) => void): void {
  write(sets === 0 ? ']' : '\n  ]');
  for (const [key, value] of Object.entries({ diagnostics: diagnostics.map(diagnosticToJson), ...more })) {
    if (value === undefined) continue;
    write(`,\n  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      value.forEach((element, i) => write(`${i === 0 ? '[' : ','}\n    ${nestedJson(element ?? null, 2)}`));
      write('\n  ]');
    } else write(nestedJson(value, 1));
  }
  write('\n}\n');
}
