/**
 * Security-relevant classes of cipher suites, counts by class, and OpenSSL 3.0's security-level
 * test for suites (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_CIPHER_*), which is what
 * `openssl ciphers -s` and a real handshake apply; `openssl ciphers -v` without -s does not.
 */
import type { CipherSuite, Tls13Suite } from './suite.js';

export interface SuiteClasses {
  /** Ephemeral (EC)DH key exchange: ECDHE, DHE, ECDHE-PSK, DHE-PSK. */
  forwardSecrecy: boolean;
  /** AEAD cipher (GCM, CCM, ChaCha20-Poly1305). */
  aead: boolean;
  /** HMAC-SHA1 record MAC. */
  sha1Mac: boolean;
  /** HMAC-MD5 record MAC. */
  md5Mac: boolean;
  /** Block cipher in CBC mode (AES-CBC, Camellia, SEED, 3DES...). */
  cbc: boolean;
  tripleDes: boolean;
  rc4: boolean;
  /** No encryption at all (eNULL). */
  nullEncryption: boolean;
  /** No server authentication (aNULL: ADH, AECDH). */
  anonymous: boolean;
  /** Export-grade (none exist in OpenSSL >= 1.1.0; kept so policies can say so). */
  export: boolean;
  /** Static RSA key exchange, no forward secrecy (Kx=RSA; RSA-PSK counts as needsPsk). */
  staticRsa: boolean;
  /** Finite-field ephemeral DH (DHE, DHE-PSK). */
  dhe: boolean;
  /** Elliptic-curve ephemeral DH (ECDHE, ECDHE-PSK). */
  ecdhe: boolean;
  /** Needs a pre-shared key configured (Postfix never configures one: unusable). */
  needsPsk: boolean;
  /** Needs an SRP verifier configured (Postfix never configures one: unusable). */
  needsSrp: boolean;
  /** The key-exchange group the suite needs: an EC group, a finite-field DH group, or none. */
  keyExchangeGroup: 'ec' | 'ffdh' | 'none';
  /** The server certificate the suite needs. */
  certificate: 'RSA' | 'ECDSA' | 'DSA' | 'none';
  /** Highest OpenSSL security level (0-5) at which the suite is still allowed. */
  maxSecurityLevel: number;
}

export type SuiteClassName = Exclude<keyof SuiteClasses, 'keyExchangeGroup' | 'certificate' | 'maxSecurityLevel'>;

export const SUITE_CLASS_NAMES: readonly SuiteClassName[] = [
  'forwardSecrecy',
  'aead',
  'sha1Mac',
  'md5Mac',
  'cbc',
  'tripleDes',
  'rc4',
  'nullEncryption',
  'anonymous',
  'export',
  'staticRsa',
  'dhe',
  'ecdhe',
  'needsPsk',
  'needsSrp',
];

/** Security-level minimum strength bits (SSL_get_security_level_bits): levels 0-5. */
const LEVEL_BITS = [0, 80, 112, 128, 192, 256] as const;

const CBC_CIPHERS = new Set(['AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256', 'SEED', '3DES', 'DES', 'IDEA', 'RC2']);

/** Whether OpenSSL 3.0 allows the suite at a security level (0-5). */
export function allowedAtSecurityLevel(suite: CipherSuite | Tls13Suite, level: number): boolean {
  if (level <= 0) return true;
  const minBits = LEVEL_BITS[Math.min(level, 5)]!;
  if (!('mkey' in suite)) return suite.bits >= minBits; // TLS 1.3 suites: only the strength test applies
  if (suite.strengthBits < minBits) return false;
  if (suite.auth === 'aNULL') return false;
  if (suite.digest === 'MD5') return false;
  if (minBits > 160 && suite.digest === 'SHA1') return false;
  // Level 3 and up: forward-secret key exchange only.
  if (level >= 3 && !['kDHE', 'kECDHE', 'kDHEPSK', 'kECDHEPSK'].includes(suite.mkey)) return false;
  return true;
}

export function classifySuite(s: CipherSuite): SuiteClasses {
  let maxSecurityLevel = 0;
  for (let level = 1; level <= 5 && allowedAtSecurityLevel(s, level); level++) maxSecurityLevel = level;
  const dhe = s.mkey === 'kDHE' || s.mkey === 'kDHEPSK';
  const ecdhe = s.mkey === 'kECDHE' || s.mkey === 'kECDHEPSK';
  return {
    forwardSecrecy: dhe || ecdhe,
    aead: s.digest === 'AEAD',
    sha1Mac: s.digest === 'SHA1',
    md5Mac: s.digest === 'MD5',
    cbc: CBC_CIPHERS.has(s.cipher),
    tripleDes: s.cipher === '3DES',
    rc4: s.cipher === 'RC4',
    nullEncryption: s.cipher === 'eNULL',
    anonymous: s.auth === 'aNULL',
    export: false,
    staticRsa: s.mkey === 'kRSA',
    dhe,
    ecdhe,
    needsPsk: s.auth === 'aPSK' || ['kPSK', 'kRSAPSK', 'kDHEPSK', 'kECDHEPSK'].includes(s.mkey),
    needsSrp: s.mkey === 'kSRP',
    keyExchangeGroup: ecdhe ? 'ec' : dhe ? 'ffdh' : 'none',
    certificate: s.auth === 'aRSA' ? 'RSA' : s.auth === 'aECDSA' ? 'ECDSA' : s.auth === 'aDSS' ? 'DSA' : 'none',
    maxSecurityLevel,
  };
}

export type ClassCounts = Record<SuiteClassName, number> & { total: number };

/** How many of the suites are in each class. */
export function countByClass(suites: readonly CipherSuite[]): ClassCounts {
  const counts = { total: suites.length } as ClassCounts;
  for (const name of SUITE_CLASS_NAMES) counts[name] = 0;
  for (const s of suites) {
    const c = classifySuite(s);
    for (const name of SUITE_CLASS_NAMES) if (c[name]) counts[name]++;
  }
  return counts;
}

export interface SupportedOptions {
  /** Security level in force: the string's @SECLEVEL, else the build default (Debian: 2, upstream: 1). */
  secLevel: number;
  /** A PSK callback is configured (never in Postfix). */
  psk?: boolean;
  /** SRP is configured (never in Postfix). */
  srp?: boolean;
}

/** Debian builds OpenSSL with -DOPENSSL_TLS_SECURITY_LEVEL=2 (`openssl version -a`); upstream's default is 1. */
export const DEBIAN_DEFAULT_SECURITY_LEVEL = 2;
export const UPSTREAM_DEFAULT_SECURITY_LEVEL = 1;

/**
 * The suites a TLS endpoint could actually negotiate, as `openssl ciphers -s` lists them
 * (SSL_get1_supported_ciphers): PSK/SRP suites need callbacks, and the security level applies.
 */
export function supportedSuites<T extends CipherSuite | Tls13Suite>(suites: readonly T[], options: SupportedOptions): T[] {
  return suites.filter((s) => {
    if ('mkey' in s) {
      const c = classifySuite(s);
      if (c.needsPsk && !options.psk) return false;
      if (c.needsSrp && !options.srp) return false;
    }
    return allowedAtSecurityLevel(s, options.secLevel);
  });
}

/**
 * The suites a server could negotiate: supported at the security level (no PSK/SRP, which
 * Postfix never configures) and authenticated by a certificate the server has. Anonymous suites
 * need no certificate but no security level above 0 allows them.
 */
export function negotiableSuites(
  suites: readonly CipherSuite[],
  options: SupportedOptions & { certificates: readonly ('RSA' | 'ECDSA' | 'DSA')[] },
): CipherSuite[] {
  return supportedSuites(suites, options).filter((s) => {
    const cert = classifySuite(s).certificate;
    return cert === 'none' || options.certificates.includes(cert);
  });
}
