/**
 * A configuration file's text, decoded so that encoding it again gives back the exact bytes.
 *
 * Postfix reads bytes, not characters. We decode valid UTF-8 as UTF-8 (so columns and messages
 * are readable) and anything else as Latin-1 (one character per byte), and remember which, so
 * that `encode(decode(bytes))` always equals `bytes`. A UTF-8 byte-order mark is kept in the
 * text: Postfix does not strip it (reference §1.1: it becomes part of the first parameter name).
 */
export type SourceEncoding = 'utf8' | 'latin1';

export interface SourceText {
  /** Path as reported to the user (relative to the scan root where there is one). */
  readonly path: string;
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** Offsets where each physical line starts; lineStarts[0] === 0. */
  readonly lineStarts: readonly number[];
}

export interface Position {
  /** 1-based physical line. */
  readonly line: number;
  /** 1-based column, in characters of the decoded text. */
  readonly column: number;
  /** 0-based character offset into the decoded text. */
  readonly offset: number;
}

export interface Span {
  readonly start: Position;
  /** Exclusive end. */
  readonly end: Position;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
  }
}

export function encodeText(text: string, encoding: SourceEncoding): Buffer {
  return Buffer.from(text, encoding);
}

/**
 * A source from bytes (decoded as decodeBytes does), or from text already decoded: `textEncoding`
 * then says how that text was decoded (default utf8). Every SourceText is made here, so that all
 * have one shape (V8 optimizes the parsers for it; a copy made with `{ ...source }` has another).
 */
export function makeSource(path: string, bytesOrText: Uint8Array | string, textEncoding: SourceEncoding = 'utf8'): SourceText {
  let text: string;
  let encoding: SourceEncoding;
  if (typeof bytesOrText === 'string') {
    text = bytesOrText;
    encoding = textEncoding;
  } else ({ text, encoding } = decodeBytes(bytesOrText));
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { path, text, encoding, lineStarts };
}

/** Position of a character offset (binary search over line starts). */
export function positionAt(source: SourceText, offset: number): Position {
  return positionOnLines(source, offset, 1, source.lineStarts.length);
}

/** Position of a character offset known to be on one of the physical lines firstLine..lastLine (1-based). */
export function positionOnLines(source: SourceText, offset: number, firstLine: number, lastLine: number): Position {
  const starts = source.lineStarts;
  let lo = firstLine - 1;
  let hi = lastLine - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset };
}

export function spanOf(source: SourceText, startOffset: number, endOffset: number): Span {
  return { start: positionAt(source, startOffset), end: positionAt(source, endOffset) };
}

/** Postfix's ISSPACE(): ASCII isspace() only; bytes >= 0x80 are never space. */
export function isPostfixSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}

/** isPostfixSpace() of a char code (NaN, past the end of a string, is no space). */
export function isPostfixSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d); // " ", "\t" "\n" "\v" "\f" "\r"
}
