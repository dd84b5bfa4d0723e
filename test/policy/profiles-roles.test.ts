/**
 * Every built-in profile states every role (mx, submission, submissions, other-public, local-only,
 * client-smtp, client-lmtp). For each profile a config that meets it everywhere passes; for each
 * role, changes confined to that role's service fail under the profiles that demand it, and pass
 * under the others (port 25 is opportunistic in both directions, RFC 3207 §4 / RFC 7435).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import type { ConfigSetModel } from '../../src/model/types.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import { PROFILES, PROFILE_IDS } from '../../src/policy/profiles/index.js';
import { profileMarkdown } from '../../src/policy/profiles/markdown.js';
import { ROLES, type Finding, type Role } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';

/** One service per role; `-o` lines of a mutation go after the service named in it. */
const SERVICES: Record<Role, string> = {
  mx: 'smtp inet n - y - - smtpd',
  submission: 'submission inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_sasl_auth_enable=yes',
  submissions: 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n  -o smtpd_sasl_auth_enable=yes',
  'other-public': '2525 inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_tls_auth_only=yes',
  'local-only': '127.0.0.1:10025 inet n - n - - smtpd',
  'client-smtp': 'smtp unix - - y - - smtp',
  'client-lmtp': 'lmtp unix - - y - - lmtp',
};
const SERVICE_ID: Record<Role, string> = { mx: 'smtp/inet', submission: 'submission/inet', submissions: 'submissions/inet', 'other-public': '2525/inet', 'local-only': '127.0.0.1:10025/inet', 'client-smtp': 'smtp/unix', 'client-lmtp': 'lmtp/unix' };

const INTERMEDIATE = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';

/** A config that meets the profile on every role: its floor everywhere, its suites as the medium list. */
function compliantMainCf(id: string): string {
  const p = PROFILES.get(id)!;
  const floor = p.roles.submission.minProtocol!;
  const suites = p.roles.submission.allowedCiphers?.length ? p.roles.submission.allowedCiphers.join(':') : INTERMEDIATE;
  // The TLS 1.3 suites come from an OpenSSL configuration file where the profile excludes one of
  // OpenSSL's defaults (reference §6.3).
  const allowed13 = p.roles.submission.allowedTls13Ciphersuites;
  const tls13 = allowed13 && !['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256'].every((x) => allowed13.includes(x)) ? 'tls_config_file = /etc/postfix/openssl-tls13.cnf\n' : '';
  return [
    'compatibility_level = 3.6',
    'smtpd_tls_chain_files = /etc/ssl/private/mail.pem',
    'smtpd_tls_security_level = may',
    `smtpd_tls_protocols = >=${floor}`,
    `smtpd_tls_mandatory_protocols = >=${floor}`,
    'smtp_tls_security_level = may',
    `smtp_tls_protocols = >=${floor}`,
    `smtp_tls_mandatory_protocols = >=${floor}`,
    `lmtp_tls_mandatory_protocols = >=${floor}`,
    `tls_medium_cipherlist = ${suites}`,
    // The profile's key-exchange groups that OpenSSL 3.0 has (reference tls-policies §A).
    ...(p.live?.groups ? [`tls_eecdh_auto_curves = ${['X25519', 'X448', 'prime256v1', 'secp384r1', 'secp521r1'].filter((g) => p.live!.groups!.includes(g)).join(' ')}`] : []),
    '',
  ].join('\n') + tls13;
}

interface Mutation {
  name: string;
  role: Role;
  /** -o options added to the role's service. */
  options?: string[];
  /** main.cf lines appended (last definition wins). */
  main?: string[];
  rule: string;
  /** Profiles under which the rule must fire on that role's service (all others: no finding of it there). */
  failsUnder: readonly string[] | 'all';
}

const STRICT = PROFILE_IDS.filter((p) => p !== 'baseline');
const TLSREF = ['tlsref-intermediate', 'tlsref-modern'];
const MUTATIONS: Mutation[] = [
  { name: 'port 25 requires TLS', role: 'mx', options: ['smtpd_tls_security_level=encrypt'], rule: 'mx-requires-tls', failsUnder: 'all' },
  { name: 'port 25 accepts TLS 1.0', role: 'mx', options: ['smtpd_tls_protocols=>=TLSv1', 'smtpd_tls_ciphers=high'], rule: 'protocol-floor', failsUnder: STRICT },
  { name: 'port 25 accepts TLS 1.1', role: 'mx', options: ['smtpd_tls_protocols=>=TLSv1.1', 'smtpd_tls_ciphers=high'], rule: 'protocol-floor', failsUnder: STRICT.filter((p) => p !== 'pci-dss-4') },
  { name: 'port 25 offers NULL encryption', role: 'mx', options: ['smtpd_tls_ciphers=null'], rule: 'weak-cipher-suites', failsUnder: PROFILE_IDS.filter((p) => p !== 'tlsref-modern') },
  { name: 'port 25 offers no TLS', role: 'mx', options: ['smtpd_tls_security_level=none'], rule: 'tls-not-offered', failsUnder: 'all' },
  { name: 'port 25 offers AUTH before TLS', role: 'mx', options: ['smtpd_sasl_auth_enable=yes'], rule: 'auth-before-tls', failsUnder: 'all' },
  { name: 'port 25 offers AUTH only after TLS', role: 'mx', options: ['smtpd_sasl_auth_enable=yes', 'smtpd_tls_auth_only=yes'], rule: 'auth-before-tls', failsUnder: [] },
  { name: 'port 25 without TLS 1.3', role: 'mx', options: ['smtpd_tls_protocols=>=TLSv1.2,<=TLSv1.2'], rule: 'protocol-ceiling', failsUnder: 'all' },
  { name: 'X448 offered for key exchange', role: 'mx', main: ['tls_eecdh_auto_curves = X448 X25519 prime256v1'], rule: 'key-exchange-groups', failsUnder: ['tlsref-intermediate', 'tlsref-modern', 'bsi-tr-02102-2'] },
  { name: 'submission does not require TLS', role: 'submission', options: ['smtpd_tls_security_level=may'], rule: 'submission-tls-not-required', failsUnder: 'all' },
  { name: 'submission offers AUTH before TLS', role: 'submission', options: ['smtpd_tls_security_level=may'], rule: 'auth-before-tls', failsUnder: 'all' },
  { name: 'submission accepts TLS 1.1', role: 'submission', options: ['smtpd_tls_mandatory_protocols=>=TLSv1.1', 'smtpd_tls_mandatory_ciphers=high'], rule: 'protocol-floor', failsUnder: 'all' },
  { name: 'submission accepts static-RSA suites', role: 'submission', options: ['smtpd_tls_mandatory_ciphers=high'], main: ['tls_high_cipherlist = AES128-GCM-SHA256'], rule: 'weak-cipher-suites', failsUnder: STRICT.filter((p) => p !== 'pci-dss-4' && p !== 'tlsref-modern') },
  { name: 'submissions accepts TLS 1.0 (mandatory list)', role: 'submissions', options: ['smtpd_tls_mandatory_protocols=>=TLSv1', 'smtpd_tls_mandatory_ciphers=high'], rule: 'protocol-floor', failsUnder: 'all' },
  { name: 'submissions without implicit TLS', role: 'submissions', options: ['smtpd_tls_wrappermode=no'], rule: 'submission-tls-not-required', failsUnder: 'all' },
  { name: 'other public port offers AUTH before TLS', role: 'other-public', options: ['smtpd_tls_auth_only=no'], rule: 'auth-before-tls', failsUnder: 'all' },
  { name: 'other public port accepts TLS 1.0', role: 'other-public', options: ['smtpd_tls_protocols=>=TLSv1', 'smtpd_tls_ciphers=high'], rule: 'protocol-floor', failsUnder: 'all' },
  { name: 'loopback smtpd with old TLS and AUTH before TLS', role: 'local-only', options: ['smtpd_tls_protocols=>=TLSv1', 'smtpd_sasl_auth_enable=yes'], rule: 'protocol-floor', failsUnder: [] },
  { name: 'loopback smtpd with an invalid level (dies)', role: 'local-only', options: ['smtpd_tls_security_level=required'], rule: 'invalid-security-level', failsUnder: 'all' },
  { name: 'outbound: enforced destinations accept TLS 1.0', role: 'client-smtp', main: ['smtp_tls_mandatory_protocols = >=TLSv1', 'smtp_tls_mandatory_ciphers = high'], rule: 'protocol-floor', failsUnder: 'all' },
  { name: 'outbound: opportunistic TLS 1.0', role: 'client-smtp', main: ['smtp_tls_protocols = >=TLSv1', 'smtp_tls_ciphers = high'], rule: 'protocol-floor', failsUnder: TLSREF },
  { name: 'outbound: TLS required (relay host) with TLS 1.0 allowed', role: 'client-smtp', main: ['smtp_tls_security_level = encrypt', 'smtp_tls_mandatory_protocols = >=TLSv1', 'smtp_tls_mandatory_ciphers = high'], rule: 'protocol-floor', failsUnder: 'all' },
  { name: 'outbound: enforced destinations have no suite for TLS 1.0 (SHA-1 excluded)', role: 'client-smtp', main: ['smtp_tls_mandatory_protocols = >=TLSv1', 'smtp_tls_mandatory_ciphers = high', 'smtp_tls_mandatory_exclude_ciphers = SHA'], rule: 'protocol-floor', failsUnder: ['tlsref-modern'] },
  { name: 'outbound: TLS required with a good list is fine', role: 'client-smtp', main: ['smtp_tls_security_level = encrypt'], rule: 'protocol-floor', failsUnder: [] },
  { name: 'lmtp: TLS required with TLS 1.0 allowed', role: 'client-lmtp', main: ['lmtp_tls_security_level = encrypt', 'lmtp_tls_mandatory_protocols = >=TLSv1', 'lmtp_tls_mandatory_ciphers = high'], rule: 'protocol-floor', failsUnder: 'all' },
  { name: 'lmtp: opportunistic, enforced destinations accept TLS 1.0', role: 'client-lmtp', main: ['lmtp_tls_security_level = may', 'lmtp_tls_mandatory_protocols = >=TLSv1', 'lmtp_tls_mandatory_ciphers = high'], rule: 'protocol-floor', failsUnder: 'all' },
];

function masterCf(m?: Mutation): string {
  return ROLES.map((r) => SERVICES[r] + (m?.role === r && m.options ? m.options.map((o) => `\n  -o ${o}`).join('') : '')).join('\n') + '\n';
}

let dir: string;
const models = new Map<string, ConfigSetModel[]>();
const setName = (profile: string, i: number | 'pass') => `${profile}--${i}`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-profile-roles-'));
  for (const id of PROFILE_IDS) {
    const base = compliantMainCf(id);
    const write = (name: string, main: string, master: string) => {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'main.cf'), main);
      writeFileSync(path.join(dir, name, 'master.cf'), master);
    };
    write(setName(id, 'pass'), base, masterCf());
    MUTATIONS.forEach((m, i) => write(setName(id, i), base + (m.main ?? []).map((l) => `${l}\n`).join(''), masterCf(m)));
  }
  const scan = await scanRepository(dir, {});
  for (const s of scan.sets) models.set(s.set.directory, [buildConfigSetModel(s, modelOptionsFor(policyFromProfile()!))]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function judge(profile: string, set: string): Finding[] {
  const policy = policyFromProfile(profile)!;
  return evaluatePolicy(models.get(set)!, policy, undefined, { verifyFixes: false });
}
const show = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.service} (${f.role}) ${f.severity}: ${f.message}`);

describe('every profile states every role', () => {
  it('with its source, and "inherits baseline" only where it equals baseline', () => {
    const baseline = PROFILES.get('baseline')!;
    for (const p of PROFILES.values()) {
      expect(Object.keys(p.roles).sort()).toEqual([...ROLES].sort());
      expect(Object.keys(p.roleBasis).sort()).toEqual([...ROLES].sort());
      for (const r of ROLES) {
        expect(p.roleBasis[r].basis.length, `${p.id} ${r}`).toBeGreaterThan(30);
        if (p.roleBasis[r].inheritsBaseline) expect(p.roles[r], `${p.id} ${r}`).toEqual(baseline.roles[r]);
      }
      // Never TLS required on port 25, in either direction (RFC 3207 §4, RFC 7435).
      expect(p.roles.mx.tls).toBe('must-not-require');
      expect(p.roles['client-smtp'].tls).not.toBe('required');
      // Enforced outbound destinations get at least TLS 1.2 everywhere.
      expect(['TLSv1.2', 'TLSv1.3']).toContain(p.roles['client-smtp'].minProtocolMandatory);
    }
  });
});

describe.each(PROFILE_IDS)('profile %s', (profile) => {
  it('a config meeting it on every role passes', () => {
    const fs = judge(profile, setName(profile, 'pass')).filter((f) => f.severity !== 'notice');
    expect(show(fs)).toEqual([]);
  });

  it.each(MUTATIONS.map((m, i) => [m.name, i] as const))('%s', (_name, i) => {
    const m = MUTATIONS[i]!;
    const fails = m.failsUnder === 'all' || m.failsUnder.includes(profile);
    const fs = judge(profile, setName(profile, i));
    // Set-wide rules (key-exchange groups: main.cf only) report without a service.
    const hits = fs.filter((f) => f.ruleId === m.rule && (f.service === SERVICE_ID[m.role] || (f.service === null && m.main !== undefined)));
    if (fails) {
      expect(hits.length, show(fs).join('\n')).toBeGreaterThan(0);
      if (m.role !== 'local-only') expect(hits.every((f) => f.service === null || f.role === m.role)).toBe(true);
    } else {
      expect(show(hits)).toEqual([]);
    }
    // A change on one role's service never produces policy findings on another role's service.
    const elsewhere = fs.filter((f) => f.severity !== 'notice' && f.service !== SERVICE_ID[m.role] && !(m.main && f.service === null));
    expect(show(elsewhere)).toEqual([]);
  });
});

describe('profile docs', () => {
  it.each(PROFILE_IDS)('docs/profiles/%s.md is the profile\'s own statement', (id) => {
    const text = readFileSync(path.resolve(__dirname, `../../docs/profiles/${id}.md`), 'utf8');
    expect(text).toBe(profileMarkdown(PROFILES.get(id)!));
  });
});
