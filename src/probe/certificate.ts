/** Facts about the server's certificate chain, from the DER bytes it sent (node:crypto X509Certificate). */
import { X509Certificate } from 'node:crypto';

export interface CertificateFacts {
  subject: string;
  issuer: string;
  /** DNS names from subjectAltName, else the subject CN. */
  names: string[];
  keyType: string;
  /** RSA/DSA/DH modulus bits, or EC curve bits. */
  keyBits: number | null;
  curve: string | null;
  signatureAlgorithm: string;
  notBefore: string;
  notAfter: string;
  /** Whole days until notAfter (negative when expired), at probe time. */
  daysToExpiry: number;
  selfSigned: boolean;
  sha256: string;
}

const SIGNATURE_OIDS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
};

const CURVE_BITS: Readonly<Record<string, number>> = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 };

/** One DER TLV header at `offset`: tag, content start and length. */
function tlv(der: Buffer, offset: number): { tag: number; start: number; length: number } | null {
  if (offset + 2 > der.length) return null;
  const tag = der[offset] as number;
  let len = der[offset + 1] as number;
  let start = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > der.length) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (der[start + i] as number);
    start += n;
  }
  if (start + len > der.length) return null;
  return { tag, start, length: len };
}

function decodeOid(bytes: Buffer): string {
  const first = bytes[0] as number;
  const parts = [Math.floor(first / 40), first % 40];
  let value = 0;
  for (let i = 1; i < bytes.length; i++) {
    const b = bytes[i] as number;
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, signature } (RFC 5280 §4.1). */
export function signatureAlgorithmOf(der: Buffer): string {
  const outer = tlv(der, 0);
  if (!outer || outer.tag !== 0x30) return 'unknown';
  const tbs = tlv(der, outer.start);
  if (!tbs) return 'unknown';
  const alg = tlv(der, tbs.start + tbs.length);
  if (!alg || alg.tag !== 0x30) return 'unknown';
  const oid = tlv(der, alg.start);
  if (!oid || oid.tag !== 0x06) return 'unknown';
  const dotted = decodeOid(der.subarray(oid.start, oid.start + oid.length));
  return SIGNATURE_OIDS[dotted] ?? dotted;
}

export function certificateFacts(der: Buffer, now: number = Date.now()): CertificateFacts | null {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    return null;
  }
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const curve = details.namedCurve ?? null;
  const keyBits = details.modulusLength ?? (curve ? (CURVE_BITS[curve] ?? null) : key.asymmetricKeyType === 'ed25519' ? 256 : key.asymmetricKeyType === 'ed448' ? 456 : null);
  const dns = (cert.subjectAltName ?? '')
    .split(/,\s*/)
    .filter((x) => x.startsWith('DNS:'))
    .map((x) => x.slice(4));
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1];
  const notAfter = new Date(cert.validTo);
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    names: dns.length > 0 ? dns : cn ? [cn] : [],
    keyType: (key.asymmetricKeyType ?? 'unknown').toUpperCase(),
    keyBits,
    curve,
    signatureAlgorithm: signatureAlgorithmOf(der),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: notAfter.toISOString(),
    daysToExpiry: Math.floor((notAfter.getTime() - now) / 86_400_000),
    selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
    sha256: cert.fingerprint256,
  };
}
