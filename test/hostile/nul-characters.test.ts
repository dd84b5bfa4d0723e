/**
 * A NUL character inside a main.cf or master.cf line (issue 8, hostile input round 3). Postfix's
 * readllines() keeps the byte, but every reader of the line takes it as a C string: the rest of the
 * logical line, continuation lines included, is ignored without a word. Before the fix we read past
 * the NUL, so a service line "submission ... smtpd<NUL>" followed by "-o smtpd_tls_security_level=encrypt"
 * counted as requiring TLS while real Postfix never applies that option. Checked against the real
 * postconf 3.7 and through the CLI's verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { runPostconf } from '../../src/postconf/command.js';
import { execFile } from 'node:child_process';
import { distinctMessages, POSTCONF, postconfUnavailable } from '../support/postconf.js';

function realPostconf(args: string[]): Promise<{ stdout: Buffer; stderr: string; status: number }> {
  return new Promise((resolve) => {
    execFile(POSTCONF as string, args, { encoding: 'buffer', env: { PATH: '/usr/bin:/bin', LANG: 'C' } }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ stdout, stderr: stderr.toString('latin1'), status });
    });
  });
}

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-nul-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function configDir(main: string, master?: string): string {
  const dir = path.join(base, `c${n++}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'main.cf'), main, 'latin1');
  if (master !== undefined) writeFileSync(path.join(dir, 'master.cf'), master, 'latin1');
  // postconf reads a file again while its time stamp is the current second.
  for (const f of ['main.cf', 'master.cf']) if (f === 'main.cf' || master !== undefined) utimesSync(path.join(dir, f), 1e9, 1e9);
  return dir;
}

/** Distinct messages; a fatal one names the program by its path ("/usr/sbin/postconf: fatal: ..."). */
const messages = (stderr: string): string[] => distinctMessages(stderr.replace(/^\S*postconf: /gm, 'postconf: '));

const MASTER = 'smtp inet n - y - - smtpd\n';
const CASES: Record<string, [string, string?]> = {
  'value cut at the NUL': ['smtpd_tls_security_level = encrypt\0 none\n', MASTER],
  'continuation lines after the NUL are dropped too': ['smtpd_tls_protocols = TLSv1.2\0junk\n  , TLSv1.3\nsmtpd_tls_ciphers = high\n', MASTER],
  'a NUL inside the name leaves a name without "="': ['smtpd_tls\0_security_level = may\n', MASTER],
  'a line that starts with a NUL has no name': ['smtpd_tls_security_level = may\n\0junk\n', MASTER],
  'master.cf: -o options after the NUL are not applied': [
    'smtpd_tls_security_level = may\n',
    'smtp inet n - y - - smtpd -o smtpd_tls_security_level=encrypt\0 -o smtpd_tls_protocols=TLSv1.3\nsubmission inet n - y - - smtpd\0\n  -o smtpd_tls_security_level=encrypt\n',
  ],
  'master.cf: a NUL in the service name cuts the fields short': ['smtpd_tls_security_level = may\n', 'sub\0mission inet n - y - - smtpd\n'],
};

describe.skipIf(postconfUnavailable())('NUL characters: our postconf equals the real postconf 3.7', () => {
  it.each(Object.entries(CASES))('%s', async (_label, [main, master]) => {
    const dir = configDir(main, master);
    const flagSets = [['-n'], ['-nx'], ['-M'], ['-P'], ['-F']];
    // Concurrently: a fatal postconf sleeps a second before it exits.
    const reals = await Promise.all(flagSets.map((flags) => realPostconf(['-c', dir, ...flags])));
    for (const [k, flags] of flagSets.entries()) {
      const real = reals[k] as Awaited<ReturnType<typeof realPostconf>>;
      const ours = runPostconf(['-c', dir, ...flags]);
      expect(Buffer.from(ours.stdout).toString('latin1'), flags.join(' ')).toBe(real.stdout.toString('latin1'));
      expect(ours.exitCode, flags.join(' ')).toBe(real.status);
      expect(messages(ours.stderr), flags.join(' ')).toEqual(messages(real.stderr));
    }
  });
});

describe('NUL characters in a scan', () => {
  it('an -o option hidden behind a NUL does not make submission require TLS, and the NUL is reported with its line', async () => {
    const root = path.join(base, `scan${n++}`);
    mkdirSync(path.join(root, 'mail'), { recursive: true });
    writeFileSync(path.join(root, 'mail/main.cf'), 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_auth_only = yes\nsmtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n');
    writeFileSync(path.join(root, 'mail/master.cf'), 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\0\n  -o smtpd_tls_security_level=encrypt\n');
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    const json = JSON.parse(String(r.stdout)) as { findings: { ruleId: string; service?: string }[]; configSets: { diagnostics: { code: string; file: string; line: number; column: number }[] }[] };
    expect(json.findings.filter((f) => f.service === 'submission/inet').map((f) => f.ruleId)).toContain('submission-tls-not-required');
    const diagnostics = json.configSets.flatMap((s) => s.diagnostics);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'master-cf/nul-character', file: 'mail/master.cf', line: 2, column: 32 }));
    const text = String((await runCli(['scan', '.', '--fail-on', 'never'], root)).stdout);
    expect(text).toMatch(/mail\/master\.cf:2:32: warning: This line holds a NUL character: Postfix reads a line only up to a NUL, so it silently ignores the rest of the line and its continuation lines\. \[master-cf\/nul-character\]/);
  });

  it('main.cf: the value Postfix uses is the part before the NUL', async () => {
    const root = path.join(base, `scan${n++}`);
    mkdirSync(root);
    // Postfix reads "encrypt": no invalid-level error, and port 25 requiring TLS is what it judges.
    writeFileSync(path.join(root, 'main.cf'), 'smtpd_tls_cert_file = /etc/ssl/mail.pem\nsmtpd_tls_security_level = encrypt\0 junk\n');
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    const json = JSON.parse(String(r.stdout)) as { findings: { ruleId: string }[]; configSets: { parameters: { name: string; value: string }[]; diagnostics: { code: string; line: number }[] }[] };
    expect(json.findings.map((f) => f.ruleId)).not.toContain('invalid-security-level');
    expect(json.configSets[0]?.parameters.find((p) => p.name === 'smtpd_tls_security_level')?.value).toBe('encrypt');
    expect(json.configSets[0]?.diagnostics).toContainEqual(expect.objectContaining({ code: 'main-cf/nul-character', line: 2 }));
  });
});
