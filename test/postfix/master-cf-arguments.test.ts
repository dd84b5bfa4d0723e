/**
 * Which daemons die on a non-option argument in master.cf (Debian 3.7.11 binaries: only those whose
 * code has "unexpected command-line argument"), and -o options that getopt never reaches.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';

function codes(text: string): string[] {
  return parseMasterCf(makeSource('master.cf', text)).diagnostics.map((d) => `${d.severity} ${d.code}`);
}

describe('non-option arguments in master.cf', () => {
  it('smtpd dies on one (reference §2.3, LAB p10017), and later -o are named as not applied', () => {
    const master = parseMasterCf(makeSource('master.cf', 'submission inet n - n - - smtpd -o smtpd_tls_protocols=!SSLv2, !SSLv3 -o smtpd_tls_auth_only=yes\n'));
    const d = master.diagnostics.find((x) => x.code === 'master-cf/unexpected-argument');
    expect(d?.severity).toBe('error');
    expect(d?.postfixMessage).toBe('unexpected command-line argument: !SSLv3');
    expect(d?.message).toContain('use -o { name = value, more }');
    expect(d?.message).toContain('The 1 later -o option(s) are not applied');
    expect(master.services[0]?.options.map((o) => o.name)).toEqual(['smtpd_tls_protocols']);
  });

  it('lmtp with an argument keeps running in 3.7 (mailcow: "lmtp flags=O"), so it is no error', () => {
    expect(codes('lmtp unix - - n - - lmtp flags=O\n')).toEqual([]);
  });

  it('an smtp client with options after an argument gets a warning on the first lost -o', () => {
    const master = parseMasterCf(makeSource('master.cf', 'relay unix - - n - - smtp extra -o smtp_tls_security_level=encrypt\n'));
    expect(master.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning master-cf/options-after-argument']);
    expect(master.diagnostics[0]?.span?.start.column).toBe(33); // the "-o" after "extra"
    expect(master.services[0]?.options).toEqual([]);
  });

  it('pipe takes its arguments by design', () => {
    expect(codes('dovecot unix - n n - - pipe flags=DRhu user=vmail argv=/usr/lib/dovecot/deliver -d ${recipient}\n')).toEqual([]);
  });

  const sbin = '/usr/lib/postfix/sbin';
  it.skipIf(!existsSync(`${sbin}/smtpd`))('matches which 3.7 binaries contain the message', () => {
    const has = (daemon: string) => execFileSync('grep', ['-c', 'unexpected command-line argument', `${sbin}/${daemon}`], { encoding: 'utf8' }).trim() !== '0';
    const safeHas = (daemon: string) => { try { return has(daemon); } catch { return false; } };
    expect(['smtpd', 'tlsproxy', 'qmgr', 'cleanup'].map(safeHas)).toEqual([true, true, true, true]);
    expect(['smtp', 'lmtp', 'postscreen', 'pipe', 'spawn'].map(safeHas)).toEqual([false, false, false, false, false]);
    expect(codes('x unix - - n - - tlsproxy junk\n')).toEqual(['error master-cf/unexpected-argument']);
    expect(codes('x unix - - n - - postscreen junk\n')).toEqual([]);
  });
});
