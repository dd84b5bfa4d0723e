/**
 * What the CLI loads before it knows its command, held to the source: src/cli/main.ts and the modules
 * it imports statically (type-only imports aside) check arguments and nothing more. Each command's work
 * is imported when the command runs, and the bundle keeps it in a chunk of its own, so `--version`,
 * `--help` and usage errors start without compiling the analysis (in the bundle ~60 ms less), and a
 * scan starts git before it loads the analysis. A new static import that pulls the analysis, the
 * probe or postconf into the entry's closure fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Static, value-level imports of a source file: relative ones as paths under src/, the others as written. */
function staticImports(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)) {
    const [, , typeOnly, what, spec] = m as unknown as [string, string, string | undefined, string, string];
    // `import type`, or braces naming only types: TypeScript leaves the import out.
    const onlyTypes = /^\{[^}]*\}$/s.test(what) && what.slice(1, -1).split(',').every((n) => /^\s*(type\s+\S+.*)?\s*$/.test(n));
    if (typeOnly || onlyTypes) continue;
    if (!spec.startsWith('.')) {
      out.push(spec);
      continue;
    }
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
    out.push(resolved);
  }
  return out;
}

function closure(entry: string): Set<string> {
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

describe('the CLI entry point, before a command runs', () => {
  const loaded = closure('cli/main.ts');

  it('reaches run.ts and its argument checks', () => {
    expect(loaded).toContain('cli/run.ts');
    expect(loaded).toContain('cli/usage.ts');
  });

  it('does not reach the analysis, the reports, postconf or the probe', () => {
    for (const heavy of ['audit.ts', 'audit-set.ts', 'audit-workers.ts', 'cli/scan-command.ts', 'model/index.ts', 'policy/evaluate.ts', 'policy/rules/index.ts', 'policy/policy-file.ts', 'postfix/defaults/index.ts', 'postconf/command.ts', 'cli/probe-command.ts', 'probe/probe.ts', 'report/findings-text.ts']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
    for (const module of ['node:net', 'node:tls', 'node:dns/promises', 'node:crypto', 'picomatch', 'ignore', 'yaml']) expect(loaded, module).not.toContain(module);
  });

  it('imports each command where it runs', () => {
    const run = readFileSync(path.join(SRC, 'cli/run.ts'), 'utf8');
    expect(run).toContain("await import('./scan-command.js')");
    expect(run).toContain("await import('../postconf/command.js')");
    expect(run).toContain("await import('./probe-command.js')");
  });
});
