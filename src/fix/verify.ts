/**
 * Verification of a fix: apply its edits in memory to the set's files, parse them again, rebuild
 * the model, and check that the caller's condition holds and that no new diagnostic appeared.
 */
import type { LoadedConfigSet } from '../postfix/config-set.js';
import type { Diagnostic } from '../postfix/diagnostics.js';
import { parseMainCf, type MainCf } from '../postfix/main-cf.js';
import { parseMasterCf, type MasterCf } from '../postfix/master-cf.js';
import type { SourceText } from '../postfix/source.js';
import { buildConfigSetModel } from '../model/config-set-model.js';
import type { ConfigSetModel, ModelOptions } from '../model/types.js';
import { applyEdits, EditError, editedSource, editsByFile, resolveEdits, type ResolvedEdit, type TextEdit } from './edits.js';

export interface FixedConfigSet {
  loaded: LoadedConfigSet;
  /** New text of every file the edits touch, by path. */
  texts: Map<string, string>;
}

/** The set's editable files by path (the stock master.cf is not a file of the set). */
export function editableSources(loaded: LoadedConfigSet): Map<string, SourceText> {
  const out = new Map<string, SourceText>();
  if (loaded.main) out.set(loaded.main.source.path, loaded.main.source);
  if (loaded.master && !loaded.masterIsStock) out.set(loaded.master.source.path, loaded.master.source);
  if (loaded.mainOverride) out.set(loaded.mainOverride.source.path, loaded.mainOverride.source);
  if (loaded.masterOverrideSource) out.set(loaded.masterOverrideSource.path, loaded.masterOverrideSource);
  return out;
}

/**
 * The set with the edits applied, parsed again as loadConfigSet() does. Throws EditError for an
 * edit of a file that is not in the set or edits that overlap.
 */
export function applyEditsToConfigSet(loaded: LoadedConfigSet, edits: readonly TextEdit[]): FixedConfigSet {
  const sources = editableSources(loaded);
  const texts = new Map<string, string>();
  for (const [file, list] of editsByFile(edits)) {
    const source = sources.get(file);
    if (!source) throw new EditError(`edit for a file that is not part of the config set: ${file}`);
    texts.set(file, applyEdits(source.text, list, source.lineStarts));
  }
  const reparsed = (source: SourceText | undefined): SourceText | undefined => {
    if (!source) return undefined;
    const t = texts.get(source.path);
    if (t === undefined) return source;
    // Written back in the original encoding: a Latin-1 file stays Latin-1.
    return editedSource(source.path, t, source.encoding);
  };
  const mainSrc = reparsed(loaded.main?.source);
  const masterSrc = loaded.masterIsStock ? undefined : reparsed(loaded.master?.source);
  const mainOverrideSrc = reparsed(loaded.mainOverride?.source);
  const masterOverrideSource = reparsed(loaded.masterOverrideSource);
  const again = <T,>(old: T | undefined, src: SourceText | undefined, parse: (s: SourceText) => T, oldSrc: SourceText | undefined): T | undefined =>
    old === undefined || src === undefined ? old : src === oldSrc ? old : parse(src);
  const main: MainCf | undefined = again(loaded.main, mainSrc, parseMainCf, loaded.main?.source);
  const master: MasterCf | undefined = loaded.masterIsStock ? loaded.master : again(loaded.master, masterSrc, parseMasterCf, loaded.master?.source);
  const mainOverride: MainCf | undefined = again(loaded.mainOverride, mainOverrideSrc, parseMainCf, loaded.mainOverride?.source);
  const diagnostics: Diagnostic[] = [];
  for (const parsed of [main, master, mainOverride]) if (parsed) for (const d of parsed.diagnostics) diagnostics.push(d);
  const next: LoadedConfigSet = {
    set: loaded.set,
    ...(main ? { main } : {}),
    ...(master ? { master } : {}),
    masterIsStock: loaded.masterIsStock,
    ...(mainOverride ? { mainOverride } : {}),
    ...(masterOverrideSource ? { masterOverrideSource } : {}),
    diagnostics,
  };
  return { loaded: next, texts };
}

export interface VerifyResult {
  /** check(model) holds on the fixed set and no new diagnostic appeared. */
  ok: boolean;
  checkPassed: boolean;
  /** Diagnostics of the fixed model that the original model did not have (see newDiagnosticsOf). */
  newDiagnostics: Diagnostic[];
  /** Why the edits could not even be applied (overlap, unknown file); ok is false then. */
  error?: string;
  model?: ConfigSetModel;
  fixed?: FixedConfigSet;
}

/** Maps an offset of an original file to the edited file (identity for unedited files). */
export type OffsetMap = (path: string, offset: number) => number;

const keyOf = (d: Diagnostic, offset: number | undefined): string =>
  `${d.severity}\u0000${d.code}\u0000${d.path}\u0000${offset ?? '-'}`;

/**
 * Diagnostics of `after` whose (severity, code, file, start position) none of `before` has, the
 * positions of `before` mapped through the edits. Messages are not compared: they carry values and
 * line numbers, and the model reports one issue once per distinct message (a legacy parameter seen
 * with two security levels is still the same issue at the same place).
 */
export function newDiagnosticsOf(before: readonly Diagnostic[], after: readonly Diagnostic[], map: OffsetMap = (_p, o) => o): Diagnostic[] {
  const seen = new Set<string>();
  for (const d of before) seen.add(keyOf(d, d.span ? map(d.path, d.span.start.offset) : undefined));
  return after.filter((d) => !seen.has(keyOf(d, d.span?.start.offset)));
}

/**
 * OffsetMap of edits: an offset inside a replaced range maps to the range's new start. `texts` holds
 * the files' texts, or their SourceTexts (whose line starts are then not computed again).
 */
export function offsetMapOf(texts: ReadonlyMap<string, string | SourceText>, edits: readonly TextEdit[]): OffsetMap {
  const perFile = new Map<string, ResolvedEdit[]>();
  for (const [file, list] of editsByFile(edits)) {
    const t = texts.get(file);
    if (t !== undefined) perFile.set(file, typeof t === 'string' ? resolveEdits(t, list) : resolveEdits(t.text, list, t.lineStarts));
  }
  return (path, offset) => {
    const list = perFile.get(path);
    if (!list) return offset;
    let delta = 0;
    for (const r of list) {
      if (r.start >= offset && !(r.start === offset && r.end === r.start)) break;
      if (offset < r.end) return r.start + delta;
      delta += r.edit.replacement.length - (r.end - r.start);
    }
    return offset + delta;
  };
}

/**
 * Apply `edits` in memory, rebuild the model with `options`, and evaluate `check` on it.
 * `before` is the model of the unedited set when the caller has it (else it is built here).
 */
export function verifyFix(
  loaded: LoadedConfigSet,
  edits: readonly TextEdit[],
  check: (model: ConfigSetModel) => boolean,
  options: ModelOptions = {},
  before?: ConfigSetModel,
): VerifyResult {
  let fixed: FixedConfigSet;
  try {
    fixed = applyEditsToConfigSet(loaded, edits);
  } catch (e) {
    if (e instanceof EditError) return { ok: false, checkPassed: false, newDiagnostics: [], error: e.message };
    throw e;
  }
  const original = before ?? buildConfigSetModel(loaded, options);
  const model = buildConfigSetModel(fixed.loaded, options);
  const checkPassed = check(model);
  const newDiagnostics = newDiagnosticsOf(original.diagnostics, model.diagnostics, offsetMapOf(editableSources(loaded), edits));
  return { ok: checkPassed && newDiagnostics.length === 0, checkPassed, newDiagnostics, model, fixed };
}
