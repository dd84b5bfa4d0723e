#!/usr/bin/env node
/**
 * Command-line entry point: `postfix-tls-audit scan [PATH]` and `postfix-tls-audit postconf ...`.
 * Exit status: 0 done, 2 usage error, 1 the command failed (as postconf does for fatal input).
 */
import { runCli } from './run.js';

const result = await runCli(process.argv.slice(2), process.cwd());
if (result.stdout.length > 0) process.stdout.write(result.stdout);
if (result.stderr.length > 0) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
