/**
 * The Octokit the publishing half uses: @actions/github's client plus Octokit's retry and throttling
 * plugins (reference github-actions.md §5). Server errors (5xx) are retried with backoff by the retry
 * plugin; 4xx are not (its default doNotRetry list). Rate limits are retried a bounded number of
 * times, honouring retry-after, by the throttling plugin.
 */
import type { getOctokit } from '@actions/github';
import { loadUndici } from './undici-on-demand.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
}

/** Rate-limit retries per request. */
export const RATE_LIMIT_RETRIES = 2;
/** Longest wait we accept for one rate-limit retry; a primary limit resetting in an hour is not waited for. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 90;

/** A limiter group that does not wait (stands in for Bottleneck's Group, which the plugin only calls .key(id).schedule on). */
const UNPACED = { key: () => ({ schedule: (_options: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(fn(...args)) }) };

export interface ClientOptions {
  /**
   * Octokit's throttling spaces writes (1 s) and notifying writes (3 s) apart to stay clear of
   * GitHub's secondary rate limits. Tests against a local stand-in turn that off; rate-limit
   * responses are still honoured.
   */
  pacedWrites?: boolean;
}

/**
 * Octokit and its plugins are imported on the first client: most runs write nothing to GitHub, and
 * loading them is a large part of the Action's start-up (the bundle keeps them in a chunk of their own).
 */
export async function createGitHubClient(token: string, baseUrl: string, log: ClientLog, options: ClientOptions = {}): Promise<GitHubClient> {
  // @actions/github reads undici while it is evaluated (its proxy agent) and for every request (its
  // fetch): in the Action's bundle undici is loaded on demand, so it is loaded first (undici-on-demand.ts).
  await loadUndici();
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
        log.info(`GitHub API ${kind} on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
        return true;
      }
      log.warning(`GitHub API ${kind} on ${what}: giving up after ${retryCount} retries (retry-after ${retryAfter} s)`);
      return false;
    };
  return getOctokit(
    token,
    {
      baseUrl,
      // Octokit's own log: its request errors never include the authorization header.
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log.info(String(m)), error: (m: string) => log.info(String(m)) },
      // 5xx: retried twice, 1 s then 4 s later (the plugin's quadratic backoff); 4xx: never.
      retry: { retries: 2 },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // Duck-typed: the plugin only calls .key(id).schedule(options, fn) on these groups.
        ...((options.pacedWrites === false ? { write: UNPACED, notifications: UNPACED } : {}) as object),
      },
    },
    retry,
    throttling,
  );
}

export interface ApiFailure {
  status: number | undefined;
  message: string;
  /** 403 "Resource not accessible by integration": the token has no write access here. */
  readOnly: boolean;
}

/** What went wrong in an API call, without anything from the request (headers hold the token). */
export function describeApiError(error: unknown): ApiFailure {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: unknown } };
  const status = typeof e?.status === 'number' ? e.status : undefined;
  let message = typeof e?.message === 'string' ? e.message : String(error);
  const data = e?.response?.data as { message?: unknown } | undefined;
  if (data && typeof data.message === 'string' && !message.includes(data.message)) message = `${message}: ${data.message}`;
  // RequestError messages hold the response message and a docs link only; keep them short.
  message = message.split('\n')[0]!.slice(0, 500);
  const readOnly = status === 403 && /resource not accessible by (integration|personal access token)/i.test(message);
  return { status, message, readOnly };
}

export function isApiError(error: unknown): boolean {
  return typeof (error as { status?: unknown })?.status === 'number';
}
