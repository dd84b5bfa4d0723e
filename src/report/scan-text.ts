/** Human-readable listing of a scan: config sets, the files that formed them, services and parameters. */
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { LoadedConfigSet } from '../postfix/config-set.js';
import type { ScanResult } from '../scan.js';

const MAX_VALUE_CHARS = 120;

/** Config text is shown on one line, with control characters made visible. */
function oneLine(value: string): string {
  // Runs of whitespace print as one space, as postconf prints values.
  const flat = value.trim().replace(/[ \t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

/** Paths come from the repository: control characters (newlines, terminal escapes) are shown, not sent. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = visible(d.span ? `${d.path}:${d.span.start.line}:${d.span.start.column}` : d.path);
  return `${where}: ${d.severity}: ${visible(d.message)} [${d.code}]`;
}

function formatSet(loaded: LoadedConfigSet, out: string[]): void {
  const { set, main, master } = loaded;
  out.push(`config set ${set.directory === '.' ? '(repository root)' : visible(set.directory)}`);
  out.push(`  files: ${set.files.map((f) => `${visible(f.path)}${f.template ? ` (template: ${f.template})` : ''}`).join(', ')}`);
  if (loaded.masterIsStock && master) out.push('  master.cf: none in this directory; Postfix\'s stock master.cf assumed');
  if (!set.main) out.push('  main.cf: none in this directory; built-in defaults assumed');

  if (main) {
    const effective = main.entries.filter((e) => main.values.get(e.name) === e);
    out.push(`  ${visible(main.source.path)}: ${effective.length} parameter${effective.length === 1 ? '' : 's'}`);
    const width = Math.min(40, Math.max(0, ...effective.map((e) => e.name.length)));
    for (const e of effective) {
      const tag = e.templated ? '  (templated)' : '';
      out.push(`    ${e.name.padEnd(width)} = ${oneLine(e.value)}  [line ${e.nameSpan.start.line}]${tag}`);
    }
  }
  if (master) {
    const services = master.services;
    out.push(`  ${loaded.masterIsStock ? 'stock master.cf' : visible(master.source.path)}: ${services.length} service${services.length === 1 ? '' : 's'}`);
    const width = Math.min(32, Math.max(0, ...services.map((s) => `${s.name}/${s.type}`.length)));
    // Internal services without overrides are listed on one line: they carry no TLS settings.
    const plain = services.filter((s) => s.type !== 'inet' && s.type !== 'pass' && s.options.length === 0 && s.strayArguments.length === 0);
    for (const s of services) {
      if (plain.includes(s)) continue;
      const head = `${s.name}/${s.type}`.padEnd(width);
      const where = loaded.masterIsStock ? '' : `  [line ${s.line.firstLine}]`;
      // Non-option arguments (pipe's flags=..., or a stray word that stops option parsing) stay with the command.
      const command = oneLine([s.command, ...s.strayArguments.map((a) => a.text)].join(' '));
      out.push(`    ${head}  ${command}${where}${s.templated ? '  (templated)' : ''}`);
      for (const o of s.options) out.push(`      -o ${o.name}=${oneLine(o.value)}  [line ${o.span.start.line}]`);
    }
    if (plain.length > 0) out.push(`    internal services without overrides: ${plain.map((s) => `${s.name}/${s.type}`).join(', ')}`);
  }
  if (loaded.diagnostics.length > 0) {
    out.push('  problems:');
    for (const d of loaded.diagnostics) out.push(`    ${formatDiagnostic(d)}`);
  }
}

export function formatScanText(result: ScanResult): string {
  const out: string[] = [];
  const files = result.sets.reduce((n, s) => n + s.set.files.length, 0);
  out.push(`Scanned ${visible(result.root)}: ${result.sets.length} config set${result.sets.length === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}.`);
  for (const d of result.diagnostics) out.push(formatDiagnostic(d));
  for (const loaded of result.sets) {
    out.push('');
    formatSet(loaded, out);
  }
  return `${out.join('\n')}\n`;
}
