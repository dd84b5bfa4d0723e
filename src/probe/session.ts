/**
 * One connection to a target: TCP connect, the SMTP/LMTP greeting and EHLO/LHLO, STARTTLS, and the TLS
 * handshake with the given client settings. Every stage is bounded by its own timeout and by the probe's total
 * deadline; the socket is always destroyed before the promise settles.
 */
import net from 'node:net';
import tls from 'node:tls';
import { describeSocketError, printable, SmtpReader, type ReadOutcome, type SmtpReply } from './smtp-reader.js';

export type WireMode = 'starttls' | 'implicit' | 'lmtp';

export interface Timeouts {
  /** TCP connect. */
  connectMs: number;
  /** Each SMTP reply (banner, EHLO, STARTTLS...). */
  readMs: number;
  /** The TLS handshake. */
  handshakeMs: number;
}

export type FailureKind =
  | 'refused'
  | 'reset'
  | 'connect-timeout'
  | 'connect-error'
  | 'silent'
  | 'closed'
  | 'garbage'
  | 'rejected'
  | 'no-starttls'
  | 'starttls-refused'
  | 'tls-stall'
  | 'tls-refused'
  | 'deadline';

export interface SessionFailure {
  kind: FailureKind;
  stage: 'connect' | 'banner' | 'ehlo' | 'starttls' | 'handshake' | 'after-tls';
  message: string;
}

export interface TlsFacts {
  protocol: string | null;
  cipher: string | null;
  /** Key-exchange group, e.g. "X25519" (getEphemeralKeyInfo; null for static RSA key exchange). */
  group: string | null;
  /** DER certificates as sent, leaf first. */
  chain: Buffer[];
}

export interface SessionResult {
  failure: SessionFailure | null;
  banner: string[] | null;
  /** EHLO/LHLO keywords before TLS (or inside implicit TLS). */
  keywords: string[] | null;
  /** Reply code to MAIL FROM before STARTTLS (dialogue sessions only). */
  mailFromBeforeTls: number | null;
  starttlsReply: number | null;
  tls: TlsFacts | null;
  /** EHLO keywords after STARTTLS (dialogue sessions only). */
  keywordsAfterTls: string[] | null;
}

export interface SessionPlan {
  /** The address connected to (resolved once per target, so every connection reaches the same server). */
  address: string;
  /** The name as given, for SNI when it is not an address. */
  host: string;
  port: number;
  mode: WireMode;
  timeouts: Timeouts;
  /** Epoch ms after which nothing more is attempted. */
  deadline: number;
  heloName: string;
  /** Client TLS settings (versions, cipher list, groups). */
  tlsOptions: tls.ConnectionOptions;
  /**
   * Dialogue session: before STARTTLS also MAIL FROM (is TLS required?) and RSET, after TLS a second EHLO
   * (is AUTH offered now?). Handshake-only sessions skip these.
   */
  dialogue: boolean;
}

const fail = (kind: FailureKind, stage: SessionFailure['stage'], message: string): SessionFailure => ({ kind, stage, message });

function bounded(plan: SessionPlan, ms: number): number {
  return Math.max(0, Math.min(ms, plan.deadline - Date.now()));
}

function connectTcp(plan: SessionPlan): Promise<{ socket: net.Socket } | { failure: SessionFailure }> {
  const ms = bounded(plan, plan.timeouts.connectMs);
  if (ms <= 0) return Promise.resolve({ failure: fail('deadline', 'connect', 'total deadline reached before connecting') });
  return new Promise((resolve) => {
    const socket = net.connect({ host: plan.address, port: plan.port });
    const timer = setTimeout(() => {
      socket.destroy();
      const byDeadline = ms < plan.timeouts.connectMs;
      resolve({ failure: byDeadline ? fail('deadline', 'connect', 'total deadline reached while connecting') : fail('connect-timeout', 'connect', `TCP connect timed out after ${ms} ms`) });
    }, ms);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve({ socket });
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      socket.destroy();
      const message = describeSocketError(e);
      const code = (e as NodeJS.ErrnoException).code;
      resolve({ failure: fail(code === 'ECONNREFUSED' ? 'refused' : code === 'ECONNRESET' ? 'reset' : 'connect-error', 'connect', message) });
    });
  });
}

function readFailure(outcome: Exclude<ReadOutcome, { kind: 'reply' }>, stage: SessionFailure['stage'], what: string, ms: number, byDeadline: boolean): SessionFailure {
  switch (outcome.kind) {
    case 'timeout':
      if (byDeadline) return fail('deadline', stage, `total deadline reached waiting for ${what}`);
      return outcome.partial.length > 0
        ? fail('garbage', stage, `incomplete reply (${what}) within ${ms} ms: "${printable(outcome.partial)}"`)
        : fail(stage === 'banner' ? 'silent' : 'closed', stage, stage === 'banner' ? `no SMTP banner within ${ms} ms (silent or slow server)` : `no reply to ${what} within ${ms} ms`);
    case 'closed':
      if (outcome.error === 'connection reset by peer') return fail('reset', stage, `connection reset by peer waiting for ${what}`);
      return fail('closed', stage, `connection closed waiting for ${what}${outcome.error ? ` (${outcome.error})` : ''}${outcome.partial ? `: "${printable(outcome.partial)}"` : ''}`);
    case 'garbage':
      return fail('garbage', stage, `not an SMTP reply (${what}): "${printable(outcome.text)}"`);
  }
}

async function readReply(reader: SmtpReader, plan: SessionPlan, stage: SessionFailure['stage'], what: string): Promise<SmtpReply | SessionFailure> {
  const ms = bounded(plan, plan.timeouts.readMs);
  const outcome = await reader.read(ms);
  if (outcome.kind === 'reply') return outcome.reply;
  return readFailure(outcome, stage, what, ms, ms < plan.timeouts.readMs);
}

const isFailure = (x: SmtpReply | SessionFailure): x is SessionFailure => 'kind' in x;

function keywordsOf(reply: SmtpReply): string[] {
  return reply.lines.slice(1).map((l) => l.slice(4).trim());
}

function handshake(plan: SessionPlan, socket: net.Socket): Promise<{ secure: tls.TLSSocket } | { failure: SessionFailure; secure: tls.TLSSocket }> {
  const ms = bounded(plan, plan.timeouts.handshakeMs);
  const servername = net.isIP(plan.host) === 0 ? plan.host : undefined;
  const secure = tls.connect({ ...plan.tlsOptions, socket, rejectUnauthorized: false, ...(servername ? { servername } : {}) });
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: { secure: tls.TLSSocket } | { failure: SessionFailure; secure: tls.TLSSocket }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(() => {
      done({
        secure,
        failure: ms < plan.timeouts.handshakeMs
          ? fail('deadline', 'handshake', 'total deadline reached during the TLS handshake')
          : fail('tls-stall', 'handshake', `TLS handshake stalled: not completed within ${ms} ms`),
      });
    }, ms);
    secure.once('secureConnect', () => done({ secure }));
    secure.once('error', (e) => {
      const code = (e as NodeJS.ErrnoException).code;
      const kind: FailureKind = code === 'ECONNRESET' ? 'reset' : 'tls-refused';
      done({ secure, failure: fail(kind, 'handshake', kind === 'reset' ? 'connection reset during the TLS handshake' : `TLS handshake failed: ${e.message.replace(/^error:[0-9A-F]+:SSL routines::/, '')}`) });
    });
    secure.once('close', () => done({ secure, failure: fail('tls-refused', 'handshake', 'connection closed during the TLS handshake') }));
  });
}

function chainOf(secure: tls.TLSSocket): Buffer[] {
  const chain: Buffer[] = [];
  let cert = secure.getPeerCertificate(true) as tls.DetailedPeerCertificate | undefined;
  const seen = new Set<string>();
  while (cert && cert.raw && !seen.has(cert.fingerprint256) && chain.length < 10) {
    seen.add(cert.fingerprint256);
    chain.push(cert.raw);
    cert = cert.issuerCertificate;
  }
  return chain;
}

function tlsFacts(secure: tls.TLSSocket): TlsFacts {
  const key = secure.getEphemeralKeyInfo() as { type?: string; name?: string; size?: number } | null;
  const group = key && key.type ? (key.name ?? (key.type === 'DH' && key.size ? `ffdhe${key.size}` : key.type)) : null;
  return { protocol: secure.getProtocol(), cipher: secure.getCipher()?.name ?? null, group, chain: chainOf(secure) };
}

/** Run one session; never throws, never leaves a socket open. */
export async function runSession(plan: SessionPlan): Promise<SessionResult> {
  const result: SessionResult = { failure: null, banner: null, keywords: null, mailFromBeforeTls: null, starttlsReply: null, tls: null, keywordsAfterTls: null };
  const connected = await connectTcp(plan);
  if ('failure' in connected) return { ...result, failure: connected.failure };
  const socket = connected.socket;
  let secure: tls.TLSSocket | undefined;
  try {
    const hello = plan.mode === 'lmtp' ? 'LHLO' : 'EHLO';
    if (plan.mode === 'implicit') {
      const hs = await handshake(plan, socket);
      secure = hs.secure;
      if ('failure' in hs) return { ...result, failure: hs.failure };
      result.tls = tlsFacts(hs.secure);
      if (!plan.dialogue) return result;
      const reader = new SmtpReader(hs.secure);
      const banner = await readReply(reader, plan, 'banner', 'the banner inside TLS');
      if (isFailure(banner)) return { ...result, failure: banner };
      result.banner = banner.lines;
      if (banner.code !== 220) return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${printable(banner.lines[0] ?? '')}"`) };
      reader.send(`${hello} ${plan.heloName}`);
      const ehlo = await readReply(reader, plan, 'after-tls', hello);
      if (isFailure(ehlo)) return { ...result, failure: ehlo };
      result.keywords = ehlo.code === 250 ? keywordsOf(ehlo) : [];
      reader.send('QUIT');
      return result;
    }

    const reader = new SmtpReader(socket);
    const banner = await readReply(reader, plan, 'banner', 'the banner');
    if (isFailure(banner)) return { ...result, failure: banner };
    result.banner = banner.lines;
    if (banner.code !== 220) return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${printable(banner.lines[0] ?? '')}"`) };
    reader.send(`${hello} ${plan.heloName}`);
    const ehlo = await readReply(reader, plan, 'ehlo', hello);
    if (isFailure(ehlo)) return { ...result, failure: ehlo };
    if (ehlo.code !== 250) return { ...result, failure: fail('rejected', 'ehlo', `${hello} refused: "${printable(ehlo.lines[0] ?? '')}"`) };
    result.keywords = keywordsOf(ehlo);
    if (plan.dialogue) {
      reader.send('MAIL FROM:<>');
      const mail = await readReply(reader, plan, 'ehlo', 'MAIL FROM');
      if (isFailure(mail)) return { ...result, failure: mail };
      result.mailFromBeforeTls = mail.code;
      reader.send('RSET');
      const rset = await readReply(reader, plan, 'ehlo', 'RSET');
      if (isFailure(rset)) return { ...result, failure: rset };
    }
    if (!result.keywords.some((k) => /^STARTTLS$/i.test(k))) {
      reader.send('QUIT');
      return { ...result, failure: fail('no-starttls', 'starttls', `STARTTLS not advertised in the ${hello} reply`) };
    }
    reader.send('STARTTLS');
    const starttls = await readReply(reader, plan, 'starttls', 'STARTTLS');
    if (isFailure(starttls)) return { ...result, failure: starttls };
    result.starttlsReply = starttls.code;
    if (starttls.code !== 220) return { ...result, failure: fail('starttls-refused', 'starttls', `STARTTLS answered "${printable(starttls.lines[0] ?? '')}"`) };
    reader.detach();
    const hs = await handshake(plan, socket);
    secure = hs.secure;
    if ('failure' in hs) return { ...result, failure: hs.failure };
    result.tls = tlsFacts(hs.secure);
    if (!plan.dialogue) return result;
    const inner = new SmtpReader(hs.secure);
    inner.send(`${hello} ${plan.heloName}`);
    const ehlo2 = await readReply(inner, plan, 'after-tls', `${hello} after STARTTLS`);
    if (isFailure(ehlo2)) return { ...result, failure: ehlo2 };
    result.keywordsAfterTls = ehlo2.code === 250 ? keywordsOf(ehlo2) : [];
    inner.send('QUIT');
    return result;
  } finally {
    // The connection counts against the concurrency bound until the kernel socket is really closed.
    const closed = new Promise<void>((resolve) => (socket.destroyed && socket.closed ? resolve() : socket.once('close', () => resolve())));
    secure?.destroy();
    socket.destroy();
    await closed;
  }
}
