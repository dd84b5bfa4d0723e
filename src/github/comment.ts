/**
 * One comment per workflow and job on the pull request, updated in place (reference
 * github-actions.md §3.2): found by its hidden marker AND its author (our token's identity), skipped
 * when the content hash in the marker is unchanged. Copies left by a race between two runs are deleted.
 */
import type { GitHubClient } from './client.js';
import { isOurs, type Identity } from './identity.js';
import { hasMarker, marker, markedHash, markerPrefix } from './markers.js';
import type { RepoRef } from './pull-request.js';

export type CommentMode = 'on-findings' | 'always' | 'never';

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
  id?: number;
}

export async function upsertStickyComment(
  client: GitHubClient,
  repository: RepoRef,
  issueNumber: number,
  args: { body: string; hash: string; key: Record<string, string>; me: Identity; mode: CommentMode; hasFindings: boolean },
): Promise<UpsertResult> {
  if (args.mode === 'never') return { action: 'skipped' };
  const prefix = markerPrefix('comment', args.key);
  const comments = await client.paginate(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
  const ours = comments.filter((c) => isOurs(c.user, args.me) && hasMarker(c.body, prefix));
  const hash = args.hash;
  const full = `${args.body}\n\n${marker('comment', args.key, hash)}`;
  const [existing, ...extra] = ours;
  for (const dup of extra) await client.rest.issues.deleteComment({ ...repository, comment_id: dup.id });
  if (!existing) {
    // on-findings: a clean first run stays silent; once a comment exists it is kept current.
    if (args.mode === 'on-findings' && !args.hasFindings) return { action: 'skipped' };
    const { data } = await client.rest.issues.createComment({ ...repository, issue_number: issueNumber, body: full });
    return { action: 'created', url: data.html_url, id: data.id };
  }
  if (markedHash(existing.body, prefix) === hash) return { action: 'unchanged', url: existing.html_url, id: existing.id };
  const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: existing.id, body: full });
  return { action: 'updated', url: data.html_url, id: data.id };
}
