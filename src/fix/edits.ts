/**
 * Text edits with exact positions, and applying them.
 *
 * Positions are those of src/postfix/source.ts: 1-based physical line, 1-based column counted in
 * characters of the decoded text, exclusive end. An insertion has start === end. `file` is the
 * path relative to the scan root (the `path` of the file's SourceText).
 */
import { positionAt, type SourceText, type Span } from '../postfix/source.js';

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

function lineStartsOf(text: string): number[] {
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
 * range is an overlap; one at either end of it is not.
 */
export function resolveEdits(text: string, edits: readonly TextEdit[]): ResolvedEdit[] {
  const starts = lineStartsOf(text);
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

/** Apply edits (all meant for this one text) and return the new text. Throws EditError on overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = resolveEdits(text, edits);
  let out = '';
  let at = 0;
  for (const r of resolved) {
    out += text.slice(at, r.start) + r.edit.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * The text that [start, end) of `text` becomes once `edits` (all inside that range) are applied, as whole
 * lines; undefined when the edits do not apply or the range stops ending at a line break.
 */
export function editedRange(text: string, edits: readonly TextEdit[], start: number, end: number): string | undefined {
  let edited: string;
  try {
    edited = applyEdits(text, edits);
  } catch {
    return undefined;
  }
  // Everything outside [start, end) is unchanged: the edited lines are what lies between.
  const lines = edited.slice(start, edited.length - (text.length - end));
  return end < text.length && !lines.endsWith('\n') ? undefined : lines;
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
