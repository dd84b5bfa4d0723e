/** Postfix release numbers: parsing, comparison, and the versions this project models. */

/** Minor releases whose built-in defaults are modelled (see index.ts for the data). */
export const SUPPORTED_POSTFIX_VERSIONS: readonly string[] = Object.freeze([
  '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11',
]);

/** The version assumed when the user names none: the oracle installed here is 3.7. */
export const DEFAULT_POSTFIX_VERSION = '3.7';

export interface PostfixVersion {
  major: number;
  minor: number;
  /** Patch level of a stable release ("3.7.11"); undefined for "3.7" or a snapshot. */
  patch?: number;
  /** Snapshot date of "3.12-20260821" style versions (mail_version.h). */
  snapshot?: string;
}

/**
 * Parse "3.7", "3.7.11", "3.10", " 3.11.0 " or a snapshot "3.12-20260821[-nonprod]".
 * Returns undefined for anything else (never throws).
 */
export function parseVersion(text: string): PostfixVersion | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(\d{8})(?:-nonprod)?)?$/.exec(text.trim());
  if (!m) return undefined;
  const v: PostfixVersion = { major: Number(m[1]), minor: Number(m[2]) };
  if (m[3] !== undefined) v.patch = Number(m[3]);
  if (m[4] !== undefined) v.snapshot = m[4];
  if (v.patch !== undefined && v.snapshot !== undefined) return undefined;
  return v;
}

function asVersion(v: string | PostfixVersion): PostfixVersion {
  if (typeof v !== 'string') return v;
  const parsed = parseVersion(v);
  if (!parsed) throw new RangeError(`not a Postfix version: ${JSON.stringify(v)}`);
  return parsed;
}

/**
 * Numeric comparison (so "3.10" > "3.9"): negative, 0 or positive. A missing patch level
 * counts as 0, so "3.7" == "3.7.0" < "3.7.11". Throws RangeError on unparsable strings.
 */
export function compareVersions(a: string | PostfixVersion, b: string | PostfixVersion): number {
  const x = asVersion(a);
  const y = asVersion(b);
  return x.major - y.major || x.minor - y.minor || (x.patch ?? 0) - (y.patch ?? 0);
}

/** "3.7" for any 3.7.x; undefined when the major.minor release is not modelled. */
export function supportedMinorOf(version: string | PostfixVersion): string | undefined {
  const v = typeof version === 'string' ? parseVersion(version) : version;
  if (!v || v.snapshot !== undefined) return undefined;
  const minor = `${v.major}.${v.minor}`;
  return SUPPORTED_POSTFIX_VERSIONS.includes(minor) ? minor : undefined;
}

export function isSupportedPostfixVersion(version: string): boolean {
  return supportedMinorOf(version) !== undefined;
}
