/**
 * The value repairs behind the fixes (src/fix/value-repair.ts) and the exclusion chooser
 * (src/fix/cipher-exclusions.ts): the nearest valid value where the intent is clear, nothing otherwise.
 * The repaired protocol lists are checked with the protocol-list evaluator the model uses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseExclusions, suitesMatching } from '../../src/fix/cipher-exclusions.js';
import { editDistance, floorList, repairBoolean, repairCipherGrade, repairProtocolList, repairSecurityLevel, uniqueClosest } from '../../src/fix/value-repair.js';
import { cipherNames } from '../../src/tls/ciphers/evaluate.js';
import { evaluateProtocolList } from '../../src/tls/protocols.js';

describe('value repairs', () => {
  it('uniqueClosest refuses ties and far candidates', () => {
    expect(uniqueClosest('smtpd_tls_mandatory_protocol', ['smtpd_tls_mandatory_protocols', 'smtp_tls_mandatory_protocols'], 4)).toBe('smtpd_tls_mandatory_protocols');
    expect(uniqueClosest('smtpd_tls_ecert_file', ['smtpd_tls_cert_file', 'smtpd_tls_eccert_file', 'smtpd_tls_dcert_file'], 3)).toBeUndefined();
    expect(uniqueClosest('abcdef', ['uvwxyz'], 2)).toBeUndefined();
  });

  it('booleans', () => {
    for (const v of ['true', 'On', '1', 'enabled', 'ye']) expect(repairBoolean(v), v).toBe('yes');
    for (const v of ['false', 'OFF', '0', 'disabled', 'np']) expect(repairBoolean(v), v).toBe('no');
    for (const v of ['', 'maybe', 'yes # comment', '2']) expect(repairBoolean(v), v).toBeUndefined();
  });

  it('security levels: typos and synonyms, server and client sets', () => {
    expect(repairSecurityLevel('maybe', 'server')).toBe('may');
    expect(repairSecurityLevel('encrpyt', 'server')).toBe('encrypt');
    expect(repairSecurityLevel('Required', 'server')).toBe('encrypt');
    expect(repairSecurityLevel('opportunistic', 'server')).toBe('may');
    expect(repairSecurityLevel('verfy', 'client')).toBe('verify');
    expect(repairSecurityLevel('dane', 'server')).toBeUndefined();
    expect(repairSecurityLevel('verfy', 'server')).toBeUndefined();
    expect(repairSecurityLevel('may smtpd_tls_auth_only = yes', 'server')).toBeUndefined();
    expect(repairSecurityLevel('', 'server')).toBeUndefined();
  });

  it('cipher grades: OpenSSL strings built on one grade keyword, typos; nothing for suite lists', () => {
    expect(repairCipherGrade('HIGH:!aNULL')).toEqual({ grade: 'high', exclusions: ['aNULL'] });
    expect(repairCipherGrade('HIGH:!aNULL:!MD5:@STRENGTH')).toEqual({ grade: 'high', exclusions: ['aNULL', 'MD5'] });
    expect(repairCipherGrade('MEDIUM:-RC4')).toEqual({ grade: 'medium', exclusions: ['RC4'] });
    expect(repairCipherGrade('hihg')).toEqual({ grade: 'high', exclusions: [] });
    expect(repairCipherGrade('ECDHE+AESGCM')).toBeUndefined();
    expect(repairCipherGrade('HIGH:MEDIUM')).toBeUndefined();
    expect(repairCipherGrade('HIGH:+AES')).toBeUndefined();
    expect(repairCipherGrade('$my_grade')).toBeUndefined();
    expect(repairCipherGrade('bogus')).toBeUndefined();
  });

  it('protocol lists: the same intent as a floor, in the target syntax; valid for the evaluator', () => {
    const cases: [string, string, string | null, string | undefined][] = [
      ['!SSLv2, !SSLv3, !TLSv1.4', '3.7', null, '>=TLSv1'],
      ['!SSLv2, !SSLv3, !TLSv1.0, !TLSv1.1', '3.7', null, '>=TLSv1.2'],
      ['TLSv1.0', '3.7', null, '>=TLSv1'],
      ['TLSv1.2 # only modern', '3.7', null, '>=TLSv1.2'],
      ['TLS1.2, TLS1.3', '3.7', null, '>=TLSv1.2'],
      ['-TLSv1, -TLSv1.1, !SSLv3', '3.7', null, '>=TLSv1.2'],
      ['>=TLSv1.0', '3.7', null, '>=TLSv1'],
      ['!SSLv2, !SSLv3, !TLSv1.0', '3.5', null, '!SSLv2, !SSLv3, !TLSv1'],
      ['TLSv1.0', '3.7', 'TLSv1.2', '>=TLSv1.2'],
      ['>=TLSv1.4', '3.7', null, undefined],
      ['bogus', '3.7', null, undefined],
      ['<=TLSv1.2, TLS1.0', '3.7', null, undefined],
      ['$mine', '3.7', null, undefined],
      ['>=TLSv1.0', '3.5', null, undefined],
    ];
    for (const [value, version, floor, want] of cases) {
      const got = repairProtocolList(value, version, floor as never)?.value;
      expect(got, `${value} (${version})`).toBe(want);
      if (got) expect(evaluateProtocolList(got, { postfixVersion: version }).valid).toBe(true);
    }
    expect(floorList('3.5', 'TLSv1.2')).toBe('!SSLv2, !SSLv3, !TLSv1, !TLSv1.1');
  });
});

describe('exclusion chooser', () => {
  const universe = cipherNames('ALL:COMPLEMENTOFALL') as string[];
  const remaining = (tokens: string[]): Set<string> => new Set(cipherNames(`ALL:COMPLEMENTOFALL${tokens.map((t) => `:!${t}`).join('')}`) as string[]);

  it('removes the bad suites and never an allowed one', () => {
    const bad = universe.filter((n) => n.startsWith('NULL-') || n.includes('-NULL-'));
    const keep = universe.filter((n) => !bad.includes(n) && /ECDHE-RSA-AES/.test(n));
    const choice = chooseExclusions(bad, keep)!;
    expect(choice.tokens).toEqual(['eNULL']);
    const left = remaining(choice.tokens);
    for (const b of bad) expect(left.has(b), b).toBe(false);
    for (const k of keep) expect(left.has(k), k).toBe(true);
  });

  it('an allow-list of ECDHE AEAD suites: class tokens, allowed suites kept', () => {
    const keep = ['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305'];
    const bad = universe.filter((n) => !keep.includes(n) && /RSA|ADH|AECDH/.test(n) && !/PSK|SRP/.test(n));
    const choice = chooseExclusions(bad, keep, 8)!;
    expect(choice).toBeDefined();
    const left = remaining(choice.tokens);
    for (const b of bad) expect(left.has(b), b).toBe(false);
    for (const k of keep) expect(left.has(k), k).toBe(true);
    expect(choice.tokens.length).toBeLessThan(bad.length);
  });

  it('a token that would take an allowed suite is not used', () => {
    expect(suitesMatching('SHA1').has('ECDHE-RSA-AES128-SHA')).toBe(true);
    const choice = chooseExclusions(['AES128-SHA'], ['ECDHE-RSA-AES128-SHA'])!;
    expect(choice.tokens).not.toContain('SHA1');
    expect(remaining(choice.tokens).has('ECDHE-RSA-AES128-SHA')).toBe(true);
    expect(remaining(choice.tokens).has('AES128-SHA')).toBe(false);
  });
});

describe('editDistance', () => {
  // The textbook full table (optimal string alignment), to check the rolling-row version against.
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
        d[i]![j] = v;
      }
    }
    return d[a.length]![b.length]!;
  };
  it('equals the full-table definition on any pair of short strings', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 9 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 9 }), (a, b) => editDistance(a, b) === reference(a, b)), { numRuns: 2000 });
    expect(editDistance('hihg', 'high')).toBe(1);
    expect(editDistance('smtpd_tls_security_levle', 'smtpd_tls_security_level')).toBe(1);
  });
});
