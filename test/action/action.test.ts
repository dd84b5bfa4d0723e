/**
 * The bundled Action run as GitHub runs it: `node dist/index.js` with INPUT_* variables and the
 * runner's output and summary files, in a throw-away workspace.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');

function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = path.join(workspace, '..', `out-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputFile}.summary`;
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [path.join(repo, 'dist/index.js')], { cwd: workspace, env, encoding: 'utf8' });
  return { ...r, outputs: readFileSync(outputFile, 'utf8'), summary: readFileSync(summaryFile, 'utf8') };
}

/** Values from the runner's GITHUB_OUTPUT file (name<<delimiter ... delimiter). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

describe('the bundled Action', () => {
  let base: string;
  let workspace: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-action-'));
    workspace = path.join(base, 'ws');
    mkdirSync(workspace);
    cpSync(path.join(repo, 'examples'), path.join(workspace, 'examples'), { recursive: true });
    mkdirSync(path.join(workspace, 'broken'));
    writeFileSync(path.join(workspace, 'broken/main.cf'), 'myhostname = a\nsmtpd_tls_security_level encrypt\n');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('scans the workspace, annotates the fatal line and sets its outputs', () => {
    const r = runAction(workspace, { path: '.' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::error title=main-cf\/missing-equals,file=broken\/main\.cf,line=2,endLine=2,col=1,endColumn=\d+::.+/m);
    const outputs = parseOutputs(r.outputs);
    expect(outputs['config-sets']).toBe('3');
    expect(Number(outputs.problems)).toBeGreaterThanOrEqual(1);
    expect(r.summary).toContain('<h2>postfix-tls-audit</h2>');
    expect(r.summary).toContain('config set examples/mail-stack/postfix');
  });

  it('scans only the folder given as input "path"', () => {
    const r = runAction(workspace, { path: 'examples' });
    expect(r.status).toBe(0);
    expect(parseOutputs(r.outputs)['config-sets']).toBe('2');
    expect(r.stdout).not.toContain('::error');
  });

  it('refuses a path outside the workspace', () => {
    const r = runAction(workspace, { path: '../' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::input "path" \(\.\.\/\) points outside the workspace/m);
    expect(r.outputs).toBe('');
  });
});
