/**
 * scan options that ask for two outputs where the CLI prints one: `--fix --format sarif` used to write
 * the fixes and print nothing at all, `--diff --format json` printed a diff, and `--list --fix` listed and
 * wrote nothing, each without a word. They are usage errors now, and no file is written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const repo = path.resolve(import.meta.dirname, '../..');
let dir: string;
const mainCf = () => readFileSync(path.join(dir, 'examples/mail-stack/postfix/main.cf'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-combinations-'));
  cpSync(path.join(repo, 'examples'), path.join(dir, 'examples'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan: --diff and --fix print the diff only', () => {
  it.each([
    [['--fix', '--format', 'sarif'], /--fix prints no report, so --format sarif would be ignored/],
    [['--fix', '--format', 'json'], /--fix prints no report, so --format json would be ignored/],
    [['--diff', '--format', 'json'], /--diff prints only the diff, so --format json would be ignored/],
    [['--diff', '--fix', '--format', 'markdown'], /--diff prints only the diff, so --format markdown would be ignored/],
    [['--list', '--fix'], /--list prints only the listing, without a policy: it takes no --fix/],
    [['--list', '--diff', '--format', 'json'], /--list prints only the listing, without a policy: it takes no --diff/],
  ])('%j is a usage error and writes nothing', async (options, message) => {
    const before = mainCf();
    const r = await runCli(['scan', 'examples', ...options], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(mainCf()).toBe(before);
  });

  it('--diff, --fix and both together with the text format still work', async () => {
    const before = mainCf();
    const d = await runCli(['scan', 'examples', '--diff', '--format', 'text'], dir);
    expect(String(d.stdout)).toMatch(/^--- a\/mail-stack\/postfix\/main\.cf\n/);
    expect(mainCf()).toBe(before);
    const f = await runCli(['scan', 'examples', '--diff', '--fix'], dir);
    expect(f.stdout).toEqual(d.stdout);
    expect(mainCf()).not.toBe(before);
  });
});
