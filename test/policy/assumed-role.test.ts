/**
 * A listen address filled in by a template (sed placeholders, Jinja) may be loopback or public: the model
 * marks the role as assumed, role-dependent rules report a notice that says so, and a role given in the
 * policy makes the verdict certain again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/audit.js';
import { parsePolicy, policyFromProfile } from '../../src/policy/policy-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'assumed-role-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'main.cf'), 'smtpd_tls_chain_files = /etc/ssl/private/mail.pem\nsmtpd_tls_security_level = may\n');
writeFileSync(
  path.join(dir, 'master.cf'),
  'smtp      inet  n       -       y       -       -       smtpd\n' +
    'PH_LOCAL_ADDRESS:10025 inet n  -       y       -       -       smtpd\n  -o smtpd_tls_security_level=none\n' +
    '203.0.113.7:10026 inet n  -       y       -       -       smtpd\n  -o smtpd_tls_security_level=none\n',
);

describe('roles assumed from a templated listen address', () => {
  it('role-dependent findings on it are notices that say the role is assumed; a literal address keeps its warning', async () => {
    const audit = await auditRepository(dir, { policy: policyFromProfile('baseline')! });
    const endpoint = audit.models[0]!.endpoints.find((e) => e.service === 'PH_LOCAL_ADDRESS:10025');
    expect(endpoint?.roleAssumed).toBe(true);
    expect(endpoint?.roleReason).toContain('template placeholder');
    const off = audit.findings.filter((f) => f.ruleId === 'tls-not-offered');
    const templated = off.find((f) => f.service === 'PH_LOCAL_ADDRESS:10025/inet');
    const literal = off.find((f) => f.service === '203.0.113.7:10026/inet');
    expect(templated?.severity).toBe('notice');
    expect(templated?.message).toContain('is assumed');
    expect(literal?.severity).toBe('warning');
    expect(audit.models[0]!.endpoints.find((e) => e.service === '203.0.113.7:10026')?.roleAssumed).toBeUndefined();
  });

  it('a role given in the policy is certain: local-only, and the finding is gone', async () => {
    const loaded = await parsePolicy('p.yml', 'services:\n  "PH_LOCAL_ADDRESS:10025":\n    role: local-only\n');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const audit = await auditRepository(dir, { policy: loaded.policy });
    expect(audit.models[0]!.endpoints.find((e) => e.service === 'PH_LOCAL_ADDRESS:10025')?.role).toBe('local-only');
    expect(audit.findings.filter((f) => f.service === 'PH_LOCAL_ADDRESS:10025/inet' && f.ruleId === 'tls-not-offered')).toEqual([]);
  });
});
