/**
 * Generator of table.ts from the system OpenSSL (`openssl ciphers -V -v -stdname ...`).
 *
 * Regenerate with:   UPDATE_CIPHER_TABLE=1 npx vitest run test/tls/cipher-table.test.ts
 * (the same test fails when the committed table differs from what this OpenSSL reports).
 *
 * What comes from OpenSSL: every suite with its id, names, protocol, Kx/Au/Enc/Mac, and its
 * strength flags (membership of HIGH, MEDIUM, LOW, FIPS and COMPLEMENTOFDEFAULT). The legacy
 * provider is loaded so that suites it enables (SEED) are listed too, flagged legacyProvider.
 * The alias groups of each suite are computed from aliases.ts and are themselves checked
 * against `openssl ciphers -v ALIAS` by the test.
 */
import { execFileSync } from 'node:child_process';
import { CIPHER_ALIASES } from './aliases.js';
import { MAC, PROTOCOL_ORDER, type AuthBit, type EncBit, type MacBit, type MkeyBit, type StrengthFlag, type SuiteProtocol } from './masks.js';
import { suiteMasks, type CipherSuite, type Tls13Suite } from './suite.js';
import { aliasMatches } from './match.js';

export const ALL_TLS13_SUITES = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_128_CCM_SHA256',
  'TLS_AES_128_CCM_8_SHA256',
];

const LEGACY = ['-provider', 'legacy', '-provider', 'default'];

function openssl(args: string[]): string {
  try {
    return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C' } });
  } catch {
    return ''; // "no cipher match": the alias selects nothing
  }
}

interface Row {
  id: number;
  iana: string;
  name: string;
  protocol: string;
  kx: string;
  au: string;
  enc: string;
  mac: string;
}

function parseRows(out: string): Row[] {
  const rows: Row[] = [];
  for (const line of out.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [idText, , iana, , name, protocol, kx, au, enc, mac] = f as [string, string, string, string, string, string, string, string, string, string];
    const m = /^0x([0-9A-F]{2}),0x([0-9A-F]{2})$/i.exec(idText);
    if (!m) throw new Error(`unexpected openssl ciphers line: ${line}`);
    rows.push({ id: parseInt(m[1]! + m[2]!, 16), iana, name, protocol, kx: kx.slice(3), au: au.slice(3), enc: enc.slice(4), mac: mac.slice(4) });
  }
  return rows;
}

const KX: Record<string, MkeyBit> = { RSA: 'kRSA', DH: 'kDHE', ECDH: 'kECDHE', PSK: 'kPSK', RSAPSK: 'kRSAPSK', DHEPSK: 'kDHEPSK', ECDHEPSK: 'kECDHEPSK', SRP: 'kSRP', GOST: 'kGOST', GOST18: 'kGOST18' };
const AU: Record<string, AuthBit> = { RSA: 'aRSA', DSS: 'aDSS', ECDSA: 'aECDSA', None: 'aNULL', PSK: 'aPSK', SRP: 'aSRP', GOST01: 'aGOST01', GOST12: 'aGOST12' };

function encBit(enc: string, bits: number): EncBit {
  const base = enc.replace(/\(\d+\)$/, '');
  const table: Record<string, EncBit | undefined> = {
    AES: bits === 128 ? 'AES128' : 'AES256',
    AESGCM: bits === 128 ? 'AES128GCM' : 'AES256GCM',
    AESCCM: bits === 128 ? 'AES128CCM' : 'AES256CCM',
    AESCCM8: bits === 128 ? 'AES128CCM8' : 'AES256CCM8',
    Camellia: bits === 128 ? 'CAMELLIA128' : 'CAMELLIA256',
    ARIAGCM: bits === 128 ? 'ARIA128GCM' : 'ARIA256GCM',
    'CHACHA20/POLY1305': 'CHACHA20POLY1305',
    None: 'eNULL',
    SEED: 'SEED',
    '3DES': '3DES',
    RC4: 'RC4',
    IDEA: 'IDEA',
    DES: 'DES',
    RC2: 'RC2',
  };
  const bit = table[base];
  if (!bit) throw new Error(`unknown Enc=${enc}`);
  return bit;
}

function bitsOf(enc: string): number {
  const m = /\((\d+)\)$/.exec(enc);
  return m ? Number(m[1]) : 0;
}

export interface CollectedTable {
  opensslVersion: string;
  suites: CipherSuite[];
  tls13: Tls13Suite[];
}

/** Ask the system OpenSSL for everything table.ts holds. */
export function collectFromOpenssl(): CollectedTable {
  const opensslVersion = openssl(['version']).trim();
  const allTls13 = ALL_TLS13_SUITES.join(':');
  const rows = parseRows(openssl(['ciphers', ...LEGACY, '-V', '-v', '-stdname', '-ciphersuites', allTls13, 'ALL:COMPLEMENTOFALL']));
  const defaultProvider = new Set(openssl(['ciphers', 'ALL:COMPLEMENTOFALL']).trim().split(':'));
  const member = (alias: string): Set<string> => new Set(openssl(['ciphers', ...LEGACY, alias]).trim().split(':'));
  const flagSets: [StrengthFlag, Set<string>][] = [
    ['HIGH', member('HIGH')],
    ['MEDIUM', member('MEDIUM')],
    ['LOW', member('LOW')],
    ['FIPS', member('FIPS')],
    ['NOT_DEFAULT', member('COMPLEMENTOFDEFAULT')],
  ];
  const defaultTls13 = new Set(openssl(['ciphers', 'ALL']).trim().split(':'));

  const suites: CipherSuite[] = [];
  const tls13: Tls13Suite[] = [];
  for (const r of rows) {
    const bits = bitsOf(r.enc);
    if (r.protocol === 'TLSv1.3') {
      tls13.push({ name: r.name, id: r.id, enc: r.enc.replace(/\(\d+\)$/, ''), bits, hash: r.name.endsWith('SHA384') ? 'SHA384' : 'SHA256', inDefaultList: defaultTls13.has(r.name) });
      continue;
    }
    if (!(r.protocol in PROTOCOL_ORDER)) throw new Error(`unknown protocol ${r.protocol}`);
    const mkey = KX[r.kx];
    const auth = AU[r.au];
    if (!mkey || !auth) throw new Error(`unknown Kx/Au in ${r.name}`);
    const cipher = encBit(r.enc, bits);
    if (!(r.mac in MAC)) throw new Error(`unknown Mac ${r.mac}`);
    let strength = flagSets.filter(([, set]) => set.has(r.name)).map(([f]) => f);
    // eNULL suites are STRONG_NONE; whether OpenSSL also flags them FIPS is unobservable
    // (the FIPS alias excludes eNULL), so it is not recorded.
    if (cipher === 'eNULL') strength = ['STRONG_NONE', ...strength];
    const suite: CipherSuite = {
      name: r.name,
      iana: r.iana,
      id: r.id,
      protocol: r.protocol as SuiteProtocol,
      kx: r.kx,
      au: r.au,
      enc: r.enc.replace(/\(\d+\)$/, ''),
      bits,
      mac: r.mac,
      strengthBits: cipher === 'eNULL' ? 0 : bits,
      mkey,
      auth,
      cipher,
      digest: r.mac as MacBit,
      strength,
      legacyProvider: !defaultProvider.has(r.name),
      aliases: [],
    };
    const masks = suiteMasks(suite);
    suite.aliases = CIPHER_ALIASES.filter((a) => aliasMatches(a, masks)).map((a) => a.name);
    suites.push(suite);
  }
  suites.sort((a, b) => a.id - b.id);
  tls13.sort((a, b) => a.id - b.id);
  return { opensslVersion, suites, tls13 };
}

/** table.ts source text for a collected table. */
export function renderTable(t: CollectedTable): string {
  const lines: string[] = [];
  lines.push('// GENERATED by src/tls/ciphers/generate-table.ts from the system OpenSSL; do not edit.');
  lines.push('// Regenerate: UPDATE_CIPHER_TABLE=1 npx vitest run test/tls/cipher-table.test.ts');
  lines.push(`// Source: ${t.opensslVersion} (Debian build, default + legacy providers).`);
  lines.push("import type { CipherSuite, Tls13Suite } from './suite.js';");
  lines.push('');
  lines.push(`export const TABLE_OPENSSL_VERSION = ${JSON.stringify(t.opensslVersion)};`);
  lines.push('');
  lines.push('/** Every TLS 1.0-1.2 suite this OpenSSL knows, by id. */');
  lines.push('export const CIPHER_SUITES: readonly CipherSuite[] = [');
  for (const s of t.suites) lines.push(`  ${renderObject(s)},`);
  lines.push('];');
  lines.push('');
  lines.push('/** Every TLS 1.3 suite this OpenSSL knows, by id. */');
  lines.push('export const TLS13_SUITES: readonly Tls13Suite[] = [');
  for (const s of t.tls13) lines.push(`  ${renderObject(s)},`);
  lines.push('];');
  lines.push('');
  return lines.join('\n');
}

function renderObject(o: object): string {
  const parts = Object.entries(o).map(([k, v]) => {
    const key = /^[A-Za-z_]\w*$/.test(k) ? k : JSON.stringify(k);
    if (k === 'id') return `${key}: 0x${(v as number).toString(16).padStart(4, '0')}`;
    return `${key}: ${JSON.stringify(v)}`;
  });
  return `{ ${parts.join(', ')} }`;
}
