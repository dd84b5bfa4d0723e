/**
 * config-refused fires exactly where the real postconf dies: each case is judged by the rule and by
 * `postconf -c DIR -n` (and `-M` for master.cf); the gate of the CLI then fails.
 */
import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const skip = postconfUnavailable();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'config-refused-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MASTER_OK = 'smtp      inet  n       -       y       -       -       smtpd\n';
const cases: { name: string; main: string; master?: string; refused: boolean }[] = [
  { name: 'missing-equals', main: 'smtpd_tls_security_level may\n', refused: true },
  { name: 'missing-name', main: 'smtpd_tls_security_level = may\n= yes\n', refused: true },
  { name: 'bad-field-count', main: 'smtpd_tls_security_level = may\n', master: 'smtp inet n - y - smtpd\n', refused: true },
  { name: 'invalid-type', main: 'smtpd_tls_security_level = may\n', master: 'smtp tcp n - y - - smtpd\n', refused: true },
  { name: 'loads', main: 'smtpd_tls_security_level = may\n# a comment without =\n', master: MASTER_OK, refused: false },
];

describe.skipIf(skip)('config-refused agrees with the real postconf', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = path.join(tmp, c.name);
      cpSync(path.resolve(__dirname, '../fixtures/rules/config-refused/pass'), dir, { recursive: true });
      writeFileSync(path.join(dir, 'main.cf'), c.main);
      writeFileSync(path.join(dir, 'master.cf'), c.master ?? MASTER_OK);
      // Postfix re-reads a file changed within the last second: age it.
      const old = new Date(Date.now() - 10_000);
      for (const f of ['main.cf', 'master.cf']) utimesSync(path.join(dir, f), old, old);
      const real = [runRealPostconf(['-c', dir, '-n']), runRealPostconf(['-c', dir, '-M'])];
      const realRefused = real.some((r) => r.status !== 0 && /fatal/.test(r.stderr));
      expect(realRefused).toBe(c.refused);
      const r = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'error'], tmp);
      const findings = (JSON.parse(String(r.stdout)) as { findings: { ruleId: string; severity: string }[] }).findings;
      const refused = findings.filter((f) => f.ruleId === 'config-refused');
      expect(refused.length > 0).toBe(c.refused);
      if (c.refused) {
        expect(refused.every((f) => f.severity === 'error')).toBe(true);
        expect(r.exitCode).toBe(1);
      }
    });
  }
});
