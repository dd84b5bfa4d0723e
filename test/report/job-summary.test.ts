/**
 * The job summary: escaped HTML from a real report, well-formed when cut at its byte bound, and
 * under GitHub's 1 MiB on a repository whose report is far larger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ActionReport } from '../../src/report/report-types.js';
import { renderJobSummary, SUMMARY_LIMIT_BYTES, escapeHtml } from '../../src/report/job-summary.js';
import { removeRunnerDir, runInProcess } from '../action/harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let base: string;
let ws: string;
let report: ActionReport;

/** Every opened table/ul/pre/code is closed, in order. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(table|ul|pre|code|details)\b[^>]*>/g)) {
    if (m[1] === '') stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-summary-'));
  ws = path.join(base, 'ws');
  mkdirSync(ws);
  cpSync(path.join(repo, 'examples'), path.join(ws, 'examples'), { recursive: true });
  // A config set whose text tries HTML, mentions and a script through a value and a folder name.
  const evil = path.join(ws, 'x<script>alert(1)<!--@team');
  mkdirSync(evil);
  writeFileSync(path.join(evil, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = <img src=x onerror=alert(1)>@octocat\n');
  report = (await runInProcess(ws, { 'fail-on': 'never' })).result.report!;
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

describe('job summary', () => {
  it('escapes everything that comes from the repository', () => {
    const html = renderJobSummary(report);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('@octocat');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&#64;octocat');
    expect(html).toContain('x&lt;script&gt;alert(1)&lt;!--&#64;team');
    expect(balanced(html)).toBe(true);
    expect(escapeHtml('a"b\'c&\u0007')).toBe('a&quot;b&#39;c&amp;\\x07');
  });

  it('line breaks from the repository (a folder name may hold a blank line) cannot end the HTML block and start Markdown', () => {
    const evilRoot = 'a\n\n[x](javascript:alert(1)) ![t](https://evil.example/t.png)';
    const f = { ...report.findings[0]!, file: `${evilRoot}/main.cf`, configSet: evilRoot };
    const html = renderJobSummary({ ...report, findings: [f], configSets: [{ ...report.configSets[0]!, root: evilRoot }] }, { problems: [`${evilRoot}/main.cf:1: x\r\ny`] });
    const outsidePre = html.replace(/<pre[\s\S]*?<\/pre>/g, 'PRE');
    expect(outsidePre).not.toMatch(/\n\s*\n/);
    expect(outsidePre).not.toMatch(/\r/);
    expect(html).toContain('a&#10;&#10;[x](javascript:alert(1))');
    // The diff keeps its lines.
    expect(html).toMatch(/<pre lang="diff"><code>--- a\/[^\n]*\n\+\+\+ b\//);
  });

  it('per config set a table of endpoints, role and verdict; findings grouped by set and service; the diff', () => {
    const html = renderJobSummary(report);
    const stack = html.indexOf('<h4>Config set <code>examples/mail-stack/postfix</code></h4>');
    expect(stack).toBeGreaterThan(0);
    expect(html.slice(stack)).toMatch(/^<h4>[^\n]*\n<table>\n<tr><th>service<\/th><th>listen<\/th><th>role<\/th><th>TLS<\/th><th>verdict<\/th><\/tr>\n/);
    expect(html).toContain('<h4>examples/mail-stack/postfix — submission/inet</h4>');
    expect(html.indexOf('<h3>Findings</h3>')).toBeGreaterThan(stack);
    expect(html.indexOf('<h3>Suggested edits (verified)</h3>')).toBeGreaterThan(html.indexOf('<h3>Findings</h3>'));
    const items = html.match(/<li><b>(error|warning|notice)<\/b>/g)!;
    expect(items).toHaveLength(report.findings.length);
  });

  it('cut at the bound: well-formed, below it, with a note', () => {
    const full = renderJobSummary(report);
    for (const limit of [1500, 3000, 6000, Math.floor(Buffer.byteLength(full) / 2)]) {
      const cut = renderJobSummary(report, {}, limit);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
      expect(cut).toContain('<b>Truncated:</b>');
      expect(balanced(cut)).toBe(true);
    }
    expect(renderJobSummary(report, {}, Buffer.byteLength(full) + 2000)).toBe(full);
  });

  it('a report far above 1 MiB gives a summary below GitHub\'s limit', () => {
    const many: ActionReport = {
      ...report,
      findings: Array.from({ length: 6000 }, (_, i) => ({ ...report.findings[i % report.findings.length]!, message: `${'long message '.repeat(20)}${i}` })),
      diff: `${'+smtpd_tls_protocols = >=TLSv1.2\n'.repeat(40_000)}`,
    };
    const html = renderJobSummary(many);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
    expect(html).toContain('<b>Truncated:</b>');
    expect(balanced(html)).toBe(true);
  });

  it('names annotations left out, only-changed\'s hidden findings and notes', () => {
    const html = renderJobSummary({ ...report, hiddenByOnlyChanged: 2 }, {
      annotationOverflow: ['3 more warnings not annotated (at most 10 per severity): see the summary'],
      hidden: report.findings.slice(0, 2),
      notes: ['Nothing was written to GitHub: <fork>.'],
    });
    expect(html).toContain('<p>Annotations: 3 more warnings not annotated (at most 10 per severity): see the summary. Every finding is listed below.</p>');
    expect(html).toMatch(/only-changed: 2 finding\(s\) in files this pull request did not change are not reported: [^<]*\[[a-z-]+\], [^<]*\./);
    expect(html).toContain('Nothing was written to GitHub: &lt;fork&gt;.');
  });
});
