/**
 * The text of a GitHub review suggestion for one finding's edits. A ```suggestion block replaces
 * whole lines (startLine..endLine of the comment, each with its line break) by the block's lines,
 * so the suggestion is the whole touched lines as they read after the edits.
 */
import { resolveEdits, type TextEdit } from '../fix/edits.js';
import { makeSource, positionAt, type SourceText } from '../postfix/source.js';

/** 1-based line holding 0-based `offset`. */
const lineOf = (source: SourceText, offset: number): number => positionAt(source, offset).line;

export interface LineSuggestion {
  startLine: number;
  endLine: number;
  /** The new lines without the last line break; '' deletes the lines. */
  text: string;
}

/**
 * Whole-line suggestion for edits of one file (`text` is its content before the edits); undefined
 * when there are no edits or they cannot be applied. An insertion at the start of a line is shown
 * as an addition to the line before it (that line stays, the inserted lines follow it).
 */
export function suggestionFor(text: string, edits: readonly TextEdit[]): LineSuggestion | undefined {
  if (edits.length === 0) return undefined;
  let resolved;
  try {
    resolved = resolveEdits(text, edits);
  } catch {
    return undefined;
  }
  const source = makeSource('', text);
  const starts = source.lineStarts;
  const s = (resolved[0] as (typeof resolved)[number]).start;
  const e = Math.max(...resolved.map((r) => r.end));
  let a = lineOf(source, s);
  if (s > 0 && starts[a - 1] === s && resolved[0]!.end === s) a = lineOf(source, s - 1);
  let b = e > s ? Math.max(a, lineOf(source, e - 1)) : a;
  // The last "line" after a final line break is empty and holds nothing to replace.
  const lastLine = text.endsWith('\n') ? starts.length - 1 : starts.length;
  b = Math.min(b, Math.max(lastLine, a));
  for (;;) {
    const from = starts[a - 1] as number;
    const to = b < starts.length ? (starts[b] as number) : text.length;
    let next = '';
    let at = from;
    for (const r of resolved) {
      next += text.slice(at, r.start) + r.edit.replacement;
      at = r.end;
    }
    next += text.slice(at, to);
    const old = text.slice(from, to);
    const oldBreak = old.endsWith('\n');
    // The new lines must end with a line break too, or the suggestion would join the next line; a
    // lone blank line would read as '' (deletion): take the next line in as well in both cases.
    if (oldBreak && ((next !== '' && !next.endsWith('\n')) || next === '\n')) {
      if (b >= lastLine) return undefined;
      b++;
      continue;
    }
    if (e > to) return undefined;
    return { startLine: a, endLine: b, text: oldBreak && next.endsWith('\n') ? next.slice(0, -1) : next };
  }
}

/** Apply a suggestion as GitHub does (for tests and the fork-safe check): replace lines startLine..endLine. */
export function applySuggestion(text: string, s: LineSuggestion): string {
  const starts = makeSource('', text).lineStarts;
  const from = starts[s.startLine - 1] as number;
  const to = s.endLine < starts.length ? (starts[s.endLine] as number) : text.length;
  const oldBreak = text.slice(from, to).endsWith('\n');
  const replacement = s.text === '' && oldBreak ? '' : `${s.text}${oldBreak ? '\n' : ''}`;
  return text.slice(0, from) + replacement + text.slice(to);
}
