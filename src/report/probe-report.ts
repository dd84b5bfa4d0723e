/**
 * Output of `probe`: observations as text and JSON (server text is untrusted: shown through printable()); probe
 * findings through the shared formatters of src/report (text, Markdown); SARIF of its own, because
 * src/report/sarif.ts leaves findings without a file out (code scanning cannot show them). Here each SARIF result
 * names its target as a logical location (GitHub code scanning cannot display such results; other SARIF
 * consumers can).
 */
import type { Finding, Policy, Severity } from '../policy/types.js';
import { countBySeverity } from '../policy/report.js';
import { findingsToMarkdown } from './findings-markdown.js';
import { formatFindingsText } from './findings-text.js';
import type { CompareResult } from '../probe/compare.js';
import type { ProbeResult } from '../probe/probe.js';
import { PROBE_RULES } from '../policy/probe-rules.js';
import { printable } from '../probe/smtp-reader.js';
import { sarifText } from './sarif.js';

const DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function formatProbeFindings(findings: readonly Finding[], policy: Policy, format: 'text' | 'markdown'): string {
  return format === 'markdown' ? findingsToMarkdown(findings, policy, '') : formatFindingsText(findings, policy, new Map());
}

export function probeFindingsToSarif(findings: readonly Finding[], policy: Policy, toolVersion: string): object {
  const ids = PROBE_RULES.map((r) => r.id);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'postfix-tls-audit', version: toolVersion, informationUri: 'https://github.com/postfix-tls-audit/postfix-tls-audit',
          rules: PROBE_RULES.map((r) => {
            const o = policy.rules[r.id]?.level;
            return {
              id: r.id, name: r.id, shortDescription: { text: r.title }, fullDescription: { text: r.rationale },
              help: { text: `${r.rationale}\n\nMore: ${DOCS}/${r.id}.md` }, helpUri: `${DOCS}/${r.id}.md`,
              defaultConfiguration: { level: LEVEL[o !== undefined && o !== 'off' ? o : r.defaultSeverity] },
              properties: { references: r.references },
            };
          }),
        },
      },
      automationDetails: { id: 'postfix-tls-audit-probe/' },
      properties: { profile: policy.profile.id, profileVersion: policy.profile.version, policy: policy.origin },
      results: findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ids.indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: sarifText(f.message) },
        locations: [{ logicalLocations: [{ fullyQualifiedName: f.target ?? '', kind: 'resource' }] }],
        partialFingerprints: { 'postfixTlsAudit/v1': f.fingerprint },
      })),
    }],
  };
}

export function probeToJson(results: readonly ProbeResult[], toolVersion: string, compare: CompareResult | null, findings?: readonly Finding[], policy?: Policy) {
  return {
    tool: { name: 'postfix-tls-audit', version: toolVersion },
    targets: results.map((r) => ({
      target: r.target,
      mode: r.mode,
      role: r.role,
      roleReason: r.roleReason,
      reachable: r.reachable,
      banner: r.banner === null ? null : printable(r.banner, 200),
      starttls: r.starttls,
      starttlsAdvertised: r.starttlsAdvertised,
      implicit: r.implicit,
      tlsRequired: r.tlsRequired,
      authBeforeTls: r.authBeforeTls,
      authAfterTls: r.authAfterTls === null ? null : printable(r.authAfterTls, 200),
      protocols: r.protocols,
      protocolsRefused: r.protocolsRefused,
      protocolsNotTestable: r.protocolsNotTestable,
      tls12Ciphers: r.tls12Ciphers,
      tls13Ciphers: r.tls13Ciphers,
      group: r.group,
      groups: r.groups,
      dhBits: r.dhBits,
      negotiated: r.negotiated,
      handshakeRefused: r.handshakeRefused,
      certificate: r.certificate,
      chain: r.chain,
      errors: r.errors,
      connections: r.connections,
      durationMs: r.durationMs,
    })),
    ...(compare ? { compare } : {}),
    ...(policy ? { policy: { profile: policy.profile.id, profileVersion: policy.profile.version, origin: policy.origin } } : {}),
    ...(findings ? { summary: countBySeverity(findings), findings: findings.map((f) => ({ ...f })) } : {}),
  };
}

const yesNo = (b: boolean | null): string => (b === null ? 'unknown' : b ? 'yes' : 'no');

export function formatProbeText(results: readonly ProbeResult[], compare: CompareResult | null): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.target} (${r.role}: ${r.roleReason}; ${r.mode})`);
    if (r.banner !== null) out.push(`  banner: ${printable(r.banner)}`);
    if (!r.implicit) out.push(`  STARTTLS advertised: ${yesNo(r.starttlsAdvertised)}`);
    out.push(`  TLS handshake: ${r.starttls ? 'yes' : 'no'}${r.implicit ? ' (implicit TLS)' : ''}${r.handshakeRefused ? ` (refused even with every protocol and suite offered: ${r.handshakeRefused})` : ''}`);
    out.push(`  TLS required before MAIL: ${yesNo(r.tlsRequired)}`);
    out.push(`  AUTH before TLS: ${r.authBeforeTls ? 'yes' : 'no'}${r.authAfterTls ? `; inside TLS: ${printable(r.authAfterTls)}` : ''}`);
    if (r.starttls || r.protocols.length || r.protocolsRefused.length) {
      out.push(`  protocols accepted: ${r.protocols.join(' ') || 'none'}${r.protocolsRefused.length ? `; refused: ${r.protocolsRefused.join(' ')}` : ''}`);
    }
    for (const u of r.protocolsNotTestable) out.push(`  not testable here: ${u.what} (${u.reason})`);
    if (r.tls12Ciphers) out.push(`  TLS 1.2 suites (${r.tls12Ciphers.length} of ${r.tls12CandidateCount} offered): ${r.tls12Ciphers.join(' ') || 'none'}`);
    if (r.tls13Ciphers) out.push(`  TLS 1.3 suites: ${r.tls13Ciphers.join(' ') || 'none'}`);
    if (r.group) out.push(`  key exchange: ${r.group}${r.groups ? `; groups accepted: ${r.groups.join(' ') || 'none'}` : ''}${r.dhBits !== null ? `; DHE suites: ${r.dhBits}-bit DH group` : ''}`);
    const c = r.certificate;
    if (c) {
      out.push(`  certificate: ${printable(c.subject, 200)}, ${c.keyType} ${c.keyBits ?? '?'} bits${c.curve ? ` (${c.curve})` : ''}, ${c.signatureAlgorithm}, expires ${c.notAfter.slice(0, 10)} (${c.daysToExpiry} days)${c.selfSigned ? ', self-signed' : ''}`);
      out.push(`  names: ${c.names.map((n) => printable(n)).join(' ') || 'none'}`);
    }
    for (const e of r.errors) out.push(`  error (${e.stage}, ${e.kind}): ${e.message}`);
    out.push(`  ${r.connections} connections, ${(r.durationMs / 1000).toFixed(1)} s`);
    out.push('');
  }
  if (compare) {
    out.push(`Compared with ${compare.path}:`);
    for (const p of compare.pairings) {
      out.push(p.endpoint ? `  ${p.target} = ${p.endpoint.configSet}: ${p.endpoint.service}/${p.endpoint.type}${p.endpoint.line !== null ? ` (master.cf:${p.endpoint.line})` : ''}, paired by ${p.how}${p.reason ? ` (${p.reason})` : ''}` : `  ${p.target}: not paired (${p.reason})`);
    }
    if (compare.drift.length === 0) out.push('  no drift: every observation matches the config');
    for (const d of compare.drift) out.push(`  ${d.severity}: ${d.message}`);
    out.push('');
  }
  return out.join('\n');
}
