/**
 * What the CLI loads before it knows its command, held to the source: src/cli/main.ts and the modules
 * it imports statically (type-only imports aside) check arguments and nothing more. Each command's work
 * is imported when the command runs, and the bundle keeps it in a chunk of its own, so `--version`,
 * `--help` and usage errors start without compiling the analysis (in the bundle ~60 ms less), and a
 * scan starts git before it loads the analysis. A new static import that pulls the analysis, the
 * probe or postconf into the entry's closure fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, staticClosure } from '../support/static-imports.js';

describe('the CLI entry point, before a command runs', () => {
  const loaded = staticClosure('cli/main.ts');

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
