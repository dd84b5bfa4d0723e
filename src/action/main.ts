/**
 * GitHub Action entry point. This first version discovers and parses the config sets, reports
 * parse problems as annotations on their lines, and writes the listing to the job summary.
 * Policy verdicts, PR comments and SARIF come with later issues.
 */
import * as core from '@actions/core';
import { runAction } from './run.js';

try {
  await runAction({
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    getInput: (name) => core.getInput(name),
    getMultilineInput: (name) => core.getMultilineInput(name),
    core,
  });
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
