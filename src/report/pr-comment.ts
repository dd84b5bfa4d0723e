/**
 * The PR comment (and the rolling issue's body): verdict, counts, findings grouped by config set and
 * service with links to the lines, the suggested main.cf/master.cf edits as a diff. Everything
 * quoted from the report goes through markdown-safe: the report may come from an untrusted artifact.
 *
 * GitHub refuses bodies over 65,536 characters (reference github-actions.md §2.3). Over the budget
 * the body degrades step by step: sections collapse into <details>, then the diff is cut, then the
 * finding list is cut, each cut saying so and pointing to the job summary.
 */
import type { ActionReport, ReportFinding } from './report-types.js';
import { diffFileSections } from '../fix/diff.js';
import type { Severity } from '../policy/types.js';
import { codeSpan, fencedBlock, htmlText, inlineText, link, pathForUrl } from './markdown-safe.js';

export const GITHUB_BODY_LIMIT = 65_536;

export interface BodyLinks {
  /** e.g. https://github.com/o/r/blob/<head sha>/ — file links are built on it. */
  blobBase?: string;
  /** The workflow run page, which shows the job summary. */
  runUrl?: string;
}

export interface BodyOptions extends BodyLinks {
  /** Character budget for the whole body. */
  maxLength?: number;
  /** 'pr' mentions only-changed and review suggestions; 'issue' is the scheduled report. */
  kind?: 'pr' | 'issue';
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countsLine(report: ActionReport): string {
  const c = report.counts;
  return `${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${plural(c.notice, 'notice')}`;
}

export function verdictLine(report: ActionReport): string {
  const total = report.findings.length;
  if (!report.passed) return `## ❌ postfix-tls-audit: TLS policy not met`;
  if (total === 0) return `## ✅ postfix-tls-audit: passed`;
  return `## ✅ postfix-tls-audit: passed (findings below fail-on)`;
}

function contextLine(report: ActionReport): string {
  const parts = [
    `fail-on ${codeSpan(report.failOn)}`,
    `policy ${codeSpan(report.policy.profile)} ${inlineText(report.policy.profileVersion)}`,
    plural(report.configSets.length, 'config set'),
  ];
  if (report.commit) parts.push(`commit ${codeSpan(report.commit.slice(0, 12))}`);
  return parts.join(' · ');
}

function locationOf(f: ReportFinding, links: BodyLinks): string {
  if (f.file === null) return f.target ? codeSpan(f.target) : '';
  const lines = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `:${f.line}-${f.endLine}` : `:${f.line}`;
  const label = codeSpan(`${f.file}${lines}`);
  if (!links.blobBase) return label;
  const anchor = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
  return link(label, `${links.blobBase}${pathForUrl(f.file)}${anchor}`);
}

function findingItem(f: ReportFinding, links: BodyLinks): string {
  const where = locationOf(f, links);
  return `- ${ICON[f.severity]} **${f.severity}** ${codeSpan(f.ruleId)}: ${inlineText(f.message)}${where ? ` (${where})` : ''}`;
}

interface Group {
  title: string;
  /** The title as plain text, for HTML contexts. */
  label: string;
  services: { title: string; findings: ReportFinding[] }[];
}

/** Findings grouped by config set (probe targets last) and, inside, by service; report order kept. */
export function groupFindings(findings: readonly ReportFinding[]): Group[] {
  const groups = new Map<string, Map<string, ReportFinding[]>>();
  for (const f of findings) {
    const setKey = f.configSet !== null ? `set:${f.configSet}` : `probe:${f.target ?? ''}`;
    const serviceKey = f.service !== null ? `${f.service}\u0000${f.role ?? ''}` : '';
    let services = groups.get(setKey);
    if (!services) groups.set(setKey, (services = new Map()));
    let list = services.get(serviceKey);
    if (!list) services.set(serviceKey, (list = []));
    list.push(f);
  }
  const out: Group[] = [];
  for (const [setKey, services] of groups) {
    const title = setKey.startsWith('set:')
      ? `Config set ${codeSpan(setKey.slice(4) || '.')}`
      : `Probed server ${codeSpan(setKey.slice(6) || '?')}`;
    const label = setKey.startsWith('set:') ? `Config set ${setKey.slice(4) || '.'}` : `Probed server ${setKey.slice(6) || '?'}`;
    out.push({
      title,
      label,
      services: [...services].map(([key, list]) => {
        if (key === '') return { title: 'All services', findings: list };
        const [service, role] = key.split('\u0000') as [string, string];
        return { title: `Service ${codeSpan(service)}${role ? ` (${inlineText(role)})` : ''}`, findings: list };
      }),
    });
  }
  return out;
}

interface Shape {
  collapse: boolean;
  /** How many findings to list (in report order, worst first). */
  findingLimit: number;
  /** How many lines of the diff to show; Infinity = all. */
  diffLineLimit: number;
}

/**
 * The diff's file sections for the files of the shown findings: under only-changed the report's
 * diff still covers every fix of the full scan, the comment shows the edits for what it reports.
 */
export function diffForFiles(diff: string, files: ReadonlySet<string>): string {
  return diffFileSections(diff)
    .filter((section) => {
      const m = /^\+\+\+ (?:b\/)?(.*)$/m.exec(section);
      return m ? files.has(m[1]!) : false;
    })
    .join('');
}

/**
 * The files whose diff sections the comment shows: the findings' files, and the real file behind a
 * finding's file that is a symbolic link (the diff patches that file: its suggestion names it, while
 * the fix's edits name the link's path).
 */
function diffFilesOfFindings(findings: readonly ReportFinding[]): Set<string> {
  const files = new Set<string>();
  for (const f of findings) {
    if (f.file !== null) files.add(f.file);
    const s = f.suggestion;
    if (s && f.fix && !f.fix.edits.some((e) => e.file === s.file)) files.add(s.file);
  }
  return files;
}

function diffFiles(diff: string): number {
  return (diff.match(/^\+\+\+ /gm) ?? []).length;
}

function renderWithShape(report: ActionReport, opts: BodyOptions, shape: Shape): string {
  const links: BodyLinks = { ...(opts.blobBase ? { blobBase: opts.blobBase } : {}), ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) };
  const out: string[] = [verdictLine(report), '', `**${countsLine(report)}** · ${contextLine(report)}`];
  const summaryLink = links.runUrl ? link('job summary', links.runUrl) : 'job summary';
  if (opts.kind !== 'issue' && report.hiddenByOnlyChanged > 0) {
    out.push(
      '',
      `> ${plural(report.hiddenByOnlyChanged, 'finding')} in files this pull request does not change ${report.hiddenByOnlyChanged === 1 ? 'is' : 'are'} not shown (\`only-changed\`); the ${summaryLink} has the full scan.`,
    );
  }
  if (report.findings.length === 0) {
    out.push('', report.configSets.length === 0 ? 'No Postfix configuration found.' : 'No findings.');
    if (links.runUrl) out.push('', `Details: ${summaryLink}.`);
    return out.join('\n');
  }
  const shown = report.findings.slice(0, shape.findingLimit);
  for (const group of groupFindings(shown)) {
    const count = group.services.reduce((n, s) => n + s.findings.length, 0);
    const body: string[] = [];
    for (const service of group.services) {
      body.push(`**${service.title}**`, '', ...service.findings.map((f) => findingItem(f, links)), '');
    }
    if (shape.collapse) {
      out.push('', `<details><summary>${htmlText(group.label)}: ${plural(count, 'finding')}</summary>`, '', ...body, '</details>');
    } else {
      out.push('', `### ${group.title}`, '', ...body);
    }
  }
  const hiddenHere = report.findings.length - shown.length;
  if (hiddenHere > 0) {
    out.push('', `… and ${plural(hiddenHere, 'more finding')} (this comment is limited to ${GITHUB_BODY_LIMIT} characters): see the ${summaryLink}.`);
  }
  const diff = diffForFiles(report.diff, diffFilesOfFindings(report.findings));
  if (diff !== '') {
    const lines = diff.replace(/\n$/, '').split('\n');
    const kept = lines.slice(0, Math.min(lines.length, shape.diffLineLimit));
    const heading = `Suggested edits (${plural(diffFiles(diff), 'file')})`;
    const block = kept.length > 0 ? fencedBlock(kept.join('\n'), 'diff') : '';
    const cut = kept.length < lines.length ? `The diff is cut after ${kept.length} of ${lines.length} lines: the ${summaryLink} has all of it.` : '';
    if (shape.collapse) {
      out.push('', `<details><summary>${heading}</summary>`, '', ...(block ? [block, ''] : []), ...(cut ? [cut, ''] : []), '</details>');
    } else {
      out.push('', `### ${heading}`, '', ...(block ? [block] : []), ...(cut ? ['', cut] : []));
    }
    if (kept.length === lines.length && opts.kind !== 'issue') out.push('', 'Apply with `git apply` or locally with `postfix-tls-audit scan --fix`.');
  }
  if (links.runUrl) out.push('', `Full report: ${summaryLink}.`);
  return out.join('\n');
}

/** Largest n in [lo, hi] with fits(n), assuming fits is monotone and fits(lo) (else lo). */
export function largest(lo: number, hi: number, fits: (n: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The report as a GitHub Markdown body no longer than `maxLength` characters. */
export function renderReportBody(report: ActionReport, opts: BodyOptions = {}): string {
  const max = opts.maxLength ?? GITHUB_BODY_LIMIT;
  const all = report.findings.length;
  const fits = (s: string): boolean => s.length <= max;
  const full = renderWithShape(report, opts, { collapse: false, findingLimit: all, diffLineLimit: Infinity });
  if (fits(full)) return full;
  const collapsed = renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: Infinity });
  if (fits(collapsed)) return collapsed;
  const diffLines = report.diff === '' ? 0 : report.diff.split('\n').length;
  const noDiff = renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: 0 });
  if (fits(noDiff)) {
    const n = largest(0, diffLines, (k) => fits(renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: k })));
    return renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: n });
  }
  const minimal = renderWithShape(report, opts, { collapse: true, findingLimit: 0, diffLineLimit: 0 });
  if (fits(minimal)) {
    const n = largest(0, all, (k) => fits(renderWithShape(report, opts, { collapse: true, findingLimit: k, diffLineLimit: 0 })));
    return renderWithShape(report, opts, { collapse: true, findingLimit: n, diffLineLimit: 0 });
  }
  // Only a pathological header gets here: cut at a line boundary (no fence is open at this level).
  const note = '\n\n… cut: see the job summary.';
  const cut = minimal.slice(0, Math.max(0, max - note.length));
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}

/** The pull request comment body (without the hidden marker, which the publisher appends). */
export function renderPrComment(report: ActionReport, opts: BodyOptions = {}): string {
  return renderReportBody(report, { ...opts, kind: 'pr' });
}
