/**
 * Two invalid booleans in one main.cf (issue 8, noticed in session 6): only the first was reported, and
 * its fix was withheld, because fixing it revealed the second (a "new" problem). Real Postfix 3.7.11
 * behaves so: smtpd stops at the first bad boolean of its parameter table ("fatal: bad boolean
 * configuration: smtpd_tls_auth_only = true"), and once that one is fixed at the next
 * ("... smtpd_tls_ask_ccert = 1"); each alone kills the service (postfix-semantics §1.6, LAB p10053).
 * Now each is reported with its own fix, and the combined diff fixes both. Real postconf (which does
 * not check booleans at all) and a real Postfix instance; both skip without Postfix and run under CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';
import { livePostfixUnavailable, smtpDialogue, startLivePostfix, waitForListeners } from '../support/live-postfix.js';

const BAD = ['smtpd_tls_auth_only = true', 'smtpd_tls_ask_ccert = 1'];
const MAIN = `smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\n${BAD.join('\n')}\n`;

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-two-booleans-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A git repository holding main.cf; returns its folder. */
function repository(main: string): string {
  const dir = mkdtempSync(path.join(base, 'repo-'));
  writeFileSync(path.join(dir, 'main.cf'), main);
  execFileSync('git', ['init', '-q', '.'], { cwd: dir });
  return dir;
}

interface JsonFinding {
  ruleId: string;
  line: number;
  fix?: { description: string };
}

async function findings(dir: string): Promise<JsonFinding[]> {
  const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], dir);
  return (JSON.parse(String(r.stdout)) as { findings: JsonFinding[] }).findings;
}

/** main.cf fixed by our --diff, applied with git apply. */
async function fixedByDiff(main: string): Promise<{ text: string; stderr: string }> {
  const dir = repository(main);
  const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], dir);
  const applied = spawnSync('git', ['apply', '-'], { cwd: dir, input: String(r.stdout), encoding: 'utf8' });
  expect(applied.status, applied.stderr).toBe(0);
  return { text: readFileSync(path.join(dir, 'main.cf'), 'utf8'), stderr: String(r.stderr) };
}

describe('two invalid booleans in one main.cf', () => {
  it('each is reported with its own fix, and the diff fixes both; the re-scan has none left', async () => {
    const dir = repository(MAIN);
    const bad = (await findings(dir)).filter((f) => f.ruleId === 'invalid-boolean');
    expect(bad.map((f) => [f.line, f.fix?.description])).toEqual([
      [3, 'Set smtpd_tls_auth_only = yes (Postfix reads only yes/no)'],
      [4, 'Set smtpd_tls_ask_ccert = yes (Postfix reads only yes/no)'],
    ]);
    const fixed = await fixedByDiff(MAIN);
    expect(fixed.stderr).toBe('');
    expect(fixed.text).toBe(MAIN.replace('= true', '= yes').replace('= 1', '= yes'));
    writeFileSync(path.join(dir, 'main.cf'), fixed.text);
    expect((await findings(dir)).filter((f) => f.ruleId === 'invalid-boolean')).toEqual([]);
  });

  it('one of them without a clear repair ("maybe"): both reported, the other one still fixed', async () => {
    const main = MAIN.replace('smtpd_tls_ask_ccert = 1', 'smtpd_tls_ask_ccert = maybe');
    const bad = (await findings(repository(main))).filter((f) => f.ruleId === 'invalid-boolean');
    expect(bad.map((f) => [f.line, f.fix?.description])).toEqual([
      [3, 'Set smtpd_tls_auth_only = yes (Postfix reads only yes/no)'],
      [4, undefined],
    ]);
    expect((await fixedByDiff(main)).text).toBe(main.replace('= true', '= yes'));
  });

  it.skipIf(postconfUnavailable() !== undefined)('real postconf reads both bad values without a word (only the daemon refuses them), and the fixed ones as yes', async () => {
    const dir = repository(MAIN);
    const before = runRealPostconf(['-c', dir, '-n', 'smtpd_tls_auth_only', 'smtpd_tls_ask_ccert']);
    expect(before.stdout.toString()).toBe('smtpd_tls_auth_only = true\nsmtpd_tls_ask_ccert = 1\n');
    // (Its only word is about the missing master.cf.)
    expect(before.stderr).not.toMatch(/boolean configuration|smtpd_tls_/);
    writeFileSync(path.join(dir, 'main.cf'), (await fixedByDiff(MAIN)).text);
    expect(runRealPostconf(['-c', dir, '-n', 'smtpd_tls_auth_only', 'smtpd_tls_ask_ccert']).stdout.toString()).toBe('smtpd_tls_auth_only = yes\nsmtpd_tls_ask_ccert = yes\n');
  });
});

const liveSkip = livePostfixUnavailable();

describe.skipIf(liveSkip !== undefined)('two invalid booleans on a real Postfix', () => {
  /** Start an instance whose main.cf ends with `lines`; the listener's greeting and the log's fatal lines. */
  async function observe(lines: string[]): Promise<{ greeting: string; fatal: string[] }> {
    const live = await startLivePostfix({ portCount: 1, masterCf: ([port]) => [`127.0.0.1:${port} inet n - n - - smtpd -o syslog_name=bools`], mainCf: () => lines });
    try {
      await waitForListeners(live.ports);
      const d = await smtpDialogue(live.ports[0]!, false, 4000);
      return { greeting: d.greeting, fatal: live.log().split('\n').filter((l) => / fatal: /.test(l)).map((l) => l.replace(/^.* fatal: /, '')) };
    } finally {
      await live.stop();
    }
  }

  it('smtpd dies at the first (then at the second once the first is fixed); after our diff it greets', async () => {
    const both = await observe(BAD);
    expect(both.greeting).not.toBe('banner');
    expect([...new Set(both.fatal)]).toEqual(['bad boolean configuration: smtpd_tls_auth_only = true']);
    const second = await observe(['smtpd_tls_auth_only = yes', BAD[1]!]);
    expect(second.greeting).not.toBe('banner');
    expect([...new Set(second.fatal)]).toEqual(['bad boolean configuration: smtpd_tls_ask_ccert = 1']);
    const fixed = (await fixedByDiff(MAIN)).text.split('\n').filter((l) => /^smtpd_tls_(auth_only|ask_ccert) /.test(l));
    const after = await observe(fixed);
    expect(after.greeting).toBe('banner');
    expect(after.fatal).toEqual([]);
  }, 180_000);
});
