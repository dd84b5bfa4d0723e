/**
 * GitHub Action entry point: wires @actions/core, the GitHub half (publishing, the untrusted report
 * reader of the fork-safe recipe) and the probe half into the run. Unexpected failures end the step
 * with their message only (no stack trace in the annotation). The GitHub half is imported when a run
 * asks it something (Octokit only when it talks to the API, ajv only when it reads a report) and the
 * probe half when a run probes: the bundle keeps them in chunks of their own, off the start-up path.
 */
import * as core from '@actions/core';
import { parseTargetSpec } from '../probe/target.js';
import type { GithubHalf } from './halves.js';
import { runAction } from './run.js';

const publishing = (): Promise<GithubHalf> => import('./publish.js');

// The runner masks secrets it knows; a token passed in some other way (a PAT from an output, an App token
// minted in an earlier step) is masked here before anything could print it.
const token = core.getInput('github-token');
if (token) core.setSecret(token);

try {
  await runAction({
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    getInput: (name) => core.getInput(name),
    getMultilineInput: (name) => core.getMultilineInput(name),
    core,
    env: process.env,
    github: {
      preparePublish: async (...args) => (await publishing()).preparePublish(...args),
      publish: async (...args) => (await publishing()).publish(...args),
      readReport: async (file) => (await import('../github/artifact.js')).readReportFile(file),
    },
    probe: { validateTarget: (t) => void parseTargetSpec(t), probeForAction: async (...args) => (await import('./probe.js')).probeForAction(...args) },
  });
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
