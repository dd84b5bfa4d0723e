/** Findings as text (with the offending lines) and as JSON data, for `scan`. */
import type { SourceText } from '../postfix/source.js';
import { countBySeverity } from '../policy/report.js';
import type { Policy } from '../policy/types.js';
import type { ReportableFinding } from './sarif.js';

const visible = (t: string): string => t.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** The text of a file's line (1-based) without its line end, or undefined past the end. */
export function lineText(source: SourceText | undefined, line: number): string | undefined {
  if (!source) return undefined;
  const start = source.lineStarts[line - 1];
  if (start === undefined) return undefined;
  const next = source.lineStarts[line];
  return source.text.slice(start, next === undefined ? source.text.length : next - 1).replace(/\r$/, '');
}

/** An excerpt line longer than this is cut to a window around the finding's column. */
export const MAX_EXCERPT_CHARS = 240;

/**
 * A line of a finding's excerpt, at most MAX_EXCERPT_CHARS of it (plus "…" where it is cut), starting a
 * little before `column`: thousands of findings on one long line (a service with 10,000 -o options)
 * would otherwise print that whole line once per finding.
 */
export function excerpt(line: string, column: number): string {
  if (line.length <= MAX_EXCERPT_CHARS) return line;
  const from = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_EXCERPT_CHARS));
  const to = from + MAX_EXCERPT_CHARS;
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}

/** "file:line:column" or, for a probed server, its host:port. */
export function findingWhere(f: ReportableFinding): string {
  return f.target ? `${f.target}` : `${f.file}:${f.line}:${f.column}`;
}

/** Where a report finds a file's line (1-based): `lineText` of a kept file, or a kept excerpt. */
export type LineLookup = (file: string, line: number) => string | undefined;

/** The lines a finding's excerpt shows: its first line to its last (at most five). */
export function shownLines(f: ReportableFinding): { first: number; last: number } {
  return { first: f.line, last: Math.min(f.endColumn === 1 && f.endLine > f.line ? f.endLine - 1 : f.endLine, f.line + 4) };
}

/**
 * `lines`: the scanned files by path, or a lookup of the lines the findings show, for the offending
 * lines (none for probe findings).
 */
export function formatFindingsText(findings: readonly ReportableFinding[], policy: Policy, lines: ReadonlyMap<string, SourceText> | LineLookup): string {
  const out: string[] = [];
  writeFindingsText(findings, policy, lines, (text) => out.push(text));
  return out.join('');
}

/** formatFindingsText in pieces, one per finding, to `write` (a long report is never one string). */
export function writeFindingsText(findings: readonly ReportableFinding[], policy: Policy, lines: ReadonlyMap<string, SourceText> | LineLookup, write: (text: string) => void): void {
  const lineOf: LineLookup = typeof lines === 'function' ? lines : (file, line) => lineText(lines.get(file), line);
  const c = countBySeverity(findings);
  write(`Policy ${policy.profile.id} ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` (from ${visible(policy.origin)})`}: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s).\n`);
  for (const f of findings) {
    const out = [''];
    // A line that starts with "::" is a workflow command when the CLI runs in a GitHub Actions step: a
    // path that begins so is shown as "./::...".
    const where = visible(findingWhere(f));
    out.push(`${where.startsWith('::') ? './' : ''}${where}: ${f.severity}: ${visible(f.message)} [${f.ruleId}]${f.service ? ` (${visible(f.service)}, ${f.role})` : ''}`);
    if (!f.target) {
      const { first, last } = shownLines(f);
      for (let l = first; l <= last; l++) {
        const t = lineOf(f.file, l);
        if (t !== undefined) out.push(`  ${String(l).padStart(5)} | ${visible(excerpt(t, l === f.line ? f.column : 1))}`);
      }
    }
    if (f.fix) out.push(`  fix: ${visible(f.fix.description)}`);
    write(`${out.join('\n')}\n`);
  }
}

export function findingsToJson(findings: readonly ReportableFinding[], policy: Policy): object {
  return {
    policy: { profile: policy.profile.id, profileVersion: policy.profile.version, origin: policy.origin },
    summary: countBySeverity(findings),
    findings: findings.map((f) => ({ ...f })),
  };
}
