/**
 * Drift between a live server and the repository's config (issue 7 §4): pair each probed target with an
 * endpoint of the effective TLS model (explicitly, by port, or by role) and name every difference between what
 * the model predicts and what the server did.
 */
import type { ConfigSetModel, Endpoint } from '../model/index.js';
import type { ModelOptions } from '../model/types.js';
import { CIPHER_SUITES } from '../tls/ciphers/index.js';
import type { ProbeResult } from './probe.js';
import { POLICY_ROLE_OF } from './target.js';

export interface EndpointRef {
  configSet: string;
  service: string;
  type: string;
  line: number | null;
  role: string;
}

export interface Pairing {
  target: string;
  endpoint: EndpointRef | null;
  how: 'explicit' | 'port' | 'role' | null;
  /** Why no endpoint was paired, or a note on the pairing (postscreen pass service). */
  reason: string | null;
}

export type DriftAspect = 'unpaired' | 'reachable' | 'offered' | 'advertised' | 'required' | 'implicit' | 'authBeforeTls' | 'protocol' | 'tls12Cipher' | 'tls13Cipher';

export interface Drift {
  target: string;
  endpoint: EndpointRef | null;
  aspect: DriftAspect;
  /** error: the server allows what the config forbids (or the reverse of a requirement); warning: the server is stricter or unpaired. */
  severity: 'error' | 'warning';
  message: string;
  observed: unknown;
  expected: unknown;
  /** What differs (a protocol version, a suite list), for a stable finding fingerprint. */
  subject?: string;
}

export interface CompareResult {
  path: string;
  pairings: Pairing[];
  drift: Drift[];
}

const refOf = (m: ConfigSetModel, e: Endpoint): EndpointRef => ({ configSet: m.root, service: e.service, type: e.type, line: e.line, role: e.role });

/** `HOST:PORT=service` (service name as in master.cf, optionally "/type"). */
export function parsePair(text: string): { target: string; service: string } {
  const eq = text.lastIndexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new Error(`--pair "${text}" is not HOST:PORT=service`);
  return { target: text.slice(0, eq), service: text.slice(eq + 1) };
}

export function pairTargets(results: readonly ProbeResult[], models: readonly ConfigSetModel[], explicit: ReadonlyMap<string, string>): { pairing: Pairing; endpoint: Endpoint | null }[] {
  const all = models.flatMap((m) => m.endpoints.filter((e) => e.kind === 'server').map((e) => ({ m, e })));
  return results.map((r) => {
    const wanted = explicit.get(r.target);
    if (wanted !== undefined) {
      const hits = all.filter(({ e }) => e.service === wanted || `${e.service}/${e.type}` === wanted);
      if (hits.length === 1) return { pairing: { target: r.target, endpoint: refOf(hits[0]!.m, hits[0]!.e), how: 'explicit', reason: null }, endpoint: hits[0]!.e };
      return { pairing: { target: r.target, endpoint: null, how: null, reason: hits.length === 0 ? `no server endpoint named "${wanted}"` : `"${wanted}" names ${hits.length} endpoints; add "/type" or narrow PATH` }, endpoint: null };
    }
    const byPort = all.filter(({ e }) => e.type === 'inet' && e.listen?.port === r.port);
    const byHost = byPort.filter(({ e }) => e.listen?.host === r.host);
    const portHits = byHost.length > 0 ? byHost : byPort;
    if (portHits.length === 1) return { pairing: { target: r.target, endpoint: refOf(portHits[0]!.m, portHits[0]!.e), how: 'port', reason: null }, endpoint: portHits[0]!.e };
    if (portHits.length > 1) return { pairing: { target: r.target, endpoint: null, how: null, reason: `${portHits.length} endpoints listen on port ${r.port}; use --pair ${r.target}=SERVICE` }, endpoint: null };
    // The probe's role names (from the port) stand for the model's roles: other → other-public, lmtp → local-only.
    const byRole = all.filter(({ e }) => e.type === 'inet' && e.role === POLICY_ROLE_OF[r.role]);
    if (byRole.length === 1) return { pairing: { target: r.target, endpoint: refOf(byRole[0]!.m, byRole[0]!.e), how: 'role', reason: null }, endpoint: byRole[0]!.e };
    return { pairing: { target: r.target, endpoint: null, how: null, reason: byRole.length > 1 ? `${byRole.length} endpoints have role ${r.role}; use --pair ${r.target}=SERVICE` : `no endpoint on port ${r.port} or with role ${r.role}` }, endpoint: null };
  });
}

/** "smtpd_tls_mandatory_protocols = >=TLSv1.2 (master.cf:17)" */
function protocolSetting(e: Endpoint): string {
  const list = e.tls.protocolList;
  if (!list) return 'the config';
  const source = e.values.get(list.parameter)?.source;
  return `${list.parameter} = ${list.value || '(empty)'}${source ? ` (${source})` : ''}`;
}

const AUTH_OF_KEY: Readonly<Record<string, string>> = { RSA: 'RSA', EC: 'ECDSA' };

/** Every difference between the model's endpoint and the observation. */
export function driftOf(r: ProbeResult, e: Endpoint, ref: EndpointRef): Drift[] {
  const out: Drift[] = [];
  const t = e.tls;
  const where = `port ${r.port}`;
  const add = (aspect: DriftAspect, severity: Drift['severity'], message: string, observed: unknown, expected: unknown, subject?: string) =>
    out.push({ target: r.target, endpoint: ref, aspect, severity, message, observed, expected, ...(subject !== undefined ? { subject } : {}) });
  if (!r.reachable) {
    add('reachable', 'error', `${r.target} did not answer (${r.errors[0]?.message ?? 'no reply'}) although ${ref.service} is configured`, false, true);
    return out;
  }
  if (t.dead) {
    add('reachable', 'error', `${r.target} answers although the model says the daemon dies: ${t.dead}`, true, false);
    return out;
  }
  if (r.implicit !== t.implicit) add('implicit', 'error', `${where} ${r.implicit ? 'uses' : 'does not use'} implicit TLS although the config says ${t.implicit ? 'wrapper mode' : 'STARTTLS'}`, r.implicit, t.implicit);
  if (r.starttls !== t.offered) add('offered', t.offered ? 'error' : 'warning', `${where} ${r.starttls ? 'completes' : 'does not complete'} a TLS handshake although the config ${t.offered ? 'offers' : 'does not offer'} TLS`, r.starttls, t.offered);
  if (!t.implicit && r.starttlsAdvertised !== null && t.advertised !== null && r.starttlsAdvertised !== t.advertised) {
    add('advertised', 'error', `${where} ${r.starttlsAdvertised ? 'advertises' : 'does not advertise'} STARTTLS although the config ${t.advertised ? 'does' : 'does not'}`, r.starttlsAdvertised, t.advertised);
  }
  if (r.tlsRequired !== null && r.tlsRequired !== t.required) {
    add('required', t.required ? 'error' : 'warning', `${where} ${r.tlsRequired ? 'requires' : 'does not require'} TLS before MAIL FROM although the config ${t.required ? 'requires' : 'does not require'} it (level ${t.level})`, r.tlsRequired, t.required);
  }
  if (r.authBeforeTls !== t.authBeforeTls) {
    add('authBeforeTls', r.authBeforeTls ? 'error' : 'warning', `${where} ${r.authBeforeTls ? 'offers' : 'does not offer'} AUTH before TLS although the config ${t.authBeforeTls ? 'does' : 'does not'}`, r.authBeforeTls, t.authBeforeTls);
  }
  if (r.starttls || t.offered) {
    const model = new Set<string>(t.protocols);
    for (const v of [...r.protocols, ...r.protocolsRefused]) {
      const accepted = r.protocols.includes(v);
      if (accepted && !model.has(v)) add('protocol', 'error', `${where} accepts ${v} although ${protocolSetting(e)} allows ${t.protocols.length ? t.protocols.join(', ') : 'no protocol'}: the deployed config is not this one`, true, false, v);
      if (!accepted && model.has(v)) add('protocol', 'warning', `${where} refuses ${v} although ${protocolSetting(e)} allows it`, false, true, v);
    }
  }
  if (r.tls12Ciphers && t.ciphers) {
    const model = new Set(t.ciphers);
    const accepted = r.tls12Ciphers.filter((s) => !model.has(s));
    if (accepted.length) add('tls12Cipher', 'error', `${where} accepts TLS 1.2 suites the config excludes: ${accepted.join(' ')}`, accepted, [], 'accepts');
    // Only suites this certificate can serve: an RSA certificate never negotiates ECDSA suites.
    const au = AUTH_OF_KEY[r.certificate?.keyType ?? ''];
    const byName = new Map(CIPHER_SUITES.map((s) => [s.name, s]));
    const probed = new Set(r.tls12Ciphers);
    const refused = t.ciphers.filter((s) => !probed.has(s) && au !== undefined && byName.get(s)?.au === au && /^(ECDH|RSA)$/.test(byName.get(s)?.kx ?? ''));
    if (refused.length) add('tls12Cipher', 'warning', `${where} refuses TLS 1.2 suites the config allows: ${refused.join(' ')}`, [], refused, 'refuses');
  }
  if (r.tls13Ciphers && t.tls13Ciphersuites && t.protocols.includes('TLSv1.3')) {
    const model = new Set(t.tls13Ciphersuites);
    const extra = r.tls13Ciphers.filter((s) => !model.has(s));
    if (extra.length) add('tls13Cipher', 'error', `${where} accepts TLS 1.3 suites the config excludes: ${extra.join(' ')}`, extra, [], 'accepts');
    const missing = t.tls13Ciphersuites.filter((s) => !r.tls13Ciphers!.includes(s));
    if (missing.length) add('tls13Cipher', 'warning', `${where} refuses TLS 1.3 suites the config allows: ${missing.join(' ')}`, [], missing, 'refuses');
  }
  return out;
}

/** Compare every probed target with already built models (the Action passes the audit's models). */
export function compareWithModels(results: readonly ProbeResult[], models: readonly ConfigSetModel[], explicit: ReadonlyMap<string, string>, configPath: string): CompareResult {
  const paired = pairTargets(results, models, explicit);
  const drift: Drift[] = [];
  paired.forEach(({ pairing, endpoint }, i) => {
    const r = results[i] as ProbeResult;
    if (!endpoint || !pairing.endpoint) {
      drift.push({ target: r.target, endpoint: null, aspect: 'unpaired', severity: 'warning', message: `${r.target}: not compared (${pairing.reason})`, observed: null, expected: null });
      return;
    }
    const front = driftOf(r, endpoint, pairing.endpoint);
    // postscreen: a client it allowlists (or that passed its tests) talks to the smtpd pass service, the others
    // get postscreen's own STARTTLS via tlsproxy when after-220 tests are on (reference §5.3). The probe cannot
    // tell which it was, so the observation drifts only when it matches neither.
    const passName = endpoint.postscreen?.passService;
    const model = models.find((m) => m.endpoints.includes(endpoint));
    const pass = passName ? model?.endpoints.find((e) => e.type === 'pass' && e.service === passName) : undefined;
    if (front.length > 0 && pass && model) {
      const passRef = refOf(model, pass);
      const behind = driftOf(r, pass, passRef);
      if (behind.length < front.length) {
        pairing.endpoint = passRef;
        pairing.reason = `answered like the ${passName} pass service behind postscreen ${endpoint.service} (the probing client is allowlisted or passed)`;
        drift.push(...behind);
        return;
      }
    }
    drift.push(...front);
  });
  return { path: configPath, pairings: paired.map((p) => p.pairing), drift };
}
