/**
 * A stateful stand-in for the GitHub REST API on 127.0.0.1 (random port), for tests of the
 * publishing half and of dist/index.js run as a child process (GITHUB_API_URL pointing here).
 *
 * Every request is validated against GitHub's OpenAPI description (openapi.ts); a request that does
 * not match an operation gets 404 and, like any other mismatch, is recorded in `violations`. State
 * (pull requests and their files, issue comments, reviews, review comments, issues, labels) lives
 * across runs. It plays GitHub's rules that matter here: bodies over 65,536 characters and review
 * comments outside a diff hunk are refused with 422; read-only tokens get 403 "Resource not
 * accessible by integration" on writes; installation tokens get 403 on GET /user. Failures can be
 * injected per operation (secondary rate limit with retry-after, 5xx, 422).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubOpenApi } from './openapi.js';

export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export const ACTIONS_BOT_USER: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface TokenGrant {
  user: FakeUser;
  write: boolean;
  /** Installation tokens (GITHUB_TOKEN) cannot call GET /user. */
  installation: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  body?: unknown;
  status: number;
}

export interface InjectedFailure {
  operationId: string;
  status: number;
  message: string;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface FakeFile {
  filename: string;
  status?: 'added' | 'modified' | 'removed' | 'renamed';
  /** Hunks only, as the API returns them; absent for binary / too-large files. */
  patch?: string;
}

interface PullState {
  number: number;
  title: string;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  state: 'open' | 'closed';
  files: FakeFile[];
  user: FakeUser;
}

interface IssueState {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: FakeUser;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  isPull: boolean;
}

interface IssueCommentState {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

interface ReviewCommentState {
  id: number;
  pull_number: number;
  review_id: number;
  path: string;
  line: number;
  start_line: number | null;
  side: string;
  body: string;
  commit_id: string;
  user: FakeUser;
  in_reply_to_id?: number;
  created_at: string;
}

interface ReviewState {
  id: number;
  pull_number: number;
  body: string;
  state: string;
  commit_id: string;
  user: FakeUser;
}

interface RepoState {
  owner: string;
  name: string;
  issues: Map<number, IssueState>;
  pulls: Map<number, PullState>;
  comments: Map<number, IssueCommentState>;
  reviewComments: Map<number, ReviewCommentState>;
  reviews: Map<number, ReviewState>;
  labels: Set<string>;
  nextNumber: number;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const BODY_LIMIT = 65_536;

function hunksOf(patch: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const line of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m) {
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) out.push({ start: Number(m[1]), end: Number(m[1]) + count - 1 });
    }
  }
  return out;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Responses of the stand-in that GitHub's description does not allow (its own fidelity). */
  readonly responseViolations: string[] = [];
  readonly tokens = new Map<string, TokenGrant>();
  private readonly repos = new Map<string, RepoState>();
  private failures: (InjectedFailure & { left: number })[] = [];
  private server: Server | undefined;
  private nextId = 1000;
  private clock = Date.UTC(2026, 10, 1, 12, 0, 0);
  url = '';

  constructor() {
    this.tokens.set('ghs_writeToken', { user: ACTIONS_BOT_USER, write: true, installation: true });
    this.tokens.set('ghs_readOnlyToken', { user: ACTIONS_BOT_USER, write: false, installation: true });
  }

  async start(): Promise<this> {
    githubOpenApi();
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  // ---- test set-up -------------------------------------------------------------------------------

  repo(fullName: string): RepoState {
    let r = this.repos.get(fullName.toLowerCase());
    if (!r) {
      const [owner, name] = fullName.split('/') as [string, string];
      r = { owner, name, issues: new Map(), pulls: new Map(), comments: new Map(), reviewComments: new Map(), reviews: new Map(), labels: new Set(), nextNumber: 1 };
      this.repos.set(fullName.toLowerCase(), r);
    }
    return r;
  }

  addPullRequest(fullName: string, pr: { number?: number; headSha: string; headRef?: string; headRepo?: string; files: FakeFile[]; user?: FakeUser }): number {
    const r = this.repo(fullName);
    const number = pr.number ?? r.nextNumber;
    r.nextNumber = Math.max(r.nextNumber, number + 1);
    const now = this.now();
    const user = pr.user ?? { login: 'contributor', id: 7, type: 'User' };
    r.pulls.set(number, { number, title: `PR ${number}`, headSha: pr.headSha, headRef: pr.headRef ?? 'feature', headRepo: pr.headRepo ?? fullName, baseRef: 'main', state: 'open', files: pr.files, user });
    r.issues.set(number, { number, title: `PR ${number}`, body: null, state: 'open', state_reason: null, labels: [], user, created_at: now, updated_at: now, closed_at: null, isPull: true });
    return number;
  }

  /** A new push to the pull request: new head commit and diff. */
  updatePullRequest(fullName: string, number: number, update: { headSha: string; files: FakeFile[] }): void {
    const pr = this.repo(fullName).pulls.get(number)!;
    pr.headSha = update.headSha;
    pr.files = update.files;
  }

  addIssueComment(fullName: string, issueNumber: number, body: string, user: FakeUser): number {
    const r = this.repo(fullName);
    const id = this.nextId++;
    const now = this.now();
    r.comments.set(id, { id, issue_number: issueNumber, body, user, created_at: now, updated_at: now });
    return id;
  }

  fail(failure: InjectedFailure): void {
    this.failures.push({ ...failure, left: failure.times ?? 1 });
  }

  clearFailures(): void {
    this.failures = [];
  }

  comments(fullName: string, issueNumber: number): IssueCommentState[] {
    return [...this.repo(fullName).comments.values()].filter((c) => c.issue_number === issueNumber);
  }
  reviewComments(fullName: string, pullNumber: number): ReviewCommentState[] {
    return [...this.repo(fullName).reviewComments.values()].filter((c) => c.pull_number === pullNumber);
  }
  reviews(fullName: string, pullNumber: number): ReviewState[] {
    return [...this.repo(fullName).reviews.values()].filter((c) => c.pull_number === pullNumber);
  }
  issues(fullName: string): IssueState[] {
    return [...this.repo(fullName).issues.values()].filter((i) => !i.isPull);
  }
  /** Requests that change state. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }
  resetLog(): void {
    this.requests.length = 0;
  }

  // ---- request handling --------------------------------------------------------------------------

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0 };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      const text = data === undefined ? '' : JSON.stringify(data);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      res.end(text);
    };
    let body: unknown;
    const hasBody = raw.length > 0;
    if (hasBody) {
      try {
        body = JSON.parse(raw);
        record.body = body;
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send(400, { message: 'Problems parsing JSON' });
      }
    }
    const checked = githubOpenApi().validate(method, url.pathname, url.searchParams, body, hasBody);
    if (checked.operation) record.operationId = checked.operation.operationId;
    this.violations.push(...checked.violations);
    if (!checked.operation) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    // As GitHub: a path parameter of the wrong type finds nothing; a body or query value its schema
    // refuses is a 422; unknown query parameters and body properties are ignored (but recorded above).
    if (checked.violations.some((v) => / path parameter /.test(v))) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const invalid = checked.violations.filter((v) => /: body: | query parameter \S+=/.test(v) || /request body required/.test(v));
    if (invalid.length) return send(422, { message: `Invalid request.\n\n${invalid.join('\n')}`, documentation_url: 'https://docs.github.com/rest', status: '422' });
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    const grant = token ? this.tokens.get(token) : undefined;
    if (!grant) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const failure = this.failures.find((f) => f.operationId === checked.operation!.operationId && f.left > 0);
    if (failure) {
      failure.left -= 1;
      return send(failure.status, { message: failure.message, documentation_url: 'https://docs.github.com/rest', status: String(failure.status) }, failure.headers ?? {});
    }
    try {
      const out = this.route(checked.operation.operationId, checked.pathParams, url, body as Record<string, unknown>, grant, method);
      this.responseViolations.push(...githubOpenApi().validateResponse(checked.operation, out.status, out.data));
      send(out.status, out.data, out.headers);
    } catch (error) {
      if (error instanceof HttpFailure) {
        send(error.status, { message: error.message, documentation_url: 'https://docs.github.com/rest', status: String(error.status), ...error.extra }, error.headers);
      } else {
        this.violations.push(`fake server error on ${method} ${url.pathname}: ${(error as Error).stack}`);
        send(500, { message: 'fake server error' });
      }
    }
  }

  private userJson(u: FakeUser): Record<string, unknown> {
    const html = `https://github.com/${u.type === 'Bot' ? 'apps/' + u.login.replace('[bot]', '') : u.login}`;
    return {
      login: u.login,
      id: u.id,
      node_id: `U_${u.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}`,
      gravatar_id: '',
      url: `https://api.github.com/users/${encodeURIComponent(u.login)}`,
      html_url: html,
      followers_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/followers`,
      following_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/following{/other_user}`,
      gists_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/gists{/gist_id}`,
      starred_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/starred{/owner}{/repo}`,
      subscriptions_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/subscriptions`,
      organizations_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/orgs`,
      repos_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/repos`,
      events_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/events{/privacy}`,
      received_events_url: `https://api.github.com/users/${encodeURIComponent(u.login)}/received_events`,
      type: u.type,
      site_admin: false,
      user_view_type: 'public',
    };
  }

  private paginate<T>(items: T[], url: URL): { data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const data = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number): string => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return u.toString();
    };
    const parts: string[] = [];
    if (page < last) parts.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) parts.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return { data, headers: parts.length ? { link: parts.join(', ') } : {} };
  }

  private issueJson(r: RepoState, i: IssueState): Record<string, unknown> {
    const base = `https://api.github.com/repos/${r.owner}/${r.name}`;
    return {
      id: 500_000 + i.number,
      node_id: `I_${i.number}`,
      url: `${base}/issues/${i.number}`,
      repository_url: base,
      labels_url: `${base}/issues/${i.number}/labels{/name}`,
      comments_url: `${base}/issues/${i.number}/comments`,
      events_url: `${base}/issues/${i.number}/events`,
      html_url: `https://github.com/${r.owner}/${r.name}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason,
      title: i.title,
      body: i.body,
      user: this.userJson(i.user),
      labels: i.labels.map((name, k) => ({ id: k + 1, node_id: `L_${k}`, url: `${base}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false })),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: [...r.comments.values()].filter((c) => c.issue_number === i.number).length,
      closed_at: i.closed_at,
      created_at: i.created_at,
      updated_at: i.updated_at,
      author_association: 'NONE',
      ...(i.isPull ? { pull_request: { url: `${base}/pulls/${i.number}`, html_url: `https://github.com/${r.owner}/${r.name}/pull/${i.number}`, diff_url: null, patch_url: null } } : {}),
    };
  }

  private commentJson(r: RepoState, c: IssueCommentState): Record<string, unknown> {
    const base = `https://api.github.com/repos/${r.owner}/${r.name}`;
    const issue = r.issues.get(c.issue_number);
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/issues/comments/${c.id}`,
      html_url: `https://github.com/${r.owner}/${r.name}/${issue?.isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${base}/issues/${c.issue_number}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  private reviewCommentJson(r: RepoState, c: ReviewCommentState): Record<string, unknown> {
    const base = `https://api.github.com/repos/${r.owner}/${r.name}`;
    return {
      id: c.id,
      node_id: `PRRC_${c.id}`,
      url: `${base}/pulls/comments/${c.id}`,
      pull_request_review_id: c.review_id,
      diff_hunk: '@@',
      path: c.path,
      commit_id: c.commit_id,
      original_commit_id: c.commit_id,
      user: this.userJson(c.user),
      body: c.body,
      created_at: c.created_at,
      updated_at: c.created_at,
      html_url: `https://github.com/${r.owner}/${r.name}/pull/${c.pull_number}#discussion_r${c.id}`,
      pull_request_url: `${base}/pulls/${c.pull_number}`,
      author_association: 'NONE',
      _links: { self: { href: `${base}/pulls/comments/${c.id}` }, html: { href: '' }, pull_request: { href: `${base}/pulls/${c.pull_number}` } },
      start_line: c.start_line,
      original_start_line: c.start_line,
      start_side: c.start_line === null ? null : 'RIGHT',
      line: c.line,
      original_line: c.line,
      side: c.side,
      ...(c.in_reply_to_id ? { in_reply_to_id: c.in_reply_to_id } : {}),
    };
  }

  private repositoryJson(owner: string, name: string, fork: boolean): Record<string, unknown> {
    const api = `https://api.github.com/repos/${owner}/${name}`;
    const urls = Object.fromEntries(
      [
        ['archive_url', '/{archive_format}{/ref}'], ['assignees_url', '/assignees{/user}'], ['blobs_url', '/git/blobs{/sha}'],
        ['branches_url', '/branches{/branch}'], ['collaborators_url', '/collaborators{/collaborator}'], ['comments_url', '/comments{/number}'],
        ['commits_url', '/commits{/sha}'], ['compare_url', '/compare/{base}...{head}'], ['contents_url', '/contents/{+path}'],
        ['contributors_url', '/contributors'], ['deployments_url', '/deployments'], ['downloads_url', '/downloads'], ['events_url', '/events'],
        ['forks_url', '/forks'], ['git_commits_url', '/git/commits{/sha}'], ['git_refs_url', '/git/refs{/sha}'], ['git_tags_url', '/git/tags{/sha}'],
        ['hooks_url', '/hooks'], ['issue_comment_url', '/issues/comments{/number}'], ['issue_events_url', '/issues/events{/number}'],
        ['issues_url', '/issues{/number}'], ['keys_url', '/keys{/key_id}'], ['labels_url', '/labels{/name}'], ['languages_url', '/languages'],
        ['merges_url', '/merges'], ['milestones_url', '/milestones{/number}'], ['notifications_url', '/notifications{?since,all,participating}'],
        ['pulls_url', '/pulls{/number}'], ['releases_url', '/releases{/id}'], ['stargazers_url', '/stargazers'], ['statuses_url', '/statuses/{sha}'],
        ['subscribers_url', '/subscribers'], ['subscription_url', '/subscription'], ['tags_url', '/tags'], ['teams_url', '/teams'],
        ['trees_url', '/git/trees{/sha}'],
      ].map(([k, suffix]) => [k, `${api}${suffix}`]),
    );
    return {
      id: owner.length * 1000 + name.length,
      node_id: `R_${owner}_${name}`,
      name,
      full_name: `${owner}/${name}`,
      owner: this.userJson({ login: owner, id: owner.length, type: 'User' }),
      private: false,
      html_url: `https://github.com/${owner}/${name}`,
      description: null,
      fork,
      url: api,
      ...urls,
      clone_url: `https://github.com/${owner}/${name}.git`,
      git_url: `git://github.com/${owner}/${name}.git`,
      ssh_url: `git@github.com:${owner}/${name}.git`,
      svn_url: `https://github.com/${owner}/${name}`,
      mirror_url: null,
      homepage: null,
      language: null,
      license: null,
      default_branch: 'main',
      forks: 0,
      forks_count: 0,
      open_issues: 0,
      open_issues_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 10,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: false,
      archived: false,
      disabled: false,
      pushed_at: '2026-11-01T12:00:00Z',
      created_at: '2026-01-01T12:00:00Z',
      updated_at: '2026-11-01T12:00:00Z',
    };
  }

  private pullJson(r: RepoState, p: PullState): Record<string, unknown> {
    const base = `https://api.github.com/repos/${r.owner}/${r.name}`;
    const [headOwner, headName] = p.headRepo.split('/') as [string, string];
    const repoJson = (owner: string, name: string): Record<string, unknown> => this.repositoryJson(owner, name, `${owner}/${name}`.toLowerCase() !== `${r.owner}/${r.name}`.toLowerCase());
    const issue = r.issues.get(p.number);
    const html = `https://github.com/${r.owner}/${r.name}/pull/${p.number}`;
    return {
      url: `${base}/pulls/${p.number}`,
      id: 900_000 + p.number,
      node_id: `PR_${p.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${base}/issues/${p.number}`,
      commits_url: `${base}/pulls/${p.number}/commits`,
      review_comments_url: `${base}/pulls/${p.number}/comments`,
      review_comment_url: `${base}/pulls/comments{/number}`,
      comments_url: `${base}/issues/${p.number}/comments`,
      statuses_url: `${base}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.userJson(p.user),
      body: null,
      labels: [],
      milestone: null,
      assignee: null,
      created_at: issue?.created_at ?? '2026-11-01T12:00:00Z',
      updated_at: issue?.updated_at ?? '2026-11-01T12:00:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      _links: {
        self: { href: `${base}/pulls/${p.number}` },
        html: { href: html },
        issue: { href: `${base}/issues/${p.number}` },
        comments: { href: `${base}/issues/${p.number}/comments` },
        review_comments: { href: `${base}/pulls/${p.number}/comments` },
        review_comment: { href: `${base}/pulls/comments{/number}` },
        commits: { href: `${base}/pulls/${p.number}/commits` },
        statuses: { href: `${base}/statuses/${p.headSha}` },
      },
      head: { label: `${headOwner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, user: this.userJson({ login: headOwner, id: headOwner.length, type: 'User' }), repo: repoJson(headOwner, headName) },
      base: { label: `${r.owner}:${p.baseRef}`, ref: p.baseRef, sha: 'b'.repeat(40), user: this.userJson({ login: r.owner, id: r.owner.length, type: 'User' }), repo: repoJson(r.owner, r.name) },
    };
  }

  private requireWrite(grant: TokenGrant): void {
    if (!grant.write) {
      throw new HttpFailure(403, 'Resource not accessible by integration', { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' });
    }
  }

  private checkBody(text: unknown): void {
    if (typeof text === 'string' && text.length > BODY_LIMIT) {
      throw new HttpFailure(422, 'Validation Failed', {}, { errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${BODY_LIMIT} characters)` }] });
    }
  }

  private route(
    operationId: string,
    params: Record<string, string>,
    url: URL,
    body: Record<string, unknown>,
    grant: TokenGrant,
    method: string,
  ): { status: number; data: unknown; headers?: Record<string, string> } {
    if (operationId === 'users/get-authenticated') {
      if (grant.installation) throw new HttpFailure(403, 'Resource not accessible by integration');
      const profile = { name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0, following: 0 };
      return { status: 200, data: { ...this.userJson(grant.user), ...profile, created_at: '2020-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' } };
    }
    if (!params.owner || !params.repo) throw new HttpFailure(404, 'Not Found');
    const r = this.repos.get(`${params.owner}/${params.repo}`.toLowerCase());
    if (!r) throw new HttpFailure(404, 'Not Found');
    const pull = (): PullState => {
      const p = r.pulls.get(Number(params.pull_number));
      if (!p) throw new HttpFailure(404, 'Not Found');
      return p;
    };
    const issue = (): IssueState => {
      const i = r.issues.get(Number(params.issue_number));
      if (!i) throw new HttpFailure(404, 'Not Found');
      return i;
    };
    switch (operationId) {
      case 'pulls/get':
        return { status: 200, data: this.pullJson(r, pull()) };
      case 'pulls/list': {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const list = [...r.pulls.values()].filter(
          (p) => (state === 'all' || p.state === state) && (!head || `${p.headRepo.split('/')[0]}:${p.headRef}`.toLowerCase() === head.toLowerCase()),
        );
        const page = this.paginate(list.map((p) => this.pullJson(r, p)), url);
        return { status: 200, ...page };
      }
      case 'pulls/list-files': {
        const p = pull();
        const files = p.files.map((f, k) => ({
          sha: String(k).padStart(40, '0'),
          filename: f.filename,
          status: f.status ?? 'modified',
          additions: (f.patch?.match(/^\+/gm) ?? []).length,
          deletions: (f.patch?.match(/^-/gm) ?? []).length,
          changes: 0,
          blob_url: `https://github.com/${r.owner}/${r.name}/blob/${p.headSha}/${f.filename}`,
          raw_url: `https://github.com/${r.owner}/${r.name}/raw/${p.headSha}/${f.filename}`,
          contents_url: `https://api.github.com/repos/${r.owner}/${r.name}/contents/${f.filename}?ref=${p.headSha}`,
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
        }));
        return { status: 200, ...this.paginate(files, url) };
      }
      case 'issues/list-comments': {
        const i = issue();
        const list = [...r.comments.values()].filter((c) => c.issue_number === i.number).map((c) => this.commentJson(r, c));
        return { status: 200, ...this.paginate(list, url) };
      }
      case 'issues/create-comment': {
        this.requireWrite(grant);
        const i = issue();
        this.checkBody(body.body);
        const id = this.nextId++;
        const now = this.now();
        const c = { id, issue_number: i.number, body: String(body.body), user: grant.user, created_at: now, updated_at: now };
        r.comments.set(id, c);
        return { status: 201, data: this.commentJson(r, c) };
      }
      case 'issues/update-comment': {
        this.requireWrite(grant);
        const c = r.comments.get(Number(params.comment_id));
        if (!c) throw new HttpFailure(404, 'Not Found');
        if (c.user.login !== grant.user.login) throw new HttpFailure(403, 'Resource not accessible by integration');
        this.checkBody(body.body);
        c.body = String(body.body);
        c.updated_at = this.now();
        return { status: 200, data: this.commentJson(r, c) };
      }
      case 'issues/delete-comment': {
        this.requireWrite(grant);
        const c = r.comments.get(Number(params.comment_id));
        if (!c) throw new HttpFailure(404, 'Not Found');
        r.comments.delete(c.id);
        return { status: 204, data: undefined };
      }
      case 'pulls/list-review-comments': {
        const p = pull();
        const list = [...r.reviewComments.values()].filter((c) => c.pull_number === p.number).map((c) => this.reviewCommentJson(r, c));
        return { status: 200, ...this.paginate(list, url) };
      }
      case 'pulls/delete-review-comment': {
        this.requireWrite(grant);
        const c = r.reviewComments.get(Number(params.comment_id));
        if (!c) throw new HttpFailure(404, 'Not Found');
        r.reviewComments.delete(c.id);
        return { status: 204, data: undefined };
      }
      case 'pulls/create-review': {
        this.requireWrite(grant);
        const p = pull();
        this.checkBody(body.body);
        const comments = (Array.isArray(body.comments) ? body.comments : []) as Record<string, unknown>[];
        const problems: string[] = [];
        if (typeof body.commit_id === 'string' && body.commit_id !== p.headSha) problems.push('commit_id is not the head of the pull request');
        if ((body.event === 'COMMENT' || body.event === 'REQUEST_CHANGES') && !body.body) problems.push('Body is required for COMMENT reviews');
        for (const c of comments) {
          this.checkBody(c.body);
          const file = p.files.find((f) => f.filename === c.path);
          const hunks = file?.patch ? hunksOf(file.patch) : [];
          const line = Number(c.line);
          const start = c.start_line === undefined ? line : Number(c.start_line);
          if (c.side !== undefined && c.side !== 'RIGHT') problems.push('only RIGHT-side comments are played by the fake');
          if (start > line) problems.push('Pull request review thread start line must precede the end line');
          const hunk = hunks.find((h) => h.start <= line && line <= h.end);
          if (!hunk) problems.push('Pull request review thread line must be part of the diff');
          else if (start < hunk.start) problems.push('Pull request review thread start line must be part of the same hunk as the line.');
        }
        if (problems.length > 0) {
          throw new HttpFailure(422, 'Unprocessable Entity', {}, { errors: [...new Set(problems)] });
        }
        const reviewId = this.nextId++;
        const review: ReviewState = { id: reviewId, pull_number: p.number, body: String(body.body ?? ''), state: 'COMMENTED', commit_id: p.headSha, user: grant.user };
        r.reviews.set(reviewId, review);
        for (const c of comments) {
          const id = this.nextId++;
          r.reviewComments.set(id, {
            id,
            pull_number: p.number,
            review_id: reviewId,
            path: String(c.path),
            line: Number(c.line),
            start_line: c.start_line === undefined ? null : Number(c.start_line),
            side: String(c.side ?? 'RIGHT'),
            body: String(c.body),
            commit_id: p.headSha,
            user: grant.user,
            created_at: this.now(),
          });
        }
        return {
          status: 200,
          data: {
            id: reviewId,
            node_id: `PRR_${reviewId}`,
            user: this.userJson(grant.user),
            body: review.body,
            state: review.state,
            html_url: `https://github.com/${r.owner}/${r.name}/pull/${p.number}#pullrequestreview-${reviewId}`,
            pull_request_url: `https://api.github.com/repos/${r.owner}/${r.name}/pulls/${p.number}`,
            _links: { html: { href: '' }, pull_request: { href: '' } },
            commit_id: p.headSha,
            author_association: 'NONE',
          },
        };
      }
      case 'issues/list-for-repo': {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const list = [...r.issues.values()]
          .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.number - a.number)
          .map((i) => this.issueJson(r, i));
        return { status: 200, ...this.paginate(list, url) };
      }
      case 'issues/get':
        return { status: 200, data: this.issueJson(r, issue()) };
      case 'issues/create': {
        this.requireWrite(grant);
        this.checkBody(body.body);
        const number = r.nextNumber++;
        const now = this.now();
        const labels = (Array.isArray(body.labels) ? body.labels : []).map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name)));
        for (const l of labels) r.labels.add(l);
        const i: IssueState = { number, title: String(body.title), body: typeof body.body === 'string' ? body.body : null, state: 'open', state_reason: null, labels, user: grant.user, created_at: now, updated_at: now, closed_at: null, isPull: false };
        r.issues.set(number, i);
        return { status: 201, data: this.issueJson(r, i) };
      }
      case 'issues/update': {
        this.requireWrite(grant);
        const i = issue();
        this.checkBody(body.body);
        if (typeof body.title === 'string') i.title = body.title;
        if (typeof body.body === 'string') i.body = body.body;
        if (body.state === 'closed' && i.state === 'open') {
          i.state = 'closed';
          i.closed_at = this.now();
          i.state_reason = typeof body.state_reason === 'string' ? body.state_reason : 'completed';
        } else if (body.state === 'open' && i.state === 'closed') {
          i.state = 'open';
          i.closed_at = null;
          i.state_reason = 'reopened';
        }
        i.updated_at = this.now();
        return { status: 200, data: this.issueJson(r, i) };
      }
      default:
        this.violations.push(`${method} ${url.pathname}: ${operationId} is a real operation the fake does not play`);
        throw new HttpFailure(501, `${operationId} is not played by the fake`);
    }
  }
}
