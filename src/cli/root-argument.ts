import { scanRootProblem } from '../discover/scan-root.js';

/**
 * A PATH that is empty, missing or not a folder, as a usage error: a mistyped path would otherwise scan
 * nothing and exit 0.
 */
export function rootError(given: string | undefined, root: string): string | undefined {
  if (given === '') return 'PATH is empty (use . for the current folder)';
  const problem = scanRootProblem(root);
  return problem ? `PATH ${given ?? '.'}: ${problem}` : undefined;
}
