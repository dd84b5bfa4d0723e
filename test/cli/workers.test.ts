/**
 * A scan with many config sets runs on worker threads (src/audit-workers.ts) in the bundled CLI. Its
 * output must be the one the calling thread alone gives, byte for byte, in every format that reads
 * per-set results (listing, findings, fix decisions, baseline).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';

const repo = path.resolve(__dirname, '../..');
const bundle = path.join(repo, 'dist/cli/index.js');
const skipReason = !corpusPresent() ? 'the shared corpus is not beside the checkout' : !existsSync(bundle) ? 'dist/cli/index.js is missing (npm run bundle)' : undefined;
if (skipReason) {
  if (process.env.CI === 'true') throw new Error(`worker tests cannot run: ${skipReason}`);
  console.log(`skipping the worker-thread tests: ${skipReason}`);
}

let dir = '';
beforeAll(() => {
  if (skipReason) return;
  // Two copies of the corpus and the examples: about forty sets, above the threshold for workers.
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-workers-'));
  for (const copy of ['one', 'two']) {
    const staged = stageCorpusRepository('pta-workers-corpus-');
    cpSync(staged, path.join(dir, copy), { recursive: true });
    rmSync(staged, { recursive: true, force: true });
  }
  cpSync(path.join(repo, 'examples'), path.join(dir, 'examples'), { recursive: true });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Node's own debug log of worker threads says how many were started (and nothing else is on stderr). */
function cli(workers: string, args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, POSTFIX_TLS_AUDIT_WORKERS: workers, NODE_DEBUG: 'worker' } });
  const started = r.stderr.split('\n').filter((l) => /^WORKER \d+: \[0\] create new worker/.test(l)).length;
  const stderr = r.stderr.split('\n').filter((l) => !/^WORKER \d+:|^  |^}/.test(l)).join('\n');
  return { stdout: r.stdout, stderr, status: r.status, started };
}

describe.skipIf(skipReason !== undefined)('scan on worker threads', () => {
  it.each([
    ['text', ['scan', '.', '--fail-on', 'never']],
    ['json', ['scan', '.', '--format', 'json']],
    ['sarif', ['scan', '.', '--format', 'sarif', '--profile', 'tlsref-modern']],
    ['markdown', ['scan', '.', '--format', 'markdown']],
    ['diff', ['scan', '.', '--diff']],
  ])('%s: two workers give what the calling thread alone gives', async (_name, args) => {
    const alone = cli('0', args);
    const parallel = cli('2', args);
    expect(alone.started).toBe(0);
    expect(parallel.started).toBe(2);
    expect(alone.stderr).toBe(parallel.stderr);
    expect(parallel.status).toBe(alone.status);
    expect(parallel.stdout).toBe(alone.stdout);
    // And both are what the sources give in-process (no workers there).
    const inProcess = await runCli(args, dir);
    expect(parallel.stdout).toBe(inProcess.stdout.toString());
    expect(parallel.status).toBe(inProcess.exitCode);
    expect(alone.stdout.length).toBeGreaterThan(1000);
  }, 120_000);

  it('a baseline reaches the workers: every earlier finding is left out', () => {
    const first = cli('2', ['scan', '.', '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(first.stdout) as { findings: unknown[] }).findings;
    expect(findings.length).toBeGreaterThan(50);
    writeFileSync(path.join(os.tmpdir(), `pta-baseline-${process.pid}.json`), first.stdout);
    const again = cli('2', ['scan', '.', '--format', 'json', '--baseline', path.join(os.tmpdir(), `pta-baseline-${process.pid}.json`)]);
    rmSync(path.join(os.tmpdir(), `pta-baseline-${process.pid}.json`));
    expect((JSON.parse(again.stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(again.status).toBe(0);
  }, 120_000);
});
