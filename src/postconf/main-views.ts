/**
 * main.cf views of postconf: `-n`, `-d`, `-x`, `-h`, `-H`, `-f` and named parameters
 * (S:v3.7.11 src/postconf/postconf_main.c, postconf_print.c, postconf_lookup.c).
 */
import { macExpand, type MacExpandOutcome } from '../postfix/expand.js';
import { RAW_PARAMETERS, type MasterScope, type ParameterUniverse } from '../postfix/param-universe.js';

const LINE_LIMIT = 80;
const INDENT = '    ';
const SEPARATORS = ' \t\r\n';

/**
 * pcf_print_line(): whitespace between words becomes one space (even inside values), and with
 * -f lines are folded before 80 columns with a 4-space indent. Widths count bytes.
 */
export function printLine(text: string, fold: boolean, byteLength: (s: string) => number): string {
  let out = '';
  let lineLen = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && SEPARATORS.includes(text[i] as string)) i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && !SEPARATORS.includes(text[j] as string)) j++;
    const word = text.slice(i, j);
    const wordLen = byteLength(word);
    if (wordLen > 0 && lineLen > 0) {
      if (!fold || lineLen + wordLen < LINE_LIMIT) {
        out += ' ';
        lineLen += 1;
      } else {
        out += `\n${INDENT}`;
        lineLen = INDENT.length;
      }
    }
    out += word;
    lineLen += wordLen;
    i = j;
  }
  return `${out}\n`;
}

export interface MainViewMode {
  showDefaults: boolean; // -d
  nonDefault: boolean; // -n
  expand: boolean; // -x
  hideName: boolean; // -h
  hideValue: boolean; // -H
  fold: boolean; // -f
}

export interface ParameterSource {
  universe: ParameterUniverse;
  /** main.cf (CONFIG_DICT). */
  main: Map<string, string>;
  /** Default of a known parameter as postconf computes it (host-derived ones included). */
  defaultOf: (name: string) => string | undefined;
}

/** pcf_lookup_parameter_value(). */
export function lookupParameter(
  src: ParameterSource,
  mode: Pick<MainViewMode, 'showDefaults' | 'nonDefault'>,
  name: string,
  scope?: MasterScope,
): string | undefined {
  if (!mode.showDefaults) {
    // pcf_lookup_parameter_value(): a service's service_name/process_name, then its -o, then main.cf.
    const local = scope?.readOnly?.get(name) ?? scope?.params.get(name);
    if (local !== undefined) return local;
    const v = src.main.get(name);
    if (v !== undefined) return v;
    if (mode.nonDefault) return undefined;
  }
  if (!src.universe.table.has(name)) return undefined;
  return src.defaultOf(name);
}

/** pcf_expand_parameter_value(): recursive expansion; -n does not limit the lookups. */
export function expandParameter(
  src: ParameterSource,
  mode: Pick<MainViewMode, 'showDefaults'>,
  value: string,
  scope?: MasterScope,
): MacExpandOutcome {
  const m = { showDefaults: mode.showDefaults, nonDefault: false };
  return macExpand(value, (name) => lookupParameter(src, m, name, scope), { recurse: true });
}

export interface ViewOutput {
  stdout: string;
  warnings: string[];
  /** postconf stopped ("macro processing error") after writing `stdout`. */
  fatal?: string;
}

function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** pcf_show_parameters(): all known parameters sorted by name, or the named ones in order. */
export function showParameters(
  src: ParameterSource,
  mode: MainViewMode,
  names: readonly string[],
  byteLength: (s: string) => number,
): ViewOutput {
  const out: string[] = [];
  const warnings: string[] = [];
  const printOne = (name: string): string | undefined => {
    let value = lookupParameter(src, mode, name);
    if (value === undefined) return undefined;
    if (mode.hideValue) {
      out.push(printLine(`${name}\n`, mode.fold, byteLength));
      return undefined;
    }
    if (mode.expand && !RAW_PARAMETERS.has(name)) {
      const r = expandParameter(src, mode, value);
      warnings.push(...r.warnings);
      if (r.error) return 'macro processing error';
      value = r.value;
    }
    out.push(printLine(mode.hideName ? `${value}\n` : `${name} = ${value}\n`, mode.fold, byteLength));
    return undefined;
  };
  if (names.length === 0) {
    const all = [...src.universe.table.entries()].filter(([, node]) => node.class !== 'legacy').map(([n]) => n);
    all.sort(byteCompare);
    for (const name of all) {
      const fatal = printOne(name);
      if (fatal) return { stdout: out.join(''), warnings, fatal };
    }
  } else {
    for (const name of names) {
      if (!src.universe.table.has(name)) {
        warnings.push(`${name}: unknown parameter`);
        continue;
      }
      const fatal = printOne(name);
      if (fatal) return { stdout: out.join(''), warnings, fatal };
    }
  }
  return { stdout: out.join(''), warnings };
}
