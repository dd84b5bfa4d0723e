/**
 * `scan --format markdown` is bounded (issue 8, noticed in session 6: 15,000 findings gave 3.5 MB).
 * It keeps to GitHub's comment limit, 65,536 characters (reference github-actions.md §2.3), so the
 * output can be posted as a comment or step summary; what it leaves out it says. Real configs, the
 * CLI in-process, real `git apply --check` on the diff it keeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRepository, loadPolicy } from '../../src/audit.js';
import { runCli } from '../../src/cli/run.js';
import { findingsToMarkdown, MARKDOWN_LIMIT } from '../../src/report/findings-markdown.js';

const MAIN = 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_protocols = TLSv1.2\n';

/** `services` smtpd services, each with its own -o smtpd_tls_protocols=TLSv1.2 (one finding and fix each). */
function master(services: number): string {
  const out: string[] = [];
  for (let i = 0; i < services; i++) out.push(`127.0.0.1:${10000 + i} inet n - n - - smtpd\n  -o smtpd_tls_protocols=TLSv1.2`);
  return `${out.join('\n')}\n`;
}

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-markdown-limit-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(base, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const rowsOf = (md: string): string[] => md.split('\n').filter((l) => /^\| (error|warning|notice) \|/.test(l));

describe('scan --format markdown size bound', () => {
  it('many findings: at most 65,536 characters, the counts of all findings, and how many rows it left out', async () => {
    const root = tree('many', { 'p/main.cf': MAIN, 'p/master.cf': master(400) });
    const json = JSON.parse(String((await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root)).stdout)) as { findings: unknown[] };
    const total = json.findings.length;
    expect(total).toBeGreaterThanOrEqual(400);
    const r = await runCli(['scan', '.', '--format', 'markdown', '--fail-on', 'never'], root);
    const md = String(r.stdout);
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const rows = rowsOf(md);
    expect(rows.length).toBeGreaterThan(50);
    const more = /^… and (\d+) more finding\(s\): this output is limited to 65536 characters/m.exec(md);
    expect(Number(more?.[1])).toBe(total - rows.length);
    const heading = /^## postfix-tls-audit: (\d+) error\(s\), (\d+) warning\(s\), (\d+) notice\(s\)$/m.exec(md)!;
    expect(Number(heading[1]) + Number(heading[2]) + Number(heading[3])).toBe(total);
    // No room for the diff beside the cut table: it says so, and the table closes before it.
    expect(md).toMatch(/^1 of 1 file\(s\) left out of this diff \(the output is limited to 65536 characters\); `scan --diff` prints all of it\.$/m);
    expect(md).not.toContain('```diff');
  });

  it('a diff too large for the budget loses whole files from its end; what it keeps applies with git apply', async () => {
    const sets: Record<string, string> = {};
    for (let i = 0; i < 6; i++) sets[`s${i}/main.cf`] = MAIN;
    const root = tree('diff', sets);
    execFileSync('git', ['init', '-q', '.'], { cwd: root });
    const loaded = await loadPolicy({ root, cwd: root });
    if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
    const a = await auditRepository(root, { policy: loaded.policy });
    const { diff } = a.fixesDiff();
    const full = findingsToMarkdown(a.findings, loaded.policy, diff);
    const budget = full.length - 1;
    const md = findingsToMarkdown(a.findings, loaded.policy, diff, { maxLength: budget });
    expect(md.length).toBeLessThanOrEqual(budget);
    expect(rowsOf(md)).toEqual(rowsOf(full));
    expect(md).toMatch(/^1 of 6 file\(s\) left out of this diff \(the output is limited to \d+ characters\); `scan --diff` prints all of it\.$/m);
    const kept = /```diff\n([\s\S]*?)\n```/.exec(md)![1]!;
    expect(kept.split('\n').filter((l) => l.startsWith('+++ '))).toHaveLength(5);
    const check = spawnSync('git', ['apply', '--check', '-'], { cwd: root, input: `${kept}\n`, encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('within the budget the output is as before: whole table, whole diff, no note', async () => {
    const root = tree('small', { 'p/main.cf': MAIN });
    const md = String((await runCli(['scan', '.', '--format', 'markdown', '--fail-on', 'never'], root)).stdout);
    expect(md).not.toMatch(/more finding|left out/);
    expect(md).toContain('```diff\n--- a/p/main.cf\n+++ b/p/main.cf\n');
    expect(md.endsWith('```\n\n</details>\n')).toBe(true);
  });
});
