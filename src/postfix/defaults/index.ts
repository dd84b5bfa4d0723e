/**
 * Built-in Postfix parameter defaults per version, as `postconf -d` prints them
 * (raw, unexpanded). 3.7 is the complete table of Debian's 3.7.11; other versions are
 * that table plus the documented deltas in deltas.ts (see there for scope and limits).
 */
import { DEFAULTS_DELTAS } from './deltas.js';
import { computeHostDerivedDefaults, HOST_DERIVED_PARAMETERS } from './host.js';
import { POSTFIX_3_7_TABLE, POSTFIX_3_7_VERSION } from './table-3.7.generated.js';
import { parseVersion, supportedMinorOf, type PostfixVersion } from './versions.js';

export {
  SUPPORTED_POSTFIX_VERSIONS,
  DEFAULT_POSTFIX_VERSION,
  parseVersion,
  compareVersions,
  isSupportedPostfixVersion,
  supportedMinorOf,
  type PostfixVersion,
} from './versions.js';
export { HOST_DERIVED_PARAMETERS, computeHostDerivedDefaults, subnetStyleNetworks, type HostFacts } from './host.js';
export { DEFAULTS_DELTAS, type DefaultsDelta } from './deltas.js';
export { serviceParameterDefaults } from './service-parameters.js';
export { POSTFIX_3_7_VERSION } from './table-3.7.generated.js';

export interface BuiltinDefaultsOptions {
  /**
   * OpenSSL version Postfix was built with; default "3.0". Only Postfix >= 3.11 with
   * OpenSSL >= 3.5 changes a default here (REF §4.2: tls_eecdh_auto_curves =
   * ?X25519MLKEM768:DEFAULT, tls_ffdhe_auto_groups empty).
   */
  openssl?: string;
}

const cache = new Map<string, ReadonlyMap<string, string>>();
/** The tables by version string as the caller wrote it, with the default OpenSSL (every model build asks). */
const byVersionString = new Map<string, ReadonlyMap<string, string>>();

/**
 * Raw (unexpanded) built-in default of every parameter the given version knows, as
 * `postconf -d` prints it. `version` is "3.7", "3.10" or with a patch level "3.6.9"
 * (a bare minor version means its latest patch release; "3.7" is 3.7.11). Host-derived
 * values (HOST_DERIVED_PARAMETERS) are computed on this machine. Parameters postconf
 * derives from master.cf services are not included: see serviceParameterDefaults().
 * Throws RangeError for versions outside SUPPORTED_POSTFIX_VERSIONS.
 */
export function builtinDefaults(version: string, options: BuiltinDefaultsOptions = {}): ReadonlyMap<string, string> {
  if (options.openssl === undefined) {
    const known = byVersionString.get(version);
    if (known) return known;
  }
  const parsed = parseVersion(version);
  const minor = parsed && supportedMinorOf(parsed);
  if (!parsed || !minor) throw new RangeError(`unsupported Postfix version: ${JSON.stringify(version)}`);
  const openssl = options.openssl ?? '3.0';
  const key = `${version.trim()}|${openssl}`;
  let map = cache.get(key);
  if (!map) {
    map = freeze(build(parsed, minor, openssl));
    cache.set(key, map);
  }
  if (options.openssl === undefined) {
    if (byVersionString.size >= 64) byVersionString.clear();
    byVersionString.set(version, map);
  }
  return map;
}

/** Whether `name` is a built-in parameter of `version` (same version rules as builtinDefaults). */
export function parameterExistsIn(name: string, version: string): boolean {
  return builtinDefaults(version).has(name);
}

/** The host-derived values, worked out once per process (every version's table holds the same ones). */
let hostDefaults: Map<string, string> | undefined;

function build(v: PostfixVersion, minor: string, openssl: string): Map<string, string> {
  const host = (hostDefaults ??= computeHostDerivedDefaults());
  // The table's null values are those of HOST_DERIVED_PARAMETERS (generate-3.7-table.mjs writes them).
  const map = new Map(POSTFIX_3_7_TABLE) as Map<string, string>;
  for (const name of HOST_DERIVED_PARAMETERS) if (map.get(name) === null) map.set(name, host.get(name) ?? '');
  // Names the deltas add to 3.7's (sorted) table; they are merged in below instead of sorting it all.
  const added = new Set<string>();
  const set = (name: string, value: string): void => {
    if (!map.has(name)) added.add(name);
    map.set(name, value);
  };
  for (const delta of DEFAULTS_DELTAS) {
    if (!delta.applies(v)) continue;
    for (const name of delta.remove ?? []) {
      map.delete(name);
      added.delete(name);
    }
    const values = delta.set;
    if (values) for (const name in values) set(name, values[name] as string);
  }
  const ossl = parseVersion(openssl);
  if (ossl && v.major * 1000 + v.minor >= 3011 && (ossl.major > 3 || (ossl.major === 3 && ossl.minor >= 5))) {
    set('tls_eecdh_auto_curves', '?X25519MLKEM768:DEFAULT');
    set('tls_ffdhe_auto_groups', '');
  }
  // mail_version is compiled in: 3.7 is the Debian oracle; otherwise the version asked for.
  if (minor !== '3.7' || v.patch !== undefined) {
    set('mail_version', v.patch !== undefined ? `${v.major}.${v.minor}.${v.patch}` : minor);
  } else {
    set('mail_version', POSTFIX_3_7_VERSION);
  }
  return inNameOrder(map, added);
}

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The map's entries in name order (postconf -d's): the table's own names are in that order already, so
 * only the names the deltas added are sorted and merged in.
 */
function inNameOrder(map: Map<string, string>, added: ReadonlySet<string>): Map<string, string> {
  // The generated table is sorted (test/postfix/defaults.test.ts checks): without added names, so is the map.
  if (added.size === 0) return map;
  const extra = [...added].sort(compareNames);
  const out = new Map<string, string>();
  let next = 0;
  for (const [name, value] of map) {
    if (added.has(name)) continue;
    while (next < extra.length && (extra[next] as string) < name) {
      const e = extra[next++] as string;
      out.set(e, map.get(e) as string);
    }
    out.set(name, value);
  }
  while (next < extra.length) {
    const e = extra[next++] as string;
    out.set(e, map.get(e) as string);
  }
  return out;
}

/** The map itself, with set, delete and clear refused. */
function freeze(map: Map<string, string>): ReadonlyMap<string, string> {
  const deny = (): never => {
    throw new TypeError('builtinDefaults() maps are read-only');
  };
  Object.defineProperties(map, { set: { value: deny }, delete: { value: deny }, clear: { value: deny } });
  return map;
}
