/**
 * Access to the real Postfix `postconf`, the oracle of the differential tests.
 * Without it the tests skip with a printed reason, except under CI=true where they must run.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/sbin/postconf', '/usr/local/sbin/postconf', '/usr/bin/postconf'];

export const POSTCONF: string | undefined = CANDIDATES.find((p) => existsSync(p));

export const POSTCONF_VERSION: string | undefined = (() => {
  if (!POSTCONF) return undefined;
  try {
    return execFileSync(POSTCONF, ['-h', 'mail_version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();

/** Reason the real postconf cannot be used, or undefined when it can. Throws under CI. */
export function postconfUnavailable(): string | undefined {
  let reason: string | undefined;
  if (!POSTCONF) reason = 'postconf not found (install Debian package "postfix")';
  else if (!POSTCONF_VERSION?.startsWith('3.7.')) reason = `postconf is ${POSTCONF_VERSION}, the oracle must be 3.7`;
  if (reason && process.env.CI === 'true') {
    throw new Error(`CI=true but the real postconf is unusable: ${reason}`);
  }
  if (reason) console.warn(`[skip] differential tests against real postconf: ${reason}`);
  return reason;
}

export interface RealResult {
  stdout: Buffer;
  stderr: string;
  status: number;
}

/** Run the real postconf with the given arguments (always pass -c DIR yourself). */
export function runRealPostconf(args: string[]): RealResult {
  if (!POSTCONF) throw new Error('postconf is not installed');
  const r = spawnSync(POSTCONF, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C' } });
  return { stdout: r.stdout, stderr: r.stderr.toString('latin1'), status: r.status ?? -1 };
}

/** What real postconf gave, and its process id (the messages of a msg_fatal() name it). */
export interface RealRun extends RealResult {
  pid: number;
}

/**
 * Real postconf, asynchronously: its msg_fatal() sleeps a second before exiting, so cases that run
 * concurrently overlap those sleeps (always pass -c DIR yourself).
 */
export function runRealPostconfAsync(args: string[]): Promise<RealRun> {
  return new Promise((resolve, reject) => {
    if (!POSTCONF) throw new Error('postconf is not installed');
    const child = spawn(POSTCONF, args, { argv0: 'postconf', env: { PATH: '/usr/bin:/bin', LANG: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('latin1'), status: code ?? -1, pid: child.pid ?? 0 }),
    );
  });
}

/**
 * The distinct "postconf: warning: ..." / "postconf: fatal: ..." lines. Real postconf re-reads
 * main.cf several times and repeats warnings, so tests compare the set, not the count.
 */
export function distinctMessages(stderr: string): string[] {
  return [...new Set(stderr.split('\n').filter((l) => l.length > 0))].sort();
}
