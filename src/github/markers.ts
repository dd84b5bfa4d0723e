/**
 * Hidden markers that let a later run find what an earlier one wrote: an HTML comment naming the
 * kind, the workflow and job (percent-encoded, so no "-->" can appear) and a hash of the content,
 * to skip writes that would change nothing. A marker only counts on a comment written by our own
 * identity (see identity.ts).
 */
import { createHash } from 'node:crypto';
import type { ActionReport } from '../report/report-types.js';
import { markerValue } from '../report/markdown-safe.js';

export type MarkerKind = 'comment' | 'issue' | 'suggestion';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** The part that identifies the thing (without the hash): `<!-- postfix-tls-audit:comment workflow=… job=… `. */
export function markerPrefix(kind: MarkerKind, key: Record<string, string>): string {
  const fields = Object.entries(key).map(([k, v]) => `${k}=${markerValue(v)}`);
  return `<!-- postfix-tls-audit:${kind} ${fields.join(' ')} `;
}

export function marker(kind: MarkerKind, key: Record<string, string>, hash: string): string {
  return `${markerPrefix(kind, key)}hash=${hash} -->`;
}

/**
 * The hash of the marker with this prefix that ends `body`, if it ends with one. Only the end counts:
 * we append the marker last, and everything before it may quote repository text verbatim (the diff's
 * fenced block, a suggestion's lines), which can hold a copy of any marker with a hash of its
 * author's choosing. A marker found anywhere else would let that text pass another job's comment off
 * as ours (to be edited or deleted) or pin the hash so that a changed report is never written.
 */
export function markedHash(body: string | null | undefined, prefix: string): string | undefined {
  if (!body) return undefined;
  const m = /hash=([0-9a-f]+) -->\s*$/.exec(body);
  if (!m) return undefined;
  const at = m.index - prefix.length;
  return at >= 0 && body.startsWith(prefix, at) ? m[1] : undefined;
}

/** Whether `body` ends with the marker of this prefix (see markedHash). */
export function hasMarker(body: string | null | undefined, prefix: string): boolean {
  return markedHash(body, prefix) !== undefined;
}

/** The key of this workflow's comment / issue: one per workflow and job. */
export function workflowKey(env: NodeJS.ProcessEnv): Record<string, string> {
  return { workflow: env.GITHUB_WORKFLOW ?? '', job: env.GITHUB_JOB ?? '' };
}

/**
 * Hash of what a report says, not of how it is rendered: a new commit with the same findings on the
 * same lines writes nothing (the earlier links still point to a commit that shows them).
 */
export function reportHash(report: ActionReport, extra = ''): string {
  return contentHash(
    JSON.stringify([
      report.tool.version,
      report.passed,
      report.failOn,
      report.policy,
      report.counts,
      report.hiddenByOnlyChanged,
      report.configSets.map((s) => [s.root, s.endpoints.length]),
      report.findings.map((f) => [f.ruleId, f.severity, f.message, f.file, f.line, f.endLine, f.configSet, f.service, f.target ?? null]),
      report.diff,
      extra,
    ]),
  );
}
