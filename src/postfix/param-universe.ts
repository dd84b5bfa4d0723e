/**
 * Which parameter names postconf knows, and which main.cf / master.cf settings it calls
 * "unused" (reference §1.5; S:v3.7.11 src/postconf/postconf_user.c, postconf_service.c,
 * postconf_dbms.c, postconf_unused.c, postconf_builtin.c). Verified against postconf 3.7.11.
 *
 * Known names: built-ins of the version, the four legacy names, service parameters derived from
 * master.cf delivery services, and user-defined names that have a name=value AND are referenced:
 * as $name in any main.cf value, master.cf -o value or built-in default; in
 * smtpd_restriction_classes; or as <prefix>_<suffix> of an ldap:/mysql:/pgsql:/sqlite:/memcache:
 * table named in the (expanded) value of a built-in parameter.
 */
import { macExpand, scanMacroNames, type MacroLookup } from './expand.js';
import { serviceParameterDefaults } from './defaults/index.js';

/** Legacy names postconf registers for backwards-compatible defaults (postconf_builtin.c). */
export const LEGACY_PARAMETERS: readonly string[] = [
  'virtual_maps',
  'fallback_relay',
  'authorized_verp_clients',
  'smtpd_client_connection_limit_exceptions',
];

/** postconf never expands these and never scans them for $name (raw_table.h; verified on 3.7.11). */
export const RAW_PARAMETERS: ReadonlySet<string> = new Set([
  'command_execution_directory',
  'default_rbl_reply',
  'forward_path',
  'luser_relay',
  'mailbox_command',
  'postscreen_expansion_filter',
  'postscreen_reject_footer',
  'smtpd_expansion_filter',
  'smtpd_reject_footer',
]);

/** Settings of these are dropped with "read-only parameter assignment" (verified on 3.7.11). */
export const READONLY_PARAMETERS: ReadonlySet<string> = new Set(['process_id', 'process_name', 'service_name']);

/** Database client parameter suffixes (ldap_table(5), mysql_table(5), ...; postconf_dbms.c). */
export const DBMS_SUFFIXES: ReadonlyMap<string, readonly string[]> = new Map([
  ['ldap', ['bind', 'bind_dn', 'bind_pw', 'cache', 'cache_expiry', 'cache_size', 'chase_referrals', 'debuglevel',
    'dereference', 'domain', 'expansion_limit', 'leaf_result_attribute', 'query_filter', 'recursion_limit',
    'result_attribute', 'result_format', 'scope', 'search_base', 'server_host', 'server_port', 'size_limit',
    'special_result_attribute', 'terminal_result_attribute', 'timeout', 'version',
    'sasl', 'sasl_mechs', 'sasl_realm', 'sasl_authz_id', 'sasl_minssf',
    'start_tls', 'tls_ca_cert_dir', 'tls_ca_cert_file', 'tls_cert', 'tls_key', 'tls_require_cert',
    'tls_random_file', 'tls_cipher_suite']],
  ['mysql', ['additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query',
    'result_format', 'select_field', 'table', 'user', 'where_field', 'option_file', 'option_group',
    'require_result_set', 'tls_cert_file', 'tls_key_file', 'tls_CAfile', 'tls_CApath', 'tls_ciphers',
    'tls_verify_cert', 'idle_interval', 'retry_interval']],
  ['pgsql', ['additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query',
    'result_format', 'select_field', 'select_function', 'table', 'user', 'where_field', 'encoding',
    'idle_interval', 'retry_interval']],
  ['sqlite', ['additional_conditions', 'dbpath', 'domain', 'expansion_limit', 'query', 'result_format',
    'select_field', 'table', 'where_field']],
  ['memcache', ['backup', 'data_size_limit', 'domain', 'flags', 'key_format', 'line_size_limit', 'max_try',
    'memcache', 'retry_pause', 'timeout', 'ttl']],
  ['mongodb', ['uri', 'dbname', 'collection', 'query_filter', 'projection', 'result_attribute',
    'result_format', 'domain', 'expansion_limit']],
]);

export type ParamClass = 'builtin' | 'service' | 'user' | 'legacy';

export interface KnownParameter {
  class: ParamClass;
  /** Raw default ("$default_..." for service parameters); undefined for user-defined names. */
  defaultValue?: string;
}

/** One master.cf entry as postconf sees it: service name, command (field 8), -o name=value pairs. */
export interface MasterScope {
  /** "service/type", postconf's name space label. */
  label: string;
  serviceName: string;
  command: string;
  /** -o settings in order (the last of a name wins). */
  params: Map<string, string>;
  /** Names that are valid in this scope only. */
  validNames: Set<string>;
  /** service_name and process_name, which postconf looks up first in a service's scope (ro_params). */
  readOnly?: ReadonlyMap<string, string>;
}

export interface UniverseInput {
  builtin: ReadonlyMap<string, string>;
  /** main.cf after reading (plus config_directory from -c), in file order. */
  main: Map<string, string>;
  masters: MasterScope[];
  /** Every master.cf entry (service name + command), for service-defined parameters. */
  services?: readonly { serviceName: string; command: string }[];
  /** false for -d: postconf then registers no user-defined names and scans nothing. */
  registerUser?: boolean;
  /** "<config_directory>/main.cf" and ".../master.cf" as postconf prints them. */
  configDir: string;
  /** Look up and read a database client configuration file (postconf opens absolute paths). */
  readClientConfig?: (path: string) => { text: string } | { error: string } | undefined;
  /** Called with the (growing) table before any expansion happens. */
  onTable?: (table: Map<string, KnownParameter>) => void;
  /** Expansion used for the DBMS scan: pcf_expand_parameter_value() in the caller's mode. */
  expandForDbms: (value: string, scope: MasterScope | undefined) => { value: string; warnings: string[]; error: boolean };
}

export interface ParameterUniverse {
  table: Map<string, KnownParameter>;
  /** Warnings in the order postconf prints them (without "postconf: warning: "). */
  warnings: string[];
  /** Set when postconf stops with "macro processing error". */
  fatal?: string;
}

/** Split a -o argument like split_nameval(). */
export function splitOptionNameValue(arg: string): { name: string; value: string } | undefined {
  // A scan, not a regex: the equivalent regex backtracks quadratically on a long run of blanks inside the value.
  const space = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
  let i = 0;
  while (space(arg[i])) i++;
  const nameStart = i;
  while (i < arg.length && !space(arg[i]) && arg[i] !== '=') i++;
  if (i === nameStart) return undefined;
  const name = arg.slice(nameStart, i);
  while (space(arg[i])) i++;
  if (arg[i] !== '=') return undefined;
  i++;
  while (space(arg[i])) i++;
  let end = arg.length;
  while (end > i && space(arg[end - 1])) end--;
  return { name, value: arg.slice(i, end) };
}

/** The -o settings postconf takes from a normalized argv (pcf_register_user_parameters). */
export function masterScopeFromArgv(argv: readonly string[]): MasterScope {
  const params = new Map<string, string>();
  for (let i = 8; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-') || arg === '--') break;
    if (arg === '-o' && argv[i + 1] !== undefined) {
      const nv = splitOptionNameValue(argv[i + 1] as string);
      if (nv) params.set(nv.name, nv.value);
      i += 1;
    }
  }
  const command = argv[7] ?? '';
  return {
    label: `${argv[0] ?? ''}/${argv[1] ?? ''}`,
    serviceName: argv[0] ?? '',
    command,
    params,
    validNames: new Set(),
    readOnly: new Map([
      ['service_name', argv[0] ?? ''],
      ['process_name', command.slice(command.lastIndexOf('/') + 1)],
    ]),
  };
}

/** Table types whose {...} holds patterns, not further table names (postconf_dbms.c PCF_DBMS_CLASS_REGEX). */
const REGEX_TABLE_TYPES: ReadonlySet<string> = new Set(['regexp', 'pcre']);

/** mystrtokq(value, ", \t\r\n", "{}"): tokens split on blanks and commas outside balanced {}. */
function splitOutsideBraces(value: string): string[] {
  const out: string[] = [];
  const isSep = (c: string): boolean => c === ' ' || c === ',' || c === '\t' || c === '\r' || c === '\n';
  let i = 0;
  while (i < value.length) {
    while (i < value.length && isSep(value[i] as string)) i++;
    if (i >= value.length) break;
    const start = i;
    let level = 0;
    for (; i < value.length; i++) {
      const c = value[i] as string;
      if (c === '{') level++;
      else if (level > 0 && c === '}') level--;
      else if (level === 0 && isSep(c)) break;
    }
    out.push(value.slice(start, i));
  }
  return out;
}

/** extpar(EXTPAR_FLAG_NONE) on text that starts with "{": the inside (not trimmed) and the error it reports. */
function unwrapBraces(text: string): { text: string; error?: string } {
  let level = 0;
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') level++;
    else if (text[i] === '}' && --level === 0) {
      len = i + 1;
      break;
    }
  }
  if (len === 0) return { text: text.slice(1), error: `missing '}' in "${text}"` };
  if (len < text.length) return { text: text.slice(1, len - 1), error: `syntax error after '}' in "${text}"` };
  return { text: text.slice(1, len - 1) };
}

function tokenize(value: string): string[] {
  return value.split(/[ ,\t\r\n]+/).filter((t) => t.length > 0);
}

/** Build the universe the way pcf_register_*_parameters() do, in their order. */
export function buildParameterUniverse(input: UniverseInput): ParameterUniverse {
  const { builtin, main, masters, configDir } = input;
  const warnings: string[] = [];
  const table = new Map<string, KnownParameter>();
  for (const [name, value] of builtin) table.set(name, { class: 'builtin', defaultValue: value });
  for (const name of LEGACY_PARAMETERS) if (!table.has(name)) table.set(name, { class: 'legacy', defaultValue: '' });
  for (const m of input.services ?? masters) {
    for (const [name, value] of serviceParameterDefaults(m.serviceName, m.command, builtin)) {
      if (!table.has(name)) table.set(name, { class: 'service', defaultValue: value });
    }
  }
  input.onTable?.(table);
  const mainPath = `${configDir}/main.cf`;
  const masterPath = `${configDir}/master.cf`;
  const dbmsNames = new Set<string>();
  let fatal: string | undefined;

  // pcf_flag_user_parameter(): validate a referenced name that has a name=value somewhere.
  const flag = (name: string, scope: MasterScope | undefined, dbms: boolean, quiet = false): void => {
    let supplied = false;
    if (scope && scope.params.has(name)) {
      supplied = true;
      scope.validNames.add(name);
    } else if (main.has(name)) {
      supplied = true;
      if (!table.has(name)) table.set(name, { class: 'user' });
    }
    if (!scope) {
      for (const m of masters) {
        if (m.params.has(name)) {
          supplied = true;
          m.validNames.add(name);
        }
      }
    }
    if (dbms) dbmsNames.add(name);
    if (!supplied && !dbms && !quiet && !table.has(name)) {
      warnings.push(`${scope ? masterPath : mainPath}: undefined parameter: ${name}`);
    }
  };

  const scanValue = (value: string, scope: MasterScope | undefined, quiet = false): void => {
    const r = scanMacroNames(value);
    warnings.push(...r.warnings);
    for (const n of r.names) flag(n, scope, false, quiet);
  };

  const checkClientConfig = (type: string, path: string): void => {
    const r = input.readClientConfig?.(path);
    if (!r) return;
    if ('error' in r) {
      warnings.push(`open "${type}" configuration "${path}": ${r.error}`);
      return;
    }
    const known = new Set(DBMS_SUFFIXES.get(type) ?? []);
    const seen = new Map<string, string>();
    for (const line of r.text.split('\n')) {
      const t = line.replace(/^\s+/, '');
      if (t === '' || t.startsWith('#') || /^\s/.test(line)) continue;
      const nv = splitOptionNameValue(t);
      if (nv) seen.set(nv.name, nv.value);
    }
    for (const [n, v] of seen) if (!known.has(n)) warnings.push(`${type}:${path}: unused parameter: ${n}=${v}`);
  };

  // postconf_dbms.c: type:name with a database client type validates name_<suffix>. The expanded value
  // is split on blanks and commas outside {} (mystrtokq); a {...} token, or a {...} table name, is
  // unwrapped (extpar, its errors are warnings) and searched again, except inside a regexp:/pcre: table.
  const dbmsWarning = (scope: MasterScope | undefined, error: string): void => {
    warnings.push(scope ? `master.cf:${scope.label}: ${error}` : `main.cf: ${error}`);
  };
  const registerDbmsIn = (text: string, scope: MasterScope | undefined, recurse: boolean): void => {
    for (const token of splitOutsideBraces(text)) {
      if (token[0] === '{') {
        const inner = unwrapBraces(token);
        if (inner.error !== undefined) dbmsWarning(scope, inner.error);
        if (recurse) registerDbmsIn(inner.text, scope, recurse);
        continue;
      }
      let dbType = token;
      let prefix: string | undefined;
      for (;;) {
        const colon = dbType.indexOf(':');
        if (colon < 0) {
          prefix = undefined;
          break;
        }
        prefix = dbType.slice(colon + 1);
        dbType = dbType.slice(0, colon);
        if (dbType !== 'proxy') break;
        dbType = prefix;
      }
      if (prefix === undefined) continue;
      if (prefix.startsWith('.')) continue;
      if (prefix.startsWith('{')) {
        const inner = unwrapBraces(prefix);
        if (inner.error !== undefined) dbmsWarning(scope, inner.error);
        registerDbmsIn(inner.text, scope, recurse && !REGEX_TABLE_TYPES.has(dbType));
        continue;
      }
      const suffixes = DBMS_SUFFIXES.get(dbType);
      if (!suffixes) continue;
      if (prefix.startsWith('/')) {
        checkClientConfig(dbType, prefix);
        continue;
      }
      for (const s of suffixes) flag(`${prefix}_${s}`, scope, true);
    }
  };
  const registerDbms = (value: string, scope: MasterScope | undefined): void => {
    const expanded = input.expandForDbms(value, scope);
    warnings.push(...expanded.warnings);
    if (expanded.error) {
      fatal ??= 'macro processing error';
      return;
    }
    registerDbmsIn(expanded.value, scope, true);
  };

  const scanNamespace = (params: Map<string, string>, scope: MasterScope | undefined): void => {
    const classes = params.get('smtpd_restriction_classes');
    if (classes !== undefined) {
      const lookup: MacroLookup = (n) => params.get(n);
      const evaluated = macExpand(classes, lookup, { recurse: true }).value;
      for (const n of tokenize(evaluated)) flag(n, scope, false);
    }
    for (const [name, value] of [...params]) {
      const node = table.get(name);
      let dbms = false;
      if (node) {
        if (READONLY_PARAMETERS.has(name)) {
          warnings.push(`${scope ? masterPath : mainPath}: read-only parameter assignment: ${name}=${value}`);
          params.delete(name);
          continue;
        }
        dbms = node.class !== 'user';
        if (node.class === 'legacy') node.class = 'user';
        if (RAW_PARAMETERS.has(name)) continue;
      }
      scanValue(value, scope);
      if (dbms && fatal === undefined) registerDbms(value, scope);
      if (fatal !== undefined) return;
    }
  };

  if (input.registerUser === false) return { table, warnings };
  for (const m of masters) {
    scanNamespace(m.params, m);
    if (fatal !== undefined) return { table, warnings, fatal };
  }
  // Defaults of parameters that main.cf leaves alone may reference (legacy) names.
  for (const [name, node] of table) {
    if (RAW_PARAMETERS.has(name) || main.has(name) || node.defaultValue === undefined) continue;
    // Built-in defaults name obsolete parameters for compatibility; postconf does not call those undefined.
    scanValue(node.defaultValue, undefined, true);
  }
  scanNamespace(main, undefined);
  const result: ParameterUniverse = { table, warnings };
  if (fatal !== undefined) result.fatal = fatal;
  return result;
}

/** pcf_flag_unused_*_parameters(): the "unused parameter" warnings. */
export function unusedParameterWarnings(
  universe: ParameterUniverse,
  main: Map<string, string>,
  masters: readonly MasterScope[],
  configDir: string,
): string[] {
  const out: string[] = [];
  for (const [name, value] of main) {
    if (!universe.table.has(name)) out.push(`${configDir}/main.cf: unused parameter: ${name}=${value}`);
  }
  out.push(...unusedMasterParameterWarnings(universe, masters, configDir));
  return out;
}

export function unusedMasterParameterWarnings(universe: ParameterUniverse, masters: readonly MasterScope[], configDir: string): string[] {
  const out: string[] = [];
  for (const m of masters) {
    for (const [name, value] of m.params) {
      if (!universe.table.has(name) && !m.validNames.has(name)) {
        out.push(`${configDir}/master.cf: unused parameter: ${name}=${value}`);
      }
    }
  }
  return out;
}
