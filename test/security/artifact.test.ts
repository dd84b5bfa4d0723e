/**
 * The fork-safe recipe's report artifact is written by a run over a fork's files, possibly by a
 * modified workflow: what readReportFile accepts is all the privileged half will render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_REPORT_BYTES, readReportFile, readUntrustedReport } from '../../src/github/artifact.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { RULE_DOCS } from '../../src/report/sarif.js';
import { finding, report } from '../support/fake-github/reports.js';

const good = () => report([finding({ ruleId: 'protocol-floor', line: 3, fingerprint: 'a1b2c3', helpUri: `${RULE_DOCS}/protocol-floor.md` })]);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-artifact-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('untrusted report artifact', () => {
  it('accepts the rule documentation link the Action writes', () => {
    const r = readUntrustedReport(JSON.stringify(good()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(renderJobSummary(r.report)).toContain(`<a href="${RULE_DOCS}/protocol-floor.md">protocol-floor</a>`);
  });

  it.each([
    ['another site', 'https://evil.example/protocol-floor.md'],
    ['a look-alike prefix', `${RULE_DOCS}.evil.example/x.md`],
    ['a path out of the rules folder', `${RULE_DOCS}/../../../../evil/x.md`],
    ['a query', `${RULE_DOCS}/protocol-floor.md?x=https://evil.example`],
  ])('refuses a help link to %s (the summary shows it as the rule\'s documentation)', (_name, uri) => {
    const r = good() as { findings: { helpUri?: string }[] };
    r.findings[0]!.helpUri = uri;
    const out = readUntrustedReport(JSON.stringify(r));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join('\n')).toMatch(/helpUri/);
  });

  it('refuses prototype keys and does not pollute Object.prototype', () => {
    const text = JSON.stringify(good());
    for (const forged of [
      text.replace('{', '{"__proto__":{"polluted":true},'),
      text.replace('"ruleId"', '"__proto__":{"polluted":true},"ruleId"'),
      text.replace('"ruleId"', '"constructor":{"prototype":{"polluted":true}},"ruleId"'),
    ]) {
      const out = readUntrustedReport(forged);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.errors.join('\n')).toMatch(/additional properties/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size bound before reading it, and deep nesting without a crash', () => {
    const big = path.join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_REPORT_BYTES + 1, 0x20));
    expect(() => readReportFile(big)).toThrow(/larger than/);
    const deep = `{"schema":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(readUntrustedReport(deep).ok).toBe(false);
  });
});

describe('help links', () => {
  it("refuses another rule's documentation (the summary would link this rule's id to it)", () => {
    const r = good() as { findings: { helpUri?: string }[] };
    r.findings[0]!.helpUri = `${RULE_DOCS}/weak-cipher-suites.md`;
    const out = readUntrustedReport(JSON.stringify(r));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join('\n')).toMatch(/helpUri/);
  });
});

describe('a from-report run', () => {
  it('refuses probe-targets (it neither scans nor probes)', async () => {
    const { readInputs, InputError } = await import('../../src/action/inputs.js');
    const file = path.join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(good()));
    const values: Record<string, string> = { 'from-report': file, 'probe-targets': 'mx.example.org:25' };
    const src = { getInput: (n: string) => values[n] ?? '', getMultilineInput: (n: string) => (values[n] ?? '').split('\n').filter(Boolean) };
    expect(() => readInputs(src, { workspace: dir, validateProbeTarget: () => undefined })).toThrow(InputError);
    expect(() => readInputs(src, { workspace: dir, validateProbeTarget: () => undefined })).toThrow(/cannot be combined with "from-report"/);
  });
});

describe('files a forged report may name', () => {
  const DIFF = '--- a/mail/main.cf\n+++ b/mail/main.cf\n@@ -1 +1 @@\n-smtpd_tls_protocols = SSLv3\n+smtpd_tls_protocols = >=TLSv1.2\n\\ No newline at end of file\n';
  const withDiff = (diff: string) => JSON.stringify({ ...good(), diff });

  it('accepts the diffs the Action writes, C-quoted headers and template names included', () => {
    expect(readUntrustedReport(withDiff(DIFF)).ok).toBe(true);
    const quoted = '--- "a/evil\\n::error::x/master.cf.j2"\n+++ "b/evil\\n::error::x/master.cf.j2"\n@@ -1 +1 @@\n-a\n+b\n';
    expect(readUntrustedReport(withDiff(quoted)).ok).toBe(true);
  });

  it.each([
    ['a header naming a workflow', '--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -1 +1 @@\n-a\n+b\n'],
    ['a new file', '--- /dev/null\n+++ b/mail/main.cf\n@@ -0,0 +1 @@\n+a\n'],
    ['git extended headers after a config file hunk', `${DIFF}diff --git a/mail/main.cf b/.github/workflows/evil.yml\nsimilarity index 100%\nrename from mail/main.cf\nrename to .github/workflows/evil.yml\n`],
    ['a mode change', `${DIFF}old mode 100644\nnew mode 100755\n`],
    ['a binary patch', `${DIFF}GIT binary patch\nliteral 0\n`],
  ])('refuses a diff with %s (the PR comment offers it to `git apply`)', (_name, diff) => {
    const out = readUntrustedReport(withDiff(diff));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join('\n')).toMatch(/\/diff line \d+/);
  });

  it.each([
    ['a finding', (r: any) => (r.findings[0].file = '.github/workflows/ci.yml')],
    ['a suggestion', (r: any) => (r.findings[0].suggestion = { file: 'Makefile', startLine: 1, endLine: 1, text: 'x' })],
    ['an edit', (r: any) => (r.findings[0].fix = { description: 'd', edits: [{ file: 'scripts/deploy.sh', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2, replacement: 'x' }] })],
    ['a config set', (r: any) => r.configSets[0].files.push('.github/workflows/ci.yml')],
  ])('refuses %s in a file that is not a Postfix config file', (_name, mutate) => {
    const r = good() as any;
    mutate(r);
    const out = readUntrustedReport(JSON.stringify(r));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join('\n')).toMatch(/which is not a config file/);
  });
});
