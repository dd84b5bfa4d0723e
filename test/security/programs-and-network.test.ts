/**
 * SECURITY.md "Programs and network", held to the source: the only program started is git, through
 * execFile with an argument vector (no shell), and the only code that opens connections is the probe
 * (node:net / node:tls / DNS under src/probe) and the Octokit client (src/github/client.ts). A new
 * import of child_process, a network module or fetch elsewhere fails here and needs a look (and a
 * line in SECURITY.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(ts|mts|mjs|js)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

const files = sources(SRC).map((f) => ({ rel: path.relative(SRC, f).split(path.sep).join('/'), text: readFileSync(f, 'utf8') }));
const using = (re: RegExp) => files.filter((f) => re.test(f.text)).map((f) => f.rel).sort();

describe('programs and network, as the source has them', () => {
  it('child processes: git in discovery, and the table generators (build-time scripts); execFile only, never a shell', () => {
    expect(using(/child_process/)).toEqual(['discover/git-listing.ts', 'postfix/defaults/generate-3.7-table.mjs', 'tls/ciphers/generate-table.ts']);
    const imported = files.flatMap((f) => [...f.text.matchAll(/import\s*(\{[^}]*\}|\*\s*as\s+\w+|\w+)\s*from\s*'(?:node:)?child_process'/g)].map((m) => m[1]!.replace(/\s+/g, ' ')));
    expect([...new Set(imported)].sort()).toEqual(['{ execFile }', '{ execFileSync }']);
    expect(using(/\bshell\s*:/)).toEqual([]);
    const git = files.find((f) => f.rel === 'discover/git-listing.ts')!.text;
    expect([...git.matchAll(/execFile\((\S+),/g)].map((m) => m[1])).toEqual(["'git'"]);
  });

  it('network: sockets and DNS only in the probe; HTTP only through Octokit in src/github/client.ts', () => {
    expect(using(/node:(net|tls|dgram|dns)\b/).every((f) => f.startsWith('probe/'))).toBe(true);
    // undici, which Octokit's requests go through, is loaded on demand in the Action's bundle: client.ts
    // awaits src/github/undici-on-demand.ts, which binds undici's exports and calls none of them.
    expect(using(/node:(http|https|http2)\b|\bfetch\s*\(|undici|WebSocket|XMLHttpRequest/)).toEqual(['github/client.ts', 'github/undici-on-demand.ts']);
    expect(files.find((f) => f.rel === 'github/undici-on-demand.ts')!.text).not.toMatch(/node:|\bfetch\s*\(|new ProxyAgent|\.(request|dispatch)\(/);
    expect(files.find((f) => f.rel === 'github/client.ts')!.text).not.toMatch(/node:(http|https|http2)\b|\bfetch\s*\(|WebSocket|XMLHttpRequest/);
    expect(using(/@actions\/github'|@octokit\//)).toEqual(['github/client.ts']);
  });
});
