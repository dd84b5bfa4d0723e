/**
 * Postfix's TLS protocol-list evaluator (`*_tls_protocols`, `*_tls_mandatory_protocols`, policy
 * `protocols=`), reference postfix-semantics §3.1-§3.5; S:v3.7.11 src/tls/tls_misc.c
 * tls_proto_mask_lims() and parse_tls_version().
 *
 * The result is the set of protocol versions a peer can negotiate given Postfix's settings alone,
 * "as if the TLS library allowed them all" (SSLv2 is never negotiable with OpenSSL >= 1.1, so it is
 * not part of the answer even though Postfix knows the name).
 */
import { compareVersions, parseVersion } from '../postfix/defaults/index.js';

/** The versions the answer can contain, oldest first. */
export const TLS_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type TlsProtocol = (typeof TLS_PROTOCOLS)[number];

/** Wire versions (SSL3_VERSION ... TLS1_3_VERSION). */
const WIRE_VERSION: Readonly<Record<TlsProtocol, number>> = {
  SSLv3: 0x0300,
  TLSv1: 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
};

export interface ProtocolListOptions {
  /**
   * Target Postfix version ("3.7", "3.5.9", ...). Decides whether `>=`/`<=` exist (3.6+, §3.4) and
   * whether TLSv1.3 is a known name (3.4+, §3.1). Default: "3.7".
   */
  postfixVersion?: string;
  /** Override: whether `>=`/`<=` range tokens are understood (default from postfixVersion). */
  rangeSyntax?: boolean;
  /** Override: whether Postfix knows the name TLSv1.3 (default from postfixVersion). */
  tls13Known?: boolean;
}

export interface ProtocolListResult {
  /** The list as evaluated. */
  value: string;
  /** false: Postfix rejects the whole list and disables TLS (§3.5). */
  valid: boolean;
  /** The first token that made the list invalid. */
  invalidToken?: string;
  /** Why that token is invalid, in our words. */
  invalidReason?: string;
  /** What the daemon logs for an invalid list (server role; the client says "aborting TLS session"). */
  postfixWarning?: string;
  /** Versions a peer can negotiate, oldest first; [] when invalid or nothing is left. */
  enabled: TlsProtocol[];
  /** Valid list, but nothing is left: every handshake fails with "no protocols available" (§3.2). */
  noProtocolsAvailable: boolean;
  /** Names listed without "!" (include list: every other known protocol is disabled). */
  included: string[];
  /** Names listed with "!". */
  excluded: string[];
  /** The `>=` floor as a wire version, 0 = none. */
  floor: number;
  /** The `<=` ceiling as a wire version, 0 = none. */
  ceiling: number;
  /** A `>=`/`<=` operand that OpenSSL rejects (for example 0x0305): Postfix ignores it silently (§3.1). */
  ignoredBounds: string[];
  /** TLSv1.3 stays enabled only because this Postfix version cannot exclude it (§3.1, pre-3.4). */
  tls13NotExcludable: boolean;
}

/** Postfix's list separators: CHARS_COMMA_SP ", \t\r\n" plus ":" (tls_misc.c). */
const SEPARATORS = /[, \t\r\n:]+/;

/** protocol_table: names usable as NAME and !NAME (case-insensitive, name_code()). */
const PROTOCOL_NAMES = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** tls_version_table: operands of >= and <= ("None" is 0; SSLv2 is not allowed). */
const VERSION_NAMES: ReadonlyMap<string, number> = new Map([
  ['none', 0],
  ['sslv3', 0x0300],
  ['tlsv1', 0x0301],
  ['tlsv1.1', 0x0302],
  ['tlsv1.2', 0x0303],
  ['tlsv1.3', 0x0304],
]);

/** What a Postfix version understands, per version string (a handful per process). */
const featuresByVersion = new Map<string, { range: boolean; tls13: boolean }>();

function versionFeatures(options: ProtocolListOptions): { range: boolean; tls13: boolean } {
  const version = options.postfixVersion ?? '3.7';
  let f = featuresByVersion.get(version);
  if (!f) {
    const v = parseVersion(version);
    const atLeast = (x: string): boolean => (v ? compareVersions(v, x) >= 0 : true);
    f = { range: atLeast('3.6'), tls13: atLeast('3.4') };
    if (featuresByVersion.size >= 64) featuresByVersion.clear();
    featuresByVersion.set(version, f);
  }
  return {
    range: options.rangeSyntax ?? f.range,
    tls13: options.tls13Known ?? f.tls13,
  };
}

function canonicalName(token: string, tls13: boolean): string | undefined {
  const lower = token.toLowerCase();
  const name = PROTOCOL_NAMES.find((n) => n.toLowerCase() === lower);
  if (name === 'TLSv1.3' && !tls13) return undefined;
  return name;
}

/**
 * parse_tls_version(): a tls_version_table name, else a hex number read by strtoul(..., 16), which
 * also takes an optional "0x" and sign; the whole operand must be consumed and fit in an int.
 * An empty operand is strtoul("") = 0, i.e. no limit (§3.1, LAB p10011).
 */
function parseBound(operand: string, tls13: boolean): number | undefined {
  const named = VERSION_NAMES.get(operand.toLowerCase());
  if (named !== undefined && (named !== 0x0304 || tls13)) return named;
  if (operand === '') return 0;
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]+)$/.exec(operand);
  if (!m) return undefined;
  let n = Number.parseInt(m[2] as string, 16);
  if (!Number.isFinite(n)) return undefined;
  if (m[1] === '-') {
    // strtoul negates in unsigned arithmetic: -0 is 0, anything else wraps above INT_MAX.
    if (n === 0) return 0;
    return undefined;
  }
  if (n > 0x7fffffff) return undefined;
  return n;
}

/** OpenSSL's SSL_CTX_set_min/max_proto_version() accept 0 or SSL3_VERSION..TLS1_3_VERSION. */
const opensslAcceptsBound = (v: number): boolean => v === 0 || (v >= 0x0300 && v <= 0x0304);

/**
 * Answers by list and version features: a set's services and rules ask about the same few lists again
 * and again. The answers are frozen (callers only read them); the cache is emptied when it grows large.
 */
const evaluatedLists = new Map<string, ProtocolListResult>();
const MAX_EVALUATED_LISTS = 512;

export function evaluateProtocolList(value: string, options: ProtocolListOptions = {}): ProtocolListResult {
  const features = versionFeatures(options);
  const key = `${features.range ? 'r' : '-'}${features.tls13 ? 't' : '-'}${value}`;
  let r = evaluatedLists.get(key);
  if (r === undefined) {
    if (evaluatedLists.size >= MAX_EVALUATED_LISTS) evaluatedLists.clear();
    r = deepFreeze(evaluate(value, features));
    evaluatedLists.set(key, r);
  }
  return r;
}

function deepFreeze(r: ProtocolListResult): ProtocolListResult {
  for (const a of [r.enabled, r.included, r.excluded, r.ignoredBounds]) Object.freeze(a);
  return Object.freeze(r);
}

function evaluate(value: string, features: { range: boolean; tls13: boolean }): ProtocolListResult {
  const included = new Set<string>();
  const excluded = new Set<string>();
  let floor = 0;
  let ceiling = 0;
  const ignoredBounds: string[] = [];
  let floorToken = '';
  let ceilingToken = '';
  const tokens = value.split(SEPARATORS).filter((t) => t.length > 0);

  const invalid = (token: string, reason: string): ProtocolListResult => ({
    value,
    valid: false,
    invalidToken: token,
    invalidReason: reason,
    postfixWarning: `Invalid TLS protocol list "${value}": disabling TLS support`,
    enabled: [],
    noProtocolsAvailable: false,
    included: [...included],
    excluded: [...excluded],
    floor,
    ceiling,
    ignoredBounds,
    tls13NotExcludable: false,
  });

  for (const token of tokens) {
    const op = token.startsWith('>=') ? '>=' : token.startsWith('<=') ? '<=' : undefined;
    if (op && features.range) {
      const bound = parseBound(token.slice(2), features.tls13);
      if (bound === undefined) return invalid(token, `"${token.slice(2)}" is neither a protocol version name nor a hex version number`);
      // A later bound replaces an earlier one, even one that OpenSSL then refuses.
      if (op === '>=') floorToken = token;
      else ceilingToken = token;
      if (op === '>=') floor = bound;
      else ceiling = bound;
      continue;
    }
    const negated = token.startsWith('!');
    const name = canonicalName(negated ? token.slice(1) : token, features.tls13);
    if (name === undefined) {
      let reason = `"${negated ? token.slice(1) : token}" is not a protocol name (SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2${features.tls13 ? ', TLSv1.3' : ''})`;
      if (op) reason = `">=" and "<=" exist only in Postfix 3.6 and later; here "${token}" is an unknown protocol name`;
      return invalid(token, reason);
    }
    (negated ? excluded : included).add(name);
  }

  // SSL_CTX_set_min/max_proto_version() fail for versions OpenSSL does not know: no limit then,
  // and Postfix 3.7 logs nothing (§3.1, LAB p10055).
  if (!opensslAcceptsBound(floor)) {
    ignoredBounds.push(floorToken);
    floor = 0;
  }
  if (!opensslAcceptsBound(ceiling)) {
    ignoredBounds.push(ceilingToken);
    ceiling = 0;
  }

  // With an include list, every KNOWN protocol not listed is excluded (tls_misc.c; §3.1).
  const known = PROTOCOL_NAMES.filter((n) => n !== 'TLSv1.3' || features.tls13);
  const disabled = new Set(excluded);
  if (included.size > 0) for (const n of known) if (!included.has(n)) disabled.add(n);
  const tls13NotExcludable = !features.tls13 && included.size > 0 && !excluded.has('TLSv1.3');

  const enabled = TLS_PROTOCOLS.filter((p) => {
    const wire = WIRE_VERSION[p];
    if (floor !== 0 && wire < floor) return false;
    if (ceiling !== 0 && wire > ceiling) return false;
    return !disabled.has(p);
  });
  return {
    value,
    valid: true,
    enabled,
    noProtocolsAvailable: enabled.length === 0,
    included: [...included],
    excluded: [...excluded],
    floor,
    ceiling,
    ignoredBounds,
    tls13NotExcludable,
  };
}

/** "TLSv1.2" for 0x0303; hex for anything else. */
export function protocolOfWireVersion(v: number): string {
  const p = TLS_PROTOCOLS.find((x) => WIRE_VERSION[x] === v);
  return p ?? `0x${v.toString(16).padStart(4, '0')}`;
}
