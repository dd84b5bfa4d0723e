/**
 * The whole audit of one repository, shared by the CLI and the Action: load the policy, scan, build
 * the models, judge them, and (on demand) combine the verified fixes. It never prints.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { ConfigSetModel } from './model/types.js';
import type { SetAudit } from './audit-set.js';
import { discoverConfigSets, type DiscoveryResult } from './discover/index.js';
import { detachedCopy } from './discover/git-listing.js';
import { isOutside, readRegularFile } from './discover/regular-file.js';
import { addPathEdits, diffOfRealFiles, unifiedDiffByRealFile, unifiedDiffOfFile, type PathEdits, type WithheldFile } from './fix/diff.js';
import { editsByFile } from './fix/edits.js';
import type { ScanListing, SetListing } from './listing.js';
import type { SourceEncoding, SourceText } from './postfix/source.js';
import { lineText, shownLines, type LineLookup } from './report/findings-text.js';
import { assembleFixes, type CombinedFixes, type FixDecision } from './policy/assemble-fixes.js';
import { DEFAULT_POLICY_PATH, policyFromProfile } from './policy/default-policy.js';
import type { PolicyError } from './policy/policy-file.js';
import { PROFILE_IDS } from './policy/profiles/index.js';
import type { Finding, Policy } from './policy/types.js';
import type { ScanOptions } from './scan.js';

/**
 * The analysis: parsers, models, rules, fix verification, and the policy file's parser. This module
 * imports it when a scan needs it (a chunk of its own in the bundles): a policy file is read, or
 * discovery found a config set. A tree without either (the Action's cold start on an empty workspace,
 * issue 8) is reported without loading it.
 */
let analysis: Promise<{ auditSetsInOrder: typeof import('./audit-workers.js').auditSetsInOrder } & Pick<typeof import('./policy/evaluate.js'), 'modelOptionsFor' | 'sortFindings'>> | undefined;
function loadAnalysis(): NonNullable<typeof analysis> {
  return (analysis ??= Promise.all([import('./audit-workers.js'), import('./policy/evaluate.js')]).then(([workers, evaluate]) => ({
    auditSetsInOrder: workers.auditSetsInOrder,
    modelOptionsFor: evaluate.modelOptionsFor,
    sortFindings: evaluate.sortFindings,
  })));
}

export type PolicyLoadResult =
  | { ok: true; policy: Policy; /** The policy file read, if any (absolute). */ file?: string }
  | { ok: false; /** One line per problem, "file:line:column: policy error: ..." or a plain sentence. */ messages: string[]; errors: PolicyError[] };

export interface PolicySource {
  /** Scan root: its `.github/postfix-tls-policy.yml` is used when no explicit file is named. */
  root: string;
  /** Explicit policy file (absolute, or relative to `cwd`). */
  file?: string;
  profile?: string;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

export async function loadPolicy(source: PolicySource): Promise<PolicyLoadResult> {
  const file = source.file !== undefined ? path.resolve(source.cwd, source.file) : path.join(source.root, DEFAULT_POLICY_PATH);
  if (source.file === undefined && !existsSync(file)) {
    const policy = policyFromProfile(source.profile);
    if (!policy) return { ok: false, messages: [`unknown profile "${source.profile}" (${PROFILE_IDS.join(', ')})`], errors: [] };
    return { ok: true, policy };
  }
  let text: string;
  try {
    // The default policy file belongs to the scanned tree, which a pull request controls: like discovery,
    // it must not lead out of that tree through a symbolic link (to /proc/self/environ, say, whose text
    // a policy error would quote).
    text = readPolicyFile(file, source.file === undefined ? source.root : undefined);
  } catch (error) {
    return { ok: false, messages: [`cannot read policy ${source.file ?? file}: ${(error as Error).message}`], errors: [] };
  }
  const shownFile = path.relative(source.cwd, file) || file;
  const { parsePolicy } = await import('./policy/policy-file.js');
  const loaded = await parsePolicy(shownFile, text, source.profile);
  if (!loaded.ok) {
    return { ok: false, errors: loaded.errors, messages: loaded.errors.map((e) => `${e.file}:${e.line}:${e.column}: policy error: ${e.message}`) };
  }
  return { ok: true, policy: loaded.policy, file };
}

/** A policy file is a few kilobytes; a larger one is refused before it is parsed. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;

/**
 * A policy file's text: a regular file (a FIFO or device is refused without blocking on it), at most
 * MAX_POLICY_FILE_BYTES, and with `confinedTo`, one whose real path stays inside that folder.
 */
function readPolicyFile(file: string, confinedTo?: string): string {
  if (confinedTo !== undefined) {
    const real = realpathSync(file);
    if (isOutside(realpathSync(confinedTo), real)) {
      throw new Error(`it is a symbolic link that leads outside the scanned folder (to ${real}); not read`);
    }
  }
  return readRegularFile(file, MAX_POLICY_FILE_BYTES).toString('utf8');
}

export interface AuditOptions extends ScanOptions {
  policy: Policy;
  /** --postfix-version / the Action input; wins over the policy's version. */
  postfixVersion?: string;
  /** Fingerprints of known findings to leave out. */
  baseline?: ReadonlySet<string>;
  /**
   * Keep every config set's model in the result (default true: the Action's report and probe
   * comparison read them). Without them a set's parse trees and model are dropped as soon as it is
   * judged.
   */
  keepModels?: boolean;
  /**
   * Combine the verified fixes of each set while its model is at hand (default true; false when no
   * output shows them: fixes() then throws).
   */
  combineFixes?: boolean;
  /**
   * What the result keeps of the sets' files: 'files' (default) their texts (`sources`, `fixes()`);
   * 'report' only what the CLI's reports show of them, the lines the findings point at and the diff of
   * the combined fixes (`findingLine`, `fixesDiff`), so that a scan of many sets does not hold every
   * file's text until it prints. With 'report', `sources` is empty and `fixes()` throws.
   */
  retain?: 'files' | 'report';
  /** Called once the sets are found, before any is audited. */
  onDiscovered?: (discovery: DiscoveryResult) => void;
  /**
   * Each set's listing, in discovery order, as soon as it and the sets before it are judged (a report
   * can write it at once). With it, the result's `listing.sets` stays empty.
   */
  onSet?: (listing: SetListing, index: number) => void;
}

export interface AuditResult {
  /** What was scanned, as the listing formatters read it (root absolute). */
  readonly listing: ScanListing;
  /** Every set's model, in discovery order; empty when keepModels is false. */
  readonly models: readonly ConfigSetModel[];
  /** The config sets' own files by path (not the stock master.cf). */
  readonly sources: ReadonlyMap<string, SourceText>;
  readonly policy: Policy;
  /** After inline suppressions and the baseline, in report order. */
  readonly findings: readonly Finding[];
  /** All verified fixes combined, as decided per set during the audit (see combineFixes). */
  fixes(): CombinedFixes;
  /**
   * The unified diff of all verified fixes combined (one section per real file: see
   * unifiedDiffByRealFile), how many fixes it applies, their edits, and the files it leaves out.
   */
  fixesDiff(): FixesDiff;
  /** A line of a set's file that a finding's excerpt shows (with retain 'files': any line). */
  readonly findingLine: LineLookup;
}

export interface FixesDiff {
  diff: string;
  /** The diff's bytes for `git apply` when a file in it is not UTF-8 (retain 'files' only; RealFileDiff). */
  bytes?: Buffer;
  applied: number;
  edits: number;
  withheld: WithheldFile[];
}

/**
 * The config sets are audited one at a time (auditSets: on worker threads when enabled) and only plain
 * results are kept, unless keepModels asks for the models.
 */
export async function auditRepository(root: string, options: AuditOptions): Promise<AuditResult> {
  const { policy, postfixVersion, baseline, keepModels = true, combineFixes: combine = true, retain = 'files', onDiscovered, onSet, ...scanOptions } = options;
  // A caller that started git's listing itself (the CLI, before it loads this module) waits for git:
  // time to load the analysis in. Otherwise it is loaded once discovery has found a config set.
  const early = scanOptions.gitListing ? loadAnalysis() : undefined;
  early?.catch(() => {}); // awaited below; not an unhandled rejection while discovery runs
  const discovery = await discoverConfigSets(root, scanOptions);
  onDiscovered?.(discovery);
  const engine = early || discovery.sets.length > 0 ? await loadAnalysis() : undefined;
  const realPaths = new Map<string, string>();
  for (const set of discovery.sets) for (const f of set.files) if (f.realPath !== undefined) realPaths.set(f.path, f.realPath);
  const listings: SetListing[] = [];
  const models: ConfigSetModel[] = [];
  const sources = new Map<string, SourceText>();
  const kept = new KeptForReport(realPaths);
  const judged: Finding[] = [];
  const unused: Finding[] = [];
  const decided = new Map<Finding, FixDecision>();
  const { sets } = discovery;
  // Without a config set there is nothing to audit, and no finding to sort.
  if (engine) {
    const setOptions = { policy, modelOptions: engine.modelOptionsFor(policy, postfixVersion), ...(baseline ? { baseline } : {}), combineFixes: combine, keepModel: keepModels };
    await engine.auditSetsInOrder(sets, setOptions, (result, index) => {
      // The set's files (their bytes) are let go as soon as it is judged.
      delete sets[index];
      const audit = retain === 'files' ? result : detached(result, onSet === undefined);
      if (onSet) onSet(audit.listing, index);
      else listings.push(audit.listing);
      if (audit.model) models.push(audit.model);
      judged.push(...audit.findings);
      unused.push(...audit.unused);
      for (const [i, d] of audit.decisions ?? []) decided.set(audit.findings[i] as Finding, d);
      if (retain === 'files') for (const source of audit.sources) sources.set(source.path, source);
      else kept.add(audit);
    });
  }
  // As one judgement of all sets orders them: sorted (a stable sort of per-set sorted lists), then the
  // unused suppressions in file order.
  const findings = [...(engine ? engine.sortFindings(judged) : judged), ...unused];
  let combined: CombinedFixes | undefined;
  const fixes = (): CombinedFixes => {
    if (!combine) throw new Error('auditRepository: fixes() after an audit with combineFixes: false');
    if (retain !== 'files') throw new Error("auditRepository: fixes() after an audit with retain: 'report'");
    return (combined ??= assembleFixes(findings, decided, new Map([...sources].map(([file, source]) => [file, source.text]))));
  };
  const fixesDiff = (): FixesDiff => {
    if (retain === 'files') {
      const all = fixes();
      const encodingOf = (file: string): SourceEncoding => sources.get(file)?.encoding ?? 'utf8';
      return { ...unifiedDiffByRealFile(all.texts, all.edits, realPaths, encodingOf), applied: all.applied.length, edits: all.edits.length };
    }
    if (!combine) throw new Error('auditRepository: fixesDiff() after an audit with combineFixes: false');
    // The edits in report order only tell the order of the files; each file's diff was made with its set.
    const order = assembleFixes(findings, decided, new Map());
    return { ...kept.diffOf(editsByFile(order.edits).keys()), applied: order.applied.length, edits: order.edits.length };
  };
  const findingLine: LineLookup = retain === 'files' ? (file, line) => lineText(sources.get(file), line) : (file, line) => kept.line(file, line);
  return { listing: { root, sets: listings, diagnostics: discovery.diagnostics }, models, sources, policy, findings, fixes, fixesDiff, findingLine };
}

/**
 * What the reports show of the sets' files (retain 'report'): the lines of the findings' excerpts and
 * each file's diff of its set's combined fixes. Copies, not slices: V8 keeps a substring as a view of the
 * string it was cut from, so one kept line would keep its whole file.
 */
class KeptForReport {
  private readonly lines = new Map<string, Map<number, string>>();
  private readonly diffs = new Map<string, string>();
  /** The text and edits of files that share their real file with another path (kept whole: rare). */
  private readonly shared = new Map<string, PathEdits>();
  private readonly linkTargets: ReadonlySet<string>;

  constructor(private readonly realPaths: ReadonlyMap<string, string>) {
    this.linkTargets = new Set(realPaths.values());
  }

  add(audit: SetAudit): void {
    const own = new Map(audit.sources.map((s) => [s.path, s]));
    for (const f of [...audit.findings, ...audit.unused]) {
      const source = own.get(f.file);
      if (!source) continue;
      let lines = this.lines.get(f.file);
      if (!lines) this.lines.set(f.file, (lines = new Map()));
      const { first, last } = shownLines(f);
      for (let l = first; l <= last; l++) {
        const t = lines.has(l) ? undefined : lineText(source, l);
        if (t !== undefined) lines.set(l, detachedCopy(t));
      }
    }
    if (!audit.decisions) return;
    // A set's fixes touch only its own files, and in the same order as among all findings (their
    // sort is stable), so each file's diff is the one the combination of all sets gives.
    const set = assembleFixes(audit.findings, new Map(audit.decisions.map(([i, d]) => [audit.findings[i] as Finding, d])), new Map());
    for (const [file, edits] of editsByFile(set.edits)) {
      const source = own.get(file);
      if (source === undefined) throw new Error(`edit for a file that is not given: ${file}`);
      if (this.realPaths.has(file) || this.linkTargets.has(file)) this.shared.set(file, { path: file, text: detachedCopy(source.text), edits });
      else this.diffs.set(file, unifiedDiffOfFile(file, source.text, edits));
    }
  }

  line(file: string, line: number): string | undefined {
    return this.lines.get(file)?.get(line);
  }

  /** The diff of these files, in this order, one section per real file (unifiedDiffByRealFile). */
  diffOf(files: Iterable<string>): { diff: string; withheld: WithheldFile[] } {
    // Each real file's section where its first path comes, as unifiedDiffByRealFile orders them.
    const parts: Array<string | Map<string, PathEdits[]>> = [];
    const groups = new Map<string, Map<string, PathEdits[]>>();
    for (const file of files) {
      const member = this.shared.get(file);
      if (member === undefined) {
        parts.push(this.diffs.get(file) ?? '');
        continue;
      }
      const real = this.realPaths.get(file) ?? file;
      let group = groups.get(real);
      if (!group) {
        groups.set(real, (group = new Map()));
        parts.push(group);
      }
      addPathEdits(group, real, member);
    }
    let diff = '';
    const withheld: WithheldFile[] = [];
    for (const part of parts) {
      if (typeof part === 'string') diff += part;
      else {
        const real = diffOfRealFiles(part);
        diff += real.diff;
        withheld.push(...real.withheld);
      }
    }
    return { diff, withheld };
  }
}

/**
 * The parts of a set's result that outlive it, copied (a JSON round trip, as results from worker
 * threads arrive anyway): the findings' messages and fixes, and the listing's values, are built from
 * slices of the set's files, and would keep every file's text alive.
 */
function detached(audit: SetAudit, listingKept: boolean): SetAudit {
  const { findings, unused, decisions } = audit;
  const copied = JSON.parse(JSON.stringify({ findings, unused, decisions, ...(listingKept ? { listing: audit.listing } : {}) })) as Partial<SetAudit>;
  return { ...audit, ...copied };
}
