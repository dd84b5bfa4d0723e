/**
 * `scan` and `explain` once src/cli/run.ts has checked their arguments: the analysis and the report
 * formatters. run.ts imports this module when a command needs it (the bundle keeps it in a chunk of its
 * own), after starting git's listing of the scanned tree, so that git runs while this is compiled.
 */
import path from 'node:path';
import { buildConfigSetModel } from '../model/index.js';
import { explainToJson } from '../report/explain-json.js';
import { formatExplainText } from '../report/explain-text.js';
import { formatScanHead, formatSetText } from '../report/scan-text.js';
import { scanJsonHead, scanJsonSet, writeScanJsonTail } from '../report/scan-json.js';
import { scanRepository, type ScanOptions } from '../scan.js';
import { TOOL_VERSION } from '../version.js';
import { severityAtLeast } from '../policy/evaluate.js';
import { findingsToJson, writeFindingsText } from '../report/findings-text.js';
import type { Finding, Severity } from '../policy/types.js';
import { readBaselineFile } from '../policy/suppressions.js';
import { auditRepository, loadPolicy } from '../audit.js';
import { findingsToMarkdown } from '../report/findings-markdown.js';
import { findingsToSarif } from '../report/sarif.js';
import { withheldSentence, type WithheldFile } from '../fix/diff.js';
import { applyEditsToFiles } from '../fix/edits.js';
import { writeFixedFiles } from '../fix/write-fixes.js';
import { listingOf } from '../listing.js';
import { discoverConfigSets, type ConfigSet } from '../discover/index.js';
import { loadConfigSet } from '../postfix/config-set.js';
import { jsonSafe, terminalSafe } from '../report/terminal-safe.js';
import type { CliResult } from './usage.js';

/** A `scan` whose arguments run.ts has checked. */
export interface ScanRequest {
  cwd: string;
  /** Absolute. */
  root: string;
  scanOptions: ScanOptions;
  format: 'text' | 'json' | 'sarif' | 'markdown';
  failOn: Severity | 'never';
  postfixVersion?: string;
  policy?: string;
  profile?: string;
  baseline?: string;
  list: boolean;
  diff: boolean;
  fix: boolean;
}

export async function runScan(request: ScanRequest, streamed?: (chunk: string) => void): Promise<CliResult> {
  const { cwd, root, scanOptions, format, failOn, postfixVersion } = request;
  if (request.list) {
    // One set at a time: each set is parsed, listed and let go (holding every set's parse trees until the
    // end took 340 MB for 1,000 sets, and a scan of / over a few such trees 1.17 GB). The pieces join to
    // formatScanText / scanToJson of the whole listing.
    const chunks: string[] = [];
    const sink = streamed ?? ((chunk: string): void => void chunks.push(chunk));
    const write = (chunk: string): void => sink(format === 'json' ? jsonSafe(chunk) : terminalSafe(chunk));
    const shownRoot = path.relative(cwd, root) || '.';
    const { sets, diagnostics } = await discoverConfigSets(root, scanOptions);
    const count = sets.length;
    const files = sets.reduce((n, set) => n + set.files.length, 0);
    write(format === 'json' ? scanJsonHead(shownRoot, TOOL_VERSION) : formatScanHead(shownRoot, count, files, diagnostics));
    for (let i = 0; i < count; i++) {
      const listing = listingOf(loadConfigSet(sets[i] as ConfigSet));
      // The set's files (their bytes) are let go once it is listed.
      delete sets[i];
      write(format === 'json' ? scanJsonSet(listing, i) : formatSetText(listing));
    }
    if (format === 'json') writeScanJsonTail(count, diagnostics, {}, write);
    return { stdout: chunks.join(''), stderr: '', exitCode: 0 };
  }
  const loaded = await loadPolicy({ root, cwd, ...(request.policy !== undefined ? { file: request.policy } : {}), ...(request.profile !== undefined ? { profile: request.profile } : {}) });
  if (!loaded.ok) return { stdout: '', stderr: loaded.messages.map((m) => (m.includes(': policy error: ') ? `${m}\n` : `postfix-tls-audit: ${m}\n`)).join(''), exitCode: 2 };
  const policy = loaded.policy;
  let baseline: Set<string> | undefined;
  if (request.baseline !== undefined) {
    try {
      baseline = readBaselineFile(path.resolve(cwd, request.baseline));
    } catch (error) {
      return { stdout: '', stderr: `postfix-tls-audit: cannot use baseline ${request.baseline}: ${(error as Error).message}\n`, exitCode: 2 };
    }
  }
  // Only the text and Markdown reports, --diff and --fix show the combined fixes. No output needs the
  // models, so each set's are dropped once it is judged.
  const combineFixes = request.diff || request.fix || format === 'text' || format === 'markdown';
  const auditOptions = {
    ...scanOptions,
    policy,
    ...(postfixVersion !== undefined ? { postfixVersion } : {}),
    ...(baseline ? { baseline } : {}),
    keepModels: false,
    combineFixes,
  };
  const shownRoot = path.relative(cwd, root) || '.';
  const exitOf = (findings: readonly Finding[]): number => (failOn !== 'never' && findings.some((f) => severityAtLeast(f.severity, failOn)) ? 1 : 0);
  if (!request.diff && !request.fix && (format === 'text' || format === 'json')) {
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
  if (request.diff || request.fix) {
    const combined = audit.fixes();
    // A file that is not UTF-8 keeps its own bytes in the patch (bytes), or git apply would not find its lines.
    const { diff: diffText, bytes, withheld } = audit.fixesDiff();
    const diff = bytes ?? diffText;
    let stderr = combined.skipped.length ? `postfix-tls-audit: ${combined.skipped.length} fix(es) overlap earlier ones and were left out: ${combined.skipped.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n` : '';
    if (combined.conflicting.length) stderr += `postfix-tls-audit: ${combined.conflicting.length} fix(es) do not verify together with earlier ones and were left out: ${combined.conflicting.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n`;
    // --fix says the same of these files when it does not write them.
    if (request.diff) stderr += withheld.map((w) => `postfix-tls-audit: ${withheldSentence(w)}\n`).join('');
    if (request.fix) {
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
        return { stdout: request.diff ? diff : '', stderr, exitCode: 2 };
      }
    }
    return { stdout: request.diff ? diff : '', stderr, exitCode };
  }
  if (format === 'sarif') {
    const uriOf = (file: string): string => path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
    return { stdout: jsonSafe(`${JSON.stringify(findingsToSarif(findings, policy, { toolVersion: TOOL_VERSION, uriOf }), null, 2)}\n`), stderr: '', exitCode };
  }
  const { diff, withheld } = audit.fixesDiff();
  return { stdout: findingsToMarkdown(findings, policy, diff, { withheld: withheld.map(withheldSentence) }), stderr: '', exitCode };
}

/** The verified fixes as one diff, for the text report. */
function suggestedChanges({ diff, applied, edits, withheld }: { diff: string; applied: number; edits: number; withheld: readonly WithheldFile[] }): string {
  if (edits === 0) return '';
  const left = withheld.map((w) => `${withheldSentence(w)}\n`).join('');
  return `\nSuggested changes (${applied} verified fix(es); --diff prints only this, --fix writes it):\n\n${diff}${left ? `${diff ? '\n' : ''}${left}` : ''}`;
}

/** An `explain` whose arguments run.ts has checked. */
export async function runExplain(request: { root: string; scanOptions: ScanOptions; format: 'text' | 'json'; postfixVersion?: string }): Promise<CliResult> {
  const { postfixVersion } = request;
  const result = await scanRepository(request.root, request.scanOptions);
  const models = result.sets.map((set) => buildConfigSetModel(set, postfixVersion !== undefined ? { postfixVersion } : {}));
  const stdout = request.format === 'json'
    ? jsonSafe(`${JSON.stringify(explainToJson(models, TOOL_VERSION, result.diagnostics), null, 2)}\n`)
    : terminalSafe(formatExplainText(models, result.diagnostics));
  return { stdout, stderr: '', exitCode: 0 };
}
