/**
 * Lossless main.cf parser (reference §1.1-§1.3; S:v3.7.11 src/util/dict.c dict_load_fp(),
 * src/util/split_nameval.c).
 *
 * Every logical line is `name = value`: the name runs to the first whitespace or '=', the '=' is
 * required, and the value is everything after the first '=' with surrounding whitespace trimmed.
 * A line without '=' is fatal for every Postfix program. Later definitions replace earlier ones
 * (with a warning); a UTF-8 BOM stays part of the first name.
 */
import type { Diagnostic } from './diagnostics.js';
import { leadingWhitespaceWarning, nulCharacterWarning, readLogicalLines, spanInLine, type LineItem, type LogicalLine } from './logical-lines.js';
import { isPostfixSpaceCode, spanOf, type SourceText, type Span } from './source.js';
import { overlapsPlaceholder as overlapsSorted, placeholdersOfSource, type Placeholder } from './templates.js';

export interface MainCfEntry {
  name: string;
  value: string;
  nameSpan: Span;
  valueSpan: Span;
  line: LogicalLine;
  templated: boolean;
}

export interface MainCf {
  source: SourceText;
  items: LineItem[];
  /** File order, duplicates kept. */
  entries: MainCfEntry[];
  /** Last definition of each name. */
  values: ReadonlyMap<string, MainCfEntry>;
  diagnostics: Diagnostic[];
  fatal?: Diagnostic;
}

export type SplitNameValue = { name: string; value: string; nameStart: number; nameEnd: number; valueStart: number; valueEnd: number } | { error: string };

/** split_nameval(): offsets are into `text`. */
export function splitNameValue(text: string): SplitNameValue {
  let i = 0;
  while (i < text.length && isPostfixSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return { error: 'missing attribute name' };
  const nameStart = i;
  while (i < text.length && !isPostfixSpaceCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x3d /* = */) i++;
  const nameEnd = i;
  while (i < text.length && isPostfixSpaceCode(text.charCodeAt(i))) i++;
  if (nameEnd === nameStart) return { error: 'missing attribute name' };
  if (text.charCodeAt(i) !== 0x3d /* = */) return { error: "missing '=' after attribute name" };
  i++;
  while (i < text.length && isPostfixSpaceCode(text.charCodeAt(i))) i++;
  const valueStart = i;
  let valueEnd = text.length;
  while (valueEnd > valueStart && isPostfixSpaceCode(text.charCodeAt(valueEnd - 1))) valueEnd--;
  return {
    name: text.slice(nameStart, nameEnd),
    value: text.slice(valueStart, valueEnd),
    nameStart,
    nameEnd,
    valueStart,
    valueEnd,
  };
}

function overlapsPlaceholder(placeholders: readonly Placeholder[], start: number, end: number): boolean {
  return overlapsSorted(placeholders, start, Math.max(end, start + 1));
}

/** What parseMainCf collects while it reads one logical line after another. */
interface MainCfReading {
  readonly source: SourceText;
  readonly placeholders: readonly Placeholder[];
  readonly entries: MainCfEntry[];
  readonly values: Map<string, MainCfEntry>;
  readonly diagnostics: Diagnostic[];
  fatal?: Diagnostic;
}

/*
 * parseMainCf is split into one function per kind of line (as parseMasterCf is): the common one, a
 * definition, stays small, and no closure is made per line.
 */

export function parseMainCf(source: SourceText): MainCf {
  const items = readLogicalLines(source);
  const reading: MainCfReading = { source, placeholders: placeholdersOfSource(source), entries: [], values: new Map(), diagnostics: [] };
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as LineItem;
    if (item.kind !== 'logical') continue;
    if (item.startsWithWhitespace) {
      ignoreIndentedLine(reading, item);
      continue;
    }
    if (item.nulOffset !== undefined) reading.diagnostics.push(nulCharacterWarning(source, item, 'main-cf/nul-character') as Diagnostic);
    const split = splitNameValue(item.text);
    if ('error' in split) {
      // dict_load_fp(): the first bad line is fatal; Postfix reads no further.
      refuseLine(reading, item, split.error);
      break;
    }
    readDefinition(reading, item, split);
  }
  const result: MainCf = { source, items, entries: reading.entries, values: reading.values, diagnostics: reading.diagnostics };
  if (reading.fatal) result.fatal = reading.fatal;
  return result;
}

function ignoreIndentedLine(reading: MainCfReading, item: LogicalLine): void {
  const { source } = reading;
  reading.diagnostics.push({
    severity: 'warning',
    code: 'main-cf/leading-whitespace',
    message: 'This line starts with whitespace and nothing precedes it, so Postfix ignores it.',
    path: source.path,
    span: spanOf(source, item.startOffset, item.endOffset),
    postfixMessage: leadingWhitespaceWarning(source.path, item),
  });
}

function refuseLine(reading: MainCfReading, item: LogicalLine, error: string): void {
  const { source } = reading;
  const path = source.path;
  const fatal: Diagnostic = {
    severity: 'fatal',
    code: error === 'missing attribute name' ? 'main-cf/missing-name' : 'main-cf/missing-equals',
    message:
      error === 'missing attribute name'
        ? 'This line has no parameter name before "="; Postfix refuses the whole file.'
        : 'This line has no "=" after the parameter name; Postfix refuses the whole file.',
    path,
    span: spanOf(source, item.startOffset, item.endOffset),
    postfixMessage: `${path}, line ${item.firstLine}: ${error}: "${item.text}"`,
  };
  reading.fatal = fatal;
  reading.diagnostics.push(fatal);
}

function readDefinition(reading: MainCfReading, item: LogicalLine, split: Exclude<SplitNameValue, { error: string }>): void {
  const { source, values } = reading;
  const nameSpan = spanInLine(source, item, split.nameStart, split.nameEnd);
  const valueSpan = spanInLine(source, item, split.valueStart, split.valueEnd);
  const entry: MainCfEntry = {
    name: split.name,
    value: split.value,
    nameSpan,
    valueSpan,
    line: item,
    templated: overlapsPlaceholder(reading.placeholders, valueSpan.start.offset, valueSpan.end.offset),
  };
  const previous = values.get(split.name);
  // dict_update(): only a different value is reported (S:v3.7.11 src/util/dict.c).
  if (previous && previous.value !== split.value) {
    const path = source.path;
    reading.diagnostics.push({
      severity: 'warning',
      code: 'main-cf/duplicate',
      message: `"${split.name}" is set again here; Postfix uses only this last value ("${split.value}"), not the one on line ${previous.line.firstLine}.`,
      path,
      span: nameSpan,
      postfixMessage: `${path}, line ${item.firstLine}: overriding earlier entry: ${split.name}=${previous.value}`,
    });
  }
  reading.entries.push(entry);
  values.set(split.name, entry);
}
