/**
 * Every rule has a failing and a passing fixture under test/fixtures/rules/<id>/ (plus an optional
 * policy.yml). The failing one must give a finding of that rule at the expected line, and the
 * same fixture judged without that rule must not (the finding is the rule's own); the passing one
 * must give none of that rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { parsePolicy, policyFromProfile } from '../../src/policy/policy-file.js';
import { RULES } from '../../src/policy/rules/index.js';
import type { Finding, Policy } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';

const fixtures = path.resolve(__dirname, '../fixtures/rules');

async function judge(dir: string, policy: Policy, rules = RULES): Promise<Finding[]> {
  const scan = await scanRepository(dir, {});
  return evaluatePolicy(scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy))), policy, rules);
}

async function policyOf(ruleDir: string): Promise<Policy> {
  const file = path.join(ruleDir, 'policy.yml');
  if (!existsSync(file)) return policyFromProfile('baseline')!;
  const r = await parsePolicy('policy.yml', readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

describe('rule fixtures', () => {
  it('there is a fixture directory for every rule and a rule for every fixture directory', () => {
    expect(readdirSync(fixtures).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const dir = path.join(fixtures, rule.id);
      it('fails on its failing fixture, at the expected line', async () => {
        const policy = (await policyOf(dir));
        const expected = JSON.parse(readFileSync(path.join(dir, 'fail/expect.json'), 'utf8')) as { file: string; line: number };
        const found = (await judge(path.join(dir, 'fail'), policy)).filter((f) => f.ruleId === rule.id);
        expect(found.map((f) => `${f.file}:${f.line}`)).toContain(`${expected.file}:${expected.line}`);
        for (const f of found) {
          expect(f.severity).toMatch(/^(error|warning|notice)$/);
          expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
        }
        const without = await judge(path.join(dir, 'fail'), policy, RULES.filter((r) => r !== rule));
        expect(without.filter((f) => f.ruleId === rule.id)).toEqual([]);
      });
      it('passes on its passing fixture', async () => {
        const found = (await judge(path.join(dir, 'pass'), (await policyOf(dir)))).filter((f) => f.ruleId === rule.id);
        expect(found.map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([]);
      });
      it('has metadata and a docs page', () => {
        expect(rule.title.length).toBeGreaterThan(10);
        expect(rule.rationale.length).toBeGreaterThan(40);
        expect(rule.references.length).toBeGreaterThan(0);
        const doc = readFileSync(path.resolve(__dirname, `../../docs/rules/${rule.id}.md`), 'utf8');
        expect(doc).toContain(`# ${rule.id}`);
      });
    });
  }
});
