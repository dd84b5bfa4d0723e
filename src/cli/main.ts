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
  const result = await runCli(process.argv.slice(2), process.cwd());
  if (result.stdout.length > 0) process.stdout.write(result.stdout);
  if (result.stderr.length > 0) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
