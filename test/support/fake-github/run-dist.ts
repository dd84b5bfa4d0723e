/**
 * Runs the bundled Action (dist/index.js) as a child process with the environment a runner gives a
 * JavaScript action step: GITHUB_* variables, the event payload file, INPUT_* for every input of
 * action.yml (its defaults unless given; names keep their dashes), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, RUNNER_TEMP.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { writeEvent } from './events.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The bundle under test: dist/index.js, or the file PTA_DIST names (a bundle built elsewhere). */
export const DIST = process.env.PTA_DIST ? path.resolve(process.env.PTA_DIST) : path.join(REPO_ROOT, 'dist', 'index.js');

export interface DistRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The inputs of action.yml with their defaults, as the runner passes them (throws when action.yml is not YAML). */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
}

/** `name<<delimiter\nvalue\ndelimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

export interface RunnerSetup {
  /** Folder holding the workspace, event files, outputs (removed by the caller). */
  dir: string;
  workspace: string;
  apiUrl: string;
  repository: string;
}

export function makeRunner(apiUrl: string, repository: string): RunnerSetup {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pta-runner-'));
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace);
  mkdirSync(path.join(dir, 'temp'));
  return { dir, workspace, apiUrl, repository };
}

/** Copy a Postfix config folder of the examples into the workspace at `to`. */
export function stageExample(runner: RunnerSetup, example: string, to: string): void {
  cpSync(path.join(REPO_ROOT, 'examples', example), path.join(runner.workspace, to), { recursive: true });
}

let counter = 0;

export async function runDist(
  runner: RunnerSetup,
  args: { event: string; payload: Record<string, unknown>; inputs?: Record<string, string>; workflow?: string; env?: Record<string, string> },
): Promise<DistRun> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run bundle`);
  const n = ++counter;
  const stepDir = path.join(runner.dir, `step-${n}`);
  mkdirSync(stepDir);
  const output = path.join(stepDir, 'output');
  const summary = path.join(stepDir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const inputs = { ...actionDefaults(), 'github-token': 'ghs_writeToken', ...args.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runner.dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: args.event,
    GITHUB_EVENT_PATH: writeEvent(args.payload, stepDir),
    GITHUB_WORKSPACE: runner.workspace,
    GITHUB_REPOSITORY: runner.repository,
    GITHUB_REPOSITORY_OWNER: runner.repository.split('/')[0]!,
    GITHUB_API_URL: runner.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${runner.apiUrl}/graphql`,
    GITHUB_RUN_ID: String(7000 + n),
    GITHUB_RUN_NUMBER: String(n),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: args.workflow ?? 'Postfix TLS',
    GITHUB_JOB: 'audit',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'contributor',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: path.join(runner.dir, 'temp'),
    RUNNER_OS: 'Linux',
    // The stand-in needs none of Octokit's 1 s / 3 s spacing of writes (src/github/client.ts).
    POSTFIX_TLS_AUDIT_UNPACED_WRITES: '1',
    ...args.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [DIST], { env, cwd: runner.workspace, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
  return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
}

/** A hunk adding lines `start..end` of `text` (new side), as list-files gives it. */
export function patchCovering(text: string, start: number, end: number): string {
  const lines = text.split('\n');
  const body = lines.slice(start - 1, end).map((l) => `+${l}`);
  return `@@ -${start - 1},0 +${start},${end - start + 1} @@\n${body.join('\n')}`;
}

/** A whole-file "added" patch. */
export function patchAdded(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}
