/**
 * Judging what loopback servers written here do (issue 7 §3, §5): a STARTTLS server with a weak, soon-expiring,
 * SHA-1-signed certificate for another name gets every certificate finding; misbehaving servers probed through
 * the Action's probeForAction each end within the deadline with probe-failed (or untested) and never with a
 * finding that would pass for a judgement of TLS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { Ajv } from 'ajv';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import type { Finding } from '../../src/policy/types.js';
import { certificateNames, judgeProbe, probeTarget, PROBE_RULE_IDS } from '../../src/probe/index.js';
import { formatProbeFindings, probeFindingsToSarif } from '../../src/report/probe-report.js';
import { probeForAction } from '../../src/action/probe.js';
import { smtp } from '../support/fake-smtp.js';
import { OPENSSL } from '../tls/cipher-oracle.js';

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** Listen on the dual-stack wildcard where IPv6 exists (so "localhost" reaches it either way), else 127.0.0.1. */
async function listen(onConnection: (socket: net.Socket) => void, loopbackOnly = true): Promise<number> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  servers.push(server);
  const tryListen = (host: string) => new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, host, () => resolve(true));
  });
  if (loopbackOnly || !(await tryListen('::'))) await tryListen('127.0.0.1');
  return (server.address() as net.AddressInfo).port;
}

if (!OPENSSL && process.env.CI === 'true') throw new Error('CI=true: openssl is needed for the certificate cases');

describe.skipIf(!OPENSSL)('certificate, suites and dialogue findings from a weak STARTTLS server', () => {
  let dir: string;
  let chain: { key: Buffer; cert: Buffer; ca: Buffer; dh: Buffer };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'probe-judge-'));
    const run = (...args: string[]) => execFileSync(OPENSSL!, args, { cwd: dir, stdio: 'pipe' });
    // A CA (SHA-256, self-signed) and a leaf it signs with SHA-1: RSA 1024, CN other.test, 10 days.
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/CN=Probe Test CA', '-sha256');
    run('req', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=other.test');
    run('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'leaf.pem', '-days', '10', '-sha1');
    // 1024-bit DH parameters for the DHE suites (-dsaparam: generated fast).
    run('dhparam', '-dsaparam', '-out', 'dh.pem', '1024');
    chain = { key: readFileSync(path.join(dir, 'leaf.key')), cert: readFileSync(path.join(dir, 'leaf.pem')), ca: readFileSync(path.join(dir, 'ca.pem')), dh: readFileSync(path.join(dir, 'dh.pem')) };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let context: tls.SecureContext | undefined;
  const weakTls = (socket: net.Socket) => {
    context ??= tls.createSecureContext({
      key: chain.key, cert: Buffer.concat([chain.cert, chain.ca]),
      minVersion: 'TLSv1', maxVersion: 'TLSv1.3', ciphers: 'ALL:COMPLEMENTOFALL:@SECLEVEL=0', dhparam: chain.dh,
    });
    const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
    secure.on('error', () => {});
    // Inside TLS: EHLO names AUTH, everything else 250.
    secure.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('latin1').split('\n').filter((l) => l.trim())) {
        secure.write(/^(EHLO|LHLO)/i.test(line) ? '250-fake.test\r\n250 AUTH PLAIN LOGIN\r\n' : /^QUIT/i.test(line) ? '221 bye\r\n' : '250 ok\r\n');
      }
    });
  };

  it('submission by host name: floor, plaintext MAIL and AUTH, weak suites, every certificate finding', async () => {
    const port = await listen(smtp(['STARTTLS', 'AUTH PLAIN LOGIN'], weakTls), false);
    const policy = policyFromProfile('baseline')!;
    const r = await probeForAction([`localhost:${port}=submission`], policy, { deadlineMs: 60_000 });
    expect(r.errors).toEqual([]);
    const by = (id: string): Finding | undefined => r.findings.find((f) => f.ruleId === id);
    const got = r.findings.map((f) => `${f.ruleId} ${f.severity}`);
    expect(got).toEqual(expect.arrayContaining([
      'protocol-floor error', 'submission-tls-not-required error', 'auth-before-tls error', 'weak-cipher-suites error',
      'certificate-expiry warning', 'certificate-weak-key error', 'certificate-weak-signature error', 'certificate-name-mismatch error',
    ]));
    expect(got.filter((g) => g.startsWith('probe-failed'))).toEqual([]);
    expect(by('protocol-floor')?.message).toMatch(/accepts TLSv1, TLSv1\.1:/);
    expect(by('weak-cipher-suites')?.message).toMatch(/nullEncryption/);
    expect(by('certificate-weak-key')?.message).toMatch(/RSA 1024-bit key; at least 2048 bits/);
    expect(by('certificate-weak-signature')?.message).toMatch(/CN=other\.test" is signed with sha1WithRSAEncryption/);
    expect(by('certificate-name-mismatch')?.message).toMatch(/names other\.test, not localhost/);
    expect(r.findings.every((f) => f.target === `localhost:${port}` && f.role === 'submission' && f.file === '')).toBe(true);
    expect(r.findings.every((f) => PROBE_RULE_IDS.includes(f.ruleId))).toBe(true);
    // SARIF of the probe: valid against the official 2.1.0 schema; each result names its target.
    const sarif = probeFindingsToSarif(r.findings, policy, '0.0.0-test') as { runs: { results: { ruleId: string; ruleIndex: number; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (u: string) => URL.canParse(u));
    ajv.addFormat('uri-reference', (u: string) => URL.canParse(u, 'https://example.invalid/'));
    ajv.addFormat('date-time', (d: string) => !Number.isNaN(Date.parse(d)));
    const validate = ajv.compile(schema);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(r.findings.length);
    for (const x of run.results) {
      expect(run.tool.driver.rules[x.ruleIndex]?.id).toBe(x.ruleId);
      expect(x.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toBe(`localhost:${port}`);
    }
  }, 60_000);

  it('the same observation judged after the expiry date: expired is an error', async () => {
    const port = await listen(smtp(['STARTTLS'], weakTls));
    const r = await probeTarget({ host: '127.0.0.1', port, deadlineMs: 20_000 });
    const policy = policyFromProfile('baseline')!;
    const later = judgeProbe([r], policy, { now: Date.now() + 20 * 86_400_000 });
    expect(later.find((f) => f.ruleId === 'certificate-expiry')).toMatchObject({ severity: 'error', message: expect.stringMatching(/expired on \d{4}-\d\d-\d\d/) });
    // An address names no host: no name check.
    expect(later.some((f) => f.ruleId === 'certificate-name-mismatch')).toBe(false);
    // The profiles' live demands: baseline's DH minimum, TLSRef's group list.
    expect(r.dhBits).toBe(1024);
    expect(later.find((f) => f.ruleId === 'key-exchange')?.message).toMatch(/DHE suites with a 1024-bit DH group; the policy \(baseline\) needs 2048 bits/);
    expect(r.groups).toEqual(expect.arrayContaining(['X25519', 'P-521', 'ffdhe2048']));
    const tlsref = judgeProbe([r], policyFromProfile('tlsref-intermediate')!);
    expect(tlsref.find((f) => f.ruleId === 'key-exchange')?.message).toMatch(/accepts key-exchange groups the policy \(tlsref-intermediate\) does not list: .*P-521.*ffdhe2048/);
    expect(tlsref.find((f) => f.ruleId === 'key-exchange')?.message).not.toMatch(/X25519,|P-256|P-384/);
    // Quick mode: suites and groups untested, said so (a notice: nothing failed).
    const quick = judgeProbe([{ ...r, tls12Ciphers: null, tls13Ciphers: null, groups: null }], policyFromProfile('tlsref-intermediate')!);
    expect(quick.find((f) => f.ruleId === 'probe-untested' && f.severity === 'notice')?.message).toMatch(/TLS 1\.2 suites \(not probed\)/);
    // A policy rule override: off drops the rule, a severity replaces the default.
    policy.rules['certificate-expiry'] = { level: 'off' };
    policy.rules['probe-untested'] = { level: 'error' };
    const overridden = judgeProbe([r], policy, { now: Date.now() + 20 * 86_400_000 });
    expect(overridden.some((f) => f.ruleId === 'certificate-expiry')).toBe(false);
    expect(overridden.filter((f) => f.ruleId === 'probe-untested').map((f) => f.severity)).toEqual(['error']);
  }, 30_000);
});

describe.skipIf(!OPENSSL)('server text in findings cannot inject Markdown or HTML', () => {
  it('a certificate name with a mention, an image tag, a link and #1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'probe-evil-'));
    try {
      execFileSync(OPENSSL!, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'evil.key', '-out', 'evil.pem', '-days', '30', '-subj', '/CN=@octocat <img src=x> [x](http:\\/\\/e.test) #1'], { cwd: dir, stdio: 'pipe' });
      const context = tls.createSecureContext({ key: readFileSync(path.join(dir, 'evil.key')), cert: readFileSync(path.join(dir, 'evil.pem')) });
      const port = await listen(smtp(['STARTTLS'], (socket) => {
        const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
        secure.on('error', () => {});
        secure.on('data', () => secure.write('250 ok\r\n'));
      }), false);
      const r = await probeTarget({ host: 'localhost', port, quick: true, deadlineMs: 20_000, role: 'submission' });
      const findings = judgeProbe([r], policyFromProfile('baseline')!);
      const mismatch = findings.find((f) => f.ruleId === 'certificate-name-mismatch');
      expect(mismatch?.message).toMatch(/@octocat .*<img src=x.*\[x\]\(http:\/\/e\.test\) #1/);
      const md = formatProbeFindings(findings, policyFromProfile('baseline')!, 'markdown');
      const row = md.split('\n').find((l) => l.includes('certificate-name-mismatch'))!.split(' | ').at(-1)!;
      // The mention is broken, and every <, ], # from the server is backslash-escaped.
      expect(row).not.toContain('@octocat');
      expect(row).not.toMatch(/(^|[^\\])(<img|\]\(|#1)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('names a certificate covers (RFC 6125 §6.4)', () => {
  it('exact, case-insensitive, one wildcard label', () => {
    expect(certificateNames(['Mail.Example.org'], 'mail.example.org')).toBe(true);
    expect(certificateNames(['*.example.org'], 'mail.example.org')).toBe(true);
    expect(certificateNames(['*.example.org'], 'a.mail.example.org')).toBe(false);
    expect(certificateNames(['*.example.org'], 'example.org')).toBe(false);
    expect(certificateNames(['*.org'], 'example.org')).toBe(false);
    expect(certificateNames([], 'mail.example.org')).toBe(false);
  });
});

describe('misbehaving servers through probeForAction: within the deadline, probe-failed, no judgement of TLS', () => {
  const DEADLINE = 1500;
  const judgedTls = new Set(['protocol-floor', 'protocol-ceiling', 'weak-cipher-suites', 'key-exchange', 'certificate-expiry', 'certificate-weak-key', 'certificate-weak-signature', 'certificate-name-mismatch']);

  it.each([
    ['silent', () => listen(() => {}), /total deadline reached waiting for the banner|no SMTP banner/],
    ['reset on accept', () => listen((s) => s.resetAndDestroy()), /reset/],
    ['garbage banner', () => listen((s) => s.write('\x00\x01HTTP/1.1 400 Bad Request\r\n\r\n')), /not an SMTP reply|banner/],
    ['554 banner', () => listen(smtp([], undefined, '554 go away')), /banner is not 220: "554 go away"/],
    ['nothing listening', async () => { const p = await listen(() => {}); await new Promise<void>((resolve) => servers.pop()!.close(() => resolve())); return p; }, /refused/],
  ] as const)('%s: one probe-failed error', async (_, start, message) => {
    const port = await start();
    const t0 = Date.now();
    const r = await probeForAction([`127.0.0.1:${port}=submission`], policyFromProfile('baseline')!, { deadlineMs: DEADLINE });
    expect(Date.now() - t0).toBeLessThan(DEADLINE + 2000);
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['probe-failed error']);
    expect(r.findings[0]!.message).toMatch(message);
    expect(r.findings[0]!.message).toMatch(/Nothing about it was judged/);
  }, 10_000);

  it('TLS that stalls after STARTTLS: TLS untested (warning), no protocol or certificate judgement', async () => {
    const port = await listen(smtp(['STARTTLS'], () => {}));
    const t0 = Date.now();
    const r = await probeForAction([`127.0.0.1:${port}=submission`], policyFromProfile('baseline')!, { deadlineMs: DEADLINE });
    expect(Date.now() - t0).toBeLessThan(DEADLINE + 2000);
    const ids = r.findings.map((f) => `${f.ruleId} ${f.severity}`);
    expect(ids).toEqual(expect.arrayContaining(['tls-not-available error', 'probe-untested warning']));
    expect(r.findings.find((f) => f.ruleId === 'probe-untested')?.message).toMatch(/TLS itself/);
    expect(r.findings.filter((f) => judgedTls.has(f.ruleId))).toEqual([]);
  }, 10_000);

  it('implicit TLS (=submissions) that answers every ClientHello with an alert: tls-not-available, not probe-failed', async () => {
    // TLS record: alert, TLS 1.0, length 2, fatal handshake_failure.
    const port = await listen((s) => s.once('data', () => s.end(Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]))));
    const r = await probeForAction([`127.0.0.1:${port}=submissions`], policyFromProfile('baseline')!, { deadlineMs: 5000 });
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(expect.arrayContaining(['tls-not-available error']));
    expect(r.findings.find((f) => f.ruleId === 'tls-not-available')?.message).toMatch(/refuses every TLS handshake/);
    expect(r.findings.filter((f) => f.ruleId === 'probe-failed' || judgedTls.has(f.ruleId))).toEqual([]);
    // Implicit TLS has no plaintext phase: "is TLS required" is not an open question there.
    expect(r.findings.filter((f) => /MAIL FROM/.test(f.message))).toEqual([]);
    expect(r.log).toContain('(submissions: given; implicit)');
  }, 10_000);

  it('bad targets are errors, never a throw; nothing is contacted for them', async () => {
    const r = await probeForAction(['mail.example.org', '127.0.0.1:0', '127.0.0.1:25=martian', '[::1]:x'], policyFromProfile('baseline')!, { deadlineMs: DEADLINE });
    expect(r.findings).toEqual([]);
    expect(r.errors).toHaveLength(4);
    expect(r.errors.join('\n')).toMatch(/unknown role "martian"/);
  });
});
