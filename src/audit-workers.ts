/**
 * Config sets audited in parallel, on request: each set is independent (auditSet), so a repository with
 * many sets can be shared out to worker threads, one set at a time, with the results put back in
 * discovery order. Off by default (see workerCount for the measurement).
 *
 * A worker runs the entry point's own file (the bundle), which calls serveAuditWorker() first; the
 * entry point names itself with enableAuditWorkers() (src/audit-worker-entry.ts). Without that (tests
 * run the sources in-process), for a handful of sets, or unless POSTFIX_TLS_AUDIT_WORKERS asks for
 * them, everything runs on the calling thread.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ConfigSet, DiscoveredFile } from './discover/index.js';
import { auditSet, type SetAudit, type SetAuditOptions } from './audit-set.js';
import { makeSource } from './postfix/source.js';
import { auditWorkerEntry } from './audit-worker-entry.js';

const WORKER_KIND = 'postfix-tls-audit/audit-set';
/** Below this many sets, starting workers (each loads the bundle) costs more than it saves. */
const MIN_SETS_FOR_WORKERS = 24;
const MAX_WORKERS = 8;

interface WorkerInit {
  kind: typeof WORKER_KIND;
  options: Omit<SetAuditOptions, 'baseline'> & { baseline?: string[] };
}
type Request = { index: number; set: ConfigSet };
/** `json`: the SetAudit as JSON without its sources' lineStarts (see toWire). */
type Reply = { ready: true } | { index: number; json: string } | { index: number; error: string };
/** Requests a worker holds at once: the next set is already there when it finishes one. */
const IN_FLIGHT = 2;

/**
 * Results cross threads as JSON text: for these plain object trees it is several times cheaper than
 * structured cloning (a 1,000-set scan spent ~10 % of a worker's time in postMessage). The sources'
 * line-start tables are rebuilt on arrival instead of being sent.
 */
function toWire(result: SetAudit): string {
  return JSON.stringify({ ...result, sources: result.sources.map(({ path, text, encoding }) => ({ path, text, encoding })) });
}

function fromWire(json: string): SetAudit {
  const result = JSON.parse(json) as SetAudit;
  result.sources = result.sources.map((s) => makeSource(s.path, s.text, s.encoding));
  return result;
}

/**
 * In a worker started by auditSets(): serve its requests and return true (the entry point then does
 * nothing else). On the main thread, or in any other worker: false.
 */
export function serveAuditWorker(): boolean {
  const init = workerData as WorkerInit | undefined;
  if (isMainThread || !parentPort || init?.kind !== WORKER_KIND) return false;
  const port = parentPort;
  const { baseline, ...rest } = init.options;
  const options: SetAuditOptions = { ...rest, ...(baseline ? { baseline: new Set(baseline) } : {}) };
  port.on('message', ({ index, set }: Request) => {
    let reply: Reply;
    try {
      reply = { index, json: toWire(auditSet(revive(set), options)) };
    } catch (error) {
      reply = { index, error: (error as Error).stack ?? String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies Reply);
  return true;
}

/** Structured cloning turns Buffers into plain Uint8Arrays. */
function revive(set: ConfigSet): ConfigSet {
  const file = <T extends { bytes: Uint8Array }>(f: T): T => ({ ...f, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) });
  const files = set.files.map(file);
  // The clone keeps shared references: main is still one of files.
  const same = (f: DiscoveredFile): DiscoveredFile => files[set.files.indexOf(f)] ?? file(f);
  return {
    ...set,
    files,
    ...(set.main ? { main: same(set.main) } : {}),
    ...(set.master ? { master: same(set.master) } : {}),
    ...(set.mainOverride ? { mainOverride: same(set.mainOverride) } : {}),
    ...(set.masterOverride ? { masterOverride: same(set.masterOverride) } : {}),
  };
}

/**
 * Worker threads only on request (POSTFIX_TLS_AUDIT_WORKERS=N). Measured on the 2-CPU machines this
 * project is built on, they never paid: V8 already runs garbage collection and compilation on the
 * second CPU, and every worker compiles the whole analysis again from cold (1,000 sets: 5.6 s on one
 * thread, 7.5 s with two workers; 100 sets: 1.5 s against 2.2 s). Machines with more CPUs may differ.
 */
function workerCount(sets: number): number {
  const configured = process.env.POSTFIX_TLS_AUDIT_WORKERS;
  if (configured === undefined || !/^\d+$/.test(configured) || sets < MIN_SETS_FOR_WORKERS) return 0;
  return Math.min(Number(configured), MAX_WORKERS, availableParallelism() * 2);
}

/** auditSet() of every set, in order; on worker threads when enabled and worth it. */
export async function auditSets(sets: readonly ConfigSet[], options: SetAuditOptions): Promise<SetAudit[]> {
  const results: SetAudit[] = [];
  await auditSetsInOrder(sets, options, (result) => results.push(result));
  return results;
}

/**
 * auditSet() of every set, each result handed to `each` in discovery order as soon as it and every set
 * before it are judged (a caller that keeps only part of each result then never holds them all). A set
 * is not read again once its result is handed on: `each` may let it go.
 */
export async function auditSetsInOrder(sets: readonly ConfigSet[], options: SetAuditOptions, each: (result: SetAudit, index: number) => void): Promise<void> {
  const entry = auditWorkerEntry();
  const count = entry === undefined || options.keepModel ? 0 : workerCount(sets.length);
  if (count === 0) {
    sets.forEach((set, i) => each(auditSet(set, options), i));
    return;
  }
  const { baseline, ...rest } = options;
  const init: WorkerInit = { kind: WORKER_KIND, options: { ...rest, ...(baseline ? { baseline: [...baseline] } : {}) } };
  let next = 0;
  let done = 0;
  let anyReady = false;
  let failure: unknown;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const live = new Set<Worker>();
  const retired: Array<Promise<number>> = [];
  // Results from workers arrive out of order: each waits here until the ones before it are handed on.
  const waiting = new Map<number, SetAudit>();
  let handed = 0;
  const arrived = (index: number, result: SetAudit): void => {
    waiting.set(index, result);
    try {
      for (let r = waiting.get(handed); r !== undefined; r = waiting.get(handed)) {
        waiting.delete(handed);
        each(r, handed++);
      }
    } catch (error) {
      failure ??= error;
    }
  };
  // The calling thread audits a set itself when a worker fails on it or dies holding it: an error in the
  // analysis is then thrown here, as without workers.
  const inline = (index: number): void => {
    try {
      arrived(index, auditSet(sets[index] as ConfigSet, options));
    } catch (error) {
      failure ??= error;
    }
    done++;
  };
  const settle = (): void => {
    if (done === sets.length || failure !== undefined) finish();
  };
  const give = (worker: Worker, holding: Set<number>): void => {
    while (holding.size < IN_FLIGHT && next < sets.length && failure === undefined) {
      holding.add(next);
      worker.postMessage({ index: next, set: sets[next] as ConfigSet } satisfies Request);
      next++;
    }
    if (holding.size === 0) {
      live.delete(worker);
      retired.push(worker.terminate());
    }
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(entry!, { workerData: init, stdout: true, stderr: true });
    worker.unref();
    live.add(worker);
    const holding = new Set<number>();
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) anyReady = true;
      else {
        holding.delete(reply.index);
        if ('json' in reply) {
          arrived(reply.index, fromWire(reply.json));
          done++;
        } else inline(reply.index);
      }
      give(worker, holding);
      settle();
    });
    const lost = (): void => {
      if (!live.delete(worker)) return;
      for (const index of holding) inline(index);
      holding.clear();
      // With no worker left, the calling thread takes the rest.
      if (live.size === 0) while (next < sets.length && failure === undefined) inline(next++);
      settle();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  }
  // Until a worker is up (it loads the whole bundle first) the calling thread works too.
  while (!anyReady && next < sets.length && failure === undefined) {
    inline(next++);
    await new Promise((resolve) => setImmediate(resolve));
  }
  settle();
  await finished;
  // Their heaps are freed before the caller builds its report.
  await Promise.all([...retired, ...[...live].map((worker) => worker.terminate())]);
  if (failure !== undefined) throw failure;
}
