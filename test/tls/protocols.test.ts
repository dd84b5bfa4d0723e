/** Postfix's protocol-list evaluator (reference postfix-semantics §3.1-§3.5). */
import { describe, expect, it } from 'vitest';
import { evaluateProtocolList } from '../../src/tls/protocols.js';

const ALL = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const enabled = (value: string, postfixVersion = '3.7') => evaluateProtocolList(value, { postfixVersion }).enabled;

describe('§3.2 truth table (server side, LAB 3.7.11): client TLS 1.0 / 1.1 / 1.2 / 1.3', () => {
  // Each row: setting, versions the lab saw accepted among TLSv1..TLSv1.3, LAB port.
  const rows: [string, string[], string][] = [
    ['>=TLSv1', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], 'p10031 (default)'],
    ['TLSv1.2', ['TLSv1.2'], 'p10001'],
    ['!TLSv1, !TLSv1.1, TLSv1.2', ['TLSv1.2'], 'p10002'],
    ['>=TLSv1.2', ['TLSv1.2', 'TLSv1.3'], 'p10003'],
    ['>=0x0303', ['TLSv1.2', 'TLSv1.3'], 'p10014'],
    ['>=TLSv1.2 <=TLSv1.2', ['TLSv1.2'], 'p10010'],
    ['>= TLSv1.2', ['TLSv1.2'], 'p10011: empty operand is floor 0, then an include'],
    ['TLSv1.3', ['TLSv1.3'], 'p10012'],
    ['TLSv1.2:TLSv1.3', ['TLSv1.2', 'TLSv1.3'], 'p10028'],
    ['!TLSv1.1', ['TLSv1', 'TLSv1.2', 'TLSv1.3'], 'p10009 (hole)'],
    ['!TLSv1.2', ['TLSv1', 'TLSv1.1', 'TLSv1.3'], 'p10024'],
    ['TLSv1,TLSv1.2', ['TLSv1', 'TLSv1.2'], 'p10023'],
    ['SSLv3,TLSv1', ['TLSv1'], 'p10030 (SSLv3 too, as if OpenSSL allowed it)'],
    ['<=TLSv1.2', ['TLSv1', 'TLSv1.1', 'TLSv1.2'], 'p10026'],
    ['>=TLSv1.2, !TLSv1.3', ['TLSv1.2'], 'p10035'],
    ['TLSv1.2, >=TLSv1.3', [], 'p10036: no protocols available'],
    ['>=TLSv1.2,<=TLSv1.1', [], 'p10049: no protocols available'],
    ['!SSLv2 !SSLv3', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], 'p10043'],
    ['tlsv1.2', ['TLSv1.2'], 'p10008 (case)'],
    ['>=tlsv1.2', ['TLSv1.2', 'TLSv1.3'], 'p10048 (case)'],
    ['<=0x0305', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], 'p10055: unknown hex ceiling silently ignored'],
  ];
  for (const [setting, accepted, lab] of rows) {
    it(`${JSON.stringify(setting)} → ${accepted.join(' ') || 'nothing'} (${lab})`, () => {
      const r = evaluateProtocolList(setting);
      expect(r.valid).toBe(true);
      expect(r.enabled.filter((p) => p !== 'SSLv3')).toEqual(accepted);
      expect(r.noProtocolsAvailable).toBe(accepted.length === 0 && !r.enabled.includes('SSLv3'));
    });
  }

  it('SSLv3 appears only where Postfix would allow it (as if the TLS library allowed everything)', () => {
    expect(enabled('')).toEqual(ALL);
    expect(enabled('SSLv3,TLSv1')).toEqual(['SSLv3', 'TLSv1']);
    expect(enabled('!SSLv2, !SSLv3')).not.toContain('SSLv3');
    expect(enabled('>=TLSv1')).not.toContain('SSLv3');
  });

  for (const [setting, token, lab] of [
    ['>=TLSv1.4', '>=TLSv1.4', 'p10013'],
    ['TLSv1.0', 'TLSv1.0', 'p10045'],
    ['>=TLSv1.0', '>=TLSv1.0', 'p10046'],
    ['-TLSv1', '-TLSv1', 'p10047'],
    ['TLSv1.2 # only modern', '#', 'p10004 (a # is not a comment)'],
    ['TLS1.2', 'TLS1.2', 'gotcha 3'],
    ['TLSv1_2', 'TLSv1_2', 'gotcha 3'],
    ['tlsv1.4', 'tlsv1.4', '§3.1'],
    ['>=SSLv2', '>=SSLv2', '§3.1: SSLv2 is not a version-table name'],
    ['!TLSv1.2, bogus, TLSv1.3', 'bogus', 'one bad token invalidates the whole list'],
  ] as const) {
    it(`${JSON.stringify(setting)} is invalid at "${token}" (${lab})`, () => {
      const r = evaluateProtocolList(setting);
      expect(r.valid).toBe(false);
      expect(r.invalidToken).toBe(token);
      expect(r.enabled).toEqual([]);
      expect(r.postfixWarning).toBe(`Invalid TLS protocol list "${setting}": disabling TLS support`);
    });
  }
});

describe('§3.1 parser details', () => {
  it('splits on comma, space, tab, CR, LF and colon interchangeably', () => {
    for (const sep of [',', ' ', '\t', '\r', '\n', ':', ' , ', ':\t']) {
      expect(enabled(`TLSv1.2${sep}TLSv1.3`)).toEqual(['TLSv1.2', 'TLSv1.3']);
    }
  });

  it('hex operands: 0303, 0x303, 303, 0X0303 are TLS 1.2; "0x" alone is invalid', () => {
    for (const hex of ['0303', '0x303', '303', '0X0303', '+303']) expect(enabled(`>=${hex}`)).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(evaluateProtocolList('>=0x').valid).toBe(false);
    expect(evaluateProtocolList('>=0x1ffffffff').valid).toBe(false);
  });

  it('"None" and an empty operand mean no limit', () => {
    expect(enabled('>=None')).toEqual(ALL);
    expect(enabled('<=none')).toEqual(ALL);
    expect(enabled('<=')).toEqual(ALL);
  });

  it('a later bound replaces an earlier one, even one OpenSSL then refuses', () => {
    expect(enabled('>=TLSv1.2 >=TLSv1')).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    const r = evaluateProtocolList('>=TLSv1.2 >=0x0305');
    expect(r.enabled).toEqual(ALL);
    expect(r.ignoredBounds).toEqual(['>=0x0305']);
  });

  it('!X alongside includes is redundant; exclusions alone keep everything else', () => {
    expect(enabled('TLSv1.2, !TLSv1.1')).toEqual(['TLSv1.2']);
    expect(enabled('!TLSv1, !TLSv1.1')).toEqual(['SSLv3', 'TLSv1.2', 'TLSv1.3']);
  });

  it('an empty list enables everything (LAB p10052: empty smtpd_tls_protocols let TLS 1.0 through)', () => {
    const r = evaluateProtocolList('');
    expect(r.valid).toBe(true);
    expect(r.enabled).toEqual(ALL);
  });

  it('reports what it parsed', () => {
    const r = evaluateProtocolList('!SSLv2, TLSv1.2, >=TLSv1.1, <=0x0304');
    expect(r).toMatchObject({ included: ['TLSv1.2'], excluded: ['SSLv2'], floor: 0x0302, ceiling: 0x0304 });
  });
});

describe('version awareness (§3.4, §3.1)', () => {
  it('Postfix 3.5 and older: ">=TLSv1.2" is an unknown protocol name, so the list is invalid (gotcha 4)', () => {
    for (const v of ['3.5', '3.5.27', '3.4']) {
      const r = evaluateProtocolList('>=TLSv1.2', { postfixVersion: v });
      expect(r.valid).toBe(false);
      expect(r.invalidToken).toBe('>=TLSv1.2');
      expect(r.invalidReason).toMatch(/3\.6/);
    }
    expect(evaluateProtocolList('>=TLSv1.2', { postfixVersion: '3.6' }).valid).toBe(true);
    expect(evaluateProtocolList('<=TLSv1.2', { postfixVersion: '3.5' }).valid).toBe(false);
  });

  it('3.5 evaluates its own default "!SSLv2, !SSLv3" and include lists as 3.7 does', () => {
    expect(enabled('!SSLv2, !SSLv3', '3.5')).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(enabled('TLSv1.2', '3.5')).toEqual(['TLSv1.2']);
    expect(enabled('TLSv1.2 TLSv1.3', '3.4')).toEqual(['TLSv1.2', 'TLSv1.3']);
  });

  it('3.3-era behaviour (TLSv1.3 unknown to Postfix): an include list cannot exclude TLS 1.3, and naming it is invalid', () => {
    const old = { rangeSyntax: false, tls13Known: false };
    const r = evaluateProtocolList('TLSv1.2', old);
    expect(r.enabled).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(r.tls13NotExcludable).toBe(true);
    expect(evaluateProtocolList('!SSLv2, !SSLv3', old).enabled).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(evaluateProtocolList('TLSv1.3', old)).toMatchObject({ valid: false, invalidToken: 'TLSv1.3' });
    expect(evaluateProtocolList('!TLSv1.3', old)).toMatchObject({ valid: false, invalidToken: '!TLSv1.3' });
    // Gotcha 18: the 2.3-2.9 default copied into a newer config allows only SSLv3 and TLSv1.
    expect(evaluateProtocolList('SSLv3, TLSv1', old).enabled).toEqual(['SSLv3', 'TLSv1', 'TLSv1.3']);
    expect(evaluateProtocolList('SSLv3, TLSv1').enabled).toEqual(['SSLv3', 'TLSv1']);
  });
});
