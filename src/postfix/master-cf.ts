/**
 * master.cf parser (reference §2), lossless and with positions.
 *
 * Two readings of every service line are kept, because Postfix itself has two:
 *
 * - postconf's reading (S:v3.7.11 src/postconf/postconf_master.c): fields validated exactly as
 *   pcf_check_master_entry() does (the first bad line is fatal), arguments normalized as
 *   pcf_normalize_daemon_args() does. `normalizedArgv` is that argv; src/postconf/master-views.ts
 *   renders `postconf -M/-F/-P` from it alone.
 * - the daemon's reading (master_ent.c + the server skeleton's getopt): only tokens that START with
 *   "{" lose their braces, and getopt stops at the first non-option argument. `options` and
 *   `strayArguments` are that reading; analysis should use them.
 */
import type { Diagnostic } from './diagnostics.js';
import { readLogicalLines, spanInLine, leadingWhitespaceWarning, nulCharacterWarning, type LineItem, type LogicalLine } from './logical-lines.js';
import { isPostfixSpace, isPostfixSpaceCode, spanOf, type SourceText, type Span } from './source.js';
import { overlapsPlaceholder as overlapsSorted, placeholdersOfSource, type Placeholder } from './templates.js';

export interface MasterOption {
  name: string;
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
  form: 'short' | 'attached' | 'braced';
  templated: boolean;
}

export interface MasterService {
  name: string;
  type: string;
  private: string;
  unprivileged: string;
  chroot: string;
  wakeup: string;
  maxproc: string;
  /** field 8 as written */
  command: string;
  /** argv exactly as postconf normalizes it (pcf_normalize_daemon_args): fields 1-8 then args */
  normalizedArgv: string[];
  /** -o options that the daemon really applies (getopt stops at the first non-option argument) */
  options: MasterOption[];
  /** arguments after getopt stopped (smtpd dies: "unexpected command-line argument") */
  strayArguments: { text: string; span: Span }[];
  line: LogicalLine;
  fieldSpans: Span[];
  templated: boolean;
  /** Additive: the endpoint identity master(8) uses to detect duplicates (type + canonical name). */
  endpointKey: string;
  /** Additive: first physical line of a later entry with the same endpoint (master uses the last one). */
  supersededByLine?: number;
}

/** A warning that real postconf prints while reading master.cf (without "postconf: warning: "). */
export interface PostconfMasterWarning {
  line: number;
  text: string;
  /** true: postconf prefixes the text with "<config_directory>/master.cf: ". */
  pathPrefixed: boolean;
}

/** What makes real postconf exit while reading master.cf. */
export type PostconfMasterFatal =
  | { kind: 'field-count'; line: number }
  | { kind: 'field'; line: number; text: string };

export interface MasterCf {
  source: SourceText;
  items: LineItem[];
  services: MasterService[];
  diagnostics: Diagnostic[];
  fatal?: Diagnostic;
  /** Additive: postconf's warnings while reading, in file order (only those before the fatal line, if any). */
  postconfWarnings: PostconfMasterWarning[];
  /** Additive: the structured fatal, to render with the real master.cf path. */
  postconfFatal?: PostconfMasterFatal;
}

/** PCF_MASTER_BLANKS / master_blanks, the field separators " \t\r\n" (note: no \v or \f), by char code. */
const isBlankCode = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10;

export const MASTER_FIELD_NAMES = [
  'service',
  'type',
  'private',
  'unprivileged',
  'chroot',
  'wakeup',
  'process_limit',
  'command',
] as const;

/** Types postconf 3.7 accepts (verified: unix-dgram is accepted by postconf 3.7.11). */
const VALID_TYPES: ReadonlySet<string> = new Set(['unix', 'unix-dgram', 'fifo', 'inet', 'pass']);

interface Token {
  start: number; // offsets in the logical line text
  end: number;
  text: string;
}

/** argv_splitq()/mystrtokq(): split on blanks, but not inside balanced {} (a "}" without "{" is text). */
export function splitQuoted(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = offset;
  while (i < n) {
    while (i < n && isBlankCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let level = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x7b /* { */) level++;
      else if (level > 0 && c === 0x7d /* } */) level--;
      else if (level === 0 && isBlankCode(c)) break;
    }
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

/** balpar(): length of the balanced {...} group at the start, or 0. */
function balpar(text: string): number {
  if (text[0] !== '{') return 0;
  let level = 1;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '}') {
      if (--level === 0) return i + 1;
    } else if (text[i] === '{') level++;
  }
  return 0;
}

/** extpar(..., EXTPAR_FLAG_STRIP) on a token that starts with "{": inner text range and error. */
export function extractBraces(text: string, start: number, end: number): { start: number; end: number; error?: string } {
  const tok = text.slice(start, end);
  let a: number;
  let b: number;
  let error: string | undefined;
  const len = balpar(tok);
  if (len === 0) {
    error = `missing '}' in "${tok}"`;
    a = start + 1;
    b = end;
  } else {
    if (len < tok.length) error = `syntax error after '}' in "${tok}"`;
    a = start + 1;
    b = start + len - 1;
  }
  while (b > a && isPostfixSpace(text[b - 1])) b--;
  while (a < b && isPostfixSpace(text[a])) a++;
  return error === undefined ? { start: a, end: b } : { start: a, end: b, error };
}

/** split_nameval() on text[start, end): name and value ranges, or the error Postfix reports. */
export function splitNameValue(
  text: string,
  start: number,
  end: number,
): { nameStart: number; nameEnd: number; valueStart: number; valueEnd: number } | { error: string } {
  let np = start;
  while (np < end && isPostfixSpaceCode(text.charCodeAt(np))) np++;
  if (np >= end || text.charCodeAt(np) === 0x3d /* = */) return { error: 'missing attribute name' };
  let ep = np;
  while (ep < end && !isPostfixSpaceCode(text.charCodeAt(ep)) && text.charCodeAt(ep) !== 0x3d /* = */) ep++;
  let cp = ep;
  while (cp < end && isPostfixSpaceCode(text.charCodeAt(cp))) cp++;
  if (cp >= end || text.charCodeAt(cp) !== 0x3d /* = */) return { error: "missing '=' after attribute name" };
  let vp = cp + 1;
  while (vp < end && isPostfixSpaceCode(text.charCodeAt(vp))) vp++;
  let ve = end;
  while (ve > vp && isPostfixSpaceCode(text.charCodeAt(ve - 1))) ve--;
  return { nameStart: np, nameEnd: ep, valueStart: vp, valueEnd: ve };
}

/** Options with a value in the server skeletons' getopt strings (single/multi/trigger_server.c). */
const DAEMON_OPTIONS_WITH_VALUE = 'imnost';
const DAEMON_FLAG_OPTIONS = 'cdDlSuvVz';
/** postconf: pcf_daemon_options_expecting_value[] */
const PCF_OPTIONS_WITH_VALUE = 'o';

/** Daemons that accept non-option arguments; every other Postfix daemon exits on one. */
/**
 * Daemons that exit on a non-option argument ("fatal: unexpected command-line argument"): the ones
 * whose Debian 3.7.11 binaries contain that message (`strings /usr/lib/postfix/sbin/*`). smtp/lmtp,
 * postscreen, pipe and spawn do not check in 3.7 (pipe and spawn take arguments by design).
 */
const DAEMONS_REJECTING_ARGUMENTS = new Set([
  'anvil', 'bounce', 'cleanup', 'discard', 'dnsblog', 'error', 'flush', 'local', 'nqmgr', 'oqmgr', 'pickup',
  'postlogd', 'proxymap', 'qmgr', 'qmqpd', 'scache', 'showq', 'smtpd', 'tlsmgr', 'tlsproxy', 'trivial-rewrite',
  'verify', 'virtual',
]);

/** pcf_normalize_daemon_args() on plain strings; returns postconf's warnings (without path). */
export function normalizeDaemonArgs(argv: string[]): { argv: string[]; warnings: string[] } {
  const out = [...argv];
  const warnings: string[] = [];
  const extract = (field: number): void => {
    const arg = out[field] as string;
    const r = extractBraces(arg, 0, arg.length);
    if (r.error !== undefined) warnings.push(`master.cf: ${r.error}`);
    out[field] = arg.slice(r.start, r.end);
  };
  let field = 8;
  for (; field < out.length; field++) {
    let arg = out[field] as string;
    if (arg[0] !== '-' || arg === '--') break;
    for (let k = 2; k < arg.length; k++) {
      if (PCF_OPTIONS_WITH_VALUE.includes(arg[k] as string)) {
        // "-stuffozz" becomes "-stuff" "-ozz"
        out.splice(field + 1, 0, '-' + arg.slice(k));
        arg = arg.slice(0, k);
        out[field] = arg;
        break;
      }
    }
    if (arg.length < 2 || !PCF_OPTIONS_WITH_VALUE.includes(arg[1] as string)) continue;
    let extractField: boolean;
    if (arg.length > 2) {
      out.splice(field + 1, 0, arg.slice(2));
      out[field] = arg.slice(0, 2);
      field += 1;
      extractField = (out[field] as string)[0] === '{';
    } else if (field + 1 < out.length) {
      field += 1;
      extractField = (out[field] as string)[0] === '{';
    } else extractField = false;
    if (extractField) {
      extract(field);
      if ((out[field - 1] as string)[1] === 'o') {
        const v = out[field] as string;
        const nv = splitNameValue(v, 0, v.length);
        if ('error' in nv) warnings.push(`master.cf: ${nv.error}: "${v}"`);
        else out[field] = `${v.slice(nv.nameStart, nv.nameEnd)}=${v.slice(nv.valueStart, nv.valueEnd)}`;
      }
    }
  }
  for (; field < out.length; field++) if ((out[field] as string)[0] === '{') extract(field);
  return { argv: out, warnings };
}

/** pcf_check_master_entry(): the first invalid field, as postconf's fatal text. */
export function checkMasterFields(argv: readonly string[], rawText: string): string | undefined {
  const type = argv[1] as string;
  if (!VALID_TYPES.has(type)) return `invalid type field "${type}" in "${rawText}"`;
  for (let f = 2; f <= 4; f++) {
    const v = argv[f] as string;
    if (v.length !== 1 || !'yn-'.includes(v)) return `invalid ${MASTER_FIELD_NAMES[f]} field "${v}" in "${rawText}"`;
  }
  const wakeup = argv[5] as string;
  let len = wakeup.length;
  if (len > 0 && wakeup[len - 1] === '?') len--;
  if (!(wakeup[0] === '-' && len === 1) && leadingDigits(wakeup) !== len) return `invalid wakeup field "${wakeup}" in "${rawText}"`;
  const maxproc = argv[6] as string;
  if (maxproc !== '-' && leadingDigits(maxproc) !== maxproc.length) return `invalid process_limit field "${maxproc}" in "${rawText}"`;
  return undefined;
}

/** How many ASCII digits the text starts with. */
function leadingDigits(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i;
}

/** Postfix's known_tcp_ports default (3.6+). */
const KNOWN_TCP_PORTS: Record<string, string> = { lmtp: '24', smtp: '25', smtps: '465', submissions: '465', submission: '587' };

/**
 * The name master(8) uses to detect duplicate entries (master_ent.c canonicalizes inet endpoints:
 * "smtp" and "25" are the same; with a host, "[host]:port"). Unix-domain services are keyed by
 * their socket path, which depends on the private field.
 */
export function endpointKey(name: string, type: string, privateField: string): string {
  if (type !== 'inet') return `${type}:${privateField === 'n' ? 'public' : 'private'}/${name}`;
  let host: string | undefined;
  let port = name;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(name);
  if (bracket) {
    host = bracket[1];
    port = bracket[2] as string;
  } else {
    const colon = name.lastIndexOf(':');
    if (colon >= 0) {
      host = name.slice(0, colon);
      port = name.slice(colon + 1);
    }
  }
  if (/^[0-9]+$/.test(port)) port = String(Number(port));
  else port = KNOWN_TCP_PORTS[port] ?? port;
  if (host === undefined || host === '') return `inet:${port}`;
  return `inet:[${host.toLowerCase()}]:${port}`;
}

/** master(8)'s master_service_disable matcher (global/match_service.c): case-insensitive, first match wins. */
export function isServiceDisabled(service: { name: string; type: string }, masterServiceDisable: string): boolean {
  if (masterServiceDisable === '') return false; // the default: no patterns
  const patterns = masterServiceDisable.split(/[ ,\t\r\n]+/).filter((p) => p.length > 0);
  const nameType = `${service.name}/${service.type}`.toLowerCase();
  const type = service.type.toLowerCase();
  for (let raw of patterns) {
    // backwards compatibility: "name.type"
    if (!raw.includes('/') && raw.lastIndexOf('.') >= 0) {
      const dot = raw.lastIndexOf('.');
      raw = raw.slice(0, dot) + '/' + raw.slice(dot + 1);
    }
    let match = true;
    let p = raw;
    while (p.startsWith('!')) {
      match = !match;
      p = p.slice(1);
    }
    if ((p.includes('/') ? nameType : type) === p.toLowerCase()) return match;
  }
  return false;
}

/** Services master(8) really runs: disabled ones skipped, and of duplicate endpoints only the last. */
export function activeServices(master: MasterCf, masterServiceDisable = ''): MasterService[] {
  if (master.fatal) return [];
  const enabled = master.services.filter((s) => !isServiceDisabled(s, masterServiceDisable));
  const last = new Map<string, MasterService>();
  for (const s of enabled) last.set(s.endpointKey, s);
  return enabled.filter((s) => last.get(s.endpointKey) === s);
}

/** The raw text as Postfix's msg_* functions print it: bytes outside 0x20-0x7e become "?". */
export function printableAsPostfix(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (encoding === 'latin1' || code < 0x80) out += '?';
    else out += '?'.repeat(Buffer.byteLength(ch, 'utf8'));
  }
  return out;
}

function overlaps(ph: readonly Placeholder[], start: number, end: number): boolean {
  return overlapsSorted(ph, start, Math.max(end, start + 1));
}

/** What parseMasterCf collects while it reads one service line after another. */
interface MasterCfReading {
  readonly source: SourceText;
  readonly placeholders: readonly Placeholder[];
  readonly services: MasterService[];
  readonly diagnostics: Diagnostic[];
  readonly postconfWarnings: PostconfMasterWarning[];
  fatal?: Diagnostic;
  postconfFatal?: PostconfMasterFatal;
}

/** An argument after field 8 as the master daemon passes it (braces stripped from a token that starts with "{"). */
interface DaemonArgument {
  text: string;
  /** the text's range in the logical line */
  start: number;
  end: number;
  /** the whole token's range */
  tokStart: number;
  tokEnd: number;
  braced: boolean;
}

/*
 * parseMasterCf is split into one function per step of a service line: each is small enough for V8 to
 * optimize early in a scan (one big function took ~0.5 s of compile time and ran unoptimized meanwhile).
 */

export function parseMasterCf(source: SourceText): MasterCf {
  const items = readLogicalLines(source);
  const reading: MasterCfReading = {
    source,
    placeholders: placeholdersOfSource(source),
    services: [],
    diagnostics: [],
    postconfWarnings: [],
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as LineItem;
    if (item.kind === 'logical') readServiceLine(reading, item);
  }
  markDuplicateServices(reading);
  const result: MasterCf = { source, items, services: reading.services, diagnostics: reading.diagnostics, postconfWarnings: reading.postconfWarnings };
  if (reading.fatal) result.fatal = reading.fatal;
  if (reading.postconfFatal) result.postconfFatal = reading.postconfFatal;
  return result;
}

function report(
  reading: MasterCfReading,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  span: Span,
  postfixMessage?: string,
): Diagnostic {
  const d: Diagnostic = postfixMessage === undefined
    ? { severity, code, message, path: reading.source.path, span }
    : { severity, code, message, path: reading.source.path, span, postfixMessage };
  reading.diagnostics.push(d);
  return d;
}

function lineSpanOf(source: SourceText, line: LogicalLine): Span {
  return spanOf(source, line.startOffset, line.endOffset);
}

function readServiceLine(reading: MasterCfReading, line: LogicalLine): void {
  const { source } = reading;
  const text = line.text;
  if (line.startsWithWhitespace) {
    const w = leadingWhitespaceWarning(source.path, line);
    report(reading, 'warning', 'master-cf/leading-whitespace', `Postfix ignores this line: it starts with whitespace, so it does not belong to any service (line ${line.firstLine}).`, lineSpanOf(source, line), w);
    if (!reading.postconfFatal) reading.postconfWarnings.push({ line: line.firstLine, text: w.slice(source.path.length + 2), pathPrefixed: true });
    return;
  }
  const nul = nulCharacterWarning(source, line, 'master-cf/nul-character');
  if (nul) reading.diagnostics.push(nul);

  const tokens = splitQuoted(text);
  if (tokens.length < 8) {
    const d = report(reading, 'fatal', 'master-cf/bad-field-count', `A master.cf entry needs at least 8 fields; this one has ${tokens.length}. postconf and master refuse the whole file.`, lineSpanOf(source, line), `file ${source.path}: line ${line.firstLine}: bad field count`);
    if (!reading.fatal) {
      reading.fatal = d;
      reading.postconfFatal = { kind: 'field-count', line: line.firstLine };
    }
    return;
  }
  const argv: string[] = [];
  for (let k = 0; k < tokens.length; k++) argv.push((tokens[k] as Token).text);
  const fieldError = checkMasterFields(argv, text);
  if (fieldError !== undefined) {
    const d = report(reading, 'fatal', 'master-cf/invalid-field', `Invalid master.cf field: ${fieldError}. postconf and master refuse the whole file.`, lineSpanOf(source, line), fieldError);
    if (!reading.fatal) {
      reading.fatal = d;
      reading.postconfFatal = { kind: 'field', line: line.firstLine, text: fieldError };
    }
    return;
  }

  const norm = normalizeDaemonArgs(argv);
  if (!reading.postconfFatal) for (const w of norm.warnings) reading.postconfWarnings.push({ line: line.firstLine, text: w, pathPrefixed: false });

  const fieldSpans: Span[] = [];
  for (let k = 0; k < 8; k++) {
    const t = tokens[k] as Token;
    fieldSpans.push(spanInLine(source, line, t.start, t.end));
  }
  const daemonArgs = daemonArgumentsOf(reading, line, tokens);
  const options: MasterOption[] = [];
  const optionsEnd = readDaemonOptions(reading, line, daemonArgs, options);
  const strayArguments: { text: string; span: Span }[] = [];
  for (let i = optionsEnd; i < daemonArgs.length; i++) {
    const a = daemonArgs[i] as DaemonArgument;
    strayArguments.push({ text: a.text, span: spanInLine(source, line, a.tokStart, a.tokEnd) });
  }
  const command = argv[7] as string;
  reportStrayArguments(reading, command, daemonArgs, optionsEnd, strayArguments);

  const name = argv[0] as string;
  const type = argv[1] as string;
  const priv = argv[2] as string;
  if (type === 'inet' && (priv === 'y' || priv === '-')) {
    report(reading, 'error', 'master-cf/private-inet', `master(8) refuses this file: an inet service cannot be private (the private field ${priv === '-' ? 'defaults to "y"' : 'is "y"'}).`, fieldSpans[2] as Span, 'inet service cannot be private');
  }

  reading.services.push({
    name,
    type,
    private: priv,
    unprivileged: argv[3] as string,
    chroot: argv[4] as string,
    wakeup: argv[5] as string,
    maxproc: argv[6] as string,
    command,
    normalizedArgv: norm.argv,
    options,
    strayArguments,
    line,
    fieldSpans,
    templated: overlaps(reading.placeholders, line.startOffset, line.endOffset),
    endpointKey: endpointKey(name, type, priv),
  });
}

/** The daemon's reading: master strips braces only from tokens that start with "{" (§2.3). */
function daemonArgumentsOf(reading: MasterCfReading, line: LogicalLine, tokens: readonly Token[]): DaemonArgument[] {
  const text = line.text;
  const daemonArgs: DaemonArgument[] = [];
  for (let k = 8; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text[0] === '{') {
      const r = extractBraces(text, t.start, t.end);
      if (r.error !== undefined) {
        report(reading, 'error', 'master-cf/unbalanced-brace', `master(8) refuses this argument: ${r.error}.`, spanInLine(reading.source, line, t.start, t.end), r.error);
      }
      daemonArgs.push({ text: text.slice(r.start, r.end), start: r.start, end: r.end, tokStart: t.start, tokEnd: t.end, braced: true });
    } else {
      daemonArgs.push({ text: t.text, start: t.start, end: t.end, tokStart: t.start, tokEnd: t.end, braced: false });
    }
  }
  return daemonArgs;
}

/** The server skeleton's getopt over the daemon arguments: collects the -o options, returns where it stopped. */
function readDaemonOptions(reading: MasterCfReading, line: LogicalLine, daemonArgs: readonly DaemonArgument[], options: MasterOption[]): number {
  const { source } = reading;
  const text = line.text;
  let i = 0;
  getopt: for (; i < daemonArgs.length; i++) {
    const a = daemonArgs[i] as DaemonArgument;
    if (a.text[0] !== '-' || a.text === '-') break;
    if (a.text === '--') {
      i++;
      break;
    }
    for (let k = 1; k < a.text.length; k++) {
      const letter = a.text[k] as string;
      if (DAEMON_OPTIONS_WITH_VALUE.includes(letter)) {
        let valStart: number;
        let valEnd: number;
        let endTok: number;
        let form: MasterOption['form'];
        if (k + 1 < a.text.length) {
          valStart = a.start + k + 1;
          valEnd = a.end;
          endTok = a.tokEnd;
          form = 'attached';
          if (a.text[k + 1] === '{' && letter === 'o') {
            report(reading, 'warning', 'master-cf/glued-brace', `"-o{" is one token for master(8): the braces are not removed, so the daemon sees the text with its braces. postconf hides this. Put a space between -o and "{".`, spanInLine(source, line, a.tokStart, a.tokEnd));
          }
        } else if (i + 1 < daemonArgs.length) {
          const v = daemonArgs[++i] as DaemonArgument;
          valStart = v.start;
          valEnd = v.end;
          endTok = v.tokEnd;
          form = v.braced ? 'braced' : 'short';
        } else {
          report(reading, 'error', 'master-cf/missing-option-value', `"-${letter}" at the end of the line has no value; the daemon exits at start-up.`, spanInLine(source, line, a.tokStart, a.tokEnd));
          break getopt;
        }
        if (letter === 'o') {
          const nv = splitNameValue(text, valStart, valEnd);
          if ('error' in nv) {
            report(reading, 'error', 'master-cf/bad-option-value', `The daemon exits at start-up: "-o ${text.slice(valStart, valEnd)}": ${nv.error}.`, spanInLine(source, line, a.tokStart, endTok));
          } else {
            const span = spanInLine(source, line, a.tokStart, endTok);
            options.push({
              name: text.slice(nv.nameStart, nv.nameEnd),
              value: text.slice(nv.valueStart, nv.valueEnd),
              span,
              nameSpan: spanInLine(source, line, nv.nameStart, nv.nameEnd),
              valueSpan: spanInLine(source, line, nv.valueStart, nv.valueEnd),
              form,
              templated: overlaps(reading.placeholders, span.start.offset, span.end.offset),
            });
          }
        }
        continue getopt;
      }
      if (!DAEMON_FLAG_OPTIONS.includes(letter)) {
        report(reading, 'error', 'master-cf/invalid-daemon-option', `Postfix daemons do not know the option "-${letter}"; the daemon exits at start-up.`, spanInLine(source, line, a.tokStart, a.tokEnd));
      }
    }
  }
  return i;
}

/** What the daemon does with arguments after its options: most daemons exit, the others ignore later -o. */
function reportStrayArguments(
  reading: MasterCfReading,
  command: string,
  daemonArgs: readonly DaemonArgument[],
  optionsEnd: number,
  strayArguments: readonly { text: string; span: Span }[],
): void {
  const first = strayArguments[0];
  if (!first) return;
  const base = command.slice(command.lastIndexOf('/') + 1);
  if (DAEMONS_REJECTING_ARGUMENTS.has(base)) {
    const ignoredOptions = strayArguments.filter((s) => s.text === '-o').length;
    let why = `${base} takes no arguments and exits when it gets one ("fatal: unexpected command-line argument: ${first.text}"), so the service does not work.`;
    if (first.text.startsWith('#')) why += ' "#" does not start a comment inside a master.cf line.';
    else if (optionsEnd > 0 && /,$/.test(daemonArgs[daemonArgs.length - strayArguments.length - 1]?.text ?? '')) {
      why += ' A short "-o name=value" cannot contain spaces; use -o { name = value, more }.';
    }
    if (ignoredOptions > 0) why += ` The ${ignoredOptions} later -o option(s) are not applied either: option parsing stops at the first non-option argument.`;
    report(reading, 'error', 'master-cf/unexpected-argument', why, first.span, `unexpected command-line argument: ${first.text}`);
  } else {
    // The daemon keeps running, but getopt stopped at `first`: any -o after it is never applied.
    const ignored = strayArguments.filter((s) => s.text === '-o' || s.text.startsWith('-o'));
    if (ignored.length > 0) {
      report(
        reading,
        'warning',
        'master-cf/options-after-argument',
        `${ignored.length} -o option(s) after the argument "${first.text}" are not applied: ${base} stops reading options at its first non-option argument.`,
        (ignored[0] as { span: Span }).span,
      );
    }
  }
}

/** Duplicate endpoints: master(8) logs "duplicate master.cf entry ... -- using the last entry" (§2.2). */
function markDuplicateServices(reading: MasterCfReading): void {
  const { services, source } = reading;
  const lastByKey = new Map<string, MasterService>();
  for (const s of services) lastByKey.set(s.endpointKey, s);
  if (lastByKey.size === services.length) return; // no endpoint twice
  for (const s of services) {
    const last = lastByKey.get(s.endpointKey) as MasterService;
    if (last === s) continue;
    s.supersededByLine = last.line.firstLine;
    reading.diagnostics.push({
      severity: 'warning',
      code: 'master-cf/duplicate-service',
      message: `"${s.name} ${s.type}" (line ${s.line.firstLine}) and "${last.name} ${last.type}" (line ${last.line.firstLine}) are the same endpoint; master(8) uses only the last entry (line ${last.line.firstLine}), while postconf -M lists both.`,
      path: source.path,
      span: spanOf(source, s.line.startOffset, s.line.endOffset),
    });
  }
}
