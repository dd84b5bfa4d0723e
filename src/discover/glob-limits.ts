/**
 * What a glob may hold. picomatch turns a glob into a backtracking regular expression, so some globs take
 * time that grows as a power of the path's length when they do not match: three `**` against a path of
 * 2,000 folders took 19 s, `{a,aa,aaa,aaaa}*` three times over 4 s on one 250-character name, twenty
 * `{a,a}` in a row 145 ms (twice that for each one more), and an extended glob like `@(a+|a+)+c` grows
 * exponentially. So wildcard runs and brace groups are counted together. A policy file can
 * come from the pull request being scanned, so its `ignore` globs are checked before use, and so are the
 * include and exclude globs of the CLI and the Action, for the same clear error.
 *
 * Measured worst cases within these limits (4,000-character paths): about 40 ms per path.
 */
/** Wildcard runs (`*`, `**`) and brace groups (`{…}`) together. */
export const MAX_GLOB_WILDCARDS = 3;
export const MAX_GLOB_GLOBSTARS = 2;
export const MAX_GLOB_LENGTH = 1024;

/** Why a glob is refused, or undefined when it is within the limits. */
export function globProblem(glob: string): string | undefined {
  // picomatch throws on an empty pattern; an empty glob would match nothing anyway.
  if (glob.length === 0) return 'empty (a glob needs at least one character)';
  if (glob.length > MAX_GLOB_LENGTH) return `longer than ${MAX_GLOB_LENGTH} characters`;
  if (/[@!+*?]\(/.test(glob)) return 'extended glob syntax like @(…), +(…) or !(…) is not supported';
  const runs = glob.match(/\*+/g) ?? [];
  const braces = glob.match(/\{/g)?.length ?? 0;
  if (runs.length + braces > MAX_GLOB_WILDCARDS) return `more than ${MAX_GLOB_WILDCARDS} wildcards and brace groups (*, ** or {…}) together: such a glob can take minutes on a long path`;
  if (runs.filter((r) => r.length > 1).length > MAX_GLOB_GLOBSTARS) return `more than ${MAX_GLOB_GLOBSTARS} ** wildcards: such a glob can take minutes on a deep path`;
  return undefined;
}
