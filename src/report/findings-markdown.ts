/** Findings as Markdown (`scan --format markdown`): everything from a config file is escaped. */
import { countBySeverity } from '../policy/report.js';
import type { Policy } from '../policy/types.js';
import { fencedBlock } from './markdown-safe.js';
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

export function findingsToMarkdown(findings: readonly ReportableFinding[], policy: Policy, diff: string): string {
  const c = countBySeverity(findings);
  const out: string[] = [];
  out.push(`## postfix-tls-audit: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
  out.push('');
  out.push(`Policy: \`${policy.profile.id}\` ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` from ${mdText(policy.origin)}`}`);
  if (findings.length) {
    out.push('', '| severity | rule | where | service | finding |', '|---|---|---|---|---|');
    for (const f of findings) {
      const where = f.target ? mdText(f.target) : `${mdText(f.file)}:${f.line}`;
      out.push(`| ${f.severity} | [${f.ruleId}](${RULE_DOCS}/${f.ruleId}.md) | ${where} | ${f.service ? `${mdText(f.service)} (${f.role})` : ''} | ${mdText(f.message)}${f.fix ? ` **Fix:** ${mdText(f.fix.description)}` : ''} |`);
    }
  }
  if (diff) {
    // fencedBlock: also control, bidi and zero-width characters of the config lines become U+FFFD.
    out.push('', '<details><summary>Suggested changes (verified)</summary>', '', fencedBlock(diff.trimEnd(), 'diff'), '', '</details>');
  }
  return `${out.join('\n')}\n`;
}
