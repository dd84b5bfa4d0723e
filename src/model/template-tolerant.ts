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

/** Same length, newlines kept, every other character a space. */
const blank = (s: string): string =>
  s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');

/** The logical-line range of a fatal diagnostic (its span), or undefined. */
function fatalRange(d: Diagnostic | undefined): [number, number] | undefined {
  return d?.span ? [d.span.start.offset, d.span.end.offset] : undefined;
}

function rewrite(source: SourceText, text: string): SourceText {
  return makeSource(source.path, text, source.encoding);
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
 * master.cf keeps parsing after a fatal line, so every fatal line that overlaps a placeholder is
 * neutralized, in file order, up to MAX_MASTER_NEUTRALIZED of them (a real master.cf has a few dozen
 * services; the rest stay fatal). As for main.cf, changing one logical line changes no other, so the
 * lines are taken from one walk over the parsed file: each line is first tried with its whole-field
 * placeholders as "-" (a parse of that line alone tells whether it is still fatal), else blanked.
 * The file is parsed once more at the end.
 */
const MAX_MASTER_NEUTRALIZED = 256;

function neutralizeMasterCf(master: MasterCf): { master: MasterCf; neutralizedLines: number[] } {
  const text = master.source.text;
  const ph = placeholdersOfSource(master.source);
  const replacements: Array<[number, number, string]> = [];
  const lines: number[] = [];
  for (const d of master.diagnostics) {
    if (lines.length >= MAX_MASTER_NEUTRALIZED) break;
    if (d.severity !== 'fatal' || !d.span) continue;
    const [a, b] = [d.span.start.offset, d.span.end.offset];
    if (!overlapsPlaceholder(ph, a, b)) continue;
    const line = text.slice(a, b);
    let fielded = line;
    for (const p of ph.filter((x) => x.start >= a && x.end <= b).reverse()) {
      const before = text[p.start - 1];
      const after = text[p.end];
      const wholeToken = (p.start === a || before === ' ' || before === '\t') && (after === undefined || after === ' ' || after === '\t' || after === '\n' || p.end === b);
      const s = p.start - a;
      const e = p.end - a;
      fielded = fielded.slice(0, s) + (wholeToken ? `-${' '.repeat(e - s - 1)}` : blank(fielded.slice(s, e))) + fielded.slice(e);
    }
    // A line that now starts with whitespace would continue the previous service: blank it instead.
    if (/^[ \t]/.test(fielded)) fielded = blank(line);
    const stillFatal = parseMasterCf(makeSource(master.source.path, fielded)).diagnostics.some((x) => x.severity === 'fatal' && x.span?.start.offset === 0);
    replacements.push([a, b, stillFatal ? blank(line) : fielded]);
    lines.push(d.span.start.line);
  }
  if (replacements.length === 0) return { master, neutralizedLines: [] };
  let next = '';
  let at = 0;
  for (const [a, b, replacement] of replacements) {
    next += text.slice(at, a) + replacement;
    at = b;
  }
  next += text.slice(at);
  return { master: parseMasterCf(rewrite(master.source, next)), neutralizedLines: lines };
}
