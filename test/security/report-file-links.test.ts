/**
 * The report files (`sarif-file`, `json-file`) are written at paths the workflow names, but the
 * folder they land in is the pull request's checkout: a pull request can commit a symbolic link
 * there. A link whose target does not exist yet ("dangling") must not let the write create a file
 * outside the workspace and RUNNER_TEMP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveInside } from '../../src/action/inputs.js';
import { removeRunnerDir, runInProcess } from '../action/harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let base = '';
let ws = '';
let outside = '';

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-report-links-'));
  ws = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  mkdirSync(outside);
  cpSync(path.join(repo, 'examples/mail-stack/postfix'), path.join(ws, 'mail'), { recursive: true });
  // Committed by the pull request: links to files that do not exist (yet).
  symlinkSync(path.join(outside, 'planted.sarif'), path.join(ws, 'results.sarif'));
  symlinkSync('../outside/planted.json', path.join(ws, 'report.json'));
  symlinkSync(path.join(outside, 'missing-dir/x'), path.join(ws, 'dangling-dir'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

describe('report files and dangling symbolic links', () => {
  it.each([
    ['sarif-file', 'results.sarif', 'planted.sarif'],
    ['json-file', 'report.json', 'planted.json'],
  ])('%s through a dangling link: refused, nothing written outside', async (input, value, planted) => {
    const r = await runInProcess(ws, { [input]: value, 'fail-on': 'never' });
    expect(existsSync(path.join(outside, planted))).toBe(false);
    expect(r.result.failed).toBe(true);
    expect(r.annotations.join('\n')).toMatch(new RegExp(`input "${input}" \\(${value.replace('.', '\\.')}\\) leads outside`));
  });

  it('resolveInside refuses a dangling link, also as a folder on the way', () => {
    const bases = [{ dir: ws, name: 'the workspace' }];
    expect(() => resolveInside(bases, 'results.sarif', 'sarif-file')).toThrow(/symbolic link/);
    expect(() => resolveInside(bases, 'dangling-dir/out.json', 'json-file')).toThrow(/symbolic link/);
    expect(resolveInside(bases, 'new/folder/out.json', 'json-file')).toBe(path.join(ws, 'new/folder/out.json'));
  });
});
