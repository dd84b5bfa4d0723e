/**
 * The API half of an Action run: the pull request context (changed files and their hunks, for
 * only-changed and review suggestions) before the scan, and after it the PR comment, the review
 * suggestions or the rolling issue. Nothing here fails the step: findings decide the step's result;
 * API trouble becomes one warning (reference github-actions.md §3.5, §5, §8).
 */
import type { ActionReport } from '../report/report-types.js';
import { describeApiError, createGitHubClient, type GitHubClient } from '../github/client.js';
import { upsertStickyComment } from '../github/comment.js';
import { tokenIdentity, type Identity } from '../github/identity.js';
import { syncRollingIssue } from '../github/issue.js';
import { marker, reportHash, workflowKey } from '../github/markers.js';
import {
  listChangedFiles,
  pullRequestFromPayload,
  pullRequestFromWorkflowRun,
  readEvent,
  repoFromEnv,
  type PullRequestTarget,
  type RepoRef,
} from '../github/pull-request.js';
import { publishSuggestions } from '../github/review.js';
import { ISSUE_LABEL, issueTitle, renderClosingNote, renderIssueBody, renderReopeningNote } from '../report/issue.js';
import { GITHUB_BODY_LIMIT, renderPrComment } from '../report/pr-comment.js';
import { planSuggestions } from '../report/review.js';

export interface PublishLog {
  info(m: string): void;
  warning(m: string): void;
}
export interface PublishSettings {
  token: string;
  comment: 'on-findings' | 'always' | 'never';
  review: boolean;
  issue: boolean;
}
export interface ChangedFile {
  hunks: { start: number; end: number }[];
} // new-side line ranges of the PR diff, inclusive
export interface PublishPlan {
  pullRequest?: { number: number; headSha: string; changedFiles: ReadonlyMap<string, ChangedFile> };
  canWrite: boolean;
  readOnlyReason?: string;
  /**
   * Where results go (set by preparePublish; publish() ignores a plan without it). `pullRequest`
   * above is absent when the changed files could not be listed; the comment still goes to `target`.
   */
  target?: { kind: 'pull-request'; number: number; headSha: string; event: string } | { kind: 'issue'; event: string };
}

/** Where docs/action.md explains the two-workflow recipe for fork pull requests. */
export const FORK_RECIPE_DOC = 'docs/action.md#fork-pull-requests';

function recipe(why: string): string {
  return (
    `postfix-tls-audit: ${why}, so no PR comment or review suggestions are written; the findings are in the annotations and the job summary. ` +
    `To get the comment on pull requests from forks, use the two-workflow recipe: this (read-only) run writes its report with \`json-file\` and uploads it as an artifact; ` +
    `a second workflow on \`workflow_run\` (which has a write token and never checks out the fork's code) downloads it and runs this Action with \`from-report\`. ` +
    `See ${FORK_RECIPE_DOC}.`
  );
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function apiBase(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_API_URL || 'https://api.github.com';
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID)) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function blobBase(env: NodeJS.ProcessEnv, sha: string | undefined): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}/`;
}

/** Test runs against a local stand-in only: Octokit's spacing of writes off (see ClientOptions). */
export const UNPACED_WRITES_ENV = 'POSTFIX_TLS_AUDIT_UNPACED_WRITES';

function client(env: NodeJS.ProcessEnv, settings: PublishSettings, log: PublishLog): Promise<GitHubClient> {
  return createGitHubClient(settings.token, apiBase(env), log, { pacedWrites: env[UNPACED_WRITES_ENV] !== '1' });
}

export async function preparePublish(env: NodeJS.ProcessEnv, settings: PublishSettings, log: PublishLog): Promise<PublishPlan> {
  const event = readEvent(env);
  if (event.problem) log.warning(`postfix-tls-audit: ${event.problem}`);
  const repository = repoFromEnv(env);
  const wantsPr = settings.comment !== 'never' || settings.review;
  if (!PR_EVENTS.has(event.name) && event.name !== 'workflow_run') {
    // schedule, workflow_dispatch, push…: no pull request; the rolling issue if asked for.
    // Nothing to write (no pull request, no rolling issue): not a permission problem.
    if (!settings.issue) return { canWrite: true };
    if (!settings.token || !repository) return { canWrite: false, readOnlyReason: 'no token or no GITHUB_REPOSITORY' };
    return { canWrite: true, target: { kind: 'issue', event: event.name } };
  }
  if (!repository) {
    log.warning('postfix-tls-audit: GITHUB_REPOSITORY is not set: nothing is published');
    return { canWrite: false, readOnlyReason: 'GITHUB_REPOSITORY is not set' };
  }
  if (!settings.token) {
    log.warning('postfix-tls-audit: no `github-token`: only-changed, the PR comment and review suggestions are off');
    return { canWrite: false, readOnlyReason: 'no github-token' };
  }
  const api = await client(env, settings, log);
  let pr: PullRequestTarget | undefined;
  if (event.name === 'workflow_run') {
    try {
      const found = await pullRequestFromWorkflowRun(api, event.payload, repository);
      if (!found.target) {
        log.warning(`postfix-tls-audit: workflow_run: ${found.reason ?? 'no pull request'}: nothing is published`);
        return { canWrite: false, readOnlyReason: found.reason ?? 'no pull request' };
      }
      pr = found.target;
    } catch (error) {
      log.warning(`postfix-tls-audit: workflow_run: cannot look up the pull request (${describeApiError(error).message}): nothing is published`);
      return { canWrite: false, readOnlyReason: 'pull request lookup failed' };
    }
  } else {
    pr = pullRequestFromPayload(event.payload, repository);
    if (!pr) {
      log.warning(`postfix-tls-audit: the ${event.name} event payload has no pull request: nothing is published`);
      return { canWrite: false, readOnlyReason: 'no pull request in the event payload' };
    }
  }
  const readOnlyFork = event.name === 'pull_request' && pr.fromFork;
  const plan: PublishPlan = {
    canWrite: !readOnlyFork,
    ...(readOnlyFork ? { readOnlyReason: `pull request from a fork (${pr.headRepo ?? 'deleted repository'}): GitHub gives \`pull_request\` runs a read-only token` } : {}),
    target: { kind: 'pull-request', number: pr.number, headSha: pr.headSha, event: event.name },
  };
  if (readOnlyFork && wantsPr) log.warning(recipe('this is a pull request from a fork, whose `pull_request` runs get a read-only token'));
  try {
    const changedFiles = await listChangedFiles(api, repository, pr.number);
    plan.pullRequest = { number: pr.number, headSha: pr.headSha, changedFiles };
  } catch (error) {
    log.warning(
      `postfix-tls-audit: cannot list the files of pull request #${pr.number} (${describeApiError(error).message}): the full scan is reported and no review suggestions are made`,
    );
  }
  return plan;
}

class ReadOnly extends Error {}

export async function publish(
  report: ActionReport,
  plan: PublishPlan,
  env: NodeJS.ProcessEnv,
  settings: PublishSettings,
  log: PublishLog,
): Promise<{ commentUrl?: string; issueUrl?: string }> {
  const repository = repoFromEnv(env);
  const target = plan.target;
  if (!target || !plan.canWrite || !repository || !settings.token) return {};
  const api = await client(env, settings, log);
  const key = workflowKey(env);
  let me: Identity | undefined;
  const identity = async (): Promise<Identity> => (me ??= await tokenIdentity(api));
  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      const failure = describeApiError(error);
      if (failure.readOnly && target.kind === 'issue') {
        log.warning(`postfix-tls-audit: the token cannot write the rolling issue (${what}: ${failure.message}): the workflow needs \`permissions: issues: write\`; the findings are in the annotations and the job summary`);
        throw new ReadOnly();
      }
      if (failure.readOnly) {
        log.warning(recipe(`the token cannot write here (${what}: ${failure.message}; a pull request from a fork, or no \`pull-requests: write\` / \`issues: write\` permission)`));
        throw new ReadOnly();
      }
      if (failure.status === undefined) log.warning(`postfix-tls-audit: ${what} failed: ${failure.message}`);
      else log.warning(`postfix-tls-audit: ${what} failed (HTTP ${failure.status}: ${failure.message}); the findings are in the annotations and the job summary`);
      return undefined;
    }
  };
  const out: { commentUrl?: string; issueUrl?: string } = {};
  try {
    if (target.kind === 'pull-request') {
      if (settings.comment !== 'never') {
        const markerLength = marker('comment', key, '0'.repeat(24)).length + 2;
        const body = renderPrComment(report, {
          maxLength: GITHUB_BODY_LIMIT - markerLength,
          ...optional('blobBase', blobBase(env, target.headSha)),
          ...optional('runUrl', runUrl(env)),
        });
        const result = await guard('writing the PR comment', async () =>
          upsertStickyComment(api, repository, target.number, {
            body,
            hash: reportHash(report, 'pr'),
            key,
            me: await identity(),
            mode: settings.comment,
            hasFindings: report.findings.length > 0,
          }),
        );
        if (result) {
          log.info(`postfix-tls-audit: PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
          if (result.url) out.commentUrl = result.url;
        }
      }
      if (settings.review) {
        if (!plan.pullRequest) log.info('postfix-tls-audit: no review suggestions: the changed files of the pull request are unknown');
        else {
          const suggestionPlan = planSuggestions(report, plan.pullRequest.changedFiles);
          const result = await guard('posting review suggestions', async () =>
            publishSuggestions(api, repository, { number: target.number, headSha: target.headSha }, suggestionPlan, { key, me: await identity() }),
          );
          if (result) {
            log.info(
              `postfix-tls-audit: review suggestions: ${result.posted} posted, ${result.alreadyPresent} already present, ${result.deleted} outdated deleted, ` +
                `${suggestionPlan.outsideDiff} outside the diff, ${suggestionPlan.overLimit} over the limit`,
            );
          }
        }
      }
    } else if (settings.issue) {
      const markerLength = marker('issue', key, '0'.repeat(24)).length + 2;
      const sha = report.commit ?? env.GITHUB_SHA;
      const links = { ...optional('blobBase', blobBase(env, sha)), ...optional('runUrl', runUrl(env)) };
      const result = await guard('updating the rolling issue', async () =>
        syncRollingIssue(api, repository, {
          key,
          me: await identity(),
          title: issueTitle(env.GITHUB_WORKFLOW ?? ''),
          label: ISSUE_LABEL,
          hasFindings: report.findings.length > 0,
          body: renderIssueBody(report, { ...links, maxLength: GITHUB_BODY_LIMIT - markerLength }),
          hash: reportHash(report, 'issue'),
          closingNote: renderClosingNote(report, links.runUrl),
          reopeningNote: renderReopeningNote(report, links.runUrl),
        }),
      );
      if (result) {
        log.info(`postfix-tls-audit: rolling issue ${result.action}${result.url ? `: ${result.url}` : ''}`);
        if (result.url) out.issueUrl = result.url;
      }
    }
  } catch (error) {
    if (!(error instanceof ReadOnly)) throw error;
  }
  return out;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

export type { RepoRef };

