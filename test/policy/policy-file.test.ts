import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, policyFromProfile } from '../../src/policy/policy-file.js';
import { POLICY_SCHEMA } from '../../src/policy/schema.js';
import { PROFILE_IDS } from '../../src/policy/profiles/index.js';
import { CIPHER_SUITES, TLS13_SUITES } from '../../src/tls/ciphers/index.js';

const repo = path.resolve(__dirname, '../..');

describe('policy file', () => {
  it('the published schema equals the one the tool validates with', async () => {
    expect(JSON.parse(readFileSync(path.join(repo, 'docs/policy.schema.json'), 'utf8'))).toEqual(POLICY_SCHEMA);
  });

  it('applies role, service and rule overrides on top of the profile it extends', async () => {
    const r = await parsePolicy('p.yml', 'extends: tlsref-intermediate\npostfixVersion: "3.5"\nignore: [legacy/**]\nroles:\n  mx:\n    minProtocol: null\nservices:\n  "10.0.0.1:2525":\n    role: submission\nrules:\n  deprecated-parameter: off\n  auth-before-tls: warning\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.profile.id).toBe('tlsref-intermediate');
    expect(r.policy.roles.mx.minProtocol).toBeNull();
    expect(r.policy.roles.mx.tls).toBe('must-not-require');
    expect(r.policy.roles.submission.minProtocol).toBe('TLSv1.2');
    expect(r.policy.services['10.0.0.1:2525']).toEqual({ role: 'submission' });
    expect(r.policy.rules).toEqual({ 'deprecated-parameter': { level: 'off' }, 'auth-before-tls': { level: 'warning' } });
    expect(r.policy.postfixVersion).toBe('3.5');
    expect(r.policy.ignore).toEqual(['legacy/**']);
  });

  it('accepts overrides of the probe-only rules, and still refuses unknown ids', async () => {
    const r = await parsePolicy('p.yml', 'rules:\n  certificate-expiry: warning\n  probe-untested: off\n');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.policy.rules).toEqual({ 'certificate-expiry': { level: 'warning' }, 'probe-untested': { level: 'off' } });
    const bad = await parsePolicy('p.yml', 'rules:\n  certificate-expiri: off\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.message).toContain('certificate-expiry');
  });

  it('--profile replaces extends; an empty file means the baseline', async () => {
    const r = await parsePolicy('p.yml', 'extends: baseline\n', 'ncsc-nl-2025');
    expect(r.ok && r.policy.profile.id).toBe('ncsc-nl-2025');
    const e = await parsePolicy('p.yml', '');
    expect(e.ok && e.policy.profile.id).toBe('baseline');
  });

  it('names file, line and allowed values for every schema error', async () => {
    const text = 'extends: mozilla\nroles:\n  submission:\n    minProtocol: TLSv1.4\n    tls: maybe\n  smtp: {}\nrules:\n  protocol-floor: loud\npostfixVersion: "2.9"\n';
    const r = await parsePolicy('.github/postfix-tls-policy.yml', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.message]));
    expect(r.errors.every((e) => e.file === '.github/postfix-tls-policy.yml')).toBe(true);
    expect(byLine[1]).toMatch(/extends: "mozilla" is not allowed \(allowed: baseline, tlsref-intermediate, .*pci-dss-4\)/);
    expect(byLine[4]).toMatch(/roles\.submission\.minProtocol: "TLSv1\.4" is not allowed \(allowed: SSLv3, TLSv1, TLSv1\.1, TLSv1\.2, TLSv1\.3, null\)/);
    expect(byLine[5]).toMatch(/allowed: required, optional, must-not-require/);
    expect(byLine[6]).toMatch(/unknown key "smtp" in roles \(allowed: mx, submission, submissions, other-public, local-only, client-smtp, client-lmtp\)/);
    expect(byLine[8]).toMatch(/rules\.protocol-floor: "loud" is not allowed \(allowed: off, error, warning, notice\)/);
    expect(byLine[9]).toMatch(/postfixVersion: "2\.9" is not a supported Postfix version/);
  });

  it('names an unknown rule id with its line and the allowed ids', async () => {
    const r = await parsePolicy('p.yml', 'rules:\n  protocol-floor: off\n  protocl-floor: off\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ file: 'p.yml', line: 3, column: 3, message: expect.stringMatching(/^rules: unknown rule "protocl-floor" \(allowed: config-refused, protocol-floor, protocol-ceiling, /) }]);
  });

  it('reports YAML syntax errors with their line', async () => {
    const r = await parsePolicy('p.yml', 'extends: baseline\nroles: [\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'p.yml', message: expect.stringMatching(/^YAML: /) });
  });

  it('every built-in profile loads and cites its sources', async () => {
    for (const id of PROFILE_IDS) {
      const p = policyFromProfile(id)!;
      expect(p.profile.sources.length).toBeGreaterThan(0);
      expect(p.profile.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(p.roles.submission.tls).toBe('required');
      expect(p.roles.submission.authOnlyAfterTls).toBe(true);
      // Port 25 is opportunistic in every profile (RFC 3207 §4, RFC 7435).
      expect(p.roles.mx.tls).toBe('must-not-require');
    }
  });

  it('names the allowed values of every role-policy field: booleans, lists, mappings, unknown keys', async () => {
    const r = await parsePolicy('p.yml', 'roles:\n  mx:\n    tlsOffered: maybe\n    forbiddenCipherClasses: rc4\n    minProtocolMandatory: TLS1.2\n    certifcateRequired: true\nservices:\n  "10.0.0.1:25": 3\nignore: legacy\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.message]));
    expect(byLine[3]).toBe('roles.mx.tlsOffered: "maybe" is not a boolean (allowed: true, false)');
    expect(byLine[4]).toMatch(/^roles\.mx\.forbiddenCipherClasses: "rc4" is not a list/);
    expect(byLine[5]).toMatch(/minProtocolMandatory: "TLS1\.2" is not allowed \(allowed: SSLv3, TLSv1, TLSv1\.1, TLSv1\.2, TLSv1\.3, null\)/);
    // The allowed keys of a role policy, not those of the top level (the schema reaches it by $ref).
    expect(byLine[6]).toMatch(/^unknown key "certifcateRequired" in roles\.mx \(allowed: role, minProtocol, minProtocolMandatory, maxProtocol, tls, tlsOffered, forbiddenCipherClasses, allowedCiphers, allowedTls13Ciphersuites, authOnlyAfterTls, certificateRequired\)$/);
    expect(byLine[8]).toMatch(/^services\.10\.0\.0\.1:25: 3 is not a mapping/);
    expect(byLine[9]).toMatch(/^ignore: "legacy" is not a list/);
    expect(r.errors.every((e) => e.file === 'p.yml')).toBe(true);
  });

  it('cipher names must be ones OpenSSL knows: the line of the item, a "did you mean", the TLS 1.3 names', async () => {
    const r = await parsePolicy('p.yml', 'roles:\n  submission:\n    allowedCiphers:\n      - ECDHE-RSA-AES128-GCM-SHA256\n      - ECDHE-RSA-AES128-GCM-SHA265\n    allowedTls13Ciphersuites: [TLS_AES_128_GCM_SHA384]\nservices:\n  relay/unix:\n    allowedCiphers: [RC4]\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { file: 'p.yml', line: 5, column: 9, message: expect.stringMatching(/^roles\.submission\.allowedCiphers\.1: "ECDHE-RSA-AES128-GCM-SHA265" is not an OpenSSL 3\.0 cipher suite name .*did you mean "ECDHE-RSA-AES128-GCM-SHA256"/) },
      { file: 'p.yml', line: 6, column: 32, message: expect.stringMatching(/allowedTls13Ciphersuites\.0: "TLS_AES_128_GCM_SHA384" is not a TLS 1\.3 cipher suite .*\(allowed: TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256, TLS_AES_128_CCM_SHA256, TLS_AES_128_CCM_8_SHA256\)$/) },
      { file: 'p.yml', line: 9, column: 22, message: expect.stringMatching(/^services\.relay\/unix\.allowedCiphers\.0: "RC4" is not an OpenSSL 3\.0 cipher suite name/) },
    ]);
  });

  it('the built-in profiles name only suites OpenSSL knows', async () => {
    const known = new Set([...CIPHER_SUITES, ...TLS13_SUITES].map((c) => c.name));
    for (const id of PROFILE_IDS) {
      for (const rp of Object.values(policyFromProfile(id)!.roles)) {
        for (const n of [...(rp.allowedCiphers ?? []), ...(rp.allowedTls13Ciphersuites ?? [])]) expect(known.has(n), `${id}: ${n}`).toBe(true);
      }
    }
  });
});
