export const id = 635;
export const ids = [635];
export const modules = {

/***/ 8635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_REPORT_JSON_SCHEMA: () => (/* binding */ ACTION_REPORT_JSON_SCHEMA),
  MAX_REPORT_BYTES: () => (/* binding */ MAX_REPORT_BYTES),
  readReportFile: () => (/* binding */ readReportFile),
  readUntrustedReport: () => (/* binding */ readUntrustedReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./src/report/report-types.ts
var report_types = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/model/types.ts
const ROLES = ['mx', 'submission', 'submissions', 'other-public', 'local-only', 'client-smtp', 'client-lmtp'];

// EXTERNAL MODULE: ./src/discover/file-names.ts
var file_names = __webpack_require__(6068);
;// CONCATENATED MODULE: ./src/github/artifact.ts
/**
 * The fork-safe recipe's report artifact, read by the privileged workflow_run half: it was written
 * by a run over untrusted pull request code, so it is validated strictly (JSON Schema with bounded
 * sizes and lengths, no extra properties, patterns for paths, ids and hashes; then counts checked
 * against the findings) before anything renders it, and everything from it is rendered escaped. The
 * pull request it is posted to comes from the trusted event, never from the artifact
 * (reference github-actions.md §3.5).
 */





const Ajv = (ajv_default());
/** Largest artifact read (bytes). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;
const SEVERITY = { enum: ['error', 'warning', 'notice'] };
const LINE = { type: 'integer', minimum: 1, maximum: 10_000_000 };
const COLUMN = { type: 'integer', minimum: 1, maximum: 10_000_000 };
/** Repository-relative path: no leading slash, no ".." segment, no backslash or control characters. */
const PATH = { type: 'string', minLength: 1, maxLength: 1024, pattern: '^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000-\\u001f\\u007f\\\\]+$' };
const SET_ROOT = { type: 'string', minLength: 1, maxLength: 1024, pattern: '^(?:\\.|(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000-\\u001f\\u007f\\\\]+)$' };
const TEXT = (max) => ({ type: 'string', maxLength: max });
const nullable = (schema) => ({ anyOf: [schema, { type: 'null' }] });
const EDIT = {
    type: 'object',
    additionalProperties: false,
    required: ['file', 'startLine', 'startColumn', 'endLine', 'endColumn', 'replacement'],
    properties: { file: PATH, startLine: LINE, startColumn: COLUMN, endLine: LINE, endColumn: COLUMN, replacement: TEXT(20_000) },
};
const FINDING = {
    type: 'object',
    additionalProperties: false,
    required: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'configSet', 'service', 'role', 'fingerprint'],
    properties: {
        ruleId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
        severity: SEVERITY,
        message: { type: 'string', minLength: 1, maxLength: 4000 },
        file: nullable(PATH),
        line: nullable(LINE),
        column: nullable(COLUMN),
        endLine: nullable(LINE),
        endColumn: nullable(COLUMN),
        configSet: nullable(SET_ROOT),
        service: nullable({ type: 'string', minLength: 1, maxLength: 200 }),
        role: nullable({ enum: [...ROLES] }),
        target: { type: 'string', minLength: 1, maxLength: 300, pattern: '^[^\\s\\u0000-\\u001f]+$' },
        fingerprint: { type: 'string', pattern: '^[A-Za-z0-9:._/+=-]{1,200}$' },
        fix: {
            type: 'object',
            additionalProperties: false,
            required: ['description', 'edits'],
            properties: { description: TEXT(2000), edits: { type: 'array', maxItems: 100, items: EDIT } },
        },
        suggestion: {
            type: 'object',
            additionalProperties: false,
            required: ['file', 'startLine', 'endLine', 'text'],
            properties: { file: PATH, startLine: LINE, endLine: LINE, text: TEXT(20_000) },
        },
        // The job summary links the rule id to it: only our rule documentation (RULE_DOCS in
        // src/report/sarif.ts, not imported here to keep the rules out of this chunk), and only the
        // finding's own rule (checked below).
        helpUri: { type: 'string', pattern: '^https://github\\.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules/[a-z0-9][a-z0-9-]{0,79}\\.md$' },
    },
};
/** JSON Schema (draft-07) of ActionReport as the fork-safe recipe accepts it. */
const ACTION_REPORT_JSON_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://postfix-tls-audit.invalid/action-report-1.json',
    type: 'object',
    additionalProperties: false,
    required: ['schema', 'tool', 'policy', 'failOn', 'passed', 'counts', 'hiddenByOnlyChanged', 'configSets', 'findings', 'diff'],
    properties: {
        schema: { const: report_types/* ACTION_REPORT_SCHEMA */.A },
        tool: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { const: 'postfix-tls-audit' }, version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,64}$' } },
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            required: ['profile', 'profileVersion', 'origin'],
            properties: {
                profile: { type: 'string', minLength: 1, maxLength: 100 },
                profileVersion: { type: 'string', maxLength: 40 },
                origin: { type: 'string', maxLength: 1024 },
            },
        },
        failOn: { enum: ['error', 'warning', 'notice', 'never'] },
        passed: { type: 'boolean' },
        counts: {
            type: 'object',
            additionalProperties: false,
            required: ['error', 'warning', 'notice'],
            properties: { error: { type: 'integer', minimum: 0 }, warning: { type: 'integer', minimum: 0 }, notice: { type: 'integer', minimum: 0 } },
        },
        hiddenByOnlyChanged: { type: 'integer', minimum: 0, maximum: 10_000_000 },
        configSets: {
            type: 'array',
            maxItems: 2000,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['root', 'files', 'endpoints', 'problems'],
                properties: {
                    root: SET_ROOT,
                    files: { type: 'array', maxItems: 1000, items: PATH },
                    endpoints: {
                        type: 'array',
                        maxItems: 1000,
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['service', 'role', 'listen', 'verdict', 'tls'],
                            properties: {
                                service: { type: 'string', minLength: 1, maxLength: 200 },
                                role: { enum: [...ROLES] },
                                listen: { type: 'string', maxLength: 300 },
                                verdict: { enum: ['error', 'warning', 'notice', 'pass'] },
                                tls: { type: 'string', maxLength: 300 },
                            },
                        },
                    },
                    problems: { type: 'integer', minimum: 0, maximum: 10_000_000 },
                },
            },
        },
        findings: { type: 'array', maxItems: 20_000, items: FINDING },
        diff: { type: 'string', maxLength: 4_000_000 },
        commit: { type: 'string', pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$' },
        pullRequest: { type: 'integer', minimum: 1 },
    },
};
let validator;
function validate(data) {
    validator ??= new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(ACTION_REPORT_JSON_SCHEMA);
    if (validator(data))
        return [];
    const errors = (validator.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return [...new Set(errors)];
}
/** Whether a repository path names a Postfix config file (main.cf, master.cf.j2, ...), as discovery finds them. */
function isConfigFile(file) {
    return (0,file_names/* classifyFileName */.GD)(file.slice(file.lastIndexOf('/') + 1)) !== undefined;
}
/**
 * Problems of an untrusted diff, which the PR comment shows as "Suggested edits" to apply with
 * `git apply`. A fresh run's diff edits config files only and has nothing but "--- a/…" / "+++ b/…"
 * headers, "@@" hunk headers and " ", "+", "-" lines (src/fix/diff.ts); anything else (a header
 * naming a workflow file, git's extended headers: "diff --git", "rename to", "new mode", a binary
 * patch) would let a forged report have the bot post a patch to other files.
 */
function diffProblems(diff) {
    const problems = [];
    const lines = diff.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    for (const [i, line] of lines.entries()) {
        if (!/^[ +\-@\\]/.test(line)) {
            problems.push(`/diff line ${i + 1} is not part of a unified diff of config files`);
            break;
        }
        const header = /^(?:---|\+\+\+) ("?)([ab])\/(.*)\1$/.exec(line);
        const pairs = line.startsWith('--- ') ? lines[i + 1]?.startsWith('+++ ') : line.startsWith('+++ ') && lines[i - 1]?.startsWith('--- ');
        if (pairs && (!header || !isConfigFile(header[3]))) {
            problems.push(`/diff line ${i + 1}: a diff header must name a config file (a/… or b/…)`);
            break;
        }
    }
    return problems;
}
/** Parse and validate a report written by an untrusted run. */
function readUntrustedReport(text) {
    if (text.length > MAX_REPORT_BYTES)
        return { ok: false, errors: [`the report is larger than ${MAX_REPORT_BYTES} bytes`] };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, errors: [`not JSON: ${error.message}`] };
    }
    const errors = validate(data);
    if (errors.length)
        return { ok: false, errors };
    const report = data;
    // Counts are rendered as the verdict: they must be the findings' own.
    const tally = { error: 0, warning: 0, notice: 0 };
    for (const f of report.findings)
        tally[f.severity] += 1;
    for (const s of ['error', 'warning', 'notice']) {
        if (report.counts[s] !== tally[s])
            errors.push(`/counts/${s} is ${report.counts[s]} but the findings hold ${tally[s]}`);
    }
    const order = ['error', 'warning', 'notice'];
    const reaching = report.failOn === 'never' ? 0 : report.findings.filter((f) => order.indexOf(f.severity) <= order.indexOf(report.failOn)).length;
    if (report.passed !== (reaching === 0))
        errors.push(`/passed is ${report.passed} but ${reaching} finding(s) reach fail-on "${report.failOn}"`);
    // Findings, suggestions and edits of a scan are in config files only (SARIF, links and review
    // comments name these files; the suggestions are applied to them).
    for (const [i, f] of report.findings.entries()) {
        const files = [f.file, f.suggestion?.file, ...(f.fix?.edits.map((e) => e.file) ?? [])].filter((x) => typeof x === 'string');
        for (const file of files)
            if (!isConfigFile(file))
                errors.push(`/findings/${i} names ${JSON.stringify(file)}, which is not a config file`);
        if (f.suggestion && f.suggestion.startLine > f.suggestion.endLine)
            errors.push(`/findings/${i}/suggestion starts after it ends`);
        if (f.helpUri !== undefined && !f.helpUri.endsWith(`/${f.ruleId}.md`))
            errors.push(`/findings/${i}/helpUri is not the documentation of rule ${f.ruleId}`);
    }
    for (const [i, set] of report.configSets.entries()) {
        for (const file of set.files)
            if (!isConfigFile(file))
                errors.push(`/configSets/${i}/files names ${JSON.stringify(file)}, which is not a config file`);
    }
    errors.push(...diffProblems(report.diff));
    return errors.length ? { ok: false, errors: [...new Set(errors)].slice(0, 20) } : { ok: true, report };
}
/** readUntrustedReport on a file; throws one readable message (for the `from-report` input). */
function readReportFile(file) {
    const size = (0,external_node_fs_.statSync)(file).size;
    if (size > MAX_REPORT_BYTES)
        throw new Error(`${file} is larger than ${MAX_REPORT_BYTES} bytes`);
    const result = readUntrustedReport((0,external_node_fs_.readFileSync)(file, 'utf8'));
    if (!result.ok)
        throw new Error(`not a valid postfix-tls-audit report (${result.errors.join('; ')})`);
    return result.report;
}


/***/ })

};
