/**
 * Differential tests: our `postconf -M/-F/-P` views against the real Postfix 3.7 postconf, for every
 * master.cf under test/fixtures/master (synthetic cases for reference §2 plus byte copies of the real
 * corpus files, see PROVENANCE.md). Stdout must be byte-identical; exit status and fatal equal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSource } from '../../src/postfix/source.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import {
  showMasterEntries,
  showMasterFields,
  showMasterParams,
  serviceNamespace,
  type MasterViewOptions,
  type MasterViewResult,
} from '../../src/postconf/master-views.js';
import { spawn } from 'node:child_process';
import { POSTCONF, postconfUnavailable, runRealPostconf } from '../support/postconf.js';
import { runPostconf } from '../../src/postconf/command.js';

/** Real postconf, asynchronously: its msg_fatal() sleeps a second before exiting, so we run many at once. */
function runRealAsync(args: string[]): Promise<{ stdout: Buffer; stderr: string; status: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(POSTCONF as string, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('latin1'), status: code ?? -1 }));
  });
}

/** Distinct stderr lines with the program name normalized ("/usr/sbin/postconf: " -> "postconf: "). */
function messagesOf(stderr: string): string[] {
  return [...new Set(stderr.split('\n').filter((l) => l.length > 0).map((l) => l.replace(/^\S*postconf: /, 'postconf: ')))].sort();
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'master');
const skip = postconfUnavailable();

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'master.cf')))
  .map((d) => d.name)
  .sort();

type View = 'M' | 'F' | 'P';
interface Invocation {
  view: View;
  fold: boolean;
  expand: boolean;
  filters: string[];
}

const invocations: Invocation[] = [];
for (const view of ['M', 'F', 'P'] as View[])
  for (const fold of [false, true])
    for (const expand of [false, true]) invocations.push({ view, fold, expand, filters: [] });
invocations.push(
  { view: 'M', fold: false, expand: false, filters: ['smtp', 'submission/inet', 'nomatch/unix', '*/unix'] },
  { view: 'F', fold: false, expand: false, filters: ['*/*/command', 'smtp/inet/type', 'smtp/inet', 'x/unix/*'] },
  { view: 'P', fold: false, expand: false, filters: ['submission/inet/smtpd_tls_security_level', '*/*/syslog_name', 'smtp', 'nomatch'] },
  { view: 'P', fold: true, expand: true, filters: ['*/inet'] },
  { view: 'M', fold: false, expand: false, filters: ['/bad'] },
  { view: 'F', fold: false, expand: false, filters: ['smtp/inet/bogus'] },
  { view: 'P', fold: false, expand: false, filters: ['a/b/c/d'] },
);

function flagOf(inv: Invocation): string {
  return `-${inv.view}${inv.fold ? 'f' : ''}${inv.expand ? 'x' : ''}`;
}

/** Warnings we do not model in the views (they need the parameter universe: MAIN's integration). */
const NOT_MODELLED = /: (unused parameter|undefined parameter|read-only parameter assignment): |warning: open "[a-z]+" configuration /;

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

function defaultsOf(dir: string): Map<string, string> {
  const r = runRealPostconf(['-c', dir, '-d']);
  const m = new Map<string, string>();
  for (const line of r.stdout.toString('latin1').split('\n')) {
    const eq = line.indexOf(' = ');
    if (eq > 0) m.set(line.slice(0, eq), line.slice(eq + 3));
    else if (line.endsWith(' =')) m.set(line.slice(0, -2), '');
  }
  return m;
}

describe.skipIf(skip !== undefined).concurrent('master views vs real postconf 3.7', () => {
  const counts = new Map<string, { compared: number; identical: number }>();
  afterAll(() => {
    const total = [...counts.values()].reduce((a, c) => a + c.compared, 0);
    console.log(`[master-views] compared ${total} (fixture, flags) sets over ${cases.length} master.cf files:`);
    for (const [flag, c] of [...counts.entries()].sort()) console.log(`  ${flag}: ${c.identical}/${c.compared} identical`);
  });

  for (const name of cases) {
    it(name, async ({ expect }) => {
      const bytes = readFileSync(join(FIXTURES, name, 'master.cf'));
      const dir = mkdtempSync(join(tmpdir(), 'pta-master-'));
      tempDirs.push(dir);
      writeFileSync(join(dir, 'main.cf'), '');
      writeFileSync(join(dir, 'master.cf'), bytes);
      const master = parseMasterCf(makeSource(join(dir, 'master.cf'), bytes));
      const defaults = defaultsOf(dir);
      const failures: string[] = [];
      const reals = await Promise.all(invocations.map((inv) => runRealAsync(['-c', dir, flagOf(inv), ...inv.filters])));
      for (const [k, inv] of invocations.entries()) {
        const flag = flagOf(inv);
        const real = reals[k]!;
        const opts: MasterViewOptions = {
          fold: inv.fold,
          expand: inv.expand,
          lookup: (n) => (n === 'config_directory' ? dir : defaults.get(n)),
          masterPath: `${dir}/master.cf`,
        };
        const fn = inv.view === 'M' ? showMasterEntries : inv.view === 'F' ? showMasterFields : showMasterParams;
        const ours: MasterViewResult = fn(master, inv.filters, opts);
        const realMessages = messagesOf(real.stderr);
        const realFatal = realMessages.filter((l) => l.startsWith('postconf: fatal: ')).map((l) => l.slice(17));
        const realWarnings = realMessages
          .filter((l) => l.startsWith('postconf: warning: ') && !NOT_MODELLED.test(l))
          .map((l) => l.slice(19));
        const label = `${name} ${flag} ${inv.filters.join(' ')}`;
        const key = `${flag}${inv.filters.length ? ' +filters' : ''}`;
        const c = counts.get(key) ?? { compared: 0, identical: 0 };
        c.compared++;
        const ourStdout = Buffer.from(ours.stdout, master.source.encoding);
        const problems: string[] = [];
        if (!ourStdout.equals(real.stdout)) problems.push(`stdout differs:\n--- real\n${real.stdout.toString('latin1')}--- ours\n${ours.stdout}`);
        if (ours.exitCode !== real.status) problems.push(`exit ${ours.exitCode} vs real ${real.status}`);
        if ((ours.fatal ?? '') !== (realFatal[0] ?? '')) problems.push(`fatal "${ours.fatal}" vs real "${realFatal[0]}"`);
        const ourWarnings = [...new Set(ours.warnings)].sort();
        // postconf's user-parameter scan (runPostconf's job, not the views') also reports macro
        // syntax errors in -o values; accept those when they quote a value of this master.cf.
        const scanOnly = (w: string): boolean => {
          const m = /^truncated macro reference: "(.*)"$/.exec(w);
          return m !== null && master.services.some((s) => [...serviceNamespace(master, s).values()].includes(m[1] as string));
        };
        const expected = [...new Set(realWarnings)].filter((w) => ourWarnings.includes(w) || !scanOnly(w)).sort();
        if (JSON.stringify(ourWarnings) !== JSON.stringify(expected)) {
          problems.push(`warnings ${JSON.stringify(ourWarnings)} vs real ${JSON.stringify(realWarnings)}`);
        }
        if (problems.length === 0) c.identical++;
        else failures.push(`${label}: ${problems.join('; ')}`);
        counts.set(key, c);

        // The same invocation through runPostconf (Helper MAIN's integration): stdout, exit status,
        // fatal and the distinct stderr lines, all compared.
        const integ = runPostconf(['-c', dir, flag, ...inv.filters]);
        const ik = `runPostconf ${key}`;
        const ic = counts.get(ik) ?? { compared: 0, identical: 0 };
        ic.compared++;
        const integMessages = messagesOf(integ.stderr);
        const realAll = realMessages;
        if (integ.stdout.equals(real.stdout) && integ.exitCode === real.status && JSON.stringify(integMessages) === JSON.stringify(realAll)) ic.identical++;
        else failures.push(`runPostconf ${label}: stdout ${integ.stdout.equals(real.stdout) ? 'same' : 'DIFFERS'}, exit ${integ.exitCode}/${real.status}, stderr ${JSON.stringify(integMessages)} vs real ${JSON.stringify(realAll)}`);
        counts.set(ik, ic);
      }
      expect(failures).toEqual([]);
    });
  }
});
