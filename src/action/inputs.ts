/**
 * The Action's inputs (action.yml), read and validated before anything runs. Every problem names
 * the input and what it accepts; paths must stay inside the workspace (or RUNNER_TEMP for the
 * report files), also through symbolic links.
 */
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isSupportedPostfixVersion, SUPPORTED_POSTFIX_VERSIONS } from '../postfix/defaults/versions.js';
import { PROFILES, PROFILE_IDS } from '../policy/profiles/index.js';
import type { FailOn } from '../report/report-types.js';
import { globProblem } from '../discover/glob-limits.js';
import { scanRootProblem } from '../discover/scan-root.js';
import { isOutside } from '../discover/regular-file.js';

/** GitHub shows at most 10 annotations of each severity per step (github-actions reference §2.3). */
export const MAX_ANNOTATIONS_PER_SEVERITY = 10;

export type CommentMode = 'on-findings' | 'always' | 'never';

export interface ActionInputs {
  /** Absolute scan root inside the workspace. */
  root: string;
  include: string[];
  exclude: string[];
  /** Absolute policy file, when the input names one. */
  policyFile?: string;
  profile?: string;
  postfixVersion?: string;
  failOn: FailOn;
  token: string;
  comment: CommentMode;
  review: boolean;
  onlyChanged: boolean;
  /** Absolute paths to write, when set. */
  sarifFile?: string;
  jsonFile?: string;
  annotationsLimit: number;
  issue: boolean;
  /** host:port lines as given. */
  probeTargets: string[];
  /** Absolute path of a json-file report to publish instead of scanning. */
  fromReport?: string;
}

/** A problem with the inputs: the message is shown as is (no stack trace). */
export class InputError extends Error {
  override name = 'InputError';
}

export interface InputSource {
  getInput(name: string): string;
  getMultilineInput(name: string): string[];
}

/** Whether something is at `p`, a symbolic link whose target is missing included (existsSync follows links). */
function present(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The real path of `p`, following links in its existing part (the rest may not exist yet);
 * undefined when that part cannot be resolved: a dangling link there would make a write create its
 * target, wherever that is.
 */
function realPathOf(p: string): string | undefined {
  let existing = p;
  const rest: string[] = [];
  while (!present(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return undefined;
  }
}

export interface AllowedBase {
  dir: string;
  /** How the message names it ("the workspace", "RUNNER_TEMP"). */
  name: string;
}

/**
 * Resolve a path input (relative to the first base) and refuse it unless it stays inside one of
 * the bases, before and after following symbolic links.
 */
export function resolveInside(bases: readonly AllowedBase[], input: string, inputName: string): string {
  const first = bases[0] as AllowedBase;
  const resolved = path.resolve(first.dir, input || '.');
  const names = bases.map((b) => b.name).join(' or ');
  const inside = bases.filter((b) => !isOutside(path.resolve(b.dir), resolved));
  if (inside.length === 0) throw new InputError(`input "${inputName}" (${input}) points outside ${names}`);
  // A pull request can replace a folder or file by a symbolic link: follow links before deciding.
  const real = realPathOf(resolved);
  if (real === undefined || !bases.some((b) => !isOutside(realPathOf(path.resolve(b.dir)) ?? path.resolve(b.dir), real))) {
    throw new InputError(`input "${inputName}" (${input}) leads outside ${names} through a symbolic link`);
  }
  return resolved;
}

/** Resolve the `path` input inside the workspace; anything that escapes it is refused. */
export function resolveInsideWorkspace(workspace: string, input: string, inputName = 'path'): string {
  return resolveInside([{ dir: workspace, name: `the workspace ${path.resolve(workspace)}` }], input, inputName);
}

function choice<T extends string>(src: InputSource, name: string, allowed: readonly T[], fallback: T): T {
  const v = src.getInput(name).trim();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input "${name}" is "${v}": allowed values are ${allowed.join(', ')}`);
}

/** YAML 1.2 core booleans, as core.getBooleanInput accepts them. */
function bool(src: InputSource, name: string, fallback: boolean): boolean {
  const v = src.getInput(name).trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input "${name}" is "${v}": allowed values are true, false`);
}

export interface InputEnvironment {
  workspace: string;
  /** RUNNER_TEMP, when the runner sets it. */
  runnerTemp?: string;
  /** The probe half's target check (throws a readable error); absent: this build cannot probe. */
  validateProbeTarget?: (target: string) => void;
}

export function readInputs(src: InputSource, env: InputEnvironment): ActionInputs {
  const ws: AllowedBase = { dir: env.workspace, name: `the workspace ${path.resolve(env.workspace)}` };
  const fileBases: AllowedBase[] = env.runnerTemp ? [ws, { dir: env.runnerTemp, name: 'RUNNER_TEMP' }] : [ws];
  const optionalPath = (name: string, bases: readonly AllowedBase[]): string | undefined => {
    const v = src.getInput(name).trim();
    return v === '' ? undefined : resolveInside(bases, v, name);
  };

  const root = resolveInside([ws], src.getInput('path').trim(), 'path');
  const policyFile = optionalPath('policy', [ws]);
  if (policyFile !== undefined && !existsSync(policyFile)) throw new InputError(`input "policy" (${src.getInput('policy').trim()}): no such file`);
  const profile = src.getInput('profile').trim() || undefined;
  if (profile !== undefined && !PROFILES.has(profile)) throw new InputError(`input "profile" is "${profile}": allowed values are ${PROFILE_IDS.join(', ')}`);
  const postfixVersion = src.getInput('postfix-version').trim() || undefined;
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) {
    throw new InputError(`input "postfix-version" is "${postfixVersion}": allowed values are ${SUPPORTED_POSTFIX_VERSIONS.join(', ')} (optionally with a patch level, e.g. 3.7.11)`);
  }
  const failOn = choice<FailOn>(src, 'fail-on', ['error', 'warning', 'notice', 'never'], 'error');
  const comment = choice<CommentMode>(src, 'comment', ['on-findings', 'always', 'never'], 'on-findings');
  const review = bool(src, 'review', true);
  const onlyChanged = bool(src, 'only-changed', false);
  const issue = bool(src, 'issue', false);
  const limitText = src.getInput('annotations-limit').trim();
  let annotationsLimit = MAX_ANNOTATIONS_PER_SEVERITY;
  if (limitText !== '') {
    if (!/^\d+$/.test(limitText) || Number(limitText) > MAX_ANNOTATIONS_PER_SEVERITY) {
      throw new InputError(`input "annotations-limit" is "${limitText}": allowed values are whole numbers from 0 to ${MAX_ANNOTATIONS_PER_SEVERITY} (GitHub shows at most ${MAX_ANNOTATIONS_PER_SEVERITY} annotations per severity and step)`);
    }
    annotationsLimit = Number(limitText);
  }
  const sarifFile = optionalPath('sarif-file', fileBases);
  const jsonFile = optionalPath('json-file', fileBases);
  const fromReport = optionalPath('from-report', fileBases);
  if (fromReport !== undefined && !existsSync(fromReport)) throw new InputError(`input "from-report" (${src.getInput('from-report').trim()}): no such file`);
  // A mistyped path would otherwise scan nothing and pass (a from-report run does not scan).
  if (fromReport === undefined) {
    const problem = scanRootProblem(root);
    if (problem) throw new InputError(`input "path" (${src.getInput('path').trim()}): ${problem}`);
  }
  const probeTargets = src.getMultilineInput('probe-targets').filter((t) => !t.startsWith('#'));
  if (probeTargets.length && !env.validateProbeTarget) {
    throw new InputError('input "probe-targets" needs the probe half of the Action, which this build does not include; leave it empty');
  }
  for (const t of probeTargets) {
    try {
      env.validateProbeTarget?.(t);
    } catch (error) {
      throw new InputError(`input "probe-targets": ${(error as Error).message} (one HOST:PORT or HOST:PORT=ROLE per line)`);
    }
  }
  if (fromReport !== undefined && probeTargets.length) throw new InputError('input "probe-targets" cannot be combined with "from-report" (a from-report run does not scan or probe)');
  const include = src.getMultilineInput('include');
  const exclude = src.getMultilineInput('exclude');
  for (const [name, globs] of [['include', include], ['exclude', exclude]] as const) {
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem) throw new InputError(`input "${name}" has the glob "${glob}": ${problem}`);
    }
  }
  return {
    root,
    include,
    exclude,
    ...(policyFile !== undefined ? { policyFile } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(postfixVersion !== undefined ? { postfixVersion } : {}),
    failOn,
    token: src.getInput('github-token').trim(),
    comment,
    review,
    onlyChanged,
    ...(sarifFile !== undefined ? { sarifFile } : {}),
    ...(jsonFile !== undefined ? { jsonFile } : {}),
    annotationsLimit,
    issue,
    probeTargets,
    ...(fromReport !== undefined ? { fromReport } : {}),
  };
}
