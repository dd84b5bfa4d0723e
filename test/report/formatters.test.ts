/**
 * The findings formatters (text, JSON, Markdown, ActionReport) with a probe finding among the
 * audit's findings: it names its server, has no file position, and nothing breaks.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { auditRepository, loadPolicy } from '../../src/audit.js';
import type { Finding } from '../../src/policy/types.js';
import { buildActionReport } from '../../src/report/action-report.js';
import { findingsToMarkdown, mdText } from '../../src/report/findings-markdown.js';
import { findingsToJson, formatFindingsText } from '../../src/report/findings-text.js';

const repo = path.resolve(import.meta.dirname, '../..');

const probeFinding: Finding = {
  ruleId: 'tls-not-available',
  severity: 'error',
  message: 'mx.example.org:25 does not offer STARTTLS',
  file: '',
  line: 0,
  column: 0,
  endLine: 0,
  endColumn: 0,
  configSet: '',
  service: null,
  role: 'mx',
  fingerprint: 'fedcba9876543210',
  target: 'mx.example.org:25',
};

async function audit() {
  const loaded = await loadPolicy({ root: path.join(repo, 'examples'), cwd: repo });
  if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
  const result = await auditRepository(path.join(repo, 'examples'), { policy: loaded.policy });
  return { ...result, policy: loaded.policy };
}

describe('formatters with probe findings', () => {
  it('text names the server and shows no source lines for it', async () => {
    const a = await audit();
    const text = formatFindingsText([...a.findings, probeFinding], a.policy, a.sources);
    expect(text).toContain('\nmx.example.org:25: error: mx.example.org:25 does not offer STARTTLS [tls-not-available]\n');
    expect(text).toMatch(/^Policy baseline [\d.]+: 3 error\(s\), 5 warning\(s\), 3 notice\(s\)\.\n/);
    expect(text).not.toContain(':0:0');
  });

  it('JSON keeps the target; Markdown puts it where the file would be, escaped', async () => {
    const a = await audit();
    const json = findingsToJson([probeFinding], a.policy) as { findings: Finding[]; summary: Record<string, number> };
    expect(json.findings[0]).toMatchObject({ target: 'mx.example.org:25', file: '', line: 0 });
    expect(json.summary).toEqual({ error: 1, warning: 0, notice: 0 });
    const md = findingsToMarkdown([{ ...probeFinding, target: 'mx_<b>@x:25' }], a.policy, '');
    expect(md).toContain('| error | [tls-not-available](');
    expect(md).toContain('| mx\\_\\<b\\>@\u200bx:25 |');
    expect(mdText('@admin #12 <img> `x` ![a](b)')).toBe('@\u200badmin \\#\u200b12 \\<img\\> \\`x\\` \\!\\[a\\](b)');
  });

  it('the ActionReport: repository-relative paths from a subfolder scan, the probe finding without a position', async () => {
    const a = await audit();
    const report = buildActionReport({
      workspace: repo,
      root: path.join(repo, 'examples'),
      models: a.models,
      policy: a.policy,
      reported: [...a.findings, probeFinding],
      all: [...a.findings, probeFinding],
      hiddenByOnlyChanged: 0,
      combined: a.fixes(),
      failOn: 'error',
      toolVersion: '0.0.0-test',
    });
    expect(report.counts).toEqual({ error: 3, warning: 5, notice: 3 });
    // Worst first, report order kept within a severity: the probe error after the two config errors.
    expect(report.findings.slice(0, 3).map((f) => f.ruleId)).toEqual(['submission-tls-not-required', 'auth-before-tls', 'tls-not-available']);
    const p = report.findings[2]!;
    expect(p).toMatchObject({ file: null, line: null, column: null, endLine: null, endColumn: null, configSet: null, target: 'mx.example.org:25', role: 'mx' });
    expect(p.suggestion).toBeUndefined();
    for (const f of report.findings.filter((x) => !x.target)) {
      expect(f.file!.startsWith('examples/')).toBe(true);
      for (const e of f.fix?.edits ?? []) expect(e.file.startsWith('examples/')).toBe(true);
      if (f.suggestion) expect(f.suggestion.file).toBe(f.fix!.edits[0]!.file);
    }
    expect(report.diff.split('\n').filter((l) => /^(---|\+\+\+) /.test(l)).every((l) => /^(--- a|\+\+\+ b)\/examples\//.test(l))).toBe(true);
    expect(report.configSets.map((s) => s.root)).toEqual(['examples/good', 'examples/mail-stack/postfix']);
  });
});
