/**
 * What one Action run found, as data: written by the `json-file` input, read back in the fork-safe
 * two-workflow recipe (where it is untrusted input and validated before use), and the only thing the
 * GitHub half (comment, review, rolling issue) renders. Paths are relative to the repository root.
 */
import type { Role, Severity, TextEdit } from '../policy/types.js';

export const ACTION_REPORT_SCHEMA = 'postfix-tls-audit/action-report@1';

export type FailOn = Severity | 'never';

/** A fix's text edit, with `file` relative to the repository root. */
export type ReportEdit = TextEdit;

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Repository-relative path; null for findings on a probed server (then `target` is set). */
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** Repository-relative config set folder; null for probe findings. */
  configSet: string | null;
  service: string | null;
  role: Role | null;
  /** host:port of a probed server. */
  target?: string;
  fingerprint: string;
  fix?: { description: string; edits: ReportEdit[] };
  /**
   * The whole lines `startLine..endLine` of `file` as they read after this finding's fix alone, for a
   * review suggestion (GitHub replaces whole lines). Absent when the finding has no fix. `file` is the
   * real file when the fix's file is a symbolic link (git stores the link as its target's name).
   */
  suggestion?: { file: string; startLine: number; endLine: number; text: string };
  /** Help page of the rule (docs/rules/<id>.md in the tool's repository). */
  helpUri?: string;
}

export interface ReportEndpoint {
  /** "name/type" of the master.cf service. */
  service: string;
  role: Role;
  /** Listen address as written (e.g. "submission", "127.0.0.1:10025"). */
  listen: string;
  /** Worst severity among this endpoint's findings, or "pass". */
  verdict: Severity | 'pass';
  /** One-line TLS summary, e.g. "STARTTLS required, TLSv1.2-TLSv1.3". */
  tls: string;
}

export interface ReportConfigSet {
  /** Repository-relative folder. */
  root: string;
  files: string[];
  endpoints: ReportEndpoint[];
  /** Parse problems in this set (file:line: message). */
  problems: number;
}

export interface ActionReport {
  schema: typeof ACTION_REPORT_SCHEMA;
  tool: { name: 'postfix-tls-audit'; version: string };
  policy: { profile: string; profileVersion: string; origin: string };
  failOn: FailOn;
  /** No reported finding reaches `failOn`. */
  passed: boolean;
  /** Counts of the reported findings. */
  counts: Record<Severity, number>;
  /** Findings of the full scan left out by `only-changed` (files the pull request did not touch). */
  hiddenByOnlyChanged: number;
  configSets: ReportConfigSet[];
  /** Reported findings, worst first. */
  findings: ReportFinding[];
  /** Unified diff of all verified fixes that combine, with repository-relative paths ("" when none). */
  diff: string;
  /** Commit the scan ran on (GITHUB_SHA or the PR head), informational. */
  commit?: string;
  /** Informational only: never trusted to pick the pull request to write to. */
  pullRequest?: number;
}
