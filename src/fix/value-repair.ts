/**
 * Repairs of single values that Postfix refuses (issue 5 §4): the valid value nearest in intent,
 * or undefined when the intent is not clear. Never a guess: a value with two equally close
 * candidates, or one that names something Postfix cannot do, gets no repair.
 */
import { evaluateProtocolList, TLS_PROTOCOLS, type TlsProtocol } from '../tls/protocols.js';
import { versionAtLeast } from './protocols.js';

/** Edit distance: insert, delete, substitute, or swap two neighbours ("hihg"), 1 each. */
export function editDistance(a: string, b: string): number {
  // Three rolling rows of the table (the swap looks two rows back).
  let before = new Array<number>(b.length + 1).fill(0);
  let up = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] as number) + 1);
      row[j] = v;
    }
    [before, up, row] = [up, row, before];
  }
  return up[b.length] as number;
}

/**
 * A lower bound of editDistance (and of the Levenshtein distance): the characters one string has
 * that the other lacks (as multisets), the larger of the two counts. No operation lowers that by
 * more than 1, so a candidate whose bound exceeds the distance asked for needs no table.
 * Characters are counted by code modulo 128 (two characters sharing a count only lower the bound).
 */
export function distanceLowerBound(a: string, b: string): number {
  const counts = new Int32Array(128);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]! += 1;
  let onlyInB = 0;
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 127;
    if (counts[k]! > 0) counts[k]! -= 1;
    else onlyInB++;
  }
  // b.length - onlyInB characters are shared; the rest of a is only in a.
  return Math.max(onlyInB, a.length - b.length + onlyInB);
}

/**
 * The one candidate closest to `word` within `maxDistance`, or undefined when none is that close or
 * two share the smallest distance (ambiguous: no guess).
 */
export function uniqueClosest(word: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const c of candidates) {
    // A candidate further than maxDistance never decides: it cannot be the answer nor tie with it.
    if (Math.abs(c.length - word.length) > maxDistance || distanceLowerBound(word, c) > maxDistance) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD && c !== best) {
      tie = true;
    }
  }
  return best !== undefined && bestD <= maxDistance && !tie ? best : undefined;
}

const TRUE_WORDS = new Set(['true', 'on', '1', 'y', 'enable', 'enabled', 'yes.']);
const FALSE_WORDS = new Set(['false', 'off', '0', 'n', 'disable', 'disabled', 'no.']);

/** "yes"/"no" for a boolean Postfix refuses (true, on, 1...); undefined when the intent is unclear (empty, "maybe"). */
export function repairBoolean(value: string): 'yes' | 'no' | undefined {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return 'yes';
  if (FALSE_WORDS.has(v)) return 'no';
  if (v.length >= 2) return uniqueClosest(v, ['yes', 'no'], 1) as 'yes' | 'no' | undefined;
  return undefined;
}

export const SERVER_LEVELS = ['none', 'may', 'encrypt'] as const;
export const CLIENT_LEVELS = ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure'] as const;

/** Words people write for a level that have exactly one meaning in Postfix. */
const LEVEL_SYNONYMS: Record<string, string> = {
  required: 'encrypt',
  require: 'encrypt',
  mandatory: 'encrypt',
  enforce: 'encrypt',
  opportunistic: 'may',
  optional: 'may',
};

/**
 * The level a typo or synonym means ("maybe" → "may", "encrpyt" → "encrypt", "required" → "encrypt"),
 * for a server (none/may/encrypt) or client parameter; undefined when ambiguous or unknown.
 */
export function repairSecurityLevel(value: string, kind: 'server' | 'client'): string | undefined {
  const v = value.trim().toLowerCase();
  if (v === '' || /\s/.test(v)) return undefined;
  const levels: readonly string[] = kind === 'server' ? SERVER_LEVELS : CLIENT_LEVELS;
  const synonym = LEVEL_SYNONYMS[v];
  if (synonym && levels.includes(synonym)) return synonym;
  return uniqueClosest(v, levels, v.length <= 4 ? 1 : 2);
}

const GRADES = ['high', 'medium', 'low', 'export', 'null'] as const;
/** OpenSSL keywords that name a Postfix grade (reference §6.1). */
const OPENSSL_GRADE_WORDS: Record<string, (typeof GRADES)[number]> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', EXPORT: 'export', ENULL: 'null', NULL: 'null' };

export interface GradeRepair {
  grade: (typeof GRADES)[number];
  /** Suites the OpenSSL string removed ("!aNULL" → "aNULL"): they belong in *_exclude_ciphers. */
  exclusions: string[];
}

/**
 * The grade an invalid *_ciphers value means: a typo of a grade ("hgih"), or an OpenSSL cipher
 * string that starts from exactly one grade keyword ("HIGH:!aNULL:!MD5" → high, exclusions aNULL, MD5).
 * undefined for anything else (an explicit suite list cannot be a grade: it belongs in tls_*_cipherlist).
 */
export function repairCipherGrade(value: string): GradeRepair | undefined {
  const v = value.trim();
  if (v === '' || v.includes('$')) return undefined;
  if (/^[A-Za-z]+$/.test(v)) {
    const g = uniqueClosest(v.toLowerCase(), GRADES, v.length <= 4 ? 1 : 2);
    return g ? { grade: g as GradeRepair['grade'], exclusions: [] } : undefined;
  }
  const tokens = v.split(/[:, \t]+/).filter((t) => t !== '');
  const grades = new Set<GradeRepair['grade']>();
  const exclusions: string[] = [];
  for (const t of tokens) {
    if (t.startsWith('@')) continue; // @STRENGTH, @SECLEVEL=n: ordering and security level, not a selection
    if (t.startsWith('!') || t.startsWith('-')) {
      const bare = t.slice(1);
      if (/^[A-Za-z0-9][A-Za-z0-9+_.-]*$/.test(bare)) exclusions.push(bare);
      else return undefined;
      continue;
    }
    const g = OPENSSL_GRADE_WORDS[t.replace(/^\+/, '').toUpperCase()];
    if (!g || t.startsWith('+')) return undefined; // a suite selection that no grade expresses
    grades.add(g);
  }
  if (grades.size !== 1) return undefined;
  return { grade: [...grades][0] as GradeRepair['grade'], exclusions };
}

/** A protocol name written the way people misremember it: TLSv1.0, TLS1.2, tlsv1_2, TLS 1.3... */
function repairProtocolName(word: string): string | undefined {
  const m = /^(?:tls|tlsv)[ _-]?v?1(?:[._](\d))?$/i.exec(word);
  if (m) {
    const minor = m[1];
    if (minor === undefined || minor === '0') return 'TLSv1';
    if (minor === '1' || minor === '2' || minor === '3') return `TLSv1.${minor}`;
    return undefined;
  }
  const s = /^sslv?([23])$/i.exec(word);
  if (s) return `SSLv${s[1]}`;
  return undefined;
}

export interface ProtocolListRepair {
  value: string;
  /** The lowest version the corrected list enables (the fix's floor before any policy raise). */
  lowest: TlsProtocol;
}

/**
 * A valid list with the intent of an invalid one: each token whose name is misspelt is corrected
 * ("TLSv1.0" → TLSv1, "-TLSv1" → !TLSv1), an exclusion of a version that does not exist is dropped,
 * trailing "#..." text is dropped; the versions the corrected list enables are then written as one
 * floor, `>=TLSv1.x` (3.6+) or `!SSLv2, !SSLv3, ...` (older), raised to `floor` when that is higher.
 * undefined when a token has no clear meaning or nothing would be enabled.
 */
export function repairProtocolList(value: string, postfixVersion: string, floor?: TlsProtocol | null): ProtocolListRepair | undefined {
  if (value.includes('$')) return undefined;
  const hash = value.search(/(^|\s)#/);
  const text = hash >= 0 ? value.slice(0, hash) : value;
  const tokens = text.split(/[, \t\r\n:]+/).filter((t) => t !== '');
  const out: string[] = [];
  const range = versionAtLeast(postfixVersion, '3.6');
  for (const t of tokens) {
    const m = /^(!|-|>=|<=)?(.*)$/.exec(t) as RegExpExecArray;
    const op = m[1] ?? '';
    const name = m[2] as string;
    if ((op === '>=' || op === '<=') && !range) return undefined; // range-syntax-before-3-6 decides those
    const known = /^(SSLv2|SSLv3|TLSv1|TLSv1\.[123])$/i.test(name) ? name : repairProtocolName(name);
    if (known === undefined) {
      // Excluding a version that does not exist (TLSv1.4) excludes nothing.
      if ((op === '!' || op === '-') && /^tlsv?1[._]\d+$/i.test(name)) continue;
      return undefined;
    }
    if (op === '-') out.push(`!${known}`);
    else if (op === '>=' && /^SSLv2$/i.test(known)) return undefined;
    else out.push(`${op}${known}`);
  }
  const corrected = out.join(', ');
  const list = evaluateProtocolList(corrected, { postfixVersion });
  // A ceiling (<=TLSv1.2) is an intent a floor cannot keep.
  if (!list.valid || list.noProtocolsAvailable || list.ceiling !== 0) return undefined;
  const enabled: TlsProtocol[] = list.enabled.filter((p) => p !== 'SSLv3');
  let lowest = TLS_PROTOCOLS.find((p) => enabled.includes(p));
  if (!lowest) return undefined;
  // A ceiling or a hole (e.g. <=TLSv1.2, !TLSv1.1) is an intent a single floor would not keep.
  const fromLowest = TLS_PROTOCOLS.slice(TLS_PROTOCOLS.indexOf(lowest));
  const contiguousToTop = fromLowest.every((p) => enabled.includes(p));
  const onlyIncludes = list.included.length > 0; // an include list means "these versions": keep them and add the newer ones
  if (!contiguousToTop && !onlyIncludes) return undefined;
  if (floor && TLS_PROTOCOLS.indexOf(floor) > TLS_PROTOCOLS.indexOf(lowest)) lowest = floor;
  return { value: floorList(postfixVersion, lowest), lowest };
}

/** "min and newer" in the target version's syntax (reference §3.4). */
export function floorList(postfixVersion: string, min: TlsProtocol): string {
  if (versionAtLeast(postfixVersion, '3.6')) return `>=${min}`;
  const below = ['SSLv2', ...TLS_PROTOCOLS.slice(0, TLS_PROTOCOLS.indexOf(min))];
  return below.map((p) => `!${p}`).join(', ');
}
