import type { Span } from './source.js';

/**
 * A problem found while reading a file. `fatal` means Postfix itself refuses the file (postconf and
 * every daemon exit); analysis of other files goes on.
 */
export type DiagnosticSeverity = 'fatal' | 'error' | 'warning' | 'notice';

export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** Stable identifier, e.g. "main-cf/missing-equals". */
  readonly code: string;
  /** Our own explanation for a human. */
  readonly message: string;
  readonly path: string;
  readonly span?: Span;
  /** The message Postfix would print for the same input, when it prints one (without "postconf: warning: "). */
  readonly postfixMessage?: string;
}
