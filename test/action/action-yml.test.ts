/**
 * action.yml: valid YAML in the shape GitHub reads; every input is read by the code with the same
 * default the runner would pass, every output is set somewhere, and docs/action.md documents both.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { readInputs } from '../../src/action/inputs.js';

const repo = path.resolve(import.meta.dirname, '../..');
const action = YAML.parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as {
  name: string; description: string; runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const docs = readFileSync(path.join(repo, 'docs/action.md'), 'utf8');
const code = ['src/action/inputs.ts', 'src/action/run.ts'].map((f) => readFileSync(path.join(repo, f), 'utf8')).join('\n');

describe('action.yml', () => {
  it('has the runtime, a description for every input and output, and string defaults', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(typeof input.default, name).toBe('string');
      expect(input.required ?? false, name).toBe(false);
    }
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description.length, name).toBeGreaterThan(10);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('every input is read and every output is set by the code, and both are documented', () => {
    for (const name of Object.keys(action.inputs)) {
      expect(code.includes(`'${name}'`), `input ${name} read`).toBe(true);
      expect(docs.includes(`| \`${name}\` |`), `input ${name} documented`).toBe(true);
    }
    for (const name of Object.keys(action.outputs)) {
      expect(code.includes(`setOutput('${name}'`), `output ${name} set`).toBe(true);
      expect(docs.includes(`\`${name}\``), `output ${name} documented`).toBe(true);
    }
  });

  it('the defaults the runner passes give the same inputs as no value at all', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'pta-action-yml-'));
    try {
      const withDefaults = readInputs(
        { getInput: (n) => (n === 'github-token' ? '' : action.inputs[n]?.default ?? ''), getMultilineInput: () => [] },
        { workspace: ws },
      );
      const empty = readInputs({ getInput: () => '', getMultilineInput: () => [] }, { workspace: ws });
      expect(withDefaults).toEqual(empty);
      expect(empty).toMatchObject({ root: ws, failOn: 'error', comment: 'on-findings', review: true, onlyChanged: false, issue: false, annotationsLimit: 10 });
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
