/**
 * A config set without master.cf uses Postfix's stock master.cf, which is no file of the repository.
 * Findings then point at the main.cf line of the parameter whose value is judged, or, when that
 * parameter is missing (a default decides), at the last line of main.cf, where the fix adds it; the
 * message says that the service comes from the stock master.cf.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import type { ConfigSetModel } from '../../src/model/types.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import type { Finding } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';

const SETS: Record<string, string> = {
  // Legacy boolean turns TLS on; no protocol settings: the floor of a strict profile is missed by a default.
  legacy: '# Debian-style\nsmtpd_use_tls = yes\nsmtpd_tls_cert_file = /etc/ssl/certs/ssl-cert-snakeoil.pem\nsmtpd_tls_key_file = /etc/ssl/private/ssl-cert-snakeoil.key\nsmtp_tls_security_level = may\nmyhostname = mail.example.org\n\n',
  // Everything the rules judge is set in main.cf.
  explicit: 'smtpd_tls_security_level = encrypt\nsmtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_mandatory_protocols = TLSv1, TLSv1.1, TLSv1.2\nsmtpd_sasl_auth_enable = yes\nsmtp_tls_security_level = may\nsmtp_tls_mandatory_protocols = !SSLv2, !SSLv3\nsmtpd_tls_mandatory_ciphers = null\n',
  // TLS on, no certificate; an invalid list; the level is a typo.
  broken: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = TLSv1.0\nlmtp_tls_security_level = requried\nsmtpd_sasl_auth_enable = yes\n',
};

/** Rules whose message does not name the stock master.cf yet (their files are being changed by another helper). */
const NOTE_PENDING: string[] = [];

let dir: string;
const models = new Map<string, ConfigSetModel>();
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-stock-master-'));
  for (const [name, text] of Object.entries(SETS)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'main.cf'), text);
  }
  const scan = await scanRepository(dir, {});
  for (const s of scan.sets) models.set(s.set.directory, buildConfigSetModel(s, modelOptionsFor(policyFromProfile()!)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function judge(set: string, profile: string): Finding[] {
  const model = models.get(set)!;
  expect(model.loaded.masterIsStock).toBe(true);
  return evaluatePolicy([model], policyFromProfile(profile)!);
}
const lines = (set: string) => SETS[set]!.replace(/\n+$/, '').split('\n');
const lineOf = (set: string, name: string) => lines(set).findIndex((l) => l.startsWith(`${name} `)) + 1;

describe('findings on services of the stock master.cf', () => {
  it('every finding points into main.cf: at a setting the service reads, or at its last line with a note', () => {
    for (const set of Object.keys(SETS)) {
      for (const profile of ['baseline', 'ncsc-nl-2025', 'tlsref-intermediate']) {
        const last = lines(set).length;
        for (const f of judge(set, profile)) {
          const where = `${set} ${profile} ${f.ruleId} ${f.line}: ${f.message}`;
          expect(f.file, where).toBe(`${set}/main.cf`);
          expect(f.line, where).toBeGreaterThanOrEqual(1);
          expect(f.line, where).toBeLessThanOrEqual(last);
          if (f.service === null) continue;
          const text = lines(set)[f.line - 1]!;
          const name = /^([a-z0-9_]+) =/.exec(text)?.[1];
          if (f.line === last && !(name && f.message.includes(name))) {
            // A default decides: the anchor is where the fix would add the setting.
            if (!NOTE_PENDING.includes(f.ruleId)) expect(f.message, where).toMatch(/stock master\.cf/);
          } else {
            // The line sets a parameter the service reads.
            expect(name, where).toMatch(/^(smtpd?|lmtp|tls)_/);
          }
        }
      }
    }
  });

  it('a default that misses the floor: the end of main.cf, where the fix adds the parameter', () => {
    const fs = judge('legacy', 'ncsc-nl-2025');
    const floor = fs.find((f) => f.ruleId === 'protocol-floor' && f.service === 'smtp/inet')!;
    expect(floor).toMatchObject({ file: 'legacy/main.cf', line: 6, role: 'mx' });
    expect(floor.message).toContain('smtp/inet is a service of Postfix\'s stock master.cf');
    expect(floor.fix?.edits[0]).toMatchObject({ file: 'legacy/main.cf', replacement: 'smtpd_tls_protocols = >=TLSv1.2\n' });
    const client = fs.find((f) => f.ruleId === 'protocol-floor' && f.service === 'smtp/unix')!;
    expect(client).toMatchObject({ file: 'legacy/main.cf', line: 6, role: 'client-smtp', severity: 'warning' });
  });

  it('a value set in main.cf: the line that sets it', () => {
    const fs = judge('explicit', 'baseline');
    const at = (rule: string) => fs.filter((f) => f.ruleId === rule).map((f) => `${f.service} ${f.line}`);
    expect(at('mx-requires-tls')).toEqual([`smtp/inet ${lineOf('explicit', 'smtpd_tls_security_level')}`]);
    expect(at('weak-cipher-suites')).toContain(`smtp/inet ${lineOf('explicit', 'smtpd_tls_mandatory_ciphers')}`);
    expect(at('protocol-floor')).toContain(`smtp/unix ${lineOf('explicit', 'smtp_tls_mandatory_protocols')}`);
  });

  it('model diagnostics of a stock service: the main.cf value, else the end of main.cf, named as stock', () => {
    const fs = judge('broken', 'baseline');
    const invalid = fs.find((f) => f.ruleId === 'invalid-protocol-list')!;
    expect(invalid).toMatchObject({ file: 'broken/main.cf', line: lineOf('broken', 'smtpd_tls_protocols') });
    const level = fs.find((f) => f.ruleId === 'invalid-security-level')!;
    expect(level).toMatchObject({ file: 'broken/main.cf', line: lineOf('broken', 'lmtp_tls_security_level') });
    const cert = fs.find((f) => f.ruleId === 'no-certificate')!;
    expect(cert).toMatchObject({ file: 'broken/main.cf', line: lines('broken').length, service: 'smtp/inet' });
    expect(cert.message).toMatch(/stock master\.cf/);
  });
});
