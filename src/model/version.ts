/**
 * Which Postfix version a config set is analysed for (issue 3 "target version"): the user's choice,
 * else hints in the configuration, else DEFAULT_POSTFIX_VERSION. The answer says why.
 */
import {
  builtinDefaults,
  compareVersions,
  DEFAULT_POSTFIX_VERSION,
  parseVersion,
  supportedMinorOf,
  SUPPORTED_POSTFIX_VERSIONS,
} from '../postfix/defaults/index.js';
import type { LoadedConfigSet } from '../postfix/config-set.js';

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

/** The first modelled version that knows a parameter unknown to 3.7, for names the user sets. */
function firstVersionKnowing(name: string): string | undefined {
  for (const v of SUPPORTED_POSTFIX_VERSIONS) if (builtinDefaults(v).has(name)) return v;
  return undefined;
}

export function resolveTargetVersion(loaded: LoadedConfigSet, option?: string): TargetVersion {
  if (option !== undefined) return { version: option, source: 'option', reason: `--postfix-version ${option}` };
  const files = [loaded.main, loaded.mainOverride].filter((m) => m !== undefined);
  const setNames = new Map<string, { value: string; where: string }>();
  for (const f of files) {
    for (const [name, e] of f.values) setNames.set(name, { value: e.value, where: `${f.source.path}:${e.nameSpan.start.line}` });
  }
  for (const s of loaded.master?.services ?? []) {
    for (const o of s.options) if (!setNames.has(o.name)) setNames.set(o.name, { value: o.value, where: `${loaded.master!.source.path}:${o.span.start.line}` });
  }

  const mailVersion = setNames.get('mail_version');
  if (mailVersion && parseVersion(mailVersion.value)) {
    const c = clamp(mailVersion.value);
    return { version: c.version, source: 'inferred', reason: `mail_version = ${mailVersion.value} is set (${mailVersion.where})${c.note}` };
  }

  const hints: { version: string; why: string }[] = [];
  const compat = setNames.get('compatibility_level');
  const compatVersion = compat ? parseVersion(compat.value) : undefined;
  if (compat && compatVersion && compareVersions(compatVersion, '3.6') >= 0) {
    hints.push({ version: `${compatVersion.major}.${compatVersion.minor}`, why: `compatibility_level = ${compat.value} (${compat.where}) needs Postfix ${compatVersion.major}.${compatVersion.minor} or later` });
  }
  const known37 = builtinDefaults('3.7');
  for (const [name, { where }] of setNames) {
    if (known37.has(name)) continue;
    const first = firstVersionKnowing(name);
    if (first && compareVersions(first, '3.7') > 0) hints.push({ version: first, why: `${name} (${where}) exists only in Postfix ${first} and later` });
  }
  hints.sort((a, b) => compareVersions(b.version, a.version));
  const strongest = hints[0];
  if (strongest && compareVersions(strongest.version, DEFAULT_POSTFIX_VERSION) > 0) {
    const c = clamp(strongest.version);
    return { version: c.version, source: 'inferred', reason: `${strongest.why}${c.note}` };
  }
  let reason = `no version given and no hint in the configuration: Postfix ${DEFAULT_POSTFIX_VERSION} assumed`;
  if (strongest) reason = `${strongest.why}; Postfix ${DEFAULT_POSTFIX_VERSION} assumed`;
  else if (compat && compat.value.trim() !== '') reason = `compatibility_level = ${compat.value} (${compat.where}) does not name a release; Postfix ${DEFAULT_POSTFIX_VERSION} assumed`;
  return { version: DEFAULT_POSTFIX_VERSION, source: 'default', reason };
}
