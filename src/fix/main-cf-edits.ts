/**
 * Minimal main.cf edits that keep the file's formatting: set a parameter (replace the value of its
 * effective definition, or add a line next to its family), remove a parameter.
 *
 * Reference §1.1: the last definition wins; a line starting with whitespace continues the previous
 * one, comment lines inside a continued value do not end it. dict_update() warns "overriding
 * earlier entry" only when a definition's value differs from the one before it, so a change must
 * not make two definitions that used to agree disagree (that would be a new warning).
 */
import { parseMainCf, type MainCf, type MainCfEntry } from '../postfix/main-cf.js';
import { isPostfixSpace } from '../postfix/source.js';
import { applyEdits, editAtOffsets, editedRange, editedSource, type TextEdit } from './edits.js';
import { leadingBlanks, needsNewlineBefore, newlineOf, offsetAfterLine, offsetOfLine, offsetOfPosition } from './style.js';

export type BuildResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

const fail = (reason: string): BuildResult => ({ ok: false, reason });

function badName(name: string): string | undefined {
  // Any byte but Postfix's blanks and "=" can be part of a name (a UTF-8 BOM is, reference §1.1).
  if (name.length === 0 || name.startsWith('#') || [...name].some((ch) => ch === '=' || isPostfixSpace(ch))) return `"${name}" is not a parameter name`;
  return undefined;
}

function badValue(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'a value cannot contain a line break';
  if (value !== value.trim()) return 'Postfix trims whitespace around a value; give it without';
  return undefined;
}

/** Elements of a list value ("a, b c" -> a, b, c), or undefined when it is not a plain list. */
function listElements(value: string): string[] | undefined {
  if (/[{}]/.test(value)) return undefined;
  const parts = value.split(/[\s,]+/).filter((p) => p.length > 0);
  return parts.length > 1 ? parts : undefined;
}

/** "name = value" spacing around "=" used by `entry`, when it is a plain one-line habit. */
function separatorOf(main: MainCf, entry: MainCfEntry | undefined): string | undefined {
  if (!entry || entry.value === '') return undefined;
  const sep = main.source.text.slice(entry.nameSpan.end.offset, entry.valueSpan.start.offset);
  return /^[ \t]*=[ \t]*$/.test(sep) ? sep : undefined;
}

function replaceValue(main: MainCf, entry: MainCfEntry, value: string): TextEdit {
  const { source } = main;
  const { text } = source;
  const start = entry.valueSpan.start.offset;
  const end = entry.valueSpan.end.offset;
  if (start === end) {
    // Empty value: insert right after "=" (the span may sit after trailing blanks or a "\r").
    const eq = text.lastIndexOf('=', start - 1 >= 0 ? start - 1 : 0);
    const at = eq >= entry.nameSpan.end.offset ? eq + 1 : start;
    const spaced = at > 0 && isPostfixSpace(text[at - 2]) && text[at - 1] === '=';
    return editAtOffsets(source, at, at, (spaced ? ' ' : '') + value);
  }
  if (entry.valueSpan.start.line !== entry.valueSpan.end.line) {
    const elements = listElements(value);
    if (elements) {
      // Keep the continuation style: one element per line, the old continuation indent, commas
      // at line ends when the old value or the new one uses commas.
      const second = entry.line.pieces[1];
      const indent = second ? leadingBlanks(text.slice(second.sourceStart, second.sourceStart + second.length)) || '    ' : '    ';
      const comma = /,/.test(entry.value) || /,/.test(value) ? ',' : '';
      const nl = newlineOf(source);
      return editAtOffsets(source, start, end, elements.join(`${comma}${nl}${indent}`));
    }
  }
  return editAtOffsets(source, start, end, value);
}

/**
 * Set `name = value` in this main.cf. Replaces the value of the last definition (and of the
 * definitions just before it that had the same value); without a definition, adds a line after the
 * last parameter of the same family (longest shared "_"-prefix: smtpd_tls_ before smtpd_), else at
 * the end, in the file's "=" spacing and newline style.
 */
export function setMainCfParameter(main: MainCf, name: string, value: string): BuildResult {
  // Several endpoints and rules ask for the same main.cf setting, and a fix's re-analysis reuses the
  // files it does not edit (parsed files are never changed): each answer is built and read back once.
  let answers = setAnswers.get(main);
  if (!answers) setAnswers.set(main, (answers = new Map()));
  const key = `${name}\u0000${value}`;
  let r = answers.get(key);
  if (!r) answers.set(key, (r = checked(main, name, value, buildSetMainCfParameter(main, name, value))));
  return r.ok ? { ok: true, edits: [...r.edits] } : r;
}

const setAnswers = new WeakMap<MainCf, Map<string, BuildResult>>();

function buildSetMainCfParameter(main: MainCf, name: string, value: string): BuildResult {
  const why = badName(name) ?? badValue(value);
  if (why) return fail(why);
  if (main.fatal) return fail(`${main.source.path} has a line Postfix refuses (line ${main.fatal.span?.start.line ?? '?'}); fix that first`);
  const defs = main.entries.filter((e) => e.name === name);
  const last = defs[defs.length - 1];
  if (last) {
    if (last.value === value) return { ok: true, edits: [] };
    const edits: TextEdit[] = [];
    for (let i = defs.length - 1; i >= 0 && (defs[i] as MainCfEntry).value === last.value; i--) {
      edits.push(replaceValue(main, defs[i] as MainCfEntry, value));
    }
    return { ok: true, edits: edits.reverse() };
  }
  return { ok: true, edits: [appendParameter(main, name, value)] };
}

/** Read the result back: the value must be the one asked for (list elements may be laid out on lines). */
function checked(main: MainCf, name: string, value: string, built: BuildResult): BuildResult {
  if (!built.ok || built.edits.length === 0) return built;
  const same = (got: string | undefined): boolean => got === value || (got !== undefined && listElements(got)?.join(',') === listElements(value)?.join(','));
  if (editedLinesHold(main, name, built.edits, same)) return built;
  const { source } = main;
  const after = parseMainCf(editedSource(source.path, applyEdits(source.text, built.edits, source.lineStarts), source.encoding));
  const got = after.values.get(name)?.value;
  if (after.fatal || !same(got)) return fail(`setting ${name} = ${value} in ${main.source.path} would not take effect (Postfix would read ${got === undefined ? 'nothing' : `"${got}"`}); edit it by hand`);
  return built;
}

/**
 * The read-back on the edited lines only (from the line of the first edit to the end of the line of
 * the last one), for a file Postfix reads without a refused line: true when those lines, parsed
 * alone, are not refused and their last definition of `name` is what was asked, and no definition
 * of `name` follows them. A whole-file read-back then agrees: the lines before them are untouched
 * and still end where an entry starts (its first character is not edited); the lines after them
 * start another entry or are comments (readllines() joins a line to the one before only when it
 * starts with a blank, reference §1.1), and the edited lines still end with a newline, so every
 * other line parses as before. false means "read the whole file".
 * UTF-8 text only: a Latin-1 file's bytes decide its encoding as a whole.
 */
export function editedLinesHold(main: MainCf, name: string, edits: readonly TextEdit[], same: (got: string | undefined) => boolean): boolean {
  const { source } = main;
  if (source.encoding !== 'utf8' || main.fatal || edits.length === 0) return false;
  let first = Infinity;
  let last = -1;
  for (const e of edits) {
    const a = offsetOfPosition(source, e.startLine, e.startColumn);
    const b = offsetOfPosition(source, e.endLine, e.endColumn);
    if (e.file !== source.path || a === undefined || b === undefined) return false;
    first = Math.min(first, a);
    last = Math.max(last, b);
  }
  // The entries whose lines hold the first and the last edit.
  let from: MainCfEntry | undefined;
  let to: MainCfEntry | undefined;
  for (const e of main.entries) {
    if (e.line.startOffset < first) from = e;
    if (e.line.startOffset < last) to = e;
  }
  if (!from || !to) return false;
  const start = from.line.startOffset;
  const end = offsetAfterLine(source, to.line.lastLine);
  if (first <= start || last > end) return false;
  if (main.entries.some((e) => e.name === name && e.line.startOffset >= end)) return false;
  const lines = editedRange(source, edits, start, end);
  if (lines === undefined) return false;
  const after = parseMainCf(editedSource(source.path, lines, 'utf8'));
  const got = after.values.get(name)?.value;
  return !after.fatal && got !== undefined && same(got);
}

/** The entry after whose logical line a new parameter of `name`'s family goes. */
export function familyAnchor(main: MainCf, name: string): MainCfEntry | undefined {
  const segments = name.split('_');
  for (let n = segments.length - 1; n >= 1; n--) {
    const prefix = segments.slice(0, n).join('_') + '_';
    let found: MainCfEntry | undefined;
    for (const e of main.entries) if (e.name.startsWith(prefix)) found = e;
    if (found) return found;
  }
  return undefined;
}

function appendParameter(main: MainCf, name: string, value: string): TextEdit {
  const { source } = main;
  const anchor = familyAnchor(main, name);
  const nl = newlineOf(source);
  const sep = separatorOf(main, anchor) ?? separatorOf(main, main.entries[main.entries.length - 1]) ?? ' = ';
  const at = anchor ? offsetAfterLine(source, anchor.line.lastLine) : source.text.length;
  const before = needsNewlineBefore(source, at) ? nl : '';
  return editAtOffsets(source, at, at, `${before}${name}${sep}${value}${nl}`);
}

/**
 * Remove every definition of `name` with its continuation lines (and comment lines between them),
 * leaving the lines around it untouched. No definition: no edit.
 */
export function removeMainCfParameter(main: MainCf, name: string): BuildResult {
  const why = badName(name);
  if (why) return fail(why);
  if (main.fatal) return fail(`${main.source.path} has a line Postfix refuses (line ${main.fatal.span?.start.line ?? '?'}); fix that first`);
  const { source } = main;
  const edits = main.entries
    .filter((e) => e.name === name)
    .map((e) => editAtOffsets(source, offsetOfLine(source, e.line.firstLine), offsetAfterLine(source, e.line.lastLine), ''));
  return { ok: true, edits };
}

