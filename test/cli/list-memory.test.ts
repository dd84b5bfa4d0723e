/**
 * `scan --list` holds one config set at a time (issue 8, noticed in session 6: `scan / --list` peaked at
 * 1.17 GB RSS, and `scan /tmp/r1000 --list` took 340 MB against 173 MB for the whole audit). It parsed
 * every set, kept all the parse trees, and only then listed them; now each set is parsed, listed and
 * let go, and its listing is written at once. A generated tree (never /), the CLI in-process, the
 * heap measured after a full garbage collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { runCli } from '../../src/cli/run.js';
import { scanRepository } from '../../src/scan.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const SETS = 120;
const SERVICES = 150;

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pta-list-memory-'));
  const main = Array.from({ length: 40 }, (_, i) => `smtpd_tls_param_${i} = value ${i} $myhostname`).join('\n');
  const master = Array.from({ length: SERVICES }, (_, i) => `127.0.0.1:${10000 + i} inet n - n - - smtpd\n  -o syslog_name=s${i}\n  -o smtpd_tls_security_level=may`).join('\n');
  for (let s = 0; s < SETS; s++) {
    const dir = path.join(root, `set${String(s).padStart(3, '0')}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'main.cf'), `${main}\n# set ${s}\n`);
    writeFileSync(path.join(dir, 'master.cf'), `${master}\n# set ${s}\n`);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scan --list memory', () => {
  it('writes each set as it is listed, and holds far less than all the sets parsed at once', async () => {
    // What holding every set's parse trees costs (the old --list did this before writing anything).
    const before = heap();
    let all: Awaited<ReturnType<typeof scanRepository>> | undefined = await scanRepository(root);
    const allHeld = heap() - before;
    expect(all.sets).toHaveLength(SETS);
    all = undefined;

    const start = heap();
    let peak = 0;
    let chunks = 0;
    let text = '';
    const r = await runCli(['scan', '.', '--list'], root, (chunk) => {
      chunks += 1;
      text += chunk.length > 0 ? chunk.slice(0, 1) : '';
      if (chunks % 10 === 0) peak = Math.max(peak, heap() - start);
    });
    expect(r.exitCode).toBe(0);
    // A head, then one piece per set.
    expect(chunks).toBe(SETS + 1);
    expect(text.length).toBe(SETS + 1);
    expect(allHeld).toBeGreaterThan(20 * 1024 * 1024);
    console.info(`--list of ${SETS} sets: all parsed at once ${(allHeld / 2 ** 20).toFixed(1)} MiB of heap; streamed, at most ${(peak / 2 ** 20).toFixed(1)} MiB above the start`);
    expect(peak).toBeLessThan(allHeld / 4);
  }, 120_000);

  it('the streamed listing is the same text and JSON as one piece', async () => {
    const pieces: string[] = [];
    await runCli(['scan', '.', '--list', '--format', 'json'], root, (c) => void pieces.push(c));
    const whole = await runCli(['scan', '.', '--list', '--format', 'json'], root);
    expect(pieces.join('')).toBe(String(whole.stdout));
    const parsed = JSON.parse(pieces.join('')) as { configSets: unknown[] };
    expect(parsed.configSets).toHaveLength(SETS);
  }, 120_000);
});
