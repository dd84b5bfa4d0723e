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
  const stdout = closableOutput(process.stdout);
  const stderr = closableOutput(process.stderr);
  // A scan's report is written as it is made, in pieces of about 64 KiB.
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size > 0) stdout.write(pending.join(''));
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
    if (result.stdout.length > 0) stdout.write(result.stdout);
    if (result.stderr.length > 0) stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  } catch (error) {
    // Not exit 1, which means "findings reached --fail-on".
    flush();
    stderr.write(`postfix-tls-audit: internal error, any report above is incomplete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
  process.on('exit', () => {
    const failed = stdout.failure();
    if (failed === undefined) return;
    stderr.write(`postfix-tls-audit: cannot write the report to stdout: ${failed.message}\n`);
    process.exitCode = 2;
  });
}

interface Output {
  write(text: string | Uint8Array): void;
  /** Why writing stopped, when the reason was not a reader that went away (EPIPE). */
  failure(): Error | undefined;
}

/**
 * A writer to stdout or stderr that goes quiet once the reader has gone (`scan | head`): Node ignores
 * SIGPIPE, so the next write failed with EPIPE and an unhandled 'error' event ended the run with a stack
 * trace. The scan still runs to its end, so that the exit status says what --fail-on found (a gate in a
 * `set -o pipefail` pipeline must not pass because its reader stopped early). Any other write error
 * (a full disk) stops the output too, and the run then ends with exit 2 and the reason.
 */
function closableOutput(stream: NodeJS.WriteStream): Output {
  let closed = false;
  let failed: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failed ??= error;
  });
  return {
    write(text) {
      if (closed) return;
      try {
        stream.write(text);
      } catch (error) {
        // A file or terminal is written synchronously: its errors are thrown here.
        closed = true;
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failed ??= error as Error;
      }
    },
    failure: () => failed,
  };
}
