/**
 * The CLI as a function of its arguments, so tests run it in-process and the binary stays a thin
 * shell around it.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { runPostconf } from '../postconf/command.js';
import { PROBE_USAGE, runProbeCommand } from './probe-command.js';
import { isSupportedPostfixVersion, SUPPORTED_POSTFIX_VERSIONS } from '../postfix/defaults/index.js';
import { buildConfigSetModel } from '../model/index.js';
import { explainToJson } from '../report/explain-json.js';
import { formatExplainText } from '../report/explain-text.js';
import { formatScanHead, formatScanText, formatSetText } from '../report/scan-text.js';
import { scanJsonHead, scanJsonSet, scanToJson, writeScanJsonTail } from '../report/scan-json.js';
import { scanRepository } from '../scan.js';
import { TOOL_VERSION } from '../version.js';
import { severityAtLeast } from '../policy/evaluate.js';
import { PROFILES, PROFILE_IDS } from '../policy/profiles/index.js';
import { findingsToJson, writeFindingsText } from '../report/findings-text.js';
import type { Finding, Severity } from '../policy/types.js';
import { readBaselineFile } from '../policy/suppressions.js';
import { auditRepository, loadPolicy } from '../audit.js';
import { findingsToMarkdown } from '../report/findings-markdown.js';
import { findingsToSarif } from '../report/sarif.js';
import { unifiedDiff } from '../fix/diff.js';
import { applyEditsToFiles } from '../fix/edits.js';
import { listingOfScan } from '../listing.js';
import { writeFixedFiles } from '../fix/write-fixes.js';
import { jsonSafe, terminalSafe } from '../report/terminal-safe.js';
import { globProblem } from '../discover/glob-limits.js';
import { rootError } from './root-argument.js';

export interface CliResult {
  stdout: string | Buffer;
  stderr: string;
  exitCode: number;
}

const USAGE = `Usage:
  postfix-tls-audit scan [PATH] [--policy FILE] [--profile P] [--postfix-version V]
                         [--format text|json|sarif|markdown] [--fail-on error|warning|notice|never]
                         [--diff] [--fix] [--baseline FILE] [--list] [--include GLOB]... [--exclude GLOB]...
      Find the Postfix config sets under PATH (default: .), list their files, services and parameters, and
      judge them against a TLS policy (default: PATH/.github/postfix-tls-policy.yml if present, else the
      profile, default "baseline"). Exit 1 when a finding reaches --fail-on (default error), 2 for usage,
      policy or internal errors. --diff: only the unified diff of all verified fixes; --fix: write them. --baseline:
      suppress the findings of an earlier \`scan --format json\` (by fingerprint). Inline suppression: a
      comment line "# postfix-tls-audit: ignore RULE -- reason" right above the setting.
      --list: only the listing, no policy. Profiles: ${PROFILE_IDS.join(', ')}.
  postfix-tls-audit explain [PATH] [--format text|json] [--postfix-version V] [--include GLOB]... [--exclude GLOB]...
      For every TLS endpoint of every config set under PATH: role, listen address, whether TLS is offered,
      required or implicit, the protocol versions and ciphers a peer can negotiate, and where each value comes from.
  postfix-tls-audit postconf -c DIR [-n] [-d] [-x] [-h] [-f] [-M] [-F] [-P] [--postfix-version V] [NAME...]
      Show what Postfix's postconf would show for the config directory DIR, without Postfix installed.
${PROBE_USAGE}  postfix-tls-audit --version | --help
`;

function usageError(message: string): CliResult {
  return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\n${USAGE}`, exitCode: 2 };
}

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
  if (!['text', 'json', 'sarif', 'markdown'].includes(format)) return usageError(`unknown --format "${format}" (text, json, sarif or markdown)`);
  if (values.list && (format === 'sarif' || format === 'markdown')) return usageError(`--list has no ${format} form (text or json)`);
  // Options the chosen output would ignore are refused: --list --fix wrote nothing and exited 0, and
  // --fix --format json printed nothing at all.
  const ignored = values.list ? (['diff', 'fix', 'baseline'] as const).filter((o) => values[o] !== undefined && values[o] !== false) : [];
  if (ignored.length) return usageError(`--list prints only the listing, without a policy: it takes no ${ignored.map((o) => `--${o}`).join(' or ')}`);
  if ((values.diff || values.fix) && format !== 'text') return usageError(`${values.diff ? '--diff prints only the diff' : '--fix prints no report'}, so --format ${format} would be ignored (scan again for the report)`);
  const failOn = values['fail-on'];
  if (!['error', 'warning', 'notice', 'never'].includes(failOn)) return usageError(`unknown --fail-on "${failOn}" (error, warning, notice or never)`);
  const postfixVersion = values['postfix-version'];
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) {
    return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${SUPPORTED_POSTFIX_VERSIONS.join(', ')}, optionally with a patch level)`);
  }
  if (values.profile !== undefined && !PROFILES.has(values.profile)) return usageError(`unknown --profile "${values.profile}" (${PROFILE_IDS.join(', ')})`);
  const badGlob = globOptionError(values);
  if (badGlob) return usageError(badGlob);
  const root = path.resolve(cwd, positionals[0] ?? '.');
  const badRoot = rootError(positionals[0], root);
  if (badRoot) return usageError(badRoot);

  const scanOptions = {
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
  };
  if (values.list) {
    const result = await scanRepository(root, scanOptions);
    const shown = { ...listingOfScan(result), root: path.relative(cwd, root) || '.' };
    const stdout = values.format === 'json' ? jsonSafe(`${JSON.stringify(scanToJson(shown, TOOL_VERSION), null, 2)}\n`) : terminalSafe(formatScanText(shown));
    return { stdout, stderr: '', exitCode: 0 };
  }
  const loaded = await loadPolicy({ root, cwd, ...(values.policy !== undefined ? { file: values.policy } : {}), ...(values.profile !== undefined ? { profile: values.profile } : {}) });
  if (!loaded.ok) return { stdout: '', stderr: loaded.messages.map((m) => (m.includes(': policy error: ') ? `${m}\n` : `postfix-tls-audit: ${m}\n`)).join(''), exitCode: 2 };
  const policy = loaded.policy;
  let baseline: Set<string> | undefined;
  if (values.baseline !== undefined) {
    try {
      baseline = readBaselineFile(path.resolve(cwd, values.baseline));
    } catch (error) {
      return { stdout: '', stderr: `postfix-tls-audit: cannot use baseline ${values.baseline}: ${(error as Error).message}\n`, exitCode: 2 };
    }
  }
  // Only the text and Markdown reports, --diff and --fix show the combined fixes. No output needs the
  // models, so each set's are dropped once it is judged.
  const combineFixes = values.diff || values.fix || format === 'text' || format === 'markdown';
  const auditOptions = {
    ...scanOptions,
    policy,
    ...(postfixVersion !== undefined ? { postfixVersion } : {}),
    ...(baseline ? { baseline } : {}),
    keepModels: false,
    combineFixes,
  };
  const shownRoot = path.relative(cwd, root) || '.';
  const exitOf = (findings: readonly Finding[]): number => (failOn !== 'never' && findings.some((f) => severityAtLeast(f.severity, failOn as Severity)) ? 1 : 0);
  if (!values.diff && !values.fix && (format === 'text' || format === 'json')) {
    // The text and JSON reports are written as the scan goes: the listing's head once the sets are found,
    // each set's listing once it is judged, the findings at the end. Only the lines the findings show
    // and the diff of the fixes are kept of the files.
    const chunks: string[] = [];
    const sink = streamed ?? ((chunk: string): void => void chunks.push(chunk));
    // Every piece is whole lines (terminalSafe looks at line starts).
    const write = (chunk: string): void => sink(format === 'json' ? jsonSafe(chunk) : terminalSafe(chunk));
    let sets = 0;
    const audit = await auditRepository(root, {
      ...auditOptions,
      retain: 'report',
      onDiscovered: (found) => {
        sets = found.sets.length;
        const files = found.sets.reduce((n, set) => n + set.files.length, 0);
        write(format === 'json' ? scanJsonHead(shownRoot, TOOL_VERSION) : formatScanHead(shownRoot, found.sets.length, files, found.diagnostics));
      },
      onSet: (listing, index) => write(format === 'json' ? scanJsonSet(listing, index) : formatSetText(listing)),
    });
    const { findings } = audit;
    if (format === 'json') writeScanJsonTail(sets, audit.listing.diagnostics, findingsToJson(findings, policy), write);
    else {
      write('\n');
      writeFindingsText(findings, policy, audit.findingLine, write);
      write(suggestedChanges(audit.fixesDiff()));
    }
    return { stdout: chunks.join(''), stderr: '', exitCode: exitOf(findings) };
  }
  const audit = await auditRepository(root, auditOptions);
  const { sources, findings } = audit;
  const exitCode = exitOf(findings);
  if (values.diff || values.fix) {
    const combined = audit.fixes();
    const diff = unifiedDiff(combined.texts, combined.edits);
    let stderr = combined.skipped.length ? `postfix-tls-audit: ${combined.skipped.length} fix(es) overlap earlier ones and were left out: ${combined.skipped.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n` : '';
    if (combined.conflicting.length) stderr += `postfix-tls-audit: ${combined.conflicting.length} fix(es) do not verify together with earlier ones and were left out: ${combined.conflicting.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n`;
    if (values.fix) {
      const fixed = [...applyEditsToFiles(combined.texts, combined.edits)].map(([file, after]) => ({
        file,
        before: combined.texts.get(file) as string,
        after,
        encoding: sources.get(file)?.encoding ?? ('utf8' as const),
      }));
      const { written, problems } = writeFixedFiles(root, fixed);
      if (problems.length === 0) stderr += `postfix-tls-audit: applied ${combined.applied.length} fix(es) to ${written.length} file(s): ${written.join(', ')}\n`;
      else {
        // A fix that could not be written is an error of the run, not a finding (exit 2).
        stderr += `postfix-tls-audit: wrote ${written.length} of ${fixed.length} fixed file(s)${written.length ? `: ${written.join(', ')}` : ''}\n`;
        stderr += problems.map((p) => `postfix-tls-audit: ${p}\n`).join('');
        return { stdout: values.diff ? diff : '', stderr, exitCode: 2 };
      }
    }
    return { stdout: values.diff ? diff : '', stderr, exitCode };
  }
  if (format === 'sarif') {
    const uriOf = (file: string): string => path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
    return { stdout: jsonSafe(`${JSON.stringify(findingsToSarif(findings, policy, { toolVersion: TOOL_VERSION, uriOf }), null, 2)}\n`), stderr: '', exitCode };
  }
  return { stdout: findingsToMarkdown(findings, policy, audit.fixesDiff().diff), stderr: '', exitCode };
}

/** The verified fixes as one diff, for the text report. */
function suggestedChanges({ diff, applied, edits }: { diff: string; applied: number; edits: number }): string {
  if (edits === 0) return '';
  return `\nSuggested changes (${applied} verified fix(es); --diff prints only this, --fix writes it):\n\n${diff}`;
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
  if (values.format !== 'text' && values.format !== 'json') return usageError(`unknown --format "${values.format}" (text or json)`);
  const postfixVersion = values['postfix-version'];
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) {
    return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${SUPPORTED_POSTFIX_VERSIONS.join(', ')}, optionally with a patch level)`);
  }
  const badGlob = globOptionError(values);
  if (badGlob) return usageError(badGlob);
  const root = path.resolve(cwd, positionals[0] ?? '.');
  const badRoot = rootError(positionals[0], root);
  if (badRoot) return usageError(badRoot);
  const result = await scanRepository(root, {
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
  });
  const models = result.sets.map((set) => buildConfigSetModel(set, postfixVersion !== undefined ? { postfixVersion } : {}));
  const stdout = values.format === 'json'
    ? jsonSafe(`${JSON.stringify(explainToJson(models, TOOL_VERSION, result.diagnostics), null, 2)}\n`)
    : terminalSafe(formatExplainText(models, result.diagnostics));
  return { stdout, stderr: '', exitCode: 0 };
}

function postconfCommand(args: string[]): CliResult {
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
  if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) {
    return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${SUPPORTED_POSTFIX_VERSIONS.join(', ')}, optionally with a patch level)`);
  }
  const r = runPostconf(rest, postfixVersion ? { postfixVersion } : {});
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
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
      return safeErr(await runProbeCommand(args, cwd, TOOL_VERSION));
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
