/**
 * Issue 5 (e): every fix kind that changes what a server accepts, proven on a real Postfix 3.7.
 *
 * One instance serves one broken service per case (roles given by a policy file, since every listener
 * is on 127.0.0.1). Each case is observed from a client's side, then `scan DIR --policy FILE --fix`
 * runs through the real CLI path (runCli), Postfix reloads, and the same observation is made again:
 * the finding's claim holds before and no longer after. The fixed config is also read by the real
 * postconf with no new warning, and re-scanned: no finding of the fixed rule is left on those services.
 *
 * Postfix starts once and reloads twice (the broken config with its BOM, then the fixed one).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import {
  livePostfixUnavailable, mapLimit, POSTFIX, probeHandshake, sleep, smtpDialogue, startLivePostfix, waitForListeners,
  type LivePostfix, type ProbeVersion, type SmtpDialogue,
} from '../support/live-postfix.js';
import { runRealPostconf } from '../support/postconf.js';

const unavailable = livePostfixUnavailable();

interface FixCase {
  id: string;
  rule: string;
  /** Arguments after `smtpd -o syslog_name=fix-ID` (or the postscreen command line for kind postscreen). */
  args: string;
  kind?: 'smtpd' | 'postscreen';
  /** Role (and per-service policy) for 127.0.0.1:PORT in the policy file. */
  policy?: string;
  implicit?: boolean;
  /** Probe each protocol version (STARTTLS or implicit). */
  versions?: boolean;
  /** TLS 1.2 handshakes offering exactly these cipher strings. */
  ciphers?: string[];
  /** Also try an implicit-TLS handshake on a STARTTLS-observed port. */
  implicitProbe?: boolean;
  /** master.cf lines after the case's line. */
  after?: string[];
}

const CASES: FixCase[] = [
  { id: 'sub-floor', rule: 'protocol-floor', args: '-o smtpd_tls_security_level=encrypt', policy: '{ role: submission }', versions: true },
  { id: 'subs-floor', rule: 'protocol-floor', args: '-o smtpd_tls_wrappermode=yes', policy: '{ role: submissions }', implicit: true, versions: true },
  { id: 'mx-floor', rule: 'protocol-floor', args: '', policy: '{ role: mx, minProtocol: TLSv1.2 }', versions: true },
  { id: 'pub-floor', rule: 'protocol-floor', args: '', policy: '{ role: other-public }', versions: true },
  { id: 'mx-weak', rule: 'weak-cipher-suites', args: '-o tls_medium_cipherlist=ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0', policy: '{ role: mx }', ciphers: ['NULL-SHA256:@SECLEVEL=0', 'ECDHE-RSA-AES128-GCM-SHA256'] },
  {
    id: 'sub-weak', rule: 'weak-cipher-suites', policy: '{ role: submission }', ciphers: ['NULL-SHA256:@SECLEVEL=0', 'ECDHE-RSA-AES128-GCM-SHA256'],
    args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_protocols=>=TLSv1.2 -o smtpd_tls_mandatory_ciphers=medium -o tls_medium_cipherlist=ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0',
  },
  { id: 'grade', rule: 'invalid-cipher-grade', args: '-o { smtpd_tls_ciphers = HIGH:!aNULL }', versions: true, ciphers: ['aNULL:@SECLEVEL=0', 'ECDHE-RSA-AES128-GCM-SHA256'] },
  { id: 'plist', rule: 'invalid-protocol-list', args: '-o { smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1.0, !TLSv1.1 }', versions: true },
  { id: 'level', rule: 'invalid-security-level', args: '-o smtpd_tls_security_level=maybe', versions: true },
  { id: 'bool', rule: 'invalid-boolean', args: '-o smtpd_tls_auth_only=true', versions: true },
  { id: 'unknown', rule: 'unknown-parameter', args: '-o smtpd_tls_security_level=encrypt -o smtpd_tls_mandatory_protocol=>=TLSv1.2', versions: true },
  { id: 'bom', rule: 'bom', args: '-o smtpd_tls_security_level=$live_bom_level' },
  { id: 'mx-wrap', rule: 'mx-requires-tls', args: '-o smtpd_tls_wrappermode=yes', policy: '{ role: mx }', implicitProbe: true },
  {
    // No after-220 tests: the allowlisted probe (mynetworks) is handed to the pass service, whose level decides.
    id: 'mx-ps-pass', rule: 'mx-requires-tls', kind: 'postscreen', policy: '{ role: mx }',
    args: '-o postscreen_cache_map= -o smtpd_service_name=smtpd-fixpass',
    after: ['smtpd-fixpass pass - - n - - smtpd -o syslog_name=fix-ps-pass -o smtpd_tls_security_level=encrypt'],
  },
  {
    id: 'mx-ps', rule: 'mx-requires-tls', kind: 'postscreen', policy: '{ role: mx }',
    args: '-o postscreen_access_list= -o postscreen_greet_wait=1s -o postscreen_pipelining_enable=yes -o postscreen_cache_map= -o postscreen_tls_security_level=encrypt',
  },
];

/** postscreen's pass service, tlsproxy and dnsblog (reference Appendix A.2). */
const SUPPORT = [
  'smtpd     pass  -       -       n       -       -       smtpd -o syslog_name=fix-pass',
  'tlsproxy  unix  -       -       n       -       0       tlsproxy',
  'dnsblog   unix  -       -       n       -       0       dnsblog',
];

interface Observed {
  dialogue: SmtpDialogue;
  /** Versions whose handshake completed (STARTTLS or implicit). */
  versions: ProbeVersion[];
  /** Cipher string → handshake completed (TLS 1.2). */
  ciphers: Record<string, boolean>;
  /** An implicit-TLS (wrapper mode) TLS 1.2 handshake completed. */
  implicitTls12?: boolean;
}

const VERSIONS: ProbeVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

async function observe(c: FixCase, port: number): Promise<Observed> {
  const starttls = !c.implicit;
  const dialogue = await smtpDialogue(port, c.implicit ?? false, 4000);
  const implicitTls12 = c.implicitProbe ? (await probeHandshake({ port, starttls: false, version: 'TLSv1.2', timeoutMs: 4000 })).ok : undefined;
  // A dead daemon answers no handshake either: no need to wait for each probe's timeout.
  if (!c.implicit && dialogue.greeting !== 'banner') return { dialogue, versions: [], ciphers: {}, ...(implicitTls12 !== undefined ? { implicitTls12 } : {}) };
  const versions: ProbeVersion[] = [];
  if (c.versions) for (const v of VERSIONS) if ((await probeHandshake({ port, starttls, version: v })).ok) versions.push(v);
  const ciphers: Record<string, boolean> = {};
  for (const s of c.ciphers ?? []) ciphers[s] = (await probeHandshake({ port, starttls, version: 'TLSv1.2', cipher: s })).ok;
  return { dialogue, versions, ciphers, ...(implicitTls12 !== undefined ? { implicitTls12 } : {}) };
}

function postconfWarnings(dir: string): string[] {
  return [...new Set(runRealPostconf(['-c', dir, '-n']).stderr.split('\n').filter(Boolean))];
}

async function reload(live: LivePostfix): Promise<void> {
  const r = spawnSync(POSTFIX as string, ['-c', live.configDir, 'reload'], { encoding: 'utf8', timeout: 30_000 });
  expect(r.status, r.stderr).toBe(0);
  await sleep(1500);
  await waitForListeners(live.ports);
}

describe.skipIf(unavailable !== undefined)('live: each fix kind changes what the server accepts', () => {
  let live: LivePostfix | undefined;
  const portOf = new Map<string, number>();
  const before = new Map<string, Observed>();
  const after = new Map<string, Observed>();
  let fixRun: { stdout: string; stderr: string; exitCode: number } | undefined;
  let warningsBefore: string[] = [];
  let warningsAfter: string[] = [];
  let fixedMain = '';
  let fixedMaster = '';
  let rescan: { ruleId: string; service: string | null }[] = [];

  beforeAll(async () => {
    live = await startLivePostfix({
      portCount: CASES.length,
      // A failed daemon is restarted after 1 s, not 60 s: the fixed services answer right after the reload.
      mainCf: () => ['service_throttle_time = 1s'],
      masterCf: (ports) => {
        CASES.forEach((c, i) => portOf.set(c.id, ports[i] as number));
        return [
          ...CASES.map((c, i) => {
            const command = c.kind === 'postscreen' ? 'n - n - 1 postscreen' : 'n - n - - smtpd';
            return [`127.0.0.1:${ports[i]} inet ${command} -o syslog_name=fix-${c.id} ${c.args}`.trimEnd(), ...(c.after ?? [])].join('\n');
          }),
          ...SUPPORT,
        ];
      },
    });
    await waitForListeners(live.ports);
    // The BOM case: main.cf starts with a byte-order mark before "live_bom_level = encrypt" (reference §1.1).
    const mainCf = path.join(live.configDir, 'main.cf');
    writeFileSync(mainCf, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('live_bom_level = encrypt\n'), readFileSync(mainCf)]));
    await reload(live);

    const policyFile = path.join(live.dir, 'policy.yml');
    writeFileSync(policyFile, ['extends: baseline', 'services:', ...CASES.filter((c) => c.policy).map((c) => `  "127.0.0.1:${portOf.get(c.id)}": ${c.policy}`), ''].join('\n'));

    const observeAll = async (into: Map<string, Observed>): Promise<void> => {
      const results = await mapLimit(CASES, 4, (c) => observe(c, portOf.get(c.id) as number));
      CASES.forEach((c, i) => into.set(c.id, results[i] as Observed));
    };
    await observeAll(before);
    // Postfix re-reads files changed in the last second several times: compare postconf on settled files.
    const settle = (): void => {
      const past = new Date(Date.now() - 60_000);
      for (const f of ['main.cf', 'master.cf']) utimesSync(path.join(live!.configDir, f), past, past);
    };
    settle();
    warningsBefore = postconfWarnings(live.configDir);

    const r = await runCli(['scan', live.configDir, '--policy', policyFile, '--fix', '--fail-on', 'never'], process.cwd());
    fixRun = { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode };
    fixedMain = readFileSync(mainCf, 'utf8');
    fixedMaster = readFileSync(path.join(live.configDir, 'master.cf'), 'utf8');
    settle();
    warningsAfter = postconfWarnings(live.configDir);
    const json = await runCli(['scan', live.configDir, '--policy', policyFile, '--format', 'json', '--fail-on', 'never'], process.cwd());
    rescan = (JSON.parse(String(json.stdout)) as { findings: { ruleId: string; service: string | null }[] }).findings;

    await reload(live);
    await observeAll(after);
  }, 240_000);

  afterAll(async () => {
    await live?.stop();
  }, 60_000);

  const port = (id: string): number => portOf.get(id) as number;
  const svc = (id: string): string => `127.0.0.1:${port(id)}/inet`;

  it('scan --fix applied every fix through the CLI; postconf reads the result with no new warning; the re-scan is clean for the fixed rules', () => {
    expect(fixRun?.exitCode, fixRun?.stderr).toBe(0);
    expect(fixRun?.stderr).toMatch(/applied \d+ fix\(es\) to 2 file\(s\): (main\.cf, master\.cf|master\.cf, main\.cf)/);
    expect(fixRun?.stderr).not.toMatch(/left out/);
    expect(warningsAfter.filter((w) => !warningsBefore.includes(w))).toEqual([]);
    for (const c of CASES) {
      const left = rescan.filter((f) => f.ruleId === c.rule && (c.rule === 'bom' || f.service === svc(c.id)));
      expect(left, c.id).toEqual([]);
    }
  });

  it('protocol floors: submission (mandatory list), submissions (wrapper mode), mx (policy floor 1.2), other-public refuse TLS 1.0/1.1 after the fix', () => {
    for (const id of ['sub-floor', 'subs-floor', 'mx-floor', 'pub-floor']) {
      expect(before.get(id)?.versions, `${id} before`).toEqual(VERSIONS);
      expect(after.get(id)?.versions, `${id} after\n${live!.log().split('\n').filter((l) => l.includes(`fix-${id}`)).slice(-5).join('\n')}`).toEqual(['TLSv1.2', 'TLSv1.3']);
    }
    expect(fixedMaster).toContain('-o smtpd_tls_mandatory_protocols=>=TLSv1.2');
    expect(fixedMaster).toContain('-o smtpd_tls_protocols=>=TLSv1.2');
    // Still required where it was: 530 before STARTTLS on submission.
    expect(after.get('sub-floor')?.dialogue.mailFrom).toBe(530);
  });

  it('weak suites: the NULL suite is refused after the fix on port 25 and on submission, the allowed suite still works', () => {
    for (const id of ['mx-weak', 'sub-weak']) {
      expect(before.get(id)?.ciphers, `${id} before`).toEqual({ 'NULL-SHA256:@SECLEVEL=0': true, 'ECDHE-RSA-AES128-GCM-SHA256': true });
      expect(after.get(id)?.ciphers, `${id} after`).toEqual({ 'NULL-SHA256:@SECLEVEL=0': false, 'ECDHE-RSA-AES128-GCM-SHA256': true });
    }
    expect(fixedMaster).toContain('-o smtpd_tls_exclude_ciphers=eNULL');
    expect(fixedMaster).toContain('-o smtpd_tls_mandatory_exclude_ciphers=eNULL');
  });

  it('invalid grade: every handshake aborted before; after, TLS works and the "!aNULL" intent holds', () => {
    expect(before.get('grade')?.versions).toEqual([]);
    expect(before.get('grade')?.dialogue.starttls).toBe(220);
    expect(after.get('grade')?.versions).toEqual(VERSIONS);
    expect(after.get('grade')?.ciphers).toEqual({ 'aNULL:@SECLEVEL=0': false, 'ECDHE-RSA-AES128-GCM-SHA256': true });
  });

  it('invalid protocol list: STARTTLS answered 454 before; after, TLS 1.2 and 1.3 only (the list\'s intent)', () => {
    expect(before.get('plist')?.dialogue.starttls).toBe(454);
    expect(before.get('plist')?.versions).toEqual([]);
    expect(after.get('plist')?.dialogue.starttls).toBe(220);
    expect(after.get('plist')?.versions).toEqual(['TLSv1.2', 'TLSv1.3']);
  });

  it('invalid level and invalid boolean: the service was dead; after the fix it answers with STARTTLS', () => {
    for (const id of ['level', 'bool']) {
      expect(before.get(id)?.dialogue.greeting, `${id} before`).not.toBe('banner');
      expect(live!.log(), `${id}: the daemon's fatal error`).toMatch(id === 'level' ? /fix-level\/smtpd\[\d+\]: fatal: Invalid TLS level "maybe"/ : /fix-bool\/smtpd\[\d+\]: fatal: bad boolean configuration: smtpd_tls_auth_only = true/);
      expect(after.get(id)?.dialogue.greeting, `${id} after`).toBe('banner');
      expect(after.get(id)?.dialogue.starttlsAdvertised).toBe(true);
      expect(after.get(id)?.versions).toEqual(VERSIONS);
    }
    expect(after.get('level')?.dialogue.mailFrom).toBe(250);
  });

  it('unknown parameter: the misspelt mandatory list was ignored (TLS 1.0 accepted); renamed, it applies', () => {
    expect(before.get('unknown')?.versions).toEqual(VERSIONS);
    expect(after.get('unknown')?.versions).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(fixedMaster).toContain('-o smtpd_tls_mandatory_protocols=>=TLSv1.2');
  });

  it('BOM: the first main.cf setting was ignored (no TLS); without the BOM it applies (TLS required)', () => {
    expect(before.get('bom')?.dialogue.starttlsAdvertised).toBe(false);
    expect(before.get('bom')?.dialogue.mailFrom).toBe(250);
    expect(after.get('bom')?.dialogue.starttlsAdvertised).toBe(true);
    expect(after.get('bom')?.dialogue.mailFrom).toBe(530);
    expect(fixedMain.startsWith('live_bom_level = encrypt\n')).toBe(true);
  });

  it('public MX in wrapper mode: no plaintext SMTP before; after, a plaintext banner, STARTTLS offered, mail accepted without TLS', () => {
    expect(before.get('mx-wrap')?.dialogue.greeting).not.toBe('banner');
    expect(before.get('mx-wrap')?.implicitTls12).toBe(true);
    expect(after.get('mx-wrap')?.implicitTls12).toBe(false);
    const d = after.get('mx-wrap')!.dialogue;
    expect(d.greeting).toBe('banner');
    expect(d.starttlsAdvertised).toBe(true);
    expect(d.mailFrom).toBe(250);
    expect(d.starttls).toBe(220);
  });

  it('public MX behind postscreen without after-220 tests: the pass service required TLS (530); after its fix, mail is accepted', () => {
    expect(before.get('mx-ps-pass')?.dialogue.mailFrom).toBe(530);
    expect(after.get('mx-ps-pass')?.dialogue.mailFrom).toBe(250);
    expect(after.get('mx-ps-pass')?.dialogue.starttlsAdvertised).toBe(true);
    expect(fixedMaster).toMatch(/smtpd-fixpass pass - - n - - smtpd -o syslog_name=fix-ps-pass -o smtpd_tls_security_level=may\n/);
  });

  it('public MX behind postscreen (after-220 tests): 530 without TLS before; mail accepted after', () => {
    expect(before.get('mx-ps')?.dialogue.mailFrom).toBe(530);
    expect(after.get('mx-ps')?.dialogue.mailFrom).toBe(250);
    expect(after.get('mx-ps')?.dialogue.starttlsAdvertised).toBe(true);
    expect(fixedMaster).toContain('-o postscreen_tls_security_level=may');
  });
});
