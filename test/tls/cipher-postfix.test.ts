/**
 * Postfix's cipher assembly (postfix-semantics §6): unit facts, then differential runs of the
 * assembled strings against the real `openssl ciphers -v`: every built-in default list of every
 * supported Postfix version with every grade and the automatic exclusions, and every cipher
 * setting found in the shared corpus (main.cf values and master.cf -o overrides), combined as
 * Postfix combines them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDefaults, SUPPORTED_POSTFIX_VERSIONS } from '../../src/postfix/defaults/index.js';
import { expandValue } from '../../src/postfix/expand.js';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import { cipherNames } from '../../src/tls/ciphers/evaluate.js';
import { exclusionTokens, postfixCipherSuites, type CipherGrade, type PostfixCipherInput } from '../../src/tls/postfix-ciphers.js';
import { compareWithOpenssl } from './cipher-differential.js';
import { opensslUnavailable } from './cipher-oracle.js';

const skip = opensslUnavailable();
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const GRADES: CipherGrade[] = ['high', 'medium', 'low', 'export', 'null'];

function cipherlists(version: string, overrides: ReadonlyMap<string, string> = new Map()): Record<CipherGrade, string> {
  const d = builtinDefaults(version);
  const lookup = (name: string): string | undefined => overrides.get(name) ?? d.get(name);
  const get = (g: CipherGrade): string => expandValue(lookup(`tls_${g}_cipherlist`) ?? '', lookup).value;
  return { high: get('high'), medium: get('medium'), low: get('low'), export: get('export'), null: get('null') };
}

const base = (over: Partial<PostfixCipherInput> = {}): PostfixCipherInput => ({
  grade: 'medium',
  exclusions: [],
  cipherlists: cipherlists('3.7'),
  postfixVersion: '3.7',
  ...over,
});

describe('Postfix grade and exclusion assembly (§6.1)', () => {
  it('answers a repeated question from its memo exactly as the engine answers it, and shares only frozen lists', () => {
    for (const over of [{}, { grade: 'high', exclusions: 'aNULL' }, { tls13Ciphersuites: ['TLS_AES_128_GCM_SHA256'] }, { legacyProvider: true }, { exclusions: 'aNULL:-aNULL:RC4+' }]) {
      const first = postfixCipherSuites(base(over));
      const again = postfixCipherSuites(base(over));
      expect(again).toEqual(first);
      if (!first.ok || !again.ok) continue;
      expect(first.names).toEqual(cipherNames(first.cipherString, over.legacyProvider ? { legacyProvider: true } : {}));
      expect(Object.isFrozen(again.names) && Object.isFrozen(again.suites) && Object.isFrozen(again.counts)).toBe(true);
    }
    // Different TLS 1.3 lists are different questions.
    const a = postfixCipherSuites(base({ tls13Ciphersuites: ['TLS_AES_128_GCM_SHA256'] }));
    const b = postfixCipherSuites(base({ tls13Ciphersuites: ['TLS_AES_256_GCM_SHA384'] }));
    expect(a.ok && b.ok && [a.tls13, b.tls13]).toEqual([['TLS_AES_128_GCM_SHA256'], ['TLS_AES_256_GCM_SHA384']]);
  });

  it('builds tls_<grade>_cipherlist + ":!tok" per exclusion token', () => {
    const r = postfixCipherSuites(base({ exclusions: ['aNULL, MD5\tSHA', 'CAMELLIA:AES+SHA256'] }));
    expect(r.ok && r.cipherString).toBe('aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH:!aNULL:!MD5:!SHA:!CAMELLIA:!AES+SHA256');
    expect(exclusionTokens(' a,,b \r\n c:d ')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('grade names are case-insensitive; anything else (an OpenSSL string, "invalid") aborts every handshake', () => {
    expect(postfixCipherSuites(base({ grade: 'HIGH' })).ok).toBe(true);
    expect(postfixCipherSuites(base({ grade: 'High' }))).toMatchObject({ ok: true, grade: 'high', cipherlistParameter: 'tls_high_cipherlist' });
    expect(postfixCipherSuites(base({ grade: 'bogus' }))).toEqual({ ok: false, kind: 'invalid-grade', reason: 'invalid cipher grade: "bogus"' });
    expect(postfixCipherSuites(base({ grade: 'HIGH:!aNULL' }))).toMatchObject({ ok: false, kind: 'invalid-grade' });
    expect(postfixCipherSuites(base({ grade: 'invalid' }))).toMatchObject({ ok: false, kind: 'invalid-grade' });
    expect(postfixCipherSuites(base({ grade: '' }))).toMatchObject({ ok: false, kind: 'invalid-grade' });
  });

  it('an exclusion starting with ! + - @ aborts every handshake (§8 item 12)', () => {
    for (const tok of ['!RC4', '+RC4', '-RC4', '@STRENGTH']) {
      expect(postfixCipherSuites(base({ exclusions: `aNULL ${tok}` }))).toEqual({
        ok: false,
        kind: 'invalid-exclusion',
        reason: `invalid unary '!+-@' in cipher exclusion: ${tok}`,
      });
    }
    // Inside a token, "+" is an OpenSSL AND and fine.
    expect(postfixCipherSuites(base({ exclusions: 'kEDH+aRSA' })).ok).toBe(true);
  });

  it('3.8+ reads low and export as medium; up to 3.7 they use their own lists (§8 item 17)', () => {
    for (const g of ['low', 'export', 'EXPORT']) {
      const r38 = postfixCipherSuites(base({ grade: g, postfixVersion: '3.8', cipherlists: cipherlists('3.8') }));
      expect(r38).toMatchObject({ ok: true, effectiveGrade: 'medium', cipherlistParameter: 'tls_medium_cipherlist' });
      const r37 = postfixCipherSuites(base({ grade: g }));
      expect(r37).toMatchObject({ ok: true, effectiveGrade: g.toLowerCase() });
    }
  });

  it('an empty base list makes Postfix panic', () => {
    const lists = { ...cipherlists('3.7'), high: '' };
    expect(postfixCipherSuites(base({ grade: 'high', cipherlists: lists }))).toMatchObject({ ok: false, kind: 'empty-cipherlist' });
  });

  it('automatic exclusions: aNULL when certificates are asked for or verified, eNULL at encrypt and above', () => {
    const plain = postfixCipherSuites(base());
    const noAnon = postfixCipherSuites(base({ excludeAnonymous: true }));
    const nul = postfixCipherSuites(base({ grade: 'null', excludeNull: true }));
    expect(plain.ok && plain.counts.anonymous).toBeGreaterThan(0);
    expect(noAnon.ok && noAnon.counts.anonymous).toBe(0);
    expect(noAnon.ok && noAnon.cipherString.endsWith(':!aNULL')).toBe(true);
    expect(nul).toMatchObject({ ok: false, kind: 'openssl-error', opensslError: 'no cipher match' });
  });

  it('a cipher string OpenSSL rejects aborts every handshake', () => {
    const r = postfixCipherSuites(base({ grade: 'high', cipherlists: { ...cipherlists('3.7'), high: 'NOTHING' } }));
    expect(r).toMatchObject({ ok: false, kind: 'openssl-error', opensslError: 'no cipher match', cipherString: 'NOTHING' });
  });

  it('TLS 1.3 suites are untouched by grades and exclusions (§6.3, LAB p10015)', () => {
    const r = postfixCipherSuites(base({ grade: 'high', exclusions: 'AES256, CHACHA20' }));
    expect(r.ok && r.tls13).toEqual(['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']);
    expect(r.ok && r.names.some((n) => n.includes('AES256') || n.includes('CHACHA20'))).toBe(false);
    const cnf = postfixCipherSuites(base({ tls13Ciphersuites: ['TLS_AES_128_GCM_SHA256'] }));
    expect(cnf.ok && cnf.tls13).toEqual(['TLS_AES_128_GCM_SHA256']);
  });

  it('on OpenSSL 3.0, medium = high = low = export, and high has 16 static-RSA and the anonymous suites (§6.1, §8 item 13)', () => {
    const names = (g: string): string[] => {
      const r = postfixCipherSuites(base({ grade: g }));
      return r.ok ? r.names : [];
    };
    expect(names('medium')).toEqual(names('high'));
    expect(names('low')).toEqual(names('high'));
    expect(names('export')).toEqual(names('high'));
    const high = postfixCipherSuites(base({ grade: 'high' }));
    expect(high.ok && high.counts.staticRsa).toBe(16);
    expect(high.ok && high.names).toContain('AES128-SHA');
    expect(high.ok && high.names.filter((n) => n.startsWith('ADH-') || n.startsWith('AECDH-')).length).toBeGreaterThan(0);
  });

  it('3.8+ defaults drop nothing OpenSSL 3.0 still has, except DSS authentication', () => {
    const r37 = postfixCipherSuites(base({ grade: 'high' }));
    const r38 = postfixCipherSuites(base({ grade: 'high', postfixVersion: '3.8', cipherlists: cipherlists('3.8') }));
    expect(r37.ok && r38.ok).toBe(true);
    if (!r37.ok || !r38.ok) return;
    expect(r37.names.filter((n) => !r38.names.includes(n)).every((n) => n.includes('DSS'))).toBe(true);
    expect(r38.names.every((n) => r37.names.includes(n))).toBe(true);
  });
});

/** Every cipher-related setting in the corpus, per config file. */
interface CorpusSettings {
  label: string;
  values: Map<string, string>;
  /** master.cf services' -o overrides of cipher parameters. */
  services: Map<string, string>[];
}

const CIPHER_PARAM = /^(?!tls_preempt_).*(_cipherlist|_ciphers)$/;

function corpusSettings(): CorpusSettings[] {
  if (!existsSync(CORPUS)) return [];
  const out: CorpusSettings[] = [];
  for (const dir of readdirSync(CORPUS).sort()) {
    const full = join(CORPUS, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const f of readdirSync(full).sort()) {
      const path = join(full, f);
      if (!statSync(path).isFile()) continue;
      const text = readFileSync(path);
      if (f.includes('master.cf')) {
        const master = parseMasterCf(makeSource(path, text));
        const services = master.services
          .map((s) => new Map(s.options.filter((o) => CIPHER_PARAM.test(o.name)).map((o) => [o.name, o.value] as const)))
          .filter((m) => m.size > 0);
        if (services.length > 0) out.push({ label: `${dir}/${f}`, values: new Map(), services });
      } else {
        const main = parseMainCf(makeSource(path, text));
        let values = new Map([...main.values].filter(([name]) => CIPHER_PARAM.test(name)).map(([name, e]) => [name, e.value] as const));
        // Templates (Jinja, UCR...) are not Postfix input; their literal settings still count.
        if (main.fatal) {
          values = new Map();
          for (const m of text.toString('utf8').matchAll(/^([a-z_]+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm)) if (CIPHER_PARAM.test(m[1]!)) values.set(m[1]!, m[2]!);
        }
        if (values.size > 0) out.push({ label: `${dir}/${f}`, values, services: [] });
      }
    }
  }
  return out;
}

/** The strings Postfix would hand to OpenSSL for a set of settings, for every role and version. */
function assembledStrings(settings: Map<string, string>, versions: readonly string[]): Set<string> {
  const strings = new Set<string>();
  for (const v of versions) {
    const d = builtinDefaults(v);
    const lookup = (name: string): string | undefined => settings.get(name) ?? d.get(name);
    const value = (name: string): string => expandValue(lookup(name) ?? '', lookup).value;
    const lists = cipherlists(v, settings);
    for (const list of Object.values(lists)) if (list !== '') strings.add(list);
    for (const prefix of ['smtpd', 'smtp', 'lmtp', 'tlsproxy']) {
      const combos: [string, string[]][] = [
        [`${prefix}_tls_ciphers`, [`${prefix}_tls_exclude_ciphers`]],
        [`${prefix}_tls_mandatory_ciphers`, [`${prefix}_tls_exclude_ciphers`, `${prefix}_tls_mandatory_exclude_ciphers`]],
      ];
      for (const [gradeParam, exclParams] of combos) {
        for (const flags of [{}, { excludeAnonymous: true }, { excludeNull: true, excludeAnonymous: true }]) {
          const r = postfixCipherSuites({ grade: value(gradeParam), exclusions: exclParams.map(value), cipherlists: lists, postfixVersion: v, ...flags });
          if (r.ok || r.kind === 'openssl-error') strings.add(r.cipherString!);
        }
      }
    }
  }
  return strings;
}

describe.skipIf(skip !== undefined).concurrent('Postfix cipher strings vs openssl ciphers -v', () => {
  it('every built-in default list of every supported version, every grade, with automatic exclusions', async () => {
    const strings = new Set<string>();
    for (const v of SUPPORTED_POSTFIX_VERSIONS) {
      const lists = cipherlists(v);
      for (const list of Object.values(lists)) if (list !== '') strings.add(list);
      for (const grade of GRADES) {
        for (const flags of [{}, { excludeAnonymous: true }, { excludeNull: true }, { excludeNull: true, excludeAnonymous: true }]) {
          const r = postfixCipherSuites({ grade, exclusions: [], cipherlists: lists, postfixVersion: v, ...flags });
          expect(r.ok || r.kind === 'openssl-error', `${v} ${grade}`).toBe(true);
          if (r.ok || r.kind === 'openssl-error') strings.add(r.cipherString!);
        }
      }
    }
    const list = [...strings];
    const diffs = await compareWithOpenssl(list);
    console.log(`[cipher differential] Postfix defaults ${SUPPORTED_POSTFIX_VERSIONS.join(',')}: ${list.length} distinct strings compared, ${diffs.length} differences`);
    expect(diffs.slice(0, 5)).toEqual([]);
  });

  it('every cipher setting in the corpus, combined as Postfix combines them', async () => {
    const settings = corpusSettings();
    const strings = new Set<string>();
    for (const s of settings) {
      for (const [name, value] of s.values) if (name.endsWith('_cipherlist') && value !== '') strings.add(value);
      for (const str of assembledStrings(s.values, SUPPORTED_POSTFIX_VERSIONS)) strings.add(str);
      for (const svc of s.services) for (const str of assembledStrings(svc, ['3.7', '3.8'])) strings.add(str);
    }
    const list = [...strings];
    const diffs = await compareWithOpenssl(list);
    console.log(`[cipher differential] corpus: ${settings.length} files with cipher settings (${settings.map((s) => s.label).join(', ')}), ${list.length} distinct strings compared, ${diffs.length} differences`);
    if (existsSync(CORPUS)) expect(settings.length).toBeGreaterThan(5);
    expect(diffs.slice(0, 5)).toEqual([]);
  });
});

describe('evaluator spot checks without openssl', () => {
  it('a string starting with "-" or "!" only removes from nothing', () => {
    expect(cipherNames('-HIGH')).toBe('no cipher match');
    expect(cipherNames('HIGH+')).toBe('invalid command');
  });
});
