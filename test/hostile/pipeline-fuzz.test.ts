/**
 * The whole pipeline on mutated real configs: corpus main.cf/master.cf files with TLS settings, `-o`
 * options, services, stray fragments and odd bytes put in and lines taken out, in UTF-8 or Latin-1, with
 * LF or CRLF, under a random profile. For every case:
 *
 * - every report format, `explain`, `--list` and the postconf views finish without an internal error;
 * - `scan --diff` is a patch that `git apply --check` accepts (a Latin-1 file's patch was written as
 *   UTF-8 and refused before commit 820c048, found by this generator);
 * - after applying it, no finding whose fix was applied is still there, and no rule fires on a service
 *   where it did not fire before (a verified fix must not trade one finding for another).
 *
 * Deterministic: PIPELINE_FUZZ_SEED and PIPELINE_FUZZ_CASES explore further locally.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { corpusPresent } from '../support/corpus.js';
import { mutator, PROFILES, type Mutator } from '../support/mutated-configs.js';
import { gitUnavailable } from '../discover/tree-helpers.js';

const SEED = Number(process.env.PIPELINE_FUZZ_SEED ?? 7);
const CASES = Number(process.env.PIPELINE_FUZZ_CASES ?? 24);

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  service: string | null;
  configSet: string;
  fingerprint: string;
  fix?: unknown;
}

const bases: string[] = [];
afterAll(() => {
  for (const b of bases) rmSync(b, { recursive: true, force: true });
});

describe.skipIf(!corpusPresent() || gitUnavailable())('the whole pipeline on mutated corpus configs', () => {
  const { random, pick, main: mutatedMain, master: mutatedMaster } = corpusPresent() ? mutator(SEED) : ({} as Mutator);

  /** A git repository with one or two mutated config sets; returns its folder and the profile. */
  function makeCase(): { repo: string; profile: string } {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'pta-pipeline-fuzz-'));
    bases.push(repo);
    const set = path.join(repo, 'etc/postfix');
    mkdirSync(set, { recursive: true });
    let main = mutatedMain();
    if (random() < 0.1) main = main.replace(/\n/g, '\r\n');
    writeFileSync(path.join(set, 'main.cf'), Buffer.from(main, random() < 0.5 ? 'latin1' : 'utf8'));
    if (random() < 0.8) writeFileSync(path.join(set, 'master.cf'), Buffer.from(mutatedMaster(), 'latin1'));
    if (random() < 0.3) {
      const second = path.join(repo, 'roles/mx/files');
      mkdirSync(second, { recursive: true });
      writeFileSync(path.join(second, 'main.cf'), mutatedMain());
      writeFileSync(path.join(second, 'master.cf'), mutatedMaster());
    }
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '-A'], { cwd: repo });
    return { repo, profile: pick(PROFILES) };
  }

  const cases = Array.from({ length: CASES }, (_, i) => i);
  it.each(cases)('case %i', async () => {
    const { repo, profile } = makeCase();
    const label = `${repo} (--profile ${profile}; PIPELINE_FUZZ_SEED=${SEED})`;
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const r = await runCli(['scan', '.', '--format', format, '--fail-on', 'never', '--profile', profile], repo);
      expect(r.stderr, `${format}: ${label}`).not.toContain('internal error');
      expect(r.exitCode, `${format}: ${label}`).toBe(0);
    }
    for (const args of [['explain', '.'], ['explain', '.', '--format', 'json'], ['scan', '.', '--list'], ['postconf', '-c', 'etc/postfix', '-n'], ['postconf', '-c', 'etc/postfix', '-P'], ['postconf', '-c', 'etc/postfix', '-Mf']]) {
      const r = await runCli(args, repo);
      expect(r.stderr, `${args.join(' ')}: ${label}`).not.toContain('internal error');
      expect(r.exitCode, `${args.join(' ')}: ${label}`).not.toBe(2);
    }
    const scanJson = async (): Promise<JsonFinding[]> => {
      const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never', '--profile', profile], repo);
      return (JSON.parse(String(r.stdout)) as { findings: JsonFinding[] }).findings;
    };
    const before = await scanJson();
    const diff = await runCli(['scan', '.', '--diff', '--fail-on', 'never', '--profile', profile], repo);
    expect(diff.exitCode, label).toBe(0);
    if (diff.stdout.length === 0) return;
    writeFileSync(path.join(repo, '.fix.diff'), diff.stdout);
    execFileSync('git', ['apply', '--check', '.fix.diff'], { cwd: repo, stdio: 'pipe' });
    execFileSync('git', ['apply', '.fix.diff'], { cwd: repo, stdio: 'pipe' });
    rmSync(path.join(repo, '.fix.diff'));
    const after = await scanJson();
    const fixed = new Set(before.filter((f) => f.fix !== undefined).map((f) => f.fingerprint));
    expect(after.filter((f) => fixed.has(f.fingerprint)).map((f) => `${f.ruleId}: ${f.message}`), `fixed findings still there: ${label}`).toEqual([]);
    const firedBefore = new Set(before.map((f) => `${f.configSet}|${f.service}|${f.ruleId}`));
    expect(after.filter((f) => !firedBefore.has(`${f.configSet}|${f.service}|${f.ruleId}`)).map((f) => `${f.ruleId}@${f.service}: ${f.message}`), `new findings after the fix: ${label}`).toEqual([]);
  });
});
