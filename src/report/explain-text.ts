/** explain as text: per config set and endpoint, what a peer gets and where each value comes from. */
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { ConfigSetModel, Endpoint } from '../model/types.js';
import { formatDiagnostic } from './scan-text.js';

const MAX_VALUE_CHARS = 100;

function shown(value: string): string {
  const flat = value.replace(/[ \t\r\n]+/g, ' ').trim().replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

const yesNo = (b: boolean | null): string => (b === null ? 'n/a' : b ? 'yes' : 'no');

function where(e: Endpoint): string {
  if (!e.listen) return e.type === 'pass' ? 'pass' : e.kind === 'client' ? 'outbound' : `${e.type} socket`;
  return `${e.listen.host ?? '*'}:${e.listen.port ?? '?'}`;
}

function formatEndpoint(e: Endpoint, out: string[]): void {
  const t = e.tls;
  const line = e.line === null ? 'stock master.cf' : `master.cf line ${e.line}`;
  out.push(`  ${e.service}/${e.type} (${e.command}, ${line}) — ${e.role} [${e.roleReason}], ${where(e)}`);
  if (t.dead) {
    out.push(`    DEAD: ${t.dead}`);
  } else if (e.kind === 'server') {
    out.push(`    TLS: ${t.implicit ? 'implicit (wrapper mode)' : `STARTTLS advertised: ${yesNo(t.advertised)}`}, usable: ${yesNo(t.offered)}, required: ${yesNo(t.required)}, level: ${t.level}`);
  } else {
    out.push(`    TLS: level ${t.level}, used: ${yesNo(t.offered)}, required: ${yesNo(t.required)}${t.implicit ? ', implicit (wrapper mode)' : ''}`);
  }
  if (!t.dead) {
    out.push(`    protocols: ${t.protocols.length ? t.protocols.join(' ') : '(none)'}${t.protocolList ? `  from ${t.protocolList.parameter} = ${shown(t.protocolList.value)}${t.protocolList.valid ? '' : ' (INVALID)'}` : ''}`);
    if (t.cipherGrade !== null) out.push(`    cipher grade: ${t.cipherGrade}${t.cipherExclusions.length ? `, excluded: ${t.cipherExclusions.join(' ')}` : ''}`);
    if (t.ciphers) out.push(`    ciphers (TLS <= 1.2): ${t.ciphers.length ? t.ciphers.join(' ') : '(none)'}`);
    if (t.cipherClassCounts && t.ciphers?.length) {
      const classes = Object.entries(t.cipherClassCounts).filter(([k, n]) => k !== 'total' && n > 0);
      out.push(`    cipher classes: ${classes.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    }
    if (t.tls13Ciphersuites) out.push(`    TLS 1.3 suites: ${t.tls13Ciphersuites.join(' ')}`);
    if (e.kind === 'server') out.push(`    certificate configured: ${yesNo(t.certificateConfigured)}, AUTH before TLS: ${yesNo(t.authBeforeTls)}`);
  }
  if (t.templated) out.push(`    depends on template placeholders (decided as built-in defaults): ${t.templated.join(', ')}`);
  if (e.postscreen) {
    const p = e.postscreen;
    out.push(`    postscreen: STARTTLS by ${p.starttlsBy}${p.deepProtocolTests.length ? ` (deep tests: ${p.deepProtocolTests.join(', ')})` : ''}; pass service: ${p.passService ?? '(missing)'}; tlsproxy: ${p.tlsproxyService ?? '(missing)'}`);
  }
  if (e.behind) out.push(`    receives connections from postscreen: ${e.behind.join(', ')}`);
  // Defaults are left out of the text (the JSON has every value): what the configuration changed matters.
  const changed = [...e.values].filter(([, v]) => v.source !== 'default' || v.chain.some((c) => !c.startsWith('default ')));
  const width = Math.min(40, Math.max(0, ...changed.map(([n]) => n.length)));
  if (changed.length === 0) out.push('    every TLS parameter at its built-in default');
  else out.push('    settings (all others at their defaults):');
  for (const [name, v] of changed) {
    const from = v.chain.length ? `${v.source} via ${v.chain.join(', ')}` : v.source;
    const raw = v.raw !== v.value ? ` (raw: ${shown(v.raw)})` : '';
    out.push(`      ${name.padEnd(width)} = ${shown(v.value)}${raw}  [${from}]${v.unknown ? ' (templated)' : ''}`);
  }
}

export function formatExplainText(models: readonly ConfigSetModel[], diagnostics: readonly Diagnostic[] = []): string {
  const out: string[] = [];
  for (const m of models) {
    out.push(`config set ${m.root === '.' ? '(repository root)' : m.root}`);
    out.push(`  main.cf: ${m.mainCf ?? '(none: built-in defaults)'}; master.cf: ${m.masterCf ?? '(stock)'}`);
    out.push(`  Postfix ${m.postfixVersion.version} (${m.postfixVersion.source}: ${m.postfixVersion.reason})`);
    if (m.endpoints.length === 0) out.push('  no TLS endpoints');
    for (const e of m.endpoints) formatEndpoint(e, out);
    if (m.diagnostics.length) {
      out.push('  diagnostics:');
      for (const d of m.diagnostics) out.push(`    ${formatDiagnostic(d)}`);
    }
    out.push('');
  }
  for (const d of diagnostics) out.push(formatDiagnostic(d));
  if (models.length === 0) out.push('No Postfix configuration found.');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
