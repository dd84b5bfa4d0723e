/**
 * Minimal master.cf edits: set or remove a service's `-o name=value`, in the service's own style.
 *
 * Reference §2.3: the daemon applies -o options in order (the last one for a name wins) and stops
 * reading options at the first non-option argument, so a new -o goes right after the last -o (or
 * after the command), never after a stray argument. A short `-o name=value` is one token and
 * cannot hold spaces; a value with spaces needs `-o { name = value }`.
 */
import { parseMasterCf, type MasterCf, type MasterOption, type MasterService } from '../postfix/master-cf.js';
import type { SourceText } from '../postfix/source.js';
import { applyEdits, editAtOffsets, editedRange, editedSource, type TextEdit } from './edits.js';
import type { BuildResult } from './main-cf-edits.js';
import { needsNewlineBefore, newlineOf, offsetAfterLine, offsetOfLine, offsetOfPosition } from './style.js';

/** A service: the parsed entry itself, or "name" / "name/type" (the last such entry, as master(8) uses). */
export type ServiceRef = MasterService | string;

const fail = (reason: string): BuildResult => ({ ok: false, reason });

export function findService(master: MasterCf, ref: ServiceRef): MasterService | undefined {
  if (typeof ref !== 'string') return master.services.includes(ref) ? ref : undefined;
  const [name, type] = ref.split('/');
  let found: MasterService | undefined;
  for (const s of master.services) if (s.name === name && (type === undefined || s.type === type)) found = s;
  return found;
}

function balancedBraces(value: string): boolean {
  let depth = 0;
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function badOption(name: string, value: string): string | undefined {
  if (name.length === 0 || /[\s={}#]/.test(name)) return `"${name}" is not a parameter name`;
  if (/[\r\n]/.test(value)) return 'a value cannot contain a line break';
  if (value !== value.trim()) return 'Postfix trims whitespace around a value; give it without';
  if (!balancedBraces(value)) return 'a master.cf value needs balanced braces';
  return undefined;
}

/** The short form is one token: blanks would split it. */
export function needsBracedForm(value: string): boolean {
  return /[ \t]/.test(value);
}

/** `-o name=value`, or `-o { name = value }` when the value has blanks. */
export function optionText(name: string, value: string): string {
  return needsBracedForm(value) ? `-o { ${name} = ${value} }` : `-o ${name}=${value}`;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** End of a physical line's content (before "\r\n" / "\n"). */
function contentEnd(source: SourceText, line: number): number {
  const next = source.lineStarts[line];
  let end = next === undefined ? source.text.length : next - 1;
  if (next !== undefined && source.text[end - 1] === '\r') end--;
  return end;
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text[i])) return false;
  return true;
}

/** Indentation of -o lines: the given option's, else the file's first -o line's, else two spaces. */
function optionIndent(master: MasterCf, near: MasterOption | undefined): string {
  const { source } = master;
  const indentOf = (o: MasterOption): string | undefined => {
    const lineStart = offsetOfLine(source, o.span.start.line);
    return o.span.start.offset > lineStart && onlyBlanks(source.text, lineStart, o.span.start.offset)
      ? source.text.slice(lineStart, o.span.start.offset)
      : undefined;
  };
  if (near) {
    const own = indentOf(near);
    if (own) return own;
  }
  for (const s of master.services) for (const o of s.options) {
    const i = indentOf(o);
    if (i) return i;
  }
  return '  ';
}

/**
 * Set `-o name=value` on a service. An existing option (the last one for `name`) gets its value
 * replaced in place, turning a short/attached option into `-o { name = value }` when the new
 * value has blanks; otherwise a new `-o` line goes after the service's last -o line (or its
 * command), with the same indentation.
 */
export function setServiceOption(master: MasterCf, ref: ServiceRef, name: string, value: string): BuildResult {
  const built = buildSetServiceOption(master, ref, name, value);
  if (!built.ok || built.edits.length === 0) return built;
  // Read the result back: an unbalanced "{" earlier on the line, for one, swallows what follows.
  const service = findService(master, ref) as MasterService;
  if (editedEntryHolds(master, service, built.edits, name, value)) return built;
  const index = master.services.indexOf(service);
  const { source } = master;
  const after = parseMasterCf(editedSource(source.path, applyEdits(source.text, built.edits, source.lineStarts), source.encoding));
  const got = after.services[index]?.options.filter((o) => o.name === name).at(-1)?.value;
  if (after.services.length !== master.services.length || got !== value) {
    return fail(`-o ${name}=${value} would not take effect on line ${service.line.firstLine} of ${master.source.path} (the daemon would read ${got === undefined ? 'no such option' : `"${got}"`}); edit this service by hand`);
  }
  return built;
}

/**
 * The read-back of setServiceOption on the service's own lines only, when the edits stay inside them:
 * true when the edited lines hold exactly one entry whose last `-o name` is `value`. A whole-file
 * read-back then agrees: the lines before the entry are untouched and it still starts with its first
 * character; the lines after it start another entry or are comments (readllines() joins a line to the
 * one before only when it starts with a blank, reference §1.1), and the edited lines still end with a
 * newline, so every other entry parses as before. false means "read the whole file".
 * UTF-8 text only: a Latin-1 file's bytes decide its encoding as a whole.
 */
export function editedEntryHolds(master: MasterCf, service: MasterService, edits: readonly TextEdit[], name: string, value: string): boolean {
  const { source } = master;
  if (source.encoding !== 'utf8') return false;
  const start = offsetOfLine(source, service.line.firstLine);
  const end = offsetAfterLine(source, service.line.lastLine);
  for (const e of edits) {
    const a = offsetOfPosition(source, e.startLine, e.startColumn);
    const b = offsetOfPosition(source, e.endLine, e.endColumn);
    if (e.file !== source.path || a === undefined || b === undefined || a <= start || b > end) return false;
  }
  const lines = editedRange(source, edits, start, end);
  if (lines === undefined) return false;
  const after = parseMasterCf(editedSource(source.path, lines, 'utf8'));
  return after.services.length === 1 && after.services[0]!.options.filter((o) => o.name === name).at(-1)?.value === value;
}

function buildSetServiceOption(master: MasterCf, ref: ServiceRef, name: string, value: string): BuildResult {
  const why = badOption(name, value);
  if (why) return fail(why);
  const service = findService(master, ref);
  if (!service) return fail(`no service ${typeof ref === 'string' ? `"${ref}"` : `"${ref.name}"`} in ${master.source.path}`);
  const { source } = master;
  const { text } = source;
  const existing = service.options.filter((o) => o.name === name);
  const last = existing[existing.length - 1];
  if (last) {
    if (last.value === value) return { ok: true, edits: [] };
    if (last.form === 'braced') {
      const start = last.valueSpan.start.offset;
      const end = last.valueSpan.end.offset;
      if (start === end) {
        const spaced = isBlank(text[start - 2]) && text[start - 1] === '=';
        return { ok: true, edits: [editAtOffsets(source, start, end, (spaced ? ' ' : '') + value)] };
      }
      return { ok: true, edits: [editAtOffsets(source, start, end, value)] };
    }
    if (needsBracedForm(value)) {
      return { ok: true, edits: [editAtOffsets(source, last.span.start.offset, last.span.end.offset, optionText(name, value))] };
    }
    return { ok: true, edits: [editAtOffsets(source, last.valueSpan.start.offset, last.valueSpan.end.offset, value)] };
  }

  const lastOption = service.options[service.options.length - 1];
  const anchorEnd = lastOption ? lastOption.span.end.offset : (service.fieldSpans[7] ?? service.fieldSpans[service.fieldSpans.length - 1])!.end.offset;
  const anchorLine = lastOption ? lastOption.span.end.line : service.fieldSpans[7]!.end.line;
  const option = optionText(name, value);
  if (!onlyBlanks(text, anchorEnd, contentEnd(source, anchorLine))) {
    // Something (a stray argument) follows on the same line: the option must come before it.
    return { ok: true, edits: [editAtOffsets(source, anchorEnd, anchorEnd, ` ${option}`)] };
  }
  const at = offsetAfterLine(source, anchorLine);
  const nl = newlineOf(source);
  const before = needsNewlineBefore(source, at) ? nl : '';
  return { ok: true, edits: [editAtOffsets(source, at, at, `${before}${optionIndent(master, lastOption)}${option}${nl}`)] };
}

/**
 * Remove every `-o name=...` of a service. An option alone on its continuation line takes the whole
 * line with it; otherwise the option and the blanks that separate it go.
 */
export function removeServiceOption(master: MasterCf, ref: ServiceRef, name: string): BuildResult {
  const service = findService(master, ref);
  if (!service) return fail(`no service ${typeof ref === 'string' ? `"${ref}"` : `"${ref.name}"`} in ${master.source.path}`);
  const { source } = master;
  const { text } = source;
  const edits: TextEdit[] = [];
  for (const o of service.options.filter((x) => x.name === name)) {
    const start = o.span.start.offset;
    const end = o.span.end.offset;
    const lineStart = offsetOfLine(source, o.span.start.line);
    const lineEnd = contentEnd(source, o.span.end.line);
    const blanksBefore = onlyBlanks(text, lineStart, start);
    const blanksAfter = onlyBlanks(text, end, lineEnd);
    if (blanksBefore && blanksAfter && o.span.start.line !== service.line.firstLine) {
      edits.push(editAtOffsets(source, lineStart, offsetAfterLine(source, o.span.end.line), ''));
    } else if (blanksBefore) {
      // Keep the line's indentation: a continuation line must keep starting with a blank.
      let e = end;
      while (e < lineEnd && isBlank(text[e])) e++;
      edits.push(editAtOffsets(source, start, e, ''));
    } else {
      let s = start;
      while (s > lineStart && isBlank(text[s - 1])) s--;
      edits.push(editAtOffsets(source, s, end, ''));
    }
  }
  return { ok: true, edits };
}

