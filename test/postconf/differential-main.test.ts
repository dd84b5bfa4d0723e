/**
 * runPostconf() against the real Postfix 3.7 postconf on every non-template main.cf of the corpus and on
 * the fixtures in test/fixtures/postconf/<case>/: stdout byte-identical, same exit status, same set of
 * distinct stderr lines.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPostconf } from '../../src/postconf/command.js';
import { distinctMessages, postconfUnavailable, runRealPostconfAsync } from '../support/postconf.js';

const skip = postconfUnavailable();
// The shared corpus sits beside the project checkout (../shared/corpus), in development and in CI.
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'postconf');

const TLS_PARAMS = [
  'smtpd_tls_security_level',
  'smtpd_tls_protocols',
  'smtpd_tls_mandatory_protocols',
  'smtpd_tls_ciphers',
  'smtpd_tls_mandatory_ciphers',
  'smtpd_tls_cert_file',
  'smtpd_tls_key_file',
  'smtpd_tls_fingerprint_digest',
  'smtpd_use_tls',
  'smtp_tls_security_level',
  'smtp_tls_protocols',
  'lmtp_tls_security_level',
  'postscreen_tls_security_level',
  'tlsproxy_tls_protocols',
  'tls_high_cipherlist',
];

const FLAG_SETS: Record<string, string[]> = {
  '-n': ['-n'],
  '-nx': ['-nx'],
  '-x TLS': ['-x', ...TLS_PARAMS],
  '-nf': ['-nf'],
  '-h TLS': ['-h', ...TLS_PARAMS.slice(0, 4)],
  // master.cf views come from master-views.ts; this checks their integration (read order, warnings, fatals).
  '-Mf': ['-Mf'],
  '-F': ['-F'],
  '-Px': ['-Px'],
};

interface ConfigSet {
  label: string;
  main: string;
  master?: string;
}

/** Templates are not Postfix input (SOURCES.md kinds: Jinja2, ERB, Zimbra .in, sed placeholders, UCR). */
function isTemplate(dir: string, file: string): boolean {
  return /\.(j2|erb|in)$/.test(file) || /^(Mailu__|iredmail__|univention__)/.test(dir);
}

function corpusSets(): ConfigSet[] {
  if (!existsSync(CORPUS)) return [];
  const sets: ConfigSet[] = [];
  for (const dir of readdirSync(CORPUS).sort()) {
    const full = join(CORPUS, dir);
    if (!statSync(full).isDirectory()) continue;
    const files = readdirSync(full);
    for (const f of files.sort()) {
      if (isTemplate(dir, f)) continue;
      const isMain = f.includes('main.cf') || f === 'Mail server__Mail Configuration.cf';
      if (!isMain) continue;
      const masterName = f.replace('main.cf', 'master.cf');
      const set: ConfigSet = { label: `${dir}/${f}`, main: join(full, f) };
      if (masterName !== f && files.includes(masterName)) set.master = join(full, masterName);
      sets.push(set);
    }
  }
  return sets;
}

function fixtureSets(): ConfigSet[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .sort()
    .map((name) => {
      const set: ConfigSet = { label: `fixture ${name}`, main: join(FIXTURES, name, 'main.cf') };
      if (existsSync(join(FIXTURES, name, 'master.cf'))) set.master = join(FIXTURES, name, 'master.cf');
      return set;
    });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function stage(set: ConfigSet): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcf-diff-'));
  dirs.push(dir);
  copyFileSync(set.main, join(dir, 'main.cf'));
  if (set.master) copyFileSync(set.master, join(dir, 'master.cf'));
  // postconf re-reads a file whose mtime is less than a second old (dict_load_file_xt), repeating
  // its warnings with shifted line numbers: age the copies so the oracle reads them once.
  const past = new Date(Date.now() - 3_600_000);
  for (const f of ['main.cf', 'master.cf']) if (existsSync(join(dir, f))) utimesSync(join(dir, f), past, past);
  return dir;
}


const counts: Record<string, { corpus: number; fixtures: number }> = {};
for (const k of Object.keys(FLAG_SETS)) counts[k] = { corpus: 0, fixtures: 0 };

describe.skipIf(skip !== undefined)('postconf emulation vs real postconf 3.7', () => {
  const sets = [...corpusSets().map((s) => ({ ...s, kind: 'corpus' as const })), ...fixtureSets().map((s) => ({ ...s, kind: 'fixtures' as const }))];

  it('has corpus sets and fixtures to compare', () => {
    expect(sets.filter((s) => s.kind === 'corpus').length).toBeGreaterThanOrEqual(10);
    expect(sets.filter((s) => s.kind === 'fixtures').length).toBeGreaterThanOrEqual(15);
  });

  // Runs to completion before the summary test below (a concurrent suite inside a sequential one).
  describe.concurrent('each set and flag', () => {
  for (const set of sets) {
    for (const [flagLabel, flags] of Object.entries(FLAG_SETS)) {
      it(`${set.label}: postconf ${flagLabel}`, async ({ expect }) => {
        const dir = stage(set);
        const args = ['-c', dir, ...flags];
        const r = await runRealPostconfAsync(args);
        const mine = runPostconf(args, { pid: r.pid });
        expect(mine.stdout.toString('latin1')).toBe(r.stdout.toString('latin1'));
        expect(Buffer.compare(mine.stdout, r.stdout)).toBe(0);
        expect(mine.exitCode).toBe(r.status);
        expect(distinctMessages(mine.stderr)).toEqual(distinctMessages(r.stderr));
        counts[flagLabel]![set.kind]++;
      });
    }
  }

  for (const argv of [['-d'], ['-Mn'], ['-dn'], ['-M', '-P'], ['-z'], ['-Mh'], ['-hx', 'mail_version'], ['-d', 'mail_version', 'no_such_parameter']]) {
    it(`command line ${argv.join(' ')}`, async ({ expect }) => {
      const dir = stage(fixtureSets()[0] as ConfigSet);
      const args = ['-c', dir, ...argv];
      const r = await runRealPostconfAsync(args);
      const mine = runPostconf(args, { pid: r.pid });
      expect(mine.stdout.toString('latin1')).toBe(r.stdout.toString('latin1'));
      expect(mine.exitCode).toBe(r.status);
      expect(distinctMessages(mine.stderr)).toEqual(distinctMessages(r.stderr));
    });
  }
  });

  it('reports how many sets were compared', () => {
    for (const [flag, c] of Object.entries(counts)) {
      console.log(`postconf ${flag}: compared ${c.corpus} corpus sets and ${c.fixtures} fixtures`);
    }
    expect(Object.values(counts).every((c) => c.corpus + c.fixtures > 0)).toBe(true);
  });
});
