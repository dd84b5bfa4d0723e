/**
 * OpenSSL 3.0 cipher-string evaluation (ssl/ssl_ciph.c ssl_create_cipher_list and
 * ssl_cipher_process_rulestr), reproduced step by step so that the ordered list equals what
 * `openssl ciphers -v STRING` prints after its TLS 1.3 lines, failures included.
 *
 * Surprising OpenSSL behaviour modelled here (each one checked by test/tls/cipher-evaluate*.test.ts):
 * - Items are separated by ':', ',', ' ' or ';' but need no separator after a recognized word
 *   ("HIGH!aNULL" is two items). A word is [A-Za-z0-9.=-]+; "_" is not a word character in 3.0,
 *   so IANA names never match and any other character (tab, "_", "#", "/") is an
 *   "invalid command" that fails the whole string.
 * - Unknown words are skipped up to the next separator, silently. Names are case-sensitive.
 * - "A+B" ANDs the masks of A and B per category; if a category's AND is empty, or the first word
 *   is unknown, the item matches nothing. A '+' after a recognized word that is not followed by
 *   another word is an "invalid command".
 * - "DEFAULT" is special only as a prefix of the whole string (even "DEFAULTX": the rest is
 *   read after the 7 letters); elsewhere it is an unknown word. Likewise "SUITEB128ONLY",
 *   "SUITEB128C2", "SUITEB128" and "SUITEB192" as a prefix replace the whole string.
 * - "-" disables but keeps the position (the most recently disabled get the best position for a
 *   later add); "!" removes for good; "+" moves enabled matches to the end; adding never moves an
 *   already enabled suite.
 * - "@STRENGTH" stable-sorts the enabled suites by strength bits; "@SECLEVEL=n" (n = 0..5) sets
 *   the security level; any other "@" word fails the string (processing continues, the result
 *   is an error).
 */
import {
  CIPHER_ALIASES,
  DISABLED_DEFAULT_PROVIDER,
  DISABLED_WITH_LEGACY_PROVIDER,
  OPENSSL_DEFAULT_CIPHER_LIST,
  OPENSSL_DEFAULT_TLS13_CIPHERSUITES,
  type CipherAlias,
  type DisabledMasks,
} from './aliases.js';
import { encMask, macMask, mkeyMask, authMask, DEFAULT_MASK, STRONG_MASK, PROTOCOL_ORDER, not } from './masks.js';
import { aliasPattern, patternMatches, type Pattern } from './match.js';
import { suiteMasks, type CipherSuite, type SuiteMasks, type Tls13Suite } from './suite.js';
import { CIPHER_SUITES, TLS13_SUITES } from './table.js';

export interface EvaluateOptions {
  /** The OpenSSL legacy provider is loaded (enables the SEED suites). Default false. */
  legacyProvider?: boolean;
  /** TLS 1.3 suites configured with SSL_CTX_set_ciphersuites; default OpenSSL's default list. */
  tls13Ciphersuites?: readonly string[];
}

export type CipherStringError = 'no cipher match' | 'invalid command';

export type CipherListResult =
  | {
      ok: true;
      /** TLS <= 1.2 suites in OpenSSL's preference order. */
      suites: CipherSuite[];
      /** TLS 1.3 suites (not affected by the cipher string). */
      tls13: Tls13Suite[];
      /** Security level set by "@SECLEVEL=n", if the string has one (the last one wins). */
      secLevel?: number;
    }
  | { ok: false; error: CipherStringError; message: string; secLevel?: number };

interface Node {
  suite: CipherSuite;
  masks: SuiteMasks;
  active: boolean;
}

const enum Rule {
  Add,
  Kill,
  Del,
  Ord,
  Special,
  Bump,
}

const ALL_SUITES = CIPHER_SUITES.map((suite) => ({ suite, masks: suiteMasks(suite) }));

function availableAliases(d: DisabledMasks): Map<string, CipherAlias> {
  const map = new Map<string, CipherAlias>();
  for (const a of CIPHER_ALIASES) {
    // ssl_cipher_collect_aliases: an alias whose bits in a category are all disabled is dropped.
    if (a.mkey && !(a.mkey & not(d.mkey))) continue;
    if (a.auth && !(a.auth & not(d.auth))) continue;
    if (a.enc && !(a.enc & not(d.enc))) continue;
    if (a.mac && !(a.mac & not(d.mac))) continue;
    map.set(a.name, a);
  }
  return map;
}

const ALIASES_DEFAULT = availableAliases(DISABLED_DEFAULT_PROVIDER);
const ALIASES_LEGACY = availableAliases(DISABLED_WITH_LEGACY_PROVIDER);

const pattern = (p: Partial<Pattern>): Pattern => ({ id: 0, mkey: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0, ...p });

/** The doubly linked list of ssl_create_cipher_list, as an array in list order. */
class CipherOrder {
  constructor(public list: Node[]) {}

  apply(rule: Rule, p: Pattern | { strengthBits: number }): void {
    const matches = (n: Node): boolean =>
      'strengthBits' in p ? n.suite.strengthBits === p.strengthBits : patternMatches(p, n.suite.id, n.masks);
    const moved: Node[] = [];
    const stay: Node[] = [];
    for (const n of this.list) {
      if (!matches(n)) {
        stay.push(n);
        continue;
      }
      switch (rule) {
        case Rule.Add:
          if (n.active) stay.push(n);
          else {
            n.active = true;
            moved.push(n);
          }
          break;
        case Rule.Ord:
        case Rule.Bump:
          (n.active ? moved : stay).push(n);
          break;
        case Rule.Del:
          if (n.active) {
            n.active = false;
            moved.push(n);
          } else stay.push(n);
          break;
        case Rule.Kill:
          n.active = false;
          break;
        default:
          stay.push(n);
      }
    }
    // ADD/ORD append at the tail; DEL/BUMP walk backwards prepending, which keeps list order.
    this.list = rule === Rule.Del || rule === Rule.Bump ? [...moved, ...stay] : [...stay, ...moved];
  }

  /** ssl_cipher_strength_sort: enabled suites, by strength bits descending, to the end. */
  strengthSort(): void {
    const bits = [...new Set(this.list.filter((n) => n.active).map((n) => n.suite.strengthBits))].sort((a, b) => b - a);
    for (const b of bits) this.apply(Rule.Ord, { strengthBits: b });
  }
}

/** The list OpenSSL starts from before reading a cipher string: every suite, disabled, in its default preference order. */
function initialOrder(legacy: boolean): CipherOrder {
  const disabled = legacy ? DISABLED_WITH_LEGACY_PROVIDER : DISABLED_DEFAULT_PROVIDER;
  const nodes: Node[] = ALL_SUITES.filter(
    ({ masks: m }) => !(m.mkey & disabled.mkey) && !(m.auth & disabled.auth) && !(m.enc & disabled.enc) && !(m.mac & disabled.mac),
  )
    // ssl3_get_cipher hands out the id-sorted table from the end.
    .sort((a, b) => b.suite.id - a.suite.id)
    .map(({ suite, masks }) => ({ suite, masks, active: false }));
  const o = new CipherOrder(nodes);
  const kECDHE = mkeyMask('kECDHE');
  o.apply(Rule.Add, pattern({ mkey: kECDHE, auth: authMask('aECDSA') }));
  o.apply(Rule.Add, pattern({ mkey: kECDHE }));
  o.apply(Rule.Del, pattern({ mkey: kECDHE }));
  const AESGCM = encMask('AES128GCM', 'AES256GCM');
  const AES = encMask('AES128', 'AES256', 'AES128GCM', 'AES256GCM', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8');
  o.apply(Rule.Add, pattern({ enc: AESGCM }));
  o.apply(Rule.Add, pattern({ enc: encMask('CHACHA20POLY1305') }));
  o.apply(Rule.Add, pattern({ enc: (AES ^ AESGCM) >>> 0 }));
  o.apply(Rule.Add, pattern({}));
  o.apply(Rule.Ord, pattern({ mac: macMask('MD5') }));
  o.apply(Rule.Ord, pattern({ auth: authMask('aNULL') }));
  o.apply(Rule.Ord, pattern({ mkey: mkeyMask('kRSA') }));
  o.apply(Rule.Ord, pattern({ mkey: mkeyMask('kPSK') }));
  o.apply(Rule.Ord, pattern({ enc: encMask('RC4') }));
  o.strengthSort();
  const fs = mkeyMask('kDHE', 'kECDHE');
  o.apply(Rule.Bump, pattern({ minTls: PROTOCOL_ORDER['TLSv1.2'] }));
  o.apply(Rule.Bump, pattern({ mac: macMask('AEAD') }));
  o.apply(Rule.Bump, pattern({ mkey: fs }));
  o.apply(Rule.Bump, pattern({ mkey: fs, mac: macMask('AEAD') }));
  o.apply(Rule.Del, pattern({}));
  return o;
}

/** Made on first use: the legacy provider's list is rarely needed, and every worker thread pays for what is made at import. */
const initialOrders: { default?: CipherOrder; legacy?: CipherOrder } = {};

const isSep = (c: string | undefined): boolean => c === ':' || c === ' ' || c === ';' || c === ',';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9.=-]$/.test(c);

type Entry = { kind: 'suite'; suite: CipherSuite; masks: SuiteMasks } | { kind: 'alias'; alias: CipherAlias };

interface ProcessState {
  order: CipherOrder;
  lookup: (word: string) => Entry | undefined;
  secLevel?: number;
}

/** ssl_cipher_process_rulestr: false when OpenSSL reports "invalid command". */
function processRuleString(str: string, st: ProcessState): boolean {
  let retval = true;
  let i = 0;
  const n = str.length;
  for (;;) {
    if (i >= n) break;
    const ch = str[i];
    let rule: Rule;
    if (ch === '-') {
      rule = Rule.Del;
      i++;
    } else if (ch === '+') {
      rule = Rule.Ord;
      i++;
    } else if (ch === '!') {
      rule = Rule.Kill;
      i++;
    } else if (ch === '@') {
      rule = Rule.Special;
      i++;
    } else rule = Rule.Add;
    if (isSep(ch)) {
      i++;
      continue;
    }
    const p = pattern({});
    let found = false;
    let word = '';
    for (;;) {
      const start = i;
      while (i < n && isWordChar(str[i])) i++;
      if (i === start) return false; // SSL_R_INVALID_COMMAND, processing stops
      word = str.slice(start, i);
      if (rule === Rule.Special) break;
      let multi = false;
      if (str[i] === '+') {
        multi = true;
        i++;
      }
      const e = st.lookup(word);
      if (!e) {
        found = false;
        break;
      }
      found = true;
      const m =
        e.kind === 'suite'
          ? { mkey: e.masks.mkey, auth: e.masks.auth, enc: e.masks.enc, mac: e.masks.mac, strength: e.masks.strength }
          : e.alias;
      if (!combine(p, 'mkey', m.mkey) || !combine(p, 'auth', m.auth) || !combine(p, 'enc', m.enc) || !combine(p, 'mac', m.mac)) {
        found = false;
        break;
      }
      if (m.strength & STRONG_MASK) {
        if (p.strength & STRONG_MASK) {
          p.strength &= (m.strength & STRONG_MASK) | ~STRONG_MASK;
          if (!(p.strength & STRONG_MASK)) {
            found = false;
            break;
          }
        } else p.strength = m.strength & STRONG_MASK;
      }
      if (m.strength & DEFAULT_MASK) {
        if (p.strength & DEFAULT_MASK) {
          p.strength &= (m.strength & DEFAULT_MASK) | ~DEFAULT_MASK;
          if (!(p.strength & DEFAULT_MASK)) {
            found = false;
            break;
          }
        } else p.strength |= m.strength & DEFAULT_MASK;
      }
      if (e.kind === 'suite') {
        // An explicit suite: its protocol version does not become part of the pattern.
        p.id = e.suite.id;
      } else if (e.alias.minTls) {
        const v = PROTOCOL_ORDER[e.alias.minTls];
        if (p.minTls !== 0 && p.minTls !== v) {
          found = false;
          break;
        }
        p.minTls = v;
      }
      if (!multi) break;
    }
    if (rule === Rule.Special) {
      let ok = false;
      if (word.length === 8 && word.startsWith('STRENGTH')) {
        st.order.strengthSort();
        ok = true;
      } else if (word.length === 10 && word.startsWith('SECLEVEL=')) {
        const level = word.charCodeAt(9) - 48;
        if (level >= 0 && level <= 5) {
          st.secLevel = level;
          ok = true;
        }
      }
      if (!ok) retval = false;
      while (i < n && !isSep(str[i])) i++;
    } else if (found) {
      st.order.apply(rule, p);
    } else {
      while (i < n && !isSep(str[i])) i++;
    }
    if (i >= n) break;
  }
  return retval;
}

function combine(p: Pattern, key: 'mkey' | 'auth' | 'enc' | 'mac', mask: number): boolean {
  if (!mask) return true;
  if (p[key]) {
    p[key] = (p[key] & mask) >>> 0;
    return p[key] !== 0;
  }
  p[key] = mask >>> 0;
  return true;
}

/** check_suiteb_cipher_list: a Suite B prefix replaces the whole string. */
function suiteBRewrite(str: string): string {
  if (str.startsWith('SUITEB128ONLY')) return 'ECDHE-ECDSA-AES128-GCM-SHA256';
  if (str.startsWith('SUITEB128C2')) return 'ECDHE-ECDSA-AES256-GCM-SHA384';
  if (str.startsWith('SUITEB128')) return 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384';
  if (str.startsWith('SUITEB192')) return 'ECDHE-ECDSA-AES256-GCM-SHA384';
  return str;
}

const TLS13_BY_NAME = new Map(TLS13_SUITES.map((s) => [s.name, s]));

/**
 * Evaluate an OpenSSL cipher string as SSL_CTX_set_cipher_list() does on OpenSSL 3.0.
 * Never throws; OpenSSL's failures come back as { ok: false }.
 */
export function evaluateCipherString(cipherString: string, options: EvaluateOptions = {}): CipherListResult {
  const legacy = options.legacyProvider ?? false;
  const initial = legacy ? (initialOrders.legacy ??= initialOrder(true)) : (initialOrders.default ??= initialOrder(false));
  const order = new CipherOrder(initial.list.map((n) => ({ ...n })));
  const byName = new Map(order.list.map((n) => [n.suite.name, n]));
  const aliases = legacy ? ALIASES_LEGACY : ALIASES_DEFAULT;
  const st: ProcessState = {
    order,
    lookup: (word) => {
      const node = byName.get(word);
      if (node) return { kind: 'suite', suite: node.suite, masks: node.masks };
      const alias = aliases.get(word);
      return alias ? { kind: 'alias', alias } : undefined;
    },
  };
  let rest = suiteBRewrite(cipherString);
  let ok = true;
  if (rest.startsWith('DEFAULT')) {
    ok = processRuleString(OPENSSL_DEFAULT_CIPHER_LIST, st);
    rest = rest.slice(7);
    if (rest.startsWith(':')) rest = rest.slice(1);
  }
  if (ok && rest !== '') ok = processRuleString(rest, st);
  const secLevel = st.secLevel === undefined ? {} : { secLevel: st.secLevel };
  if (!ok) return { ok: false, error: 'invalid command', message: 'ssl_cipher_process_rulestr:invalid command', ...secLevel };
  const suites = st.order.list.filter((n) => n.active).map((n) => n.suite);
  if (suites.length === 0) return { ok: false, error: 'no cipher match', message: 'SSL_CTX_set_cipher_list:no cipher match', ...secLevel };
  const tls13 = (options.tls13Ciphersuites ?? OPENSSL_DEFAULT_TLS13_CIPHERSUITES)
    .map((name) => TLS13_BY_NAME.get(name))
    .filter((s): s is Tls13Suite => s !== undefined);
  return { ok: true, suites, tls13, ...secLevel };
}

/** The names of the ciphers evaluateCipherString selects, or the error. */
export function cipherNames(cipherString: string, options: EvaluateOptions = {}): string[] | CipherStringError {
  const r = evaluateCipherString(cipherString, options);
  return r.ok ? r.suites.map((s) => s.name) : r.error;
}
