/** Diagnostics the model raises, pointed at the definition that caused them. */
import type { Diagnostic, DiagnosticSeverity } from '../postfix/diagnostics.js';
import type { Span } from '../postfix/source.js';
import type { EffectiveValue } from './namespace.js';

export type Reporter = (
  severity: DiagnosticSeverity,
  code: string,
  message: string,
  at?: EffectiveValue,
  postfixMessage?: string,
) => void;

/**
 * A reporter that points at the value's own definition when it has one (main.cf or -o line), else
 * at the fallback (the service's master.cf line, worked out when first needed). Identical
 * diagnostics are kept once.
 */
export function makeReporter(out: Diagnostic[], fallback: { path: string; span?: () => Span }): Reporter {
  let fallbackSpan: Span | undefined;
  return (severity, code, message, at, postfixMessage) => {
    // The keys of what `out` holds, shared by every reporter on it and caught up with what was pushed
    // directly: a search of `out` per report was quadratic in a master.cf of thousands of services.
    let seen = seenIn.get(out);
    if (!seen) seenIn.set(out, (seen = { keys: new Set(), upTo: 0 }));
    for (; seen.upTo < out.length; seen.upTo++) seen.keys.add(keyOf(out[seen.upTo] as Diagnostic));
    const path = at?.file ?? fallback.path;
    const span = at?.file ? at.span : (fallbackSpan ??= fallback.span?.());
    const d: Diagnostic = {
      severity,
      code,
      message,
      path,
      ...(span ? { span } : {}),
      ...(postfixMessage ? { postfixMessage } : {}),
    };
    const key = keyOf(d);
    if (seen.keys.has(key)) return;
    out.push(d);
    seen.keys.add(key);
    seen.upTo = out.length;
  };
}

const seenIn = new WeakMap<Diagnostic[], { keys: Set<string>; upTo: number }>();
const keyOf = (d: Diagnostic): string => `${d.code}\u0000${d.message}\u0000${d.path}\u0000${d.span?.start.offset ?? ''}`;
