/**
 * The CLI's reports on stdout when the CLI runs in a workflow step: no line of them may act as a
 * workflow command, and no terminal or bidi control from the repository reaches the terminal. The
 * runner reads a command from a line that starts with "::" after leading white space, and the legacy
 * "##[command]" form anywhere in a line (actions/runner src/Runner.Common/ActionCommand.cs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { jsonSafe, terminalSafe } from '../../src/report/terminal-safe.js';

/** Lines the runner would take as workflow commands (both syntaxes, as ActionCommand parses them). */
function runnerCommands(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^[\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u0085]*::[^]*?::/.test(line) || line.includes('##['));
}

const MAIN = [
  '::error::forged = 1',
  '\u001b[2Jclear = 1',
  'smtpd_banner = ##[error]forged-by-value \u009b31m \u202egnp.exe',
  'smtpd_tls_security_level = may',
  'smtp_tls_protocols = !SSLv2 ##[add-mask]secret',
  '',
].join('\n');
const MASTER = ['::error::svc inet n - n - - smtpd', '  -o smtpd_tls_security_level=##[error]opt', '\u001b[31mred inet n - n - - smtpd', ''].join('\n');

describe('CLI reports in a workflow log', () => {
  let base = '';
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-cli-commands-'));
    mkdirSync(path.join(base, 'b'));
    mkdirSync(path.join(base, ' ::warning::dir'));
    writeFileSync(path.join(base, 'b', 'main.cf'), MAIN);
    writeFileSync(path.join(base, 'b', 'master.cf'), MASTER);
    writeFileSync(path.join(base, ' ::warning::dir', 'main.cf'), 'smtpd_tls_protocols = SSLv3\n');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const runs: [string, string[]][] = [
    ['scan (text)', ['scan', '.', '--fail-on', 'never']],
    ['scan --list', ['scan', '.', '--list']],
    ['scan --list --format json', ['scan', '.', '--list', '--format', 'json']],
    ['scan --format json', ['scan', '.', '--format', 'json', '--fail-on', 'never']],
    ['scan --format sarif', ['scan', '.', '--format', 'sarif', '--fail-on', 'never']],
    ['explain', ['explain', '.']],
    ['explain --format json', ['explain', '.', '--format', 'json']],
  ];

  it.each(runs)('%s: no workflow command, no escape sequence, no bidi control', async (_name, argv) => {
    for (const streamed of [false, true]) {
      const chunks: string[] = [];
      const r = await runCli(argv, base, streamed ? (c) => void chunks.push(c) : undefined);
      const out = chunks.join('') + String(r.stdout);
      expect(out.length).toBeGreaterThan(100);
      expect(runnerCommands(out)).toEqual([]);
      expect(out).not.toMatch(/[\u001b\u009b\u202e]/);
      if (argv.includes('json') || argv.includes('sarif')) JSON.parse(out);
    }
  });

  it('the report still says what the file says (JSON: the same data)', async () => {
    const text = String((await runCli(['scan', '.', '--list'], base)).stdout);
    expect(text).toContain('\\x3a:error::forged');
    expect(text).toContain('#\\x23[error]forged-by-value');
    expect(text).toContain('\\u202egnp.exe');
    const json = JSON.parse(String((await runCli(['scan', '.', '--list', '--format', 'json'], base)).stdout)) as unknown;
    expect(JSON.stringify(json)).toContain('##[error]forged-by-value \u009b31m \u202egnp.exe');
  });

  it('stderr of scan --fix names the written files the same way', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'pta-cli-stderr-'));
    try {
      const dir = path.join(repo, '##[error]x \u001b[2J');
      cpSync(path.resolve(import.meta.dirname, '../../examples/mail-stack/postfix'), dir, { recursive: true });
      const r = await runCli(['scan', '.', '--fix', '--fail-on', 'never'], repo);
      expect(r.stderr).toMatch(/applied \d+ fix\(es\) to 2 file\(s\)/);
      expect(runnerCommands(r.stderr)).toEqual([]);
      expect(r.stderr).not.toContain('\u001b');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('terminalSafe / jsonSafe', () => {
    expect(terminalSafe('  ::error::x\n\u3000::warning::y\na ::b:: c\n')).toBe('  \\x3a:error::x\n\u3000\\x3a:warning::y\na ::b:: c\n');
    expect(terminalSafe('v ##[set-output name=x]1\t\u0085')).toBe('v #\\x23[set-output name=x]1\t\\x85');
    expect(JSON.parse(jsonSafe(JSON.stringify({ a: '##[error]x \u009b \u202e' })))).toEqual({ a: '##[error]x \u009b \u202e' });
  });
});
