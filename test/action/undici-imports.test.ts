/**
 * The Action's bundle maps `undici` to src/github/undici-on-demand.ts (tsconfig.json `paths`), which
 * offers only the exports the bundled libraries read today. A dependency update that imports another
 * undici export (or imports undici in a way the module cannot serve) would bundle without complaint and
 * fail at run time behind a proxy or at the first API request: this test reads every JavaScript file of
 * the runtime dependencies and holds their undici imports to what the module exports.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as onDemand from '../../src/github/undici-on-demand.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MODULES = path.join(ROOT, 'node_modules');

/** The runtime dependency closure of package.json, as installed (flat node_modules). */
function dependencyDirs(): string[] {
  const seen = new Set<string>();
  const queue = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name) || name === 'undici') continue;
    const dir = path.join(MODULES, name);
    if (!existsSync(path.join(dir, 'package.json'))) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return [...seen].map((name) => path.join(MODULES, name));
}

function* scripts(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* scripts(full);
    else if (/\.(?:m|c)?js$/.test(entry)) yield full;
  }
}

describe('undici imports of the bundled libraries', () => {
  it('name only what src/github/undici-on-demand.ts exports', () => {
    const offered = new Set(Object.keys(onDemand).filter((name) => name !== 'loadUndici'));
    const found: string[] = [];
    const problems: string[] = [];
    for (const dir of dependencyDirs()) {
      for (const file of scripts(dir)) {
        const text = readFileSync(file, 'utf8');
        if (!text.includes('undici')) continue;
        const rel = path.relative(MODULES, file);
        for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)) {
          for (const spec of (m[1] as string).split(',').map((s) => s.trim()).filter(Boolean)) {
            const name = spec.split(/\s+as\s+/)[0] as string;
            found.push(`${rel}: ${name}`);
            if (!offered.has(name)) problems.push(`${rel} imports ${name}`);
          }
        }
        for (const m of text.matchAll(/(?:import\s+(?:\*\s+as\s+\w+|\w+)\s+from|require\s*\(|import\s*\()\s*['"]undici['"]/g)) {
          problems.push(`${rel} imports undici whole (${m[0]}): the on-demand module cannot serve that`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The scan sees the imports it is there to check (@actions/http-client's ProxyAgent, @actions/github's fetch).
    expect(found.some((f) => f.startsWith('@actions/http-client/') && f.endsWith(': ProxyAgent'))).toBe(true);
    expect(found.some((f) => f.startsWith('@actions/github/') && f.endsWith(': fetch'))).toBe(true);
  });
});
