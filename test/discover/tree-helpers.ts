/** Real temporary directory trees and git repositories for discovery tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function makeTempDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `pta-discover-${label}-`));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Write files (relative path → content) under `root`, creating directories. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function link(root: string, rel: string, target: string): void {
  const abs = path.join(root, ...rel.split('/'));
  mkdirSync(path.dirname(abs), { recursive: true });
  symlinkSync(target, abs);
}

const GIT_ENV: NodeJS.ProcessEnv = (() => {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) delete env[name];
  return env;
})();

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Discovery Test', '-c', 'user.email=discovery@example.invalid', '-c', 'init.defaultBranch=main', ...args],
    { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Reason git cannot be used, or undefined. Prints the reason; under CI=true it throws instead. */
export function gitUnavailable(): string | undefined {
  try {
    execFileSync('git', ['--version'], { env: GIT_ENV });
    return undefined;
  } catch (error) {
    const reason = `git is not runnable (${error instanceof Error ? error.message : String(error)})`;
    if (process.env.CI === 'true') throw new Error(`CI=true but ${reason}`);
    console.warn(`[skip] git-based discovery tests: ${reason}`);
    return reason;
  }
}

/** Whether this process can read a file whose mode is 000 (root can). */
export function readsIgnoringPermissions(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
