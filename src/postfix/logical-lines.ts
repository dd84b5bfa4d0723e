/**
 * Postfix's logical-line reader, readllines(), shared by main.cf and master.cf
 * (reference §1.1; S:v3.7.11 src/util/readlline.c).
 *
 * - Physical lines split on "\n" only; a "\r" stays in the text.
 * - Empty, whitespace-only and "#" lines (the "#" may be indented) are dropped.
 * - A line starting with whitespace continues the previous logical line; the pieces are joined
 *   with nothing added, the continuation keeping its own leading whitespace.
 * - Comment and blank lines inside a continued value do not end it.
 * - A logical line that itself starts with whitespace is dropped with the warning
 *   "logical line must not start with whitespace".
 * - A NUL character ends the text: readllines() keeps it in the buffer, but every reader of the line
 *   (split_nameval(), mystrtok()) takes it as a C string, so the rest of the logical line, its
 *   continuation lines included, is ignored without a word (checked against postconf 3.7.11).
 *
 * Every byte of the file belongs to exactly one item, so the file can be printed back unchanged.
 */
import type { Diagnostic } from './diagnostics.js';
import { isPostfixSpaceCode, positionOnLines, spanOf, type SourceText, type Span } from './source.js';

export interface Piece {
  /** Offset of this piece in the logical line's text. */
  readonly textStart: number;
  /** Offset of the same character in the source text. */
  readonly sourceStart: number;
  readonly length: number;
}

export interface LogicalLine {
  readonly kind: 'logical';
  /** The text as Postfix assembles it (no newlines, comment lines removed). */
  readonly text: string;
  /** Physical line where the logical line starts (what Postfix reports as "line N"). */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Source offsets of the first and past-the-last character of the logical line's content. */
  readonly startOffset: number;
  readonly endOffset: number;
  readonly pieces: readonly Piece[];
  /** Postfix drops such a line with a warning (it starts with whitespace). */
  readonly startsWithWhitespace: boolean;
  /**
   * Set when the line holds a NUL character: `text` ends there (Postfix reads the line as a C string)
   * and this is the source offset of that NUL; the pieces still cover the whole line.
   */
  readonly nulOffset?: number;
}

export interface TriviaLine {
  readonly kind: 'trivia';
  readonly line: number;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly comment: boolean;
}

export type LineItem = LogicalLine | TriviaLine;

/**
 * All items of the file in order. Trivia between the pieces of one logical line is reported as
 * its own item too (positions stay sorted), so callers that want the logical lines filter on kind.
 */
export function readLogicalLines(source: SourceText): LineItem[] {
  const { text, lineStarts } = source;
  const items: LineItem[] = [];
  // The logical line being assembled: its slot in `items` (-1: none) and its pieces. Trivia lines met
  // while it may still continue go straight into `items` after its slot, so positions stay sorted.
  let slot = -1;
  let pieces: Piece[] = [];
  let firstLine = 0;
  let lastLine = 0;
  let endOffset = 0;

  // One search per file: almost no file holds a NUL, and then no line needs a look.
  const mayHoldNul = text.indexOf('\u0000') !== -1;
  const lineCount = lineStarts.length;
  for (let i = 0; i < lineCount; i++) {
    const start = lineStarts[i] as number;
    const last = i === lineCount - 1;
    if (last && start === text.length) break; // nothing after the final newline
    const end = last ? text.length : (lineStarts[i + 1] as number) - 1;
    let first = start; // first non-space character
    while (first < end && isPostfixSpaceCode(text.charCodeAt(first))) first++;
    if (first === end || text.charCodeAt(first) === 0x23 /* # */) {
      items.push({ kind: 'trivia', line: i + 1, startOffset: start, endOffset: end, comment: first !== end });
      continue;
    }
    if (first !== start && slot !== -1) {
      // A continuation: joined to the logical line with nothing added.
      const previous = pieces[pieces.length - 1] as Piece;
      pieces.push({ textStart: previous.textStart + previous.length, sourceStart: start, length: end - start });
      lastLine = i + 1;
      endOffset = end;
      continue;
    }
    if (slot !== -1) items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul);
    slot = items.length;
    items.push(null as unknown as LineItem); // filled when the line is complete
    pieces = [{ textStart: 0, sourceStart: start, length: end - start }];
    firstLine = i + 1;
    lastLine = i + 1;
    endOffset = end;
  }
  if (slot !== -1) items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul);
  return items;
}

function logicalLine(text: string, pieces: Piece[], firstLine: number, lastLine: number, endOffset: number, mayHoldNul: boolean): LogicalLine {
  const head = pieces[0] as Piece;
  let joined: string;
  if (pieces.length === 1) joined = text.slice(head.sourceStart, head.sourceStart + head.length);
  else {
    const chunks: string[] = [];
    for (const p of pieces) chunks.push(text.slice(p.sourceStart, p.sourceStart + p.length));
    joined = chunks.join('');
  }
  const line: { -readonly [K in keyof LogicalLine]: LogicalLine[K] } = {
    kind: 'logical',
    text: joined,
    firstLine,
    lastLine,
    startOffset: head.sourceStart,
    endOffset,
    pieces,
    startsWithWhitespace: isPostfixSpaceCode(text.charCodeAt(head.sourceStart)),
  };
  const nul = mayHoldNul ? joined.indexOf('\u0000') : -1;
  if (nul !== -1) {
    line.text = joined.slice(0, nul);
    line.nulOffset = sourceOffsetOf(line, nul);
  }
  return line;
}

/** Map an offset in a logical line's text back to the source offset. */
export function sourceOffsetOf(line: LogicalLine, textOffset: number): number {
  // Binary search: a continued line may have 100k pieces and callers map one offset per option.
  const pieces = line.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid] as Piece).textStart <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const chosen = pieces[lo] as Piece;
  return chosen.sourceStart + (textOffset - chosen.textStart);
}

/**
 * The source span of the logical line's text range [start, end) (an empty range maps to an empty span
 * where it starts). Most logical lines are one physical line: their positions need no search.
 */
export function spanInLine(source: SourceText, line: LogicalLine, start: number, end: number): Span {
  if (line.pieces.length === 1) {
    const at = line.startOffset;
    const e = end > start ? end : start;
    return {
      start: { line: line.firstLine, column: start + 1, offset: at + start },
      end: { line: line.firstLine, column: e + 1, offset: at + e },
    };
  }
  const s = sourceOffsetOf(line, start);
  const e = end > start ? sourceOffsetOf(line, end - 1) + 1 : s;
  return { start: positionOnLines(source, s, line.firstLine, line.lastLine), end: positionOnLines(source, e, line.firstLine, line.lastLine) };
}

/**
 * The warning for a line that holds a NUL character (`code` names the file kind): Postfix itself says
 * nothing, but reads the line only up to the NUL. The span runs from the NUL to the line's end.
 */
export function nulCharacterWarning(source: SourceText, line: LogicalLine, code: string): Diagnostic | undefined {
  if (line.nulOffset === undefined) return undefined;
  const span = spanOf(source, line.nulOffset, line.endOffset);
  const rest = line.lastLine > span.start.line ? ' and its continuation lines' : '';
  return {
    severity: 'warning',
    code,
    message: `This line holds a NUL character: Postfix reads a line only up to a NUL, so it silently ignores the rest of the line${rest}.`,
    path: source.path,
    span,
  };
}

/** Postfix's warning text for a dropped line (readllines: "%.30s%s"). */
export function leadingWhitespaceWarning(path: string, line: LogicalLine): string {
  const shown = line.text.slice(0, 30) + (line.text.length > 30 ? '...' : '');
  return `${path}: logical line must not start with whitespace: "${shown}"`;
}

/**
 * Print a file back from its items: the pieces of every logical line and every trivia line, in
 * source order, each followed by the newline that ended it. Equal to the input exactly when the
 * items account for every character, which is what the parsers promise.
 */
export function printItems(items: readonly LineItem[], text: string): string {
  const segments: Array<[number, number]> = [];
  for (const item of items) {
    if (item.kind === 'trivia') segments.push([item.startOffset, item.endOffset]);
    else for (const p of item.pieces) segments.push([p.sourceStart, p.sourceStart + p.length]);
  }
  segments.sort((a, b) => a[0] - b[0]);
  let out = '';
  for (const [start, end] of segments) {
    out += text.slice(start, end);
    if (text[end] === '\n') out += '\n';
  }
  return out;
}
