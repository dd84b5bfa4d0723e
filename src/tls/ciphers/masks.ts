/**
 * OpenSSL's internal algorithm bit masks for TLS <= 1.2 cipher suites and cipher-string
 * aliases (OpenSSL 3.0 ssl/ssl_local.h SSL_k*, SSL_a*, SSL_enc*, SSL_mac*, strength bits).
 * The numbering is ours; only the set semantics matter: every suite has exactly one bit in
 * each of mkey/auth/enc/mac, an alias may have several (or a complement), and the cipher-string
 * evaluator ANDs them (evaluate.ts).
 */

export const MKEY = {
  kRSA: 0x1,
  kDHE: 0x2,
  kECDHE: 0x4,
  kPSK: 0x8,
  kGOST: 0x10,
  kSRP: 0x20,
  kRSAPSK: 0x40,
  kECDHEPSK: 0x80,
  kDHEPSK: 0x100,
  kGOST18: 0x200,
} as const;
export type MkeyBit = keyof typeof MKEY;

export const AUTH = {
  aRSA: 0x1,
  aDSS: 0x2,
  aNULL: 0x4,
  aECDSA: 0x8,
  aPSK: 0x10,
  aGOST01: 0x20,
  aSRP: 0x40,
  aGOST12: 0x80,
} as const;
export type AuthBit = keyof typeof AUTH;

export const ENC = {
  DES: 0x1,
  '3DES': 0x2,
  RC4: 0x4,
  RC2: 0x8,
  IDEA: 0x10,
  eNULL: 0x20,
  AES128: 0x40,
  AES256: 0x80,
  CAMELLIA128: 0x100,
  CAMELLIA256: 0x200,
  GOST89: 0x400,
  SEED: 0x800,
  AES128GCM: 0x1000,
  AES256GCM: 0x2000,
  AES128CCM: 0x4000,
  AES256CCM: 0x8000,
  AES128CCM8: 0x10000,
  AES256CCM8: 0x20000,
  GOST8912: 0x40000,
  CHACHA20POLY1305: 0x80000,
  ARIA128GCM: 0x100000,
  ARIA256GCM: 0x200000,
  MAGMA: 0x400000,
  KUZNYECHIK: 0x800000,
} as const;
export type EncBit = keyof typeof ENC;

export const MAC = {
  MD5: 0x1,
  SHA1: 0x2,
  GOST94: 0x4,
  GOST89MAC: 0x8,
  SHA256: 0x10,
  SHA384: 0x20,
  AEAD: 0x40,
  GOST12_256: 0x80,
  GOST89MAC12: 0x100,
  GOST12_512: 0x200,
  MAGMAOMAC: 0x400,
  KUZNYECHIKOMAC: 0x800,
} as const;
export type MacBit = keyof typeof MAC;

export const STRENGTH = {
  STRONG_NONE: 0x1,
  LOW: 0x2,
  MEDIUM: 0x4,
  HIGH: 0x8,
  FIPS: 0x10,
  NOT_DEFAULT: 0x20,
} as const;
export type StrengthFlag = keyof typeof STRENGTH;
export const STRONG_MASK = 0x1f;
export const DEFAULT_MASK = 0x20;

/** Protocol version a suite needs (OpenSSL's min_tls), as `openssl ciphers -v` prints it. */
export type SuiteProtocol = 'SSLv3' | 'TLSv1' | 'TLSv1.2';
export const PROTOCOL_ORDER: Record<SuiteProtocol | 'TLSv1.3', number> = { SSLv3: 0x300, TLSv1: 0x301, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304 };

/** ~x as an unsigned 32-bit mask. */
export const not = (x: number): number => ~x >>> 0;

const or = <K extends string>(table: Record<K, number>, ...names: K[]): number => names.reduce((m, n) => m | table[n], 0) >>> 0;
export const mkeyMask = (...n: MkeyBit[]): number => or(MKEY, ...n);
export const authMask = (...n: AuthBit[]): number => or(AUTH, ...n);
export const encMask = (...n: EncBit[]): number => or(ENC, ...n);
export const macMask = (...n: MacBit[]): number => or(MAC, ...n);
export const strengthMask = (...n: StrengthFlag[]): number => or(STRENGTH, ...n);
