/** Shapes of the generated cipher table (table.ts) and the OpenSSL pattern match on them. */
import type { AuthBit, EncBit, MacBit, MkeyBit, StrengthFlag, SuiteProtocol } from './masks.js';
import { AUTH, ENC, MAC, MKEY, STRENGTH, PROTOCOL_ORDER } from './masks.js';

/** A TLS 1.0-1.2 cipher suite as OpenSSL knows it. */
export interface CipherSuite {
  /** OpenSSL name, e.g. "ECDHE-RSA-AES128-GCM-SHA256". */
  name: string;
  /** IANA (RFC) name, e.g. "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256". */
  iana: string;
  /** Two-byte suite id, e.g. 0xc02f. */
  id: number;
  /** Lowest protocol version the suite can be used with (OpenSSL min_tls, `openssl ciphers -v` column 2). */
  protocol: SuiteProtocol;
  /** As `openssl ciphers -v` prints them: Kx, Au, Enc (without bits) and Mac. */
  kx: string;
  au: string;
  enc: string;
  bits: number;
  mac: string;
  /** Bits OpenSSL's @STRENGTH sorts by and security levels compare with. */
  strengthBits: number;
  /** OpenSSL's internal algorithm bits (masks.ts). */
  mkey: MkeyBit;
  auth: AuthBit;
  cipher: EncBit;
  digest: MacBit;
  strength: readonly StrengthFlag[];
  /** Only usable when the OpenSSL "legacy" provider is loaded (SEED). */
  legacyProvider: boolean;
  /** Cipher-string aliases that select this suite on their own (aliases.ts), e.g. "HIGH", "aRSA". */
  aliases: readonly string[];
}

/** A TLS 1.3 cipher suite (set with SSL_CTX_set_ciphersuites, never by a cipher string). */
export interface Tls13Suite {
  name: string;
  id: number;
  enc: string;
  bits: number;
  /** Handshake hash. */
  hash: 'SHA256' | 'SHA384';
  inDefaultList: boolean;
}

/** Numeric masks of a suite, for the evaluator's hot loop. */
export interface SuiteMasks {
  mkey: number;
  auth: number;
  enc: number;
  mac: number;
  strength: number;
  minTls: number;
}

export function suiteMasks(s: CipherSuite): SuiteMasks {
  return {
    mkey: MKEY[s.mkey],
    auth: AUTH[s.auth],
    enc: ENC[s.cipher],
    mac: MAC[s.digest],
    strength: s.strength.reduce((m, f) => m | STRENGTH[f], 0),
    minTls: PROTOCOL_ORDER[s.protocol],
  };
}
