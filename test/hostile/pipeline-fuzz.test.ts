/**
 * The whole pipeline on mutated real configs: corpus main.cf/master.cf files with TLS settings, `-o`
 * options, services, stray fragments and odd bytes put in and lines taken out, in UTF-8 or Latin-1, with
 * LF or CRLF, under a random profile. For every case:
 *
 * - every report format, `explain`, `--list` and the postconf views finish without an internal error;
 * - `scan --diff` is a patch that `git apply --check` accepts (a Latin-1 file's patch was written as
 *   UTF-8 and refused before commit 820c048, found by this generator);
 * - after applying it, no finding whose fix was applied is still there, and no rule fires on a service
 *   where it did not fire before (a verified fix must not trade one finding for another).
 *
 * Deterministic: PIPELINE_FUZZ_SEED and PIPELINE_FUZZ_CASES explore further locally.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { CORPUS, corpusPresent } from '../support/corpus.js';
import { gitUnavailable } from '../discover/tree-helpers.js';

const SEED = Number(process.env.PIPELINE_FUZZ_SEED ?? 7);
const CASES = Number(process.env.PIPELINE_FUZZ_CASES ?? 24);

/** mulberry32: the same cases on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'smtpd_tls_security_level', 'smtp_tls_security_level', 'lmtp_tls_security_level', 'smtpd_tls_protocols',
  'smtpd_tls_mandatory_protocols', 'smtp_tls_protocols', 'smtp_tls_mandatory_protocols', 'lmtp_tls_protocols',
  'smtpd_tls_ciphers', 'smtpd_tls_mandatory_ciphers', 'smtp_tls_ciphers', 'smtp_tls_mandatory_ciphers',
  'smtpd_tls_exclude_ciphers', 'smtpd_tls_mandatory_exclude_ciphers', 'tls_high_cipherlist', 'tls_medium_cipherlist',
  'smtpd_tls_auth_only', 'smtpd_use_tls', 'smtpd_enforce_tls', 'smtp_use_tls', 'smtp_enforce_tls', 'smtpd_tls_wrappermode',
  'smtp_tls_wrappermode', 'tls_preempt_cipherlist', 'smtpd_tls_cert_file', 'smtpd_tls_key_file', 'smtpd_tls_chain_files',
  'smtpd_tls_eecdh_grade', 'tls_ssl_options', 'smtpd_sasl_auth_enable', 'compatibility_level', 'mail_version',
  'smtpd_tls_received_header', 'tls_eecdh_auto_curves', 'smtpd_tls_req_ccert', 'smtp_tls_policy_maps', 'inet_interfaces',
];
const VALUES = [
  'may', 'encrypt', 'none', 'dane', 'verify', 'secure', 'yes', 'no', 'YES', 'true', '', 'TLSv1.2', '>=TLSv1.2',
  '!SSLv2, !SSLv3', '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1', 'TLSv1.2 TLSv1.3', '<=TLSv1.1', '>=TLSv1.4', 'TLSv1.2,TLSv1.3,',
  '!SSLv2 !SSLv3 TLSV1', 'high', 'medium', 'low', 'export', 'null', 'HIGH', 'aNULL, MD5', 'RC4 aNULL', 'HIGH:!aNULL:!MD5',
  'ECDHE+AESGCM:!aNULL', '$smtpd_tls_protocols', '${smtpd_tls_protocols}', '${x?{a}:{b}}', '$myhostname', 'strong',
  'auto', 'NO_RENEGOTIATION', '3.6', '3.7', '2', '-1', '/etc/ssl/x.pem', '$undefined_thing', '{ spaced }', 'a = b', '\\',
  '$$', '${', '}', '!SSLv2, !SSLv3 # \u00e9videmment',
];
const FRAGMENTS = ['', '#', '  ', '\t', '=', 'x', '=y', ' # postfix-tls-audit: ignore weak-cipher-suites -- ok', '# r\u00e9seau priv\u00e9'];
const ODD_CHARS = ['{', '}', '$', '=', ' ', '\t', ',', '\u00e9', '\r'];
const SERVICES = ['smtpd', 'smtp', 'submission', 'smtps', '127.0.0.1:587', '[::1]:465', 'relay', 'tlsproxy', 'postscreen'];
const COMMANDS = ['smtpd', 'smtp', 'lmtp', 'postscreen', 'tlsproxy'];
const PROFILES = ['baseline', 'tlsref-intermediate', 'tlsref-modern', 'ncsc-nl-2025', 'bsi-tr-02102-2', 'nist-sp800-52r2', 'pci-dss-4'];

function corpusFiles(): { mains: string[]; masters: string[] } {
  const mains: string[] = [];
  const masters: string[] = [];
  for (const owner of readdirSync(CORPUS)) {
    const dir = path.join(CORPUS, owner);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'latin1');
      if (file.endsWith('main.cf')) mains.push(text);
      else if (file.endsWith('master.cf')) masters.push(text);
    }
  }
  return { mains, masters };
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  service: string | null;
  configSet: string;
  fingerprint: string;
  fix?: unknown;
}

const bases: string[] = [];
afterAll(() => {
  for (const b of bases) rmSync(b, { recursive: true, force: true });
});

describe.skipIf(!corpusPresent() || gitUnavailable())('the whole pipeline on mutated corpus configs', () => {
  const random = generator(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const { mains, masters } = corpusPresent() ? corpusFiles() : { mains: [], masters: [] };

  function mutateMain(text: string): string {
    const lines = text.split('\n');
    for (let k = 1 + Math.floor(random() * 6); k > 0; k--) {
      const r = random();
      const at = Math.floor(random() * (lines.length + 1));
      if (r < 0.55) lines.splice(at, 0, `${pick(NAMES)} = ${pick(VALUES)}${random() < 0.2 ? `, ${pick(VALUES)}` : ''}`);
      else if (r < 0.65) lines.splice(at, 0, `    ${pick(VALUES)}`);
      else if (r < 0.75 && lines.length > 0) lines.splice(Math.min(at, lines.length - 1), 1);
      else if (r < 0.85) lines.splice(at, 0, `${pick(NAMES)}=${pick(VALUES)} # c`);
      else if (r < 0.92) lines.splice(at, 0, pick(FRAGMENTS));
      else {
        const j = Math.floor(random() * lines.length);
        const chars = (lines[j] ?? '').split('');
        if (chars.length > 0) {
          chars[Math.floor(random() * chars.length)] = pick(ODD_CHARS);
          lines[j] = chars.join('');
        }
      }
    }
    return lines.join('\n');
  }

  function mutateMaster(text: string): string {
    const lines = text.split('\n');
    for (let k = 1 + Math.floor(random() * 5); k > 0; k--) {
      const r = random();
      const starts = lines.flatMap((l, j) => (/^[^\s#]/.test(l) ? [j] : []));
      if (r < 0.45 && starts.length > 0) {
        const form = random();
        const [name, value] = [pick(NAMES), pick(VALUES)];
        lines.splice(pick(starts) + 1, 0, form < 0.6 ? `  -o ${name}=${value}` : form < 0.8 ? `  -o { ${name} = ${value} }` : `  -o${name}=${value}`);
      } else if (r < 0.65) {
        lines.push(`${pick(SERVICES)}  ${pick(['inet', 'unix', 'pass'])}  ${pick(['n', '-', 'y'])}  -  ${pick(['n', '-', 'y'])}  -  -  ${pick(COMMANDS)}`, `  -o ${pick(NAMES)}=${pick(VALUES)}`);
      } else if (r < 0.8 && starts.length > 0) lines.splice(pick(starts), 1);
      else lines.splice(Math.floor(random() * lines.length), 0, pick(['  -o', '  -o x', '  -o {', '  -o }', '  -o smtpd_tls_security_level=encrypt', ' ', `  ${pick(VALUES)}`]));
    }
    return lines.join('\n');
  }

  /** A git repository with one or two mutated config sets; returns its folder and the profile. */
  function makeCase(): { repo: string; profile: string } {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'pta-pipeline-fuzz-'));
    bases.push(repo);
    const set = path.join(repo, 'etc/postfix');
    mkdirSync(set, { recursive: true });
    let main = mutateMain(pick(mains));
    if (random() < 0.1) main = main.replace(/\n/g, '\r\n');
    writeFileSync(path.join(set, 'main.cf'), Buffer.from(main, random() < 0.5 ? 'latin1' : 'utf8'));
    if (random() < 0.8) writeFileSync(path.join(set, 'master.cf'), Buffer.from(mutateMaster(pick(masters)), 'latin1'));
    if (random() < 0.3) {
      const second = path.join(repo, 'roles/mx/files');
      mkdirSync(second, { recursive: true });
      writeFileSync(path.join(second, 'main.cf'), mutateMain(pick(mains)));
      writeFileSync(path.join(second, 'master.cf'), mutateMaster(pick(masters)));
    }
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '-A'], { cwd: repo });
    return { repo, profile: pick(PROFILES) };
  }

  const cases = Array.from({ length: CASES }, (_, i) => i);
  it.each(cases)('case %i', async () => {
    const { repo, profile } = makeCase();
    const label = `${repo} (--profile ${profile}; PIPELINE_FUZZ_SEED=${SEED})`;
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const r = await runCli(['scan', '.', '--format', format, '--fail-on', 'never', '--profile', profile], repo);
      expect(r.stderr, `${format}: ${label}`).not.toContain('internal error');
      expect(r.exitCode, `${format}: ${label}`).toBe(0);
    }
    for (const args of [['explain', '.'], ['explain', '.', '--format', 'json'], ['scan', '.', '--list'], ['postconf', '-c', 'etc/postfix', '-n'], ['postconf', '-c', 'etc/postfix', '-P'], ['postconf', '-c', 'etc/postfix', '-Mf']]) {
      const r = await runCli(args, repo);
      expect(r.stderr, `${args.join(' ')}: ${label}`).not.toContain('internal error');
      expect(r.exitCode, `${args.join(' ')}: ${label}`).not.toBe(2);
    }
    const scanJson = async (): Promise<JsonFinding[]> => {
      const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never', '--profile', profile], repo);
      return (JSON.parse(String(r.stdout)) as { findings: JsonFinding[] }).findings;
    };
    const before = await scanJson();
    const diff = await runCli(['scan', '.', '--diff', '--fail-on', 'never', '--profile', profile], repo);
    expect(diff.exitCode, label).toBe(0);
    if (diff.stdout.length === 0) return;
    writeFileSync(path.join(repo, '.fix.diff'), diff.stdout);
    execFileSync('git', ['apply', '--check', '.fix.diff'], { cwd: repo, stdio: 'pipe' });
    execFileSync('git', ['apply', '.fix.diff'], { cwd: repo, stdio: 'pipe' });
    rmSync(path.join(repo, '.fix.diff'));
    const after = await scanJson();
    const fixed = new Set(before.filter((f) => f.fix !== undefined).map((f) => f.fingerprint));
    expect(after.filter((f) => fixed.has(f.fingerprint)).map((f) => `${f.ruleId}: ${f.message}`), `fixed findings still there: ${label}`).toEqual([]);
    const firedBefore = new Set(before.map((f) => `${f.configSet}|${f.service}|${f.ruleId}`));
    expect(after.filter((f) => !firedBefore.has(`${f.configSet}|${f.service}|${f.ruleId}`)).map((f) => `${f.ruleId}@${f.service}: ${f.message}`), `new findings after the fix: ${label}`).toEqual([]);
  });
});
