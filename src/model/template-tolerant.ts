/**
 * Templates (Jinja, ERB, sed placeholders, ...) often contain lines that are not Postfix syntax as
 * written ("{% if %}", "{{ ansible_managed }}", a placeholder in a master.cf field). Postfix would
 * refuse such a file, but the rendered file will not have them. For the model only, such lines are
 * neutralized with same-length whitespace (positions stay exact) and the file is parsed again:
 * a placeholder that is a whole master.cf field becomes "-" (the field's default); any other
 * offending line becomes blank. Fatal lines without a placeholder stay fatal.
 */
import { parseMainCf, splitNameValue, type MainCf } from '../postfix/main-cf.js';
import { parseMasterCf, type MasterCf } from '../postfix/master-cf.js';
import type { Diagnostic } from '../postfix/diagnostics.js';
import { makeSource, type SourceText } from '../postfix/source.js';
import { overlapsPlaceholder, placeholdersOfSource } from '../postfix/templates.js';

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** The logical-line range of a fatal diagnostic (its span), or undefined. */
function fatalRange(d: Diagnostic | undefined): [number, number] | undefined {
  return d?.span ? [d.span.start.offset, d.span.end.offset] : undefined;
}

function rewrite(source: SourceText, text: string): SourceText {
  return { ...makeSource(source.path, text), encoding: source.encoding };
}

/** Parsed files are never changed: each is neutralized once (a fix's re-analysis reuses unchanged files). */
const tolerantMains = new WeakMap<MainCf, { main: MainCf; neutralizedLines: number[] }>();
const tolerantMasters = new WeakMap<MasterCf, { master: MasterCf; neutralizedLines: number[] }>();

export function tolerantMainCf(main: MainCf): { main: MainCf; neutralizedLines: number[] } {
  let r = tolerantMains.get(main);
  if (!r) tolerantMains.set(main, (r = neutralizeMainCf(main)));
  return { main: r.main, neutralizedLines: [...r.neutralizedLines] };
}

export function tolerantMasterCf(master: MasterCf): { master: MasterCf; neutralizedLines: number[] } {
  let r = tolerantMasters.get(master);
  if (!r) tolerantMasters.set(master, (r = neutralizeMasterCf(master)));
  return { master: r.master, neutralizedLines: [...r.neutralizedLines] };
}

/**
 * Blanking a logical line changes no other logical line (its physical lines become blank, which
 * readllines() drops without ending the line before; the line after it started a logical line of its
 * own already), so the fatal lines are found in one walk over the parsed items, from the first fatal
 * one on: each that overlaps a placeholder of the file is blanked, up to the first that does not. The
 * file is parsed once more at the end. (A loop that parses again after each line took quadratic time
 * on templates with thousands of control lines.)
 */
function neutralizeMainCf(main: MainCf): { main: MainCf; neutralizedLines: number[] } {
  const first = main.fatal?.span?.start.offset;
  if (first === undefined) return { main, neutralizedLines: [] };
  const placeholders = placeholdersOfSource(main.source);
  const ranges: Array<[number, number]> = [];
  const lines: number[] = [];
  for (const item of main.items) {
    if (item.kind !== 'logical' || item.startOffset < first || item.startsWithWhitespace) continue;
    if (!('error' in splitNameValue(item.text))) continue;
    if (!overlapsPlaceholder(placeholders, item.startOffset, Math.max(item.endOffset, item.startOffset + 1)) || lines.length >= 10_000) break;
    ranges.push([item.startOffset, item.endOffset]);
    lines.push(item.firstLine);
  }
  if (ranges.length === 0) return { main, neutralizedLines: [] };
  const text = main.source.text;
  let next = '';
  let at = 0;
  for (const [a, b] of ranges) {
    next += text.slice(at, a) + blank(text.slice(a, b));
    at = b;
  }
  next += text.slice(at);
  return { main: parseMainCf(rewrite(main.source, next)), neutralizedLines: lines };
}

/**
 * master.cf lines are neutralized one at a time, each followed by a parse of the whole file: at most
 * MAX_MASTER_NEUTRALIZED lines (a real master.cf has a few dozen services), so that a hostile template
 * with thousands of such lines costs a bounded number of parses; the rest stay fatal.
 */
const MAX_MASTER_NEUTRALIZED = 256;

function neutralizeMasterCf(master: MasterCf): { master: MasterCf; neutralizedLines: number[] } {
  let current = master;
  const lines: number[] = [];
  for (let guard = 0; guard < MAX_MASTER_NEUTRALIZED; guard++) {
    // master.cf keeps parsing after a fatal line: take the first fatal with a placeholder.
    const text = current.source.text;
    const ph = placeholdersOfSource(current.source);
    const fatal = current.diagnostics.find((d) => d.severity === 'fatal' && d.span && ph.some((p) => p.start < d.span!.end.offset && p.end > d.span!.start.offset));
    if (!fatal || !fatal.span) break;
    const [a, b] = [fatal.span.start.offset, fatal.span.end.offset];
    let line = text.slice(a, b);
    let fielded = line;
    for (const p of ph.filter((x) => x.start >= a && x.end <= b).sort((x, y) => y.start - x.start)) {
      const before = text[p.start - 1];
      const after = text[p.end];
      const wholeToken = (p.start === a || before === ' ' || before === '\t') && (after === undefined || after === ' ' || after === '\t' || after === '\n' || p.end === b);
      const s = p.start - a;
      const e = p.end - a;
      fielded = fielded.slice(0, s) + (wholeToken ? `-${' '.repeat(e - s - 1)}` : blank(fielded.slice(s, e))) + fielded.slice(e);
    }
    // A line that now starts with whitespace would continue the previous service: blank it instead.
    if (/^[ \t]/.test(fielded)) fielded = blank(line);
    const tryText = text.slice(0, a) + fielded + text.slice(b);
    const attempt = parseMasterCf(rewrite(current.source, tryText));
    const stillFatal = attempt.diagnostics.some((d) => d.severity === 'fatal' && d.span?.start.offset === a);
    line = stillFatal ? blank(line) : fielded;
    lines.push(fatal.span.start.line);
    current = stillFatal ? parseMasterCf(rewrite(current.source, text.slice(0, a) + line + text.slice(b))) : attempt;
  }
  return { master: current, neutralizedLines: lines };
}
