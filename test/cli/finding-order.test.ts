/**
 * Findings are reported in code-unit order of config set and file, the order discovery lists the sets
 * in, whatever the machine's locale. They were sorted with localeCompare, which follows the locale ICU
 * takes from LC_ALL/LANG: the same tree gave findings in another order on another machine, and in an
 * order other than the listing's even on one machine ("B/" before "a/" in the listing, after it below).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';

const repo = path.resolve(__dirname, '../..');
const bundle = path.join(repo, 'dist/cli/index.js');
// Names whose code-unit order differs from the usual collations: upper case first, "aa" before "å"
// (Danish collation puts "aa" after "å"), "a-b" before "a/b" before "aa".
const SETS = ['å', 'aa', 'B', 'a', 'a-b', 'a/b', 'Z'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-order-'));
  for (const name of SETS) {
    mkdirSync(path.join(dir, name), { recursive: true });
    copyFileSync(path.join(repo, 'examples/mail-stack/postfix/main.cf'), path.join(dir, name, 'main.cf'));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeUnitOrder = [...SETS].sort();

function setsInOrder(findings: { configSet: string }[]): string[] {
  const seen: string[] = [];
  for (const f of findings) if (seen.at(-1) !== f.configSet) seen.push(f.configSet);
  return seen;
}

describe('finding order', () => {
  it('follows the listing: config sets in code-unit order', async () => {
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], dir);
    const j = JSON.parse(String(r.stdout));
    expect(j.configSets.map((s: { directory: string }) => s.directory)).toEqual(codeUnitOrder);
    expect(setsInOrder(j.findings)).toEqual(codeUnitOrder);
  });

  const danish = spawnSync('node', ['-e', 'process.stdout.write(new Intl.Collator().resolvedOptions().locale)'], { env: { ...process.env, LC_ALL: 'da_DK.UTF-8' }, encoding: 'utf8' }).stdout;
  const skipReason = !existsSync(bundle) ? 'dist/cli/index.js is missing (npm run bundle)' : danish !== 'da-DK' ? `this Node has no Danish collation (got "${danish}")` : undefined;
  if (skipReason) {
    if (process.env.CI === 'true') throw new Error(`the locale test cannot run: ${skipReason}`);
    console.log(`skipping the locale test: ${skipReason}`);
  }
  it.skipIf(skipReason !== undefined)('is the same under a Danish and a C locale, byte for byte', async () => {
    const run = (locale: string) => spawnSync(process.execPath, [bundle, 'scan', '.', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: locale, LANG: locale } });
    const da = run('da_DK.UTF-8');
    const c = run('C');
    expect(da.status).toBe(0);
    expect(da.stdout).toBe(c.stdout);
    expect(da.stdout).toBe(String((await runCli(['scan', '.', '--fail-on', 'never'], dir)).stdout));
    const order = [...da.stdout.matchAll(/^(\S+)\/main\.cf:\d+:\d+: /gm)].map((m) => m[1]!);
    expect([...new Set(order)]).toEqual(codeUnitOrder);
  });
});
