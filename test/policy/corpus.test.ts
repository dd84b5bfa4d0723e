/**
 * Every config set of the shared corpus is judged by every profile without crashing; the baseline
 * verdicts are kept as reviewed snapshots (test/policy/__corpus__/, review in REVIEW.md), and the combined diff of all
 * verified fixes applies to the corpus copy.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';
import { PROFILE_IDS } from '../../src/policy/profiles/index.js';
import { buildConfigSetModel } from '../../src/model/index.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import { scanRepository } from '../../src/scan.js';

const SNAPSHOTS = path.resolve(__dirname, '__corpus__');

describe.skipIf(!corpusPresent())('scan with policies on every corpus set', () => {
  let dir: string;
  beforeAll(() => {
    dir = stageCorpusRepository('pta-scan-corpus-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every profile: no crash, findings well-formed, every offered fix verified', async () => {
    // In process: the models are built once (profiles carry no role overrides); the CLI path is
    // covered by the baseline run below.
    const scan = await scanRepository(dir, {});
    const models = scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policyFromProfile()!)));
    for (const profile of PROFILE_IDS) {
      const findings = evaluatePolicy(models, policyFromProfile(profile)!);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(['error', 'warning', 'notice']).toContain(f.severity);
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.file.startsWith('(stock')).toBe(false);
        for (const e of f.fix?.edits ?? []) expect(e.startLine).toBeGreaterThanOrEqual(1);
      }
    }
  }, 120_000);

  it('baseline verdicts per set match their reviewed snapshots; --diff runs', async () => {
    const j = JSON.parse((await runCli(['scan', dir, '--format', 'json'], dir)).stdout.toString());
    // Every set gets a snapshot, also one without findings: a set that loses them is a change too.
    const bySet = new Map<string, unknown[]>(j.configSets.map((c: { directory: string }) => [c.directory, []]));
    for (const f of j.findings) {
      const list = bySet.get(f.configSet) ?? [];
      list.push({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, service: f.service, role: f.role, message: f.message, fix: f.fix ? f.fix.edits.map((e: { startLine: number; replacement: string }) => `${e.startLine}: ${e.replacement}`) : null });
      bySet.set(f.configSet, list);
    }
    for (const [set, findings] of bySet) {
      await expect(`${JSON.stringify(findings, null, 2)}\n`).toMatchFileSnapshot(path.join(SNAPSHOTS, `${set.replace(/\//g, '__')}.json`));
    }
    const d = await runCli(['scan', dir, '--diff'], dir);
    expect(d.stdout.toString()).toMatch(/^--- a\//);
  }, 120_000);
});
