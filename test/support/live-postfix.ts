/**
 * A real Postfix (Debian's 3.7 package) on 127.0.0.1 high ports, in a throw-away directory, plus the probes
 * that observe it from a client's side: `openssl s_client` handshakes (one protocol version or one cipher suite
 * at a time) and a small SMTP dialogue over node:net / node:tls.
 *
 * The instance never touches /etc/postfix or the system queue: `postfix -c DIR` runs as a single instance
 * (postfix.c sets force_single_instance when -c is given; root needs no alternate_config_directories) with its
 * own queue_directory, data_directory and maillog_file. Only ports picked free at run time are used.
 *
 * Tests call `livePostfixUnavailable()` and skip with the printed reason when it returns one; under CI=true it
 * throws instead, so CI cannot silently skip the live proof.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { OPENSSL, OPENSSL_VERSION } from '../tls/cipher-oracle.js';

export { OPENSSL, OPENSSL_VERSION };

const POSTFIX_CANDIDATES = ['/usr/sbin/postfix', '/usr/local/sbin/postfix'];
const POSTCONF_CANDIDATES = ['/usr/sbin/postconf', '/usr/local/sbin/postconf'];

export const POSTFIX: string | undefined = POSTFIX_CANDIDATES.find((p) => existsSync(p));
const POSTCONF_BIN: string | undefined = POSTCONF_CANDIDATES.find((p) => existsSync(p));

function postconfDefault(name: string): string | undefined {
  if (!POSTCONF_BIN) return undefined;
  try {
    return execFileSync(POSTCONF_BIN, ['-dh', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export const LIVE_POSTFIX_VERSION: string | undefined = postconfDefault('mail_version');
const DAEMON_DIRECTORY: string | undefined = postconfDefault('daemon_directory');

/** Why a live Postfix cannot run here, or undefined when it can. Throws under CI=true. */
export function livePostfixUnavailable(): string | undefined {
  let reason: string | undefined;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) reason = 'not running as root (Postfix must be started by root)';
  else if (!POSTFIX) reason = 'postfix not found (install Debian package "postfix")';
  else if (!LIVE_POSTFIX_VERSION?.startsWith('3.7.')) reason = `Postfix is ${LIVE_POSTFIX_VERSION ?? 'unknown'}, the live matrix expects 3.7`;
  else if (!DAEMON_DIRECTORY || !existsSync(path.join(DAEMON_DIRECTORY, 'master'))) reason = `no Postfix master daemon in ${DAEMON_DIRECTORY}`;
  else if (!OPENSSL_VERSION?.startsWith('OpenSSL 3.')) reason = `openssl is ${OPENSSL_VERSION ?? 'missing'}, OpenSSL 3.x needed`;
  else if (!userExists('postfix')) reason = 'no "postfix" user';
  if (reason && process.env.CI === 'true') throw new Error(`CI=true but the live Postfix cannot run: ${reason}`);
  if (reason) console.warn(`[skip] live Postfix matrix: ${reason}`);
  return reason;
}

/**
 * Can Cyrus SASL (Debian's smtpd_sasl_type) offer PLAIN/LOGIN? Without the libsasl2-modules package smtpd has no
 * mechanism to advertise, so the SASL cases cannot show AUTH. Returns the reason when not.
 */
export function saslMechanismsUnavailable(): string | undefined {
  const dirs = ['/usr/lib/sasl2', '/usr/lib64/sasl2'];
  try {
    for (const e of readdirSync('/usr/lib')) if (e.includes('-linux-')) dirs.push(`/usr/lib/${e}/sasl2`);
  } catch {
    /* no /usr/lib */
  }
  const found = dirs.some((d) => existsSync(path.join(d, 'libplain.so')) || existsSync(path.join(d, 'libplain.so.2')));
  return found ? undefined : 'no Cyrus SASL PLAIN module (install Debian package "libsasl2-modules")';
}

function userExists(name: string): boolean {
  return spawnSync('id', ['-u', name], { stdio: 'ignore' }).status === 0;
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}

// ---------------------------------------------------------------------------------------------------------------
// Instance
// ---------------------------------------------------------------------------------------------------------------

/** The standard internal services (stock master.cf of 3.7, chroot "n" so no chroot jail needs populating). */
const INTERNAL_SERVICES = [
  'pickup    unix  n       -       n       60      1       pickup',
  'cleanup   unix  n       -       n       -       0       cleanup',
  'qmgr      unix  n       -       n       300     1       qmgr',
  'tlsmgr    unix  -       -       n       1000?   1       tlsmgr',
  'rewrite   unix  -       -       n       -       -       trivial-rewrite',
  'bounce    unix  -       -       n       -       0       bounce',
  'defer     unix  -       -       n       -       0       bounce',
  'trace     unix  -       -       n       -       0       bounce',
  'verify    unix  -       -       n       -       1       verify',
  'flush     unix  n       -       n       1000?   0       flush',
  'proxymap  unix  -       -       n       -       -       proxymap',
  'proxywrite unix -       -       n       -       1       proxymap',
  'smtp      unix  -       -       n       -       -       smtp',
  'relay     unix  -       -       n       -       -       smtp',
  'showq     unix  n       -       n       -       -       showq',
  'error     unix  -       -       n       -       -       error',
  'retry     unix  -       -       n       -       -       error',
  'discard   unix  -       -       n       -       -       discard',
  'local     unix  -       n       n       -       -       local',
  'virtual   unix  -       n       n       -       -       virtual',
  'lmtp      unix  -       -       n       -       -       lmtp',
  'anvil     unix  -       -       n       -       1       anvil',
  'scache    unix  -       -       n       -       1       scache',
  // maillog_file needs postlogd; postfix-script refuses to start without this service.
  'postlog   unix-dgram n  -       n       -       1       postlogd',
];

export interface LivePostfixOptions {
  /** Number of loopback ports to reserve; they are handed to `masterCf`. */
  portCount: number;
  /** master.cf lines for the listeners (and extra unix services), given the ports and the instance directory. */
  masterCf: (ports: number[], dir: string) => string[];
  /** Extra main.cf lines appended after the base settings, given the instance directory. */
  mainCf?: (dir: string) => string[];
  /** Extra files written into the instance directory (not the config directory), relative path → content. */
  files?: (dir: string) => Record<string, string>;
}

export interface LivePostfix {
  /** The temp directory holding everything. */
  dir: string;
  /** The Postfix config directory (main.cf + master.cf only): what the model is asked about. */
  configDir: string;
  ports: number[];
  mainCfText: string;
  masterCfText: string;
  /** The master daemon's pid (from queue_directory/pid/master.pid). */
  masterPid: number;
  /** The daemons' log so far (maillog_file). */
  log(): string;
  stop(): Promise<void>;
}

const running = new Set<{ configDir: string; dir: string; masterPid: () => number | undefined }>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when a test run dies before afterAll: stop synchronously, never leave a master behind.
  process.on('exit', () => {
    for (const inst of running) stopSync(inst);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      for (const inst of running) stopSync(inst);
      // Let the signal do what it would have done without us.
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function stopSync(inst: { configDir: string; dir: string; masterPid: () => number | undefined }): void {
  const pid = inst.masterPid();
  if (POSTFIX) spawnSync(POSTFIX, ['-c', inst.configDir, 'stop'], { stdio: 'ignore', timeout: 10_000 });
  if (pid !== undefined) {
    spawnSync('sleep', ['0.5']);
    killGroup(pid);
  }
  rmSync(inst.dir, { recursive: true, force: true });
  running.delete(inst);
}

/**
 * SIGKILL what is left of this instance: master calls setsid(), so its pid is the process group of every
 * daemon it started (and of nothing else).
 */
function killGroup(masterPid: number): void {
  if (!groupRunsPostfix(masterPid)) return;
  for (const target of [-masterPid, masterPid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Does process group `pgid` still hold a live process running a Postfix daemon binary? (/proc scan) */
function groupRunsPostfix(pgid: number): boolean {
  if (!DAEMON_DIRECTORY) return false;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return false;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || Number(fields[2]) !== pgid) continue;
      if (readlinkSync(`/proc/${pid}/exe`).startsWith(`${DAEMON_DIRECTORY}/`)) return true;
    } catch {
      /* gone meanwhile */
    }
  }
  return false;
}

/** Is the process running (a zombie counts as gone: it holds no sockets)? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** Distinct free loopback ports, held open together while choosing so none repeats. Never 25/465/587. */
export async function freeLoopbackPorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  const ports: number[] = [];
  try {
    while (ports.length < count) {
      const server = net.createServer();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      servers.push(server);
      const port = (server.address() as net.AddressInfo).port;
      if (port > 1024) ports.push(port);
    }
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
  return ports;
}

/** Run a program (argv only, no shell) with stdin at /dev/null and a hard timeout; code null = killed. */
function runFile(file: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('latin1').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('latin1').on('data', (d: string) => (stderr += d));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (code: number | null) => {
      clearTimeout(timer);
      resolve({ code: killed ? null : code, stdout, stderr });
    };
    child.once('error', (e) => {
      stderr += String(e);
      finish(-1);
    });
    child.once('close', (code) => finish(code));
  });
}

/** A self-signed RSA-2048 certificate and key for CN=localhost (openssl req, argv only, no shell). */
async function makeCertificate(dir: string): Promise<{ cert: string; key: string }> {
  if (!OPENSSL) throw new Error('openssl missing');
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const r = await runFile(OPENSSL, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-subj', '/CN=localhost', '-keyout', key, '-out', cert], 30_000);
  if (r.code !== 0 || !existsSync(cert) || !existsSync(key)) throw new Error(`openssl req failed: ${r.stderr}`);
  chmodSync(key, 0o600);
  return { cert, key };
}

/**
 * Start a Postfix with the given listeners. The caller must `await stop()` (afterAll); an exit hook stops it
 * anyway if the process ends first.
 */
export async function startLivePostfix(options: LivePostfixOptions): Promise<LivePostfix> {
  if (!POSTFIX) throw new Error('postfix missing');
  installExitHook();
  // mkdtemp makes 0700; daemons that dropped to the postfix user (tlsmgr in data_directory) must traverse it.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pfx-live-'));
  chmodSync(dir, 0o755);
  let masterPid: number | undefined;
  const configDir = path.join(dir, 'etc');
  const handle = { configDir, dir, masterPid: () => masterPid };
  running.add(handle);
  try {
    const queueDir = path.join(dir, 'spool');
    const dataDir = path.join(dir, 'data');
    mkdirSync(configDir);
    mkdirSync(queueDir);
    mkdirSync(dataDir, { mode: 0o700 });
    chownSync(dataDir, idOf('-u', 'postfix'), idOf('-g', 'postfix'));
    const { cert, key } = await makeCertificate(dir);
    for (const [rel, content] of Object.entries(options.files?.(dir) ?? {})) writeFileSync(path.join(dir, rel), content);

    const ports = await freeLoopbackPorts(options.portCount);
    const mainCfText = [
      '# Generated by test/support/live-postfix.ts: a throw-away Postfix on 127.0.0.1 high ports.',
      'compatibility_level = 3.6',
      `queue_directory = ${queueDir}`,
      `data_directory = ${dataDir}`,
      `maillog_file = ${path.join(dir, 'maillog')}`,
      `maillog_file_prefixes = ${dir}`,
      'inet_interfaces = 127.0.0.1',
      'inet_protocols = ipv4',
      'myhostname = live.postfix-tls-audit.test',
      'mydestination =',
      'alias_maps =',
      'alias_database =',
      'mynetworks = 127.0.0.0/8',
      'notify_classes =',
      // No DNS for the probing client's name: CI machines may have no resolver.
      'smtpd_peername_lookup = no',
      'smtpd_tls_loglevel = 1',
      `smtpd_tls_cert_file = ${cert}`,
      `smtpd_tls_key_file = ${key}`,
      'smtpd_tls_security_level = may',
      ...(options.mainCf?.(dir) ?? []),
      '',
    ].join('\n');
    const masterCfText = [
      '# Generated by test/support/live-postfix.ts.',
      ...options.masterCf(ports, dir),
      ...INTERNAL_SERVICES,
      '',
    ].join('\n');
    writeFileSync(path.join(configDir, 'main.cf'), mainCfText);
    writeFileSync(path.join(configDir, 'master.cf'), masterCfText);

    const started = await runFile(POSTFIX, ['-c', configDir, 'start'], 60_000);
    const pidFile = path.join(queueDir, 'pid', 'master.pid');
    if (existsSync(pidFile)) masterPid = Number(readFileSync(pidFile, 'utf8').trim()) || undefined;
    if (started.code !== 0 || masterPid === undefined) {
      const log = readLog(dir);
      throw new Error(`postfix start failed (exit ${started.code}):\n${started.stderr}\n${log}`);
    }
    const instance: LivePostfix = {
      dir,
      configDir,
      ports,
      mainCfText,
      masterCfText,
      masterPid,
      log: () => readLog(dir),
      stop: async () => {
        if (!running.has(handle)) return;
        await runFile(POSTFIX, ['-c', configDir, 'stop'], 20_000);
        // master terminates its children (they inherit the listening sockets); wait for both.
        const deadline = Date.now() + 10_000;
        const listening = async () => (await Promise.all(ports.map((p) => canConnect(p, 300)))).some(Boolean);
        while ((alive(masterPid as number) || (await listening())) && Date.now() < deadline) await sleep(100);
        if (alive(masterPid as number) || (await listening())) killGroup(masterPid as number);
        rmSync(dir, { recursive: true, force: true });
        running.delete(handle);
      },
    };
    return instance;
  } catch (error) {
    stopSync(handle);
    throw error;
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(path.join(dir, 'maillog'), 'latin1');
  } catch {
    return '';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Is something listening on 127.0.0.1:port (plain TCP connect)? */
export function canConnect(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Wait until every port accepts TCP connections (master opened its listeners). */
export async function waitForListeners(ports: number[], timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pending = [...ports];
  while (pending.length > 0) {
    const results = await Promise.all(pending.map((p) => canConnect(p)));
    pending = pending.filter((_, i) => !results[i]);
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`ports never listened: ${pending.join(', ')}`);
    await sleep(200);
  }
}

/** Run tasks with at most `limit` at once, keeping result order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  });
  await Promise.all(workers);
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// openssl s_client probes
// ---------------------------------------------------------------------------------------------------------------

export const PROBE_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type ProbeVersion = (typeof PROBE_VERSIONS)[number];

const VERSION_FLAG: Record<ProbeVersion, string> = { 'TLSv1': '-tls1', 'TLSv1.1': '-tls1_1', 'TLSv1.2': '-tls1_2', 'TLSv1.3': '-tls1_3' };

export interface HandshakeProbe {
  port: number;
  starttls: boolean;
  version: ProbeVersion;
  /** OpenSSL cipher string for TLS <= 1.2 (default `DEFAULT:@SECLEVEL=0`, so only the server decides). */
  cipher?: string;
  /** TLS 1.3 ciphersuites to offer (default: OpenSSL's). */
  ciphersuites?: string;
  timeoutMs?: number;
}

export interface HandshakeResult {
  ok: boolean;
  /** Negotiated protocol and cipher when ok. */
  protocol: string | null;
  cipher: string | null;
  /** First error line from openssl when not ok (for reports). */
  error: string | null;
}

/** One `openssl s_client` handshake to 127.0.0.1:port, offering exactly one protocol version. */
export async function probeHandshake(probe: HandshakeProbe): Promise<HandshakeResult> {
  if (!OPENSSL) throw new Error('openssl missing');
  const args = ['s_client', '-connect', `127.0.0.1:${probe.port}`, VERSION_FLAG[probe.version], '-cipher', probe.cipher ?? 'DEFAULT:@SECLEVEL=0'];
  if (probe.ciphersuites !== undefined) args.push('-ciphersuites', probe.ciphersuites);
  if (probe.starttls) args.push('-starttls', 'smtp', '-name', 'probe.postfix-tls-audit.test');
  // stdin is /dev/null: s_client ends the session right after the handshake.
  const r = await runFile(OPENSSL, args, probe.timeoutMs ?? 10_000);
  const m = /^New, (\S+?),? Cipher is (\S+)/m.exec(r.stdout);
  const protocolLine = /^\s*Protocol\s*:\s*(\S+)/m.exec(r.stdout);
  const protocol = m && m[1] !== '(NONE)' ? (protocolLine?.[1] ?? m[1] ?? null) : null;
  const cipher = m && m[2] !== '(NONE)' ? (m[2] ?? null) : null;
  const ok = protocol !== null && cipher !== null && cipher !== '0000';
  const error = ok ? null : (r.stderr.split('\n').find((l) => /error|alert|timeout|Didn't find/i.test(l)) ?? (r.code === null ? 'timeout' : (r.stderr.split('\n')[0] ?? '')));
  return { ok, protocol: ok ? protocol : null, cipher: ok ? cipher : null, error };
}

/**
 * TLS <= 1.2 suites a server with an RSA certificate could ever negotiate, from the local OpenSSL:
 * RSA-authenticated or anonymous, without PSK/SRP (which need extra setup). Sorted by name.
 */
export function candidateTls12Suites(): string[] {
  if (!OPENSSL) return [];
  const out = execFileSync(OPENSSL, ['ciphers', '-v', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], { encoding: 'utf8' });
  const names = new Set<string>();
  for (const line of out.split('\n')) {
    const [name, proto, kx, au] = line.trim().split(/\s+/);
    if (!name || !proto || !kx || !au || proto === 'TLSv1.3') continue;
    if (!/^Au=(RSA|None)$/.test(au) || /PSK|SRP/.test(kx)) continue;
    names.add(name);
  }
  return [...names].sort();
}

export const TLS13_SUITES = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256'] as const;

// ---------------------------------------------------------------------------------------------------------------
// SMTP dialogue
// ---------------------------------------------------------------------------------------------------------------

export interface SmtpReply {
  code: number;
  lines: string[];
}

/** Line-oriented SMTP reader over a socket that can be swapped for its TLS upgrade. */
class SmtpConnection {
  private buffer = '';
  private closed = false;
  private waiter: (() => void) | undefined;
  private socket: net.Socket;

  constructor(socket: net.Socket) {
    this.socket = socket;
    this.attach(socket);
  }

  private attach(socket: net.Socket): void {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.waiter?.();
    });
    const end = () => {
      this.closed = true;
      this.waiter?.();
    };
    socket.on('end', end);
    socket.on('close', end);
    socket.on('error', end);
  }

  /** Read one (possibly multi-line) reply; null when the peer closed or nothing complete came in time. */
  async reply(timeoutMs: number): Promise<SmtpReply | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const parsed = this.takeReply();
      if (parsed) return parsed;
      if (this.closed) return null;
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.waiter = undefined;
    }
  }

  private takeReply(): SmtpReply | null {
    const lines: string[] = [];
    let offset = 0;
    for (;;) {
      const nl = this.buffer.indexOf('\n', offset);
      if (nl < 0) return null;
      const line = this.buffer.slice(offset, nl).replace(/\r$/, '');
      offset = nl + 1;
      lines.push(line);
      if (!/^\d{3}-/.test(line)) {
        this.buffer = this.buffer.slice(offset);
        return { code: Number(line.slice(0, 3)) || 0, lines };
      }
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get hasData(): boolean {
    return this.buffer.length > 0;
  }

  send(line: string): void {
    if (!this.closed) this.socket.write(`${line}\r\n`);
  }

  async command(line: string, timeoutMs: number): Promise<SmtpReply | null> {
    this.send(line);
    return this.reply(timeoutMs);
  }

  /** Stop reading: the socket is handed to node:tls as is. */
  detach(): void {
    for (const event of ['data', 'end', 'close', 'error']) this.socket.removeAllListeners(event);
  }

  /** Replace the plaintext socket by its TLS upgrade (STARTTLS). */
  async upgrade(timeoutMs: number): Promise<string | null> {
    const plain = this.socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('end');
    plain.removeAllListeners('close');
    plain.removeAllListeners('error');
    this.buffer = '';
    const secure = tls.connect({ socket: plain, rejectUnauthorized: false, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    const error = await tlsReady(secure, timeoutMs);
    this.socket = secure;
    this.closed = false;
    this.attach(secure);
    return error;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

function tlsReady(socket: tls.TLSSocket, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve('TLS handshake timeout'), timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(t);
      resolve(null);
    });
    socket.once('error', (e) => {
      clearTimeout(t);
      resolve(e.message);
    });
    socket.once('close', () => {
      clearTimeout(t);
      resolve('closed during TLS handshake');
    });
  });
}

/**
 * The same one-handshake probe as `probeHandshake`, done in-process with node:tls (Node's bundled OpenSSL):
 * no process start per probe, which matters when every TLS 1.2 suite is offered alone on many listeners.
 * The matrix checks on a calibration listener that it accepts exactly the suites `openssl s_client` does.
 */
export async function probeHandshakeInProcess(probe: HandshakeProbe): Promise<HandshakeResult> {
  const timeoutMs = probe.timeoutMs ?? 10_000;
  const fail = (error: string): HandshakeResult => ({ ok: false, protocol: null, cipher: null, error });
  let plain: net.Socket | undefined;
  if (probe.starttls) {
    plain = net.connect({ host: '127.0.0.1', port: probe.port });
    const conn = new SmtpConnection(plain);
    const banner = await conn.reply(timeoutMs);
    if (banner?.code !== 220) return (conn.destroy(), fail('no banner'));
    const ehlo = await conn.command('EHLO probe.postfix-tls-audit.test', timeoutMs);
    if (ehlo?.code !== 250) return (conn.destroy(), fail('EHLO refused'));
    const reply = await conn.command('STARTTLS', timeoutMs);
    if (reply?.code !== 220) return (conn.destroy(), fail(`STARTTLS answered ${reply?.code ?? 'nothing'}`));
    conn.detach();
  }
  const secure = tls.connect({
    ...(plain ? { socket: plain } : { host: '127.0.0.1', port: probe.port }),
    rejectUnauthorized: false,
    minVersion: probe.version,
    maxVersion: probe.version,
    ciphers: probe.cipher ?? 'DEFAULT:@SECLEVEL=0',
    ...(probe.ciphersuites !== undefined ? { ciphersuites: probe.ciphersuites } : {}),
  } as tls.ConnectionOptions);
  const error = await tlsReady(secure, timeoutMs);
  const result: HandshakeResult = error ? fail(error) : { ok: true, protocol: secure.getProtocol(), cipher: secure.getCipher().name, error: null };
  secure.destroy();
  plain?.destroy();
  return result;
}

export interface SmtpDialogue {
  /** What happened before any banner: 'banner' (a 220 came), 'closed' (peer hung up), 'silent' (nothing in time). */
  greeting: 'banner' | 'closed' | 'silent';
  banner: string[] | null;
  /** Implicit TLS (wrapper mode): the TLS handshake error when it failed, else null. */
  implicitTlsError: string | null;
  ehlo: string[] | null;
  starttlsAdvertised: boolean;
  /** The AUTH line of the first EHLO (before TLS, or inside implicit TLS), null when not advertised. */
  authLine: string | null;
  /** Reply code to MAIL FROM in the first session (before STARTTLS). */
  mailFrom: number | null;
  /** Reply code to STARTTLS (only sent when not implicit). */
  starttls: number | null;
  /** After a successful STARTTLS upgrade: handshake error, or the EHLO AUTH line (null = not advertised). */
  afterTls: { error: string | null; authLine: string | null } | null;
}

/**
 * The SMTP dialogue a client has with one listener: banner, EHLO (STARTTLS? AUTH?), MAIL FROM (530 or 250?),
 * RSET, STARTTLS (220 or 454?), and after a successful upgrade EHLO again (AUTH now?).
 * `implicit`: connect with TLS first (wrapper mode).
 */
export async function smtpDialogue(port: number, implicit: boolean, timeoutMs = 6000): Promise<SmtpDialogue> {
  const result: SmtpDialogue = { greeting: 'silent', banner: null, implicitTlsError: null, ehlo: null, starttlsAdvertised: false, authLine: null, mailFrom: null, starttls: null, afterTls: null };
  let socket: net.Socket;
  if (implicit) {
    const secure = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    const error = await tlsReady(secure, timeoutMs);
    if (error) {
      secure.destroy();
      result.implicitTlsError = error;
      result.greeting = /timeout/.test(error) ? 'silent' : 'closed';
      return result;
    }
    socket = secure;
  } else {
    socket = net.connect({ host: '127.0.0.1', port });
  }
  const conn = new SmtpConnection(socket);
  try {
    const banner = await conn.reply(timeoutMs);
    if (!banner) {
      result.greeting = conn.isClosed ? 'closed' : 'silent';
      return result;
    }
    result.greeting = 'banner';
    result.banner = banner.lines;
    if (banner.code !== 220) return result;
    const ehlo = await conn.command('EHLO probe.postfix-tls-audit.test', timeoutMs);
    if (!ehlo) return result;
    result.ehlo = ehlo.lines;
    const keywords = ehlo.lines.slice(1).map((l) => l.slice(4));
    result.starttlsAdvertised = keywords.some((k) => /^STARTTLS$/i.test(k.trim()));
    result.authLine = keywords.find((k) => /^AUTH[ =]/i.test(k)) ?? null;
    const mail = await conn.command('MAIL FROM:<probe@postfix-tls-audit.test>', timeoutMs);
    result.mailFrom = mail?.code ?? null;
    if (implicit) return result;
    await conn.command('RSET', timeoutMs);
    const starttls = await conn.command('STARTTLS', timeoutMs);
    result.starttls = starttls?.code ?? null;
    if (starttls?.code === 220) {
      const error = await conn.upgrade(timeoutMs);
      if (error) {
        result.afterTls = { error, authLine: null };
      } else {
        const ehlo2 = await conn.command('EHLO probe.postfix-tls-audit.test', timeoutMs);
        const auth = ehlo2?.lines.slice(1).map((l) => l.slice(4)).find((k) => /^AUTH[ =]/i.test(k)) ?? null;
        result.afterTls = { error: ehlo2 ? null : 'no EHLO reply after TLS', authLine: auth };
      }
    }
    conn.send('QUIT');
    return result;
  } finally {
    conn.destroy();
  }
}
