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
    const same = out.some(
      (x) => x.code === d.code && x.message === d.message && x.path === d.path && x.span?.start.offset === d.span?.start.offset,
    );
    if (!same) out.push(d);
  };
}
