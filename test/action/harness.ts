/**
 * Runs the Action in-process through runAction with the real @actions/core: inputs as INPUT_*
 * variables, outputs and the job summary in real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and
 * the workflow commands (annotations) read from what core writes to stdout.
 */
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GithubHalf, ProbeHalf } from '../../src/action/halves.js';
import { runAction, type ActionRunResult } from '../../src/action/run.js';

export interface RunOutcome {
  result: ActionRunResult;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  exitCode: number | undefined;
  /** Workflow-command lines (::error ..., ::warning ..., ::notice ...). */
  annotations: string[];
}

/** Values from the runner's GITHUB_OUTPUT file (name<<delimiter ... delimiter). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/**
 * core.summary remembers the first GITHUB_STEP_SUMMARY it saw: one runner directory per test
 * process, whose files are emptied before every run.
 */
const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'pta-runner-'));
const outputFile = path.join(runnerDir, 'output');
const summaryFile = path.join(runnerDir, 'summary');
export const runnerTemp = path.join(runnerDir, 'temp');

export function removeRunnerDir(): void {
  rmSync(runnerDir, { recursive: true, force: true });
}

export interface RunOptions {
  github?: GithubHalf;
  probe?: ProbeHalf;
  env?: Record<string, string>;
}

export async function runInProcess(workspace: string, inputs: Record<string, string>, options: RunOptions = {}): Promise<RunOutcome> {
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  process.exitCode = undefined;
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  Object.assign(process.env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp }, options.env ?? {});
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  let result: ActionRunResult;
  let exitCode: number | undefined;
  try {
    result = await runAction({
      workspace,
      getInput: (name) => core.getInput(name),
      getMultilineInput: (name) => core.getMultilineInput(name),
      core,
      env: process.env,
      ...(options.github ? { github: options.github } : {}),
      ...(options.probe ? { probe: options.probe } : {}),
    });
  } finally {
    process.stdout.write = write;
    exitCode = process.exitCode as number | undefined;
    process.exitCode = savedExit;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const stdout = chunks.join('');
  return {
    result,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    exitCode,
    annotations: workflowCommands(stdout).filter((l) => /^::(error|warning|notice)[ :]/.test(l)),
  };
}

/** Lines the runner would treat as workflow commands: none between ::stop-commands::T and ::T::. */
export function workflowCommands(stdout: string): string[] {
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::')) out.push(line);
  }
  return out;
}
