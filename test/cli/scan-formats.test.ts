/**
 * scan --format markdown|json|text on the moved formatters (src/report/), with a config whose
 * values try to break out of a Markdown table, start HTML or mention someone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-cli-formats-'));
  mkdirSync(path.join(dir, 'evil|<b>@admin'));
  writeFileSync(path.join(dir, 'evil|<b>@admin/main.cf'), 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may|<img src=x>@admin #1\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan formats', () => {
  it('Markdown: one table row per finding, nothing from the config unescaped', async () => {
    const r = await runCli(['scan', '.', '--format', 'markdown', '--fail-on', 'never'], dir);
    const out = String(r.stdout);
    const rows = out.split('\n').filter((l) => /^\| (error|warning|notice) \|/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
    expect(out).not.toMatch(/(?<!\\)<(img|b)/);
    expect(out).not.toContain('@admin');
    expect(out).toContain('@\u200badmin');
    expect(out).toContain('\\<img src=x\\>');
  });

  it('JSON and text carry the same findings', async () => {
    const j = JSON.parse(String((await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], dir)).stdout));
    const t = String((await runCli(['scan', '.', '--fail-on', 'never'], dir)).stdout);
    expect(j.findings.length).toBeGreaterThanOrEqual(1);
    for (const f of j.findings) expect(t).toContain(`${f.file}:${f.line}:${f.column}: ${f.severity}: `);
    expect(j.summary.error + j.summary.warning + j.summary.notice).toBe(j.findings.length);
  });
});
