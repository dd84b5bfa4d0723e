/**
 * Which Postfix version a config set is analysed for (issue 3 "target version"): the user's choice,
 * else hints in the configuration, else DEFAULT_POSTFIX_VERSION. The answer says why.
 */
import {
  builtinDefaults,
  compareVersions,
  DEFAULT_POSTFIX_VERSION,
  DEFAULTS_DELTAS,
  parseVersion,
  supportedMinorOf,
  SUPPORTED_POSTFIX_VERSIONS,
} from '../postfix/defaults/index.js';
import type { MainCf } from '../postfix/main-cf.js';
import type { MasterCf } from '../postfix/master-cf.js';

export interface TargetVersion {
  version: string;
  source: 'option' | 'inferred' | 'default';
  reason: string;
}

const OLDEST = SUPPORTED_POSTFIX_VERSIONS[0] as string;
const NEWEST = SUPPORTED_POSTFIX_VERSIONS[SUPPORTED_POSTFIX_VERSIONS.length - 1] as string;

function clamp(v: string): { version: string; note: string } {
  const p = parseVersion(v);
  if (!p) return { version: DEFAULT_POSTFIX_VERSION, note: '' };
  if (compareVersions(p, OLDEST) < 0) return { version: OLDEST, note: ` (older than ${OLDEST}, the oldest modelled version; ${OLDEST} is used)` };
  const minor = supportedMinorOf(p);
  if (!minor) return { version: NEWEST, note: ` (newer than ${NEWEST}, the newest modelled version; ${NEWEST} is used)` };
  return { version: p.patch !== undefined ? `${p.major}.${p.minor}.${p.patch}` : minor, note: '' };
}

/** Every modelled version's built-in parameters, oldest first (made when first needed). */
let defaultsOldestFirst: { version: string; defaults: ReadonlyMap<string, string> }[] | undefined;

/**
 * Names some version's defaults add to the 3.7 table: only the per-version deltas add names (checked
 * by test/model/version.test.ts). Any other name unknown to 3.7 is unknown to every version, and the
 * other versions' tables need not be made for it.
 */
const NAMES_ADDED_BY_DELTAS: ReadonlySet<string> = new Set(DEFAULTS_DELTAS.flatMap((d) => Object.keys(d.set ?? {})));

/** The first modelled version that knows a parameter unknown to 3.7, for names the user sets. */
function firstVersionKnowing(name: string): string | undefined {
  if (!NAMES_ADDED_BY_DELTAS.has(name)) return undefined;
  defaultsOldestFirst ??= SUPPORTED_POSTFIX_VERSIONS.map((version) => ({ version, defaults: builtinDefaults(version) }));
  for (const { version, defaults } of defaultsOldestFirst) if (defaults.has(name)) return version;
  return undefined;
}

interface SetName {
  value: string;
  path: string;
  line: number;
}

const where = (s: SetName): string => `${s.path}:${s.line}`;

/** Names whose definitions can hint at a version: the two below, and any name Postfix 3.7 does not know. */
function canHint(name: string, known37: ReadonlyMap<string, string>): boolean {
  return name === 'mail_version' || name === 'compatibility_level' || !known37.has(name);
}

/**
 * A parsed file's definitions that can hint at a version, in file order (most files have none).
 * Parsed files are never changed, so this is worked out once per file: a fix's re-analysis reuses
 * the unchanged files.
 */
const hintingMainCfNames = new WeakMap<MainCf, Array<[string, SetName]>>();
const hintingMasterOptions = new WeakMap<MasterCf, Array<[string, SetName]>>();

function hintingNamesOfMainCf(f: MainCf): Array<[string, SetName]> {
  let r = hintingMainCfNames.get(f);
  if (!r) {
    const known37 = builtinDefaults('3.7');
    r = [];
    for (const [name, e] of f.values) if (canHint(name, known37)) r.push([name, { value: e.value, path: f.source.path, line: e.nameSpan.start.line }]);
    hintingMainCfNames.set(f, r);
  }
  return r;
}

function hintingOptionsOfMasterCf(master: MasterCf): Array<[string, SetName]> {
  let r = hintingMasterOptions.get(master);
  if (!r) {
    const known37 = builtinDefaults('3.7');
    r = [];
    for (const s of master.services) {
      for (const o of s.options) if (canHint(o.name, known37)) r.push([o.name, { value: o.value, path: master.source.path, line: o.span.start.line }]);
    }
    hintingMasterOptions.set(master, r);
  }
  return r;
}

/** The version to judge a set's parsed files by (the model passes the template-tolerant ones). */
export function resolveTargetVersion(loaded: { main?: MainCf | undefined; mainOverride?: MainCf | undefined; master?: MasterCf | undefined }, option?: string): TargetVersion {
  if (option !== undefined) return { version: option, source: 'option', reason: `--postfix-version ${option}` };
  const files = [loaded.main, loaded.mainOverride].filter((m) => m !== undefined);
  // The set's definitions of the names that can hint (main.cf files: the last wins; master.cf -o: the first).
  const setNames = new Map<string, SetName>();
  for (const f of files) for (const [name, s] of hintingNamesOfMainCf(f)) setNames.set(name, s);
  if (loaded.master) for (const [name, s] of hintingOptionsOfMasterCf(loaded.master)) if (!setNames.has(name)) setNames.set(name, s);

  const mailVersion = setNames.get('mail_version');
  if (mailVersion && parseVersion(mailVersion.value)) {
    const c = clamp(mailVersion.value);
    return { version: c.version, source: 'inferred', reason: `mail_version = ${mailVersion.value} is set (${where(mailVersion)})${c.note}` };
  }

  const hints: { version: string; why: string }[] = [];
  const compat = setNames.get('compatibility_level');
  const compatVersion = compat ? parseVersion(compat.value) : undefined;
  if (compat && compatVersion && compareVersions(compatVersion, '3.6') >= 0) {
    hints.push({ version: `${compatVersion.major}.${compatVersion.minor}`, why: `compatibility_level = ${compat.value} (${where(compat)}) needs Postfix ${compatVersion.major}.${compatVersion.minor} or later` });
  }
  const known37 = builtinDefaults('3.7');
  for (const [name, s] of setNames) {
    if (known37.has(name)) continue;
    const first = firstVersionKnowing(name);
    if (first && compareVersions(first, '3.7') > 0) hints.push({ version: first, why: `${name} (${where(s)}) exists only in Postfix ${first} and later` });
  }
  hints.sort((a, b) => compareVersions(b.version, a.version));
  const strongest = hints[0];
  if (strongest && compareVersions(strongest.version, DEFAULT_POSTFIX_VERSION) > 0) {
    const c = clamp(strongest.version);
    return { version: c.version, source: 'inferred', reason: `${strongest.why}${c.note}` };
  }
  let reason = `no version given and no hint in the configuration: Postfix ${DEFAULT_POSTFIX_VERSION} assumed`;
  if (strongest) reason = `${strongest.why}; Postfix ${DEFAULT_POSTFIX_VERSION} assumed`;
  else if (compat && compat.value.trim() !== '') reason = `compatibility_level = ${compat.value} (${where(compat)}) does not name a release; Postfix ${DEFAULT_POSTFIX_VERSION} assumed`;
  return { version: DEFAULT_POSTFIX_VERSION, source: 'default', reason };
}
