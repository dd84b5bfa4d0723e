/**
 * GitHub Action entry point: wires @actions/core and the GitHub half into the run.
 * Unexpected failures end the step with their message only (no stack trace in the annotation).
 */
import * as core from '@actions/core';
import { preparePublish, publish } from './publish.js';
import { runAction } from './run.js';

try {
  await runAction({
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    getInput: (name) => core.getInput(name),
    getMultilineInput: (name) => core.getMultilineInput(name),
    core,
    env: process.env,
    github: { preparePublish, publish },
  });
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
