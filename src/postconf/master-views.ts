/**
 * postconf's master.cf views, byte-identical to Postfix 3.7 (S:v3.7.11 src/postconf/postconf_master.c,
 * postconf_print.c, postconf_match.c, postconf_lookup.c; reference §2.4).
 *
 * Exported functions (all pure; they never print and never throw for bad input):
 *
 *   showMasterEntries(master, filters, opts)  -> MasterViewResult   `postconf -M [-f] [-x] [name[/type] ...]`
 *   showMasterFields(master, filters, opts)   -> MasterViewResult   `postconf -F [-f] [-x] [name[/type[/field]] ...]`
 *   showMasterParams(master, filters, opts)   -> MasterViewResult   `postconf -P [-f] [-x] [name[/type[/param]] ...]`
 *   checkMasterEntryFilters(filters)          -> string | undefined  the fatal postconf reports for bad -M filters
 *                                                                     (after reading master.cf, like -F/-P)
 *   masterReadMessages(master, masterPath)    -> { warnings, fatal? } what reading master.cf prints
 *   serviceNamespace(master, service)         -> ReadonlyMap<string,string> the service's -o name=value as postconf sees them
 *
 * `MasterViewResult.stdout` is the text postconf writes (encode it with master.source.encoding);
 * `warnings` are stderr lines without the "postconf: warning: " prefix, in order; `fatal` is the text
 * after "postconf: fatal: " when postconf exits 1 (stdout is then empty: postconf's buffered output is
 * lost on exit). `opts.masterPath` is "<config_directory>/master.cf" as postconf prints it.
 *
 * For -x, `opts.lookup(name)` must return the raw value of `name` from main.cf, else its built-in
 * default, else undefined; this module layers the service's own -o values (and the read-only
 * service_name / process_name) on top and expands with expandValue() semantics.
 */
import { macExpand } from '../postfix/expand.js';
import { MASTER_FIELD_NAMES, printableAsPostfix, splitNameValue, type MasterCf, type MasterService } from '../postfix/master-cf.js';

export interface MasterViewOptions {
  /** -f: fold long lines */
  fold?: boolean;
  /** -x: expand $name in -o values */
  expand?: boolean;
  /** main.cf value, else built-in default (raw), else undefined. Needed for expand. */
  lookup?: (name: string) => string | undefined;
  /** "<config_directory>/master.cf" as postconf prints it (default: master.source.path). */
  masterPath?: string;
}

export interface MasterViewResult {
  stdout: string;
  warnings: string[];
  fatal?: string;
  exitCode: number;
}

const LINE_LIMIT = 80;
const INDENT_LEN = 4;
const INDENT_TEXT = '    ';
const SEPARATORS = ' \t\r\n';
const BLANKS = ' \t\r\n';
const COLUMN_GOAL = [0, 11, 17, 25, 33, 41, 49, 57];
/** Parameters postconf refuses in master.cf and main.cf ("read-only parameter assignment"). */
export const READ_ONLY_PARAMETERS = new Set(['process_id', 'process_name', 'service_name']);

const hasBlank = (s: string): boolean => [...s].some((c) => BLANKS.includes(c));

class ExpansionFatal extends Error {}

/**
 * The service's -o name=value settings as postconf collects them (pcf_register_user_parameters):
 * options up to the first non-option argument, later ones win, and entries with the same
 * name/type SHARE one name space (postconf keys it by "name/type"), read-only names removed.
 */
export function serviceNamespace(master: MasterCf, service: MasterService): Map<string, string> {
  const ns = new Map<string, string>();
  const key = `${service.name}/${service.type}`;
  for (const s of master.services) {
    if (`${s.name}/${s.type}` !== key) continue;
    for (const [name, value] of ownSettings(s)) ns.set(name, value);
  }
  for (const n of READ_ONLY_PARAMETERS) ns.delete(n);
  return ns;
}

/** This entry's own -o arguments that postconf parses into name=value, in argv order. */
function* ownSettings(s: MasterService): Generator<[string, string]> {
  const argv = s.normalizedArgv;
  for (let f = 8; f < argv.length; f++) {
    const arg = argv[f] as string;
    if (arg[0] !== '-' || arg === '--') break;
    if (arg === '-o' && f + 1 < argv.length) {
      const v = argv[f + 1] as string;
      const nv = splitNameValue(v, 0, v.length);
      if (!('error' in nv)) yield [v.slice(nv.nameStart, nv.nameEnd), v.slice(nv.valueStart, nv.valueEnd)];
      f += 1;
    }
  }
}

function expander(master: MasterCf, service: MasterService, opts: MasterViewOptions, warnings: string[]): (v: string) => string {
  const ns = serviceNamespace(master, service);
  const cmd = service.command;
  const ro = new Map([
    ['service_name', service.name],
    ['process_name', cmd.slice(cmd.lastIndexOf('/') + 1)],
  ]);
  const lookup = (name: string): string | undefined => ro.get(name) ?? ns.get(name) ?? opts.lookup?.(name);
  return (v: string) => {
    const r = macExpand(v, lookup, { recurse: true });
    warnings.push(...r.warnings);
    if (r.error) throw new ExpansionFatal('macro processing error');
    return r.value;
  };
}

/** Width of text as postconf counts it: bytes in the file's encoding. */
type Width = (s: string) => number;

function widthIn(encoding: 'utf8' | 'latin1'): Width {
  return encoding === 'latin1' ? (s) => s.length : (s) => Buffer.byteLength(s, 'utf8');
}

/** pcf_print_line(): normalize whitespace to single spaces, optionally fold at 80 columns (widths in bytes). */
function printLine(text: string, fold: boolean, width: Width): string {
  let out = '';
  let lineLen = 0;
  const words = text.split(/[ \t\r\n]+/).filter((w) => w.length > 0);
  for (const w of words) {
    if (lineLen > 0) {
      if (!fold || lineLen + width(w) < LINE_LIMIT) {
        out += ' ';
        lineLen += 1;
      } else {
        out += '\n' + INDENT_TEXT;
        lineLen = INDENT_LEN;
      }
    }
    out += w;
    lineLen += width(w);
  }
  return out + '\n';
}

/** Postfix's strchr(pcf_daemon_options_expecting_value, arg[1]): true for "-o..." and for "-" (NUL matches). */
const expectsValue = (arg: string): boolean => arg.length < 2 || arg[1] === 'o';

/**
 * The argument part shared by pcf_print_master_entry (-M; extra = 3) and pcf_print_master_field
 * (-F command; extra = 1): options with a value start a new folded line and stay with their value;
 * non-option arguments containing blanks are shown in {}.
 */
function appendArguments(
  argv: readonly string[],
  start: number,
  state: { out: string; lineLen: number },
  fold: boolean,
  extra: number,
  expand: ((v: string) => string) | undefined,
  width: Width,
): void {
  let inOptions = true;
  for (let field = start; field < argv.length; field++) {
    const arg = argv[field] as string;
    let argLen = width(arg);
    let aval: string | undefined;
    let needParens = false;
    // Postfix computes the need for {} only for non-options AFTER the first one: the first
    // non-option argument is printed without braces even when it contains blanks.
    if (!inOptions) needParens = hasBlank(arg);
    else {
      if (arg[0] !== '-' || arg === '--') {
        inOptions = false;
      } else if (expectsValue(arg) && field + 1 < argv.length) {
        aval = argv[field + 1] as string;
        state.lineLen = LINE_LIMIT;
        if (arg === '-o' && expand) aval = expand(aval);
        argLen += width(aval) + extra;
        needParens = hasBlank(aval);
        if (needParens) argLen += 2;
      }
    }
    if (state.lineLen > INDENT_LEN) {
      if (!fold || state.lineLen + 1 + argLen < LINE_LIMIT) {
        state.out += ' ';
        state.lineLen += 1;
      } else {
        state.out += '\n' + INDENT_TEXT;
        state.lineLen = INDENT_LEN;
      }
    }
    const braced = !inOptions && needParens;
    state.out += braced ? `{${arg}}` : arg;
    state.lineLen += width(arg) + (braced ? 2 : 0);
    if (aval !== undefined) {
      state.out += ' ' + (needParens ? `{${aval}}` : aval);
      field += 1;
      state.lineLen = LINE_LIMIT;
    }
  }
}

function printMasterEntry(service: MasterService, fold: boolean, expand: ((v: string) => string) | undefined, width: Width): string {
  const argv = service.normalizedArgv;
  const state = { out: '', lineLen: 0 };
  for (let field = 0; field < 8; field++) {
    const arg = argv[field] as string;
    if (state.lineLen > 0) {
      do {
        state.out += ' ';
        state.lineLen += 1;
      } while (state.lineLen < (COLUMN_GOAL[field] as number));
    }
    state.out += arg;
    state.lineLen += width(arg);
  }
  appendArguments(argv, 8, state, fold, 3, expand, width);
  return state.out + '\n';
}

function printMasterField(service: MasterService, field: number, fold: boolean, expand: ((v: string) => string) | undefined, width: Width): string {
  const argv = service.normalizedArgv;
  const state = { out: '', lineLen: 0 };
  state.out = `${argv[0]}/${argv[1]}/${MASTER_FIELD_NAMES[field]} = `;
  state.lineLen = width(state.out);
  const value = argv[field] as string;
  // Unlike the rest, this break does not depend on -f.
  if (state.lineLen + width(value) > LINE_LIMIT) {
    state.out += '\n' + INDENT_TEXT;
    state.lineLen = INDENT_LEN;
  }
  state.out += value;
  state.lineLen += width(value);
  if (field === 7) appendArguments(argv, 8, state, fold, 1, expand, width);
  return state.out + '\n';
}

type Pattern = [string, string, string];

/** pcf_parse_service_pattern(): split on "/" (empty parts vanish), "*" only alone; pad with "*". */
function parseServicePattern(raw: string, min: number, max: number): string[] | undefined {
  if (raw.startsWith('/')) return undefined;
  const parts = raw.split('/').filter((p) => p.length > 0);
  if (parts.length < min || parts.length > max) return undefined;
  if (parts.some((p) => p !== '*' && p.includes('*'))) return undefined;
  while (parts.length < max) parts.push('*');
  return parts;
}

const matches = (p: readonly string[], s: MasterService): boolean =>
  (p[0] === '*' || p[0] === s.name) && (p[1] === '*' || p[1] === s.type);

/** The fatal postconf reports for -M filters (it checks them after reading master.cf). */
export function checkMasterEntryFilters(filters: readonly string[]): string | undefined {
  for (const f of filters) if (!parseServicePattern(f, 1, 2)) return '-M option requires service_name[/type]';
  return undefined;
}

/** What postconf prints while reading master.cf: warnings in order, and the fatal that stops it. */
export function masterReadMessages(master: MasterCf, masterPath = master.source.path): { warnings: string[]; fatal?: string } {
  const enc = master.source.encoding;
  const warnings = master.postconfWarnings.map((w) => printableAsPostfix(w.pathPrefixed ? `${masterPath}: ${w.text}` : w.text, enc));
  const f = master.postconfFatal;
  if (!f) return { warnings };
  const fatal = f.kind === 'field-count' ? `file ${masterPath}: line ${f.line}: bad field count` : printableAsPostfix(f.text, enc);
  return { warnings, fatal };
}

function run(
  master: MasterCf,
  opts: MasterViewOptions,
  preCheck: string | undefined,
  body: (warnings: string[]) => string,
): MasterViewResult {
  const masterPath = opts.masterPath ?? master.source.path;
  if (preCheck !== undefined) return { stdout: '', warnings: [], fatal: preCheck, exitCode: 1 };
  const read = masterReadMessages(master, masterPath);
  const warnings = [...read.warnings];
  if (read.fatal !== undefined) return { stdout: '', warnings, fatal: read.fatal, exitCode: 1 };
  try {
    const stdout = body(warnings);
    return { stdout, warnings: warnings.map((w) => printableAsPostfix(w, master.source.encoding)), exitCode: 0 };
  } catch (e) {
    if (e instanceof ExpansionFatal || e instanceof FilterFatal) {
      return { stdout: '', warnings: warnings.map((w) => printableAsPostfix(w, master.source.encoding)), fatal: e.message, exitCode: 1 };
    }
    throw e;
  }
}

class FilterFatal extends Error {}

function filterRun(
  master: MasterCf,
  filters: readonly string[],
  min: number,
  max: number,
  fatalText: string,
  warnings: string[],
  each: (s: MasterService, pattern: string[] | undefined) => string,
  validate?: (p: string[]) => void,
): string {
  let out = '';
  if (filters.length === 0) {
    for (const s of master.services) out += each(s, undefined);
    return out;
  }
  const reqs = filters.map((raw) => {
    const p = parseServicePattern(raw, min, max);
    if (!p) throw new FilterFatal(fatalText);
    validate?.(p);
    return { raw, p, count: 0 };
  });
  for (const s of master.services) {
    for (const r of reqs) {
      if (!matches(r.p, s)) continue;
      const text = each(s, r.p);
      if (text !== '\u0000') {
        r.count++;
        out += text;
      }
    }
  }
  for (const r of reqs) if (r.count === 0) warnings.push(`unmatched request: "${r.raw}"`);
  return out;
}

/** `postconf -M [-f] [-x] [filters]` */
export function showMasterEntries(master: MasterCf, filters: readonly string[] = [], opts: MasterViewOptions = {}): MasterViewResult {
  return run(master, opts, undefined, (warnings) =>
    filterRun(master, filters, 1, 2, '-M option requires service_name[/type]', warnings, (s) =>
      printMasterEntry(s, opts.fold ?? false, opts.expand ? expander(master, s, opts, warnings) : undefined, widthIn(master.source.encoding)),
    ),
  );
}

/** `postconf -F [-f] [-x] [filters]` */
export function showMasterFields(master: MasterCf, filters: readonly string[] = [], opts: MasterViewOptions = {}): MasterViewResult {
  const fieldIndex = (name: string): number => (name === '*' ? -1 : (MASTER_FIELD_NAMES as readonly string[]).indexOf(name));
  return run(master, opts, undefined, (warnings) =>
    filterRun(
      master,
      filters,
      1,
      3,
      '-F option requires service_name[/type[/field]]',
      warnings,
      (s, p) => {
        const exp = opts.expand ? expander(master, s, opts, warnings) : undefined;
        const idx = p ? fieldIndex(p[2] as string) : -1;
        const width = widthIn(master.source.encoding);
        if (idx >= 0) return printMasterField(s, idx, opts.fold ?? false, exp, width);
        let out = '';
        for (let f = 0; f < 8; f++) out += printMasterField(s, f, opts.fold ?? false, exp, width);
        return out;
      },
      (p) => {
        if (fieldIndex(p[2] as string) === -1 && p[2] !== '*') throw new FilterFatal(`invalid service attribute name: "${p[2]}"`);
      },
    ),
  );
}

/** `postconf -P [-f] [-x] [filters]`: per service (file order), its parameters sorted by name. */
export function showMasterParams(master: MasterCf, filters: readonly string[] = [], opts: MasterViewOptions = {}): MasterViewResult {
  const fold = opts.fold ?? false;
  return run(master, opts, undefined, (warnings) => {
    const printParam = (s: MasterService, name: string, value: string, exp: ((v: string) => string) | undefined): string =>
      printLine(`${s.name}/${s.type}/${name} = ${exp ? exp(value) : value}`, fold, widthIn(master.source.encoding));
    const all = (s: MasterService): string => {
      const ns = serviceNamespace(master, s);
      const exp = opts.expand ? expander(master, s, opts, warnings) : undefined;
      return [...ns.keys()]
        .sort(compareBytes)
        .map((n) => printParam(s, n, ns.get(n) as string, exp))
        .join('');
    };
    if (filters.length === 0) {
      let out = '';
      for (const s of master.services) if (hasNamespace(master, s)) out += all(s);
      return out;
    }
    return filterRun(master, filters, 1, 3, '-P option requires service_name[/type[/parameter]]', warnings, (s, p) => {
      if (!hasNamespace(master, s)) return '\u0000';
      const param = (p as string[])[2] as string;
      if (param === '*') return all(s);
      const ns = serviceNamespace(master, s);
      const v = ns.get(param);
      if (v === undefined) return '\u0000';
      return printParam(s, param, v, opts.expand ? expander(master, s, opts, warnings) : undefined);
    });
  });
}

/**
 * postconf creates a "service/type" name space at the first entry with a -o name=value that parses (even
 * if read-only and deleted later); an entry shows the shared name space only when it existed by the time
 * postconf read that entry (pcf_register_user_parameters: dict_handle() after the entry's own -o).
 * So an entry without -o shows nothing when it comes before its namesake, and everything when after.
 */
function hasNamespace(master: MasterCf, s: MasterService): boolean {
  const key = `${s.name}/${s.type}`;
  for (const e of master.services) {
    if (`${e.name}/${e.type}` === key && !ownSettings(e).next().done) return true;
    if (e === s) return false;
  }
  return false;
}

/** strcmp() order on the bytes (UTF-16 order differs for astral characters; close enough for names). */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export type { Pattern };
