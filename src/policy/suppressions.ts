/**
 * Inline suppressions and baselines.
 *
 * A whole-line comment `# postfix-tls-audit: ignore <rule>[,<rule>...] -- reason` suppresses those
 * rules' findings on the setting right below it (the comment block directly above the finding's
 * line). A suppression that matches no finding is itself reported (rule "unused-suppression").
 * A baseline (a previous `scan --format json` output, or a JSON list of fingerprints) suppresses
 * findings by fingerprint, which does not depend on line numbers.
 */
import { createHash } from 'node:crypto';
import { readRegularFile } from '../discover/regular-file.js';
import type { ConfigSetModel } from '../model/types.js';
import type { SourceText } from '../postfix/source.js';
import { sourcesOf } from './report.js';
import type { Finding, Policy } from './types.js';

/** The rule id of a suppression that matched nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

/**
 * Rule words separated by blanks, then optionally "--" and a reason. Each blank run either separates two
 * words or starts the "--", never both, so the match takes linear time. It reads every line as the lazy
 * `ignore[ \t]+([\w,\- \t]+?)(?:[ \t]+--[ \t]*(.*))?[ \t]*$` it replaced (which backtracked
 * quadratically on a long run of blanks), also its forms with blanks and no rule word (the last two
 * alternatives: such a comment suppresses nothing and is reported as unused).
 */
export const SUPPRESSION_MARKER = /^[ \t]*#[ \t]*postfix-tls-audit:[ \t]*ignore(?:[ \t]+([A-Za-z0-9_,-]+(?:[ \t]+(?!--)[A-Za-z0-9_,-]+)*)(?:[ \t]+--(.*)|[ \t]*)|[ \t]{3,}--(.*)|[ \t]{2,})$/;

export interface Suppression {
  file: string;
  line: number;
  rules: string[];
  reason: string;
}

export function suppressionsIn(source: SourceText): Suppression[] {
  const out: Suppression[] = [];
  const lines = source.text.split('\n');
  lines.forEach((raw, i) => {
    const m = SUPPRESSION_MARKER.exec(raw.replace(/\r$/, ''));
    if (m) out.push({ file: source.path, line: i + 1, rules: (m[1] ?? '').split(/[\s,]+/).filter(Boolean), reason: (m[2] ?? m[3] ?? '').trim() });
  });
  return out;
}

/** Whether the lines strictly between the comment and the finding's line are all comments. */
function coversLine(lines: readonly string[], comment: number, line: number): boolean {
  if (line <= comment) return false;
  for (let l = comment + 1; l < line; l++) if (!/^[ \t]*#/.test(lines[l - 1] ?? '')) return false;
  return true;
}

/** Drop suppressed findings; add an "unused-suppression" finding for each suppression that matched nothing. */
export function applySuppressions(findings: Finding[], models: readonly ConfigSetModel[], policy: Policy): Finding[] {
  const sources = sourcesOf(models);
  const kept: Finding[] = [];
  const used = new Set<string>();
  // Per file: its suppressions and its lines (split once; a repository has thousands of files).
  const perFile = new Map<string, { list: Suppression[]; lines: string[] }>();
  const all: Suppression[] = [];
  for (const source of sources.values()) {
    if (!source.text.includes('postfix-tls-audit')) continue;
    const list = suppressionsIn(source);
    if (list.length === 0) continue;
    perFile.set(source.path, { list, lines: source.text.split('\n') });
    all.push(...list);
  }
  for (const f of findings) {
    const here = perFile.get(f.file);
    const s = here?.list.find((x) => (x.rules.includes(f.ruleId) || x.rules.includes('all')) && coversLine(here.lines, x.line, f.line));
    if (s) used.add(`${s.file}:${s.line}`);
    else kept.push(f);
  }
  const level = policy.rules[UNUSED_SUPPRESSION]?.level;
  if (level !== 'off') {
    const modelOfFile = new Map<string, ConfigSetModel>();
    for (const m of models) {
      for (const file of [m.mainCf, m.masterCf, m.loaded.mainOverride?.source.path, m.loaded.masterOverrideSource?.path]) {
        if (typeof file === 'string' && !modelOfFile.has(file)) modelOfFile.set(file, m);
      }
    }
    for (const s of all) {
      if (used.has(`${s.file}:${s.line}`)) continue;
      const model = modelOfFile.get(s.file);
      kept.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: level ?? 'warning',
        message: `"postfix-tls-audit: ignore ${s.rules.join(', ')}" suppresses nothing: no such finding on the setting below it (remove the comment, or fix its rule id).`,
        file: s.file,
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1,
        configSet: model?.root ?? '.',
        service: null,
        role: null,
        fingerprint: createHash('sha256').update([UNUSED_SUPPRESSION, s.file, s.rules.join(',')].join('\u0000')).digest('hex').slice(0, 16),
      });
    }
  }
  return kept;
}

/**
 * Fingerprints from a baseline file: `scan --format json` output, or a JSON array of fingerprints; a
 * sentence saying what is wrong otherwise (an entry that is neither used to be skipped without a word,
 * so a wrong file suppressed nothing and said nothing).
 */
export function baselineFingerprints(json: unknown): Set<string> | string {
  const list = Array.isArray(json) ? json : json && typeof json === 'object' ? (json as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(list)) return 'it is neither scan --format json output nor a JSON array of fingerprints';
  const out = new Set<string>();
  for (const [i, x] of list.entries()) {
    if (typeof x === 'string') out.add(x);
    else if (x && typeof (x as { fingerprint?: unknown }).fingerprint === 'string') out.add((x as { fingerprint: string }).fingerprint);
    else return Array.isArray(json) ? `entry ${i + 1} is not a fingerprint string` : `finding ${i + 1} has no fingerprint string`;
  }
  return out;
}

/** A baseline file is JSON text; this bound keeps a device or a runaway file from exhausting memory. */
export const MAX_BASELINE_FILE_BYTES = 128 * 1024 * 1024;

/**
 * The fingerprints of a baseline file. Only a regular file of at most MAX_BASELINE_FILE_BYTES is read
 * (a FIFO would block, /dev/zero would fill memory until the process aborted); throws a readable message.
 */
export function readBaselineFile(file: string): Set<string> {
  const text = readRegularFile(file, MAX_BASELINE_FILE_BYTES, ' (a JSON array of the fingerprints alone is much smaller)').toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`);
  }
  const fingerprints = baselineFingerprints(json);
  if (typeof fingerprints === 'string') throw new Error(`not a baseline: ${fingerprints}`);
  return fingerprints;
}
