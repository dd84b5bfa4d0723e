/** The combined diff is verified as a whole, not only fix by fix (issue 5: every fix verified before it is offered). */
import { describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRepository } from '../../src/audit.js';
import { buildConfigSetModel } from '../../src/model/index.js';
import { combineFixes } from '../../src/policy/combine-fixes.js';
import { combinationVerified, evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import { scanRepository } from '../../src/scan.js';

const repo = path.resolve(__dirname, '../..');

async function exampleSet() {
  const policy = policyFromProfile('baseline')!;
  const scan = await scanRepository(path.join(repo, 'examples/mail-stack'));
  const models = scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy)));
  return { policy, models, findings: evaluatePolicy(models, policy) };
}

describe('combined fixes', () => {
  it('the example set: all fixes combine, and the combination verifies as a whole', async () => {
    const { policy, models, findings } = await exampleSet();
    const combined = combineFixes(findings, models, policy);
    expect(combined.applied.length).toBeGreaterThanOrEqual(5);
    expect(combined.skipped).toEqual([]);
    expect(combined.conflicting).toEqual([]);
    expect(combinationVerified(models[0]!, policy, combined.edits, combined.applied)).toBe(true);
  });

  it('a combination that leaves a claimed finding in place does not verify', async () => {
    const { policy, models, findings } = await exampleSet();
    const withFix = findings.filter((f) => f.fix);
    const [first, second] = withFix;
    expect(first && second).toBeTruthy();
    // Claim both findings are fixed while applying only the first one's edits.
    expect(combinationVerified(models[0]!, policy, first!.fix!.edits, [first!, second!])).toBe(false);
    expect(combinationVerified(models[0]!, policy, first!.fix!.edits, [first!])).toBe(true);
  });
});

describe('variants of one directory (one root, two config sets)', () => {
  it('each variant’s fixes are verified against its own model, on both paths (kept models and per set)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pta-variants-'));
    try {
      const from = path.join(repo, 'examples/mail-stack/postfix');
      for (const variant of ['debian', 'redhat']) {
        copyFileSync(path.join(from, 'main.cf'), path.join(dir, `main.cf.${variant}.j2`));
        copyFileSync(path.join(from, 'master.cf'), path.join(dir, `master.cf.${variant}.j2`));
      }
      // The second variant differs, so a model mix-up cannot go unnoticed.
      appendFileSync(path.join(dir, 'main.cf.redhat.j2'), 'smtp_tls_security_level = may\n');
      const policy = policyFromProfile('baseline')!;
      const scan = await scanRepository(dir);
      expect(scan.sets.map((s) => [s.set.directory, s.set.variant])).toEqual([['.', 'debian'], ['.', 'redhat']]);
      const models = scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy)));
      const findings = evaluatePolicy(models, policy);
      const perVariant = models.map((m) => combineFixes(evaluatePolicy([m], policy), [m], policy).applied.length);
      expect(perVariant.every((n) => n >= 2)).toBe(true);

      const kept = combineFixes(findings, models, policy);
      expect(kept.conflicting).toEqual([]);
      expect(kept.applied.length).toBe(perVariant[0]! + perVariant[1]!);

      const audit = await auditRepository(dir, { policy, keepModels: false, combineFixes: true });
      const streamed = audit.fixes();
      expect(streamed.conflicting).toEqual([]);
      expect(streamed.edits).toEqual(kept.edits);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
