/**
 * The probe against misbehaving loopback servers written here (issue 7 §5): every one ends within its deadline
 * with a clear message, and a probe never holds more connections than its concurrency.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { parseTarget, probeTarget, roleFromPort, type ProbeResult } from '../../src/probe/index.js';
import { smtp } from '../support/fake-smtp.js';

interface Fake {
  port: number;
  /** Connections accepted so far, and the most open at once. */
  accepted: number;
  maxOpen: number;
  close(): Promise<void>;
}

const servers: Fake[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A TCP server on 127.0.0.1 whose per-connection behaviour the test writes. */
async function fakeServer(onConnection: (socket: net.Socket) => void): Promise<Fake> {
  const sockets = new Set<net.Socket>();
  let open = 0;
  const fake: Fake = { port: 0, accepted: 0, maxOpen: 0, close: async () => {} };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    fake.accepted++;
    open++;
    fake.maxOpen = Math.max(fake.maxOpen, open);
    socket.on('error', () => {});
    socket.on('close', () => {
      open--;
      sockets.delete(socket);
    });
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.port = (server.address() as net.AddressInfo).port;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  servers.push(fake);
  return fake;
}

async function timed(p: Promise<ProbeResult>): Promise<{ r: ProbeResult; ms: number }> {
  const t0 = Date.now();
  const r = await p;
  return { r, ms: Date.now() - t0 };
}

const SHORT = { connectMs: 1000, readMs: 600, handshakeMs: 800 };

describe('targets and roles', () => {
  it('parses HOST:PORT and [v6]:PORT', () => {
    expect(parseTarget('mx.example.org:25')).toEqual({ host: 'mx.example.org', port: 25 });
    expect(parseTarget('[::1]:587')).toEqual({ host: '::1', port: 587 });
    expect(() => parseTarget('mx.example.org')).toThrow(/HOST:PORT/);
    expect(() => parseTarget('a:70000')).toThrow(/out of range/);
  });
  it('role from the port unless given', () => {
    expect([25, 587, 465, 24, 2525].map((p) => roleFromPort(p, false).role)).toEqual(['mx', 'submission', 'submissions', 'lmtp', 'other']);
    expect(roleFromPort(10465, true).role).toBe('submissions');
  });
});

describe('misbehaving servers: each probe ends within its deadline with a clear message', () => {
  it('silent server (accepts, never says anything)', async () => {
    const s = await fakeServer(() => {});
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(3000);
    expect(r.reachable).toBe(false);
    expect(r.errors.map((e) => e.kind)).toEqual(['silent']);
    expect(r.errors[0]?.message).toMatch(/no SMTP banner within 600 ms/);
  });

  it('silent server in auto mode: plaintext and implicit TLS both tried, both named', async () => {
    const s = await fakeServer(() => {});
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'auto', timeouts: SHORT, deadlineMs: 4000 }));
    expect(ms).toBeLessThan(4000);
    expect(s.accepted).toBe(2);
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/no SMTP banner[\s\S]*implicit TLS attempt: TLS handshake stalled/);
  });

  it('slow banner (after the read timeout)', async () => {
    const s = await fakeServer((socket) => setTimeout(() => socket.writable && socket.write('220 late\r\n'), 2000));
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(1500);
    expect(r.errors[0]).toMatchObject({ kind: 'silent', stage: 'banner' });
  });

  it('slow banner cut by the total deadline, not the read timeout', async () => {
    const s = await fakeServer(() => {});
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: { ...SHORT, readMs: 10_000 }, deadlineMs: 700 }));
    expect(ms).toBeLessThan(1500);
    expect(r.errors[0]).toMatchObject({ kind: 'deadline' });
    expect(r.errors[0]?.message).toMatch(/total deadline/);
  });

  it('connection reset right after accept', async () => {
    const s = await fakeServer((socket) => socket.resetAndDestroy());
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(3000);
    expect(r.reachable).toBe(false);
    expect(r.errors[0]?.message).toMatch(/reset by peer|connection closed/);
  });

  it('connection refused (nothing listens)', async () => {
    const s = await fakeServer(() => {});
    const port = s.port;
    await s.close();
    servers.length = 0;
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(3000);
    expect(r.errors).toEqual([{ stage: 'connect', kind: 'refused', message: 'connection refused' }]);
  });

  it('garbage banner (an HTTP server), control characters escaped', async () => {
    const s = await fakeServer((socket) => socket.write('HTTP/1.1 400 Bad Request\x1b[31m\r\n\r\n'));
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(3000);
    expect(r.errors[0]).toMatchObject({ kind: 'garbage', stage: 'banner' });
    expect(r.errors[0]?.message).toBe('not an SMTP reply (the banner): "HTTP/1.1 400 Bad Request\\x1b[31m"');
  });

  it('endless multi-line banner (220- forever) is cut as garbage, not buffered without bound', async () => {
    const s = await fakeServer((socket) => {
      const line = `220-${'x'.repeat(1000)}\r\n`;
      const timer = setInterval(() => (socket.writable ? socket.write(line.repeat(20)) : clearInterval(timer)), 5);
      socket.on('close', () => clearInterval(timer));
    });
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(1500);
    expect(r.errors[0]).toMatchObject({ kind: 'garbage', stage: 'banner' });
  });

  it('banner dripped one byte at a time never completes: bounded by the read timeout', async () => {
    const s = await fakeServer((socket) => {
      const text = [...'220 a slow banner\r\n'];
      const timer = setInterval(() => (socket.writable && text.length ? socket.write(text.shift()!) : clearInterval(timer)), 100);
      socket.on('close', () => clearInterval(timer));
    });
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(1500);
    expect(r.errors[0]).toMatchObject({ kind: 'garbage', stage: 'banner' });
    expect(r.errors[0]?.message).toMatch(/^incomplete reply \(the banner\) within 600 ms: "22?0? ?[a-z ]*"$/);
  });

  it('banner that is not 220 (554 refusal)', async () => {
    const s = await fakeServer((socket) => socket.end('554 go away\r\n'));
    const { r } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(r.errors[0]).toMatchObject({ kind: 'rejected', message: 'banner is not 220: "554 go away"' });
  });

  it('no STARTTLS advertised; AUTH in cleartext is seen', async () => {
    const s = await fakeServer(smtp(['PIPELINING', 'AUTH PLAIN LOGIN']));
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(3000);
    expect(r.reachable).toBe(true);
    expect(r.starttlsAdvertised).toBe(false);
    expect(r.starttls).toBe(false);
    expect(r.authBeforeTls).toBe(true);
    expect(r.tlsRequired).toBe(false);
    expect(r.protocols).toEqual([]);
    expect(r.errors).toEqual([{ stage: 'starttls', kind: 'no-starttls', message: 'STARTTLS not advertised in the EHLO reply' }]);
    expect(s.accepted).toBe(1);
  });

  it('STARTTLS refused with 454', async () => {
    const s = await fakeServer((socket) => {
      smtp(['STARTTLS'], (sock) => {
        sock.write('454 TLS not available\r\n');
      })(socket);
    });
    const { r } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(r.starttlsAdvertised).toBe(true);
    expect(r.starttls).toBe(false);
  });

  it('TLS that stalls mid-handshake (ClientHello read, nothing sent back)', async () => {
    const s = await fakeServer(smtp(['STARTTLS'], (socket) => socket.on('data', () => {})));
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'starttls', timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(3000);
    expect(r.starttls).toBe(false);
    expect(r.errors[0]).toMatchObject({ kind: 'tls-stall', stage: 'handshake', message: 'TLS handshake stalled: not completed within 800 ms' });
  });

  it('implicit TLS that stalls is bounded by the total deadline', async () => {
    const s = await fakeServer((socket) => socket.on('data', () => {}));
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'implicit', timeouts: { ...SHORT, handshakeMs: 30_000 }, deadlineMs: 900 }));
    expect(ms).toBeLessThan(1800);
    expect(r.errors[0]).toMatchObject({ kind: 'deadline', stage: 'handshake' });
  });

  it('LMTP: LHLO instead of EHLO', async () => {
    let hello = '';
    const s = await fakeServer((socket) => {
      socket.once('data', (d: Buffer) => (hello = d.toString('latin1').slice(0, 4)));
      smtp(['PIPELINING'])(socket);
    });
    const { r } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, mode: 'lmtp', timeouts: SHORT, deadlineMs: 3000 }));
    expect(hello).toBe('LHLO');
    expect(r.mode).toBe('lmtp');
    expect(r.errors[0]?.message).toBe('STARTTLS not advertised in the LHLO reply');
  });

  it('a name that does not resolve: one clear error, no connection', async () => {
    const { r, ms } = await timed(probeTarget({ host: 'no-such-host.invalid', port: 25, timeouts: SHORT, deadlineMs: 3000 }));
    expect(ms).toBeLessThan(2000);
    expect(r.connections).toBe(0);
    expect(r.errors[0]?.kind).toBe('resolve');
    expect(r.errors[0]?.message).toMatch(/name lookup of no-such-host\.invalid (failed|timed out)/);
  });

  it('the CLI deadline bounds all targets together', async () => {
    const a = await fakeServer(() => {});
    const b = await fakeServer(() => {});
    const t0 = Date.now();
    const r = await runCli(['probe', `127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`, '--mode', 'starttls', '--timeout', '1000', '--deadline', '1300', '--format', 'json'], process.cwd());
    expect(Date.now() - t0).toBeLessThan(2500);
    const out = JSON.parse(String(r.stdout)) as { targets: { errors: { kind: string }[] }[] };
    expect(out.targets.map((t) => t.errors[0]?.kind)).toEqual(['silent', 'deadline']);
  });

  it('the CLI reports the failure and exits 1', async () => {
    const s = await fakeServer(() => {});
    const r = await runCli(['probe', `127.0.0.1:${s.port}`, '--mode', 'starttls', '--timeout', '500', '--deadline', '2000'], process.cwd());
    expect(r.exitCode).toBe(1);
    expect(String(r.stdout)).toMatch(/error \(banner, silent\): no SMTP banner within 500 ms/);
  });

  it('--compare pairs by role when no endpoint has the port, and names the drift; ambiguity is reported, not guessed', async () => {
    const s = await fakeServer(smtp(['PIPELINING', 'AUTH PLAIN']));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'probe-role-'));
    try {
      writeFileSync(path.join(dir, 'main.cf'), 'smtpd_tls_cert_file = /etc/ssl/certs/x.pem\nsmtpd_tls_key_file = /etc/ssl/private/x.key\n');
      writeFileSync(path.join(dir, 'master.cf'), [
        'smtp       inet  n - y - - smtpd',
        'submission inet  n - y - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes',
        '',
      ].join('\n'));
      const target = `127.0.0.1:${s.port}`;
      const r = await runCli(['probe', target, '--mode', 'starttls', '--role', 'submission', '--timeout', '1000', '--compare', dir, '--format', 'json'], process.cwd());
      expect(r.exitCode).toBe(1);
      const out = JSON.parse(String(r.stdout)) as { compare: { pairings: { how: string; endpoint: { service: string } }[]; drift: { severity: string; aspect: string; message: string }[] } };
      expect(out.compare.pairings[0]).toMatchObject({ how: 'role', endpoint: { service: 'submission' } });
      const drift = out.compare.drift.map((d) => `${d.severity} ${d.aspect}: ${d.message}`);
      expect(drift).toContain(`error advertised: port ${s.port} does not advertise STARTTLS although the config does`);
      expect(drift).toContain(`error required: port ${s.port} does not require TLS before MAIL FROM although the config requires it (level encrypt)`);
      expect(drift).toContain(`error authBeforeTls: port ${s.port} offers AUTH before TLS although the config does not`);
      expect(drift).toContain(`error offered: port ${s.port} does not complete a TLS handshake although the config offers TLS`);

      // Two submission-role endpoints and no port match: no guess.
      writeFileSync(path.join(dir, 'master.cf'), 'submission inet n - y - - smtpd\n10.0.0.1:submission inet n - y - - smtpd\n');
      const again = await runCli(['probe', target, '--mode', 'starttls', '--role', 'submission', '--timeout', '1000', '--compare', dir, '--format', 'json'], process.cwd());
      const out2 = JSON.parse(String(again.stdout)) as { compare: { drift: { severity: string; aspect: string; message: string }[] } };
      expect(out2.compare.drift).toEqual([expect.objectContaining({ severity: 'warning', aspect: 'unpaired' })]);
      expect(out2.compare.drift[0]!.message).toMatch(/2 endpoints .*use --pair/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI refuses bad arguments', async () => {
    expect((await runCli(['probe'], process.cwd())).exitCode).toBe(2);
    expect((await runCli(['probe', 'example.org'], process.cwd())).stderr).toMatch(/not HOST:PORT/);
    expect((await runCli(['probe', '127.0.0.1:25', '--concurrency', '0'], process.cwd())).stderr).toMatch(/positive integer/);
    expect((await runCli(['probe', '127.0.0.1:25', '--pair', '127.0.0.1:25=smtp'], process.cwd())).stderr).toMatch(/--pair needs --compare/);
  });
});

const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p));
const noOpenssl = OPENSSL ? undefined : 'openssl not found (needed to make a certificate)';
if (noOpenssl && process.env.CI === 'true') throw new Error(`CI=true: ${noOpenssl}`);
if (noOpenssl) console.warn(`[skip] probe against a node:tls STARTTLS server: ${noOpenssl}`);

describe.skipIf(noOpenssl !== undefined)('a well-behaved STARTTLS server written here (node:tls, TLS 1.2 only, 3 suites, ECDSA certificate)', () => {
  let dir: string;
  let key: Buffer;
  let cert: Buffer;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'probe-cert-'));
    execFileSync(OPENSSL as string, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-sha384', '-days', '30', '-subj', '/CN=mx.fake.test', '-addext', 'subjectAltName=DNS:mx.fake.test,DNS:fake.test', '-keyout', path.join(dir, 'k.pem'), '-out', path.join(dir, 'c.pem')], { stdio: 'ignore' });
    key = readFileSync(path.join(dir, 'k.pem'));
    cert = readFileSync(path.join(dir, 'c.pem'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // An ECDSA certificate, so the server's list holds ECDSA suites only.
  const suites = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES256-SHA'];
  const goodServer = (): Promise<Fake> =>
    fakeServer(
      smtp(['STARTTLS', 'SIZE 1000'], (socket) => {
        const secure = new tls.TLSSocket(socket, { isServer: true, key, cert, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: suites.join(':'), ecdhCurve: 'P-256:P-384' });
        secure.on('error', () => {});
        // Inside TLS: EHLO shows AUTH (only now), QUIT ends; handshake-only probes just hang up.
        secure.on('data', (d: Buffer) => {
          const verb = d.toString('latin1').slice(0, 4).toUpperCase();
          if (verb === 'EHLO') secure.write('250-fake.test\r\n250 AUTH PLAIN\r\n');
          else secure.end('221 bye\r\n');
        });
      }),
    );

  it('observes exactly what the server allows, within the concurrency bound', async () => {
    const s = await goodServer();
    const { r, ms } = await timed(probeTarget({ host: '127.0.0.1', port: s.port, timeouts: SHORT, deadlineMs: 20_000, concurrency: 3 }));
    expect(r.errors).toEqual([]);
    expect(r.authBeforeTls).toBe(false);
    expect(r.authAfterTls).toBe('AUTH PLAIN');
    expect(r.protocols).toEqual(['TLSv1.2']);
    expect(r.protocolsRefused).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.3']);
    expect(r.protocolsNotTestable.map((u) => u.what)).toEqual(['SSLv3']);
    expect(r.tls12Ciphers?.slice().sort()).toEqual(suites.slice().sort());
    expect(r.tls13Ciphers).toBeNull();
    expect(r.group).toBe('P-256');
    // TLS 1.2 (RFC 8422 §5.1): the client's groups also bound the ECDSA certificate's curve, so offering P-384
    // alone fails against a P-256 certificate; the probe reports what a client offering one group gets.
    expect(r.groups).toEqual(['P-256']);
    expect(r.certificate).toMatchObject({ keyType: 'EC', keyBits: 256, curve: 'prime256v1', signatureAlgorithm: 'ecdsa-with-SHA384', names: ['mx.fake.test', 'fake.test'], selfSigned: true });
    expect(r.certificate?.daysToExpiry).toBeGreaterThanOrEqual(29);
    // Every connection went through the limiter (the server accepted exactly as many as the probe counted), and
    // the limiter held at most 3 at once; a slot is freed only after the client socket closed. The server in
    // this same process may read a closed connection's FIN after the next accept, so its own count can lag by one.
    expect(r.connections).toBe(s.accepted);
    expect(r.maxConcurrentConnections).toBe(3);
    expect(s.maxOpen).toBeLessThanOrEqual(4);
    expect(ms).toBeLessThan(20_000);
  });

  it('contacts nothing but the named target (every net.connect recorded)', async () => {
    const s = await goodServer();
    const silent = await fakeServer(() => {});
    const seen: string[] = [];
    const original = net.connect;
    (net as { connect: unknown }).connect = (...args: unknown[]) => {
      const o = args[0] as { host?: string; port?: number };
      seen.push(`${o.host}:${o.port}`);
      return (original as (...a: unknown[]) => net.Socket)(...args);
    };
    try {
      await probeTarget({ host: '127.0.0.1', port: s.port, timeouts: SHORT, deadlineMs: 20_000, concurrency: 4 });
      await probeTarget({ host: '127.0.0.1', port: silent.port, mode: 'auto', timeouts: SHORT, deadlineMs: 3000 });
    } finally {
      (net as { connect: unknown }).connect = original;
    }
    expect(seen.length).toBeGreaterThan(50);
    expect(new Set(seen)).toEqual(new Set([`127.0.0.1:${s.port}`, `127.0.0.1:${silent.port}`]));
  });

  it('CLI JSON per target carries the agreed fields', async () => {
    const s = await goodServer();
    const r = await runCli(['probe', `127.0.0.1:${s.port}`, '--format', 'json', '--timeout', '2000', '--concurrency', '4'], process.cwd());
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(String(r.stdout)) as { tool: { name: string }; targets: Record<string, unknown>[] };
    expect(out.tool.name).toBe('postfix-tls-audit');
    const t = out.targets[0]!;
    for (const key of ['starttls', 'authBeforeTls', 'protocols', 'protocolsNotTestable', 'tls12Ciphers', 'tls13Ciphers', 'group', 'groups', 'certificate', 'errors']) expect(t).toHaveProperty(key);
    expect(t).toMatchObject({ target: `127.0.0.1:${s.port}`, starttls: true, authBeforeTls: false, protocols: ['TLSv1.2'], tls13Ciphers: null, group: 'P-256', errors: [] });
  });
});

const v6 = await new Promise<boolean>((resolve) => {
  const probe = net.createServer();
  probe.once('error', () => resolve(false));
  probe.listen(0, '::1', () => probe.close(() => resolve(true)));
});
if (!v6) console.warn('[skip] IPv6 loopback: ::1 not available');

describe.skipIf(!v6)('IPv6 loopback', () => {
  it('probes [::1]:PORT', async () => {
    const server = net.createServer(smtp(['PIPELINING']));
    await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
    try {
      const port = (server.address() as net.AddressInfo).port;
      const r = await runCli(['probe', `[::1]:${port}`, '--format', 'json', '--mode', 'starttls', '--timeout', '1000'], process.cwd());
      const t = (JSON.parse(String(r.stdout)) as { targets: { target: string; reachable: boolean; errors: { kind: string }[] }[] }).targets[0]!;
      expect(t).toMatchObject({ target: `[::1]:${port}`, reachable: true, errors: [{ kind: 'no-starttls' }] });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
