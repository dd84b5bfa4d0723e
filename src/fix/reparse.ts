/**
 * master.cf parsed again after edits, without parsing its unchanged entries again: fix verification
 * re-analyses a set once per fix or combination, and a fix changes one or a few service entries of a
 * file of dozens. The result is the MasterCf that parseMasterCf() gives for the edited text
 * (test/fix/reparse.test.ts compares the two on every master.cf of the corpus and the fixtures, with
 * generated edits); undefined means "parse the whole file" (the cases below that this does not handle).
 *
 * Why the rest of the file parses as before (the argument of editedEntryHolds, master-cf-edits.ts):
 * the edited range runs from the first character of the first edited entry to the line end after the
 * last one, and no edit touches that first character. The lines before the range are untouched and end
 * where an entry starts. The lines after it start another entry or are comments or blank (readllines()
 * joins a line to the one before only when it starts with a blank, and the range ends after the last
 * physical line of an entry, continuations after comment lines included, reference §1.1), and the
 * edited range still ends with a line break, so every later entry is read from the same text. Only
 * the positions of what follows the range move: offsets by the change in length, lines by the change
 * in line count, columns not at all (the range is made of whole lines).
 *
 * What a service line yields depends on its own text and on three things of the whole file, each
 * handled here by asking for the simple case and otherwise parsing the whole file:
 * - template placeholders (the `templated` flags): the edited text must have none (searched in full,
 *   as the parser would), and the unedited one neither;
 * - duplicate endpoints (markDuplicateServices: `supersededByLine` and a warning that names lines):
 *   no two services of the edited file may share an endpoint;
 * - diagnostics and postconf's warnings, which carry line numbers in their messages: the unedited
 *   file and the edited range must have none (then no line of the file has one).
 */
import type { LineItem, LogicalLine, Piece, TriviaLine } from '../postfix/logical-lines.js';
import { parseMasterCf, type MasterCf, type MasterOption, type MasterService } from '../postfix/master-cf.js';
import { makeSource, type Position, type SourceText, type Span } from '../postfix/source.js';
import { placeholdersOfSource, seedPlaceholders } from '../postfix/templates.js';
import { editedRange, type TextEdit } from './edits.js';
import { offsetAfterLine, offsetOfPosition } from './style.js';

/**
 * The edited master.cf, parsed: `source` is the edited file's SourceText (made by editedSource from
 * the edited text), `edits` the edits of this file that made it. undefined: parse it whole.
 */
export function reparseMasterCf(old: MasterCf, source: SourceText, edits: readonly TextEdit[]): MasterCf | undefined {
  const before = old.source;
  if (before.encoding !== 'utf8' || source.encoding !== 'utf8' || edits.length === 0) return undefined;
  if (old.fatal || old.diagnostics.length > 0 || old.postconfWarnings.length > 0) return undefined;
  if (placeholdersOfSource(before).length > 0) return undefined;
  // Without diagnostics every logical line is a service (a line that is not one is reported), in order.
  const logical: LogicalLine[] = [];
  for (const item of old.items) if (item.kind === 'logical') logical.push(item);
  if (logical.length !== old.services.length) return undefined;

  // The edits of each entry: an edit lies after the entry's first character and ends at the latest at
  // the line end after its last line.
  const byEntry = new Map<number, TextEdit[]>();
  for (const e of edits) {
    if (e.file !== before.path) return undefined;
    const a = offsetOfPosition(before, e.startLine, e.startColumn);
    const b = offsetOfPosition(before, e.endLine, e.endColumn);
    if (a === undefined || b === undefined) return undefined;
    const k = entryHolding(logical, before, a, b);
    if (k === -1) return undefined;
    const list = byEntry.get(k);
    if (list) list.push(e);
    else byEntry.set(k, [e]);
  }
  // Each edited entry alone, with its edits applied.
  const parts = new Map<number, { parsed: MasterCf; start: number; end: number; grows: number; newLines: number }>();
  for (const [k, list] of byEntry) {
    const line = logical[k] as LogicalLine;
    const start = line.startOffset;
    const end = offsetAfterLine(before, line.lastLine);
    const lines = editedRange(before, list, start, end);
    if (lines === undefined) return undefined;
    const part = makeSource(before.path, lines, 'utf8');
    // No placeholder in the whole edited text (checked below) means none in this part either.
    seedPlaceholders(part, []);
    const parsed = parseMasterCf(part);
    if (parsed.fatal || parsed.diagnostics.length > 0 || parsed.postconfWarnings.length > 0) return undefined;
    // Line breaks in the range before and after the edits (the range ends after its last line's break,
    // unless that line ends the file without one).
    const oldBreaks = before.lineStarts[line.lastLine] !== undefined ? line.lastLine - line.firstLine + 1 : line.lastLine - line.firstLine;
    parts.set(k, { parsed, start, end, grows: lines.length - (end - start), newLines: part.lineStarts.length - 1 - oldBreaks });
  }
  // Searched (and kept for the model) as parseMasterCf would search it.
  if (placeholdersOfSource(source).length > 0) return undefined;

  const items: LineItem[] = [];
  const services: MasterService[] = [];
  const lineMap = new Map<LogicalLine, LogicalLine>();
  const shift: Shift = { offset: 0, line: 0 };
  let entry = -1;
  let skipUntil = -1;
  for (const item of old.items) {
    if (item.startOffset < skipUntil) continue; // an edited entry's own lines, replaced below
    if (item.kind === 'trivia') {
      items.push(shift.offset === 0 && shift.line === 0 ? item : shiftedItem(item, shift, lineMap));
      continue;
    }
    entry++;
    const service = old.services[entry] as MasterService;
    const part = parts.get(entry);
    if (!part) {
      if (shift.offset === 0 && shift.line === 0) {
        items.push(item);
        services.push(service);
      } else {
        items.push(shiftedItem(item, shift, lineMap));
        services.push(shiftedService(service, shift, lineMap));
      }
      continue;
    }
    const at: Shift = { offset: part.start + shift.offset, line: item.firstLine - 1 + shift.line };
    for (const x of part.parsed.items) items.push(shiftedItem(x, at, lineMap));
    for (const s of part.parsed.services) services.push(shiftedService(s, at, lineMap));
    skipUntil = part.end;
    shift.offset += part.grows;
    shift.line += part.newLines;
  }
  // `source` is the whole file with the same edits, which all lie in the entries.
  if (source.text.length !== before.text.length + shift.offset || source.lineStarts.length !== before.lineStarts.length + shift.line) return undefined;

  const keys = new Set<string>();
  for (const s of services) keys.add(s.endpointKey);
  if (keys.size !== services.length) return undefined;
  return { source, items, services, diagnostics: [], postconfWarnings: [] };
}

/** Index of the logical line whose entry holds [a, b], or -1. */
function entryHolding(logical: readonly LogicalLine[], source: SourceText, a: number, b: number): number {
  let lo = 0;
  let hi = logical.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((logical[mid] as LogicalLine).startOffset < a) lo = mid + 1;
    else hi = mid;
  }
  // The last entry that starts before a.
  const k = lo - 1;
  if (k < 0) return -1;
  return b <= offsetAfterLine(source, (logical[k] as LogicalLine).lastLine) ? k : -1;
}

interface Shift {
  offset: number;
  line: number;
}

const shiftedPosition = (p: Position, d: Shift): Position => ({ line: p.line + d.line, column: p.column, offset: p.offset + d.offset });
const shiftedSpan = (s: Span, d: Shift): Span => ({ start: shiftedPosition(s.start, d), end: shiftedPosition(s.end, d) });

function shiftedItem(item: LineItem, d: Shift, lineMap: Map<LogicalLine, LogicalLine>): LineItem {
  if (item.kind === 'trivia') {
    const t: TriviaLine = { kind: 'trivia', line: item.line + d.line, startOffset: item.startOffset + d.offset, endOffset: item.endOffset + d.offset, comment: item.comment };
    return t;
  }
  const pieces: Piece[] = [];
  for (const p of item.pieces) pieces.push({ textStart: p.textStart, sourceStart: p.sourceStart + d.offset, length: p.length });
  const line: { -readonly [K in keyof LogicalLine]: LogicalLine[K] } = {
    kind: 'logical',
    text: item.text,
    firstLine: item.firstLine + d.line,
    lastLine: item.lastLine + d.line,
    startOffset: item.startOffset + d.offset,
    endOffset: item.endOffset + d.offset,
    pieces,
    startsWithWhitespace: item.startsWithWhitespace,
  };
  if (item.nulOffset !== undefined) line.nulOffset = item.nulOffset + d.offset;
  lineMap.set(item, line);
  return line;
}

function shiftedService(s: MasterService, d: Shift, lineMap: ReadonlyMap<LogicalLine, LogicalLine>): MasterService {
  const options: MasterOption[] = [];
  for (const o of s.options) {
    options.push({ name: o.name, value: o.value, span: shiftedSpan(o.span, d), nameSpan: shiftedSpan(o.nameSpan, d), valueSpan: shiftedSpan(o.valueSpan, d), form: o.form, templated: o.templated });
  }
  const strayArguments: { text: string; span: Span }[] = [];
  for (const a of s.strayArguments) strayArguments.push({ text: a.text, span: shiftedSpan(a.span, d) });
  const fieldSpans: Span[] = [];
  for (const f of s.fieldSpans) fieldSpans.push(shiftedSpan(f, d));
  const service: MasterService = {
    name: s.name,
    type: s.type,
    private: s.private,
    unprivileged: s.unprivileged,
    chroot: s.chroot,
    wakeup: s.wakeup,
    maxproc: s.maxproc,
    command: s.command,
    normalizedArgv: s.normalizedArgv,
    options,
    strayArguments,
    line: lineMap.get(s.line) as LogicalLine,
    fieldSpans,
    templated: s.templated,
    endpointKey: s.endpointKey,
  };
  if (s.supersededByLine !== undefined) service.supersededByLine = s.supersededByLine + d.line;
  return service;
}
