/**
 * Differential checks with the real postconf 3.7: after a fix, `postconf -c DIR -n` / `-P` shows
 * exactly the intended change (every other parameter and option as before) and prints no new warning.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import {
  applyEdits,
  protocolListFor,
  removeMainCfParameter,
  removeServiceOption,
  setMainCfParameter,
  setServiceOption,
  type BuildResult,
} from '../../src/fix/index.js';
import { POSTCONF, distinctMessages, postconfUnavailable } from '../support/postconf.js';

const skip = postconfUnavailable();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A master.cf is always written: a missing one makes postconf warn, and each warning costs ~2 s here (syslog). */
function dirWith(main: string, master = 'smtp inet n - n - - smtpd\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'fix-postconf-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main.cf'), main);
  writeFileSync(join(dir, 'master.cf'), master);
  return dir;
}

/** name -> value from `postconf -n` or `-P` output ("name = value" lines). */
function pairs(stdout: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stdout.toString('latin1').split('\n')) {
    const i = line.indexOf(' = ');
    if (i > 0 && !line.startsWith('config_directory = ')) out.set(line.slice(0, i), line.slice(i + 3));
  }
  return out;
}

/** Warnings without line numbers (an inserted line moves them). */
const warnings = (stderr: string): string[] => distinctMessages(stderr).map((l) => l.replace(/line \d+/g, 'line N'));

interface Run { values: Map<string, string>; warnings: string[]; status: number }
/**
 * The real postconf, asynchronously: a run that logs a warning or reads master.cf takes ~2 s here
 * (mostly waiting), so the checks of one test run in parallel.
 */
function run(dir: string, flag: '-n' | '-P'): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(POSTCONF!, ['-c', dir, flag], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => {
      // Paths of the temp directory are not part of the comparison.
      const stderr = Buffer.concat(err).toString('latin1').replaceAll(dir, 'DIR');
      resolve({ values: pairs(Buffer.concat(out)), warnings: warnings(stderr), status: code ?? -1 });
    });
  });
}

/** postconf of unedited inputs, once per text. */
const beforeRuns = new Map<string, Promise<Run>>();
function runOnce(key: string, make: () => Promise<Run>): Promise<Run> {
  let r = beforeRuns.get(key);
  if (!r) beforeRuns.set(key, (r = make()));
  return r;
}

const edits = (r: BuildResult) => {
  if (!r.ok) throw new Error(r.reason);
  return r.edits;
};

/** Apply a main.cf fix and compare postconf -n before and after. */
async function checkMain(text: string, build: (m: ReturnType<typeof parseMainCf>) => BuildResult, name: string, value: string | undefined, master?: string): Promise<string> {
  const before = await runOnce(`n\0${text}\0${master}`, () => run(dirWith(text, master), '-n'));
  const fixed = applyEdits(text, edits(build(parseMainCf(makeSource('main.cf', text)))));
  const dir = dirWith(fixed, master);
  const after = await run(dir, '-n');
  expect(after.status).toBe(0);
  const expected = new Map(before.values);
  if (value === undefined) expected.delete(name);
  else expected.set(name, value);
  expect(after.values).toEqual(expected);
  for (const w of after.warnings) expect(before.warnings).toContain(w);
  expect(readFileSync(join(dir, 'main.cf'), 'utf8')).toBe(fixed);
  return fixed;
}

/** Apply a master.cf fix and compare postconf -P before and after. */
async function checkMaster(master: string, build: (m: ReturnType<typeof parseMasterCf>) => BuildResult, key: string, value: string | undefined): Promise<string> {
  // myhostname set: without it postconf -P waits for a host name lookup.
  const main = 'compatibility_level = 3.6\nmyhostname = mx.example.org\nmydomain = example.org\n';
  const before = await runOnce(`P\0${master}`, () => run(dirWith(main, master), '-P'));
  const fixed = applyEdits(master, edits(build(parseMasterCf(makeSource('master.cf', master)))));
  const after = await run(dirWith(main, fixed), '-P');
  expect(after.status).toBe(0);
  const expected = new Map(before.values);
  if (value === undefined) expected.delete(key);
  else expected.set(key, value);
  expect(after.values).toEqual(expected);
  for (const w of after.warnings) expect(before.warnings).toContain(w);
  return fixed;
}

const MAIN = [
  '# TLS',
  'myhostname = mx.example.org',
  'smtpd_tls_cert_file=/etc/ssl/c.pem',
  'smtpd_tls_key_file=/etc/ssl/k.pem',
  'smtpd_tls_mandatory_protocols = !SSLv2,',
  '\t!SSLv3',
  '  # inside the value',
  'smtpd_tls_exclude_ciphers =',
  'smtpd_use_tls = yes',
  'smtpd_tls_security_level = may',
  'smtpd_tls_security_level = may',
  'smtp_tls_security_level = may',
  '',
].join('\n');

describe.skipIf(skip !== undefined)('fixes vs real postconf 3.7', () => {
  it('main.cf: replace a value, a continued value, an empty value, duplicates; add after the family; remove', async () => {
    const [, , , , added] = await Promise.all([
      checkMain(MAIN, (m) => setMainCfParameter(m, 'smtpd_tls_mandatory_protocols', protocolListFor('3.7')), 'smtpd_tls_mandatory_protocols', '>=TLSv1.2'),
      checkMain(MAIN, (m) => setMainCfParameter(m, 'smtpd_tls_mandatory_protocols', protocolListFor('3.5')), 'smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1'),
      checkMain(MAIN, (m) => setMainCfParameter(m, 'smtpd_tls_exclude_ciphers', 'aNULL, RC4'), 'smtpd_tls_exclude_ciphers', 'aNULL, RC4'),
      checkMain(MAIN, (m) => setMainCfParameter(m, 'smtpd_tls_security_level', 'encrypt'), 'smtpd_tls_security_level', 'encrypt'),
      checkMain(MAIN, (m) => setMainCfParameter(m, 'smtpd_tls_protocols', '>=TLSv1.2'), 'smtpd_tls_protocols', '>=TLSv1.2'),
      checkMain(MAIN, (m) => removeMainCfParameter(m, 'smtpd_use_tls'), 'smtpd_use_tls', undefined),
      checkMain(MAIN, (m) => removeMainCfParameter(m, 'smtpd_tls_mandatory_protocols'), 'smtpd_tls_mandatory_protocols', undefined),
      checkMain(MAIN, (m) => removeMainCfParameter(m, 'smtpd_tls_security_level'), 'smtpd_tls_security_level', undefined),
    ]);
    expect(added).toContain('smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\nsmtp_tls_security_level = may\n');
  });

  it('editing only the last of two equal definitions would be a new warning (why the builder edits both)', async () => {
    const text = 'myhostname = mx.example.org\nsmtpd_tls_security_level = may\nsmtpd_tls_security_level = may\n';
    const before = await run(dirWith(text), '-n');
    const naive = text.replace(/may\n$/, 'encrypt\n');
    const after = await run(dirWith(naive), '-n');
    expect(after.warnings.filter((w) => !before.warnings.includes(w)).join('\n')).toMatch(/overriding earlier entry: smtpd_tls_security_level=may/);
    const fixed = await checkMain(text, (m) => setMainCfParameter(m, 'smtpd_tls_security_level', 'encrypt'), 'smtpd_tls_security_level', 'encrypt');
    expect(fixed).toBe('myhostname = mx.example.org\nsmtpd_tls_security_level = encrypt\nsmtpd_tls_security_level = encrypt\n');
  });

  it('main.cf with CRLF line ends and without a final newline', async () => {
    const crlf = MAIN.replaceAll('\n', '\r\n').replace(/\r\n$/, '');
    const [fixed] = await Promise.all([
      checkMain(crlf, (m) => setMainCfParameter(m, 'tls_ssl_options', 'NO_RENEGOTIATION'), 'tls_ssl_options', 'NO_RENEGOTIATION'),
      checkMain(crlf, (m) => setMainCfParameter(m, 'smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1'), 'smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1'),
    ]);
    expect(fixed.endsWith('smtp_tls_security_level = may\r\ntls_ssl_options = NO_RENEGOTIATION\r\n')).toBe(true);
  });

  const MASTER = [
    '# service type  private unpriv  chroot  wakeup  maxproc command + args',
    'smtp      inet  n       -       y       -       -       smtpd',
    '#submission inet n       -       y       -       -       smtpd',
    '#  -o syslog_name=postfix/submission',
    '  -o smtpd_tls_security_level=may',
    'submission inet n       -       y       -       -       smtpd',
    '\t-o syslog_name=postfix/submission',
    '\t-o { smtpd_tls_mandatory_protocols = TLSv1 }',
    '\t-o smtpd_sasl_auth_enable=yes',
    '#\t-o smtpd_client_restrictions=$mua_client_restrictions',
    'smtps     inet  n       -       y       -       -       smtpd -o smtpd_tls_wrappermode=yes',
    'pickup    unix  n       -       y       60      1       pickup',
    '',
  ].join('\n');

  it('master.cf: replace short and braced -o values, insert new ones (short and braced), remove; commented-out service with a live -o line', async () => {
    await Promise.all([
      checkMaster(MASTER, (m) => setServiceOption(m, 'submission', 'smtpd_tls_security_level', 'encrypt'), 'submission/inet/smtpd_tls_security_level', 'encrypt'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'submission', 'smtpd_tls_mandatory_protocols', '>=TLSv1.2'), 'submission/inet/smtpd_tls_mandatory_protocols', '>=TLSv1.2'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'submission', 'smtpd_tls_mandatory_protocols', protocolListFor('3.5')), 'submission/inet/smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'submission', 'syslog_name', 'postfix/sub mission'), 'submission/inet/syslog_name', 'postfix/sub mission'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'submission', 'smtpd_tls_exclude_ciphers', 'aNULL, RC4'), 'submission/inet/smtpd_tls_exclude_ciphers', 'aNULL, RC4'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'smtp', 'smtpd_tls_security_level', 'encrypt'), 'smtp/inet/smtpd_tls_security_level', 'encrypt'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'smtps', 'smtpd_tls_mandatory_protocols', protocolListFor('3.4', 'option')), 'smtps/inet/smtpd_tls_mandatory_protocols', '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1'),
      checkMaster(MASTER, (m) => setServiceOption(m, 'pickup', 'syslog_name', 'p'), 'pickup/unix/syslog_name', 'p'),
      checkMaster(MASTER, (m) => removeServiceOption(m, 'submission', 'smtpd_tls_mandatory_protocols'), 'submission/inet/smtpd_tls_mandatory_protocols', undefined),
      checkMaster(MASTER, (m) => removeServiceOption(m, 'smtps', 'smtpd_tls_wrappermode'), 'smtps/inet/smtpd_tls_wrappermode', undefined),
      checkMaster(MASTER, (m) => removeServiceOption(m, 'smtp', 'smtpd_tls_security_level'), 'smtp/inet/smtpd_tls_security_level', undefined),
    ]);
  });

  it("master.cf with CRLF and the example repository's master.cf", async () => {
    const crlf = MASTER.replaceAll('\n', '\r\n');
    const example = readFileSync(join(process.cwd(), 'examples/mail-stack/postfix/master.cf'), 'utf8');
    const [, , fixed] = await Promise.all([
      checkMaster(crlf, (m) => setServiceOption(m, 'submission', 'smtpd_tls_security_level', 'encrypt'), 'submission/inet/smtpd_tls_security_level', 'encrypt'),
      checkMaster(crlf, (m) => setServiceOption(m, 'submission', 'smtpd_tls_auth_only', 'yes'), 'submission/inet/smtpd_tls_auth_only', 'yes'),
      checkMaster(example, (m) => setServiceOption(m, 'submission', 'smtpd_tls_mandatory_protocols', '>=TLSv1.2'), 'submission/inet/smtpd_tls_mandatory_protocols', '>=TLSv1.2'),
    ]);
    await checkMaster(fixed, (m) => setServiceOption(m, 'submission', 'smtpd_tls_security_level', 'encrypt'), 'submission/inet/smtpd_tls_security_level', 'encrypt');
  });
});
