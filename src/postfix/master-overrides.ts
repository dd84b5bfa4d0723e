/**
 * `postconf -P` style override files, as docker-mailserver's `postfix-master.cf`:
 *
 *     submission/inet/smtpd_tls_security_level = encrypt
 *     smtp/inet/smtpd_tls_protocols=>=TLSv1.2
 *
 * docker-mailserver reads the file with `while read -r LINE` (leading/trailing blanks trimmed) and runs
 * `postconf -P "$LINE"` for each line whose first character matches [0-9a-z]; every other line is
 * ignored. What one `postconf -P 'name/type/param=value'` does (verified against postconf 3.7.11,
 * S:v3.7.11 src/postconf/postconf_edit.c, postconf_master.c pcf_edit_master_param):
 *
 * - The text is split like main.cf "name = value" (blanks around "=" and at the ends dropped).
 * - The pattern must have exactly three "/"-separated parts ("-Pe or -PX requires
 *   service_name/type/parameter", fatal); service and type may be "*".
 * - A value containing whitespace is fatal ("-Pe does not accept whitespace in parameter value").
 * - Every master.cf entry matching service/type is edited: each "-o param=..." before the first
 *   non-option argument gets the new value; without one, "-o param=value" is appended after the
 *   last option. No matching entry: warning `unmatched service_name/type: "<text>"`.
 * - A line without "=" is a query (`postconf -P name/type/param` prints it); it changes nothing.
 * - A field name as the third part (e.g. "smtp/inet/chroot = n") still sets a PARAMETER of that
 *   name (only `postconf -F` edits fields).
 */
import type { Diagnostic } from './diagnostics.js';
import { MASTER_FIELD_NAMES, splitNameValue, type MasterCf, type MasterOption, type MasterService } from './master-cf.js';
import { isPostfixSpace, spanOf, type SourceText, type Span } from './source.js';
import { findPlaceholders, overlapsPlaceholder as overlapsSorted } from './templates.js';

export interface MasterOverride {
  /** service pattern (a name or "*") */
  service: string;
  /** type pattern (a type or "*") */
  type: string;
  parameter: string;
  value: string;
  /** the line as docker-mailserver passes it to postconf -P (blanks at the ends trimmed) */
  text: string;
  /** 1-based physical line */
  line: number;
  span: Span;
  patternSpan: Span;
  valueSpan: Span;
  templated: boolean;
}

export interface MasterOverridesFile {
  source: SourceText;
  /** Overrides that postconf -P applies, in file order. */
  overrides: MasterOverride[];
  diagnostics: Diagnostic[];
}

const BLANK_IFS = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

export function parseMasterOverrides(source: SourceText): MasterOverridesFile {
  const { text } = source;
  const overrides: MasterOverride[] = [];
  const diagnostics: Diagnostic[] = [];
  let placeholders: { start: number; end: number }[] = [];
  try {
    placeholders = findPlaceholders(text);
  } catch {
    placeholders = [];
  }
  const diag = (severity: Diagnostic['severity'], code: string, message: string, a: number, b: number, postfixMessage?: string): void => {
    const d: Diagnostic = { severity, code, message, path: source.path, span: spanOf(source, a, b) };
    diagnostics.push(postfixMessage === undefined ? d : { ...d, postfixMessage });
  };

  for (let i = 0; i < source.lineStarts.length; i++) {
    const lineStart = source.lineStarts[i] as number;
    if (lineStart === text.length && i === source.lineStarts.length - 1) break;
    const next = source.lineStarts[i + 1];
    let a = lineStart;
    let b = next === undefined ? text.length : next - 1;
    // `read -r` trims IFS blanks (space, tab) at both ends; a "\r" stays.
    while (a < b && BLANK_IFS(text[a])) a++;
    while (b > a && BLANK_IFS(text[b - 1])) b--;
    if (a === b || text[a] === '#') continue;
    if (!/^[0-9a-z]/.test(text[a] as string)) {
      diag('warning', 'master-overrides/ignored-line', 'docker-mailserver ignores this line: it applies only lines that start with a lower-case letter or a digit.', a, b);
      continue;
    }
    const nv = splitNameValue(text, a, b);
    if ('error' in nv) {
      diag('notice', 'master-overrides/query', 'This line has no "=": postconf -P only prints the setting, it changes nothing.', a, b);
      continue;
    }
    const pattern = text.slice(nv.nameStart, nv.nameEnd);
    const value = text.slice(nv.valueStart, nv.valueEnd);
    const parts = pattern.startsWith('/') ? [] : pattern.split('/').filter((p) => p.length > 0);
    if (parts.length !== 3 || parts.some((p) => p !== '*' && p.includes('*')) || parts[2] === '*') {
      diag('error', 'master-overrides/bad-pattern', `"${pattern}" is not service/type/parameter: postconf -P exits without changing anything.`, nv.nameStart, nv.nameEnd, '-Pe or -PX requires service_name/type/parameter');
      continue;
    }
    if ([...value].some((c) => isPostfixSpace(c))) {
      diag('error', 'master-overrides/whitespace-in-value', 'postconf -P refuses a value with whitespace and changes nothing; this override is not applied.', nv.valueStart, nv.valueEnd, '-Pe does not accept whitespace in parameter value');
      continue;
    }
    const [service, type, parameter] = parts as [string, string, string];
    if ((MASTER_FIELD_NAMES as readonly string[]).includes(parameter)) {
      diag('warning', 'master-overrides/field-as-parameter', `"${parameter}" is a master.cf field name, but postconf -P sets a parameter "-o ${parameter}=${value}", not the field (that needs postconf -F).`, nv.nameStart, nv.nameEnd);
    }
    overrides.push({
      service,
      type,
      parameter,
      value,
      text: text.slice(a, b),
      line: i + 1,
      span: spanOf(source, a, b),
      patternSpan: spanOf(source, nv.nameStart, nv.nameEnd),
      valueSpan: spanOf(source, nv.valueStart, nv.valueEnd),
      templated: overlapsSorted(placeholders, a, b),
    });
  }
  return { source, overrides, diagnostics };
}

export interface EffectiveOption {
  name: string;
  value: string;
  origin: 'master.cf' | 'override';
  /** the master.cf option this value came from (origin master.cf) */
  option?: MasterOption;
  /** the override that set this value (origin override) */
  override?: MasterOverride;
}

export interface OverriddenService {
  service: MasterService;
  /** -o options the daemon applies after the overrides, in order (later ones win). */
  options: EffectiveOption[];
  /** Last value per parameter name. */
  effective: ReadonlyMap<string, EffectiveOption>;
  /** true when postconf -P rewrote this entry. */
  edited: boolean;
}

const matchesPattern = (o: MasterOverride, s: MasterService): boolean =>
  (o.service === '*' || o.service === s.name) && (o.type === '*' || o.type === s.type);

/**
 * Apply overrides in order to every service of a master.cf. An edited entry is rewritten by postconf
 * from its normalized form (so "-o{a = b}" becomes "-o a=b"), which is what the daemon then reads;
 * unedited entries keep the daemon's own reading of the original line.
 */
export function applyMasterOverrides(
  master: MasterCf,
  file: MasterOverridesFile | readonly MasterOverride[],
): { services: OverriddenService[]; diagnostics: Diagnostic[] } {
  const overrides = Array.isArray(file) ? (file as readonly MasterOverride[]) : (file as MasterOverridesFile).overrides;
  const path = Array.isArray(file) ? master.source.path : (file as MasterOverridesFile).source.path;
  const diagnostics: Diagnostic[] = [];
  const services: OverriddenService[] = master.services.map((service) => ({
    service,
    options: service.options.map((option) => ({ name: option.name, value: option.value, origin: 'master.cf' as const, option })),
    effective: new Map(),
    edited: false,
  }));
  for (const o of overrides) {
    let matched = false;
    for (const s of services) {
      if (!matchesPattern(o, s.service)) continue;
      matched = true;
      if (!s.edited) {
        s.options = postconfOptions(s.service);
        s.edited = true;
      }
      let replaced = false;
      s.options = s.options.map((opt) => {
        if (opt.name !== o.parameter) return opt;
        replaced = true;
        return { name: o.parameter, value: o.value, origin: 'override', override: o };
      });
      if (!replaced) s.options.push({ name: o.parameter, value: o.value, origin: 'override', override: o });
    }
    if (!matched) {
      diagnostics.push({
        severity: 'warning',
        code: 'master-overrides/unmatched',
        message: `No master.cf service matches "${o.service}/${o.type}"; this override changes nothing.`,
        path,
        span: o.span,
        postfixMessage: `unmatched service_name/type: "${o.text}"`,
      });
    }
  }
  for (const s of services) {
    const m = new Map<string, EffectiveOption>();
    for (const opt of s.options) m.set(opt.name, opt);
    s.effective = m;
  }
  return { services, diagnostics };
}

/** The -o options as postconf sees them (normalized argv, up to the first non-option argument). */
function postconfOptions(service: MasterService): EffectiveOption[] {
  const out: EffectiveOption[] = [];
  const argv = service.normalizedArgv;
  const byName = new Map<string, MasterOption[]>();
  for (const o of service.options) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  for (let f = 8; f < argv.length; f++) {
    const arg = argv[f] as string;
    if (arg[0] !== '-' || arg === '--') break;
    if (arg === '-o' && f + 1 < argv.length) {
      const v = argv[f + 1] as string;
      f += 1;
      const nv = splitNameValue(v, 0, v.length);
      if ('error' in nv) continue;
      const name = v.slice(nv.nameStart, nv.nameEnd);
      const option = byName.get(name)?.shift();
      const e: EffectiveOption = { name, value: v.slice(nv.valueStart, nv.valueEnd), origin: 'master.cf' };
      out.push(option ? { ...e, option } : e);
    }
  }
  return out;
}
