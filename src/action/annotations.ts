/**
 * Annotations within GitHub's budget: at most 10 errors, 10 warnings and 10 notices are shown per
 * step (github-actions reference §2.3), so the worst come first and the rest are counted, named in
 * the log and in the job summary, never silently dropped. Parse problems share the same budget.
 *
 * @actions/core escapes "%", "\r", "\n" in messages and also ":" and "," in properties, so neither
 * a message nor a file name taken from the repository can end the command or start another one.
 */
import type { AnnotationProperties } from '@actions/core';
import type { ReportFinding } from '../report/report-types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationItem {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

/** A parse problem, with its file already repository-relative. */
export interface ProblemAnnotation {
  /** Diagnostic severity: fatal and error become errors, warning warnings, anything else notices. */
  severity: string;
  code: string;
  message: string;
  file: string;
  span?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  info(message: string): void;
}

const RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
const PLURAL: Record<AnnotationLevel, string> = { error: 'errors', warning: 'warnings', notice: 'notices' };

function range(startLine: number, startColumn: number, endLine: number, endColumn: number): AnnotationProperties {
  // Columns only on one line: GitHub ignores them otherwise (reference §2.2). A span that ends at
  // column 1 of the next line covers only its first line.
  const last = endColumn === 1 && endLine > startLine ? endLine - 1 : endLine;
  if (endLine === startLine) return { startLine, endLine, startColumn, endColumn };
  return { startLine, endLine: last };
}

/**
 * A finding's annotation, titled "rule-id: the rule's title" (`ruleTitle` looks the title up in the rule
 * list, which the run that made the finding has loaded; see ruleTitles in run.ts).
 */
export function findingAnnotation(f: ReportFinding, ruleTitle: (ruleId: string) => string | undefined): AnnotationItem {
  const title = ruleTitle(f.ruleId);
  const where = f.target ? ` [server ${f.target}]` : '';
  const service = f.service ? ` (${f.service}, ${f.role})` : '';
  const fix = f.fix ? ` Fix: ${f.fix.description}` : '';
  return {
    level: f.severity,
    message: `${f.message}${service}${where}${fix}`,
    properties: {
      title: title ? `${f.ruleId}: ${title}` : f.ruleId,
      ...(f.file !== null && f.line !== null ? { file: f.file, ...range(f.line, f.column ?? 1, f.endLine ?? f.line, f.endColumn ?? 1) } : {}),
    },
  };
}

export function problemAnnotation(d: ProblemAnnotation): AnnotationItem {
  const level: AnnotationLevel = d.severity === 'fatal' || d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  return {
    level,
    message: d.message,
    properties: { title: d.code, file: d.file, ...(d.span ? range(d.span.start.line, d.span.start.column, d.span.end.line, d.span.end.column) : {}) },
  };
}

export interface AnnotationOutcome {
  shown: Record<AnnotationLevel, number>;
  /** Items of each level left out by the budget. */
  notShown: Record<AnnotationLevel, number>;
  /** One line per level with an overflow, as written to the log. */
  overflowLines: string[];
}

/**
 * Emit the worst `limit` items of each level (parse problems before findings of the same level,
 * then report order) and name the overflow in the log. `limit` may differ per level: the step's
 * own warnings and its failure message use the same budget of 10 (see annotationBudget).
 */
export function emitAnnotations(sink: AnnotationSink, items: readonly AnnotationItem[], limitOrBudget: number | Record<AnnotationLevel, number>): AnnotationOutcome {
  const budget = typeof limitOrBudget === 'number' ? { error: limitOrBudget, warning: limitOrBudget, notice: limitOrBudget } : limitOrBudget;
  const ordered = items.map((item, i) => ({ item, i })).sort((a, b) => RANK[a.item.level] - RANK[b.item.level] || a.i - b.i).map((x) => x.item);
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const notShown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const item of ordered) {
    if (shown[item.level] >= budget[item.level]) {
      notShown[item.level]++;
      continue;
    }
    shown[item.level]++;
    sink[item.level](item.message, item.properties);
  }
  const overflowLines: string[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    if (notShown[level] > 0) overflowLines.push(`${notShown[level]} more ${notShown[level] === 1 ? level : PLURAL[level]} not annotated (at most ${budget[level]} per severity): see the summary`);
  }
  for (const line of overflowLines) sink.info(line);
  return { shown, notShown, overflowLines };
}

/**
 * Places left for findings and parse problems per level: GitHub shows the first 10 annotations of
 * each level in a step (reference §2.3), and the step's own messages count too: `used` holds
 * those written before the findings (fork-recipe warning, probe warnings), `failing` keeps one
 * error for the failure message written at the end, `publishing` one warning for a refused write. Otherwise GitHub would silently hide the
 * last finding or the failure message.
 */
export function annotationBudget(limit: number, used: Record<AnnotationLevel, number>, failing: boolean, max = 10, publishing = false): Record<AnnotationLevel, number> {
  const left = (level: AnnotationLevel, reserve: number) => Math.max(0, Math.min(limit, max - used[level] - reserve));
  // publishing: one warning kept for a write GitHub refuses (the read-only token's explanation).
  return { error: left('error', failing ? 1 : 0), warning: left('warning', publishing ? 1 : 0), notice: left('notice', 0) };
}
