/** Text and JSON output of `probe`. Server text is untrusted: it is shown through printable(). */
import type { CompareResult } from './compare.js';
import type { ProbeResult } from './probe.js';
import { printable } from './smtp-reader.js';

export function probeToJson(results: readonly ProbeResult[], toolVersion: string, compare: CompareResult | null) {
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
      negotiated: r.negotiated,
      handshakeRefused: r.handshakeRefused,
      certificate: r.certificate,
      chain: r.chain,
      errors: r.errors,
      connections: r.connections,
      durationMs: r.durationMs,
    })),
    ...(compare ? { compare } : {}),
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
    if (r.group) out.push(`  key exchange: ${r.group}${r.groups ? `; groups accepted: ${r.groups.join(' ') || 'none'}` : ''}`);
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
