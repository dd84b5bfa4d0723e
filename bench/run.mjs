#!/usr/bin/env node
/**
 * Benchmark of the CLI scan (issue 8). A script, not a test: it prints figures and whether each target
 * holds, and exits 0 either way unless something is broken (the CLI fails or finds the wrong sets).
 *
 *   node bench/run.mjs [--small] [--build] [--cli FILE] [--action FILE] [--format text|json] [--corpus DIR]
 *                      [--json FILE] [--postconf-sample N] [--keep]
 *
 * What is timed is what a user runs: `postfix-tls-audit scan REPO --fail-on never` with the default
 * text output, which (like --format json) holds every finding with its verified fix, and in addition
 * the combined diff of all fixes (verified together per config set): the most work a scan does.
 *
 * --small         1k files / 10 sets and the corpus only (what CI runs to keep this script working)
 * --build         bundle the current src/ with ncc into a temp dir and measure that instead of dist/
 * --cli FILE      the CLI bundle to measure (default dist/cli/index.js)
 * --action FILE   the Action bundle whose cold start is measured (default dist/index.js; --build bundles it)
 * --format F      the scan output to time: text (default) or json
 * --compare FILE  also time this other CLI bundle (e.g. an older build) on the same repositories, in the same run (one run each)
 * --corpus DIR    the shared corpus (default ../shared/corpus beside the checkout; examples/ if absent)
 * --json FILE     also write the figures as JSON
 * --postconf-sample N  run the real postconf loop on N sets per repository and extrapolate (default 60, --small 3)
 *
 * Everything generated lives under os.tmpdir() and is deleted at the end.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusShapes, generateRepository, gitInit, materializeCorpus } from './generate.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const repoRoot = path.resolve(here, '..');

const { values: opts } = parseArgs({
  options: {
    small: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    cli: { type: 'string' },
    action: { type: 'string' },
    format: { type: 'string', default: 'text' },
    compare: { type: 'string' },
    corpus: { type: 'string' },
    json: { type: 'string' },
    'postconf-sample': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const work = mkdtempSync(path.join(os.tmpdir(), 'pta-bench-'));
let cleaned = false;
function cleanup() {
  if (cleaned || opts.keep) return;
  cleaned = true;
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup(); process.exit(130); });

const log = (s) => process.stderr.write(`${s}\n`);

// ---- which CLI --------------------------------------------------------------------------------------
if (!['text', 'json'].includes(opts.format)) throw new Error(`--format ${opts.format}: text or json`);
const bundle = (entry, name) => {
  log(`bundling ${entry} with ncc ...`);
  const out = path.join(work, name);
  execFileSync(path.join(repoRoot, 'node_modules/.bin/ncc'), ['build', path.join(repoRoot, entry), '-o', out, '--target', 'es2022'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(out, 'index.js');
};
let cli = path.resolve(opts.cli ?? path.join(repoRoot, 'dist/cli/index.js'));
if (opts.build || (!opts.cli && !existsSync(cli))) cli = bundle('src/cli/main.ts', 'cli-build');
let action = path.resolve(opts.action ?? path.join(repoRoot, 'dist/index.js'));
if (!opts.action && opts.build) action = bundle('src/action/main.ts', 'action-build');
if (!existsSync(action)) action = undefined;

// ---- measuring a child process ----------------------------------------------------------------------
const GNU_TIME = ['/usr/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0);

/**
 * Run a command; wall time from spawn to exit, peak RSS of the child (GNU time when present, else a
 * --require probe that reports process.resourceUsage().maxRSS on exit; the probe only works for node).
 */
function measure(argv, { stdoutFile, env: extraEnv } = {}) {
  const rssFile = path.join(work, `rss-${process.hrtime.bigint()}`);
  let cmd = argv;
  const env = { ...process.env, ...extraEnv };
  if (GNU_TIME) cmd = [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv];
  else if (argv[0] === process.execPath) {
    env.PTA_BENCH_RSS_FILE = rssFile;
    cmd = [argv[0], '--require', path.join(here, 'rss-probe.cjs'), ...argv.slice(1)];
  }
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', fd, 'pipe'], env, maxBuffer: 1024 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (typeof fd === 'number') closeSync(fd);
  let rssKb;
  try {
    rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rmSync(rssFile);
  } catch {
    rssKb = undefined;
  }
  return { ms, rssKb, status: r.status, stdout: r.stdout, stderr: r.stderr?.toString('utf8') ?? '' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- inputs -----------------------------------------------------------------------------------------
const corpusDir = path.resolve(opts.corpus ?? [path.join(repoRoot, '..', 'shared', 'corpus')].find(existsSync) ?? path.join(repoRoot, 'examples'));
const corpusIsShared = existsSync(path.join(corpusDir, 'SOURCES.md'));
const shapes = corpusIsShared
  ? corpusShapes(corpusDir)
  : [{ origin: 'examples/good', files: ['main.cf', 'master.cf'].map((name) => ({ name, bytes: readFileSync(path.join(repoRoot, 'examples/good', name)) })) }];
log(`corpus: ${corpusDir} (${shapes.length} config-set shapes)`);

const SIZES = opts.small
  ? [{ files: 1_000, sets: 10 }]
  : [
      { files: 1_000, sets: 10 },
      { files: 10_000, sets: 100 },
      { files: 100_000, sets: 1_000 },
    ];

const POSTCONF = ['/usr/sbin/postconf', '/usr/local/sbin/postconf', '/usr/bin/postconf'].find(existsSync);
const POSTCONF_SAMPLE = Number(opts['postconf-sample'] ?? (opts.small ? 3 : 60));

/**
 * What a shell script would run per set: `postconf -c DIR -n; postconf -c DIR -P`. The loop is run on a
 * sample of the sets (real postconf sleeps 1 s before every fatal exit, so a full loop over 1,000 sets
 * takes many minutes); sample runs overlap (one per CPU, so that CPU-bound runs do not slow each other down) and the reported loop time is the SUM of the
 * individual wall times, i.e. what the sequential loop would take, extrapolated to all sets.
 */
async function postconfLoop(setDirs) {
  const dirs = setDirs.filter((d) => existsSync(path.join(d, 'main.cf')));
  if (!POSTCONF || dirs.length === 0) return undefined;
  const step = Math.max(1, Math.floor(dirs.length / POSTCONF_SAMPLE));
  const sample = dirs.filter((_, i) => i % step === 0).slice(0, POSTCONF_SAMPLE);
  const runOne = (args) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const child = spawn(POSTCONF, args, { stdio: ['ignore', 'ignore', 'ignore'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C' } });
      child.on('close', () => resolve(performance.now() - t0));
      child.on('error', () => resolve(performance.now() - t0));
    });
  const jobs = sample.flatMap((d) => [['-c', d, '-n'], ['-c', d, '-P']]);
  let total = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: os.cpus().length }, async () => {
      while (next < jobs.length) total += await runOne(jobs[next++]);
    }),
  );
  const perSet = total / sample.length;
  return { sampled: sample.length, withMainCf: dirs.length, perSetMs: perSet, loopMs: perSet * dirs.length };
}

function floorOf(root, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const m = measure([process.execPath, path.join(here, 'floor.mjs'), root]);
    if (m.status !== 0) throw new Error(`floor failed: ${m.stderr}`);
    results.push({ ms: m.ms, ...JSON.parse(m.stdout.toString('utf8')) });
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor((results.length - 1) / 2)];
}

function scanOf(root, runs, bundle = cli, env = {}) {
  const outFile = path.join(work, `scan.${opts.format}`);
  const times = [];
  let rssKb = 0;
  let sets;
  for (let i = 0; i < runs; i++) {
    const m = measure([process.execPath, bundle, 'scan', root, ...(opts.format === 'json' ? ['--format', 'json'] : []), '--fail-on', 'never'], { stdoutFile: outFile, env });
    if (m.status !== 0) throw new Error(`scan exited ${m.status}: ${m.stderr.slice(0, 2000)}`);
    times.push(m.ms);
    if (m.rssKb) rssKb = Math.max(rssKb, m.rssKb);
    if (i === 0) {
      const out = readFileSync(outFile, 'utf8');
      sets = opts.format === 'json' ? JSON.parse(out).configSets.length : Number(/^Scanned .*: (\d+) config sets? from /m.exec(out)?.[1]);
      if (!Number.isInteger(sets)) throw new Error(`scan output does not say how many config sets it found: ${out.slice(0, 300)}`);
    }
  }
  const outputBytes = readFileSync(outFile).length;
  rmSync(outFile);
  return { ms: median(times), rssKb, sets, outputBytes };
}

async function benchRepository(label, root, { files, expectedSets, setDirs, runs }) {
  log(`measuring ${label} ...`);
  floorOf(root, 1); // warm the page cache and git's index reading
  const floor = floorOf(root, runs);
  const scan = scanOf(root, runs);
  // The same scan with two worker threads (off by default; they start from 24 sets on).
  const single = scanOf(root, Math.max(1, runs - 2), cli, { POSTFIX_TLS_AUDIT_WORKERS: '2' });
  if (expectedSets !== undefined && scan.sets < expectedSets) {
    throw new Error(`${label}: the scan found ${scan.sets} config sets, expected at least ${expectedSets}`);
  }
  // One run of the compared bundle per repository (it may be much slower).
  const compared = opts.compare ? scanOf(root, 1, path.resolve(opts.compare)) : undefined;
  const postconf = await postconfLoop(setDirs);
  if (compared) log(`  compared bundle: scan ${compared.ms.toFixed(0)} ms (${compared.rssKb ? `${(compared.rssKb / 1024).toFixed(0)} MB` : '? MB'})`);
  log(`  scan ${scan.ms.toFixed(0)} ms (${scan.sets} sets, ${scan.rssKb ? `${(scan.rssKb / 1024).toFixed(0)} MB` : '? MB'}), floor ${floor.ms.toFixed(0)} ms${postconf ? `, postconf loop ${postconf.loopMs.toFixed(0)} ms` : ''}`);
  return { label, files, sets: scan.sets, floor, scan, single, postconf, ...(compared ? { compared } : {}) };
}

// ---- run --------------------------------------------------------------------------------------------
const results = [];
try {
  for (const size of SIZES) {
    const root = path.join(work, `repo-${size.files}`);
    log(`generating ${size.files} files with ${size.sets} config sets ...`);
    const t0 = performance.now();
    const gen = generateRepository(root, { totalFiles: size.files, setCount: size.sets, shapes });
    log(`  written and git-added in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    results.push(
      await benchRepository(`${size.files / 1000}k files / ${size.sets} sets`, root, {
        files: gen.files,
        expectedSets: size.sets,
        setDirs: gen.setDirs,
        runs: opts.small ? 3 : size.files >= 100_000 ? 3 : 5,
      }),
    );
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  }

  const corpusRoot = path.join(work, 'corpus');
  const corpusFiles = corpusIsShared ? materializeCorpus(corpusDir, corpusRoot) : 0;
  if (corpusIsShared) {
    gitInit(corpusRoot);
    const setDirs = shapes.map((s) => path.join(corpusRoot, ...s.origin.split('/')));
    results.push(await benchRepository('corpus', corpusRoot, { files: corpusFiles, setDirs, runs: opts.small ? 3 : 5 }));
  }

  // ---- cold start ---------------------------------------------------------------------------------
  log('measuring cold start ...');
  // The Action bundle runs as on a runner whose workspace is an empty folder (no inputs: the defaults).
  const emptyWorkspace = path.join(work, 'empty-workspace');
  mkdirSync(emptyWorkspace);
  const actionEnv = { GITHUB_WORKSPACE: emptyWorkspace, RUNNER_TEMP: work, GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'), GITHUB_OUTPUT: path.join(work, 'output.txt') };
  for (const k of ['GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT']) writeFileSync(actionEnv[k], '');
  // @actions/core alone, bundled as the Action is (see bench/core-floor.mjs); skipped without ncc.
  let coreFloor;
  const ncc = path.join(repoRoot, 'node_modules/.bin/ncc');
  if (action && existsSync(ncc)) {
    const out = path.join(work, 'core-floor');
    const built = spawnSync(ncc, ['build', path.join(here, 'core-floor.mjs'), '-o', out, '--minify', '--target', 'es2022'], { cwd: repoRoot, stdio: 'ignore' });
    // ncc names the bundle of an .mjs entry index.mjs.
    coreFloor = built.status === 0 ? ['index.mjs', 'index.js'].map((f) => path.join(out, f)).find(existsSync) : undefined;
    if (!coreFloor) log('could not bundle bench/core-floor.mjs: the @actions/core floor is not measured');
  }
  const bare = [];
  const ours = [];
  const actionMs = [];
  const coreFloorMs = [];
  for (let i = 0; i < (opts.small ? 5 : 15); i++) {
    bare.push(measure([process.execPath, '-e', '0']).ms);
    ours.push(measure([process.execPath, cli, '--version']).ms);
    if (action) {
      const m = measure([process.execPath, action], { env: actionEnv });
      if (m.status !== 0) {
        log(`the Action bundle failed on an empty workspace (exit ${m.status}), its cold start is not measured: ${m.stderr.slice(0, 500)}`);
        action = undefined;
      } else actionMs.push(m.ms);
    }
    if (coreFloor) {
      const m = measure([process.execPath, coreFloor], { env: actionEnv });
      if (m.status !== 0) throw new Error(`the @actions/core floor bundle failed (exit ${m.status}): ${m.stderr.slice(0, 500)}`);
      coreFloorMs.push(m.ms);
    }
  }
  const compareMs = [];
  if (opts.compare) for (let i = 0; i < (opts.small ? 5 : 15); i++) compareMs.push(measure([process.execPath, path.resolve(opts.compare), '--version']).ms);
  const cold = { bareMs: median(bare), cliMs: median(ours), ...(action ? { actionMs: median(actionMs) } : {}), ...(coreFloorMs.length ? { coreFloorMs: median(coreFloorMs) } : {}), ...(opts.compare ? { compareMs: median(compareMs) } : {}) };

  report(results, cold);
} finally {
  cleanup();
}

function report(rows, cold) {
  const f = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
  const lines = [];
  lines.push(`postfix-tls-audit benchmark — node ${process.version}, ${os.cpus().length} CPU ${os.cpus()[0]?.model ?? ''}, ${os.platform()}`);
  lines.push(`CLI: ${path.relative(process.cwd(), cli) || cli}, \`scan REPO${opts.format === 'json' ? ' --format json' : ''} --fail-on never\` (${opts.format} output with verified fixes); each figure is the median of several runs; the floor is a Node process that runs git ls-files and reads the matched files`);
  lines.push('');
  lines.push(`| repository | files | config sets | scan (CLI, ${opts.format}) | floor: total (ls-files + read) | scan / floor | budget 1.5×floor + 1 ms/set | postconf -n + -P loop | loop / scan | peak RSS | 2 worker threads: scan, peak RSS |`);
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const targets = [];
  for (const r of rows) {
    const budget = 1.5 * r.floor.ms + r.sets;
    const loop = r.postconf ? `${f(r.postconf.loopMs)} (${r.postconf.sampled} of ${r.postconf.withMainCf} sets run, ${f(r.postconf.perSetMs)}/set)` : 'no postconf';
    const speedup = r.postconf ? r.postconf.loopMs / r.scan.ms : undefined;
    lines.push(
      `| ${r.label} | ${r.files} | ${r.sets} | ${f(r.scan.ms)} | ${f(r.floor.ms)} (${f(r.floor.lsFilesMs)} + ${f(r.floor.readMs)}, ${r.floor.matched} files) | ${(r.scan.ms / r.floor.ms).toFixed(2)}× | ${f(budget)} | ${loop} | ${speedup ? `${speedup.toFixed(0)}×` : '–'} | ${r.scan.rssKb ? `${(r.scan.rssKb / 1024).toFixed(0)} MB` : '?'} | ${f(r.single.ms)}, ${r.single.rssKb ? `${(r.single.rssKb / 1024).toFixed(0)} MB` : '?'} |`,
    );
    targets.push([`scan within 1.5× floor + 1 ms/set (${r.label})`, r.scan.ms <= budget, `${f(r.scan.ms)} vs ${f(budget)}`]);
    if (r.sets >= 1000) {
      if (speedup !== undefined) targets.push([`≥ 20× faster than the postconf loop at ${r.sets} sets`, speedup >= 20, `${speedup.toFixed(0)}×`]);
      if (r.scan.rssKb) targets.push([`peak RSS < 200 MB at ${r.sets} sets`, r.scan.rssKb < 200 * 1024, `${(r.scan.rssKb / 1024).toFixed(0)} MB`]);
    }
  }
  // Linearity: the marginal cost per file between consecutive sizes (fixed start-up cost cancels out).
  const generated = rows.filter((r) => r.label !== 'corpus');
  for (let i = 2; i < generated.length; i++) {
    const [a, b, c] = [generated[i - 2], generated[i - 1], generated[i]];
    const before = (b.scan.ms - a.scan.ms) / (b.files - a.files);
    const after = (c.scan.ms - b.scan.ms) / (c.files - b.files);
    targets.push([
      `time linear in input size (marginal cost per file ${b.label}→${c.label} vs ${a.label}→${b.label}, ≤ 1.5×)`,
      after <= 1.5 * before,
      `${(after * 1000).toFixed(1)} µs vs ${(before * 1000).toFixed(1)} µs per file (${(after / before).toFixed(2)}×)`,
    ]);
  }
  lines.push('');
  lines.push(`cold start: \`node ${path.basename(cli)} --version\` ${f(cold.cliMs)} vs \`node -e 0\` ${f(cold.bareMs)} (+${f(cold.cliMs - cold.bareMs)})`);
  targets.push(['cold start of the CLI within 100 ms of bare node', cold.cliMs - cold.bareMs <= 100, `+${f(cold.cliMs - cold.bareMs)}`]);
  if (cold.actionMs !== undefined) {
    lines.push(`cold start: \`node ${path.relative(process.cwd(), action) || action}\` (the Action, empty workspace) ${f(cold.actionMs)} (+${f(cold.actionMs - cold.bareMs)})`);
    if (cold.coreFloorMs !== undefined) lines.push(`  of which @actions/core alone (bench/core-floor.mjs bundled the same way): ${f(cold.coreFloorMs)} (+${f(cold.coreFloorMs - cold.bareMs)})`);
    targets.push(['cold start of the Action within 100 ms of bare node', cold.actionMs - cold.bareMs <= 100, `+${f(cold.actionMs - cold.bareMs)}`]);
  }
  if (opts.compare) {
    lines.push('');
    lines.push(`compared with ${opts.compare} (same repositories, same run):`);
    for (const r of rows) if (r.compared) lines.push(`  ${r.label}: ${f(r.compared.ms)} (${(r.compared.ms / r.floor.ms).toFixed(2)}× floor, ${r.compared.rssKb ? `${(r.compared.rssKb / 1024).toFixed(0)} MB` : '?'}) vs ${f(r.scan.ms)} now`);
    lines.push(`  cold start --version: +${f(cold.compareMs - cold.bareMs)} vs +${f(cold.cliMs - cold.bareMs)} now`);
  }
  lines.push('');
  lines.push('targets:');
  for (const [name, ok, detail] of targets) lines.push(`  ${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  if (opts.small) lines.push('  (--small: the 20× / RSS / linearity targets need the full run)');
  process.stdout.write(`${lines.join('\n')}\n`);
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ node: process.version, cpus: os.cpus().length, rows, cold, targets }, null, 2)}\n`);
}
