/**
 * The rolling compliance issue of scheduled runs: its title, body (the report, as in the PR comment)
 * and the notes written when it is closed or reopened.
 */
import type { ActionReport } from './report-types.js';
import { codeSpan, inlineText, link } from './markdown-safe.js';
import { countsLine, renderReportBody, type BodyLinks } from './pr-comment.js';

export const ISSUE_LABEL = 'postfix-tls-audit';

export function issueTitle(workflow: string): string {
  // The title is plain text on GitHub (no Markdown), but keep it one short line.
  const name = workflow.replace(/[\r\n]+/g, ' ').trim().slice(0, 100);
  return `postfix-tls-audit: TLS policy findings${name ? ` (${name})` : ''}`;
}

export function renderIssueBody(report: ActionReport, opts: BodyLinks & { maxLength: number }): string {
  return renderReportBody(report, { ...opts, kind: 'issue' });
}

export function renderClosingNote(report: ActionReport, runUrl?: string): string {
  const at = report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : '';
  const run = runUrl ? ` (${link('run', runUrl)})` : '';
  return `✅ No findings any more${at}${run}: closing. This issue reopens if findings come back.`;
}

export function renderReopeningNote(report: ActionReport, runUrl?: string): string {
  const at = report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : '';
  const run = runUrl ? ` (${link('run', runUrl)})` : '';
  return `❌ Findings are back${at}${run}: ${inlineText(countsLine(report))}. Reopening.`;
}
