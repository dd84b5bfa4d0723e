/**
 * Data helpers shared by the fix combination and the formatters (the formatters themselves live in
 * src/report/: findings-text.ts, findings-markdown.ts, sarif.ts).
 */
import type { ConfigSetModel } from '../model/types.js';
import type { SourceText } from '../postfix/source.js';
import type { Finding, Severity } from './types.js';

export function sourcesOf(models: readonly ConfigSetModel[]): Map<string, SourceText> {
  const m = new Map<string, SourceText>();
  for (const model of models) {
    const l = model.loaded;
    for (const s of [l.main?.source, l.mainOverride?.source, l.masterIsStock ? undefined : l.master?.source, l.masterOverrideSource]) if (s) m.set(s.path, s);
  }
  return m;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
