/**
 * The formatting habits of a file, so that inserted text looks like its neighbours.
 */
import type { SourceText } from '../postfix/source.js';

/** "\r\n" when most line ends of the file are CRLF, else "\n". */
export function newlineOf(source: SourceText): string {
  let crlf = 0;
  let lf = 0;
  const { text, lineStarts } = source;
  for (let i = 1; i < lineStarts.length; i++) {
    if (text[(lineStarts[i] as number) - 2] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Offset just past the "\n" ending the physical line `line` (1-based), or the text's end. */
export function offsetAfterLine(source: SourceText, line: number): number {
  return source.lineStarts[line] ?? source.text.length;
}

/** 0-based offset of a 1-based (line, column) of `source`, or undefined when it is not on that line. */
export function offsetOfPosition(source: SourceText, line: number, column: number): number | undefined {
  const lineStart = source.lineStarts[line - 1];
  if (lineStart === undefined || column < 1) return undefined;
  const next = source.lineStarts[line];
  const offset = lineStart + column - 1;
  return offset > (next === undefined ? source.text.length : next - 1) ? undefined : offset;
}

/** Offset of the start of physical line `line` (1-based). */
export function offsetOfLine(source: SourceText, line: number): number {
  return source.lineStarts[line - 1] ?? source.text.length;
}

/** Text of physical line `line` without its line end ("\r\n" or "\n"). */
export function physicalLineText(source: SourceText, line: number): string {
  const start = offsetOfLine(source, line);
  let end = source.lineStarts[line] !== undefined ? (source.lineStarts[line] as number) - 1 : source.text.length;
  if (source.text[end - 1] === '\r' && source.lineStarts[line] !== undefined) end--;
  return source.text.slice(start, end);
}

/** Leading blanks (spaces and tabs) of a string. */
export function leadingBlanks(s: string): string {
  return /^[ \t]*/.exec(s)?.[0] ?? '';
}

/** Text to insert at the end of the file so that it ends with a newline before new content. */
export function needsNewlineBefore(source: SourceText, offset: number): boolean {
  return offset === source.text.length && source.text.length > 0 && !source.text.endsWith('\n');
}
