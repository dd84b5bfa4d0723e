/** The explain command: text and JSON (the contract of the phase-2 brief), on examples and temp repos. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { TOOL_VERSION } from '../../src/version.js';

const repo = path.resolve(__dirname, '../..');
const text = (r: { stdout: string | Buffer }) => r.stdout.toString();

describe('explain on a temp repository', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pta-explain-'));
    mkdirSync(path.join(dir, 'mx/postfix'), { recursive: true });
    writeFileSync(path.join(dir, 'mx/postfix/main.cf'), 'smtpd_tls_cert_file = /etc/ssl/mx.pem\nsmtpd_tls_security_level = may\nmua_level = encrypt\nsmtpd_tls_mandatory_protocols = TLSv1.2\n');
    writeFileSync(
      path.join(dir, 'mx/postfix/master.cf'),
      'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o smtpd_tls_security_level=$mua_level\n  -o smtpd_sasl_auth_enable=yes\nsmtps inet n - y - - smtpd -o smtpd_tls_protocols=!SSLv2, !SSLv3\nsmtp unix - - y - - smtp\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('JSON follows the contract', async () => {
    const r = await runCli(['explain', dir, '--format', 'json'], repo);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(text(r));
    expect(json.tool).toEqual({ name: 'postfix-tls-audit', version: TOOL_VERSION });
    expect(json.configSets).toHaveLength(1);
    const set = json.configSets[0];
    expect(set).toMatchObject({ root: 'mx/postfix', mainCf: 'mx/postfix/main.cf', masterCf: 'mx/postfix/master.cf', postfixVersion: { version: '3.7', source: 'default' } });
    expect(set.endpoints.map((e: { service: string; type: string }) => `${e.service}/${e.type}`)).toEqual(['smtp/inet', 'submission/inet', 'smtps/inet', 'smtp/unix']);
    const sub = set.endpoints[1];
    expect(sub).toMatchObject({ service: 'submission', type: 'inet', command: 'smtpd', line: 2, kind: 'server', role: 'submission', listen: { host: null, port: 587 } });
    const { ciphers, tls13Ciphersuites, cipherClassCounts, ...rest } = sub.tls;
    expect(ciphers).toContain('ECDHE-RSA-AES256-GCM-SHA384');
    expect(cipherClassCounts.total).toBe(ciphers.length);
    expect(tls13Ciphersuites).toEqual([]); // TLS 1.3 is not negotiable here
    expect(rest).toEqual({
      offered: true,
      advertised: true,
      required: true,
      implicit: false,
      protocols: ['TLSv1.2'],
      protocolList: { parameter: 'smtpd_tls_mandatory_protocols', value: 'TLSv1.2', valid: true },
      cipherGrade: 'medium',
      cipherExclusions: [],
      certificateConfigured: true,
      authBeforeTls: false,
      dead: null,
      level: 'encrypt',
    });
    expect(sub.values.smtpd_tls_security_level).toEqual({ value: 'encrypt', raw: '$mua_level', source: 'master.cf:3', chain: ['main.cf:3 mua_level'] });
    expect(set.endpoints[2].tls).toMatchObject({ dead: 'unexpected command-line argument: !SSLv3', offered: false, protocols: [] });
    expect(set.endpoints[3]).toMatchObject({ kind: 'client', role: 'client-smtp', listen: null, line: 6 });
    expect(set.endpoints[3].tls).toMatchObject({ advertised: null, certificateConfigured: null, level: 'none', offered: false });
    const codes = set.diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['tls/include-list-drops-tls13', 'master-cf/unexpected-argument']));
    expect(json.diagnostics).toEqual([]);
  });

  it('--postfix-version changes the analysis and is reported as the source', async () => {
    const mainPath = path.join(dir, 'mx/postfix/main.cf');
    const original = readFileSync(mainPath);
    writeFileSync(mainPath, 'smtpd_tls_cert_file = /etc/ssl/mx.pem\nsmtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\n');
    const r = await runCli(['explain', dir, '--format', 'json', '--postfix-version', '3.5'], repo);
    const set = JSON.parse(text(r)).configSets[0];
    expect(set.postfixVersion).toEqual({ version: '3.5', source: 'option', reason: '--postfix-version 3.5' });
    expect(set.endpoints[0].tls).toMatchObject({ advertised: true, offered: false, protocols: [], protocolList: { valid: false, invalidToken: '>=TLSv1.2' } });
    const r37 = JSON.parse(text(await runCli(['explain', dir, '--format', 'json'], repo))).configSets[0];
    expect(r37.endpoints[0].tls.protocols).toEqual(['TLSv1.2', 'TLSv1.3']);
    writeFileSync(mainPath, original);
  });

  it('text names each endpoint, what it offers, and where values come from', async () => {
    const r = await runCli(['explain', dir], repo);
    expect(r.exitCode).toBe(0);
    const out = text(r);
    expect(out).toContain('config set mx/postfix');
    expect(out).toMatch(/Postfix 3\.7 \(default: /);
    expect(out).toMatch(/submission\/inet \(smtpd, master\.cf line 2\) — submission \[port 587\], \*:587/);
    expect(out).toMatch(/smtps\/inet .*\n\s+DEAD: unexpected command-line argument: !SSLv3/);
    expect(out).toMatch(/smtpd_tls_security_level += encrypt \(raw: \$mua_level\)  \[master\.cf:3 via main\.cf:3 mua_level\]/);
  });

  it('rejects bad options', async () => {
    expect((await runCli(['explain', dir, '--format', 'xml'], repo)).exitCode).toBe(2);
    const r = await runCli(['explain', dir, '--postfix-version', '2.11'], repo);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/not supported/);
  });
});

describe('explain on the shipped examples', () => {
  it('runs in text and JSON', async () => {
    const t = await runCli(['explain', 'examples'], repo);
    expect(t.exitCode).toBe(0);
    expect(text(t)).toContain('config set mail-stack/postfix');
    const j = JSON.parse(text(await runCli(['explain', 'examples', '--format', 'json'], repo)));
    expect(j.configSets.map((s: { root: string }) => s.root)).toEqual(['good', 'mail-stack/postfix']);
    const lines = readFileSync(path.join(repo, 'examples/good/master.cf'), 'utf8').split('\n');
    const smtpLine = lines.findIndex((l) => l.startsWith('smtp ')) + 1;
    expect(j.configSets[0].endpoints[0]).toMatchObject({ service: 'smtp', line: smtpLine, role: 'mx' });
  });
});
