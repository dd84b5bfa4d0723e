/**
 * Probe one live SMTP/LMTP server (issue 7): greeting, STARTTLS, AUTH before TLS, each protocol version, the TLS
 * 1.2 suites (one handshake per candidate of the cipher table), the TLS 1.3 suites, key-exchange groups and the
 * certificate. Only the named host and port are contacted; never more than `concurrency` connections at once;
 * nothing runs past the deadline.
 */
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import type tls from 'node:tls';
import { BROAD_CIPHERS, clientCapabilities, type ProbeProtocol, type Untestable } from './capabilities.js';
import { certificateFacts, type CertificateFacts } from './certificate.js';
import { Limiter } from './limiter.js';
import { runSession, type SessionFailure, type SessionPlan, type SessionResult, type Timeouts, type WireMode } from './session.js';
import { modeFromPort, roleFromPort, targetName, type ProbeMode, type ProbeRole } from './target.js';

export interface ProbeOptions {
  host: string;
  port: number;
  mode?: ProbeMode;
  role?: ProbeRole;
  timeouts?: Partial<Timeouts>;
  /** Total time budget for this target, ms. */
  deadlineMs?: number;
  /** Absolute deadline (epoch ms), e.g. one shared by several targets; the earlier of both applies. */
  deadlineAt?: number;
  /** Most connections open at once (a shared Limiter may be passed instead). */
  concurrency?: number;
  limiter?: Limiter;
  heloName?: string;
  /** Skip the per-suite and per-group handshakes (faster). */
  quick?: boolean;
}

export interface ProbeError {
  stage: string;
  kind: string;
  message: string;
}

export interface ProbeResult {
  target: string;
  host: string;
  port: number;
  mode: WireMode;
  role: ProbeRole;
  roleReason: string;
  reachable: boolean;
  banner: string | null;
  /** STARTTLS in EHLO/LHLO (null for implicit TLS or when no EHLO reply came). */
  starttlsAdvertised: boolean | null;
  /** A TLS handshake completed (STARTTLS or implicit). */
  starttls: boolean;
  implicit: boolean;
  /** MAIL FROM before TLS answered 530 (or implicit TLS); null when not observed. */
  tlsRequired: boolean | null;
  authBeforeTls: boolean;
  /** The AUTH keyword line seen inside TLS, null when none. */
  authAfterTls: string | null;
  protocols: ProbeProtocol[];
  protocolsRefused: ProbeProtocol[];
  protocolsNotTestable: Untestable[];
  /** null when not probed (TLS 1.2 not accepted, quick mode, or deadline). */
  tls12Ciphers: string[] | null;
  tls12CandidateCount: number;
  tls13Ciphers: string[] | null;
  /** Group negotiated with the client's default offer. */
  group: string | null;
  /**
   * Groups accepted when offered alone, with the best protocol. In TLS 1.2 the offered groups also bound an
   * ECDSA certificate's curve (RFC 8422 §5.1), so there a group can fail for the certificate's sake.
   */
  groups: string[] | null;
  /** Smallest finite-field DH group (bits) seen with the accepted DHE suites of TLS 1.2; null: none seen. */
  dhBits: number | null;
  negotiated: { protocol: string | null; cipher: string | null } | null;
  /** The server refused the broadest handshake this client can offer (an observation, not a probe error). */
  handshakeRefused: string | null;
  certificate: CertificateFacts | null;
  chain: CertificateFacts[];
  errors: ProbeError[];
  connections: number;
  maxConcurrentConnections: number;
  durationMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 5000, readMs: 10_000, handshakeMs: 10_000 };
export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_CONCURRENCY = 8;

const GROUP_NAMES: Readonly<Record<string, string>> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const groupName = (g: string | null): string | null => (g ? (GROUP_NAMES[g] ?? g) : null);

/** Outcomes of a handshake-only probe that say "the server refuses this", not "we could not tell". */
const REFUSAL = new Set(['tls-refused', 'reset']);

export async function probeTarget(options: ProbeOptions): Promise<ProbeResult> {
  const started = Date.now();
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const deadline = Math.min(started + (options.deadlineMs ?? DEFAULT_DEADLINE_MS), options.deadlineAt ?? Infinity);
  const limiter = options.limiter ?? new Limiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const startedBefore = limiter.started;
  const caps = clientCapabilities();
  const requested = options.mode ?? 'auto';
  let mode: WireMode = requested === 'auto' ? modeFromPort(options.port) : requested;
  const errors: ProbeError[] = [];
  const addError = (f: SessionFailure, what?: string) => {
    const message = what ? `${what}: ${f.message}` : f.message;
    if (!errors.some((e) => e.kind === f.kind && e.stage === f.stage)) errors.push({ stage: f.stage, kind: f.kind, message });
  };
  // Resolve a name once: every connection must reach the same server, and nothing else is contacted.
  let address = options.host;
  if (net.isIP(options.host) === 0) {
    const resolved = await resolveOnce(options.host, Math.min(timeouts.connectMs, Math.max(0, deadline - Date.now())));
    if ('error' in resolved) return unresolved(options, mode, resolved.error, started);
    address = resolved.address;
  }
  const plan = (tlsOptions: tls.ConnectionOptions, dialogue: boolean): SessionPlan => ({
    address,
    host: options.host, port: options.port, mode, timeouts, deadline, heloName: options.heloName ?? 'probe.postfix-tls-audit.invalid', tlsOptions, dialogue,
  });
  const broad: tls.ConnectionOptions = { minVersion: 'TLSv1', maxVersion: 'TLSv1.3', ciphers: BROAD_CIPHERS };

  let first = await limiter.run(() => runSession(plan(broad, true)));
  if (requested === 'auto' && mode !== 'implicit' && first.failure?.kind === 'silent') {
    // No plaintext banner: maybe wrapper mode on a port that does not say so.
    mode = 'implicit';
    const second = await limiter.run(() => runSession(plan(broad, true)));
    if (second.tls) {
      first = second;
      if (second.failure) addError(second.failure);
    } else {
      mode = modeFromPort(options.port);
      addError(first.failure);
      addError(second.failure ?? first.failure, 'implicit TLS attempt');
    }
  } else if (first.failure && !(first.failure.stage === 'handshake' && REFUSAL.has(first.failure.kind))) {
    addError(first.failure);
  }

  const implicit = mode === 'implicit' && first.tls !== null;
  const roleInfo = options.role ? { role: options.role, reason: 'given' } : roleFromPort(options.port, implicit);
  const auth = (kw: string[] | null) => kw?.find((k) => /^AUTH[ =]/i.test(k)) ?? null;
  const result: ProbeResult = {
    target: targetName(options.host, options.port),
    host: options.host,
    port: options.port,
    mode,
    role: roleInfo.role,
    roleReason: roleInfo.reason,
    reachable: first.banner !== null || first.tls !== null,
    banner: first.banner?.[0] ?? null,
    starttlsAdvertised: mode === 'implicit' || first.keywords === null ? null : first.keywords.some((k) => /^STARTTLS$/i.test(k)),
    starttls: first.tls !== null,
    implicit,
    tlsRequired: implicit ? true : first.mailFromBeforeTls === null ? null : first.mailFromBeforeTls === 530,
    authBeforeTls: mode !== 'implicit' && auth(first.keywords) !== null,
    authAfterTls: implicit ? auth(first.keywords) : auth(first.keywordsAfterTls),
    protocols: [],
    protocolsRefused: [],
    protocolsNotTestable: caps.untestableProtocols,
    tls12Ciphers: null,
    tls12CandidateCount: caps.tls12Candidates.length,
    tls13Ciphers: null,
    group: groupName(first.tls?.group ?? null),
    groups: null,
    dhBits: null,
    negotiated: first.tls ? { protocol: first.tls.protocol, cipher: first.tls.cipher } : null,
    handshakeRefused: null,
    certificate: null,
    chain: [],
    errors,
    connections: 0,
    maxConcurrentConnections: 0,
    durationMs: 0,
  };
  const chain = (first.tls?.chain ?? []).map((der) => certificateFacts(der)).filter((c): c is CertificateFacts => c !== null);
  result.chain = chain;
  result.certificate = chain[0] ?? null;

  // Going on only makes sense when a TLS handshake can start at all.
  const refusedHandshake = first.failure?.stage === 'handshake' && REFUSAL.has(first.failure.kind) ? first.failure.message : null;
  result.handshakeRefused = refusedHandshake;
  const canHandshake = first.tls !== null || refusedHandshake !== null;
  if (canHandshake) {
    const handshakeOnly = (o: tls.ConnectionOptions, what: string): Promise<SessionResult | null> =>
      limiter.run(async () => {
        if (Date.now() >= deadline) {
          addError({ kind: 'deadline', stage: 'connect', message: 'total deadline reached; remaining probes skipped' });
          return null;
        }
        const r = await runSession(plan(o, false));
        if (r.failure && !(r.failure.stage === 'handshake' && REFUSAL.has(r.failure.kind))) {
          addError(r.failure, what);
          return null;
        }
        return r;
      });
    const testable = caps.protocols;
    const versionResults = await Promise.all(testable.map((v) => handshakeOnly({ minVersion: v as tls.SecureVersion, maxVersion: v as tls.SecureVersion, ciphers: BROAD_CIPHERS }, `${v} probe`)));
    testable.forEach((v, i) => {
      const r = versionResults[i];
      if (r === null || r === undefined) return;
      if (r.tls && r.tls.protocol === v) result.protocols.push(v);
      else result.protocolsRefused.push(v);
    });

    if (!options.quick) {
      const jobs: Promise<unknown>[] = [];
      if (result.protocols.includes('TLSv1.2')) {
        jobs.push(
          Promise.all(caps.tls12Candidates.map((s) => handshakeOnly({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: `${s}:@SECLEVEL=0` }, `TLS 1.2 suite ${s}`))).then((rs) => {
            if (rs.some((r) => r === null)) return; // incomplete: say nothing rather than something wrong
            result.tls12Ciphers = caps.tls12Candidates.filter((s, i) => rs[i]?.tls?.cipher === s);
            const dh = rs.map((r) => /^ffdhe(\d+)$/.exec(r?.tls?.group ?? '')?.[1]).filter((b): b is string => b !== undefined).map(Number);
            result.dhBits = dh.length ? Math.min(...dh) : null;
          }),
        );
      }
      if (result.protocols.includes('TLSv1.3')) {
        jobs.push(
          Promise.all(caps.tls13Candidates.map((s) => handshakeOnly({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', ciphers: s }, `TLS 1.3 suite ${s}`))).then((rs) => {
            if (rs.some((r) => r === null)) return;
            result.tls13Ciphers = caps.tls13Candidates.filter((s, i) => rs[i]?.tls?.cipher === s);
          }),
        );
      }
      const best = result.protocols.includes('TLSv1.3') ? 'TLSv1.3' : result.protocols.includes('TLSv1.2') ? 'TLSv1.2' : null;
      if (best) {
        jobs.push(
          Promise.all(caps.groups.map((g) => handshakeOnly({ minVersion: best, maxVersion: best, ciphers: BROAD_CIPHERS, ecdhCurve: g }, `group ${g}`))).then((rs) => {
            if (rs.some((r) => r === null)) return;
            result.groups = caps.groups.filter((g, i) => groupName(rs[i]?.tls?.group ?? null) === g);
          }),
        );
      }
      await Promise.all(jobs);
    }
  }
  result.connections = limiter.started - startedBefore;
  result.maxConcurrentConnections = limiter.maxSeen;
  result.durationMs = Date.now() - started;
  return result;
}

async function resolveOnce(host: string, ms: number): Promise<{ address: string } | { error: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: `name lookup of ${host} timed out after ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([
      lookup(host).then((r) => ({ address: r.address }), (e: NodeJS.ErrnoException) => ({ error: `name lookup of ${host} failed (${e.code ?? e.message})` })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function unresolved(options: ProbeOptions, mode: WireMode, message: string, started: number): ProbeResult {
  const caps = clientCapabilities();
  const roleInfo = options.role ? { role: options.role, reason: 'given' } : roleFromPort(options.port, false);
  return {
    target: targetName(options.host, options.port), host: options.host, port: options.port, mode, role: roleInfo.role, roleReason: roleInfo.reason,
    reachable: false, banner: null, starttlsAdvertised: null, starttls: false, implicit: false, tlsRequired: null, authBeforeTls: false, authAfterTls: null,
    protocols: [], protocolsRefused: [], protocolsNotTestable: caps.untestableProtocols, tls12Ciphers: null, tls12CandidateCount: caps.tls12Candidates.length,
    tls13Ciphers: null, group: null, groups: null, dhBits: null, negotiated: null, handshakeRefused: null, certificate: null, chain: [],
    errors: [{ stage: 'connect', kind: 'resolve', message }], connections: 0, maxConcurrentConnections: 0, durationMs: Date.now() - started,
  };
}
