/**
 * One rolling issue per workflow and job for runs without a pull request (schedule, workflow_dispatch,
 * push): created when findings appear, updated when they change, closed with a note when clean,
 * reopened when findings return. Found by label, marker and author.
 */
import { describeApiError, type GitHubClient } from './client.js';
import { isOurs, type Identity } from './identity.js';
import { hasMarker, marker, markedHash, markerPrefix } from './markers.js';
import type { RepoRef } from './pull-request.js';

export interface RollingIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';
  url?: string;
  number?: number;
}

export async function syncRollingIssue(
  client: GitHubClient,
  repository: RepoRef,
  args: {
    key: Record<string, string>;
    me: Identity;
    title: string;
    label: string;
    hasFindings: boolean;
    body: string;
    /** Hash of what the body says (see reportHash): equal hashes mean no write. */
    hash: string;
    closingNote: string;
    reopeningNote: string;
  },
): Promise<RollingIssueResult> {
  const prefix = markerPrefix('issue', args.key);
  type Listed = Awaited<ReturnType<typeof client.rest.issues.listForRepo>>['data'];
  const mine = (listed: Listed) => listed.filter((i) => !i.pull_request && isOurs(i.user, args.me) && hasMarker(i.body, prefix));
  let found = mine(await client.paginate(client.rest.issues.listForRepo, { ...repository, state: 'all', labels: args.label, per_page: 100 }));
  if (found.length === 0) {
    // The label is not a reliable key: GitHub silently drops labels on issue creation for tokens
    // without push access (a workflow with `contents: read`), and people remove labels. Without
    // this second look every run would open another issue.
    try {
      found = mine(await client.paginate(client.rest.issues.listForRepo, { ...repository, state: 'all', creator: args.me.login, per_page: 100 }));
    } catch (error) {
      // 422: GitHub does not take this login as a creator filter; then the label search stands.
      if (describeApiError(error).status !== 422) throw error;
    }
  }
  // The open one first, then the most recent.
  const ours = found.sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1));
  const issue = ours[0];
  const hash = args.hash;
  const body = `${args.body}\n\n${marker('issue', args.key, hash)}`;
  if (!args.hasFindings) {
    if (!issue || issue.state !== 'open') return { action: 'none', ...(issue ? { url: issue.html_url, number: issue.number } : {}) };
    await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: args.closingNote });
    const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, state: 'closed', state_reason: 'completed', body });
    return { action: 'closed', url: data.html_url, number: data.number };
  }
  if (!issue) {
    const { data } = await client.rest.issues.create({ ...repository, title: args.title, body, labels: [args.label] });
    return { action: 'created', url: data.html_url, number: data.number };
  }
  if (issue.state !== 'open') {
    const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, state: 'open', body });
    await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: args.reopeningNote });
    return { action: 'reopened', url: data.html_url, number: data.number };
  }
  if (markedHash(issue.body, prefix) === hash) return { action: 'unchanged', url: issue.html_url, number: issue.number };
  const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, body });
  return { action: 'updated', url: data.html_url, number: data.number };
}
