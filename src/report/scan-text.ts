/** Human-readable listing of a scan: config sets, the files that formed them, services and parameters. */
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { ScanListing, SetListing } from '../listing.js';

const MAX_VALUE_CHARS = 120;

/** What oneLine changes: whitespace at either end, runs of spaces, control characters (tab, line ends among them). */
const NOT_ONE_LINE = /^\s|\s$| {2}|[\u0000-\u001f\u007f]/;

/** Config text is shown on one line, with control characters made visible. */
function oneLine(value: string): string {
  // Runs of whitespace print as one space, as postconf prints values. Most values need none of it.
  const flat = !NOT_ONE_LINE.test(value) ? value : value.trim().replace(/[ \t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
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

/** One config set's part of the listing: an empty line, then the set. */
export function formatSetText(listing: SetListing): string {
  const { main, master } = listing;
  const out: string[] = [''];
  out.push(`config set ${listing.directory === '.' ? '(repository root)' : visible(listing.directory)}`);
  out.push(`  files: ${listing.files.map((f) => `${visible(f.path)}${f.template ? ` (template: ${f.template})` : ''}`).join(', ')}`);
  if (listing.masterIsStock && master) out.push('  master.cf: none in this directory; Postfix\'s stock master.cf assumed');
  if (!listing.hasMain) out.push('  main.cf: none in this directory; built-in defaults assumed');

  if (main) {
    const effective = main.parameters.filter((p) => p.effective);
    out.push(`  ${visible(main.path)}: ${effective.length} parameter${effective.length === 1 ? '' : 's'}`);
    const width = Math.min(40, Math.max(0, ...effective.map((p) => p.name.length)));
    for (const p of effective) {
      const tag = p.templated ? '  (templated)' : '';
      out.push(`    ${p.name.padEnd(width)} = ${oneLine(p.value)}  [line ${p.line}]${tag}`);
    }
  }
  if (master) {
    const services = master.services;
    out.push(`  ${listing.masterIsStock ? 'stock master.cf' : visible(master.path)}: ${services.length} service${services.length === 1 ? '' : 's'}`);
    const width = Math.min(32, Math.max(0, ...services.map((s) => `${s.name}/${s.type}`.length)));
    // Internal services without overrides are listed on one line: they carry no TLS settings.
    const plain = services.filter((s) => s.type !== 'inet' && s.type !== 'pass' && s.options.length === 0 && s.strayArguments.length === 0);
    // A set of them: a master.cf of thousands of services would be searched once per service.
    const plainSet = new Set(plain);
    for (const s of services) {
      if (plainSet.has(s)) continue;
      const head = `${s.name}/${s.type}`.padEnd(width);
      const where = listing.masterIsStock ? '' : `  [line ${s.line}]`;
      // Non-option arguments (pipe's flags=..., or a stray word that stops option parsing) stay with the command.
      const command = oneLine([s.command, ...s.strayArguments.map((a) => a.text)].join(' '));
      out.push(`    ${head}  ${command}${where}${s.templated ? '  (templated)' : ''}`);
      for (const o of s.options) out.push(`      -o ${o.name}=${oneLine(o.value)}  [line ${o.line}]`);
    }
    if (plain.length > 0) out.push(`    internal services without overrides: ${plain.map((s) => `${s.name}/${s.type}`).join(', ')}`);
  }
  if (listing.diagnostics.length > 0) {
    out.push('  problems:');
    for (const d of listing.diagnostics) out.push(`    ${formatDiagnostic(d)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The listing's head: what was scanned, and the problems not tied to one config set. */
export function formatScanHead(root: string, sets: number, files: number, diagnostics: readonly Diagnostic[]): string {
  const out: string[] = [];
  out.push(`Scanned ${visible(root)}: ${sets} config set${sets === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}.`);
  for (const d of diagnostics) out.push(formatDiagnostic(d));
  return `${out.join('\n')}\n`;
}

/** The whole listing: its head, then every set (formatScanHead and formatSetText, as a streamed report writes them). */
export function formatScanText(result: ScanListing): string {
  const files = result.sets.reduce((n, s) => n + s.files.length, 0);
  return formatScanHead(result.root, result.sets.length, files, result.diagnostics) + result.sets.map(formatSetText).join('');
}
