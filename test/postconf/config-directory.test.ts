/**
 * config_directory in `postconf -n`: pcf_set_config_dir() enters it into the main.cf dictionary only when
 * MAIL_CONFIG names the directory (`-c DIR` sets MAIL_CONFIG). Plain `postconf -n` on /etc/postfix does not
 * list it; the emulation used to list it always.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPostconf } from '../../src/postconf/command.js';
import { POSTCONF, postconfUnavailable } from '../support/postconf.js';

const skip = postconfUnavailable();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-config-dir-'));
  writeFileSync(path.join(dir, 'main.cf'), 'smtpd_tls_security_level = may\n');
  writeFileSync(path.join(dir, 'master.cf'), 'smtp inet n - y - - smtpd\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real postconf with a clean environment plus `env`. */
function real(args: string[], env: Record<string, string> = {}): string {
  return spawnSync(POSTCONF as string, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', ...env } }).stdout.toString('latin1');
}

/** The emulation with MAIL_CONFIG as given (undefined: unset). */
function ours(args: string[], mailConfig: string | undefined): string {
  const saved = process.env.MAIL_CONFIG;
  if (mailConfig === undefined) delete process.env.MAIL_CONFIG;
  else process.env.MAIL_CONFIG = mailConfig;
  try {
    return runPostconf(args).stdout.toString('latin1');
  } finally {
    if (saved === undefined) delete process.env.MAIL_CONFIG;
    else process.env.MAIL_CONFIG = saved;
  }
}

describe.skipIf(skip !== undefined)('config_directory in postconf -n', () => {
  it('-c DIR: listed, as postconf lists it', () => {
    const r = real(['-c', dir, '-n']);
    expect(r).toContain(`config_directory = ${dir}\n`);
    expect(ours(['-c', dir, '-n'], undefined)).toBe(r);
  });

  it('MAIL_CONFIG=DIR: listed, as postconf lists it', () => {
    const r = real(['-n'], { MAIL_CONFIG: dir });
    expect(r).toContain(`config_directory = ${dir}\n`);
    expect(ours(['-n'], dir)).toBe(r);
  });

  it.skipIf(!existsSync('/etc/postfix/main.cf'))('neither: /etc/postfix is read and config_directory is not listed, as postconf does', () => {
    const r = real(['-n']);
    expect(r).not.toContain('config_directory =');
    expect(ours(['-n'], undefined)).toBe(r);
    // Its value is still the default wherever it is asked for.
    expect(ours(['-h', 'config_directory'], undefined)).toBe(real(['-h', 'config_directory']));
  });
});
