/**
 * postconf -P override files (docker-mailserver postfix-master.cf): parsed lines and their effect,
 * compared with really running `postconf -P "<line>"` line by line as docker-mailserver does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSource } from '../../src/postfix/source.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { applyMasterOverrides, parseMasterOverrides } from '../../src/postfix/master-overrides.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const CASE = join(import.meta.dirname, '..', 'fixtures', 'master-overrides', 'dms-basic');
const load = () => {
  const master = parseMasterCf(makeSource(join(CASE, 'master.cf'), readFileSync(join(CASE, 'master.cf'))));
  const file = parseMasterOverrides(makeSource(join(CASE, 'postfix-master.cf'), readFileSync(join(CASE, 'postfix-master.cf'))));
  return { master, file };
};

describe('parseMasterOverrides', () => {
  it('reads service/type/parameter = value lines with positions and diagnostics', () => {
    const { file } = load();
    expect(file.overrides.map((o) => `${o.line}:${o.service}/${o.type}/${o.parameter}=${o.value}`)).toEqual([
      '3:submission/inet/smtpd_tls_security_level=encrypt',
      '4:smtp/inet/smtpd_tls_protocols=>=TLSv1.2',
      '5:smtps/inet/smtpd_tls_wrappermode=yes',
      '7:nomatch/inet/smtpd_tls_loglevel=1',
      '11:smtp/inet/chroot=n',
      '13:submission/inet/smtpd_tls_auth_only=yes',
      '14:relay/unix/smtp_tls_security_level=encrypt',
    ]);
    const o = file.overrides[1]!;
    expect(o.valueSpan.start).toMatchObject({ line: 4, column: 35 });
    expect(file.source.text.slice(o.valueSpan.start.offset, o.valueSpan.end.offset)).toBe('>=TLSv1.2');
    expect(file.diagnostics.map((d) => `${d.span?.start.line}:${d.code}`)).toEqual([
      '6:master-overrides/ignored-line',
      '8:master-overrides/whitespace-in-value',
      '9:master-overrides/ignored-line',
      '10:master-overrides/query',
      '11:master-overrides/field-as-parameter',
      '12:master-overrides/bad-pattern',
    ]);
  });

  it('applies overrides: replace in place, append after the last option, every matching service', () => {
    const { master, file } = load();
    const { services, diagnostics } = applyMasterOverrides(master, file);
    const sub = services.find((s) => s.service.name === 'submission')!;
    expect(sub.options.map((o) => `${o.name}=${o.value}:${o.origin}`)).toEqual([
      'syslog_name=postfix/submission:master.cf',
      'smtpd_tls_security_level=encrypt:override',
      'smtpd_tls_protocols=!SSLv2,:master.cf',
      'smtpd_tls_auth_only=yes:override',
    ]);
    // "!SSLv3" is still a stray argument: the appended -o lands before it, and smtpd still dies
    expect(sub.service.strayArguments.map((a) => a.text)).toEqual(['!SSLv3']);
    expect(services.find((s) => s.service.name === 'pickup')!.edited).toBe(false);
    expect(diagnostics.map((d) => d.postfixMessage)).toEqual(['unmatched service_name/type: "nomatch/inet/smtpd_tls_loglevel=1"']);
  });
});

const skip = postconfUnavailable();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.skipIf(skip !== undefined)('overrides vs real postconf -P edits', () => {
  it('gives the same per-service parameters and the same messages as running each line', () => {
    const { master, file } = load();
    const dir = mkdtempSync(join(tmpdir(), 'pta-overrides-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'main.cf'), '');
    copyFileSync(join(CASE, 'master.cf'), join(dir, 'master.cf'));
    const messages: string[] = [];
    for (const raw of file.source.text.split('\n')) {
      const line = raw.replace(/^[ \t]+|[ \t]+$/g, '');
      if (!/^[0-9a-z]/.test(line)) continue;
      const r = runRealPostconf(['-c', dir, '-P', line]);
      for (const l of r.stderr.split('\n')) {
        const m = /postconf: (warning|fatal): (.*)$/.exec(l);
        // a line without "=" is a query; its "unmatched request" is not an edit message
        if (m && !/unused parameter|undefined parameter|^unmatched request/.test(m[2] as string)) messages.push(m[2] as string);
      }
    }
    const real = new Map<string, Map<string, string>>();
    for (const l of runRealPostconf(['-c', dir, '-P']).stdout.toString('utf8').split('\n')) {
      const m = /^([^/]+)\/([^/]+)\/(\S+) = ?(.*)$/.exec(l);
      if (!m) continue;
      const key = `${m[1]}/${m[2]}`;
      if (!real.has(key)) real.set(key, new Map());
      real.get(key)!.set(m[3] as string, m[4] as string);
    }
    const { services, diagnostics } = applyMasterOverrides(master, file);
    const ours = new Map<string, Map<string, string>>();
    for (const s of services) {
      const m = new Map([...s.effective.values()].map((o) => [o.name, o.value] as const));
      if (m.size > 0) ours.set(`${s.service.name}/${s.service.type}`, m);
    }
    const norm = (m: Map<string, Map<string, string>>) => [...m.entries()].map(([k, v]) => [k, [...v.entries()].sort()]).sort();
    expect(norm(ours)).toEqual(norm(real));
    const ourMessages = [...file.diagnostics, ...diagnostics].map((d) => d.postfixMessage).filter((x): x is string => x !== undefined);
    expect([...new Set(ourMessages)].sort()).toEqual([...new Set(messages)].sort());
  });
});
