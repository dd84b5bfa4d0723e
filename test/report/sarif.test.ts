/**
 * SARIF as GitHub code scanning takes it: valid against the official SARIF 2.1.0 schema and the
 * GitHub-specific requirements (github-actions reference §4), on the examples, the shared corpus and
 * the Action's sarif-file from a subfolder scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRepository, loadPolicy } from '../../src/audit.js';
import { runCli } from '../../src/cli/run.js';
import { RULES } from '../../src/policy/rules/index.js';
import type { Finding } from '../../src/policy/types.js';
import { FINGERPRINT_KEY, findingsToSarif } from '../../src/report/sarif.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';
import { removeRunnerDir, runInProcess } from '../action/harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(repo, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => {
    try {
      return new URL(s).protocol.length > 1;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s) && (() => {
    try {
      new URL(s, 'https://example.invalid/base/');
      return true;
    } catch {
      return false;
    }
  })());
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
const validate = validator();

interface SarifRule { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string }; properties: { tags: string[]; 'security-severity': string } }
interface SarifResult { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[]; partialFingerprints: Record<string, string>; fixes?: { artifactChanges: { artifactLocation: { uri: string }; replacements: unknown[] }[] }[] }

/** The schema, then what GitHub needs beyond it. */
function expectGitHubSarif(log: unknown, forbidden: string[]): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  const s = log as { $schema: string; version: string; runs: { tool: { driver: { name: string; rules: SarifRule[] } }; automationDetails: { id: string }; results: SarifResult[] }[] };
  expect(s.version).toBe('2.1.0');
  expect(s.$schema).toMatch(/^https:\/\//);
  expect(s.runs).toHaveLength(1);
  const run = s.runs[0]!;
  expect(run.automationDetails.id).toMatch(/^[\w./-]+$/);
  const rules = run.tool.driver.rules;
  expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  for (const r of rules) {
    expect(r.shortDescription.text.length).toBeGreaterThan(0);
    expect(r.shortDescription.text.length).toBeLessThanOrEqual(1024);
    expect(r.fullDescription.text.length).toBeLessThanOrEqual(1024);
    expect(r.help.text.length).toBeGreaterThan(0);
    expect(r.help.markdown).toContain(r.helpUri);
    expect(['note', 'warning', 'error']).toContain(r.defaultConfiguration.level);
    expect(r.properties.tags).toContain('security');
    expect(r.properties.tags.length).toBeLessThanOrEqual(10);
    expect(r.properties['security-severity']).toMatch(/^\d+(\.\d)?$/);
    const score = Number(r.properties['security-severity']);
    expect(score).toBeGreaterThanOrEqual(0.1);
    expect(score).toBeLessThanOrEqual(10);
  }
  for (const res of run.results) {
    expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
    expect(['note', 'warning', 'error']).toContain(res.level);
    expect(res.message.text.length).toBeGreaterThan(0);
    expect(res.locations).toHaveLength(1);
    const loc = res.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    const uri = loc.artifactLocation.uri;
    expect(uri).not.toMatch(/^([a-z]+:|\/)/i);
    expect(uri.split('/')).not.toContain('..');
    const r = loc.region;
    expect(r.startLine).toBeGreaterThanOrEqual(1);
    expect(r.endLine).toBeGreaterThanOrEqual(r.startLine);
    expect(res.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{16}$/);
    for (const fix of res.fixes ?? []) for (const c of fix.artifactChanges) expect(c.artifactLocation.uri).not.toMatch(/^([a-z]+:|\/)/i);
  }
  const text = JSON.stringify(log);
  for (const f of forbidden) expect(text).not.toContain(f);
}

let base: string;
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-sarif-'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

describe('SARIF 2.1.0 for GitHub code scanning', () => {
  it('scan --format sarif on the examples', async () => {
    const r = await runCli(['scan', 'examples', '--format', 'sarif'], repo);
    const log = JSON.parse(String(r.stdout));
    expectGitHubSarif(log, [repo]);
    expect(log.runs[0].results).toHaveLength(10);
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(RULES.map((x) => x.id)));
    const fixed = log.runs[0].results.filter((x: SarifResult) => x.fixes);
    expect(fixed.length).toBeGreaterThanOrEqual(8);
  });

  it.skipIf(!corpusPresent())('the whole shared corpus', async () => {
    const dir = stageCorpusRepository('pta-sarif-corpus-');
    try {
      const r = await runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'never'], dir);
      const log = JSON.parse(String(r.stdout));
      expect(log.runs[0].results.length).toBeGreaterThan(20);
      expectGitHubSarif(log, [dir, os.tmpdir()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the Action\'s sarif-file from a scan of a subfolder has repository-relative URIs', async () => {
    const ws = path.join(base, 'ws');
    mkdirSync(path.join(ws, 'deploy'), { recursive: true });
    cpSync(path.join(repo, 'examples'), path.join(ws, 'deploy/examples'), { recursive: true });
    const r = await runInProcess(ws, { path: 'deploy/examples', 'sarif-file': 'results.sarif', 'fail-on': 'never' });
    const log = JSON.parse(readFileSync(path.join(ws, 'results.sarif'), 'utf8'));
    expectGitHubSarif(log, [ws, base]);
    const uris = new Set<string>(log.runs[0].results.map((x: SarifResult) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].every((u) => /^deploy\/examples\/(good|mail-stack\/postfix)\/ma(in|ster)\.cf$/.test(u))).toBe(true);
    expect(uris.has('deploy/examples/mail-stack/postfix/master.cf')).toBe(true);
    expect(r.outputs['sarif-file']).toBe(path.join(ws, 'results.sarif'));
  });

  it('a repository path with a space, "#" or "%" is percent-encoded in the URIs (uri-reference)', async () => {
    const ws = path.join(base, 'ws-space');
    cpSync(path.join(repo, 'examples/mail-stack/postfix'), path.join(ws, 'mail stack #1 100%/postfix'), { recursive: true });
    await runInProcess(ws, { 'sarif-file': 'results.sarif', 'fail-on': 'never' });
    const log = JSON.parse(readFileSync(path.join(ws, 'results.sarif'), 'utf8'));
    expectGitHubSarif(log, [ws, base]);
    const uris = new Set<string>(log.runs[0].results.map((x: SarifResult) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['mail%20stack%20%231%20100%25/postfix/main.cf', 'mail%20stack%20%231%20100%25/postfix/master.cf']);
    expect(validate(log)).toBe(true);
  });

  it('partial fingerprints survive lines moving; regions follow them', async () => {
    const dir = path.join(base, 'moved');
    cpSync(path.join(repo, 'examples/mail-stack'), dir, { recursive: true });
    const sarifOf = async () => JSON.parse(String((await runCli(['scan', '.', '--format', 'sarif'], dir)).stdout)).runs[0].results as SarifResult[];
    const before = await sarifOf();
    const master = path.join(dir, 'postfix/master.cf');
    writeFileSync(master, `# moved\n# down\n${readFileSync(master, 'utf8')}`);
    const after = await sarifOf();
    const key = (x: SarifResult) => x.partialFingerprints[FINGERPRINT_KEY];
    expect(after.map(key).sort()).toEqual(before.map(key).sort());
    const inMaster = (xs: SarifResult[]) => xs.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('master.cf'));
    for (const a of inMaster(after)) {
      const b = inMaster(before).find((x) => key(x) === key(a))!;
      expect(a.locations[0]!.physicalLocation.region.startLine).toBe(b.locations[0]!.physicalLocation.region.startLine + 2);
    }
  });

  it('probe findings (a server, no file) are left out and counted; a policy override sets the default level', async () => {
    const loaded = await loadPolicy({ root: repo, cwd: repo, profile: 'baseline' });
    if (!loaded.ok) throw new Error('policy');
    const audit = await auditRepository(path.join(repo, 'examples'), { policy: loaded.policy });
    const probe: Finding = { ruleId: 'tls-not-available', severity: 'error', message: 'mx.example.org:25 offers no STARTTLS', file: '', line: 0, column: 0, endLine: 0, endColumn: 0, configSet: '', service: null, role: 'mx', fingerprint: '0123456789abcdef', target: 'mx.example.org:25' };
    const policy = { ...loaded.policy, rules: { ...loaded.policy.rules, 'protocol-floor': { level: 'notice' as const } } };
    const log = findingsToSarif([...audit.findings, probe], policy, { toolVersion: '9.9.9', automationId: 'postfix-tls-audit/pr/' }) as { runs: { properties: Record<string, unknown>; results: SarifResult[]; tool: { driver: { rules: SarifRule[] } }; automationDetails: { id: string } }[] };
    expectGitHubSarif(log, []);
    expect(log.runs[0]!.results).toHaveLength(audit.findings.length);
    expect(log.runs[0]!.properties.probeFindingsOmitted).toBe(1);
    expect(log.runs[0]!.automationDetails.id).toBe('postfix-tls-audit/pr/');
    expect(log.runs[0]!.tool.driver.rules.find((r) => r.id === 'protocol-floor')!.defaultConfiguration.level).toBe('note');
    expect(log.runs[0]!.tool.driver.rules.some((r) => r.id === 'tls-not-available')).toBe(false);
  });

  it('the schema itself rejects what GitHub would reject (a result without a message)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] })).toBe(false);
    expect(validate({ version: '2.2.0', runs: [] })).toBe(false);
  });
});
