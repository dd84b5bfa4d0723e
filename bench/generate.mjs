/**
 * Synthetic repositories for the benchmark: filler files in a source-like tree plus config sets whose
 * files are byte copies of the shared corpus (so sizes and shapes are real), git-initialised so that
 * discovery lists files from the git index as it does in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The names discovery looks at (plain and template forms); the floor reads exactly these. */
export const CONFIG_NAME = /(?:^|\/)(?:postfix-)?(?:main|master)\.cf(?:\.[^/]+)?$/;

/**
 * Config-set shapes of the corpus: corpus files sit at `<owner>__<repo>/<path with "/" as "__">`; files
 * that share a directory in their original repository form one shape. Files discovery would not pick
 * up (UCR fragments, "Mail Configuration.cf") stay in the corpus repository but form no shape.
 */
export function corpusShapes(corpusDir) {
  const shapes = [];
  for (const owner of readdirSync(corpusDir).sort()) {
    const ownerDir = path.join(corpusDir, owner);
    if (!statSync(ownerDir).isDirectory()) continue;
    const byDir = new Map();
    for (const flat of readdirSync(ownerDir).sort()) {
      const rel = flat.split('__').join('/');
      const dir = path.posix.dirname(rel);
      if (!byDir.has(dir)) byDir.set(dir, []);
      byDir.get(dir).push({ name: path.posix.basename(rel), bytes: readFileSync(path.join(ownerDir, flat)) });
    }
    for (const [dir, files] of byDir) {
      if (files.some((f) => CONFIG_NAME.test(f.name))) shapes.push({ origin: `${owner}/${dir}`, files });
    }
  }
  return shapes;
}

/** The corpus as a repository: every file at its original path under `<owner>__<repo>/`. */
export function materializeCorpus(corpusDir, target) {
  let files = 0;
  for (const owner of readdirSync(corpusDir).sort()) {
    const ownerDir = path.join(corpusDir, owner);
    if (!statSync(ownerDir).isDirectory()) continue;
    for (const flat of readdirSync(ownerDir)) {
      const rel = path.join(owner, ...flat.split('__'));
      mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
      writeFileSync(path.join(target, rel), readFileSync(path.join(ownerDir, flat)));
      files++;
    }
  }
  return files;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'const let function return import export from if else for while class interface type async await new this null undefined true false value name config service port host tls cert key'.split(' ');

function makePool(random) {
  const lines = [];
  let size = 0;
  while (size < 256 * 1024) {
    const n = 2 + Math.floor(random() * 10);
    const indent = '  '.repeat(Math.floor(random() * 4));
    const line = indent + Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + ';';
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

const EXTENSIONS = ['.ts', '.js', '.md', '.json', '.yml', '.py', '.go', '.txt', '.conf', '.sh'];

/**
 * Write a repository of `totalFiles` files holding `setCount` config sets under `root` (which must not
 * exist yet) and add everything to a fresh git index. Returns what was written.
 */
export function generateRepository(root, { totalFiles, setCount, shapes, seed = 1 }) {
  const random = rng(seed);
  const pool = makePool(random);
  mkdirSync(root, { recursive: true });
  let files = 0;
  let configFiles = 0;
  const setDirs = [];
  // Config sets are spread through the tree, one every `stride` directories.
  const filesPerDir = 25;
  const setFiles = Array.from({ length: setCount }, (_, i) => shapes[i % shapes.length].files.length).reduce((a, b) => a + b, 0);
  const fillerCount = Math.max(0, totalFiles - setFiles);
  const dirCount = Math.max(1, Math.ceil(fillerCount / filesPerDir));
  const stride = Math.max(1, Math.floor(dirCount / Math.max(1, setCount)));
  let nextSet = 0;
  let written = 0;
  for (let d = 0; d < dirCount; d++) {
    const dir = path.join(root, `pkg-${String(Math.floor(d / 40)).padStart(4, '0')}`, `mod-${String(d % 40).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    const here = Math.min(filesPerDir, fillerCount - written);
    for (let f = 0; f < here; f++) {
      // Sizes: mostly a few hundred bytes to a few KiB, a long tail to ~11 KiB.
      const size = Math.min(40_000, Math.floor(120 * Math.exp(random() * 4.5)));
      const start = Math.floor(random() * (pool.length - size - 1));
      writeFileSync(path.join(dir, `file-${f}${EXTENSIONS[(d + f) % EXTENSIONS.length]}`), pool.slice(start, start + size));
      files++;
      written++;
    }
    if (nextSet < setCount && d % stride === 0) {
      writeSet(path.join(dir, 'deploy', `mail-${nextSet}`), shapes[nextSet % shapes.length]);
      nextSet++;
    }
  }
  while (nextSet < setCount) {
    writeSet(path.join(root, 'deploy', `mail-${nextSet}`), shapes[nextSet % shapes.length]);
    nextSet++;
  }
  function writeSet(dir, shape) {
    mkdirSync(dir, { recursive: true });
    for (const file of shape.files) {
      writeFileSync(path.join(dir, file.name), file.bytes);
      files++;
      if (CONFIG_NAME.test(file.name)) configFiles++;
    }
    setDirs.push(dir);
  }
  gitInit(root);
  return { files, configFiles, setDirs };
}

export function gitInit(root) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  // gc.auto=0: an automatic "git gc" left running in the background would skew the timings and
  // race the clean-up of the repository.
  const git = (...args) => execFileSync('git', ['-c', 'gc.auto=0', ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  git('init', '-q');
  git('config', 'gc.auto', '0');
  git('add', '-A');
  git('commit', '-q', '--no-gpg-sign', '-m', 'bench repository');
}

export function exists(p) {
  return existsSync(p);
}
