/**
 * OpenSSL's selection test (ssl_cipher_apply_rule): a suite matches a pattern when, for every
 * non-zero mask of the pattern, the suite's bit is in it; an explicit suite id must be equal; a
 * protocol part must equal the suite's min_tls.
 */
import type { CipherAlias } from './aliases.js';
import { DEFAULT_MASK, PROTOCOL_ORDER, STRONG_MASK } from './masks.js';
import type { SuiteMasks } from './suite.js';

export interface Pattern {
  /** Explicit suite id, 0 for none. */
  id: number;
  mkey: number;
  auth: number;
  enc: number;
  mac: number;
  /** 0 for none. */
  minTls: number;
  strength: number;
}

export function patternMatches(p: Pattern, id: number, s: SuiteMasks): boolean {
  if (p.id !== 0 && p.id !== id) return false;
  if (p.mkey && !(p.mkey & s.mkey)) return false;
  if (p.auth && !(p.auth & s.auth)) return false;
  if (p.enc && !(p.enc & s.enc)) return false;
  if (p.mac && !(p.mac & s.mac)) return false;
  if (p.minTls && p.minTls !== s.minTls) return false;
  if (p.strength & STRONG_MASK && !(p.strength & STRONG_MASK & s.strength)) return false;
  if (p.strength & DEFAULT_MASK && !(p.strength & DEFAULT_MASK & s.strength)) return false;
  return true;
}

export function aliasPattern(a: CipherAlias): Pattern {
  return { id: 0, mkey: a.mkey, auth: a.auth, enc: a.enc, mac: a.mac, minTls: a.minTls ? PROTOCOL_ORDER[a.minTls] : 0, strength: a.strength };
}

/** Whether the alias used on its own selects a suite with these masks. */
export function aliasMatches(a: CipherAlias, s: SuiteMasks): boolean {
  return patternMatches(aliasPattern(a), -1, s);
}
