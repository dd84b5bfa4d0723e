/**
 * Differential tests: the OpenSSL cipher-string evaluator against the real `openssl ciphers -v`
 * (3.0), on hand-picked edge cases and on generated expressions (fast-check, a fixed seed plus a
 * fresh seed per run, printed). The ordered lists must be identical, failures included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIPHER_ALIASES } from '../../src/tls/ciphers/aliases.js';
import { CIPHER_SUITES } from '../../src/tls/ciphers/table.js';
import { compareWithOpenssl, type Difference } from './cipher-differential.js';
import { opensslUnavailable } from './cipher-oracle.js';

const skip = opensslUnavailable();

const FIXED_SEED = 20240604;
const FRESH_SEED = Number(process.env.CIPHER_SEED ?? Date.now() % 2 ** 31);

const EDGE_CASES = [
  '', ':', ' ', 'DEFAULT', 'DEFAULT:', 'DEFAULTX', 'DEFAULT:!aNULL', 'DEFAULT!RSA', 'aNULL:DEFAULT', ' DEFAULT',
  'ALL', 'ALL:COMPLEMENTOFALL', 'COMPLEMENTOFALL:ALL', 'COMPLEMENTOFDEFAULT', 'ALL:!COMPLEMENTOFDEFAULT',
  'HIGH', 'HIGH!aNULL', 'HIGH:!aNULL', 'HIGH:-aNULL:aNULL', 'aNULL:-aNULL:HIGH:@STRENGTH', 'HIGH+', 'HIGH+:ALL',
  'RC4+:ALL', 'HIGH#', 'HIGH\t!aNULL', 'HIGH_ALL', 'high', 'HIGH;MEDIUM', 'HIGH,!RSA', 'HIGH !RSA',
  'kRSA+kDHE', 'HIGH+FIPS', 'FIPS+HIGH', 'FIPS', 'AES128-SHA+HIGH', 'AES128-SHA+AES256-SHA', 'AES128-SHA:AES128-SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_AES_128_GCM_SHA256:AES128-SHA', 'SSLv3', 'TLSv1', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2',
  'TLSv1.2+SSLv3', 'DTLSv1', 'DTLSv1.2:HIGH', 'SUITEB128', 'SUITEB128ONLY', 'SUITEB128C2', 'SUITEB192', 'SUITEB128:!ALL',
  'SUITEB1', 'HIGH:@STRENGTH', 'HIGH@STRENGTH', 'HIGH:@strength', 'HIGH:@STRENGTHX', 'HIGH:@SECLEVEL=3',
  'HIGH:@SECLEVEL=6', 'HIGH:@SECLEVEL=10', 'HIGH:@SECLEVEL=', 'HIGH:@FOO', 'HIGH:@', '@STRENGTH:HIGH', 'HIGH:@STRENGTH+aRSA',
  '!HIGH:HIGH', '-HIGH:HIGH', 'HIGH:-HIGH:aRSA', 'HIGH:+aRSA', 'HIGH:+SHA1:+kRSA', '+HIGH', '!!HIGH', '!:HIGH',
  'EDH+CAMELLIA:EDH+aRSA:EECDH+aRSA+AESGCM:EECDH+aRSA+SHA256:EECDH:+CAMELLIA128:+AES128:+SSLv3:!aNULL:!eNULL:!LOW:!3DES:!MD5:!EXP:!PSK:!DSS:!RC4:!SEED:!IDEA:!ECDSA:kEDH:CAMELLIA128-SHA:AES128-SHA',
  'ECDHE+AESGCM:ECDHE+CHACHA20', 'EECDH+AESGCM:EDH+AESGCM', 'CBC', 'CBC+SHA1', 'aNULL+CBC', 'eNULL', 'NULL:eNULL:COMPLEMENTOFALL',
  'ALL+eNULL', 'SEED', 'IDEA:ALL', 'GOST:ALL', 'kGOST+:ALL', 'MEDIUM', 'LOW', 'EXPORT', 'EXP', '3DES', '3DES+:HIGH',
  'EDH-RSA-DES-CBC3-SHA', 'EDH-RSA-DES-CBC3-SHA+:HIGH', 'PSK:SRP', 'kDHEPSK:kECDHEPSK', 'ARIA:CHACHA20', 'AESCCM8',
];

// The vocabulary of generated expressions: every alias (recognized or not), suite names, and
// words OpenSSL does not know.
const WORDS = [
  ...CIPHER_ALIASES.map((a) => a.name),
  ...CIPHER_SUITES.map((s) => s.name),
  'DEFAULT', 'EXP', 'EXPORT', 'kDH', 'kECDH', 'TLSv1.1', 'DTLSv1', 'RC5', 'DES', 'high', 'FOO', 'KUZNYECHIK',
];
const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom('HIGH', 'aNULL', 'eNULL', 'kRSA', 'RSA', 'ECDHE', 'DHE', 'SHA1', 'AES128', 'CAMELLIA') });
const item = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom('', '', '', '!', '-', '+'), fc.array(word, { minLength: 1, maxLength: 3 })).map(([op, ws]) => op + ws.join('+')) },
  { weight: 1, arbitrary: fc.constantFrom('@STRENGTH', '@SECLEVEL=0', '@SECLEVEL=1', '@SECLEVEL=2', '@SECLEVEL=3', '@SECLEVEL=5', '@SECLEVEL=7', '@STRENGTHS', '@SPEED') },
);
const separator = fc.constantFrom(':', ':', ':', ',', ' ', ';', '', '::', ': ');
const prefix = fc.constantFrom('', '', '', '', '', 'DEFAULT:', 'DEFAULT', 'ALL:', 'aNULL:-aNULL:', 'SUITEB128:', 'DEFAULTX:');
const expression = fc
  .tuple(prefix, fc.array(fc.tuple(item, separator), { minLength: 1, maxLength: 8 }))
  .map(([p, parts]) => p + parts.map(([i, s]) => i + s).join(''));
// Raw text for the parser: operators, separators and odd characters.
const raw = fc.string({ unit: fc.constantFrom('H', 'I', 'G', 'A', 'L', 'N', 'U', 'a', 'R', 'S', '+', '-', '!', '@', ':', ',', ';', ' ', '_', '#', '\t', '=', '.', '1'), minLength: 1, maxLength: 16 }).map((s) => `${s}:HIGH`);

function report(name: string, strings: readonly string[], diffs: Difference[]): void {
  console.log(`[cipher differential] ${name}: ${strings.length} expressions compared with openssl ciphers -v, ${diffs.length} differences`);
}

describe.skipIf(skip !== undefined).concurrent('cipher strings: evaluator vs openssl ciphers -v', () => {
  it('edge cases', async () => {
    const diffs = await compareWithOpenssl(EDGE_CASES);
    report('edge cases', EDGE_CASES, diffs);
    expect(diffs.slice(0, 5)).toEqual([]);
  });

  it(`generated expressions, fixed seed ${FIXED_SEED}`, async () => {
    const strings = fc.sample(expression, { seed: FIXED_SEED, numRuns: 600 });
    const diffs = await compareWithOpenssl(strings);
    report(`fixed seed ${FIXED_SEED}`, strings, diffs);
    expect(diffs.slice(0, 5)).toEqual([]);
  });

  it(`generated expressions, fresh seed ${FRESH_SEED} (rerun with CIPHER_SEED=${FRESH_SEED})`, async () => {
    console.log(`[cipher differential] fresh seed: CIPHER_SEED=${FRESH_SEED}`);
    const strings = fc.sample(expression, { seed: FRESH_SEED, numRuns: 300 });
    const diffs = await compareWithOpenssl(strings);
    report(`fresh seed ${FRESH_SEED}`, strings, diffs);
    expect(diffs.slice(0, 5)).toEqual([]);
  });

  it('raw parser input', async () => {
    const strings = [...fc.sample(raw, { seed: FIXED_SEED, numRuns: 150 }), ...fc.sample(raw, { seed: FRESH_SEED, numRuns: 50 })];
    const diffs = await compareWithOpenssl(strings);
    report('raw parser input', strings, diffs);
    expect(diffs.slice(0, 5)).toEqual([]);
  });

  it('with the legacy provider loaded', async () => {
    const strings = [...EDGE_CASES, ...fc.sample(expression, { seed: FIXED_SEED + 1, numRuns: 100 })];
    const diffs = await compareWithOpenssl(strings, { legacyProvider: true });
    report('legacy provider', strings, diffs);
    expect(diffs.slice(0, 5)).toEqual([]);
  });

  it('supported suites (openssl ciphers -s) at every security level', async () => {
    const bases = ['ALL:COMPLEMENTOFALL', 'DEFAULT', 'aNULL:-aNULL:HIGH:@STRENGTH', 'HIGH', 'eNULL', 'ALL'];
    const strings = bases.flatMap((b) => ['', ':@SECLEVEL=0', ':@SECLEVEL=1', ':@SECLEVEL=2', ':@SECLEVEL=3', ':@SECLEVEL=4', ':@SECLEVEL=5'].map((l) => b + l));
    strings.push(...fc.sample(expression, { seed: FIXED_SEED + 2, numRuns: 60 }));
    const diffs = await compareWithOpenssl(strings, { supported: true });
    report('openssl ciphers -s', strings, diffs);
    expect(diffs.slice(0, 5)).toEqual([]);
  });
});
