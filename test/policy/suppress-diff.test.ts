/** Inline suppressions, baselines, --diff and --fix. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const repo = path.resolve(__dirname, '../..');
const text = (r: { stdout: string | Buffer }) => r.stdout.toString();
let dir: string;
const master = () => path.join(dir, 'repo/mail-stack/postfix/master.cf');
const json = async (...args: string[]) => JSON.parse(text(await runCli(['scan', 'repo', '--format', 'json', ...args], dir)));

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-suppress-'));
  cpSync(path.join(repo, 'examples'), path.join(dir, 'repo'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inline suppressions', () => {
  it('a comment line above the setting suppresses that rule there; one that matches nothing is reported', async () => {
    const t = readFileSync(master(), 'utf8');
    writeFileSync(master(), t.replace('  -o smtpd_sasl_auth_enable=yes\n', '# postfix-tls-audit: ignore auth-before-tls -- clients on the LAN only\n  -o smtpd_sasl_auth_enable=yes\n').replace('smtps     inet', '# postfix-tls-audit: ignore protocol-floor -- nothing to ignore\nsmtps     inet'));
    const j = await json();
    expect(j.findings.some((f: { ruleId: string }) => f.ruleId === 'auth-before-tls')).toBe(false);
    const unused = j.findings.filter((f: { ruleId: string }) => f.ruleId === 'unused-suppression');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ file: 'mail-stack/postfix/master.cf', severity: 'warning' });
    expect(readFileSync(master(), 'utf8').split('\n')[unused[0].line - 1]).toContain('ignore protocol-floor');
  });
});

describe('baselines', () => {
  it('an earlier JSON report suppresses its findings, also after lines moved; new findings still show', async () => {
    writeFileSync(path.join(dir, 'baseline.json'), text(await runCli(['scan', 'repo', '--format', 'json'], dir)));
    const t = readFileSync(master(), 'utf8');
    writeFileSync(master(), `# moved\n${t}`);
    const j = await json('--baseline', 'baseline.json');
    expect(j.findings).toEqual([]);
    expect((await runCli(['scan', 'repo', '--baseline', 'baseline.json'], dir)).exitCode).toBe(0);
    writeFileSync(path.join(dir, 'repo/good/main.cf'), `${readFileSync(path.join(dir, 'repo/good/main.cf'), 'utf8')}smtpd_tls_eecdh_grade = ultra\n`);
    expect((await json('--baseline', 'baseline.json')).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['deprecated-parameter']);
    writeFileSync(path.join(dir, 'bad.json'), '{"x": 1}');
    expect((await runCli(['scan', 'repo', '--baseline', 'bad.json'], dir)).exitCode).toBe(2);
  });
});

describe('--diff and --fix', () => {
  it('--diff prints one unified diff that git apply accepts; --fix writes it and the re-scan has no errors', async () => {
    const d = await runCli(['scan', 'repo', '--diff'], dir);
    expect(d.exitCode).toBe(1);
    const diff = text(d);
    expect(diff).toMatch(/^--- a\/mail-stack\/postfix\/main\.cf\n\+\+\+ b\/mail-stack\/postfix\/main\.cf\n/);
    expect(diff).toContain('+  -o smtpd_tls_auth_only=yes\n');
    writeFileSync(path.join(dir, 'fix.diff'), diff);
    const check = spawnSync('git', ['apply', '--check', '--directory=repo', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);

    const f = await runCli(['scan', 'repo', '--fix'], dir);
    expect(f.stderr).toMatch(/applied 8 fix\(es\) to 2 file\(s\)/);
    const after = await runCli(['scan', 'repo', '--format', 'json'], dir);
    expect(after.exitCode).toBe(0);
    expect(JSON.parse(text(after)).findings.filter((x: { severity: string }) => x.severity !== 'notice').map((x: { ruleId: string }) => x.ruleId)).toEqual([]);
    expect(text(await runCli(['scan', 'repo', '--diff'], dir))).toBe('');
  });

  it.skipIf(postconfUnavailable())('real postconf reads the fixed example with no new warning', async () => {
    const set = path.join(dir, 'repo/mail-stack/postfix');
    const warnings = () => runRealPostconf(['-c', set, '-n']).stderr.split('\n').filter(Boolean);
    const before = new Set(warnings());
    await runCli(['scan', 'repo', '--fix'], dir);
    expect(warnings().filter((w) => !before.has(w))).toEqual([]);
    expect(runRealPostconf(['-c', set, '-P', 'submission/inet/smtpd_tls_security_level']).stdout.toString()).toBe('submission/inet/smtpd_tls_security_level = encrypt\n');
  });
});
