/**
 * .gitignore files applied while walking a tree that is not a git work tree. Each .gitignore speaks about
 * paths below its own directory; a deeper file can re-include (`!pattern`) what a shallower one excluded,
 * as in git. A directory that is ignored is not entered, so nothing below it can be re-included (git's
 * rule as well).
 */
import ignore, { type Ignore } from 'ignore';

interface Level {
  /** Directory of the .gitignore, relative to the root, "" for the root itself. */
  readonly base: string;
  readonly rules: Ignore;
}

export class IgnoreChain {
  private constructor(private readonly levels: readonly Level[]) {}

  static empty(): IgnoreChain {
    return new IgnoreChain([]);
  }

  /** A chain for a subdirectory whose .gitignore holds `content`. */
  with(base: string, content: string): IgnoreChain {
    return new IgnoreChain([...this.levels, { base, rules: ignore().add(content) }]);
  }

  /** Is the path (relative to the root, "/" separators) ignored? */
  ignores(relPath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { base, rules } of this.levels) {
      const sub = base === '' ? relPath : relPath.startsWith(`${base}/`) ? relPath.slice(base.length + 1) : undefined;
      if (!sub) continue;
      let result;
      try {
        result = rules.test(isDirectory ? `${sub}/` : sub);
      } catch {
        continue; // a name the library refuses as a relative path cannot match a rule either
      }
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}
