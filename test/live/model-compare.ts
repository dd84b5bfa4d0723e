/**
 * Compare what a client observed on a live listener with what `explain --format json` predicts for the endpoint
 * (the explain JSON contract of notes/helper-brief-2.md, issue 3 and issue 4).
 */
import type { LiveCase } from './cases.js';
import { TLS13_SUITES } from '../support/live-postfix.js';
import { authSeen, type Observation } from './observe.js';

export interface ExplainTls {
  offered: boolean;
  advertised: boolean;
  required: boolean;
  implicit: boolean;
  protocols: string[];
  ciphers?: string[];
  tls13Ciphersuites?: string[];
  authBeforeTls: boolean;
  dead: string | null;
  [key: string]: unknown;
}

export interface ExplainEndpoint {
  service: string;
  type: string;
  command: string;
  line: number | null;
  kind: string;
  role: string;
  tls: ExplainTls | null;
  [key: string]: unknown;
}

export interface ExplainJson {
  configSets: { root: string; endpoints: ExplainEndpoint[]; [key: string]: unknown }[];
}

/** The endpoint that answers a client on the case's port. */
export function endpointFor(explain: ExplainJson, c: LiveCase, port: number): ExplainEndpoint | undefined {
  const set = explain.configSets.find((s) => s.root === '.') ?? explain.configSets[0];
  if (!set) return undefined;
  if (c.passService) return set.endpoints.find((e) => e.type === 'pass' && e.service === c.passService);
  return set.endpoints.find((e) => e.service === `127.0.0.1:${port}` && e.type === 'inet');
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Every way the model's prediction differs from the observation, as readable lines (empty = agreement).
 * `universe`: the TLS 1.2 suites this server can negotiate at all; membership is compared inside it only.
 */
export function disagreements(c: LiveCase, o: Observation, ep: ExplainEndpoint | undefined, universe: readonly string[]): string[] {
  if (!ep) return ['model: no endpoint for this listener'];
  const t = ep.tls;
  if (!t) return ['model: endpoint has no tls block'];
  const out: string[] = [];
  const say = (what: string, observed: unknown, model: unknown) => out.push(`${what}: observed ${JSON.stringify(observed)}, model ${JSON.stringify(model)}`);

  if (o.dead !== (t.dead !== null)) say('dead', o.dead ? `dead (${o.fatal})` : 'alive', t.dead);
  if (o.dead) return out;

  const modelProtocols = t.protocols.filter((p) => p !== 'SSLv3'); // no SSLv3 in the probing client
  if (!sameSet(o.protocols, modelProtocols)) say('protocols', o.protocols, t.protocols);

  const offered = o.protocols.length > 0;
  if (t.offered !== offered) say('offered (a handshake completes)', offered, t.offered);
  if (o.dialogue.starttls === 454 && t.offered) say('offered vs STARTTLS reply', '454', t.offered);

  const implicitCase = c.implicit === true;
  if (o.implicit !== null && o.implicit !== t.implicit) say('implicit', o.implicit, t.implicit);
  if (!implicitCase && o.dialogue.greeting === 'banner') {
    if (t.advertised !== o.dialogue.starttlsAdvertised) say('STARTTLS advertised', o.dialogue.starttlsAdvertised, t.advertised);
    const required = o.dialogue.mailFrom === 530;
    if (t.required !== required) say(`required (MAIL FROM before TLS got ${o.dialogue.mailFrom})`, required, t.required);
    const authBefore = authSeen(o, false) === 'before';
    if (t.authBeforeTls !== authBefore) say('AUTH before TLS', authBefore ? o.dialogue.authLine : false, t.authBeforeTls);
  }
  if (implicitCase) {
    if (!t.required) say('required (implicit TLS)', true, t.required);
    if (t.authBeforeTls) say('AUTH before TLS (implicit TLS)', false, t.authBeforeTls);
  }

  if (o.tls12Accepted && t.ciphers === undefined) out.push('ciphers: model has no tls.ciphers');
  if (o.tls12Accepted && t.ciphers) {
    const model = new Set(t.ciphers);
    const acceptedNotPredicted = o.tls12Accepted.filter((s) => !model.has(s));
    const predictedRefused = universe.filter((s) => model.has(s) && !o.tls12Accepted!.includes(s));
    if (acceptedNotPredicted.length) out.push(`ciphers accepted live but not in tls.ciphers: ${acceptedNotPredicted.join(' ')}`);
    if (predictedRefused.length) out.push(`ciphers in tls.ciphers but refused live: ${predictedRefused.join(' ')}`);
  }
  if (o.tls13Accepted && t.tls13Ciphersuites && o.protocols.includes('TLSv1.3')) {
    const probed: readonly string[] = TLS13_SUITES;
    const model = t.tls13Ciphersuites.filter((s) => probed.includes(s));
    if (!sameSet(o.tls13Accepted, model)) say('TLS 1.3 suites', o.tls13Accepted, t.tls13Ciphersuites);
  }
  return out;
}
