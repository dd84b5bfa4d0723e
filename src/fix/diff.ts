/**
 * Unified diff of edits (`--- a/path` / `+++ b/path`, 3 lines of context), as `git apply` and
 * `patch -p1` read it.
 *
 * The changed lines come from the edits themselves (no general diff algorithm): every edit
 * touches the physical lines from its start line to its end line; touched blocks that overlap or
 * touch are merged, the block's new text is the old lines with the edits applied, and lines equal
 * at both ends of a block are given back to the context.
 */
import type { SourceEncoding } from '../postfix/source.js';
import { applyEdits, editsByFile, lineStartsOf, resolveEdits, type TextEdit } from './edits.js';

interface Line {
  /** Content without its "\n" (a "\r" stays, as in git's output). */
  text: string;
  /** false for a last line without "\n". */
  newline: boolean;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) {
      out.push({ text: text.slice(at), newline: false });
      break;
    }
    out.push({ text: text.slice(at, nl), newline: true });
    at = nl + 1;
  }
  return out;
}

/** The lines of a whole file, made when asked for (a diff shows only a few of them). */
interface FileLines {
  /** Number of lines (a final "\n" does not start another one). */
  count: number;
  /** Offset where line i (0-based) starts; starts[count] is the text's length when it ends with "\n". */
  starts: readonly number[];
  at(i: number): Line;
}

function fileLines(text: string): FileLines {
  const starts = lineStartsOf(text);
  const count = text.length === 0 || text.endsWith('\n') ? starts.length - 1 : starts.length;
  const at = (i: number): Line => {
    const next = starts[i + 1];
    return next === undefined ? { text: text.slice(starts[i]), newline: false } : { text: text.slice(starts[i], next - 1), newline: true };
  };
  return { count, starts, at };
}

interface Change {
  /** 0-based index of the first old line replaced, count of old lines, and the new lines. */
  oldStart: number;
  oldCount: number;
  newLines: Line[];
}

function changesOf(text: string, oldLines: FileLines, edits: readonly TextEdit[]): Change[] {
  const lineStarts = oldLines.starts;
  const resolved = resolveEdits(text, edits, lineStarts);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = oldLines.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Blocks of whole old lines [first, last] (last may be oldLines.count: the empty tail after a final "\n").
  const blocks: { first: number; last: number; edits: TextEdit[]; start: number }[] = [];
  const atTail = (offset: number): boolean => offset >= text.length && (text.length === 0 || text.endsWith('\n'));
  for (const r of resolved) {
    // The virtual line oldLines.count is the empty tail after a final "\n".
    const first = atTail(r.start) ? oldLines.count : lineOf(r.start);
    // The line holding the end is part of the block even when the edit ends at its column 1: the
    // edit may remove the "\n" before it. Equal lines are given back to the context below.
    const last = atTail(r.end) ? oldLines.count : lineOf(r.end);
    const prev = blocks[blocks.length - 1];
    // Blocks on adjacent lines are merged: an edit may remove the "\n" between them.
    if (prev && first <= prev.last + 1) {
      prev.last = Math.max(prev.last, last);
      prev.edits.push(r.edit);
      continue;
    }
    blocks.push({ first, last, edits: [r.edit], start: lineStarts[first] ?? text.length });
  }
  const changes: Change[] = [];
  for (const b of blocks) {
    const lastLine = Math.min(b.last, oldLines.count - 1);
    const blockStart = b.start;
    const blockEnd = lastLine >= b.first ? (lineStarts[lastLine + 1] ?? text.length) : blockStart;
    const oldText = text.slice(blockStart, blockEnd);
    // Rebase the block's edits on the block text: shift lines so the block starts at line 1.
    const firstLineNo = b.first + 1;
    const rebased = b.edits.map((e) => ({ ...e, startLine: e.startLine - firstLineNo + 1, endLine: e.endLine - firstLineNo + 1 }));
    const newText = applyEdits(oldText, rebased);
    const oldBlock = splitLines(oldText);
    const newBlock = splitLines(newText);
    // Give equal lines at both ends back to the context.
    let head = 0;
    while (head < oldBlock.length && head < newBlock.length && sameLine(oldBlock[head] as Line, newBlock[head] as Line)) head++;
    let tail = 0;
    while (
      tail < oldBlock.length - head &&
      tail < newBlock.length - head &&
      sameLine(oldBlock[oldBlock.length - 1 - tail] as Line, newBlock[newBlock.length - 1 - tail] as Line)
    ) tail++;
    const oldCount = oldBlock.length - head - tail;
    const newLines = newBlock.slice(head, newBlock.length - tail);
    if (oldCount === 0 && newLines.length === 0) continue;
    changes.push({ oldStart: b.first + head, oldCount, newLines });
  }
  return changes;
}

function sameLine(a: Line, b: Line): boolean {
  return a.text === b.text && a.newline === b.newline;
}

const CONTEXT = 3;

function range(start: number, count: number): string {
  // Unified format: a count of 0 names the line before the (empty) range.
  const shown = count === 0 ? start : start + 1;
  return count === 1 ? `${shown}` : `${shown},${count}`;
}

function emit(prefix: string, line: Line, out: string[]): void {
  out.push(`${prefix}${line.text}\n`);
  if (!line.newline) out.push('\\ No newline at end of file\n');
}

const C_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/**
 * A diff header path as git writes it: plain, or C-quoted when it holds a quote, a backslash or a
 * control character (git's quote_c_style), so that no path can break the header onto a new line.
 */
export function diffHeaderPath(prefix: 'a/' | 'b/', path: string): string {
  if (!/["\\\u0000-\u001f\u007f]/.test(path)) return `${prefix}${path}`;
  const body = [...`${prefix}${path}`].map((c) => C_ESCAPES[c] ?? (c < ' ' || c === '\u007f' ? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}` : c)).join('');
  return `"${body}"`;
}

/** Unified diff of one file's edits; '' when they change nothing. */
export function unifiedDiffOfFile(path: string, text: string, edits: readonly TextEdit[]): string {
  const oldLines = fileLines(text);
  const changes = changesOf(text, oldLines, edits);
  if (changes.length === 0) return '';
  const out: string[] = [`--- ${diffHeaderPath('a/', path)}\n`, `+++ ${diffHeaderPath('b/', path)}\n`];
  let delta = 0; // new line index - old line index before the current change
  let i = 0;
  while (i < changes.length) {
    // Group changes whose context windows overlap into one hunk.
    let j = i;
    while (j + 1 < changes.length) {
      const cur = changes[j] as Change;
      const next = changes[j + 1] as Change;
      if (next.oldStart - (cur.oldStart + cur.oldCount) <= 2 * CONTEXT) j++;
      else break;
    }
    const first = changes[i] as Change;
    const last = changes[j] as Change;
    const hunkOldStart = Math.max(0, first.oldStart - CONTEXT);
    const hunkOldEnd = Math.min(oldLines.count, last.oldStart + last.oldCount + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let at = hunkOldStart;
    const hunkNewStart = hunkOldStart + delta;
    for (let k = i; k <= j; k++) {
      const c = changes[k] as Change;
      for (; at < c.oldStart; at++, oldCount++, newCount++) emit(' ', oldLines.at(at), body);
      for (let n = 0; n < c.oldCount; n++, at++, oldCount++) emit('-', oldLines.at(at), body);
      for (const l of c.newLines) {
        emit('+', l, body);
        newCount++;
      }
      delta += c.newLines.length - c.oldCount;
    }
    for (; at < hunkOldEnd; at++, oldCount++, newCount++) emit(' ', oldLines.at(at), body);
    out.push(`@@ -${range(hunkOldStart, oldCount)} +${range(hunkNewStart, newCount)} @@\n`, ...body);
    i = j + 1;
  }
  return out.join('');
}

/** A diff's file sections (each from its `---`/`+++` header lines to the next), in order. */
export function diffFileSections(diff: string): string[] {
  return diff.split(/^(?=--- .*\n\+\+\+ )/m).filter((section) => section !== '');
}

/** Unified diff of all edits, file by file in the order files first appear in `edits`. */
export function unifiedDiff(texts: ReadonlyMap<string, string>, edits: readonly TextEdit[]): string {
  let out = '';
  for (const [file, list] of editsByFile(edits)) {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`edit for a file that is not given: ${file}`);
    out += unifiedDiffOfFile(file, text, list);
  }
  return out;
}

/** One path's edits of a file: the text the scan read by that path, and the edits. */
export interface PathEdits {
  path: string;
  text: string;
  edits: readonly TextEdit[];
}

/** A file the diff leaves out: several paths reach it (symbolic links) and their fixes of it differ. */
export interface WithheldFile {
  /** The real file's path. */
  realPath: string;
  /** The paths the config sets read it by. */
  paths: string[];
}

export interface RealFileDiff {
  diff: string;
  withheld: WithheldFile[];
  /**
   * The diff as the bytes `git apply` needs, when a file in it is not UTF-8 (encodingOf given): each
   * file's lines in that file's own encoding (a Latin-1 file's "é" is the byte E9 there, which UTF-8
   * would write as C3 A9 and git would not find), the `---`/`+++` header lines in UTF-8.
   */
  bytes?: Buffer;
}

/** How a file's text is encoded on disk (postfix/source.ts), by the path the scan read it by. */
export type EncodingOf = (path: string) => SourceEncoding;

/**
 * Unified diff with one section per real file. A path that reaches its file through a symbolic link
 * (`realPathOf`: path -> the real file's path, for such paths only) is patched under the real file's
 * path: git stores a link as the name of its target, so `git apply` refuses a patch to the link's path,
 * and a second section for the same file would patch it twice. When the paths of one file are fixed
 * differently (their config sets differ), the file is left out, as `--fix` leaves it unwritten.
 */
export function unifiedDiffByRealFile(texts: ReadonlyMap<string, string>, edits: readonly TextEdit[], realPathOf?: ReadonlyMap<string, string>, encodingOf?: EncodingOf): RealFileDiff {
  const groups = new Map<string, PathEdits[]>();
  for (const [file, list] of editsByFile(edits)) {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`edit for a file that is not given: ${file}`);
    addPathEdits(groups, realPathOf?.get(file) ?? file, { path: file, text, edits: list });
  }
  return diffOfRealFiles(groups, encodingOf);
}

export function addPathEdits(groups: Map<string, PathEdits[]>, realPath: string, member: PathEdits): void {
  const group = groups.get(realPath);
  if (group) group.push(member);
  else groups.set(realPath, [member]);
}

/** The diff of files grouped by real path (see unifiedDiffByRealFile), in the groups' order. */
export function diffOfRealFiles(groups: ReadonlyMap<string, readonly PathEdits[]>, encodingOf?: EncodingOf): RealFileDiff {
  let diff = '';
  const withheld: WithheldFile[] = [];
  const sections: Array<{ section: string; encoding: SourceEncoding }> = [];
  for (const [realPath, members] of groups) {
    const chosen = members.find((m) => m.path === realPath) ?? (members[0] as PathEdits);
    if (members.length > 1) {
      const after = applyEdits(chosen.text, chosen.edits);
      if (members.some((m) => m.text !== chosen.text || applyEdits(m.text, m.edits) !== after)) {
        withheld.push({ realPath, paths: members.map((m) => m.path) });
        continue;
      }
    }
    const section = unifiedDiffOfFile(realPath, chosen.text, chosen.edits);
    diff += section;
    sections.push({ section, encoding: encodingOf?.(chosen.path) ?? 'utf8' });
  }
  if (sections.every((s) => s.encoding === 'utf8')) return { diff, withheld };
  const bytes = Buffer.concat(sections.flatMap(({ section, encoding }) => {
    const headersEnd = section.indexOf('\n', section.indexOf('\n') + 1) + 1;
    return [Buffer.from(section.slice(0, headersEnd), 'utf8'), Buffer.from(section.slice(headersEnd), encoding)];
  }));
  return { diff, withheld, bytes };
}

/** One sentence per withheld file, for a report. */
export function withheldSentence(w: WithheldFile): string {
  return `${w.paths.join(', ')}: left out of the diff, they are one file (${w.realPath}, through a symbolic link) and their config sets need different fixes`;
}
