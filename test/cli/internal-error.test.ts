/**
 * The bundled CLI when the analysis itself fails halfway through a streamed scan: a fault is injected
 * with --require (the second set's findings cannot be copied), so the head and the first set's listing
 * are already on stdout. The run must end with exit 2 and a message, not exit 1, which means "findings
 * reached --fail-on", and not with an unhandled rejection.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const bundle = path.join(repo, 'dist/cli/index.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pta-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(bundle))('an internal error during a streamed scan', () => {
  it('exits 2 with the error on stderr after the part of the report already written', () => {
    const fault = path.join(dir, 'fault.cjs');
    // A set's results are copied with a JSON round trip once the set is judged: fail on the second.
    writeFileSync(
      fault,
      `const stringify = JSON.stringify; let sets = 0;
JSON.stringify = function (value, ...rest) {
  if (value && typeof value === 'object' && 'findings' in value && 'unused' in value && ++sets === 2) throw new Error('injected fault');
  return stringify.call(this, value, ...rest);
};
`,
    );
    const r = spawnSync(process.execPath, ['--require', fault, bundle, 'scan', 'examples', '--fail-on', 'never'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^postfix-tls-audit: internal error, any report above is incomplete: Error: injected fault/);
    expect(r.stdout).toMatch(/^Scanned examples: 2 config sets from 4 files\./);
    // The first set's listing was written; the findings, which come at the end, were not.
    expect(r.stdout).toMatch(/\nconfig set /);
    expect(r.stdout).not.toMatch(/\nPolicy baseline /);
  });
});
