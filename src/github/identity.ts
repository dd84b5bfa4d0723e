/**
 * Who the token writes as, to recognise our own comments: a marker alone is not enough, anyone can
 * paste it into a comment of theirs.
 */
import { describeApiError, type GitHubClient } from './client.js';

export interface Identity {
  login: string;
  type: 'Bot' | 'User' | string;
  /**
   * Installation tokens cannot ask who they are: the workflow token writes as github-actions[bot],
   * a GitHub App's token (actions/create-github-app-token) as "<app>[bot]". Then any Bot author
   * counts (a person cannot write as a Bot), or every run with an App token would add a copy.
   */
  anyBot?: boolean;
}

/** The workflow token writes as github-actions[bot] (a Bot) and cannot call GET /user. */
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', type: 'Bot', anyBot: true };

export async function tokenIdentity(client: GitHubClient): Promise<Identity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, type: data.type };
  } catch (error) {
    // Installation tokens (GITHUB_TOKEN, GitHub Apps) get 403 "Resource not accessible by integration" here.
    if (describeApiError(error).status === 403) return ACTIONS_BOT;
    throw error;
  }
}

export function isOurs(user: { login?: string; type?: string } | null | undefined, me: Identity): boolean {
  if (!user || typeof user.login !== 'string') return false;
  if (me.type === 'Bot') return user.type === 'Bot' && (me.anyBot === true || user.login === me.login);
  return user.login === me.login;
}
