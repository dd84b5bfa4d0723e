/**
 * The job summary of one run as HTML (core.summary inserts raw HTML, so everything is escaped
 * here): per config set a table of endpoints, role and verdict; the findings grouped by config set
 * and service; the diff of the suggested edits. GitHub refuses a step summary over 1 MiB
 * (github-actions reference §2.3): the text is cut at a block boundary with a note before that.
 */
import type { ActionReport, ReportFinding } from './report-types.js';

/** Bytes (UTF-8) we allow ourselves: below GitHub's 1 MiB with room for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** Escape for HTML text and attribute values; control characters become visible. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, '&#64;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    // Bidi controls reorder what the reader sees, zero-width characters hide in values: shown, not applied.
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    // A blank line ends an HTML block in GitHub Markdown and what follows is read as Markdown
    // (links, images): line breaks from the repository (a folder name may hold two) become entities.
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

const VERDICT_MARK: Record<string, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice', pass: '✅ pass' };

export interface SummaryExtras {
  /** Lines naming annotations left out by the budget ("3 more warnings not annotated: ..."). */
  annotationOverflow?: string[];
  /** Findings of the full scan that only-changed did not report (repository-relative). */
  hidden?: readonly ReportFinding[];
  /** Parse problems, "file:line: message" (already repository-relative). */
  problems?: readonly string[];
  /** A note from the GitHub half (read-only token, fork recipe), plain text. */
  notes?: readonly string[];
}

interface Block {
  html: string;
  /** Closes the open element when the summary is cut after this block. */
  close?: string;
}

function where(f: ReportFinding): string {
  if (f.target) return `server ${f.target}`;
  return `${f.file}:${f.line}`;
}

function findingBlocks(report: ActionReport): Block[] {
  const blocks: Block[] = [];
  if (report.findings.length === 0) return [{ html: '<p>No findings.</p>\n' }];
  const groups = new Map<string, ReportFinding[]>();
  for (const f of report.findings) {
    const key = `${f.configSet ?? (f.target ? `server ${f.target}` : '')}\u0000${f.service ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const [key, list] of groups) {
    const [set, service] = key.split('\u0000') as [string, string];
    blocks.push({ html: `<h4>${escapeHtml(set || '(no config set)')}${service ? ` — ${escapeHtml(service)}` : ''}</h4>\n<ul>\n`, close: '</ul>\n' });
    list.forEach((f, i) => {
      const fix = f.fix ? `<br>Fix: ${escapeHtml(f.fix.description)}` : '';
      blocks.push({
        html: `<li><b>${escapeHtml(f.severity)}</b> <a href="${escapeHtml(f.helpUri ?? '#')}">${escapeHtml(f.ruleId)}</a> at <code>${escapeHtml(where(f))}</code>: ${escapeHtml(f.message)}${fix}</li>\n${i === list.length - 1 ? '</ul>\n' : ''}`,
        ...(i === list.length - 1 ? {} : { close: '</ul>\n' }),
      });
    });
  }
  return blocks;
}

export function renderJobSummary(report: ActionReport, extras: SummaryExtras = {}, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const blocks: Block[] = [];
  const c = report.counts;
  blocks.push({
    html: `<h2>postfix-tls-audit: ${report.passed ? '✅ passed' : '❌ failed'}</h2>\n<p>${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s); fail-on: ${escapeHtml(report.failOn)}; policy ${escapeHtml(report.policy.profile)} ${escapeHtml(report.policy.profileVersion)}${report.policy.origin.startsWith('profile:') ? '' : ` from <code>${escapeHtml(report.policy.origin)}</code>`}.</p>\n`,
  });
  for (const note of extras.notes ?? []) blocks.push({ html: `<p>${escapeHtml(note)}</p>\n` });
  if (extras.annotationOverflow?.length) {
    blocks.push({ html: `<p>Annotations: ${extras.annotationOverflow.map(escapeHtml).join('; ')}. Every finding is listed below.</p>\n` });
  }
  if (report.hiddenByOnlyChanged > 0) {
    const hidden = extras.hidden ?? [];
    const names = hidden.slice(0, 50).map((f) => `${where(f)} [${f.ruleId}]`).join(', ');
    blocks.push({
      html: `<p>only-changed: ${report.hiddenByOnlyChanged} finding(s) in files this pull request did not change are not reported${names ? `: ${escapeHtml(names)}${hidden.length > 50 ? `, and ${hidden.length - 50} more` : ''}` : ''}.</p>\n`,
    });
  }
  blocks.push({ html: '<h3>Endpoints</h3>\n' });
  if (report.configSets.length === 0) blocks.push({ html: '<p>No Postfix configuration found.</p>\n' });
  for (const set of report.configSets) {
    blocks.push({
      html: `<h4>Config set <code>${escapeHtml(set.root)}</code>${set.problems ? ` (${set.problems} parse problem(s))` : ''}</h4>\n<table>\n<tr><th>service</th><th>listen</th><th>role</th><th>TLS</th><th>verdict</th></tr>\n`,
      close: '</table>\n',
    });
    if (set.endpoints.length === 0) blocks.push({ html: '<tr><td colspan="5">no TLS endpoints</td></tr>\n', close: '</table>\n' });
    for (const e of set.endpoints) {
      blocks.push({ html: `<tr><td>${escapeHtml(e.service)}</td><td>${escapeHtml(e.listen)}</td><td>${escapeHtml(e.role)}</td><td>${escapeHtml(e.tls)}</td><td>${VERDICT_MARK[e.verdict] ?? escapeHtml(e.verdict)}</td></tr>\n`, close: '</table>\n' });
    }
    blocks.push({ html: '</table>\n' });
  }
  blocks.push({ html: '<h3>Findings</h3>\n' });
  blocks.push(...findingBlocks(report));
  if (extras.problems?.length) {
    blocks.push({ html: '<h3>Parse problems</h3>\n<ul>\n', close: '</ul>\n' });
    for (const p of extras.problems) blocks.push({ html: `<li>${escapeHtml(p)}</li>\n`, close: '</ul>\n' });
    blocks.push({ html: '</ul>\n' });
  }
  if (report.diff) {
    blocks.push({ html: '<h3>Suggested edits (verified)</h3>\n<pre lang="diff"><code>', close: '</code></pre>\n' });
    const lines = report.diff.split('\n');
    for (let i = 0; i < lines.length; i += 200) blocks.push({ html: lines.slice(i, i + 200).map(escapeHtml).join('\n') + (i + 200 < lines.length ? '\n' : ''), close: '</code></pre>\n' });
    blocks.push({ html: '</code></pre>\n' });
  }
  return assemble(blocks, limitBytes);
}

const TRUNCATED = '<p><b>Truncated:</b> this summary reached GitHub\'s size limit for a step summary. The complete report is in the json-file and sarif-file outputs and in the step log.</p>\n';

function assemble(blocks: readonly Block[], limitBytes: number): string {
  let out = '';
  let size = 0;
  const reserve = Buffer.byteLength(TRUNCATED) + 64;
  for (const b of blocks) {
    const n = Buffer.byteLength(b.html);
    if (size + n + reserve > limitBytes) {
      // Close the element left open by the last block written.
      const last = out === '' ? undefined : blocks[blocks.indexOf(b) - 1];
      return `${out}${last?.close ?? ''}${TRUNCATED}`;
    }
    out += b.html;
    size += n;
  }
  return out;
}
