/**
 * The bundled CLI when its stdout stops taking the report: a reader that goes away early (`scan | head`)
 * ended the run with an unhandled EPIPE stack trace, and a full disk (/dev/full) with an unhandled ENOSPC
 * one. Now the first is quiet and the exit status is still what the findings give (a pipefail gate must
 * not pass because its reader stopped); the second ends with exit 2 and one line saying why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';

const repo = path.resolve(__dirname, '../..');
const bundle = path.join(repo, 'dist/cli/index.js');
const skipReason = !corpusPresent() ? 'the shared corpus is not beside the checkout' : !existsSync(bundle) ? 'dist/cli/index.js is missing (npm run bundle)' : undefined;
if (skipReason) {
  if (process.env.CI === 'true') throw new Error(`the closed-output tests cannot run: ${skipReason}`);
  console.log(`skipping the closed-output tests: ${skipReason}`);
}

let dir = '';
beforeAll(() => {
  // The corpus's text report is well over a pipe's 64 KiB buffer, so writes go on after the reader left.
  if (!skipReason) dir = stageCorpusRepository('pta-closed-output-');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs a scan whose stdout reader reads one chunk and closes the pipe. */
function scanWithEarlyReader(args: string[]): Promise<{ status: number | null; stderr: string; read: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, 'scan', '.', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let read = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stderr, read }));
  });
}

describe.skipIf(skipReason !== undefined)('a report nobody reads to the end', () => {
  it('a reader that stops early: no stack trace, and the exit status the findings give', async () => {
    const full = spawnSync(process.execPath, [bundle, 'scan', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(full.status).toBe(1);
    expect(full.stdout.length).toBeGreaterThan(2 * 65536);

    const gate = await scanWithEarlyReader([]);
    expect(gate.read).toMatch(/^Scanned \.: \d+ config sets/);
    expect(gate.stderr).toBe('');
    expect(gate.status).toBe(1);

    const never = await scanWithEarlyReader(['--fail-on', 'never']);
    expect(never.stderr).toBe('');
    expect(never.status).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk: exit 2 and one line saying why', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bundle, 'scan', '.', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('postfix-tls-audit: cannot write the report to stdout: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(full);
    }
  });
});
