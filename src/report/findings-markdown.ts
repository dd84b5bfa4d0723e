/** Findings as Markdown (`scan --format markdown`): everything from a config file is escaped. */
import { countBySeverity } from '../policy/report.js';
import type { Policy } from '../policy/types.js';
import { diffFileSections } from '../fix/diff.js';
import { fencedBlock } from './markdown-safe.js';
import { GITHUB_BODY_LIMIT, largest } from './pr-comment.js';
import { RULE_DOCS, type ReportableFinding } from './sarif.js';

/**
 * Escape Markdown and HTML metacharacters; break @mentions, #refs, GH-refs and autolinks (http://,
 * www.) with a zero-width space: GitHub finds references and mentions in the rendered text, where a
 * backslash escape is gone; control, bidi and zero-width characters become blanks.
 */
export function mdText(t: string): string {
  return t
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, ' ')
    .replace(/[\\`*_[\]<>|~!#&$]/g, (c) => `\\${c}`)
    .replace(/[@#]/g, '$&\u200b')
    .replace(/\b(gh)-(?=\d)/gi, '$1-\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, 'www\u200b.');
}

/**
 * The most characters `scan --format markdown` writes: GitHub's limit for a comment, issue or pull
 * request body (reference github-actions.md §2.3), so that the output can be posted as one, and far
 * below a step summary's 1 MiB. The Action's own comment has the same bound (pr-comment.ts).
 */
export const MARKDOWN_LIMIT = GITHUB_BODY_LIMIT;

export interface MarkdownOptions {
  /** Sentences about files the diff leaves out (symbolic links fixed differently). */
  withheld?: readonly string[];
  /** Character budget (default MARKDOWN_LIMIT). */
  maxLength?: number;
}

/**
 * Findings as Markdown. Over the budget, the diff loses whole files from its end first (a cut file
 * would not apply), then the table loses rows from its end; each cut says what it left out and where
 * to find all of it. The counts in the heading are always of all findings.
 */
export function findingsToMarkdown(findings: readonly ReportableFinding[], policy: Policy, diff: string, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? MARKDOWN_LIMIT;
  const c = countBySeverity(findings);
  const head: string[] = [];
  head.push(`## postfix-tls-audit: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
  head.push('');
  head.push(`Policy: \`${policy.profile.id}\` ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` from ${mdText(policy.origin)}`}`);
  const rows = findings.map((f) => {
    const where = f.target ? mdText(f.target) : `${mdText(f.file)}:${f.line}`;
    return `| ${f.severity} | [${f.ruleId}](${RULE_DOCS}/${f.ruleId}.md) | ${where} | ${f.service ? `${mdText(f.service)} (${f.role})` : ''} | ${mdText(f.message)}${f.fix ? ` **Fix:** ${mdText(f.fix.description)}` : ''} |`;
  });
  const sections = diffFileSections(diff);
  const withheld = (options.withheld ?? []).map((w) => mdText(w));
  const render = (rowCount: number, sectionCount: number): string => {
    const out = [...head];
    if (findings.length) {
      out.push('', '| severity | rule | where | service | finding |', '|---|---|---|---|---|', ...rows.slice(0, rowCount));
      if (rowCount < rows.length) {
        out.push('', `… and ${rows.length - rowCount} more finding(s): this output is limited to ${max} characters (GitHub's comment limit); \`--format json\` or \`--format sarif\` lists all of them.`);
      }
    }
    if (sections.length || withheld.length) {
      const shown = sections.slice(0, sectionCount).join('');
      // fencedBlock: also control, bidi and zero-width characters of the config lines become U+FFFD.
      const block = shown ? ['', fencedBlock(shown.trimEnd(), 'diff')] : [];
      const cut = sectionCount < sections.length ? ['', `${sections.length - sectionCount} of ${sections.length} file(s) left out of this diff (the output is limited to ${max} characters); \`scan --diff\` prints all of it.`] : [];
      const left = withheld.length ? ['', ...withheld.map((w) => `- ${w}`)] : [];
      out.push('', '<details><summary>Suggested changes (verified)</summary>', ...block, ...cut, ...left, '', '</details>');
    }
    return `${out.join('\n')}\n`;
  };
  const full = render(rows.length, sections.length);
  if (full.length <= max) return full;
  const noDiff = render(rows.length, 0);
  if (noDiff.length <= max) return render(rows.length, largest(0, sections.length, (k) => render(rows.length, k).length <= max));
  return render(largest(0, rows.length, (k) => render(k, 0).length <= max), 0);
}
