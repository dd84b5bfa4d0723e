/** Findings point at the line that decides (issue 5 item 4), checked on cases the corpus review found. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import type { Finding } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function judge(main: string, master: string): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pta-locations-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'postfix'));
  writeFileSync(path.join(dir, 'postfix/main.cf'), main);
  writeFileSync(path.join(dir, 'postfix/master.cf'), master);
  const policy = policyFromProfile('baseline')!;
  const scan = await scanRepository(dir, {});
  return evaluatePolicy(scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy))), policy, undefined, { verifyFixes: false });
}

const MAIN = 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = yes\n';

describe('auth-before-tls points at what lets AUTH out before TLS', () => {
  it('an explicit "-o smtpd_tls_auth_only=no" (mailcow 588/590/591)', async () => {
    const fs = await judge(MAIN, 'smtp inet n - y - - smtpd\n588 inet n - n - - smtpd\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n  -o smtpd_tls_auth_only=no\n');
    const f = fs.filter((x) => x.ruleId === 'auth-before-tls');
    expect(f.map((x) => `${x.service} ${x.file}:${x.line}`)).toEqual(['588/inet postfix/master.cf:4']);
  });

  it('SASL enabled in main.cf and smtpd_tls_auth_only left at its default: the line that enables SASL (port 25 too)', async () => {
    const fs = await judge(MAIN.replace('smtpd_tls_auth_only = yes\n', ''), 'smtp inet n - y - - smtpd\n');
    const f = fs.filter((x) => x.ruleId === 'auth-before-tls');
    expect(f.map((x) => `${x.service} ${x.role} ${x.file}:${x.line}`)).toEqual(['smtp/inet mx postfix/main.cf:3']);
  });
});
