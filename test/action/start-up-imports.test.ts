/**
 * What the Action loads on an empty workspace (issue 8: its cold start within 100 ms of bare Node). The
 * entry point, src/action/main.ts, runs here as on a runner, with the modules of the real graph; each
 * heavy module records when it is first loaded (vi.mock with the module itself as the factory's result).
 * An empty workspace loads none of the analysis, the SARIF writer, Octokit or the probe; a workspace with
 * config sets loads the analysis, which shows that the recording sees the loads it is there to see.
 * The source's static graph is held to the same: a new static import that pulls the analysis into the
 * entry point's closure fails here.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseOutputs, removeRunnerDir, runInProcess } from './harness.js';
import { SRC, staticClosure } from '../support/static-imports.js';

const loaded = vi.hoisted(() => new Set<string>());

// The modules an empty workspace must not load: the analysis (rule list, evaluation, models, the policy
// file's parser, the per-set audit), the SARIF writer, the GitHub client and the probe.
vi.mock('../../src/policy/rules/index.js', async (original) => (loaded.add('policy/rules/index.ts'), original()));
vi.mock('../../src/policy/evaluate.js', async (original) => (loaded.add('policy/evaluate.ts'), original()));
vi.mock('../../src/policy/policy-file.js', async (original) => (loaded.add('policy/policy-file.ts'), original()));
vi.mock('../../src/audit-workers.js', async (original) => (loaded.add('audit-workers.ts'), original()));
vi.mock('../../src/audit-set.js', async (original) => (loaded.add('audit-set.ts'), original()));
vi.mock('../../src/model/index.js', async (original) => (loaded.add('model/index.ts'), original()));
vi.mock('../../src/postfix/config-set.js', async (original) => (loaded.add('postfix/config-set.ts'), original()));
vi.mock('../../src/postfix/defaults/index.js', async (original) => (loaded.add('postfix/defaults/index.ts'), original()));
vi.mock('../../src/tls/ciphers/index.js', async (original) => (loaded.add('tls/ciphers/index.ts'), original()));
vi.mock('../../src/report/sarif.js', async (original) => (loaded.add('report/sarif.ts'), original()));
vi.mock('@actions/github', async (original) => (loaded.add('@actions/github'), original()));
vi.mock('../../src/action/probe.js', async (original) => (loaded.add('action/probe.ts'), original()));
vi.mock('../../src/probe/probe.js', async (original) => (loaded.add('probe/probe.ts'), original()));

const HEAVY = [
  'policy/rules/index.ts',
  'policy/evaluate.ts',
  'policy/policy-file.ts',
  'audit-workers.ts',
  'audit-set.ts',
  'model/index.ts',
  'postfix/config-set.ts',
  'postfix/defaults/index.ts',
  'tls/ciphers/index.ts',
  'report/sarif.ts',
  '@actions/github',
  'action/probe.ts',
  'probe/probe.ts',
];
const ANALYSIS = ['policy/rules/index.ts', 'policy/evaluate.ts', 'audit-workers.ts', 'audit-set.ts', 'model/index.ts', 'postfix/config-set.ts'];

const base = mkdtempSync(path.join(os.tmpdir(), 'pta-start-up-'));
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

/** Runs src/action/main.ts (it runs the Action when imported) on `workspace` with the runner's files and no inputs. */
async function runEntryPoint(workspace: string): Promise<{ stdout: string; outputs: Record<string, string>; summary: string; exitCode: number | undefined }> {
  const runner = path.join(base, 'runner');
  mkdirSync(runner, { recursive: true });
  const files = { GITHUB_OUTPUT: path.join(runner, 'output'), GITHUB_STEP_SUMMARY: path.join(runner, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, files, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runner });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  let exitCode: number | undefined;
  try {
    await import('../../src/action/main.js');
  } finally {
    process.stdout.write = write;
    exitCode = process.exitCode as number | undefined;
    process.exitCode = savedExit;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  return { stdout: chunks.join(''), outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), exitCode };
}

describe('the Action on an empty workspace', () => {
  it('reports and passes without loading the analysis, SARIF, Octokit or the probe', async () => {
    const workspace = path.join(base, 'empty');
    mkdirSync(workspace);
    const run = await runEntryPoint(workspace);
    expect(run.exitCode, run.stdout).toBeUndefined();
    expect(run.stdout).toContain('Scanned .: 0 config sets from 0 files.');
    expect(run.stdout).toContain('Policy baseline 1.2.0: 0 error(s), 0 warning(s), 0 notice(s).');
    expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0', notices: '0', 'config-sets': '0', problems: '0' });
    expect(run.summary).toContain('No Postfix configuration found.');
    expect([...loaded].sort()).toEqual([]);
  });

  it('loads the analysis once there is a config set to audit (the recording sees loads)', async () => {
    const workspace = path.join(base, 'examples');
    cpSync(path.resolve(SRC, '../examples'), workspace, { recursive: true });
    const run = await runInProcess(workspace, { 'sarif-file': 'out.sarif' });
    expect(run.outputs['config-sets']).not.toBe('0');
    expect(existsSync(path.join(workspace, 'out.sarif'))).toBe(true);
    for (const m of [...ANALYSIS, 'report/sarif.ts']) expect(loaded, m).toContain(m);
    // Still no API client or probe: nothing asked for them.
    expect(loaded).not.toContain('@actions/github');
    expect(loaded).not.toContain('action/probe.ts');
  });
});

describe('the static graph of src/action/main.ts', () => {
  it('holds none of the heavy modules', () => {
    const seen = staticClosure('action/main.ts');
    expect(seen).toContain('action/run.ts');
    expect(seen).toContain('audit.ts');
    for (const heavy of [...HEAVY, 'action/publish.ts', 'github/client.ts', 'postfix/main-cf.ts', 'postfix/master-cf.ts']) expect(seen, heavy).not.toContain(heavy);
    for (const module of ['@actions/github', 'undici', 'ajv', 'yaml', 'node:worker_threads']) expect(seen, module).not.toContain(module);
  });
});
