/** ActionReport builders for tests of the publishing half. */
import { ACTION_REPORT_SCHEMA, type ActionReport, type ReportFinding } from '../../../src/report/report-types.js';
import type { Severity } from '../../../src/policy/types.js';

export function finding(over: Partial<ReportFinding> & { ruleId: string; line: number }): ReportFinding {
  return {
    severity: 'error',
    message: `${over.ruleId} message`,
    file: 'mail/master.cf',
    column: 1,
    endLine: over.line,
    endColumn: 10,
    configSet: 'mail',
    service: 'submission/inet',
    role: 'submission',
    fingerprint: `fp-${over.ruleId}-${over.line}`,
    ...over,
  } as ReportFinding;
}

export function report(findings: ReportFinding[], over: Partial<ActionReport> = {}): ActionReport {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    schema: ACTION_REPORT_SCHEMA,
    tool: { name: 'postfix-tls-audit', version: '0.1.0' },
    policy: { profile: 'baseline', profileVersion: '1.1.0', origin: 'built-in' },
    failOn: 'error',
    passed: counts.error === 0,
    counts,
    hiddenByOnlyChanged: 0,
    configSets: [{ root: 'mail', files: ['mail/main.cf', 'mail/master.cf'], endpoints: [], problems: 0 }],
    findings,
    diff: '',
    commit: 'a'.repeat(40),
    ...over,
  };
}
