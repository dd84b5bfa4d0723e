/** Findings as SARIF 2.1.0 (GitHub code scanning) and as Markdown (PR comments, job summaries). */
import { RULES } from './rules/index.js';
import type { Finding, Policy, Severity } from './types.js';
import { countBySeverity } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
const DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';

/** `uriOf` turns a finding's file (relative to the scan root) into a repository-relative URI. */
export function findingsToSarif(findings: readonly Finding[], policy: Policy, toolVersion: string, uriOf: (file: string) => string = (f) => f): object {
  const ruleIds = [...new Set([...RULES.map((r) => r.id), ...findings.map((f) => f.ruleId)])];
  const rules = ruleIds.map((id) => {
    const r = RULES.find((x) => x.id === id);
    return {
      id,
      name: id,
      shortDescription: { text: r?.title ?? 'A suppression comment that matches no finding' },
      fullDescription: { text: r?.rationale ?? 'An inline "postfix-tls-audit: ignore" comment suppresses nothing.' },
      helpUri: `${DOCS}/${id}.md`,
      defaultConfiguration: { level: LEVEL[(policy.rules[id]?.level !== 'off' ? policy.rules[id]?.level : undefined) ?? r?.defaultSeverity ?? 'warning'] },
      ...(r ? { properties: { references: r.references } } : {}),
    };
  });
  const region = (x: { startLine: number; startColumn: number; endLine: number; endColumn: number }) => x;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'postfix-tls-audit', version: toolVersion, informationUri: 'https://github.com/postfix-tls-audit/postfix-tls-audit', rules } },
      properties: { profile: policy.profile.id, profileVersion: policy.profile.version, policy: policy.origin },
      results: findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIds.indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.service ? `${f.message} (${f.service}, ${f.role})` : f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.file) }, region: region({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }) } }],
        partialFingerprints: { 'postfixTlsAudit/v1': f.fingerprint },
        ...(f.fix ? {
          fixes: [{
            description: { text: f.fix.description },
            artifactChanges: [...new Set(f.fix.edits.map((e) => e.file))].map((file) => ({
              artifactLocation: { uri: uriOf(file) },
              replacements: f.fix!.edits.filter((e) => e.file === file).map((e) => ({
                deletedRegion: region({ startLine: e.startLine, startColumn: e.startColumn, endLine: e.endLine, endColumn: e.endColumn }),
                insertedContent: { text: e.replacement },
              })),
            })),
          }],
        } : {}),
      })),
    }],
  };
}

const md = (t: string): string => t.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f]/g, ' ');

export function findingsToMarkdown(findings: readonly Finding[], policy: Policy, diff: string): string {
  const c = countBySeverity(findings);
  const out: string[] = [];
  out.push(`## postfix-tls-audit: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
  out.push('');
  out.push(`Policy: \`${policy.profile.id}\` ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` from \`${md(policy.origin)}\``}`);
  if (findings.length) {
    out.push('', '| severity | rule | where | service | finding |', '|---|---|---|---|---|');
    for (const f of findings) {
      out.push(`| ${f.severity} | [${f.ruleId}](${DOCS}/${f.ruleId}.md) | ${md(f.file)}:${f.line} | ${f.service ? `${md(f.service)} (${f.role})` : ''} | ${md(f.message)}${f.fix ? ` **Fix:** ${md(f.fix.description)}` : ''} |`);
    }
  }
  if (diff) {
    const fence = '`'.repeat(Math.max(3, ...[...diff.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    out.push('', '<details><summary>Suggested changes (verified)</summary>', '', `${fence}diff`, diff.trimEnd(), fence, '', '</details>');
  }
  return `${out.join('\n')}\n`;
}
