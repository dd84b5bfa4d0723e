/**
 * Text edits with exact positions, and applying them.
 *
 * Positions are those of src/postfix/source.ts: 1-based physical line, 1-based column counted in
 * characters of the decoded text, exclusive end. An insertion has start === end. `file` is the
 * path relative to the scan root (the `path` of the file's SourceText).
 */
import { makeSource, positionAt, type SourceEncoding, type SourceText, type Span } from '../postfix/source.js';

export interface TextEdit {
  file: string;
  startLine: number;
  /** Line of the exclusive end position. */
  endLine: number;
  startColumn: number;
  /** Exclusive end column. */
  endColumn: number;
  replacement: string;
}

/** Thrown for edits that cannot be applied (overlap, position outside the text). */
export class EditError extends Error {
  override name = 'EditError';
}

/** An edit replacing the characters from `start` to `end` (0-based offsets) of `source`. */
export function editAtOffsets(source: SourceText, start: number, end: number, replacement: string): TextEdit {
  const a = positionAt(source, start);
  const b = positionAt(source, end);
  return { file: source.path, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, replacement };
}

export function editOfSpan(source: SourceText, span: Span, replacement: string): TextEdit {
  return editAtOffsets(source, span.start.offset, span.end.offset, replacement);
}

/** Offsets where each line of `text` starts (as SourceText.lineStarts). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based offset of a (line, column) position in `text`; throws when the position is not in the text. */
function offsetOf(starts: readonly number[], text: string, line: number, column: number, what: string): number {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > starts.length) {
    throw new EditError(`${what} position ${line}:${column} is outside the text (${starts.length} line(s))`);
  }
  const start = starts[line - 1] as number;
  const next = starts[line];
  // A position may sit on the line's "\n" (end of line) but not past it.
  const lineEnd = next === undefined ? text.length : next - 1;
  const offset = start + column - 1;
  if (offset > lineEnd) throw new EditError(`${what} position ${line}:${column} is past the end of line ${line}`);
  return offset;
}

export interface ResolvedEdit {
  edit: TextEdit;
  start: number;
  end: number;
  /** Index in the caller's list (keeps insertions at one point in the given order). */
  index: number;
}

/**
 * Offsets of the edits in `text`, sorted. Overlapping edits are rejected; several insertions at
 * the same point are allowed and applied in the order given. An insertion inside a replaced
 * range is an overlap; one at either end of it is not. `starts`: the text's line starts, when the
 * caller has them (a SourceText's lineStarts).
 */
export function resolveEdits(text: string, edits: readonly TextEdit[], starts: readonly number[] = lineStartsOf(text)): ResolvedEdit[] {
  const resolved = edits.map((edit, index) => {
    const start = offsetOf(starts, text, edit.startLine, edit.startColumn, 'start');
    const end = offsetOf(starts, text, edit.endLine, edit.endColumn, 'end');
    if (end < start) throw new EditError(`edit ends (${edit.endLine}:${edit.endColumn}) before it starts (${edit.startLine}:${edit.startColumn})`);
    return { edit, start, end, index };
  });
  resolved.sort((a, b) => a.start - b.start || (a.end === a.start ? 0 : 1) - (b.end === b.start ? 0 : 1) || a.index - b.index);
  for (let i = 1; i < resolved.length; i++) {
    const prev = resolved[i - 1] as ResolvedEdit;
    const cur = resolved[i] as ResolvedEdit;
    if (cur.start < prev.end) {
      throw new EditError(
        `overlapping edits in ${cur.edit.file}: ${prev.edit.startLine}:${prev.edit.startColumn}-${prev.edit.endLine}:${prev.edit.endColumn} and ${cur.edit.startLine}:${cur.edit.startColumn}-${cur.edit.endLine}:${cur.edit.endColumn}`,
      );
    }
  }
  return resolved;
}

/**
 * Apply edits (all meant for this one text) and return the new text. Throws EditError on overlap.
 * `starts`: the text's line starts, when the caller has them.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], starts?: readonly number[]): string {
  return spliced(text, resolveEdits(text, edits, starts), 0, text.length);
}

/** [from, to) of `text` with the resolved edits (all inside that range) applied. */
function spliced(text: string, resolved: readonly ResolvedEdit[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const r of resolved) {
    out += text.slice(at, r.start) + r.edit.replacement;
    at = r.end;
  }
  return out + text.slice(at, to);
}

/**
 * The text that [start, end) of the source becomes once `edits` (all inside that range) are applied, as
 * whole lines; undefined when the edits do not apply, one lies outside the range, or the range stops
 * ending at a line break.
 */
export function editedRange(source: SourceText, edits: readonly TextEdit[], start: number, end: number): string | undefined {
  const { text } = source;
  let resolved: ResolvedEdit[];
  try {
    resolved = resolveEdits(text, edits, source.lineStarts);
  } catch (e) {
    if (e instanceof EditError) return undefined;
    throw e;
  }
  if (resolved.some((r) => r.start < start || r.end > end)) return undefined;
  // Everything outside [start, end) is unchanged: only the range is built.
  const lines = spliced(text, resolved, start, end);
  return end < text.length && !lines.endsWith('\n') ? undefined : lines;
}

/**
 * The SourceText of an edited text written back in `encoding`, as loadConfigSet() would decode its
 * bytes. UTF-8 text without surrogate code units encodes and decodes back to itself, so it is taken
 * as it is; any other text goes through its bytes (a lone surrogate becomes U+FFFD, and Latin-1 bytes
 * that now form valid UTF-8 are read as UTF-8).
 */
export function editedSource(path: string, text: string, encoding: SourceEncoding): SourceText {
  return encoding === 'utf8' && !/[\uD800-\uDFFF]/.test(text) ? makeSource(path, text, 'utf8') : makeSource(path, Buffer.from(text, encoding));
}

/** Edits grouped by file, in first-seen order. */
export function editsByFile(edits: readonly TextEdit[]): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = out.get(e.file);
    if (list) list.push(e);
    else out.set(e.file, [e]);
  }
  return out;
}

/**
 * Apply edits to several files. `texts` maps a file path to its current text; every edit's file
 * must be there. Returns the new texts of the files that edits touch.
 */
export function applyEditsToFiles(texts: ReadonlyMap<string, string>, edits: readonly TextEdit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, list] of editsByFile(edits)) {
    const text = texts.get(file);
    if (text === undefined) throw new EditError(`edit for a file that is not part of the config set: ${file}`);
    out.set(file, applyEdits(text, list));
  }
  return out;
}
