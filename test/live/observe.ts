/**
 * Observing the live matrix: dialogue, per-version handshakes, per-suite handshakes, and the daemons' log.
 */
import {
  candidateTls12Suites,
  mapLimit,
  probeHandshake,
  probeHandshakeInProcess,
  PROBE_VERSIONS,
  smtpDialogue,
  TLS13_SUITES,
  type HandshakeResult,
  type LivePostfix,
  type ProbeVersion,
  type SmtpDialogue,
} from '../support/live-postfix.js';
import type { LiveCase } from './cases.js';

/** At most this many probes at once. */
export const PARALLEL = 8;
/**
 * The client offers every suite it has (`ALL:COMPLEMENTOFALL` at security level 0), so only the server's
 * settings decide; for TLS 1.3 OpenSSL's default suites are offered.
 */
export const CLIENT_CIPHERS = 'ALL:COMPLEMENTOFALL:@SECLEVEL=0';

export interface Observation {
  port: number;
  dialogue: SmtpDialogue;
  /** The daemon logged `fatal:` (it died at startup); the message. */
  fatal: string | null;
  /** The daemon never answered (no banner, or no TLS at all for implicit TLS, and a fatal in the log). */
  dead: boolean;
  handshakes: Partial<Record<ProbeVersion, HandshakeResult>>;
  /** Versions whose handshake completed (empty when dead). */
  protocols: ProbeVersion[];
  /** Implicit TLS observed: true (banner only inside TLS), false (banner in plaintext), null (no banner either way). */
  implicit: boolean | null;
  /** TLS 1.2 suites accepted when offered alone (cases with `ciphers`), among `universe`. */
  tls12Accepted: string[] | null;
  /** TLS 1.3 suites accepted when offered alone (cases with `tls13`). */
  tls13Accepted: string[] | null;
}

export interface MatrixObservation {
  byCase: Map<string, Observation>;
  /** TLS 1.2 suites this server can negotiate at all (accepted by the calibration case c00). */
  universe: string[];
  /** The same calibration done with the in-process client used for the other cipher cases. */
  universeInProcess: string[];
  candidates: string[];
  probes: number;
  log: string;
}

export async function observeMatrix(live: LivePostfix, cases: LiveCase[], portOf: (c: LiveCase) => number): Promise<MatrixObservation> {
  let probes = 0;
  const t0 = Date.now();
  const progress = (what: string) => {
    if (process.env.LIVE_DEBUG) console.log(`[live] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what} (${probes} probes)`);
  };
  const dialogues = await mapLimit(cases, PARALLEL, async (c) => {
    probes++;
    return smtpDialogue(portOf(c), c.implicit === true, c.kind === 'postscreen' ? 8000 : 5000);
  });
  const answered = (i: number): boolean => {
    const d = dialogues[i] as SmtpDialogue;
    return d.greeting === 'banner' || (c(i).implicit === true && d.implicitTlsError !== null && d.greeting !== 'silent');
  };
  const c = (i: number): LiveCase => cases[i] as LiveCase;

  progress('dialogues done');
  // One handshake per protocol version, for every listener that answered at all.
  const jobs: { i: number; version: ProbeVersion }[] = [];
  cases.forEach((_, i) => {
    if (answered(i)) for (const version of PROBE_VERSIONS) jobs.push({ i, version });
  });
  const handshakes = await mapLimit(jobs, PARALLEL, async ({ i, version }) => {
    probes++;
    return probeHandshake({ port: portOf(c(i)), starttls: c(i).implicit !== true, version, cipher: CLIENT_CIPHERS, timeoutMs: 10_000 });
  });

  progress('protocol handshakes done');
  // TLS 1.2 suites: calibrate the universe on c00 with openssl s_client, then probe every cipher case over it
  // in-process (node:tls; no process start per probe), after checking both clients agree on c00.
  const candidates = candidateTls12Suites();
  const suiteProbe = async (cs: LiveCase, suites: string[], client: 'openssl' | 'node'): Promise<string[]> => {
    const probe = client === 'openssl' ? probeHandshake : probeHandshakeInProcess;
    const results = await mapLimit(suites, PARALLEL, async (suite) => {
      probes++;
      const r = await probe({ port: portOf(cs), starttls: cs.implicit !== true, version: 'TLSv1.2', cipher: `${suite}:@SECLEVEL=0`, timeoutMs: 10_000 });
      return r.ok && r.cipher === suite;
    });
    return suites.filter((_, k) => results[k]);
  };
  const calibration = cases.find((x) => x.id === 'c00');
  const universe = calibration ? await suiteProbe(calibration, candidates, 'openssl') : candidates;
  const universeInProcess = calibration ? await suiteProbe(calibration, candidates, 'node') : candidates;
  progress(`universe: ${universe.length} of ${candidates.length} (in-process client: ${universeInProcess.length})`);
  const tls12: Map<string, string[]> = new Map();
  for (const [i, cs] of cases.entries()) {
    if (!cs.ciphers || !answered(i)) continue;
    tls12.set(cs.id, cs.id === 'c00' ? universe : await suiteProbe(cs, universe, 'node'));
  }
  progress('TLS 1.2 suites done');
  const tls13: Map<string, string[]> = new Map();
  for (const [i, cs] of cases.entries()) {
    if (!cs.tls13 || !answered(i)) continue;
    const ok = await mapLimit([...TLS13_SUITES], PARALLEL, async (suite) => {
      probes++;
      const r = await probeHandshake({ port: portOf(cs), starttls: cs.implicit !== true, version: 'TLSv1.3', ciphersuites: suite, timeoutMs: 10_000 });
      return r.ok && r.cipher === suite;
    });
    tls13.set(cs.id, TLS13_SUITES.filter((_, k) => ok[k]));
  }

  progress('TLS 1.3 suites done');
  // Fatal messages reach the log through postlogd asynchronously.
  await new Promise((r) => setTimeout(r, 1000));
  const log = live.log();
  const byCase = new Map<string, Observation>();
  let j = 0;
  for (const [i, cs] of cases.entries()) {
    const dialogue = dialogues[i] as SmtpDialogue;
    const hs: Partial<Record<ProbeVersion, HandshakeResult>> = {};
    if (answered(i)) {
      for (const version of PROBE_VERSIONS) {
        const job = jobs[j];
        if (!job || job.i !== i || job.version !== version) throw new Error('probe bookkeeping out of step');
        hs[version] = handshakes[j++] as HandshakeResult;
      }
    }
    const fatal = fatalOf(log, cs.id);
    const dead = !answered(i) && fatal !== null;
    const implicit = dialogue.greeting === 'banner' ? cs.implicit === true : null;
    byCase.set(cs.id, {
      port: portOf(cs),
      dialogue,
      fatal,
      dead,
      handshakes: hs,
      protocols: PROBE_VERSIONS.filter((v) => hs[v]?.ok === true),
      implicit,
      tls12Accepted: tls12.get(cs.id) ?? null,
      tls13Accepted: tls13.get(cs.id) ?? null,
    });
  }
  return { byCase, universe, universeInProcess, candidates, probes, log };
}

/** The first `fatal:` message a case's daemon logged (syslog_name live-ID). */
export function fatalOf(log: string, id: string): string | null {
  const re = new RegExp(`\\blive-${id}/[a-z]+\\[\\d+\\]: fatal: (.*)$`, 'm');
  return re.exec(log)?.[1] ?? null;
}

/** Where AUTH showed up in the dialogue. */
export function authSeen(o: Observation, implicit: boolean): 'before' | 'after' | 'none' {
  if (implicit) return o.dialogue.authLine ? 'after' : 'none';
  if (o.dialogue.authLine) return 'before';
  if (o.dialogue.afterTls?.authLine) return 'after';
  return 'none';
}
