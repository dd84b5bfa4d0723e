#!/usr/bin/env node
/**
 * Command-line entry point: `postfix-tls-audit scan [PATH]` and `postfix-tls-audit postconf ...`.
 * Exit status: 0 done, 2 usage error, 1 the command failed (as postconf does for fatal input).
 * An unexpected error exits 2 with its message; a scan's report written so far is then incomplete.
 * The same file serves as the worker of a scan with many config sets (src/audit-workers.ts).
 */
import { isMainThread } from 'node:worker_threads';
import { enableAuditWorkers } from '../audit-worker-entry.js';
import { runCli } from './run.js';
import { setFlagsFromString } from 'node:v8';

// A scan keeps little (about 25 MB live after 1,000 sets) but allocates fast, and V8's default heap
// growing lets old-space garbage reach several times the live size before a full collection. Growing
// the heap by half instead keeps the peak RSS of 1,000 sets at about 160 MB instead of 175-250 MB, with
// no measurable CPU cost (npm run bench). The flag is V8's own, read at every full collection.
setFlagsFromString('--heap-growing-percent=50');

// In a worker thread, src/audit-workers.ts is loaded to see whether it is one of the scan's; on the main
// thread the analysis is loaded only when a command needs it (src/cli/run.ts).
const servedAsWorker = !isMainThread && (await import('../audit-workers.js')).serveAuditWorker();
if (!servedAsWorker) {
  enableAuditWorkers(new URL(import.meta.url));
  // A scan's report is written as it is made, in pieces of about 64 KiB.
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size > 0) process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  };
  try {
    const result = await runCli(process.argv.slice(2), process.cwd(), (chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65536) flush();
    });
    flush();
    if (result.stdout.length > 0) process.stdout.write(result.stdout);
    if (result.stderr.length > 0) process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  } catch (error) {
    // Not exit 1, which means "findings reached --fail-on".
    flush();
    process.stderr.write(`postfix-tls-audit: internal error, any report above is incomplete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
