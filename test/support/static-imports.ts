/**
 * The static, value-level import graph of the sources, as the start-up tests read it: which modules an
 * entry point loads before it runs anything (dynamic import() is not followed).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export const SRC = path.resolve(import.meta.dirname, '../../src');

/** Static, value-level imports of a source file: relative ones as paths under src/, the others as written. */
export function staticImports(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)) {
    const [, , typeOnly, what, spec] = m as unknown as [string, string, string | undefined, string, string];
    // `import type`, or braces naming only types: TypeScript leaves the import out.
    const onlyTypes = /^\{[^}]*\}$/s.test(what) && what.slice(1, -1).split(',').every((n) => /^\s*(type\s+\S+.*)?\s*$/.test(n));
    if (typeOnly || onlyTypes) continue;
    if (!spec.startsWith('.')) out.push(spec);
    else out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

/** Every module `entry` (a path under src/) reaches through static imports, itself included. */
export function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.ts')) {
      expect(existsSync(path.join(SRC, file)), `${file} (imported statically)`).toBe(true);
      todo.push(...staticImports(file));
    }
  }
  return seen;
}
