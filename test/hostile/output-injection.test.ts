/**
 * What leaves the process cannot be turned into workflow commands, HTML or terminal escapes by the names
 * and contents of files in the scanned repository (SECURITY.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveInsideWorkspace, runAction } from '../../src/action/run.js';
import { runCli } from '../../src/cli/run.js';

const EVIL_DIR = '::warning title=x::pwned\n::error::fake <img src=x onerror=alert(1)> @octocat \u001b[2J';
const EVIL_MAIN = 'smtpd_banner = </code></pre><script>alert(1)</script> @octocat\nevil\u001b[2J\u202e = x\n::error::x\nbroken line\n';

describe('hostile names and values in the outputs', () => {
  let base = '';
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-out-'));
    mkdirSync(path.join(base, EVIL_DIR), { recursive: true });
    writeFileSync(path.join(base, EVIL_DIR, 'main.cf'), EVIL_MAIN);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('CLI text: control characters of paths are shown escaped', async () => {
    const r = await runCli(['scan', base], base);
    const out = String(r.stdout);
    // "::error::x" has no "=": Postfix refuses that main.cf, and the gate says so (config-refused).
    expect(r.exitCode).toBe(1);
    expect(out).toContain('[config-refused]');
    expect(out).toContain('\\x0a::error::fake');
    expect(out).not.toContain('\u001b');
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  });

  it('CLI --diff: a folder name with a newline is C-quoted in the headers, and git applies the diff', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-diff-'));
    try {
      const dir = path.join(repo, 'evil\n::error::x');
      cpSync(path.resolve(__dirname, '../../examples/mail-stack/postfix'), dir, { recursive: true });
      const r = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], repo);
      const diff = String(r.stdout);
      expect(diff).toContain('--- "a/evil\\n::error::x/');
      expect(diff.split('\n').some((l) => l.startsWith('::'))).toBe(false);
      execFileSync('git', ['init', '-q'], { cwd: repo });
      writeFileSync(path.join(repo, 'fix.diff'), diff);
      execFileSync('git', ['apply', '--check', 'fix.diff'], { cwd: repo });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('CLI JSON: names and values survive as JSON strings', async () => {
    const r = await runCli(['scan', base, '--format', 'json'], base);
    const json = JSON.parse(String(r.stdout));
    expect(json.configSets[0].directory).toBe(EVIL_DIR);
  });

  it('Action: the log is fenced with stop-commands, annotations are escaped, the summary is HTML-escaped', async () => {
    const info: string[] = [];
    const annotations: Array<[string, string, Record<string, unknown>]> = [];
    let summary = '';
    const chain = {
      addHeading: (t: string) => ((summary += `<h2>${t}</h2>`), chain),
      addCodeBlock: (t: string) => ((summary += `<pre><code>${t}</code></pre>`), chain),
      addRaw: (t: string) => ((summary += t), chain),
      write: async () => chain,
    };
    await runAction({
      workspace: base,
      getInput: () => '',
      getMultilineInput: () => [],
      env: { GITHUB_STEP_SUMMARY: path.join(base, 'summary.md') },
      core: {
        info: (m: string) => void info.push(m),
        error: (m: unknown, p?: unknown) => void annotations.push(['error', String(m), (p ?? {}) as Record<string, unknown>]),
        warning: (m: unknown, p?: unknown) => void annotations.push(['warning', String(m), (p ?? {}) as Record<string, unknown>]),
        notice: (m: unknown, p?: unknown) => void annotations.push(['notice', String(m), (p ?? {}) as Record<string, unknown>]),
        setOutput: () => undefined,
        setFailed: () => undefined,
        summary: chain as never,
      } as never,
    });
    const start = info[0] as string;
    expect(start).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
    const token = start.slice('::stop-commands::'.length);
    const end = info.indexOf(`::${token}::`);
    expect(end).toBeGreaterThan(0);
    expect(info.slice(1, end).join('\n')).not.toContain(token);
    expect(info.slice(1, end).join('\n')).toContain('::error::');
    // A parameter name with a terminal escape and a bidi override: shown, not sent to the log viewer.
    expect(info.slice(1, end).join('\n')).toContain('evil\\x1b[2J\\u202e');
    expect(info.slice(1, end).join('\n')).not.toMatch(/[\u001b\u202e]/);
    expect(annotations.length).toBeGreaterThan(0); // the broken line; @actions/core escapes message and properties itself
    expect(summary).not.toContain('<script>');
    expect(summary).not.toContain('<img');
    expect(summary).toContain('&lt;img src=x');
  });
});

describe('the Action input "path"', () => {
  let base = '';
  let workspace = '';
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-path-'));
    workspace = path.join(base, 'ws');
    mkdirSync(path.join(workspace, '..dots'), { recursive: true });
    mkdirSync(path.join(base, 'secret'));
    symlinkSync(path.join(base, 'secret'), path.join(workspace, 'config'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('refuses "..", absolute paths elsewhere and symbolic links that leave the workspace', () => {
    expect(() => resolveInsideWorkspace(workspace, '..')).toThrow(/outside the workspace/);
    expect(() => resolveInsideWorkspace(workspace, '../secret')).toThrow(/outside the workspace/);
    expect(() => resolveInsideWorkspace(workspace, '/etc')).toThrow(/outside the workspace/);
    expect(() => resolveInsideWorkspace(workspace, 'config')).toThrow(/symbolic link/);
  });

  it('accepts folders inside, including names that start with two dots', () => {
    expect(resolveInsideWorkspace(workspace, '..dots')).toBe(path.join(workspace, '..dots'));
    expect(resolveInsideWorkspace(workspace, '')).toBe(workspace);
    expect(resolveInsideWorkspace(workspace, 'missing/folder')).toBe(path.join(workspace, 'missing/folder'));
  });
});
