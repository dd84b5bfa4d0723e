/** The combined diff is verified as a whole, not only fix by fix (issue 5: every fix verified before it is offered). */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
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
