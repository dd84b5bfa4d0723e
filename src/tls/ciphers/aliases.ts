/**
 * OpenSSL 3.0 cipher-string aliases (ssl/ssl_ciph.c cipher_aliases[]) as algorithm masks, and
 * which algorithms a Debian OpenSSL 3.0 build disables at run time (ssl_load_ciphers: an
 * algorithm whose EVP cipher/digest the loaded providers do not supply is "disabled"; an alias
 * all of whose bits in some category are disabled is not even looked up, so the word is unknown).
 *
 * Every alias's membership is checked against `openssl ciphers -v ALIAS` by
 * test/tls/cipher-table.test.ts, and the set of words OpenSSL recognizes was found empirically
 * (every printable word in libssl.so.3 tried as `WORD+:ALL`: a known word makes the trailing `+`
 * an "invalid command", an unknown one is skipped). The DTLS aliases (`DTLSv1`, `DTLSv1.0`,
 * `DTLSv1.2`) are not recognized by a TLS method and are left out.
 */
import {
  authMask,
  encMask,
  macMask,
  mkeyMask,
  not,
  strengthMask,
  type SuiteProtocol,
} from './masks.js';

export interface CipherAlias {
  name: string;
  mkey: number;
  auth: number;
  enc: number;
  mac: number;
  /** OpenSSL min_tls part of the pattern (protocol-version aliases only). */
  minTls?: SuiteProtocol;
  strength: number;
}

function alias(name: string, m: Partial<Omit<CipherAlias, 'name'>>): CipherAlias {
  return { name, mkey: m.mkey ?? 0, auth: m.auth ?? 0, enc: m.enc ?? 0, mac: m.mac ?? 0, strength: m.strength ?? 0, ...(m.minTls ? { minTls: m.minTls } : {}) };
}

const AES = encMask('AES128', 'AES256', 'AES128GCM', 'AES256GCM', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8');
const PSK = mkeyMask('kPSK', 'kRSAPSK', 'kECDHEPSK', 'kDHEPSK');
const CBC = encMask('DES', '3DES', 'RC2', 'IDEA', 'AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256', 'SEED');

/** In OpenSSL's table order (the order matters only for lookups, which are by exact name). */
export const CIPHER_ALIASES: readonly CipherAlias[] = [
  // "ALL" does not include eNULL suites; COMPLEMENTOFALL is exactly them.
  alias('ALL', { enc: not(encMask('eNULL')) }),
  alias('COMPLEMENTOFALL', { enc: encMask('eNULL') }),
  // COMPLEMENTOFDEFAULT selects the suites flagged SSL_NOT_DEFAULT (anonymous, DSS, Camellia, PSK,
  // SRP, ... in 3.0: see "NOT_DEFAULT" in table.ts); DEFAULT is ALL:!COMPLEMENTOFDEFAULT:!eNULL.
  alias('COMPLEMENTOFDEFAULT', { strength: strengthMask('NOT_DEFAULT') }),
  alias('kRSA', { mkey: mkeyMask('kRSA') }),
  alias('kEDH', { mkey: mkeyMask('kDHE') }),
  alias('kDHE', { mkey: mkeyMask('kDHE') }),
  alias('DH', { mkey: mkeyMask('kDHE') }),
  alias('kEECDH', { mkey: mkeyMask('kECDHE') }),
  alias('kECDHE', { mkey: mkeyMask('kECDHE') }),
  alias('ECDH', { mkey: mkeyMask('kECDHE') }),
  alias('kPSK', { mkey: mkeyMask('kPSK') }),
  alias('kRSAPSK', { mkey: mkeyMask('kRSAPSK') }),
  alias('kECDHEPSK', { mkey: mkeyMask('kECDHEPSK') }),
  alias('kDHEPSK', { mkey: mkeyMask('kDHEPSK') }),
  alias('kSRP', { mkey: mkeyMask('kSRP') }),
  alias('kGOST', { mkey: mkeyMask('kGOST') }),
  alias('kGOST18', { mkey: mkeyMask('kGOST18') }),
  alias('aRSA', { auth: authMask('aRSA') }),
  alias('aDSS', { auth: authMask('aDSS') }),
  alias('DSS', { auth: authMask('aDSS') }),
  alias('aNULL', { auth: authMask('aNULL') }),
  alias('aECDSA', { auth: authMask('aECDSA') }),
  alias('ECDSA', { auth: authMask('aECDSA') }),
  alias('aPSK', { auth: authMask('aPSK') }),
  alias('aGOST01', { auth: authMask('aGOST01') }),
  alias('aGOST12', { auth: authMask('aGOST12') }),
  alias('aGOST', { auth: authMask('aGOST01', 'aGOST12') }),
  alias('aSRP', { auth: authMask('aSRP') }),
  alias('EDH', { mkey: mkeyMask('kDHE'), auth: not(authMask('aNULL')) }),
  alias('DHE', { mkey: mkeyMask('kDHE'), auth: not(authMask('aNULL')) }),
  alias('EECDH', { mkey: mkeyMask('kECDHE'), auth: not(authMask('aNULL')) }),
  alias('ECDHE', { mkey: mkeyMask('kECDHE'), auth: not(authMask('aNULL')) }),
  alias('NULL', { enc: encMask('eNULL') }),
  alias('RSA', { mkey: mkeyMask('kRSA'), auth: authMask('aRSA') }),
  alias('ADH', { mkey: mkeyMask('kDHE'), auth: authMask('aNULL') }),
  alias('AECDH', { mkey: mkeyMask('kECDHE'), auth: authMask('aNULL') }),
  alias('PSK', { mkey: PSK }),
  alias('SRP', { mkey: mkeyMask('kSRP') }),
  alias('3DES', { enc: encMask('3DES') }),
  alias('RC4', { enc: encMask('RC4') }),
  alias('RC2', { enc: encMask('RC2') }),
  alias('IDEA', { enc: encMask('IDEA') }),
  alias('SEED', { enc: encMask('SEED') }),
  alias('eNULL', { enc: encMask('eNULL') }),
  alias('GOST', { enc: encMask('GOST89', 'GOST8912', 'MAGMA', 'KUZNYECHIK') }),
  alias('AES128', { enc: encMask('AES128', 'AES128GCM', 'AES128CCM', 'AES128CCM8') }),
  alias('AES256', { enc: encMask('AES256', 'AES256GCM', 'AES256CCM', 'AES256CCM8') }),
  alias('AES', { enc: AES }),
  alias('AESGCM', { enc: encMask('AES128GCM', 'AES256GCM') }),
  alias('AESCCM', { enc: encMask('AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8') }),
  alias('AESCCM8', { enc: encMask('AES128CCM8', 'AES256CCM8') }),
  alias('CAMELLIA128', { enc: encMask('CAMELLIA128') }),
  alias('CAMELLIA256', { enc: encMask('CAMELLIA256') }),
  alias('CAMELLIA', { enc: encMask('CAMELLIA128', 'CAMELLIA256') }),
  alias('CHACHA20', { enc: encMask('CHACHA20POLY1305') }),
  alias('GOST2012-GOST8912-GOST8912', { enc: encMask('GOST8912') }),
  alias('ARIA', { enc: encMask('ARIA128GCM', 'ARIA256GCM') }),
  alias('ARIAGCM', { enc: encMask('ARIA128GCM', 'ARIA256GCM') }),
  alias('ARIA128', { enc: encMask('ARIA128GCM') }),
  alias('ARIA256', { enc: encMask('ARIA256GCM') }),
  alias('CBC', { enc: CBC }),
  alias('MD5', { mac: macMask('MD5') }),
  alias('SHA1', { mac: macMask('SHA1') }),
  alias('SHA', { mac: macMask('SHA1') }),
  alias('GOST94', { mac: macMask('GOST94') }),
  alias('GOST89MAC', { mac: macMask('GOST89MAC', 'GOST89MAC12') }),
  alias('SHA256', { mac: macMask('SHA256') }),
  alias('SHA384', { mac: macMask('SHA384') }),
  alias('GOST12', { mac: macMask('GOST12_256') }),
  alias('SSLv3', { minTls: 'SSLv3' }),
  alias('TLSv1', { minTls: 'TLSv1' }),
  alias('TLSv1.0', { minTls: 'TLSv1' }),
  alias('TLSv1.2', { minTls: 'TLSv1.2' }),
  alias('LOW', { strength: strengthMask('LOW') }),
  alias('MEDIUM', { strength: strengthMask('MEDIUM') }),
  alias('HIGH', { strength: strengthMask('HIGH') }),
  // FIPS 140-2 approved suites, never eNULL ones.
  alias('FIPS', { enc: not(encMask('eNULL')), strength: strengthMask('FIPS') }),
  // Legacy "EDH-" spellings of the 3DES suites (which this build does not have).
  alias('EDH-DSS-DES-CBC3-SHA', { mkey: mkeyMask('kDHE'), auth: authMask('aDSS'), enc: encMask('3DES'), mac: macMask('SHA1'), strength: strengthMask('MEDIUM', 'FIPS') }),
  alias('EDH-RSA-DES-CBC3-SHA', { mkey: mkeyMask('kDHE'), auth: authMask('aRSA'), enc: encMask('3DES'), mac: macMask('SHA1'), strength: strengthMask('MEDIUM', 'FIPS') }),
];

/** Algorithms that are unavailable, per OpenSSL setup (OpenSSL's disabled_*_mask). */
export interface DisabledMasks {
  mkey: number;
  auth: number;
  enc: number;
  mac: number;
}

/**
 * Debian's OpenSSL 3.0 with only the default provider (what Postfix and `openssl ciphers`
 * get unless a config loads more): the legacy-provider ciphers (DES, RC4, RC2, IDEA, SEED) and
 * every GOST algorithm (no GOST engine/provider) are unavailable.
 */
export const DISABLED_DEFAULT_PROVIDER: DisabledMasks = {
  mkey: mkeyMask('kGOST', 'kGOST18'),
  auth: authMask('aGOST01', 'aGOST12'),
  enc: encMask('DES', 'RC4', 'RC2', 'IDEA', 'SEED', 'GOST89', 'GOST8912', 'MAGMA', 'KUZNYECHIK'),
  mac: macMask('GOST94', 'GOST89MAC', 'GOST12_256', 'GOST89MAC12', 'GOST12_512', 'MAGMAOMAC', 'KUZNYECHIKOMAC'),
};

/** The same with the legacy provider loaded too (RC4, RC2 and SEED come back; IDEA is not built). */
export const DISABLED_WITH_LEGACY_PROVIDER: DisabledMasks = {
  ...DISABLED_DEFAULT_PROVIDER,
  enc: encMask('DES', 'IDEA', 'GOST89', 'GOST8912', 'MAGMA', 'KUZNYECHIK'),
};

/** OSSL_default_cipher_list() in OpenSSL 3.0-3.5: what a string starting with "DEFAULT" expands to first. */
export const OPENSSL_DEFAULT_CIPHER_LIST = 'ALL:!COMPLEMENTOFDEFAULT:!eNULL';

/** OSSL_default_ciphersuites() in OpenSSL 3.0-3.5: the TLS 1.3 suites, in preference order. */
export const OPENSSL_DEFAULT_TLS13_CIPHERSUITES: readonly string[] = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
];
