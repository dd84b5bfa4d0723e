import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverConfigSets } from '../../src/discover/index.js';
import { STOCK_MASTER_CF, STOCK_MASTER_CF_SHA256 } from '../../src/discover/stock-master-cf.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

describe('discovery over the shipped examples/', () => {
  it('finds the bad mail-stack set and the good set, both complete', async () => {
    const result = await discoverConfigSets(EXAMPLES, {});
    // A notice (e.g. git refusing a checkout owned by someone else, then a walk) does not change the sets.
    expect(result.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(
      result.sets.map((s) => ({
        directory: s.directory,
        files: s.files.map((f) => [f.path, f.kind, f.template]),
        stock: s.pairedWithStockMaster,
        builtin: s.pairedWithBuiltinDefaults,
      })),
    ).toEqual([
      {
        directory: 'good',
        files: [
          ['good/main.cf', 'main.cf', undefined],
          ['good/master.cf', 'master.cf', undefined],
        ],
        stock: false,
        builtin: false,
      },
      {
        directory: 'mail-stack/postfix',
        files: [
          ['mail-stack/postfix/main.cf', 'main.cf', undefined],
          ['mail-stack/postfix/master.cf', 'master.cf', undefined],
        ],
        stock: false,
        builtin: false,
      },
    ]);
  });

  it('the mail-stack set really carries the advice the README describes', () => {
    const main = readFileSync(path.join(EXAMPLES, 'mail-stack/postfix/main.cf'), 'utf8');
    const master = readFileSync(path.join(EXAMPLES, 'mail-stack/postfix/master.cf'), 'utf8');
    expect(main).toMatch(/^smtpd_tls_mandatory_protocols = TLSv1\.2$/m);
    expect(main).toMatch(/^smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1\.1, TLSv1\.2$/m);
    expect(main).toMatch(/^smtpd_tls_eecdh_grade = strong$/m);
    expect(main).toMatch(/^smtpd_tls_dh1024_param_file = /m);
    expect(main).toMatch(/^smtpd_tls_cert_file = \/etc\/letsencrypt\/live\//m);
    expect(master).toMatch(/^submission inet[^\n]*\n(?:  -o [^\n]*\n)*  -o smtp_tls_mandatory_protocols=TLSv1\n/m);
    expect(master).toContain('  -o smtpd_tls_security_level=may\n  -o smtpd_sasl_auth_enable=yes\n');
    expect(master).toMatch(/^smtps     inet[^\n]*\n  -o syslog_name=postfix\/smtps\n  -o smtpd_tls_wrappermode=yes\n/m);
  });
});

const postconfReason = postconfUnavailable();

describe.skipIf(postconfReason !== undefined)('the examples are valid for the real postconf 3.7', () => {
  it.each(['mail-stack/postfix', 'good'])('%s: postconf -n, -M and -P exit 0 without messages', (dir) => {
    for (const view of ['-n', '-M', '-P']) {
      const run = runRealPostconf(['-c', path.join(EXAMPLES, dir), view]);
      expect({ view, status: run.status, stderr: run.stderr }).toEqual({ view, status: 0, stderr: '' });
      expect(run.stdout.length).toBeGreaterThan(0);
    }
  });
});

describe('the stock master.cf data module', () => {
  it('matches its recorded checksum', () => {
    expect(createHash('sha256').update(STOCK_MASTER_CF, 'utf8').digest('hex')).toBe(STOCK_MASTER_CF_SHA256);
  });

  const dist = '/usr/share/postfix/master.cf.dist';
  it.skipIf(!existsSync(dist))('is byte-identical to Debian postfix 3.7 /usr/share/postfix/master.cf.dist', () => {
    expect(Buffer.from(STOCK_MASTER_CF, 'utf8').equals(readFileSync(dist))).toBe(true);
  });

  it.skipIf(postconfReason !== undefined)('is accepted by the real postconf -M', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pta-stock-'));
    try {
      writeFileSync(path.join(dir, 'main.cf'), '');
      writeFileSync(path.join(dir, 'master.cf'), STOCK_MASTER_CF);
      const run = runRealPostconf(['-c', dir, '-M']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.toString('utf8')).toContain('smtp       inet  n       -       y       -       -       smtpd');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
