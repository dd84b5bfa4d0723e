import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import type { ConfigSetModel } from '../../src/model/index.js';
import {
  applyEditsToConfigSet,
  editableSources,
  protocolListFor,
  setMainCfParameter,
  setServiceOption,
  unifiedDiff,
  verifyFix,
  type BuildResult,
  type TextEdit,
} from '../../src/fix/index.js';
import { loadedOf, loadedSetsUnder } from './support.js';

const edits = (...results: BuildResult[]): TextEdit[] =>
  results.flatMap((r) => {
    if (!r.ok) throw new Error(r.reason);
    return r.edits;
  });

const submission = (m: ConfigSetModel) => m.endpoints.find((e) => e.service === 'submission' && e.type === 'inet');
const requiresModernTls = (m: ConfigSetModel): boolean => {
  const tls = submission(m)?.tls;
  return !!tls && tls.required && tls.offered && tls.protocols.join(',') === 'TLSv1.2,TLSv1.3';
};

describe('verifyFix on the example repository', () => {
  it('the submission service fixed with its own -o requires TLS 1.2+ and nothing new is reported', async () => {
    const [loaded] = await loadedSetsUnder(join(process.cwd(), 'examples/mail-stack'));
    if (!loaded?.master || !loaded.main) throw new Error('example set not found');
    const before = buildConfigSetModel(loaded);
    expect(requiresModernTls(before)).toBe(false);
    const version = before.postfixVersion.version;
    const fix = edits(
      setServiceOption(loaded.master, 'submission', 'smtpd_tls_security_level', 'encrypt'),
      setServiceOption(loaded.master, 'submission', 'smtpd_tls_mandatory_protocols', protocolListFor(version, 'option')),
    );
    expect(fix.every((e) => e.file === 'postfix/master.cf')).toBe(true);
    const result = verifyFix(loaded, fix, requiresModernTls, {}, before);
    expect(result.error).toBeUndefined();
    expect(result.newDiagnostics).toEqual([]);
    expect(result.checkPassed).toBe(true);
    expect(result.ok).toBe(true);
    // Other endpoints unchanged.
    const mx = (m: ConfigSetModel) => m.endpoints.find((e) => e.service === 'smtp' && e.type === 'inet')?.tls;
    expect(mx(result.model!)).toEqual(mx(before));
    const texts = new Map([...editableSources(loaded)].map(([p, s]) => [p, s.text]));
    expect(unifiedDiff(texts, fix)).toBe(
      [
        '--- a/postfix/master.cf',
        '+++ b/postfix/master.cf',
        '@@ -9,10 +9,11 @@',
        ' submission inet n       -       y       -       -       smtpd',
        '   -o syslog_name=postfix/submission',
        '   -o smtp_tls_mandatory_protocols=TLSv1',
        '-  -o smtpd_tls_security_level=may',
        '+  -o smtpd_tls_security_level=encrypt',
        '   -o smtpd_sasl_auth_enable=yes',
        '   -o smtpd_client_restrictions=permit_sasl_authenticated,reject',
        '   -o milter_macro_daemon_name=ORIGINATING',
        '+  -o smtpd_tls_mandatory_protocols=>=TLSv1.2',
        ' smtps     inet  n       -       y       -       -       smtpd',
        '   -o syslog_name=postfix/smtps',
        '   -o smtpd_tls_wrappermode=yes',
        '',
      ].join('\n'),
    );
    // The same hunks as diff -u of the whole files.
    const dir = mkdtempSync(join(tmpdir(), 'fix-example-'));
    try {
      writeFileSync(join(dir, 'old'), loaded.master.source.text);
      writeFileSync(join(dir, 'new'), result.fixed!.texts.get('postfix/master.cf')!);
      const r = spawnSync('diff', ['-u', join(dir, 'old'), join(dir, 'new')], { encoding: 'utf8' });
      expect(r.stdout.split('\n').slice(2).join('\n')).toBe(unifiedDiff(texts, fix).split('\n').slice(2).join('\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('verifyFix', () => {
  const main = 'smtpd_tls_cert_file = /c.pem\nsmtpd_tls_key_file = /k.pem\nsmtpd_tls_security_level = may\n';
  const master = 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n';

  it('reports a check that does not hold', () => {
    const loaded = loadedOf({ main, master });
    const fix = edits(setServiceOption(loaded.master!, 'submission', 'smtpd_tls_security_level', 'encrypt'));
    const r = verifyFix(loaded, fix, requiresModernTls);
    expect(r.checkPassed).toBe(false); // the mandatory list is still the default >=TLSv1
    expect(r.ok).toBe(false);
    expect(r.newDiagnostics).toEqual([]);
  });

  it('reports diagnostics that the fix introduces', () => {
    const loaded = loadedOf({ main, master });
    const fix = edits(setServiceOption(loaded.master!, 'submission', 'smtpd_tls_security_level', 'required'));
    const r = verifyFix(loaded, fix, () => true);
    expect(r.checkPassed).toBe(true);
    expect(r.ok).toBe(false);
    expect(r.newDiagnostics.length).toBeGreaterThan(0);
    expect(r.newDiagnostics.every((d) => d.path === 'etc/postfix/master.cf')).toBe(true);
  });

  it('a main.cf fix for every service, with the pre-3.6 list on an old target', () => {
    const loaded = loadedOf({ main, master });
    const fix = edits(setMainCfParameter(loaded.main!, 'smtpd_tls_protocols', protocolListFor('3.5')));
    const r = verifyFix(loaded, fix, (m) => m.endpoints.filter((e) => e.kind === 'server').every((e) => e.tls.protocols.join(',') === 'TLSv1.2,TLSv1.3'), { postfixVersion: '3.5' });
    expect(r.ok).toBe(true);
    expect(r.fixed!.texts.get('etc/postfix/main.cf')).toBe(main + 'smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n');
  });

  it('rejects overlapping edits, a file outside the set and the stock master.cf', () => {
    const loaded = loadedOf({ main, master });
    const a = edits(setServiceOption(loaded.master!, 'submission', 'syslog_name', 'a'));
    const b = edits(setServiceOption(loaded.master!, 'submission', 'syslog_name', 'b'));
    expect(verifyFix(loaded, [...a, ...b], () => true).error).toMatch(/overlapping/);
    expect(verifyFix(loaded, [{ ...a[0]!, file: 'other/main.cf' }], () => true).error).toMatch(/not part of the config set/);
    const mainOnly = loadedOf({ main });
    expect(mainOnly.masterIsStock).toBe(true);
    const stockEdit = edits(setServiceOption(mainOnly.master!, 'smtp', 'smtpd_tls_security_level', 'encrypt'));
    expect(verifyFix(mainOnly, stockEdit, () => true).error).toMatch(/not part of the config set/);
  });

  it('keeps a Latin-1 file Latin-1 (positions are characters = bytes there)', () => {
    const bytes = Buffer.from('# caf\xe9\nsmtpd_tls_security_level = may\n', 'latin1');
    const loaded = loadedOf({ main: bytes, master });
    expect(loaded.main!.source.encoding).toBe('latin1');
    const fix = edits(setMainCfParameter(loaded.main!, 'smtpd_tls_security_level', 'encrypt'));
    const fixed = applyEditsToConfigSet(loaded, fix);
    expect(fixed.loaded.main!.source.encoding).toBe('latin1');
    expect(fixed.loaded.main!.values.get('smtpd_tls_security_level')?.value).toBe('encrypt');
    expect(fixed.texts.get('etc/postfix/main.cf')).toBe('# caf\xe9\nsmtpd_tls_security_level = encrypt\n');
  });
});

describe('newDiagnosticsOf', () => {
  it('matches a diagnostic that moved with inserted lines, not one at a new place', () => {
    const main = 'smtpd_tls_cert_file = /c.pem\nsmtpd_tls_key_file = /k.pem\nmyhostname = a\nmyhostname = b\n';
    const loaded = loadedOf({ main });
    const before = buildConfigSetModel(loaded);
    expect(before.diagnostics.map((d) => d.code)).toContain('main-cf/duplicate');
    // Inserted before the duplicate: the duplicate warning moves one line down, it is not new.
    const fix = edits(setMainCfParameter(loaded.main!, 'smtpd_tls_protocols', '>=TLSv1.2'));
    expect(fix[0]!.startLine).toBe(3);
    const r = verifyFix(loaded, fix, () => true, {}, before);
    expect(r.newDiagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    // A second duplicate elsewhere is new.
    const dup = edits(setMainCfParameter(loaded.main!, 'smtpd_tls_security_level', 'may'));
    const again = verifyFix(loaded, [...dup, { ...dup[0]!, replacement: 'smtpd_tls_security_level = encrypt\n' }], () => true, {}, before);
    expect(again.newDiagnostics.map((d) => d.code)).toEqual(['main-cf/duplicate']);
  });
});
