/**
 * An argument in master.cf that starts with "{" and does not close ("-o { smtpd_tls_security_level =
 * encrypt"): postconf only warns ("missing '}'"), so the model used to apply the option. The real 3.7
 * master daemon refuses the whole file at start-up ("fatal: .../master.cf: line N: missing '}' in ...",
 * the same for "syntax error after '}'") and nothing runs; a service that master_service_disable turns
 * off is not read that far. Real Postfix (a throw-away instance, test/support/live-postfix.ts); skips
 * without it, runs under CI=true.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { livePostfixUnavailable, startLivePostfix, waitForListeners, type LivePostfix } from '../support/live-postfix.js';

const skip = livePostfixUnavailable();

const UNBALANCED = '-o syslog_name=brace -o { smtpd_tls_security_level = encrypt';
const TRAILING = '-o syslog_name=brace -o {smtpd_tls_security_level=encrypt}x';

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-master-brace-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/**
 * Start a real Postfix with one good listener and a unix service "braces" with `args` (a unix service,
 * so that master_service_disable can name it before the ports are known); the error when it fails.
 */
async function start(args: string, mainCf: string[] = []): Promise<{ instance?: LivePostfix; error?: string }> {
  try {
    const instance = await startLivePostfix({
      portCount: 1,
      masterCf: ([good]) => [`127.0.0.1:${good} inet n - n - - smtpd -o syslog_name=good`, `braces unix - - n - - smtpd ${args}`],
      mainCf: () => mainCf,
    });
    return { instance };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Start, check the good listener answers, stop. */
async function startsAndAnswers(args: string, mainCf: string[] = []): Promise<void> {
  const started = await start(args, mainCf);
  expect(started.error).toBeUndefined();
  try {
    await waitForListeners(started.instance!.ports);
  } finally {
    await started.instance!.stop();
  }
}

/** Our verdict on the same files. */
async function scan(args: string, mainCf = '') {
  const dir = mkdtempSync(path.join(base, 'scan-'));
  writeFileSync(path.join(dir, 'main.cf'), `smtpd_tls_security_level = may\n${mainCf}`);
  writeFileSync(path.join(dir, 'master.cf'), `127.0.0.1:2525 inet n - n - - smtpd -o syslog_name=good\nbraces unix - - n - - smtpd ${args}\n`);
  const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], dir);
  return (JSON.parse(String(r.stdout)) as { findings: { ruleId: string; message: string; line: number }[] }).findings;
}

describe.skipIf(skip)('an unbalanced "{" argument in master.cf, against the real master daemon', () => {
  it.each([
    ['missing }', UNBALANCED],
    ['text after }', TRAILING],
  ])('%s: master refuses the whole file (nothing starts), and so do we', async (_name, args) => {
    const started = await start(args);
    await started.instance?.stop();
    expect(started.instance).toBeUndefined();
    expect(started.error).toMatch(/postfix start failed/);

    const refused = (await scan(args)).filter((f) => f.ruleId === 'config-refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.line).toBe(2);
    expect(refused[0]!.message).toMatch(/^master\(8\) refuses the whole master\.cf at start-up \(line 2: (missing '}'|syntax error after '}') in "/);
  }, 120_000);

  it('the service turned off by master_service_disable: master starts and the listener answers; no refusal', async () => {
    await startsAndAnswers(UNBALANCED, ['master_service_disable = braces/unix']);
    expect((await scan(UNBALANCED, 'master_service_disable = braces/unix\n')).filter((f) => f.ruleId === 'config-refused')).toEqual([]);
  }, 120_000);

  it('balanced braces: master starts (control), no refusal', async () => {
    const args = '-o syslog_name=brace -o { smtpd_tls_security_level = none }';
    await startsAndAnswers(args);
    expect((await scan(args)).filter((f) => f.ruleId === 'config-refused')).toEqual([]);
  }, 120_000);
});
