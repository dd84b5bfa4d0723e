/**
 * The probe against a real Postfix 3.7 on 127.0.0.1 (issue 7): for a handful of known configs the probe's
 * observations must equal the effective TLS model's predictions for the very same config directory (zero drift
 * with `--compare`), and a deliberately mismatched config must be reported as drift.
 *
 * Needs root, Postfix 3.7 and openssl (test/support/live-postfix.ts): skips with the reason otherwise, fails
 * under CI=true.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { auditRepository } from '../../src/audit.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import type { Finding, Policy, Role } from '../../src/policy/types.js';
import { judgeProbe, Limiter, probeTarget, SHARED_RULE_IDS, type CompareResult, type ProbeResult } from '../../src/probe/index.js';
import { compareWithConfig } from '../../src/cli/probe-command.js';
import { probeForAction } from '../../src/action/probe.js';
import { livePostfixUnavailable, saslMechanismsUnavailable, startLivePostfix, waitForListeners, type LivePostfix } from '../support/live-postfix.js';

const unavailable = livePostfixUnavailable();
const saslMissing = unavailable === undefined ? saslMechanismsUnavailable() : undefined;
if (saslMissing && process.env.CI === 'true') throw new Error(`CI=true: ${saslMissing}`);
if (saslMissing) console.warn(`[probe] SASL cases cannot show AUTH: ${saslMissing}`);

interface ProbeCase {
  id: string;
  what: string;
  /** master.cf text after the command (`smtpd` or `postscreen`). */
  args: string;
  postscreen?: boolean;
  sasl?: boolean;
  /** Error kinds the probe must report (default none). */
  errors?: string[];
  /** A TLS handshake completes (default true). */
  tls?: boolean;
  /** A few facts stated outright, so agreement with the model is not agreement on nothing. */
  sanity: (r: ProbeResult) => void;
}

const CASES: ProbeCase[] = [
  {
    id: 'default', what: 'main.cf only (may, Postfix defaults)', args: '',
    sanity: (r) => {
      expect(r.protocols).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
      expect(r.tlsRequired).toBe(false);
    },
  },
  {
    id: 'ge12', what: 'smtpd_tls_protocols = >=TLSv1.2', args: '-o smtpd_tls_protocols=>=TLSv1.2',
    sanity: (r) => expect(r.protocols).toEqual(['TLSv1.2', 'TLSv1.3']),
  },
  {
    id: 'incl12', what: 'include list TLSv1.2 plus excluded suites', args: '-o smtpd_tls_protocols=TLSv1.2 -o smtpd_tls_exclude_ciphers=CHACHA20,AES256',
    sanity: (r) => {
      expect(r.protocols).toEqual(['TLSv1.2']);
      expect(r.tls12Ciphers?.some((s) => /CHACHA20|AES256/.test(s))).toBe(false);
      expect(r.tls12Ciphers).toContain('ECDHE-RSA-AES128-GCM-SHA256');
    },
  },
  {
    id: 'wrap', what: 'wrapper mode, mandatory >=TLSv1.2', args: '-o smtpd_tls_wrappermode=yes -o smtpd_tls_mandatory_protocols=>=TLSv1.2',
    sanity: (r) => {
      expect(r.implicit).toBe(true);
      expect(r.protocols).toEqual(['TLSv1.2', 'TLSv1.3']);
    },
  },
  {
    id: 'encsasl', what: 'encrypt + SASL: AUTH only after STARTTLS', args: '-o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes', sasl: true,
    sanity: (r) => {
      expect(r.tlsRequired).toBe(true);
      expect(r.authBeforeTls).toBe(false);
      expect(r.authAfterTls).toMatch(/^AUTH /);
    },
  },
  {
    id: 'maysasl', what: 'may + SASL without auth_only: cleartext AUTH', args: '-o smtpd_sasl_auth_enable=yes', sasl: true,
    sanity: (r) => expect(r.authBeforeTls).toBe(true),
  },
  {
    id: 'high', what: 'encrypt, mandatory grade high without SHA1 suites', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_ciphers=high -o smtpd_tls_mandatory_exclude_ciphers=SHA1',
    sanity: (r) => {
      expect(r.tlsRequired).toBe(true);
      expect(r.tls12Ciphers?.some((s) => /SHA$/.test(s))).toBe(false);
    },
  },
  {
    id: 'none', what: 'level none: no STARTTLS', args: '-o smtpd_tls_security_level=none', errors: ['no-starttls'], tls: false,
    sanity: (r) => {
      expect(r.starttlsAdvertised).toBe(false);
      expect(r.protocols).toEqual([]);
    },
  },
  {
    id: 'bad454', what: 'invalid protocol list (>=TLSv1.4): STARTTLS answered 454', args: '-o smtpd_tls_protocols=>=TLSv1.4', errors: ['starttls-refused'], tls: false,
    sanity: (r) => {
      expect(r.starttlsAdvertised).toBe(true);
      expect(r.errors[0]?.message).toMatch(/^STARTTLS answered "454 /);
    },
  },
  {
    id: 'aborts', what: 'invalid cipher grade: STARTTLS 220, every handshake fails', args: '-o smtpd_tls_ciphers=bogus', tls: false,
    sanity: (r) => {
      expect(r.starttlsAdvertised).toBe(true);
      expect(r.protocols).toEqual([]);
      expect(r.protocolsRefused).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
      expect(r.handshakeRefused).not.toBeNull();
    },
  },
  {
    id: 'ps', what: 'postscreen allowlisting 127.0.0.1: the smtpd pass service answers', postscreen: true,
    args: '-o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map=',
    sanity: (r) => expect(r.protocols).toEqual(['TLSv1.3']),
  },
];

/** Notes the comparison must make for a case (postscreen: which endpoint answered). */
const PAIRING_NOTE: Record<string, RegExp> = { ps: /answered like the smtpd pass service behind postscreen/ };

const caseById = (id: string): ProbeCase => CASES.find((c) => c.id === id)!;

const POSTSCREEN_SUPPORT = [
  'smtpd     pass  -       -       n       -       -       smtpd -o syslog_name=probe-pass -o smtpd_tls_protocols=TLSv1.3',
  'tlsproxy  unix  -       -       n       -       0       tlsproxy',
  'dnsblog   unix  -       -       n       -       0       dnsblog',
];

const lineFor = (c: ProbeCase, port: number, args = c.args): string =>
  `127.0.0.1:${port} inet n - n - ${c.postscreen ? '1 postscreen' : '- smtpd'} -o syslog_name=probe-${c.id} ${args}`.trimEnd();

describe.skipIf(unavailable !== undefined)('probe vs a live Postfix 3.7 and the model', () => {
  let live: LivePostfix | undefined;
  const portOf = new Map<string, number>();
  const results = new Map<string, ProbeResult>();
  let compare: CompareResult;
  let maxConcurrent = 0;
  const started = Date.now();

  beforeAll(async () => {
    live = await startLivePostfix({
      portCount: CASES.length,
      masterCf: (ports) => {
        CASES.forEach((c, i) => portOf.set(c.id, ports[i] as number));
        return [...CASES.map((c) => lineFor(c, portOf.get(c.id) as number)), ...POSTSCREEN_SUPPORT];
      },
    });
    await waitForListeners(live.ports);
    // Targets probed one after another through one limiter, as the CLI does.
    const limiter = new Limiter(8);
    for (const c of CASES) {
      const r = await probeTarget({ host: '127.0.0.1', port: portOf.get(c.id) as number, limiter, timeouts: { readMs: 3000 }, deadlineMs: 60_000 });
      results.set(c.id, r);
    }
    maxConcurrent = limiter.maxSeen;
    compare = await compareWithConfig([...results.values()], live.configDir, new Map());
  }, 120_000);

  afterAll(async () => {
    await live?.stop();
    const connections = [...results.values()].reduce((n, r) => n + r.connections, 0);
    console.log(`[probe] ${CASES.length} live targets, ${connections} connections (at most ${maxConcurrent} at once), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 60_000);

  it.each(CASES.map((c) => [`${c.id}: ${c.what}`, c] as const))('%s', (_, c) => {
    const r = results.get(c.id)!;
    if (c.sasl && saslMissing) return;
    expect(r.errors.map((e) => e.kind)).toEqual(c.errors ?? []);
    expect(r.reachable).toBe(true);
    expect(r.starttls).toBe(c.tls ?? true);
    expect(r.protocolsNotTestable.map((u) => u.what)).toEqual(['SSLv3']);
    if (c.tls !== false) {
      expect(r.certificate).toMatchObject({ keyType: 'RSA', keyBits: 2048, signatureAlgorithm: 'sha256WithRSAEncryption', names: ['localhost'], selfSigned: true });
      expect(r.certificate!.daysToExpiry).toBeGreaterThanOrEqual(0);
      expect(r.group).toBe('X25519');
    }
    if (r.protocols.includes('TLSv1.2')) expect(r.tls12Ciphers?.length).toBeGreaterThan(0);
    if (r.protocols.includes('TLSv1.3')) expect(r.tls13Ciphers).toEqual(expect.arrayContaining(['TLS_AES_256_GCM_SHA384']));
    c.sanity(r);
    // The model for the same config directory predicts every observation: no drift at all.
    const pairing = compare.pairings.find((p) => p.target === r.target);
    expect(pairing?.how).toBe('port');
    if (PAIRING_NOTE[c.id]) expect(pairing?.reason).toMatch(PAIRING_NOTE[c.id]!);
    if (c.id === 'wrap') expect(r.mode).toBe('implicit'); // auto mode found wrapper mode on a high port
    const drift = compare.drift.filter((d) => d.target === r.target);
    expect(drift.map((d) => d.message)).toEqual([]);
  });

  it('--compare on a deliberately mismatched config reports the drift (CLI, JSON)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'probe-drift-'));
    try {
      const mainCf = readFileSync(path.join(live!.configDir, 'main.cf'), 'utf8');
      // The repository claims: default listener >=TLSv1.2, the may+SASL listener auth_only, the wrapper listener
      // a STARTTLS listener.
      const master = [
        lineFor(caseById('default'), portOf.get('default')!, '-o smtpd_tls_protocols=>=TLSv1.2'),
        lineFor(caseById('maysasl'), portOf.get('maysasl')!, '-o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes'),
        lineFor(caseById('wrap'), portOf.get('wrap')!, '-o smtpd_tls_mandatory_protocols=>=TLSv1.2'),
      ].join('\n');
      writeFileSync(path.join(dir, 'main.cf'), mainCf);
      writeFileSync(path.join(dir, 'master.cf'), `${master}\n`);
      const targets = ['default', 'maysasl', 'wrap', 'ge12'].map((id) => `127.0.0.1:${portOf.get(id)}`);
      const run = await runCli(['probe', ...targets, '--compare', dir, '--pair', `${targets[3]}=127.0.0.1:${portOf.get('default')}`, '--format', 'json', '--quick', '--timeout', '3000'], process.cwd());
      expect(run.exitCode).toBe(1);
      const out = JSON.parse(String(run.stdout)) as { compare: CompareResult; findings: Finding[] };
      const messages = out.compare.drift.map((d) => `${d.severity} ${d.message}`);
      // Every drift is also a config-drift finding of the same report (same severity, target and service).
      const driftFindings = out.findings.filter((f) => f.ruleId === 'config-drift');
      expect(driftFindings.map((f) => `${f.severity} ${f.message}`)).toEqual(messages);
      expect(driftFindings.every((f) => f.target !== undefined && f.file === '' && out.compare.drift.some((d) => d.target === f.target))).toBe(true);
      expect(new Set(driftFindings.map((f) => f.fingerprint)).size).toBe(driftFindings.length);
      const p = (id: string) => portOf.get(id);
      expect(messages).toContain(`error port ${p('default')} accepts TLSv1 although smtpd_tls_protocols = >=TLSv1.2 (master.cf:1) allows TLSv1.2, TLSv1.3: the deployed config is not this one`);
      expect(messages).toContain(`error port ${p('default')} accepts TLSv1.1 although smtpd_tls_protocols = >=TLSv1.2 (master.cf:1) allows TLSv1.2, TLSv1.3: the deployed config is not this one`);
      if (!saslMissing) expect(messages).toContain(`error port ${p('maysasl')} offers AUTH before TLS although the config does not`);
      expect(messages).toContain(`error port ${p('wrap')} uses implicit TLS although the config says STARTTLS`);
      // Explicit pairing: the >=TLSv1.2 listener compared with the default line of the claimed config agrees.
      expect(out.compare.pairings.find((x) => x.target === targets[3])).toMatchObject({ how: 'explicit', endpoint: { service: `127.0.0.1:${p('default')}` } });
      expect(messages.filter((m) => m.includes(`port ${p('ge12')} `))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  /** The profile with every live listener given one role (the same policy object judges config and server). */
  const policyWithRole = (profile: string, role: Role): Policy => {
    const p = policyFromProfile(profile)!;
    for (const port of portOf.values()) p.services[`127.0.0.1:${port}`] = { role };
    return p;
  };
  /** One audit per profile and role (each verifies its fixes: not free). */
  const audits = new Map<string, ReturnType<typeof auditRepository>>();
  const auditWith = (profile: string, role: Role) => {
    const key = `${profile}/${role}`;
    if (!audits.has(key)) audits.set(key, auditRepository(live!.configDir, { policy: policyWithRole(profile, role) }));
    return audits.get(key)!;
  };
  const shared = new Set<string>(SHARED_RULE_IDS);
  /** The config's include-list-drops-tls13 is what a server shows as protocol-ceiling (no TLS 1.3). */
  const observable = (id: string): string => (id === 'include-list-drops-tls13' ? 'protocol-ceiling' : id);
  const ruleSet = (fs: readonly Finding[]): string[] =>
    [...new Set(fs.filter((f) => shared.has(observable(f.ruleId))).map((f) => `${observable(f.ruleId)} ${f.severity}`))].sort();
  /**
   * Cases whose scan and probe findings legitimately differ (asserted separately below):
   * - ps: the probe reaches the smtpd pass service behind postscreen, the scan judges the postscreen listener;
   * - aborts / bad454: TLS is broken at run time; the scan reports the broken value (invalid-cipher-grade,
   *   invalid-protocol-list) and the probe finds no negotiable version at all (tls-not-available).
   */
  const DIFFERENT = new Set(['ps', 'aborts', 'bad454']);

  it.each([
    ['baseline', 'submission'], ['baseline', 'mx'], ['tlsref-intermediate', 'submission'], ['ncsc-nl-2025', 'mx'], ['bsi-tr-02102-2', 'other-public'],
  ] as const)('%s, every listener as %s: probe findings = scan findings where both judge', async (profile, role) => {
    const policy = policyWithRole(profile, role);
    const audit = await auditWith(profile, role);
    const probeFindings = judgeProbe([...results.values()], policy);
    let compared = 0;
    for (const c of CASES) {
      if (DIFFERENT.has(c.id) || (c.sasl && saslMissing)) continue;
      const port = portOf.get(c.id)!;
      const target = `127.0.0.1:${port}`;
      const fromScan = ruleSet(audit.findings.filter((f) => f.service === `${target}/inet`));
      const fromProbe = ruleSet(probeFindings.filter((f) => f.target === target));
      expect({ case: c.id, findings: fromProbe }).toEqual({ case: c.id, findings: fromScan });
      if (fromScan.length) compared++;
    }
    // Agreement on findings, not only on silence.
    expect(compared).toBeGreaterThan(0);
  });

  it('a submission service allowing TLSv1: protocol-floor from the scan and from the probe', async () => {
    const policy = policyWithRole('baseline', 'submission');
    const target = `127.0.0.1:${portOf.get('default')}`;
    const audit = await auditWith('baseline', 'submission');
    const scan = audit.findings.filter((f) => f.service === `${target}/inet` && f.ruleId === 'protocol-floor');
    const probe = judgeProbe([results.get('default')!], policy).filter((f) => f.ruleId === 'protocol-floor');
    expect(scan).toHaveLength(1);
    expect(probe).toEqual([expect.objectContaining({ severity: 'error', target, file: '', line: 0, role: 'submission', message: expect.stringMatching(/accepts TLSv1, TLSv1\.1: the policy \(baseline\) needs TLSv1\.2 or newer/) })]);
    // Every probe finding is about the target, never a file; SSLv3 is said to be untested, never passed.
    const all = judgeProbe([results.get('default')!], policy);
    expect(all.every((f) => f.target === target && f.file === '' && f.line === 0)).toBe(true);
    expect(all.find((f) => f.ruleId === 'probe-untested')?.message).toMatch(/not tested here: SSLv3 \(Node v/);
    // Fingerprints: stable per rule, target and subject.
    expect(judgeProbe([results.get('default')!], policy).map((f) => f.fingerprint)).toEqual(all.map((f) => f.fingerprint));
  });

  it('runtime-broken TLS: the scan names the value, the probe finds no usable TLS', async () => {
    const policy = policyWithRole('baseline', 'submission');
    const audit = await auditWith('baseline', 'submission');
    for (const [id, scanRule] of [['aborts', 'invalid-cipher-grade'], ['bad454', 'invalid-protocol-list']] as const) {
      const target = `127.0.0.1:${portOf.get(id)}`;
      expect(audit.findings.filter((f) => f.service === `${target}/inet`).map((f) => f.ruleId)).toContain(scanRule);
      const probe = judgeProbe([results.get(id)!], policy);
      expect(probe.map((f) => f.ruleId)).toContain('tls-not-available');
      expect(probe.some((f) => f.ruleId === 'protocol-floor')).toBe(false);
    }
  });

  it('probeForAction: role from "=role", bad targets as errors, drift against the audit models', async () => {
    const policy = policyFromProfile('baseline')!;
    const audit = await auditRepository(live!.configDir, { policy });
    const t = `127.0.0.1:${portOf.get('default')}`;
    const r = await probeForAction([`${t}=submission`, 'no-port-here', '', `127.0.0.1:${portOf.get('maysasl')}=mx`], policy, { compareWith: audit.models, deadlineMs: 60_000 });
    expect(r.errors).toEqual([expect.stringMatching(/"no-port-here" is not HOST:PORT/)]);
    expect(r.findings.filter((f) => f.target === t).map((f) => f.ruleId)).toEqual(expect.arrayContaining(['protocol-floor', 'submission-tls-not-required']));
    expect(r.findings.filter((f) => f.target === t).every((f) => f.role === 'submission')).toBe(true);
    // The models are of this very config: no drift.
    expect(r.findings.filter((f) => f.ruleId === 'config-drift')).toEqual([]);
    expect(r.log).toContain(`${t} (submission: given; starttls)`);
    // Another run, another way of naming the role: the same fingerprint (rule, target, subject).
    const earlier = judgeProbe([results.get('default')!], policyWithRole('baseline', 'submission')).find((f) => f.ruleId === 'protocol-floor');
    expect(r.findings.find((f) => f.target === t && f.ruleId === 'protocol-floor')?.fingerprint).toBe(earlier?.fingerprint);
  }, 60_000);

  it('CLI: --profile, --format json/sarif/markdown, --fail-on', async () => {
    const t = `127.0.0.1:${portOf.get('default')}`;
    const json = await runCli(['probe', `${t}=submission`, '--quick', '--timeout', '3000', '--profile', 'baseline', '--format', 'json'], process.cwd());
    expect(json.exitCode).toBe(1);
    const out = JSON.parse(String(json.stdout)) as { policy: { profile: string }; findings: Finding[]; summary: Record<string, number> };
    expect(out.policy.profile).toBe('baseline');
    expect(out.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['protocol-floor', 'submission-tls-not-required', 'probe-untested']));
    expect(out.findings.every((f) => f.target === t)).toBe(true);
    const never = await runCli(['probe', `${t}=submission`, '--quick', '--timeout', '3000', '--fail-on', 'never', '--format', 'sarif'], process.cwd());
    expect(never.exitCode).toBe(0);
    const sarif = JSON.parse(String(never.stdout)) as { runs: { results: { ruleId: string; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[] };
    expect(sarif.runs[0]!.results.find((x) => x.ruleId === 'protocol-floor')?.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toBe(t);
    const md = await runCli(['probe', `${t}=mx`, '--quick', '--timeout', '3000', '--format', 'markdown'], process.cwd());
    // baseline mx: no floor, opportunistic TLS is fine: nothing reaches error.
    expect(md.exitCode).toBe(0);
    expect(String(md.stdout)).toMatch(/^## postfix-tls-audit: 0 error\(s\)/);
    // A policy file, loaded as scan loads it: a service re-roled by host:port, a rule's severity changed.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'probe-policy-'));
    try {
      writeFileSync(path.join(dir, 'policy.yml'), `extends: baseline\nservices:\n  "${t}":\n    role: submission\nrules:\n  protocol-floor: warning\n`);
      const viaFile = await runCli(['probe', t, '--quick', '--timeout', '3000', '--policy', path.join(dir, 'policy.yml'), '--format', 'json'], process.cwd());
      const fromFile = JSON.parse(String(viaFile.stdout)) as { findings: Finding[] };
      expect(fromFile.findings.find((f) => f.ruleId === 'protocol-floor')).toMatchObject({ severity: 'warning', role: 'submission' });
      expect(viaFile.exitCode).toBe(1); // submission-tls-not-required stays an error
      writeFileSync(path.join(dir, 'broken.yml'), 'extends: baseline\nrules:\n  protocol-floor: loud\n');
      const broken = await runCli(['probe', t, '--policy', path.join(dir, 'broken.yml')], process.cwd());
      expect(broken.exitCode).toBe(2);
      expect(broken.stderr).toMatch(/broken\.yml:3:\d+: policy error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const bad = await runCli(['probe', t, '--profile', 'no-such-profile'], process.cwd());
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/unknown profile "no-such-profile"/);
  }, 60_000);

  it('text output names the facts', async () => {
    const r = await runCli(['probe', `127.0.0.1:${portOf.get('ge12')}`, '--quick', '--compare', live!.configDir], process.cwd());
    const text = String(r.stdout);
    expect(r.exitCode).toBe(0);
    expect(text).toMatch(/protocols accepted: TLSv1\.2 TLSv1\.3; refused: TLSv1 TLSv1\.1/);
    expect(text).toMatch(/not testable here: SSLv3 \(Node v\d+/);
    expect(text).toMatch(/certificate: CN=localhost, RSA 2048 bits, sha256WithRSAEncryption/);
    expect(text).toMatch(/no drift: every observation matches the config/);
    // The findings follow the observations: SSLv3 untested (a notice), never passed.
    expect(text).toContain(`127.0.0.1:${portOf.get('ge12')}: notice: 127.0.0.1:${portOf.get('ge12')} (other-public): not tested here: SSLv3`);
  }, 60_000);
});
