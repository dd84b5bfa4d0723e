/**
 * Review suggestions: for each finding whose suggested lines lie entirely inside one hunk of the PR
 * diff (new side), a comment with a ```suggestion block replacing exactly those lines. GitHub
 * rejects a whole review (422) if one comment misses the diff (reference github-actions.md §3.3), so
 * anything else is left out here, never sent.
 */
import type { ActionReport, ReportFinding } from './report-types.js';
import { codeSpan, fenceFor, inlineText } from './markdown-safe.js';

/** GitHub's abuse detection: at most this many comments per review request (reviewdog's limit). */
export const MAX_REVIEW_COMMENTS = 30;

export interface ReviewHunk {
  start: number;
  end: number;
}

export interface PlannedSuggestion {
  path: string;
  startLine: number;
  endLine: number;
  /** Replacement lines, joined by "\n", without a final newline. */
  text: string;
  findings: ReportFinding[];
  /** Stable identity of this suggestion: path, lines, text and the findings' fingerprints. */
  key: string;
}

export interface SuggestionPlan {
  suggestions: PlannedSuggestion[];
  /** Findings with a suggestion outside the diff (or in a file the PR does not change). */
  outsideDiff: number;
  /** In the diff but over MAX_REVIEW_COMMENTS. */
  overLimit: number;
}

export function planSuggestions(
  report: ActionReport,
  changedFiles: ReadonlyMap<string, { hunks: readonly ReviewHunk[] }>,
  limit = MAX_REVIEW_COMMENTS,
): SuggestionPlan {
  const byRange = new Map<string, PlannedSuggestion>();
  let outsideDiff = 0;
  for (const f of report.findings) {
    const s = f.suggestion;
    if (!s) continue;
    const hunks = changedFiles.get(s.file)?.hunks ?? [];
    const inside =
      Number.isInteger(s.startLine) && Number.isInteger(s.endLine) && s.startLine >= 1 && s.startLine <= s.endLine &&
      hunks.some((h) => h.start <= s.startLine && s.endLine <= h.end);
    if (!inside) {
      outsideDiff += 1;
      continue;
    }
    const text = s.text.replace(/\r?\n$/, '');
    const rangeKey = JSON.stringify([s.file, s.startLine, s.endLine, text]);
    const existing = byRange.get(rangeKey);
    if (existing) existing.findings.push(f);
    else byRange.set(rangeKey, { path: s.file, startLine: s.startLine, endLine: s.endLine, text, findings: [f], key: '' });
  }
  const all = [...byRange.values()];
  for (const p of all) {
    p.key = JSON.stringify([p.path, p.startLine, p.endLine, p.text, p.findings.map((f) => f.fingerprint).sort()]);
  }
  const suggestions = all.slice(0, limit);
  return { suggestions, outsideDiff, overLimit: all.length - suggestions.length };
}

/** The comment body (without the fingerprint marker). */
export function renderSuggestionBody(p: PlannedSuggestion): string {
  const lines = p.findings.map((f) => `**${f.severity}** ${codeSpan(f.ruleId)}: ${inlineText(f.message)}`);
  const fix = p.findings.find((f) => f.fix)?.fix?.description;
  const fence = fenceFor(p.text);
  return [
    ...lines,
    ...(fix ? ['', `Suggested fix: ${inlineText(fix)}`] : []),
    '',
    `${fence}suggestion`,
    ...(p.text === '' ? [] : [p.text]),
    fence,
  ].join('\n');
}

export function renderReviewBody(plan: SuggestionPlan, posting: number): string {
  const parts = [`postfix-tls-audit: ${posting} suggested ${posting === 1 ? 'edit' : 'edits'} on changed lines.`];
  if (plan.overLimit > 0) parts.push(`${plan.overLimit} more did not fit in one review (at most ${MAX_REVIEW_COMMENTS}): the PR comment's diff has them.`);
  if (plan.outsideDiff > 0) parts.push(`${plan.outsideDiff} finding${plan.outsideDiff === 1 ? '' : 's'} with a fix outside the diff: see the PR comment.`);
  return parts.join(' ');
}
