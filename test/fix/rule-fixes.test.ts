/**
 * Issue 5 (b): the fixes of weak-cipher-suites, invalid-cipher-grade, invalid-protocol-list,
 * invalid-security-level, invalid-boolean, unknown-parameter, bom and mx-requires-tls (wrapper mode,
 * postscreen), and the cases where no fix may be offered (no certificate, ambiguous values).
 *
 * Each case is a config set on disk. The rule's finding must carry a fix (it passed the central
 * verification of src/policy/evaluate.ts); the fix, applied to a copy, must give the expected text,
 * the re-scan must have no finding of that rule on that service and nothing new, the combined
 * fixes of the audit must include it, and the real postconf must read the fixed set with no new warning.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/audit.js';
import { applyEditsToFiles } from '../../src/fix/edits.js';
import { parsePolicy, policyFromProfile } from '../../src/policy/policy-file.js';
import type { Finding, Policy } from '../../src/policy/types.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

interface Case {
  name: string;
  rule: string;
  /** The finding's service ("name/type"), or null for set-wide findings. */
  service: string | null;
  main: string | Buffer;
  master?: string;
  policy?: string;
  /** Text the fixed file must contain (file → substrings), or false: no fix may be offered. */
  expect: Record<string, string[]> | false;
  /** Text the fixed file must no longer contain. */
  gone?: Record<string, string[]>;
}

const CERT = 'smtpd_tls_chain_files = /etc/ssl/private/mail.pem\n';
const PS_SUPPORT = 'smtpd     pass  -       -       y       -       -       smtpd\ntlsproxy  unix  -       -       y       -       0       tlsproxy\ndnsblog   unix  -       -       y       -       0       dnsblog\n';

const CASES: Case[] = [
  {
    name: 'weak suites on submission: mandatory exclusion of exactly the forbidden class (eNULL)',
    rule: 'weak-cipher-suites',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_mandatory_ciphers = medium\ntls_medium_cipherlist = ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\nsubmission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n',
    expect: { 'master.cf': ['  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_exclude_ciphers=eNULL\n'] },
  },
  {
    name: 'weak suites on port 25: the opportunistic exclusion list, only the forbidden suites',
    rule: 'weak-cipher-suites',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\ntls_medium_cipherlist = ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\n',
    expect: { 'master.cf': ['smtpd\n  -o smtpd_tls_exclude_ciphers=eNULL\n'] },
  },
  {
    name: 'weak suites where the grade raise only removes: mandatory grade high is the smaller fix',
    rule: 'weak-cipher-suites',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_mandatory_ciphers = medium\ntls_medium_cipherlist = aNULL:-aNULL:HIGH:eNULL:@STRENGTH\n`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n',
    // main.cf decides and only this service reads it: the value is changed in place.
    expect: { 'main.cf': ['smtpd_tls_mandatory_ciphers = high\n'] },
  },
  {
    name: 'weak suites behind postscreen: tlsproxy_tls_exclude_ciphers in main.cf (an -o on postscreen would not reach tlsproxy)',
    rule: 'weak-cipher-suites',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\ntls_medium_cipherlist = ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n`,
    master: `smtp      inet  n       -       y       -       1       postscreen\n  -o postscreen_pipelining_enable=yes\n${PS_SUPPORT}`,
    expect: { 'main.cf': ['tls_medium_cipherlist = ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\ntlsproxy_tls_exclude_ciphers = $smtpd_tls_exclude_ciphers, eNULL\n'] },
  },
  {
    name: 'weak suites behind postscreen without after-220 tests: the smtpd pass service gets the exclusion',
    rule: 'weak-cipher-suites',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: `smtp      inet  n       -       y       -       1       postscreen\nsmtpd     pass  -       -       y       -       -       smtpd\n  -o tls_medium_cipherlist=ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n`,
    expect: { 'master.cf': ['  -o tls_medium_cipherlist=ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n  -o smtpd_tls_exclude_ciphers=eNULL\n'] },
  },
  {
    name: 'weak suites against an allow-list (tlsref-intermediate): several class tokens, braced -o, allowed suites kept',
    rule: 'weak-cipher-suites',
    service: 'submission/inet',
    main: `${CERT}`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n',
    policy: 'extends: tlsref-intermediate\n',
    expect: { 'master.cf': ['  -o { smtpd_tls_mandatory_exclude_ciphers = '] },
  },
  {
    name: 'weak suites with the stock master.cf (main.cf only): the exclusion goes to main.cf',
    rule: 'weak-cipher-suites',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\ntls_medium_cipherlist = ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n`,
    expect: { 'main.cf': ['smtpd_tls_security_level = may\nsmtpd_tls_exclude_ciphers = eNULL\n'] },
  },
  {
    name: 'weak suites on the outbound smtp client: smtp_tls_exclude_ciphers in main.cf (shared by the client transports)',
    rule: 'weak-cipher-suites',
    service: 'smtp/unix',
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_exclude_ciphers = eNULL\nsmtp_tls_security_level = may\nsmtp_tls_mandatory_protocols = >=TLSv1.2\ntls_medium_cipherlist = ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\nsmtp      unix  -       -       y       -       -       smtp\n',
    expect: { 'main.cf': ['smtp_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_exclude_ciphers = eNULL\n'] },
  },
  {
    name: 'invalid grade (OpenSSL string) in main.cf: high, and the "!" part moves to the exclusions',
    rule: 'invalid-cipher-grade',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_ciphers = HIGH:!aNULL\n`,
    expect: { 'main.cf': ['smtpd_tls_ciphers = high\nsmtpd_tls_exclude_ciphers = aNULL\n'] },
  },
  {
    name: 'invalid grade in a braced -o on submission',
    rule: 'invalid-cipher-grade',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n  -o { smtpd_tls_mandatory_ciphers = HIGH:!aNULL:!MD5 }\n',
    expect: { 'master.cf': ['  -o { smtpd_tls_mandatory_ciphers = high }\n', '  -o { smtpd_tls_mandatory_exclude_ciphers = aNULL, MD5 }\n'] },
  },
  {
    name: 'invalid grade that is no grade at all: no fix',
    rule: 'invalid-cipher-grade',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_ciphers = ECDHE+AESGCM\n`,
    expect: false,
  },
  {
    name: 'invalid protocol list: "!TLSv1.4" excludes nothing, the rest is a floor',
    rule: 'invalid-protocol-list',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1.4\n`,
    expect: { 'main.cf': ['smtpd_tls_protocols = >=TLSv1\n'] },
  },
  {
    name: 'invalid mandatory list on submission ("TLSv1.0" misspelt): >=TLSv1.2 on its own -o',
    rule: 'invalid-protocol-list',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o { smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1.0, !TLSv1.1 }\n',
    // The braced form the admin used is kept.
    expect: { 'master.cf': ['  -o { smtpd_tls_mandatory_protocols = >=TLSv1.2 }\n'] },
  },
  {
    name: 'invalid list on Postfix 3.5: the exclusion form',
    rule: 'invalid-protocol-list',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1.0\n`,
    policy: 'extends: baseline\npostfixVersion: "3.5"\n',
    expect: { 'main.cf': ['smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1\n'] },
  },
  {
    name: 'invalid list on port 25 raised to the policy floor (ncsc-nl: TLS 1.2 on the MX)',
    rule: 'invalid-protocol-list',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\n  -o smtpd_tls_protocols=TLSv1.0\n',
    policy: 'extends: baseline\nroles:\n  mx:\n    minProtocol: TLSv1.2\n',
    expect: { 'master.cf': ['  -o smtpd_tls_protocols=>=TLSv1.2\n'] },
  },
  {
    name: 'invalid opportunistic list in main.cf shared by port 25 and an encrypt submission: port 25 keeps its old versions',
    rule: 'invalid-protocol-list',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_protocols = TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\nsubmission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n',
    expect: { 'main.cf': ['smtpd_tls_protocols = >=TLSv1\n'] },
  },
  {
    name: 'invalid list with no meaning (>=TLSv1.4): no fix',
    rule: 'invalid-protocol-list',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.4\n`,
    expect: false,
  },
  {
    name: 'invalid level "maybe": may',
    rule: 'invalid-security-level',
    service: null,
    main: `${CERT}smtpd_tls_security_level = maybe\n`,
    expect: { 'main.cf': ['smtpd_tls_security_level = may\n'] },
  },
  {
    name: 'invalid level "required" on submission: encrypt',
    rule: 'invalid-security-level',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=required\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n',
    expect: { 'master.cf': ['  -o smtpd_tls_security_level=encrypt\n'] },
  },
  {
    name: 'client level typo "verfy": verify',
    rule: 'invalid-security-level',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = verfy\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n`,
    expect: { 'main.cf': ['smtp_tls_security_level = verify\n'] },
  },
  {
    name: 'server level "dane" (a client level): no guess',
    rule: 'invalid-security-level',
    service: null,
    main: `${CERT}smtpd_tls_security_level = dane\n`,
    expect: false,
  },
  {
    name: 'boolean "true": yes',
    rule: 'invalid-boolean',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_auth_only = true\n`,
    expect: { 'main.cf': ['smtpd_tls_auth_only = yes\n'] },
  },
  {
    name: 'boolean "On" in wrapper mode on 465: yes, in place',
    rule: 'invalid-boolean',
    service: 'submissions/inet',
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n`,
    master: 'submissions inet n      -       y       -       -       smtpd\n  -o smtpd_tls_wrappermode=On\n',
    expect: { 'master.cf': ['  -o smtpd_tls_wrappermode=yes\n'] },
  },
  {
    name: 'empty boolean: no guess',
    rule: 'invalid-boolean',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\n  -o smtpd_enforce_tls=\n',
    expect: false,
  },
  {
    name: 'unknown -o name whose correct name is already set on the service: no rename (it would override)',
    rule: 'unknown-parameter',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocol=>=TLSv1.2\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n',
    expect: false,
  },
  {
    name: 'unknown main.cf name with one close candidate: renamed',
    rule: 'unknown-parameter',
    service: null,
    main: `${CERT}smtpd_tls_secrity_level = may\n`,
    expect: { 'main.cf': ['\nsmtpd_tls_security_level = may\n'] },
  },
  {
    name: 'unknown -o name on an encrypt service: renamed in place',
    rule: 'unknown-parameter',
    service: 'submission/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'submission inet n       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocol=>=TLSv1.2\n',
    expect: { 'master.cf': ['  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n'] },
  },
  {
    name: 'unknown name equally close to three (eccert, dcert, cert): no guess',
    rule: 'unknown-parameter',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtpd_tls_ecert_file = /etc/ssl/ec.pem\n`,
    expect: false,
  },
  {
    name: 'unknown name one digit away from a known one (an old parameter, not a typo): no rename',
    rule: 'unknown-parameter',
    service: null,
    main: `${CERT}smtpd_tls_security_level = may\nsmtp_skip_4xx_greeting = yes\n`,
    expect: false,
  },
  {
    name: 'BOM: the three bytes removed, the first setting applies',
    rule: 'bom',
    service: null,
    main: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`smtpd_tls_security_level = may\n${CERT}`)]),
    expect: { 'main.cf': ['smtpd_tls_security_level = may\n'] },
  },
  {
    name: 'wrapper mode on port 25: STARTTLS again (wrappermode=no in place)',
    rule: 'mx-requires-tls',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\n  -o smtpd_tls_wrappermode=yes\n',
    expect: { 'master.cf': ['  -o smtpd_tls_wrappermode=no\n'] },
  },
  {
    name: 'wrapper mode on port 25 with encrypt in main.cf: wrappermode=no, and level may',
    rule: 'mx-requires-tls',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = encrypt\n`,
    master: 'smtp      inet  n       -       y       -       -       smtpd\n  -o smtpd_tls_wrappermode=yes\n',
    // The only service of the set: main.cf's level is changed where it is (helpers setForEndpoint).
    expect: { 'master.cf': ['  -o smtpd_tls_wrappermode=no\n'], 'main.cf': ['smtpd_tls_security_level = may\n'] },
  },
  {
    name: 'postscreen with after-220 tests and encrypt: postscreen_tls_security_level=may on the postscreen line',
    rule: 'mx-requires-tls',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: `smtp      inet  n       -       y       -       1       postscreen\n  -o postscreen_pipelining_enable=yes\n  -o postscreen_tls_security_level=encrypt\n${PS_SUPPORT}`,
    expect: { 'master.cf': ['  -o postscreen_tls_security_level=may\n'] },
  },
  {
    name: 'postscreen without after-220 tests: the smtpd pass service gets level may',
    rule: 'mx-requires-tls',
    service: 'smtp/inet',
    main: `${CERT}smtpd_tls_security_level = may\n`,
    master: `smtp      inet  n       -       y       -       1       postscreen\nsmtpd     pass  -       -       y       -       -       smtpd\n  -o smtpd_tls_security_level=encrypt\ntlsproxy  unix  -       -       y       -       0       tlsproxy\n`,
    expect: { 'master.cf': ['smtpd\n  -o smtpd_tls_security_level=may\ntlsproxy'] },
  },
  {
    name: 'no certificate: no fix (a certificate cannot be invented; turning TLS off would be worse)',
    rule: 'no-certificate',
    service: 'smtp/inet',
    main: 'smtpd_tls_security_level = may\n',
    master: 'smtp      inet  n       -       y       -       -       smtpd\n',
    expect: false,
  },
];

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Postfix re-reads a file changed less than a second ago several times, 0.3 s apart: date it back. */
function writeOld(file: string, data: string | Buffer): void {
  writeFileSync(file, data);
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
}

function write(c: Case): string {
  const dir = tempDir('pta-rule-fix-');
  writeOld(path.join(dir, 'main.cf'), c.main);
  if (c.master) writeOld(path.join(dir, 'master.cf'), c.master);
  return dir;
}

async function policyOf(c: Case): Promise<Policy> {
  if (!c.policy) return policyFromProfile('baseline')!;
  const r = await parsePolicy('policy.yml', c.policy);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

const noPostconf = postconfUnavailable();
const key = (f: Finding): string => `${f.ruleId}|${f.service}|${f.message}`;

describe('fixes of the value and cipher rules', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, async () => {
      const dir = write(c);
      const policy = (await policyOf(c));
      const audit = await auditRepository(dir, { policy });
      const mine = audit.findings.filter((f) => f.ruleId === c.rule && f.service === c.service);
      expect(mine.length, JSON.stringify(audit.findings.map(key))).toBeGreaterThan(0);
      if (c.expect === false) {
        expect(mine.filter((f) => f.fix).map((f) => f.fix)).toEqual([]);
        return;
      }
      const fixed = mine.filter((f) => f.fix);
      expect(fixed.length, mine.map((f) => f.message).join('\n')).toBe(mine.length);
      // The combined diff (what --diff / --fix write) includes it.
      const combined = audit.fixes();
      for (const f of fixed) expect(combined.applied).toContain(f);

      const texts = new Map(['main.cf', 'master.cf'].filter((f) => f === 'main.cf' || c.master).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
      const edits = [...new Map(fixed.flatMap((f) => f.fix!.edits).map((e) => [JSON.stringify(e), e])).values()];
      const out = tempDir('pta-rule-fixed-');
      for (const [f, t] of texts) writeOld(path.join(out, f), t);
      for (const [f, t] of applyEditsToFiles(texts, edits)) writeOld(path.join(out, f), t);
      for (const [file, wanted] of Object.entries(c.expect)) {
        const text = readFileSync(path.join(out, file), 'utf8');
        for (const w of wanted) expect(text, text).toContain(w);
      }
      if (c.rule === 'bom') expect(readFileSync(path.join(out, 'main.cf'))[0]).toBe(0x73);

      const after = await auditRepository(out, { policy });
      expect(after.findings.filter((f) => f.ruleId === c.rule && f.service === c.service).map((f) => f.message)).toEqual([]);
      const before = new Set(audit.findings.map((f) => `${f.ruleId}|${f.service}`));
      expect(after.findings.filter((f) => !before.has(`${f.ruleId}|${f.service}`)).map(key)).toEqual([]);

      if (!noPostconf) {
        const warnings = (d: string) => runRealPostconf(['-c', d, '-n']).stderr.split('\n').filter(Boolean).map((l) => l.replace(d, 'DIR'));
        const was = new Set(warnings(dir));
        expect(warnings(out).filter((w) => !was.has(w))).toEqual([]);
      }
    });
  }
});

