/**
 * Fixes on the rule fixtures and on the example repository: each fix, applied to a copy, makes the
 * re-scan clean for that rule, and real postconf reads the result with no new warning.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEditsToFiles } from '../../src/fix/edits.js';
import { buildConfigSetModel } from '../../src/model/index.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { parsePolicy, policyFromProfile } from '../../src/policy/policy-file.js';
import { RULES } from '../../src/policy/rules/index.js';
import type { Finding, Policy } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const fixtures = path.resolve(__dirname, '../fixtures/rules');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

async function judge(dir: string, policy: Policy): Promise<Finding[]> {
  const scan = await scanRepository(dir, {});
  return evaluatePolicy(scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy))), policy);
}

async function policyOf(ruleDir: string): Promise<Policy> {
  const file = path.join(ruleDir, 'policy.yml');
  if (!existsSync(file)) return policyFromProfile('baseline')!;
  const r = await parsePolicy('policy.yml', readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

/** A copy of `dir` with the edits applied (edit paths are relative to `dir`). */
function fixedCopy(dir: string, findings: Finding[]): string {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pta-fix-'));
  temps.push(tmp);
  cpSync(dir, tmp, { recursive: true });
  // One main.cf line behind several services gives the same edit more than once: apply it once.
  const edits = [...new Map(findings.flatMap((f) => f.fix?.edits ?? []).map((e) => [JSON.stringify(e), e])).values()];
  const texts = new Map(readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((f) => /\.cf$/.test(f)).map((f) => [f, readFileSync(path.join(tmp, f), 'utf8')]));
  for (const [file, text] of applyEditsToFiles(texts, edits)) writeFileSync(path.join(tmp, file), text);
  // Postfix re-reads a file changed less than a second ago, 0.3 s apart: date the copies back.
  const past = new Date(Date.now() - 60_000);
  for (const f of texts.keys()) utimesSync(path.join(tmp, f), past, past);
  return tmp;
}

const WITH_FIX = [
  'auth-before-tls', 'bom', 'deprecated-parameter', 'include-list-drops-tls13', 'invalid-boolean', 'invalid-cipher-exclusion', 'invalid-cipher-grade',
  'invalid-protocol-list', 'invalid-security-level', 'mx-requires-tls', 'parameter-no-effect', 'protocol-ceiling', 'protocol-floor', 'range-syntax-before-3-6',
  'stray-argument', 'submission-tls-not-required', 'trailing-comment', 'weak-cipher-suites', 'wrappermode-opportunistic-list',
];
const noPostconf = postconfUnavailable();

describe('fixes on the rule fixtures', () => {
  it('the rules that offer a fix on their failing fixture are exactly these', async () => {
    const withFix: string[] = [];
    for (const rule of RULES) {
      const dir = path.join(fixtures, rule.id);
      const found = (await judge(path.join(dir, 'fail'), (await policyOf(dir)))).filter((f) => f.ruleId === rule.id);
      if (found.some((f) => f.fix)) withFix.push(rule.id);
    }
    expect(withFix.sort()).toEqual(WITH_FIX);
  });

  for (const id of WITH_FIX) {
    it.skipIf(noPostconf)(`${id}: the fixed fixture re-scans clean for the rule and postconf adds no warning`, async () => {
      const dir = path.join(fixtures, id);
      const policy = (await policyOf(dir));
      const before = await judge(path.join(dir, 'fail'), policy);
      const mine = before.filter((f) => f.ruleId === id && f.fix);
      for (const f of mine) for (const e of f.fix!.edits) expect(e).toMatchObject({ file: expect.any(String), startLine: expect.any(Number), endLine: expect.any(Number), replacement: expect.any(String) });
      const tmp = fixedCopy(path.join(dir, 'fail'), mine);
      const after = await judge(tmp, policy);
      expect(after.filter((f) => f.ruleId === id)).toEqual([]);
      // Nothing new: every finding after the fix was already there before.
      const key = (f: Finding) => `${f.ruleId}|${f.service}`;
      const old = new Set(before.map(key));
      expect(after.filter((f) => !old.has(key(f))).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      if (existsSync(path.join(tmp, 'main.cf'))) {
        const warnings = (d: string) => runRealPostconf(['-c', d, '-n']).stderr.split('\n').filter(Boolean).map((l) => l.replace(d, 'DIR'));
        const was = new Set(warnings(path.join(dir, 'fail')));
        expect(warnings(tmp).filter((w) => !was.has(w))).toEqual([]);
      }
    });
  }
});

describe('fixes on the example repository', () => {
  it('the classic-advice set gets verified fixes; applied, its errors are gone and the good set stays clean', async () => {
    const examples = path.resolve(__dirname, '../../examples');
    const policy = policyFromProfile('baseline')!;
    const before = await judge(examples, policy);
    expect(before.filter((f) => f.configSet === 'good')).toEqual([]);
    const fixed = before.filter((f) => f.fix);
    expect(fixed.map((f) => f.ruleId).sort()).toEqual(['auth-before-tls', 'deprecated-parameter', 'include-list-drops-tls13', 'include-list-drops-tls13', 'parameter-no-effect', 'protocol-floor', 'protocol-floor', 'submission-tls-not-required']);
    // Fixes of one set are combined (non-overlapping edits).
    const tmp = fixedCopy(examples, fixed);
    const after = await judge(tmp, policy);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
    expect(after.filter((f) => f.ruleId === 'include-list-drops-tls13' || f.ruleId === 'parameter-no-effect')).toEqual([]);
  });
});
