/**
 * Globs picomatch would turn into catastrophically backtracking expressions are refused with a clear
 * error, wherever a glob comes in: the policy's `ignore` (the policy file may come from the pull request
 * being scanned), the CLI's --include/--exclude and the Action's include/exclude inputs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { runCli } from '../../src/cli/run.js';
import { globProblem, MAX_GLOB_GLOBSTARS, MAX_GLOB_WILDCARDS } from '../../src/discover/glob-limits.js';
import { removeRunnerDir, runInProcess } from '../action/harness.js';

const GOOD_MAIN = 'smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/ssl/mail.pem\n';
const bases: string[] = [];
afterAll(() => {
  for (const b of bases) rmSync(b, { recursive: true, force: true });
  removeRunnerDir();
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pta-glob-limits-'));
  bases.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('globProblem', () => {
  it.each(['examples/**', '**/test/**', '**/*.j2', 'vendor/*/main.cf', '**/fixtures/**/*.cf', 'roles/{mx,relay}/**', '**/*.{j2,tmpl}', 'a?c/main.cf'])(
    'accepts the everyday glob %s',
    (glob) => expect(globProblem(glob)).toBeUndefined(),
  );

  it.each([
    ['**/a/**/a/**/b/main.cf', /more than 3 wildcards|more than 2 \*\*/],
    ['**/a/**/b/**/c', /more than 2 \*\* wildcards/],
    ['*a*a*a*b', /more than 3 wildcards/],
    ['{a,aa,aaa,aaaa}*{a,aa,aaa,aaaa}*b', /more than 3 wildcards and brace groups/],
    [`${'{a,a}'.repeat(20)}b`, /more than 3 wildcards and brace groups/],
    ['@(a+|a+)+c', /extended glob/],
    ['!(main).cf', /extended glob/],
    ['x'.repeat(1025), /longer than 1024/],
  ])('refuses %s', (glob, reason) => expect(globProblem(glob)).toMatch(reason));

  it('draws the line where the cost grows: three ** on 300 folders cost more than two ** on 2,000', () => {
    // Cubic against quadratic growth in the number of folders (19 s for three ** on 2,000 folders).
    expect(globProblem('**/a/**/b/main.cf')).toBeUndefined();
    expect(globProblem('**/a/**/a/**/b/main.cf')).toMatch(new RegExp(`more than (${MAX_GLOB_WILDCARDS}|${MAX_GLOB_GLOBSTARS})`));
    const deep = (n: number): string => `${'a/'.repeat(n)}main.cf`;
    const cpu = (f: () => unknown): number => {
      const t0 = process.cpuUsage();
      f();
      const d = process.cpuUsage(t0);
      return d.user + d.system;
    };
    const allowed = picomatch('**/a/**/b/main.cf', { dot: true });
    const refused = picomatch('**/a/**/a/**/b/main.cf', { dot: true });
    const allowedCost = cpu(() => allowed(deep(2000)));
    const refusedCost = cpu(() => refused(deep(300)));
    expect(refusedCost).toBeGreaterThan(allowedCost);
  });
});

describe('where globs come in', () => {
  it('a policy ignore glob over the limits is a policy error with file and line, not a hang', async () => {
    const root = tree({
      'good/main.cf': GOOD_MAIN,
      '.github/postfix-tls-policy.yml': 'extends: baseline\nignore:\n  - examples/**\n  - "@(a+|a+)+c"\n',
    });
    mkdirSync(path.join(root, `${'a'.repeat(40)}c-not`), { recursive: true });
    const r = await runCli(['scan', '.'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/postfix-tls-policy\.yml:4:5: policy error: ignore: the glob "@\(a\+\|a\+\)\+c" is refused: extended glob syntax/);
  });

  it('--exclude and --include globs over the limits are usage errors (exit 2)', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    const ex = await runCli(['scan', '.', '--exclude', '**/a/**/a/**/b'], root);
    expect(ex.exitCode).toBe(2);
    expect(ex.stderr).toContain('--exclude "**/a/**/a/**/b": more than');
    const inc = await runCli(['explain', '.', '--include', '*a*a*a*b'], root);
    expect(inc.exitCode).toBe(2);
    expect(inc.stderr).toContain('--include "*a*a*a*b": more than 3 wildcards and brace groups');
    const ok = await runCli(['scan', '.', '--exclude', '**/vendor/**', '--fail-on', 'never'], root);
    expect(ok.exitCode).toBe(0);
  });

  it('an empty --include or --exclude glob is a usage error, not an internal error from picomatch', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    for (const [command, option] of [['scan', '--include'], ['scan', '--exclude'], ['explain', '--include']]) {
      const r = await runCli([command!, '.', option!, ''], root);
      expect(r.exitCode, `${command} ${option} ""`).toBe(2);
      expect(r.stderr).toContain(`${option} "": empty`);
      expect(r.stderr).not.toContain('internal error, any report');
    }
  });

  it('the Action refuses an exclude input over the limits, naming the input', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    const r = await runInProcess(root, { exclude: 'docs/**\n+(a|aa)+b' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]).toMatch(/^::error::input "exclude" has the glob "\+\(a\|aa\)\+b": extended glob syntax/);
  });
});
