#!/usr/bin/env node
/**
 * Command-line entry point: `postfix-tls-audit scan [PATH]` and `postfix-tls-audit postconf ...`.
 * Exit status: 0 done, 2 usage error, 1 the command failed (as postconf does for fatal input).
 * The same file serves as the worker of a scan with many config sets (src/audit-workers.ts).
 */
import { enableAuditWorkers, serveAuditWorker } from '../audit-workers.js';
import { runCli } from './run.js';

if (!serveAuditWorker()) {
  enableAuditWorkers(new URL(import.meta.url));
  // A scan's report is written as it is made, in pieces of about 64 KiB.
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size > 0) process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  };
  const result = await runCli(process.argv.slice(2), process.cwd(), (chunk) => {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 65536) flush();
  });
  flush();
  if (result.stdout.length > 0) process.stdout.write(result.stdout);
  if (result.stderr.length > 0) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
