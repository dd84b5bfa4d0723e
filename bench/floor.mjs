/**
 * The floor of a scan, run as its own Node process like the CLI: ask git for the file list, keep the
 * config file names, read those files. Nothing is parsed. Prints its own breakdown as JSON.
 * Usage: node bench/floor.mjs REPO
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_NAME } from './generate.mjs';

const root = process.argv[2];
const t0 = performance.now();
const listing = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
const t1 = performance.now();
const matched = listing.toString('utf8').split('\0').filter((p) => p.length > 0 && CONFIG_NAME.test(p));
let bytes = 0;
for (const rel of matched) bytes += (await readFile(path.join(root, rel))).length;
const t2 = performance.now();
process.stdout.write(JSON.stringify({ lsFilesMs: t1 - t0, readMs: t2 - t1, matched: matched.length, bytes }));
