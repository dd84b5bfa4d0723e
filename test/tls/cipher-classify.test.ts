/** Classification of suites, counts by class, and table sanity. Security levels are checked against `openssl ciphers -s` in cipher-evaluate.test.ts. */
import { describe, expect, it } from 'vitest';
import { CIPHER_SUITES, TLS13_SUITES, classifySuite, countByClass, evaluateCipherString, negotiableSuites, type CipherSuite } from '../../src/tls/ciphers/index.js';

const suite = (name: string): CipherSuite => {
  const s = CIPHER_SUITES.find((c) => c.name === name);
  if (!s) throw new Error(name);
  return s;
};

describe('cipher table', () => {
  it('has unique names, IANA names and ids, and the TLS 1.3 suites with the default list', () => {
    expect(CIPHER_SUITES.length).toBeGreaterThanOrEqual(155);
    for (const key of ['name', 'iana', 'id'] as const) expect(new Set(CIPHER_SUITES.map((s) => s[key])).size).toBe(CIPHER_SUITES.length);
    expect(TLS13_SUITES.map((s) => s.name).sort()).toEqual(
      ['TLS_AES_128_CCM_8_SHA256', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'],
    );
    expect(TLS13_SUITES.filter((s) => s.inDefaultList).length).toBe(3);
    expect(suite('ECDHE-RSA-AES128-GCM-SHA256')).toMatchObject({ iana: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', id: 0xc02f, protocol: 'TLSv1.2', kx: 'ECDH', au: 'RSA', enc: 'AESGCM', bits: 128, mac: 'AEAD' });
    expect(suite('ECDHE-RSA-AES128-GCM-SHA256').aliases).toEqual(expect.arrayContaining(['ALL', 'HIGH', 'ECDHE', 'aRSA', 'AESGCM', 'TLSv1.2', 'FIPS']));
    expect(suite('SEED-SHA').legacyProvider).toBe(true);
  });
});

describe('classification', () => {
  it('classifies representative suites', () => {
    expect(classifySuite(suite('ECDHE-RSA-AES128-GCM-SHA256'))).toMatchObject({ forwardSecrecy: true, aead: true, ecdhe: true, cbc: false, staticRsa: false, keyExchangeGroup: 'ec', certificate: 'RSA', maxSecurityLevel: 3 });
    expect(classifySuite(suite('DHE-RSA-AES256-GCM-SHA384'))).toMatchObject({ forwardSecrecy: true, dhe: true, keyExchangeGroup: 'ffdh', maxSecurityLevel: 5 });
    expect(classifySuite(suite('AES128-SHA'))).toMatchObject({ forwardSecrecy: false, staticRsa: true, cbc: true, sha1Mac: true, aead: false, keyExchangeGroup: 'none', maxSecurityLevel: 2 });
    expect(classifySuite(suite('ECDHE-ECDSA-AES256-SHA'))).toMatchObject({ forwardSecrecy: true, cbc: true, sha1Mac: true, certificate: 'ECDSA', maxSecurityLevel: 3 });
    expect(classifySuite(suite('ADH-AES256-GCM-SHA384'))).toMatchObject({ anonymous: true, certificate: 'none', maxSecurityLevel: 0 });
    expect(classifySuite(suite('NULL-MD5'))).toMatchObject({ nullEncryption: true, md5Mac: true, staticRsa: true, maxSecurityLevel: 0 });
    expect(classifySuite(suite('PSK-AES128-CBC-SHA'))).toMatchObject({ needsPsk: true, forwardSecrecy: false });
    expect(classifySuite(suite('ECDHE-PSK-CHACHA20-POLY1305'))).toMatchObject({ needsPsk: true, forwardSecrecy: true, aead: true });
    expect(classifySuite(suite('SRP-RSA-AES-128-CBC-SHA'))).toMatchObject({ needsSrp: true });
    expect(classifySuite(suite('DHE-DSS-AES128-SHA256'))).toMatchObject({ certificate: 'DSA' });
  });

  it('counts the Postfix 3.7 default "medium" list by class', () => {
    const r = evaluateCipherString('aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = countByClass(r.suites);
    expect(c.total).toBe(r.suites.length);
    expect(c).toMatchObject({ staticRsa: 16, tripleDes: 0, rc4: 0, nullEncryption: 0, export: 0 });
    expect(c.anonymous).toBeGreaterThan(0);
    // With an RSA certificate at Debian's security level 2: no anonymous, PSK, SRP, ECDSA or DSS suites.
    const usable = negotiableSuites(r.suites, { secLevel: 2, certificates: ['RSA'] });
    const u = countByClass(usable);
    expect(u).toMatchObject({ anonymous: 0, needsPsk: 0, needsSrp: 0 });
    expect(usable.every((s) => s.au === 'RSA')).toBe(true);
    expect(usable[0]?.name).toBe('ECDHE-RSA-AES256-GCM-SHA384');
  });
});
