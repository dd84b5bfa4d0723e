/**
 * Mutated real configs for the whole-pipeline fuzz tests: corpus main.cf/master.cf files with TLS
 * settings, `-o` options, services, stray fragments and odd characters put in and lines taken out, drawn
 * from a seeded generator (the same cases on every machine).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './corpus.js';

/** mulberry32: the same cases on every machine. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'smtpd_tls_security_level', 'smtp_tls_security_level', 'lmtp_tls_security_level', 'smtpd_tls_protocols',
  'smtpd_tls_mandatory_protocols', 'smtp_tls_protocols', 'smtp_tls_mandatory_protocols', 'lmtp_tls_protocols',
  'smtpd_tls_ciphers', 'smtpd_tls_mandatory_ciphers', 'smtp_tls_ciphers', 'smtp_tls_mandatory_ciphers',
  'smtpd_tls_exclude_ciphers', 'smtpd_tls_mandatory_exclude_ciphers', 'tls_high_cipherlist', 'tls_medium_cipherlist',
  'smtpd_tls_auth_only', 'smtpd_use_tls', 'smtpd_enforce_tls', 'smtp_use_tls', 'smtp_enforce_tls', 'smtpd_tls_wrappermode',
  'smtp_tls_wrappermode', 'tls_preempt_cipherlist', 'smtpd_tls_cert_file', 'smtpd_tls_key_file', 'smtpd_tls_chain_files',
  'smtpd_tls_eecdh_grade', 'tls_ssl_options', 'smtpd_sasl_auth_enable', 'compatibility_level', 'mail_version',
  'smtpd_tls_received_header', 'tls_eecdh_auto_curves', 'smtpd_tls_req_ccert', 'smtp_tls_policy_maps', 'inet_interfaces',
];
const VALUES = [
  'may', 'encrypt', 'none', 'dane', 'verify', 'secure', 'yes', 'no', 'YES', 'true', '', 'TLSv1.2', '>=TLSv1.2',
  '!SSLv2, !SSLv3', '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1', 'TLSv1.2 TLSv1.3', '<=TLSv1.1', '>=TLSv1.4', 'TLSv1.2,TLSv1.3,',
  '!SSLv2 !SSLv3 TLSV1', 'high', 'medium', 'low', 'export', 'null', 'HIGH', 'aNULL, MD5', 'RC4 aNULL', 'HIGH:!aNULL:!MD5',
  'ECDHE+AESGCM:!aNULL', '$smtpd_tls_protocols', '${smtpd_tls_protocols}', '${x?{a}:{b}}', '$myhostname', 'strong',
  'auto', 'NO_RENEGOTIATION', '3.6', '3.7', '2', '-1', '/etc/ssl/x.pem', '$undefined_thing', '{ spaced }', 'a = b', '\\',
  '$$', '${', '}', '!SSLv2, !SSLv3 # \u00e9videmment',
];
const FRAGMENTS = ['', '#', '  ', '\t', '=', 'x', '=y', ' # postfix-tls-audit: ignore weak-cipher-suites -- ok', '# r\u00e9seau priv\u00e9'];
const ODD_CHARS = ['{', '}', '$', '=', ' ', '\t', ',', '\u00e9', '\r'];
const SERVICES = ['smtpd', 'smtp', 'submission', 'smtps', '127.0.0.1:587', '[::1]:465', 'relay', 'tlsproxy', 'postscreen'];
const COMMANDS = ['smtpd', 'smtp', 'lmtp', 'postscreen', 'tlsproxy'];
export const PROFILES = ['baseline', 'tlsref-intermediate', 'tlsref-modern', 'ncsc-nl-2025', 'bsi-tr-02102-2', 'nist-sp800-52r2', 'pci-dss-4'];

function corpusFiles(): { mains: string[]; masters: string[] } {
  const mains: string[] = [];
  const masters: string[] = [];
  for (const owner of readdirSync(CORPUS)) {
    const dir = path.join(CORPUS, owner);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'latin1');
      if (file.endsWith('main.cf')) mains.push(text);
      else if (file.endsWith('master.cf')) masters.push(text);
    }
  }
  return { mains, masters };
}

export interface Mutator {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  /** A mutated corpus main.cf (Latin-1 text: one character per byte). */
  main(): string;
  /** A mutated corpus master.cf (Latin-1 text). */
  master(): string;
}

/** Mutated corpus files drawn from `seed` (the corpus must be present: see corpusPresent). */
export function mutator(seed: number): Mutator {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const { mains, masters } = corpusFiles();

  function mutateMain(text: string): string {
    const lines = text.split('\n');
    for (let k = 1 + Math.floor(random() * 6); k > 0; k--) {
      const r = random();
      const at = Math.floor(random() * (lines.length + 1));
      if (r < 0.55) lines.splice(at, 0, `${pick(NAMES)} = ${pick(VALUES)}${random() < 0.2 ? `, ${pick(VALUES)}` : ''}`);
      else if (r < 0.65) lines.splice(at, 0, `    ${pick(VALUES)}`);
      else if (r < 0.75 && lines.length > 0) lines.splice(Math.min(at, lines.length - 1), 1);
      else if (r < 0.85) lines.splice(at, 0, `${pick(NAMES)}=${pick(VALUES)} # c`);
      else if (r < 0.92) lines.splice(at, 0, pick(FRAGMENTS));
      else {
        const j = Math.floor(random() * lines.length);
        const chars = (lines[j] ?? '').split('');
        if (chars.length > 0) {
          chars[Math.floor(random() * chars.length)] = pick(ODD_CHARS);
          lines[j] = chars.join('');
        }
      }
    }
    return lines.join('\n');
  }

  function mutateMaster(text: string): string {
    const lines = text.split('\n');
    for (let k = 1 + Math.floor(random() * 5); k > 0; k--) {
      const r = random();
      const starts = lines.flatMap((l, j) => (/^[^\s#]/.test(l) ? [j] : []));
      if (r < 0.45 && starts.length > 0) {
        const form = random();
        const [name, value] = [pick(NAMES), pick(VALUES)];
        lines.splice(pick(starts) + 1, 0, form < 0.6 ? `  -o ${name}=${value}` : form < 0.8 ? `  -o { ${name} = ${value} }` : `  -o${name}=${value}`);
      } else if (r < 0.65) {
        lines.push(`${pick(SERVICES)}  ${pick(['inet', 'unix', 'pass'])}  ${pick(['n', '-', 'y'])}  -  ${pick(['n', '-', 'y'])}  -  -  ${pick(COMMANDS)}`, `  -o ${pick(NAMES)}=${pick(VALUES)}`);
      } else if (r < 0.8 && starts.length > 0) lines.splice(pick(starts), 1);
      else lines.splice(Math.floor(random() * lines.length), 0, pick(['  -o', '  -o x', '  -o {', '  -o }', '  -o smtpd_tls_security_level=encrypt', ' ', `  ${pick(VALUES)}`]));
    }
    return lines.join('\n');
  }

  return { random, pick, main: () => mutateMain(pick(mains)), master: () => mutateMaster(pick(masters)) };
}
