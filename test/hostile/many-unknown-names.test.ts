/**
 * Thousands of distinct made-up TLS-like parameter names: every one is reported, but only the first
 * MAX_GUESSED_NAMES of a set get a did-you-mean search (a few milliseconds each), so the time stays bounded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { MAX_GUESSED_NAMES } from '../../src/policy/rules/unknown-parameter.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'pta-unknown-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('many distinct unknown names', () => {
  it('reports every one and guesses for the first 256 only', async () => {
    const count = 3000;
    // smtpd_tls_cert_f plus three letters is within three edits of smtpd_tls_cert_file: close enough to guess.
    const letter = (n: number): string => String.fromCharCode(97 + (n % 26));
    const names = Array.from({ length: count }, (_, i) => `smtpd_tls_cert_f${letter(i / 676)}${letter(i / 26)}${letter(i)}`);
    const lines = names.map((n) => `${n} = x`);
    mkdirSync(path.join(root, 'd'));
    writeFileSync(path.join(root, 'd/main.cf'), `${lines.join('\n')}\n`);
    const t0 = process.cpuUsage();
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    const cpu = process.cpuUsage(t0);
    const findings = (JSON.parse(String(r.stdout)) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId === 'unknown-parameter');
    expect(findings).toHaveLength(count);
    const hinted = findings.filter((f) => f.message.includes('Did you mean'));
    expect(hinted).toHaveLength(MAX_GUESSED_NAMES);
    expect(hinted.map((f) => /"([^"]+)" is not/.exec(f.message)![1])).toEqual(names.slice(0, MAX_GUESSED_NAMES));
    // Without the cap the whole scan took about 5 s (the searches); with it well under 1 s.
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(8);
  });
});
