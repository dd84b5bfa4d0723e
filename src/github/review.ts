/**
 * Posts the planned suggestions as one review (event COMMENT, side RIGHT) on the head commit. Each
 * comment carries a fingerprint marker: a re-run skips suggestions already on the PR and deletes our
 * earlier ones that no longer match a finding (unless someone replied to them).
 */
import { renderReviewBody, renderSuggestionBody, type SuggestionPlan } from '../report/review.js';
import type { GitHubClient } from './client.js';
import { isOurs, type Identity } from './identity.js';
import { contentHash, hasMarker, marker, markedHash, markerPrefix } from './markers.js';
import type { RepoRef } from './pull-request.js';

export interface ReviewResult {
  posted: number;
  alreadyPresent: number;
  deleted: number;
  reviewUrl?: string;
}

export async function publishSuggestions(
  client: GitHubClient,
  repository: RepoRef,
  pull: { number: number; headSha: string },
  plan: SuggestionPlan,
  args: { key: Record<string, string>; me: Identity },
): Promise<ReviewResult> {
  const prefix = markerPrefix('suggestion', args.key);
  const existing = await client.paginate(client.rest.pulls.listReviewComments, { ...repository, pull_number: pull.number, per_page: 100 });
  const repliedTo = new Set(existing.map((c) => c.in_reply_to_id).filter((id): id is number => typeof id === 'number'));
  const ours = existing.filter((c) => isOurs(c.user, args.me) && hasMarker(c.body, prefix));
  const present = new Set(ours.map((c) => markedHash(c.body, prefix)).filter((h): h is string => h !== undefined));
  const wanted = plan.suggestions.map((s) => ({ s, hash: contentHash(s.key) }));
  const wantedHashes = new Set(wanted.map((w) => w.hash));
  const toPost = wanted.filter((w) => !present.has(w.hash));

  let reviewUrl: string | undefined;
  if (toPost.length > 0) {
    const { data } = await client.rest.pulls.createReview({
      ...repository,
      pull_number: pull.number,
      commit_id: pull.headSha,
      event: 'COMMENT',
      body: renderReviewBody(plan, toPost.length),
      comments: toPost.map(({ s, hash }) => ({
        path: s.path,
        body: `${renderSuggestionBody(s)}\n\n${marker('suggestion', args.key, hash)}`,
        line: s.endLine,
        side: 'RIGHT' as const,
        ...(s.startLine < s.endLine ? { start_line: s.startLine, start_side: 'RIGHT' as const } : {}),
      })),
    });
    reviewUrl = data.html_url;
  }

  let deleted = 0;
  for (const c of ours) {
    const hash = markedHash(c.body, prefix);
    if (hash !== undefined && !wantedHashes.has(hash) && !repliedTo.has(c.id)) {
      await client.rest.pulls.deleteReviewComment({ ...repository, comment_id: c.id });
      deleted += 1;
    }
  }
  return { posted: toPost.length, alreadyPresent: wanted.length - toPost.length, deleted, ...(reviewUrl ? { reviewUrl } : {}) };
}
