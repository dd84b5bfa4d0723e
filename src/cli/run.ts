/**
 * The CLI as a function of its arguments, so tests run it in-process and the binary stays a thin
 * shell around it. This module checks the arguments; each command's work is imported when it runs
 * (the bundle keeps it in a chunk of its own): `--version`, `--help` and usage errors load none of it,
 * and a scan starts git before it loads the analysis.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { isSupportedPostfixVersion } from '../postfix/defaults/versions.js';
import { TOOL_VERSION } from '../version.js';
import { PROFILE_IDS, PROFILES } from '../policy/profiles/index.js';
import type { Severity } from '../policy/types.js';
import { listGitFiles } from '../discover/git-listing.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { globProblem } from '../discover/glob-limits.js';
import type { ScanOptions } from '../scan.js';
import { unsupportedVersionMessage, USAGE, usageError, type CliResult } from './usage.js';
import { rootError } from './root-argument.js';

export type { CliResult } from './usage.js';

async function scanCommand(args: string[], cwd: string, streamed?: (chunk: string) => void): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        policy: { type: 'string' },
        profile: { type: 'string' },
        'postfix-version': { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        list: { type: 'boolean', default: false },
        diff: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        baseline: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return usageError('scan takes one PATH');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'markdown') return usageError(`unknown --format "${format}" (text, json, sarif or markdown)`);
  if (values.list && (format === 'sarif' || format === 'markdown')) return usageError(`--list has no ${format} form (text or json)`);
  // Options the chosen output would ignore are refused: --list --fix wrote nothing and exited 0, and
  // --fix --format json printed nothing at all.
  const ignored = values.list ? (['diff', 'fix', 'baseline'] as const).filter((o) => values[o] !== undefined && values[o] !== false) : [];
  if (ignored.length) return usageError(`--list prints only the listing, without a policy: it takes no ${ignored.map((o) => `--${o}`).join(' or ')}`);
  if ((values.diff || values.fix) && format !== 'text') return usageError(`${values.diff ? '--diff prints only the diff' : '--fix prints no report'}, so --format ${format} would be ignored (scan again for the report)`);
  const failOn = values['fail-on'];
  if (!['error', 'warning', 'notice', 'never'].includes(failOn)) return usageError(`unknown --fail-on "${failOn}" (error, warning, notice or never)`);
  const postfixVersion = values['postfix-version'];
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) return unsupportedVersion(postfixVersion);
  if (values.profile !== undefined && !PROFILES.has(values.profile)) return usageError(`unknown --profile "${values.profile}" (${PROFILE_IDS.join(', ')})`);
  const badGlob = globOptionError(values);
  if (badGlob) return usageError(badGlob);
  const root = path.resolve(cwd, positionals[0] ?? '.');
  const badRoot = rootError(positionals[0], root);
  if (badRoot) return usageError(badRoot);
  const scanOptions = scanOptionsOf(root, values);
  const { runScan } = await import('./scan-command.js');
  return runScan(
    {
      cwd,
      root,
      scanOptions,
      format,
      failOn: failOn as Severity | 'never',
      ...(postfixVersion !== undefined ? { postfixVersion } : {}),
      ...(values.policy !== undefined ? { policy: values.policy } : {}),
      ...(values.profile !== undefined ? { profile: values.profile } : {}),
      ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
      list: values.list,
      diff: values.diff,
      fix: values.fix,
    },
    streamed,
  );
}

/**
 * The --include/--exclude globs, and git's listing of the root started at once: git runs (in child
 * processes, on the other CPU) while the analysis is loaded and compiled.
 */
function scanOptionsOf(root: string, values: { include?: string[]; exclude?: string[] }): ScanOptions {
  return {
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
    gitListing: listGitFiles(root),
  };
}

async function explainCommand(args: string[], cwd: string): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'postfix-version': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return usageError('explain takes one PATH');
  const format = values.format;
  if (format !== 'text' && format !== 'json') return usageError(`unknown --format "${format}" (text or json)`);
  const postfixVersion = values['postfix-version'];
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) return unsupportedVersion(postfixVersion);
  const badGlob = globOptionError(values);
  if (badGlob) return usageError(badGlob);
  const root = path.resolve(cwd, positionals[0] ?? '.');
  const badRoot = rootError(positionals[0], root);
  if (badRoot) return usageError(badRoot);
  const scanOptions = scanOptionsOf(root, values);
  const { runExplain } = await import('./scan-command.js');
  return runExplain({ root, scanOptions, format, ...(postfixVersion !== undefined ? { postfixVersion } : {}) });
}

async function postconfCommand(args: string[]): Promise<CliResult> {
  // --postfix-version is ours; everything else is postconf's own syntax.
  const rest: string[] = [];
  let postfixVersion: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--postfix-version') {
      postfixVersion = args[++i];
      if (postfixVersion === undefined) return usageError('--postfix-version needs a value');
    } else if (a.startsWith('--postfix-version=')) postfixVersion = a.slice('--postfix-version='.length);
    else rest.push(a);
  }
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) return unsupportedVersion(postfixVersion);
  const { runPostconf } = await import('../postconf/command.js');
  const r = runPostconf(rest, postfixVersion ? { postfixVersion } : {});
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

function unsupportedVersion(version: string): CliResult {
  return usageError(unsupportedVersionMessage(version));
}

/**
 * `write`: where a scan's text or JSON report goes as it is made (the binary passes stdout); without it,
 * the report is the result's stdout.
 */
export async function runCli(argv: string[], cwd: string, write?: (chunk: string) => void): Promise<CliResult> {
  const [command, ...args] = argv;
  // "scan --help": the usage, not "Unknown option '--help'" (an argument after "--" is a path).
  const end = args.indexOf('--');
  const helpAsked = (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
  if (helpAsked && (command === 'scan' || command === 'explain' || command === 'probe')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  // Messages on stderr name files and values too (fixes left out, files written): the same pass as the reports.
  const safeErr = (r: CliResult): CliResult => ({ ...r, stderr: terminalSafe(r.stderr) });
  switch (command) {
    case 'scan':
      return safeErr(await scanCommand(args, cwd, write));
    case 'explain':
      return safeErr(await explainCommand(args, cwd));
    case 'postconf':
      return postconfCommand(args);
    case 'probe':
      return safeErr(await (await import('./probe-command.js')).runProbeCommand(args, cwd, TOOL_VERSION));
    case '--version':
    case '-V':
      return { stdout: `postfix-tls-audit ${TOOL_VERSION}\n`, stderr: '', exitCode: 0 };
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      return { stdout: USAGE, stderr: '', exitCode: command === undefined ? 2 : 0 };
    default:
      return usageError(`unknown command "${command}"`);
  }
}

/** The first --include or --exclude glob over the limits of discover/glob-limits.ts, as a usage error. */
function globOptionError(values: { include?: string[]; exclude?: string[] }): string | undefined {
  for (const option of ['include', 'exclude'] as const) {
    for (const glob of values[option] ?? []) {
      const problem = globProblem(glob);
      if (problem) return `--${option} "${glob}": ${problem}`;
    }
  }
  return undefined;
}
