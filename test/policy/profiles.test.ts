/** The built-in profiles judge the same configs differently, as their sources say. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import { PROFILE_IDS } from '../../src/policy/profiles/index.js';
import type { Finding } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';

let dir: string;
const CERT = 'smtpd_tls_chain_files = /etc/ssl/private/mail.pem\n';
const MASTER = 'smtp      inet  n       -       y       -       -       smtpd\nsubmission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_sasl_auth_enable=yes\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-profiles-'));
  const set = (name: string, main: string, master = MASTER) => {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'main.cf'), main);
    writeFileSync(path.join(dir, name, 'master.cf'), master);
  };
  // Postfix 3.7 defaults for everything but the certificate and the levels.
  set('defaults', `${CERT}smtpd_tls_security_level = may\n`);
  // TLS 1.2 + 1.3 everywhere, ECDHE + AEAD only, the TLSRef groups OpenSSL 3.0 has.
  set('intermediate', `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtpd_tls_ciphers = medium\nsmtpd_tls_mandatory_ciphers = medium\ntls_medium_cipherlist = ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305\ntls_eecdh_auto_curves = X25519 prime256v1 secp384r1\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function judge(set: string, profile: string): Promise<Finding[]> {
  const policy = policyFromProfile(profile)!;
  const scan = await scanRepository(path.join(dir, set), {});
  return evaluatePolicy(scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy))), policy);
}
const rulesOf = (fs: Finding[], service?: string) => [...new Set(fs.filter((f) => service === undefined || f.service === service).map((f) => f.ruleId))].sort();

describe('built-in profiles', () => {
  it('baseline: port 25 keeps old TLS (opportunistic); submission needs TLS 1.2+', async () => {
    const fs = await judge('defaults', 'baseline');
    expect(rulesOf(fs, 'smtp/inet')).toEqual([]);
    const floor = fs.find((f) => f.ruleId === 'protocol-floor');
    expect(floor).toMatchObject({ service: 'submission/inet', role: 'submission', severity: 'error', file: 'master.cf', line: 2 });
    expect(floor!.message).toContain('TLSv1, TLSv1.1');
    expect(floor!.fix!.edits[0]).toMatchObject({ file: 'master.cf', replacement: '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n' });
  });

  it('tlsref-intermediate: the floor reaches port 25 too, and the default cipher list is too wide', async () => {
    const fs = await judge('defaults', 'tlsref-intermediate');
    expect(fs.filter((f) => f.ruleId === 'protocol-floor').map((f) => f.service).sort()).toEqual(['smtp/inet', 'submission/inet']);
    expect(fs.filter((f) => f.ruleId === 'weak-cipher-suites').map((f) => f.service).sort()).toEqual(['smtp/inet', 'submission/inet']);
    expect(rulesOf(await judge('intermediate', 'tlsref-intermediate'))).toEqual([]);
  });

  it('tlsref-modern: TLS 1.2 is below its floor', async () => {
    const fs = await judge('intermediate', 'tlsref-modern');
    expect(fs.filter((f) => f.ruleId === 'protocol-floor').map((f) => f.service).sort()).toEqual(['smtp/inet', 'submission/inet']);
    expect(fs.find((f) => f.service === 'submission/inet' && f.ruleId === 'protocol-floor')!.message).toContain('needs TLSv1.3');
  });

  it('ncsc-nl-2025 and bsi-tr-02102-2 reject what intermediate allows differently (CHACHA20 for BSI)', async () => {
    expect(rulesOf(await judge('intermediate', 'ncsc-nl-2025'))).toEqual([]);
    const bsi = (await judge('intermediate', 'bsi-tr-02102-2')).filter((f) => f.ruleId === 'weak-cipher-suites');
    expect(bsi.length).toBe(2);
    expect(bsi[0]!.message).toMatch(/CHACHA20/);
  });

  it('nist-sp800-52r2 forbids CHACHA20 as well; pci-dss-4 accepts the intermediate set', async () => {
    const nist = (await judge('intermediate', 'nist-sp800-52r2')).filter((f) => f.ruleId === 'weak-cipher-suites');
    expect(nist.map((f) => f.message).join('\n')).toMatch(/CHACHA20/);
    expect(rulesOf(await judge('intermediate', 'pci-dss-4'))).toEqual([]);
  });

  it('every profile requires TLS and AUTH after TLS on submission, and never TLS on port 25', async () => {
    for (const id of PROFILE_IDS) {
      const fs = await judge('defaults', id);
      expect(fs.filter((f) => f.ruleId === 'mx-requires-tls')).toEqual([]);
      expect(fs.filter((f) => f.ruleId === 'submission-tls-not-required' || f.ruleId === 'auth-before-tls')).toEqual([]);
    }
  });
});
