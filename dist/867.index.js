export const id = 867;
export const ids = [867];
export const modules = {

/***/ 5867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORK_RECIPE_DOC: () => (/* binding */ FORK_RECIPE_DOC),
  UNPACED_WRITES_ENV: () => (/* binding */ UNPACED_WRITES_ENV),
  preparePublish: () => (/* binding */ preparePublish),
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./src/github/undici-on-demand.ts
var undici_on_demand = __webpack_require__(9305);
;// CONCATENATED MODULE: ./src/github/client.ts

/** Rate-limit retries per request. */
const RATE_LIMIT_RETRIES = 2;
/** Longest wait we accept for one rate-limit retry; a primary limit resetting in an hour is not waited for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 90;
/** A limiter group that does not wait (stands in for Bottleneck's Group, which the plugin only calls .key(id).schedule on). */
const UNPACED = { key: () => ({ schedule: (_options, fn, ...args) => Promise.resolve(fn(...args)) }) };
/**
 * Octokit and its plugins are imported on the first client: most runs write nothing to GitHub, and
 * loading them is a large part of the Action's start-up (the bundle keeps them in a chunk of their own).
 */
async function createGitHubClient(token, baseUrl, log, options = {}) {
    // @actions/github reads undici while it is evaluated (its proxy agent) and for every request (its
    // fetch): in the Action's bundle undici is loaded on demand, so it is loaded first (undici-on-demand.ts).
    await (0,undici_on_demand.loadUndici)();
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([__webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)), Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)), Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856))]);
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
            log.info(`GitHub API ${kind} on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
            return true;
        }
        log.warning(`GitHub API ${kind} on ${what}: giving up after ${retryCount} retries (retry-after ${retryAfter} s)`);
        return false;
    };
    return getOctokit(token, {
        baseUrl,
        // Octokit's own log: its request errors never include the authorization header.
        log: { debug: () => { }, info: () => { }, warn: (m) => log.info(String(m)), error: (m) => log.info(String(m)) },
        // 5xx: retried twice, 1 s then 4 s later (the plugin's quadratic backoff); 4xx: never.
        retry: { retries: 2 },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            // Duck-typed: the plugin only calls .key(id).schedule(options, fn) on these groups.
            ...(options.pacedWrites === false ? { write: UNPACED, notifications: UNPACED } : {}),
        },
    }, retry, throttling);
}
/** What went wrong in an API call, without anything from the request (headers hold the token). */
function describeApiError(error) {
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : undefined;
    let message = typeof e?.message === 'string' ? e.message : String(error);
    const data = e?.response?.data;
    if (data && typeof data.message === 'string' && !message.includes(data.message))
        message = `${message}: ${data.message}`;
    // RequestError messages hold the response message and a docs link only; keep them short.
    message = message.split('\n')[0].slice(0, 500);
    const readOnly = status === 403 && /resource not accessible by (integration|personal access token)/i.test(message);
    return { status, message, readOnly };
}
function isApiError(error) {
    return typeof error?.status === 'number';
}

;// CONCATENATED MODULE: ./src/github/identity.ts
/**
 * Who the token writes as, to recognise our own comments: a marker alone is not enough, anyone can
 * paste it into a comment of theirs.
 */

/** The workflow token writes as github-actions[bot] (a Bot) and cannot call GET /user. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot', anyBot: true };
async function tokenIdentity(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { login: data.login, type: data.type };
    }
    catch (error) {
        // Installation tokens (GITHUB_TOKEN, GitHub Apps) get 403 "Resource not accessible by integration" here.
        if (describeApiError(error).status === 403)
            return ACTIONS_BOT;
        throw error;
    }
}
function isOurs(user, me) {
    if (!user || typeof user.login !== 'string')
        return false;
    if (me.type === 'Bot')
        return user.type === 'Bot' && (me.anyBot === true || user.login === me.login);
    return user.login === me.login;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/markdown-safe.ts
var markdown_safe = __webpack_require__(6215);
;// CONCATENATED MODULE: ./src/github/markers.ts
/**
 * Hidden markers that let a later run find what an earlier one wrote: an HTML comment naming the
 * kind, the workflow and job (percent-encoded, so no "-->" can appear) and a hash of the content,
 * to skip writes that would change nothing. A marker only counts on a comment written by our own
 * identity (see identity.ts).
 */


function contentHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 24);
}
/** The part that identifies the thing (without the hash): `<!-- postfix-tls-audit:comment workflow=… job=… `. */
function markerPrefix(kind, key) {
    const fields = Object.entries(key).map(([k, v]) => `${k}=${(0,markdown_safe/* markerValue */.u)(v)}`);
    return `<!-- postfix-tls-audit:${kind} ${fields.join(' ')} `;
}
function marker(kind, key, hash) {
    return `${markerPrefix(kind, key)}hash=${hash} -->`;
}
/**
 * The hash of the marker with this prefix that ends `body`, if it ends with one. Only the end counts:
 * we append the marker last, and everything before it may quote repository text verbatim (the diff's
 * fenced block, a suggestion's lines), which can hold a copy of any marker with a hash of its
 * author's choosing. A marker found anywhere else would let that text pass another job's comment off
 * as ours (to be edited or deleted) or pin the hash so that a changed report is never written.
 */
function markedHash(body, prefix) {
    if (!body)
        return undefined;
    const m = /hash=([0-9a-f]+) -->\s*$/.exec(body);
    if (!m)
        return undefined;
    const at = m.index - prefix.length;
    return at >= 0 && body.startsWith(prefix, at) ? m[1] : undefined;
}
/** Whether `body` ends with the marker of this prefix (see markedHash). */
function hasMarker(body, prefix) {
    return markedHash(body, prefix) !== undefined;
}
/** The key of this workflow's comment / issue: one per workflow and job. */
function workflowKey(env) {
    return { workflow: env.GITHUB_WORKFLOW ?? '', job: env.GITHUB_JOB ?? '' };
}
/**
 * Hash of what a report says, not of how it is rendered: a new commit with the same findings on the
 * same lines writes nothing (the earlier links still point to a commit that shows them).
 */
function reportHash(report, extra = '') {
    return contentHash(JSON.stringify([
        report.tool.version,
        report.passed,
        report.failOn,
        report.policy,
        report.counts,
        report.hiddenByOnlyChanged,
        report.configSets.map((s) => [s.root, s.endpoints.length]),
        report.findings.map((f) => [f.ruleId, f.severity, f.message, f.file, f.line, f.endLine, f.configSet, f.service, f.target ?? null]),
        report.diff,
        extra,
    ]));
}

;// CONCATENATED MODULE: ./src/github/comment.ts


async function upsertStickyComment(client, repository, issueNumber, args) {
    if (args.mode === 'never')
        return { action: 'skipped' };
    const prefix = markerPrefix('comment', args.key);
    const comments = await client.paginate(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
    const ours = comments.filter((c) => isOurs(c.user, args.me) && hasMarker(c.body, prefix));
    const hash = args.hash;
    const full = `${args.body}\n\n${marker('comment', args.key, hash)}`;
    const [existing, ...extra] = ours;
    for (const dup of extra)
        await client.rest.issues.deleteComment({ ...repository, comment_id: dup.id });
    if (!existing) {
        // on-findings: a clean first run stays silent; once a comment exists it is kept current.
        if (args.mode === 'on-findings' && !args.hasFindings)
            return { action: 'skipped' };
        const { data } = await client.rest.issues.createComment({ ...repository, issue_number: issueNumber, body: full });
        return { action: 'created', url: data.html_url, id: data.id };
    }
    if (markedHash(existing.body, prefix) === hash)
        return { action: 'unchanged', url: existing.html_url, id: existing.id };
    const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: existing.id, body: full });
    return { action: 'updated', url: data.html_url, id: data.id };
}

;// CONCATENATED MODULE: ./src/github/issue.ts
/**
 * One rolling issue per workflow and job for runs without a pull request (schedule, workflow_dispatch,
 * push): created when findings appear, updated when they change, closed with a note when clean,
 * reopened when findings return. Found by label, marker and author.
 */



async function syncRollingIssue(client, repository, args) {
    const prefix = markerPrefix('issue', args.key);
    const mine = (listed) => listed.filter((i) => !i.pull_request && isOurs(i.user, args.me) && hasMarker(i.body, prefix));
    let found = mine(await client.paginate(client.rest.issues.listForRepo, { ...repository, state: 'all', labels: args.label, per_page: 100 }));
    if (found.length === 0) {
        // The label is not a reliable key: GitHub silently drops labels on issue creation for tokens
        // without push access (a workflow with `contents: read`), and people remove labels. Without
        // this second look every run would open another issue.
        try {
            found = mine(await client.paginate(client.rest.issues.listForRepo, { ...repository, state: 'all', creator: args.me.login, per_page: 100 }));
        }
        catch (error) {
            // 422: GitHub does not take this login as a creator filter; then the label search stands.
            if (describeApiError(error).status !== 422)
                throw error;
        }
    }
    // The open one first, then the most recent.
    const ours = found.sort((a, b) => (a.state === b.state ? b.number - a.number : a.state === 'open' ? -1 : 1));
    const issue = ours[0];
    const hash = args.hash;
    const body = `${args.body}\n\n${marker('issue', args.key, hash)}`;
    if (!args.hasFindings) {
        if (!issue || issue.state !== 'open')
            return { action: 'none', ...(issue ? { url: issue.html_url, number: issue.number } : {}) };
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
    if (markedHash(issue.body, prefix) === hash)
        return { action: 'unchanged', url: issue.html_url, number: issue.number };
    const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, body });
    return { action: 'updated', url: data.html_url, number: data.number };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * The pull request a run is about, from the trusted event payload (never from a report artifact),
 * and its changed files with the new-side line ranges of their diff hunks.
 */

/**
 * New-side line ranges of a unified diff `patch` as the pulls/list-files API returns it (hunks
 * only, no file headers). A hunk that adds nothing on the new side ("+n,0") has no range.
 */
function parsePatchHunks(patch) {
    const hunks = [];
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
    for (const line of patch.split('\n')) {
        const m = header.exec(line);
        if (!m)
            continue;
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0)
            hunks.push({ start, end: start + count - 1 });
    }
    return hunks;
}
function repoFromEnv(env) {
    const full = env.GITHUB_REPOSITORY ?? '';
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The event payload the runner wrote to GITHUB_EVENT_PATH ({} when absent or unreadable). */
function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: {} };
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (payload && typeof payload === 'object' && !Array.isArray(payload))
            return { name, payload: payload };
        return { name, payload: {}, problem: `event payload ${file} is not a JSON object` };
    }
    catch (error) {
        return { name, payload: {}, problem: `cannot read the event payload ${file}: ${error.message}` };
    }
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** pull_request / pull_request_target payloads. */
function pullRequestFromPayload(payload, repository) {
    const pr = obj(payload.pull_request);
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const head = obj(pr.head);
    const headSha = str(head?.sha);
    if (!headSha)
        return undefined;
    const headRepo = str(obj(head?.repo)?.full_name) ?? null;
    const baseRepo = str(obj(obj(pr.base)?.repo)?.full_name) ?? `${repository.owner}/${repository.repo}`;
    return { number: pr.number, headSha, headRepo, baseRepo, fromFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase() };
}
/**
 * The pull request behind a workflow_run event (the privileged half of the fork-safe recipe).
 * `workflow_run.pull_requests` is empty for pull requests from forks, so then the open pull request
 * is looked up by the head repository, branch and commit of the triggering run, all from the event.
 */
async function pullRequestFromWorkflowRun(client, payload, repository) {
    const run = obj(payload.workflow_run);
    if (!run)
        return { reason: 'the workflow_run event payload has no workflow_run' };
    const headSha = str(run.head_sha);
    if (!headSha)
        return { reason: 'the workflow_run event has no head_sha' };
    const triggeringEvent = str(run.event);
    if (triggeringEvent !== 'pull_request' && triggeringEvent !== 'pull_request_target') {
        return { reason: `the triggering run was a ${triggeringEvent ?? 'unknown'} event, not a pull request` };
    }
    const baseRepo = `${repository.owner}/${repository.repo}`;
    const headRepo = str(obj(run.head_repository)?.full_name) ?? null;
    const listed = Array.isArray(run.pull_requests) ? run.pull_requests.map(obj).filter((p) => p !== undefined) : [];
    for (const p of listed) {
        const number = p.number;
        const sha = str(obj(p.head)?.sha);
        const base = str(obj(obj(p.base)?.repo)?.name);
        if (typeof number === 'number' && sha === headSha && (base === undefined || base === repository.repo)) {
            return { target: { number, headSha, headRepo, baseRepo, fromFork: headRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase() } };
        }
    }
    const headOwner = str(obj(obj(run.head_repository)?.owner)?.login);
    const headBranch = str(run.head_branch);
    if (!headOwner || !headBranch)
        return { reason: 'the workflow_run event names no head repository or branch' };
    const pulls = await client.paginate(client.rest.pulls.list, {
        owner: repository.owner,
        repo: repository.repo,
        state: 'open',
        head: `${headOwner}:${headBranch}`,
        per_page: 100,
    });
    const match = pulls.find((p) => p.head.sha === headSha && (headRepo === null || p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase()));
    if (!match)
        return { reason: `no open pull request has head ${headOwner}:${headBranch} at ${headSha.slice(0, 12)} (pushed again since?)` };
    return { target: { number: match.number, headSha, headRepo, baseRepo, fromFork: headRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase() } };
}
/** Files of a pull request (paginated; GitHub lists at most 3,000) with their new-side hunks. */
async function listChangedFiles(client, repository, pullNumber) {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repository, pull_number: pullNumber, per_page: 100 });
    const out = new Map();
    for (const f of files) {
        // Binary or too-large files come without a patch: they are changed, but no line is commentable.
        out.set(f.filename, { hunks: typeof f.patch === 'string' ? parsePatchHunks(f.patch) : [] });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/review.ts

/** GitHub's abuse detection: at most this many comments per review request (reviewdog's limit). */
const MAX_REVIEW_COMMENTS = 30;
function planSuggestions(report, changedFiles, limit = MAX_REVIEW_COMMENTS) {
    const byRange = new Map();
    let outsideDiff = 0;
    for (const f of report.findings) {
        const s = f.suggestion;
        if (!s)
            continue;
        const hunks = changedFiles.get(s.file)?.hunks ?? [];
        const inside = Number.isInteger(s.startLine) && Number.isInteger(s.endLine) && s.startLine >= 1 && s.startLine <= s.endLine &&
            hunks.some((h) => h.start <= s.startLine && s.endLine <= h.end);
        if (!inside) {
            outsideDiff += 1;
            continue;
        }
        const text = s.text.replace(/\r?\n$/, '');
        const rangeKey = JSON.stringify([s.file, s.startLine, s.endLine, text]);
        const existing = byRange.get(rangeKey);
        if (existing)
            existing.findings.push(f);
        else
            byRange.set(rangeKey, { path: s.file, startLine: s.startLine, endLine: s.endLine, text, findings: [f], key: '' });
    }
    const all = [...byRange.values()];
    for (const p of all) {
        p.key = JSON.stringify([p.path, p.startLine, p.endLine, p.text, p.findings.map((f) => f.fingerprint).sort()]);
    }
    const suggestions = all.slice(0, limit);
    return { suggestions, outsideDiff, overLimit: all.length - suggestions.length };
}
/** The comment body (without the fingerprint marker). */
function renderSuggestionBody(p) {
    const lines = p.findings.map((f) => `**${f.severity}** ${(0,markdown_safe/* codeSpan */.SS)(f.ruleId)}: ${(0,markdown_safe/* inlineText */.ln)(f.message)}`);
    const fix = p.findings.find((f) => f.fix)?.fix?.description;
    const fence = (0,markdown_safe/* fenceFor */.Lt)(p.text);
    return [
        ...lines,
        ...(fix ? ['', `Suggested fix: ${(0,markdown_safe/* inlineText */.ln)(fix)}`] : []),
        '',
        `${fence}suggestion`,
        ...(p.text === '' ? [] : [p.text]),
        fence,
    ].join('\n');
}
function renderReviewBody(plan, posting) {
    const parts = [`postfix-tls-audit: ${posting} suggested ${posting === 1 ? 'edit' : 'edits'} on changed lines.`];
    if (plan.overLimit > 0)
        parts.push(`${plan.overLimit} more did not fit in one review (at most ${MAX_REVIEW_COMMENTS}): the PR comment's diff has them.`);
    if (plan.outsideDiff > 0)
        parts.push(`${plan.outsideDiff} finding${plan.outsideDiff === 1 ? '' : 's'} with a fix outside the diff: see the PR comment.`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./src/github/review.ts
/**
 * Posts the planned suggestions as one review (event COMMENT, side RIGHT) on the head commit. Each
 * comment carries a fingerprint marker: a re-run skips suggestions already on the PR and deletes our
 * earlier ones that no longer match a finding (unless someone replied to them).
 */



async function publishSuggestions(client, repository, pull, plan, args) {
    const prefix = markerPrefix('suggestion', args.key);
    const existing = await client.paginate(client.rest.pulls.listReviewComments, { ...repository, pull_number: pull.number, per_page: 100 });
    const repliedTo = new Set(existing.map((c) => c.in_reply_to_id).filter((id) => typeof id === 'number'));
    const ours = existing.filter((c) => isOurs(c.user, args.me) && hasMarker(c.body, prefix));
    const present = new Set(ours.map((c) => markedHash(c.body, prefix)).filter((h) => h !== undefined));
    const wanted = plan.suggestions.map((s) => ({ s, hash: contentHash(s.key) }));
    const wantedHashes = new Set(wanted.map((w) => w.hash));
    const toPost = wanted.filter((w) => !present.has(w.hash));
    let reviewUrl;
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
                side: 'RIGHT',
                ...(s.startLine < s.endLine ? { start_line: s.startLine, start_side: 'RIGHT' } : {}),
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

// EXTERNAL MODULE: ./src/report/pr-comment.ts
var pr_comment = __webpack_require__(1914);
;// CONCATENATED MODULE: ./src/report/issue.ts


const ISSUE_LABEL = 'postfix-tls-audit';
function issueTitle(workflow) {
    // The title is plain text on GitHub (no Markdown), but keep it one short line.
    const name = workflow.replace(/[\r\n]+/g, ' ').trim().slice(0, 100);
    return `postfix-tls-audit: TLS policy findings${name ? ` (${name})` : ''}`;
}
function renderIssueBody(report, opts) {
    return (0,pr_comment/* renderReportBody */.$Y)(report, { ...opts, kind: 'issue' });
}
function renderClosingNote(report, runUrl) {
    const at = report.commit ? ` at ${(0,markdown_safe/* codeSpan */.SS)(report.commit.slice(0, 12))}` : '';
    const run = runUrl ? ` (${(0,markdown_safe/* link */.nf)('run', runUrl)})` : '';
    return `✅ No findings any more${at}${run}: closing. This issue reopens if findings come back.`;
}
function renderReopeningNote(report, runUrl) {
    const at = report.commit ? ` at ${(0,markdown_safe/* codeSpan */.SS)(report.commit.slice(0, 12))}` : '';
    const run = runUrl ? ` (${(0,markdown_safe/* link */.nf)('run', runUrl)})` : '';
    return `❌ Findings are back${at}${run}: ${(0,markdown_safe/* inlineText */.ln)((0,pr_comment/* countsLine */.J7)(report))}. Reopening.`;
}

;// CONCATENATED MODULE: ./src/action/publish.ts










/** Where docs/action.md explains the two-workflow recipe for fork pull requests. */
const FORK_RECIPE_DOC = 'docs/action.md#fork-pull-requests';
function recipe(why) {
    return (`postfix-tls-audit: ${why}, so no PR comment or review suggestions are written; the findings are in the annotations and the job summary. ` +
        `To get the comment on pull requests from forks, use the two-workflow recipe: this (read-only) run writes its report with \`json-file\` and uploads it as an artifact; ` +
        `a second workflow on \`workflow_run\` (which has a write token and never checks out the fork's code) downloads it and runs this Action with \`from-report\`. ` +
        `See ${FORK_RECIPE_DOC}.`);
}
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
function apiBase(env) {
    return env.GITHUB_API_URL || 'https://api.github.com';
}
function runUrl(env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID))
        return undefined;
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function blobBase(env, sha) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    return `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}/`;
}
/** Test runs against a local stand-in only: Octokit's spacing of writes off (see ClientOptions). */
const UNPACED_WRITES_ENV = 'POSTFIX_TLS_AUDIT_UNPACED_WRITES';
function client(env, settings, log) {
    return createGitHubClient(settings.token, apiBase(env), log, { pacedWrites: env[UNPACED_WRITES_ENV] !== '1' });
}
async function preparePublish(env, settings, log) {
    const event = readEvent(env);
    if (event.problem)
        log.warning(`postfix-tls-audit: ${event.problem}`);
    const repository = repoFromEnv(env);
    const wantsPr = settings.comment !== 'never' || settings.review;
    if (!PR_EVENTS.has(event.name) && event.name !== 'workflow_run') {
        // schedule, workflow_dispatch, push…: no pull request; the rolling issue if asked for.
        // Nothing to write (no pull request, no rolling issue): not a permission problem.
        if (!settings.issue)
            return { canWrite: true };
        if (!settings.token || !repository)
            return { canWrite: false, readOnlyReason: 'no token or no GITHUB_REPOSITORY' };
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
    let pr;
    if (event.name === 'workflow_run') {
        try {
            const found = await pullRequestFromWorkflowRun(api, event.payload, repository);
            if (!found.target) {
                log.warning(`postfix-tls-audit: workflow_run: ${found.reason ?? 'no pull request'}: nothing is published`);
                return { canWrite: false, readOnlyReason: found.reason ?? 'no pull request' };
            }
            pr = found.target;
        }
        catch (error) {
            log.warning(`postfix-tls-audit: workflow_run: cannot look up the pull request (${describeApiError(error).message}): nothing is published`);
            return { canWrite: false, readOnlyReason: 'pull request lookup failed' };
        }
    }
    else {
        pr = pullRequestFromPayload(event.payload, repository);
        if (!pr) {
            log.warning(`postfix-tls-audit: the ${event.name} event payload has no pull request: nothing is published`);
            return { canWrite: false, readOnlyReason: 'no pull request in the event payload' };
        }
    }
    const readOnlyFork = event.name === 'pull_request' && pr.fromFork;
    const plan = {
        canWrite: !readOnlyFork,
        ...(readOnlyFork ? { readOnlyReason: `pull request from a fork (${pr.headRepo ?? 'deleted repository'}): GitHub gives \`pull_request\` runs a read-only token` } : {}),
        target: { kind: 'pull-request', number: pr.number, headSha: pr.headSha, event: event.name },
    };
    if (readOnlyFork && wantsPr)
        log.warning(recipe('this is a pull request from a fork, whose `pull_request` runs get a read-only token'));
    try {
        const changedFiles = await listChangedFiles(api, repository, pr.number);
        plan.pullRequest = { number: pr.number, headSha: pr.headSha, changedFiles };
    }
    catch (error) {
        log.warning(`postfix-tls-audit: cannot list the files of pull request #${pr.number} (${describeApiError(error).message}): the full scan is reported and no review suggestions are made`);
    }
    return plan;
}
class ReadOnly extends Error {
}
async function publish(report, plan, env, settings, log) {
    const repository = repoFromEnv(env);
    const target = plan.target;
    if (!target || !plan.canWrite || !repository || !settings.token)
        return {};
    const api = await client(env, settings, log);
    const key = workflowKey(env);
    let me;
    const identity = async () => (me ??= await tokenIdentity(api));
    const guard = async (what, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            const failure = describeApiError(error);
            if (failure.readOnly && target.kind === 'issue') {
                log.warning(`postfix-tls-audit: the token cannot write the rolling issue (${what}: ${failure.message}): the workflow needs \`permissions: issues: write\`; the findings are in the annotations and the job summary`);
                throw new ReadOnly();
            }
            if (failure.readOnly) {
                log.warning(recipe(`the token cannot write here (${what}: ${failure.message}; a pull request from a fork, or no \`pull-requests: write\` / \`issues: write\` permission)`));
                throw new ReadOnly();
            }
            if (failure.status === undefined)
                log.warning(`postfix-tls-audit: ${what} failed: ${failure.message}`);
            else
                log.warning(`postfix-tls-audit: ${what} failed (HTTP ${failure.status}: ${failure.message}); the findings are in the annotations and the job summary`);
            return undefined;
        }
    };
    const out = {};
    try {
        if (target.kind === 'pull-request') {
            if (settings.comment !== 'never') {
                const markerLength = marker('comment', key, '0'.repeat(24)).length + 2;
                const body = (0,pr_comment/* renderPrComment */.Q1)(report, {
                    maxLength: pr_comment/* GITHUB_BODY_LIMIT */.nY - markerLength,
                    ...optional('blobBase', blobBase(env, target.headSha)),
                    ...optional('runUrl', runUrl(env)),
                });
                const result = await guard('writing the PR comment', async () => upsertStickyComment(api, repository, target.number, {
                    body,
                    hash: reportHash(report, 'pr'),
                    key,
                    me: await identity(),
                    mode: settings.comment,
                    hasFindings: report.findings.length > 0,
                }));
                if (result) {
                    log.info(`postfix-tls-audit: PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
                    if (result.url)
                        out.commentUrl = result.url;
                }
            }
            if (settings.review) {
                if (!plan.pullRequest)
                    log.info('postfix-tls-audit: no review suggestions: the changed files of the pull request are unknown');
                else {
                    const suggestionPlan = planSuggestions(report, plan.pullRequest.changedFiles);
                    const result = await guard('posting review suggestions', async () => publishSuggestions(api, repository, { number: target.number, headSha: target.headSha }, suggestionPlan, { key, me: await identity() }));
                    if (result) {
                        log.info(`postfix-tls-audit: review suggestions: ${result.posted} posted, ${result.alreadyPresent} already present, ${result.deleted} outdated deleted, ` +
                            `${suggestionPlan.outsideDiff} outside the diff, ${suggestionPlan.overLimit} over the limit`);
                    }
                }
            }
        }
        else if (settings.issue) {
            const markerLength = marker('issue', key, '0'.repeat(24)).length + 2;
            const sha = report.commit ?? env.GITHUB_SHA;
            const links = { ...optional('blobBase', blobBase(env, sha)), ...optional('runUrl', runUrl(env)) };
            const result = await guard('updating the rolling issue', async () => syncRollingIssue(api, repository, {
                key,
                me: await identity(),
                title: issueTitle(env.GITHUB_WORKFLOW ?? ''),
                label: ISSUE_LABEL,
                hasFindings: report.findings.length > 0,
                body: renderIssueBody(report, { ...links, maxLength: pr_comment/* GITHUB_BODY_LIMIT */.nY - markerLength }),
                hash: reportHash(report, 'issue'),
                closingNote: renderClosingNote(report, links.runUrl),
                reopeningNote: renderReopeningNote(report, links.runUrl),
            }));
            if (result) {
                log.info(`postfix-tls-audit: rolling issue ${result.action}${result.url ? `: ${result.url}` : ''}`);
                if (result.url)
                    out.issueUrl = result.url;
            }
        }
    }
    catch (error) {
        if (!(error instanceof ReadOnly))
            throw error;
    }
    return out;
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   en: () => (/* binding */ pathForUrl),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   u: () => (/* binding */ markerValue),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/**
 * Escaping for text that reaches GitHub-flavoured Markdown (PR comments, reviews, issues).
 *
 * Everything quoted from a repository (paths, values, messages that cite values) goes through one
 * of these: it must not inject Markdown or HTML, ping people (@user, @org/team), link issues
 * (#123, GH-123), or close the code fence it sits in. GitHub does not turn @mentions or #refs into
 * links inside code spans and fenced blocks, so those only need a fence longer than any backtick
 * run; inline text gets backslash escapes, entities and a zero-width joiner after "@" and "#".
 */
const ZWJ = '\u200D';
/**
 * Control characters other than tab and newline (C0, DEL, C1); bidi controls that could disguise text
 * (embeddings, overrides, isolates, and the LRM/RLM/ALM marks); zero-width characters that hide in a
 * value (a setting that reads "may" but is not). Our own zero-width joiners are added afterwards.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
function stripControls(text) {
    return text.replace(CONTROL, '\uFFFD');
}
/** Longest run of `ch` in `text`. */
function longestRun(text, ch) {
    let best = 0;
    let run = 0;
    for (const c of text) {
        if (c === ch) {
            run += 1;
            if (run > best)
                best = run;
        }
        else
            run = 0;
    }
    return best;
}
/**
 * Text shown as plain prose on one line: Markdown punctuation backslash-escaped, HTML as entities,
 * mentions and references broken by a zero-width joiner, line breaks folded to spaces.
 */
function inlineText(text) {
    return stripControls(text)
        .replace(/\r\n?|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // "$" too: GitHub renders $…$ and $$…$$ as math.
        .replace(/[\\`*_{}[\]()#+\-.!|~"'$]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/\\#/g, `\\#${ZWJ}`)
        .replace(/\b(gh)\\-(?=\d)/gi, `$1\\-${ZWJ}`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\bwww\\\./gi, `w${ZWJ}ww\\.`);
}
/** An inline code span holding `text` verbatim (one line; the delimiter outruns any backtick run). */
function codeSpan(text) {
    const one = stripControls(text).replace(/\r\n?|\n/g, ' ');
    if (one === '')
        return '` `';
    const ticks = '`'.repeat(longestRun(one, '`') + 1);
    // A leading/trailing backtick or space would merge with the delimiter or be stripped.
    const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') || one.endsWith(' ') ? ' ' : '';
    return `${ticks}${pad}${one}${pad}${ticks}`;
}
/** A fence for `text`: at least three backticks and longer than any backtick run inside. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}
/** A fenced code block (```lang … ```) whose content cannot close it. */
function fencedBlock(text, info = '') {
    const body = stripControls(text).replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const fence = fenceFor(body);
    return `${fence}${info}\n${body}\n${fence}`;
}
/** A value for an HTML attribute or a hidden-comment field: percent-encoded, so "-->" or quotes cannot appear. */
function markerValue(text) {
    return encodeURIComponent(text).replace(/[!'()*~-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A link whose URL we built ourselves from trusted parts; the label is escaped, the URL percent-safe. */
function link(label, url) {
    const safeUrl = url.replace(/[\s()<>"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
    return `[${label}](${safeUrl})`;
}
/** Percent-encode each segment of a repository-relative path for a blob URL. */
function pathForUrl(file) {
    return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}
/** Text inside an HTML element we write (e.g. <summary>): entities, and mentions/refs broken. */
function htmlText(text) {
    return stripControls(text)
        .replace(/\r\n?|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/[*_`~[\]\\|]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#/g, `#${ZWJ}`);
}


/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ renderReportBody),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   Q1: () => (/* binding */ renderPrComment),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports verdictLine, groupFindings, diffForFiles, largest */
/* harmony import */ var _fix_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2404);
/* harmony import */ var _markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6215);


const GITHUB_BODY_LIMIT = 65_536;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function countsLine(report) {
    const c = report.counts;
    return `${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${plural(c.notice, 'notice')}`;
}
function verdictLine(report) {
    const total = report.findings.length;
    if (!report.passed)
        return `## ❌ postfix-tls-audit: TLS policy not met`;
    if (total === 0)
        return `## ✅ postfix-tls-audit: passed`;
    return `## ✅ postfix-tls-audit: passed (findings below fail-on)`;
}
function contextLine(report) {
    const parts = [
        `fail-on ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.failOn)}`,
        `policy ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.policy.profile)} ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(report.policy.profileVersion)}`,
        plural(report.configSets.length, 'config set'),
    ];
    if (report.commit)
        parts.push(`commit ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.commit.slice(0, 12))}`);
    return parts.join(' · ');
}
function locationOf(f, links) {
    if (f.file === null)
        return f.target ? (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.target) : '';
    const lines = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `:${f.line}-${f.endLine}` : `:${f.line}`;
    const label = (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${f.file}${lines}`);
    if (!links.blobBase)
        return label;
    const anchor = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
    return (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(label, `${links.blobBase}${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .pathForUrl */ .en)(f.file)}${anchor}`);
}
function findingItem(f, links) {
    const where = locationOf(f, links);
    return `- ${ICON[f.severity]} **${f.severity}** ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.ruleId)}: ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.message)}${where ? ` (${where})` : ''}`;
}
/** Findings grouped by config set (probe targets last) and, inside, by service; report order kept. */
function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        const setKey = f.configSet !== null ? `set:${f.configSet}` : `probe:${f.target ?? ''}`;
        const serviceKey = f.service !== null ? `${f.service}\u0000${f.role ?? ''}` : '';
        let services = groups.get(setKey);
        if (!services)
            groups.set(setKey, (services = new Map()));
        let list = services.get(serviceKey);
        if (!list)
            services.set(serviceKey, (list = []));
        list.push(f);
    }
    const out = [];
    for (const [setKey, services] of groups) {
        const title = setKey.startsWith('set:')
            ? `Config set ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(setKey.slice(4) || '.')}`
            : `Probed server ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(setKey.slice(6) || '?')}`;
        const label = setKey.startsWith('set:') ? `Config set ${setKey.slice(4) || '.'}` : `Probed server ${setKey.slice(6) || '?'}`;
        out.push({
            title,
            label,
            services: [...services].map(([key, list]) => {
                if (key === '')
                    return { title: 'All services', findings: list };
                const [service, role] = key.split('\u0000');
                return { title: `Service ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(service)}${role ? ` (${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(role)})` : ''}`, findings: list };
            }),
        });
    }
    return out;
}
/**
 * The diff's file sections for the files of the shown findings: under only-changed the report's
 * diff still covers every fix of the full scan, the comment shows the edits for what it reports.
 */
function diffForFiles(diff, files) {
    return (0,_fix_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffFileSections */ .O4)(diff)
        .filter((section) => {
        const m = /^\+\+\+ (?:b\/)?(.*)$/m.exec(section);
        return m ? files.has(m[1]) : false;
    })
        .join('');
}
/**
 * The files whose diff sections the comment shows: the findings' files, and the real file behind a
 * finding's file that is a symbolic link (the diff patches that file: its suggestion names it, while
 * the fix's edits name the link's path).
 */
function diffFilesOfFindings(findings) {
    const files = new Set();
    for (const f of findings) {
        if (f.file !== null)
            files.add(f.file);
        const s = f.suggestion;
        if (s && f.fix && !f.fix.edits.some((e) => e.file === s.file))
            files.add(s.file);
    }
    return files;
}
function diffFiles(diff) {
    return (diff.match(/^\+\+\+ /gm) ?? []).length;
}
function renderWithShape(report, opts, shape) {
    const links = { ...(opts.blobBase ? { blobBase: opts.blobBase } : {}), ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) };
    const out = [verdictLine(report), '', `**${countsLine(report)}** · ${contextLine(report)}`];
    const summaryLink = links.runUrl ? (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('job summary', links.runUrl) : 'job summary';
    if (opts.kind !== 'issue' && report.hiddenByOnlyChanged > 0) {
        out.push('', `> ${plural(report.hiddenByOnlyChanged, 'finding')} in files this pull request does not change ${report.hiddenByOnlyChanged === 1 ? 'is' : 'are'} not shown (\`only-changed\`); the ${summaryLink} has the full scan.`);
    }
    if (report.findings.length === 0) {
        out.push('', report.configSets.length === 0 ? 'No Postfix configuration found.' : 'No findings.');
        if (links.runUrl)
            out.push('', `Details: ${summaryLink}.`);
        return out.join('\n');
    }
    const shown = report.findings.slice(0, shape.findingLimit);
    for (const group of groupFindings(shown)) {
        const count = group.services.reduce((n, s) => n + s.findings.length, 0);
        const body = [];
        for (const service of group.services) {
            body.push(`**${service.title}**`, '', ...service.findings.map((f) => findingItem(f, links)), '');
        }
        if (shape.collapse) {
            out.push('', `<details><summary>${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(group.label)}: ${plural(count, 'finding')}</summary>`, '', ...body, '</details>');
        }
        else {
            out.push('', `### ${group.title}`, '', ...body);
        }
    }
    const hiddenHere = report.findings.length - shown.length;
    if (hiddenHere > 0) {
        out.push('', `… and ${plural(hiddenHere, 'more finding')} (this comment is limited to ${GITHUB_BODY_LIMIT} characters): see the ${summaryLink}.`);
    }
    const diff = diffForFiles(report.diff, diffFilesOfFindings(report.findings));
    if (diff !== '') {
        const lines = diff.replace(/\n$/, '').split('\n');
        const kept = lines.slice(0, Math.min(lines.length, shape.diffLineLimit));
        const heading = `Suggested edits (${plural(diffFiles(diff), 'file')})`;
        const block = kept.length > 0 ? (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .fencedBlock */ .zW)(kept.join('\n'), 'diff') : '';
        const cut = kept.length < lines.length ? `The diff is cut after ${kept.length} of ${lines.length} lines: the ${summaryLink} has all of it.` : '';
        if (shape.collapse) {
            out.push('', `<details><summary>${heading}</summary>`, '', ...(block ? [block, ''] : []), ...(cut ? [cut, ''] : []), '</details>');
        }
        else {
            out.push('', `### ${heading}`, '', ...(block ? [block] : []), ...(cut ? ['', cut] : []));
        }
        if (kept.length === lines.length && opts.kind !== 'issue')
            out.push('', 'Apply with `git apply` or locally with `postfix-tls-audit scan --fix`.');
    }
    if (links.runUrl)
        out.push('', `Full report: ${summaryLink}.`);
    return out.join('\n');
}
/** Largest n in [lo, hi] with fits(n), assuming fits is monotone and fits(lo) (else lo). */
function largest(lo, hi, fits) {
    while (lo < hi) {
        const mid = Math.floor((lo + hi + 1) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** The report as a GitHub Markdown body no longer than `maxLength` characters. */
function renderReportBody(report, opts = {}) {
    const max = opts.maxLength ?? GITHUB_BODY_LIMIT;
    const all = report.findings.length;
    const fits = (s) => s.length <= max;
    const full = renderWithShape(report, opts, { collapse: false, findingLimit: all, diffLineLimit: Infinity });
    if (fits(full))
        return full;
    const collapsed = renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: Infinity });
    if (fits(collapsed))
        return collapsed;
    const diffLines = report.diff === '' ? 0 : report.diff.split('\n').length;
    const noDiff = renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: 0 });
    if (fits(noDiff)) {
        const n = largest(0, diffLines, (k) => fits(renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: k })));
        return renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: n });
    }
    const minimal = renderWithShape(report, opts, { collapse: true, findingLimit: 0, diffLineLimit: 0 });
    if (fits(minimal)) {
        const n = largest(0, all, (k) => fits(renderWithShape(report, opts, { collapse: true, findingLimit: k, diffLineLimit: 0 })));
        return renderWithShape(report, opts, { collapse: true, findingLimit: n, diffLineLimit: 0 });
    }
    // Only a pathological header gets here: cut at a line boundary (no fence is open at this level).
    const note = '\n\n… cut: see the job summary.';
    const cut = minimal.slice(0, Math.max(0, max - note.length));
    return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
/** The pull request comment body (without the hidden marker, which the publisher appends). */
function renderPrComment(report, opts = {}) {
    return renderReportBody(report, { ...opts, kind: 'pr' });
}


/***/ })

};
