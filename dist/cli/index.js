#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ auditWorkerEntry),
/* harmony export */   q: () => (/* binding */ enableAuditWorkers)
/* harmony export */ });
/**
 * Which file a worker thread of src/audit-workers.ts runs: the entry point names itself here. Kept apart
 * from audit-workers.ts so that the entry point can do so without loading the analysis.
 */
let entry;
/** Let auditSets() use worker threads that run `file` (the entry point's import.meta.url). */
function enableAuditWorkers(file) {
    entry = file;
}
/** The file enableAuditWorkers() named, if any. */
function auditWorkerEntry() {
    return entry;
}


/***/ }),

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _audit_worker_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7022);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4175);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Command-line entry point: `postfix-tls-audit scan [PATH]` and `postfix-tls-audit postconf ...`.
 * Exit status: 0 done, 2 usage error, 1 the command failed (as postconf does for fatal input).
 * An unexpected error exits 2 with its message; a scan's report written so far is then incomplete.
 * The same file serves as the worker of a scan with many config sets (src/audit-workers.ts).
 */




// A scan keeps little (about 25 MB live after 1,000 sets) but allocates fast, and V8's default heap
// growing lets old-space garbage reach several times the live size before a full collection. Growing
// the heap by half instead keeps the peak RSS of 1,000 sets at about 160 MB instead of 175-250 MB, with
// no measurable CPU cost (npm run bench). The flag is V8's own, read at every full collection.
(0,node_v8__WEBPACK_IMPORTED_MODULE_2__.setFlagsFromString)('--heap-growing-percent=50');
// In a worker thread, src/audit-workers.ts is loaded to see whether it is one of the scan's; on the main
// thread the analysis is loaded only when a command needs it (src/cli/run.ts).
const servedAsWorker = !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(581), __nccwpck_require__.e(431), __nccwpck_require__.e(699)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8699))).serveAuditWorker();
if (!servedAsWorker) {
    (0,_audit_worker_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .enableAuditWorkers */ .q)(new URL(import.meta.url));
    const stdout = closableOutput(process.stdout);
    const stderr = closableOutput(process.stderr);
    // A scan's report is written as it is made, in pieces of about 64 KiB.
    let pending = [];
    let size = 0;
    const flush = () => {
        if (size > 0)
            stdout.write(pending.join(''));
        pending = [];
        size = 0;
    };
    try {
        const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), process.cwd(), (chunk) => {
            pending.push(chunk);
            size += chunk.length;
            if (size >= 65536)
                flush();
        });
        flush();
        if (result.stdout.length > 0)
            stdout.write(result.stdout);
        if (result.stderr.length > 0)
            stderr.write(result.stderr);
        process.exitCode = result.exitCode;
    }
    catch (error) {
        // Not exit 1, which means "findings reached --fail-on".
        flush();
        stderr.write(`postfix-tls-audit: internal error, any report above is incomplete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 2;
    }
    process.on('exit', () => {
        const failed = stdout.failure();
        if (failed === undefined)
            return;
        stderr.write(`postfix-tls-audit: cannot write the report to stdout: ${failed.message}\n`);
        process.exitCode = 2;
    });
}
/**
 * A writer to stdout or stderr that goes quiet once the reader has gone (`scan | head`): Node ignores
 * SIGPIPE, so the next write failed with EPIPE and an unhandled 'error' event ended the run with a stack
 * trace. The scan still runs to its end, so that the exit status says what --fail-on found (a gate in a
 * `set -o pipefail` pipeline must not pass because its reader stopped early). Any other write error
 * (a full disk) stops the output too, and the run then ends with exit 2 and the reason.
 */
function closableOutput(stream) {
    let closed = false;
    let failed;
    stream.on('error', (error) => {
        closed = true;
        if (error.code !== 'EPIPE')
            failed ??= error;
    });
    return {
        write(text) {
            if (closed)
                return;
            try {
                stream.write(text);
            }
            catch (error) {
                // A file or terminal is written synchronously: its errors are thrown here.
                closed = true;
                if (error.code !== 'EPIPE')
                    failed ??= error;
            }
        },
        failure: () => failed,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3546:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ rootError)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/discover/scan-root.ts
/**
 * The check the entry points make before a scan: a root that is missing or not a folder is refused,
 * since a mistyped path would otherwise find nothing and pass. (Its own module: the Action checks its
 * inputs before it loads discovery.)
 */

/** Why `root` cannot be scanned at all (missing, not a folder), or undefined. */
function scanRootProblem(root) {
    try {
        return (0,external_node_fs_.statSync)(root).isDirectory() ? undefined : 'not a folder (name the folder that holds the config files)';
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' || code === 'ENOTDIR' ? 'no such folder' : `cannot be opened (${code ?? String(error)})`;
    }
}

;// CONCATENATED MODULE: ./src/cli/root-argument.ts

/**
 * A PATH that is empty, missing or not a folder, as a usage error: a mistyped path would otherwise scan
 * nothing and exit 0.
 */
function rootError(given, root) {
    if (given === '')
        return 'PATH is empty (use . for the current folder)';
    const problem = scanRootProblem(root);
    return problem ? `PATH ${given ?? '.'}: ${problem}` : undefined;
}


/***/ }),

/***/ 4175:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _postfix_defaults_versions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6575);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(311);
/* harmony import */ var _policy_profiles_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3379);
/* harmony import */ var _discover_git_listing_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2319);
/* harmony import */ var _report_terminal_safe_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5688);
/* harmony import */ var _discover_glob_limits_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2566);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7485);
/* harmony import */ var _root_argument_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3546);
/**
 * The CLI as a function of its arguments, so tests run it in-process and the binary stays a thin
 * shell around it. This module checks the arguments; each command's work is imported when it runs
 * (the bundle keeps it in a chunk of its own): `--version`, `--help` and usage errors load none of it,
 * and a scan starts git before it loads the analysis.
 */










async function scanCommand(args, cwd, streamed) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                policy: { type: 'string' },
                profile: { type: 'string' },
                'postfix-version': { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
                list: { type: 'boolean', default: false },
                diff: { type: 'boolean', default: false },
                fix: { type: 'boolean', default: false },
                baseline: { type: 'string' },
            },
        });
    }
    catch (error) {
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(error.message);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)('scan takes one PATH');
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'markdown')
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`unknown --format "${format}" (text, json, sarif or markdown)`);
    if (values.list && (format === 'sarif' || format === 'markdown'))
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`--list has no ${format} form (text or json)`);
    // Options the chosen output would ignore are refused: --list --fix wrote nothing and exited 0, and
    // --fix --format json printed nothing at all.
    const ignored = values.list ? ['diff', 'fix', 'baseline'].filter((o) => values[o] !== undefined && values[o] !== false) : [];
    if (ignored.length)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`--list prints only the listing, without a policy: it takes no ${ignored.map((o) => `--${o}`).join(' or ')}`);
    if ((values.diff || values.fix) && format !== 'text')
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`${values.diff ? '--diff prints only the diff' : '--fix prints no report'}, so --format ${format} would be ignored (scan again for the report)`);
    const failOn = values['fail-on'];
    if (!['error', 'warning', 'notice', 'never'].includes(failOn))
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`unknown --fail-on "${failOn}" (error, warning, notice or never)`);
    const postfixVersion = values['postfix-version'];
    if (postfixVersion !== undefined && !(0,_postfix_defaults_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isSupportedPostfixVersion */ .KN)(postfixVersion))
        return unsupportedVersion(postfixVersion);
    if (values.profile !== undefined && !_policy_profiles_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILES */ .jI.has(values.profile))
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`unknown --profile "${values.profile}" (${_policy_profiles_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_IDS */ .Xg.join(', ')})`);
    const badGlob = globOptionError(values);
    if (badGlob)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(badGlob);
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, positionals[0] ?? '.');
    const badRoot = (0,_root_argument_js__WEBPACK_IMPORTED_MODULE_6__/* .rootError */ .h)(positionals[0], root);
    if (badRoot)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(badRoot);
    const scanOptions = scanOptionsOf(root, values);
    const { runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(298), __nccwpck_require__.e(581), __nccwpck_require__.e(431), __nccwpck_require__.e(419), __nccwpck_require__.e(348)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6348));
    return runScan({
        cwd,
        root,
        scanOptions,
        format,
        failOn: failOn,
        ...(postfixVersion !== undefined ? { postfixVersion } : {}),
        ...(values.policy !== undefined ? { policy: values.policy } : {}),
        ...(values.profile !== undefined ? { profile: values.profile } : {}),
        ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
        list: values.list,
        diff: values.diff,
        fix: values.fix,
    }, streamed);
}
/**
 * The --include/--exclude globs, and git's listing of the root started at once: git runs (in child
 * processes, on the other CPU) while the analysis is loaded and compiled.
 */
function scanOptionsOf(root, values) {
    return {
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
        gitListing: (0,_discover_git_listing_js__WEBPACK_IMPORTED_MODULE_4__/* .listGitFiles */ .K1)(root),
    };
}
async function explainCommand(args, cwd) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                'postfix-version': { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
            },
        });
    }
    catch (error) {
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(error.message);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)('explain takes one PATH');
    const format = values.format;
    if (format !== 'text' && format !== 'json')
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`unknown --format "${format}" (text or json)`);
    const postfixVersion = values['postfix-version'];
    if (postfixVersion !== undefined && !(0,_postfix_defaults_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isSupportedPostfixVersion */ .KN)(postfixVersion))
        return unsupportedVersion(postfixVersion);
    const badGlob = globOptionError(values);
    if (badGlob)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(badGlob);
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, positionals[0] ?? '.');
    const badRoot = (0,_root_argument_js__WEBPACK_IMPORTED_MODULE_6__/* .rootError */ .h)(positionals[0], root);
    if (badRoot)
        return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(badRoot);
    const scanOptions = scanOptionsOf(root, values);
    const { runExplain } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(298), __nccwpck_require__.e(581), __nccwpck_require__.e(431), __nccwpck_require__.e(419), __nccwpck_require__.e(348)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6348));
    return runExplain({ root, scanOptions, format, ...(postfixVersion !== undefined ? { postfixVersion } : {}) });
}
async function postconfCommand(args) {
    // --postfix-version is ours; everything else is postconf's own syntax.
    const rest = [];
    let postfixVersion;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--postfix-version') {
            postfixVersion = args[++i];
            if (postfixVersion === undefined)
                return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)('--postfix-version needs a value');
        }
        else if (a.startsWith('--postfix-version='))
            postfixVersion = a.slice('--postfix-version='.length);
        else
            rest.push(a);
    }
    if (postfixVersion !== undefined && !(0,_postfix_defaults_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isSupportedPostfixVersion */ .KN)(postfixVersion))
        return unsupportedVersion(postfixVersion);
    const { runPostconf } = await Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(35)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2035));
    const r = runPostconf(rest, postfixVersion ? { postfixVersion } : {});
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}
function unsupportedVersion(version) {
    return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)((0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .unsupportedVersionMessage */ .x3)(version));
}
/**
 * `write`: where a scan's text or JSON report goes as it is made (the binary passes stdout); without it,
 * the report is the result's stdout.
 */
async function runCli(argv, cwd, write) {
    const [command, ...args] = argv;
    // "scan --help": the usage, not "Unknown option '--help'" (an argument after "--" is a path).
    const end = args.indexOf('--');
    const helpAsked = (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
    if (helpAsked && (command === 'scan' || command === 'explain' || command === 'probe'))
        return { stdout: _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .USAGE */ .u_, stderr: '', exitCode: 0 };
    // Messages on stderr name files and values too (fixes left out, files written): the same pass as the reports.
    const safeErr = (r) => ({ ...r, stderr: (0,_report_terminal_safe_js__WEBPACK_IMPORTED_MODULE_7__/* .terminalSafe */ .k)(r.stderr) });
    switch (command) {
        case 'scan':
            return safeErr(await scanCommand(args, cwd, write));
        case 'explain':
            return safeErr(await explainCommand(args, cwd));
        case 'postconf':
            return postconfCommand(args);
        case 'probe':
            return safeErr(await (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(298), __nccwpck_require__.e(581), __nccwpck_require__.e(431), __nccwpck_require__.e(419), __nccwpck_require__.e(113)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2113))).runProbeCommand(args, cwd, _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w));
        case '--version':
        case '-V':
            return { stdout: `postfix-tls-audit ${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w}\n`, stderr: '', exitCode: 0 };
        case undefined:
        case '--help':
        case '-h':
        case 'help':
            return { stdout: _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .USAGE */ .u_, stderr: '', exitCode: command === undefined ? 2 : 0 };
        default:
            return (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`unknown command "${command}"`);
    }
}
/** The first --include or --exclude glob over the limits of discover/glob-limits.ts, as a usage error. */
function globOptionError(values) {
    for (const option of ['include', 'exclude']) {
        for (const glob of values[option] ?? []) {
            const problem = (0,_discover_glob_limits_js__WEBPACK_IMPORTED_MODULE_9__/* .globProblem */ .AI)(glob);
            if (problem)
                return `--${option} "${glob}": ${problem}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   ts: () => (/* binding */ PROBE_USAGE),
/* harmony export */   u_: () => (/* binding */ USAGE),
/* harmony export */   x3: () => (/* binding */ unsupportedVersionMessage)
/* harmony export */ });
/* harmony import */ var _policy_profiles_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3379);
/* harmony import */ var _probe_target_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7341);
/* harmony import */ var _postfix_defaults_versions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6575);
/**
 * The CLI's usage text and usage errors, apart from the commands themselves: `--help`, `--version` and a
 * mistyped command load only this and src/cli/run.ts, not the analysis.
 */



const PROBE_USAGE = `  postfix-tls-audit probe HOST:PORT[=ROLE]... [--policy FILE | --profile ID] [--format text|json|sarif|markdown]
        [--fail-on error|warning|notice|never] [--compare PATH [--pair HOST:PORT=SERVICE]... [--postfix-version V]]
        [--timeout MS] [--deadline MS] [--concurrency N] [--mode auto|starttls|implicit|lmtp] [--role ROLE] [--quick]
      Connect to live SMTP/LMTP servers (only the named ones): STARTTLS, AUTH before TLS, protocol versions,
      TLS 1.2 and 1.3 suites, groups, certificate, and judge them with the policy (loaded as scan loads it, with
      --compare's PATH, else the current folder, as PATH; the role comes from the port unless given:
      ${_probe_target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_ROLES */ .sS.join(', ')}). --compare PATH pairs each target with an
      endpoint of the config under PATH and reports drift as config-drift findings (--postfix-version: the
      version that config runs on). --timeout: each reply and handshake (default 10000; connect at most 5000),
      --deadline: all targets together (default 120000), --concurrency: connections at once, all targets
      together (default 8). --quick: no per-suite and per-group handshakes (reported as untested).
      Exit 1 when a finding reaches --fail-on (default error; a target that cannot be probed is a probe-failed
      error), 2 for usage or policy errors.
`;
const USAGE = `Usage:
  postfix-tls-audit scan [PATH] [--policy FILE] [--profile P] [--postfix-version V]
                         [--format text|json|sarif|markdown] [--fail-on error|warning|notice|never]
                         [--diff] [--fix] [--baseline FILE] [--list] [--include GLOB]... [--exclude GLOB]...
      Find the Postfix config sets under PATH (default: .), list their files, services and parameters, and
      judge them against a TLS policy (default: PATH/.github/postfix-tls-policy.yml if present, else the
      profile, default "baseline"). Exit 1 when a finding reaches --fail-on (default error), 2 for usage,
      policy or internal errors. --diff: only the unified diff of all verified fixes; --fix: write them (neither
      with --list or a --format other than text). --baseline:
      suppress the findings of an earlier \`scan --format json\` (by fingerprint). Inline suppression: a
      comment line "# postfix-tls-audit: ignore RULE -- reason" right above the setting.
      --list: only the listing, no policy. --include: only config files matching one of these globs; --exclude:
      skip files and folders matching one (globs relative to PATH). Profiles: ${_policy_profiles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_IDS */ .Xg.join(', ')}.
  postfix-tls-audit explain [PATH] [--format text|json] [--postfix-version V] [--include GLOB]... [--exclude GLOB]...
      For every TLS endpoint of every config set under PATH: role, listen address, whether TLS is offered,
      required or implicit, the protocol versions and ciphers a peer can negotiate, and where each value comes from.
  postfix-tls-audit postconf [-c DIR] [-n] [-d] [-x] [-h] [-f] [-M] [-F] [-P] [--postfix-version V] [NAME...]
      Show what Postfix's postconf would show for the config directory DIR (default: $MAIL_CONFIG, else
      /etc/postfix), without Postfix installed.
${PROBE_USAGE}  postfix-tls-audit --version | --help
`;
function usageError(message) {
    return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\n${USAGE}`, exitCode: 2 };
}
/** What --postfix-version is told when its value is not a version we know (scan, explain, postconf, probe). */
function unsupportedVersionMessage(version) {
    return `--postfix-version ${version} is not supported (supported: ${_postfix_defaults_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPORTED_POSTFIX_VERSIONS */ .nh.join(', ')}, optionally with a patch level)`;
}


/***/ }),

/***/ 2319:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Kt: () => (/* binding */ compareStrings),
  mt: () => (/* binding */ detachedCopy),
  K1: () => (/* binding */ listGitFiles)
});

// UNUSED EXPORTS: mayBeInGitRepository, sortedWithoutDuplicates

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/discover/git-listing.ts
/**
 * Asking git which files of a work tree are not ignored: tracked files plus untracked ones that no
 * ignore rule excludes (.gitignore at every level, .git/info/exclude, core.excludesFile).
 * git runs through execFile with an argument vector; no shell is involved.
 */



const MAX_LISTING_BYTES = 512 * 1024 * 1024;
/** Variables that would point git at another repository than the one around `root` (e.g. inside a git hook). */
const REPOSITORY_ENV = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_PREFIX',
    'GIT_NAMESPACE',
];
/**
 * Settings given on git's command line, which win over the repository's own config: a scanned tree
 * that is not a fresh checkout (an unpacked archive, a copied work tree) may hold its own .git/config,
 * and `core.fsmonitor` there names a command that `git ls-files` runs.
 */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false'];
function runGit(cwd, args) {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    for (const name of REPOSITORY_ENV)
        delete env[name];
    return new Promise((resolve) => {
        try {
            (0,external_node_child_process_namespaceObject.execFile)('git', [...SAFE_CONFIG, ...args], { cwd, env, encoding: 'buffer', maxBuffer: MAX_LISTING_BYTES }, (error, stdout, stderr) => {
                const err = error;
                const code = !err ? 0 : err.code === 'ENOENT' ? 'ENOENT' : typeof err.code === 'number' ? err.code : 'ERROR';
                resolve({ code, stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout ?? []), stderr: Buffer.from(stderr ?? []).toString('utf8') });
            });
        }
        catch (error) {
            // spawn throws at once where the folder to run in is a file (ENOTDIR): not a work tree git can list.
            resolve({ code: 'ERROR', stdout: Buffer.alloc(0), stderr: `${error.message}\n` });
        }
    });
}
function firstLine(text) {
    return text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? 'no message';
}
/**
 * Whether git could find a repository for `root`. git looks for one from the current folder's real path
 * upwards (setup.c, setup_git_directory_gently_1): in each folder for a `.git` entry (a folder, or a file
 * naming one), else for the folder itself being a repository's folder (bare, or a `.git` folder entered
 * from inside), which has a HEAD. A folder with neither on the whole way up is in no work tree, and the
 * four git runs (some 20 ms of spawning, the Action on a fresh runner or `scan /etc/postfix`) are skipped.
 * Anything unclear (a folder that cannot be looked at) leaves the answer to git.
 */
function mayBeInGitRepository(root) {
    let dir;
    try {
        dir = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return true;
    }
    for (;;) {
        try {
            if ((0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, '.git'), { throwIfNoEntry: false }) || (0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, 'HEAD'), { throwIfNoEntry: false }))
                return true;
        }
        catch {
            return true;
        }
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return false;
        dir = parent;
    }
}
/** Entries relative to `root`, sorted by path, without duplicates. */
async function listGitFiles(root) {
    if (!mayBeInGitRepository(root))
        return { kind: 'not-a-work-tree' };
    // The four git runs start together (they only read); their answers are looked at in order below.
    const [probe, rootIgnored, tracked, untracked] = await Promise.all([
        runGit(root, ['rev-parse', '--is-inside-work-tree']),
        runGit(root, ['check-ignore', '-q', '.']),
        runGit(root, ['ls-files', '-z', '--cached', '--stage']),
        runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    if (probe.code === 'ENOENT')
        return { kind: 'not-a-work-tree' };
    if (probe.code !== 0) {
        if (/not a git repository/i.test(probe.stderr))
            return { kind: 'not-a-work-tree' };
        return { kind: 'failed', reason: firstLine(probe.stderr) };
    }
    if (probe.stdout.toString('utf8').trim() !== 'true')
        return { kind: 'not-a-work-tree' };
    if (rootIgnored.code === 0)
        return { kind: 'root-ignored' };
    // Two listings: tracked entries with their index mode (so symlinks and submodules are known without a
    // stat of every file), then untracked entries that no ignore rule excludes.
    if (tracked.code !== 0)
        return { kind: 'failed', reason: firstLine(tracked.stderr) };
    if (untracked.code !== 0)
        return { kind: 'failed', reason: firstLine(untracked.stderr) };
    // The listings are read in place (no string per record, no map: a large repository lists 100k+ files).
    // The paths are views of the decoded listing: those kept beyond discovery are copied (detachedCopy).
    const trackedEntries = [];
    const listed = tracked.stdout.toString('utf8');
    for (let at = 0; at < listed.length;) {
        const end = endOfRecord(listed, at);
        // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
        const tab = listed.indexOf('\t', at);
        if (tab !== -1 && tab < end) {
            const space = listed.indexOf(' ', at);
            trackedEntries.push({ path: listed.slice(tab + 1, end), mode: modeOf(listed.slice(at, space === -1 || space > tab ? tab : space)) });
        }
        at = end + 1;
    }
    const untrackedEntries = [];
    const others = untracked.stdout.toString('utf8');
    for (let at = 0; at < others.length;) {
        const end = endOfRecord(others, at);
        if (end > at)
            untrackedEntries.push({ path: others.slice(at, end) });
        at = end + 1;
    }
    return { kind: 'listed', entries: sortedWithoutDuplicates(trackedEntries, untrackedEntries), unopened: unopenedFolders(untracked.stderr) };
}
/**
 * The tracked entries, then the untracked ones, stably sorted by path, of equal paths the first only (a
 * conflicted path's first stage, a tracked entry before an untracked one). git lists each kind sorted by
 * the bytes of its paths, which is code-unit order too unless a path holds characters beyond U+FFFF or a
 * name that is not UTF-8: the two sorted lists are merged (no comparator calls: 100k+ paths), and sorted
 * only where one is out of order.
 */
function sortedWithoutDuplicates(tracked, others) {
    if (!isSortedByPath(tracked) || !isSortedByPath(others)) {
        const all = tracked.concat(others);
        all.sort((a, b) => compareStrings(a.path, b.path));
        return all.filter((e, i) => i === 0 || all[i - 1].path !== e.path);
    }
    const out = [];
    let last;
    let j = 0;
    for (const t of tracked) {
        for (; j < others.length && others[j].path < t.path; j++) {
            const o = others[j];
            if (o.path !== last)
                out.push(o);
            last = o.path;
        }
        if (t.path !== last)
            out.push(t);
        last = t.path;
    }
    for (; j < others.length; j++) {
        const o = others[j];
        if (o.path !== last)
            out.push(o);
        last = o.path;
    }
    return out;
}
function isSortedByPath(entries) {
    for (let k = 1; k < entries.length; k++)
        if (entries[k - 1].path > entries[k].path)
            return false;
    return true;
}
/**
 * git's "could not open directory 'PATH/': REASON" warnings (dir.c). git cuts a warning at 4 KiB, so a
 * very long path may come without its end.
 */
function unopenedFolders(stderr) {
    const prefix = "warning: could not open directory '";
    const out = [];
    for (const line of stderr.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const rest = line.slice(prefix.length);
        const close = rest.lastIndexOf("'");
        const found = close === -1 ? { path: `${rest}…`, reason: 'path too long to show' } : { path: rest.slice(0, close), reason: rest.slice(close + 1).replace(/^:\s*/, '') || 'no reason given' };
        out.push({ path: found.path.replace(/\/$/, ''), reason: found.reason });
    }
    return out;
}
function endOfRecord(listing, at) {
    const end = listing.indexOf('\0', at);
    return end === -1 ? listing.length : end;
}
const MODES = new Map(['100644', '100755', '120000', '160000'].map((m) => [m, m]));
/** One string per usual mode, not one per entry. */
function modeOf(mode) {
    return MODES.get(mode) ?? mode;
}
/** Plain code-unit order: the same on every machine and locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A copy of a string that shares no storage with the one it was cut from. V8 keeps a substring as a
 * view of its parent, so one path cut from git's listing (megabytes in a large repository) or one line
 * cut from a file would keep the whole listing or file alive as long as it is kept.
 */
function detachedCopy(text) {
    return Buffer.from(text, 'utf16le').toString('utf16le');
}


/***/ }),

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_WILDCARDS, MAX_GLOB_GLOBSTARS, MAX_GLOB_LENGTH */
/**
 * What a glob may hold. picomatch turns a glob into a backtracking regular expression, so some globs take
 * time that grows as a power of the path's length when they do not match: three `**` against a path of
 * 2,000 folders took 19 s, `{a,aa,aaa,aaaa}*` three times over 4 s on one 250-character name, twenty
 * `{a,a}` in a row 145 ms (twice that for each one more), and an extended glob like `@(a+|a+)+c` grows
 * exponentially. So wildcard runs and brace groups are counted together. A policy file can
 * come from the pull request being scanned, so its `ignore` globs are checked before use, and so are the
 * include and exclude globs of the CLI and the Action, for the same clear error.
 *
 * Measured worst cases within these limits (4,000-character paths): about 40 ms per path.
 */
/** Wildcard runs (`*`, `**`) and brace groups (`{…}`) together. */
const MAX_GLOB_WILDCARDS = 3;
const MAX_GLOB_GLOBSTARS = 2;
const MAX_GLOB_LENGTH = 1024;
/** Why a glob is refused, or undefined when it is within the limits. */
function globProblem(glob) {
    // picomatch throws on an empty pattern; an empty glob would match nothing anyway.
    if (glob.length === 0)
        return 'empty (a glob needs at least one character)';
    if (glob.length > MAX_GLOB_LENGTH)
        return `longer than ${MAX_GLOB_LENGTH} characters`;
    if (/[@!+*?]\(/.test(glob))
        return 'extended glob syntax like @(…), +(…) or !(…) is not supported';
    const runs = glob.match(/\*+/g) ?? [];
    const braces = glob.match(/\{/g)?.length ?? 0;
    if (runs.length + braces > MAX_GLOB_WILDCARDS)
        return `more than ${MAX_GLOB_WILDCARDS} wildcards and brace groups (*, ** or {…}) together: such a glob can take minutes on a long path`;
    if (runs.filter((r) => r.length > 1).length > MAX_GLOB_GLOBSTARS)
        return `more than ${MAX_GLOB_GLOBSTARS} ** wildcards: such a glob can take minutes on a deep path`;
    return undefined;
}


/***/ }),

/***/ 3379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KG: () => (/* binding */ DEFAULT_PROFILE),
  jI: () => (/* binding */ PROFILES),
  Xg: () => (/* binding */ PROFILE_IDS)
});

;// CONCATENATED MODULE: ./src/policy/profiles/common.ts
/** Never acceptable anywhere TLS is used: no encryption, export, RC4, MD5 MACs (RFC 9325 §4.1). */
const BROKEN_CLASSES = ['nullEncryption', 'export', 'rc4', 'md5Mac'];
const NO_DEMANDS = {
    minProtocol: null,
    maxProtocol: null,
    tls: 'optional',
    tlsOffered: false,
    forbiddenCipherClasses: [],
    authOnlyAfterTls: false,
    certificateRequired: false,
};
/**
 * Opportunistic inbound MX: any TLS beats plaintext (RFC 7435, RFC 3207): never require TLS on port 25.
 * Where port 25 offers SASL AUTH at all (smtpd_sasl_auth_enable in main.cf reaches it), passwords must
 * not travel in cleartext there either (RFC 8314 §4): smtpd_tls_auth_only hides AUTH until STARTTLS and
 * does not affect server-to-server delivery, which never authenticates.
 */
const OPPORTUNISTIC_MX = {
    ...NO_DEMANDS,
    tls: 'must-not-require',
    tlsOffered: true,
    certificateRequired: true,
    maxProtocol: 'TLSv1.3',
    authOnlyAfterTls: true,
};
/** Submission carrying passwords (RFC 8314, RFC 9325 §3.1-3.2): TLS 1.2+, TLS required, AUTH only after TLS. */
const STRICT_SUBMISSION = {
    minProtocol: 'TLSv1.2',
    maxProtocol: 'TLSv1.3',
    tls: 'required',
    tlsOffered: true,
    // Anonymous suites stay: Postfix offers them by default and MUAs never pick them (reference §5.2).
    forbiddenCipherClasses: [...BROKEN_CLASSES, 'tripleDes'],
    authOnlyAfterTls: true,
    certificateRequired: true,
};
/**
 * Baseline's loopback/unix server (reference postfix-semantics §5.3 item 5): the traffic never leaves
 * the host, and no standard in the reference speaks about it.
 */
const LOCAL_ONLY = NO_DEMANDS;
/**
 * Baseline's outbound client (smtp, lmtp): opportunistic by default (RFC 7435; a failed handshake
 * retries in plaintext, reference §0.3), so no floor on *_tls_protocols and TLS never required; where
 * delivery must be encrypted (level encrypt or stronger, TLS policy tables) the mandatory list decides
 * (postfix-semantics §3.3), and there RFC 8996 holds: TLS 1.2 or newer. No NULL encryption anywhere.
 */
const OPPORTUNISTIC_CLIENT = { ...NO_DEMANDS, forbiddenCipherClasses: ['nullEncryption'], minProtocolMandatory: 'TLSv1.2' };
/** Every role stated explicitly: no role falls back to "no demands" silently. */
function statedRoles(s) {
    const roles = {};
    const roleBasis = {};
    for (const [role, st] of Object.entries(s)) {
        roles[role] = st.policy;
        roleBasis[role] = { basis: st.basis, inheritsBaseline: st.inheritsBaseline === true };
    }
    return { roles, roleBasis };
}

;// CONCATENATED MODULE: ./src/policy/profiles/baseline.ts

/**
 * The default: RFC 8314 + RFC 9325 for submission (TLS 1.2+, TLS required, AUTH only after TLS), an
 * opportunistic-friendly MX (port 25 must not require TLS and must not refuse old TLS: plaintext is
 * worse, RFC 7435 / RFC 3207), opportunistic outbound delivery with TLS 1.2+ where it is enforced.
 */
const baseline = {
    id: 'baseline',
    version: '1.2.0',
    title: 'Baseline: RFC 8314 + RFC 9325 submission, opportunistic MX',
    description: 'Submission (587/465) requires TLS 1.2 or newer and AUTH only after TLS; port 25 stays opportunistic and keeps old TLS versions (refusing them means plaintext); outbound delivery (smtp and lmtp) is opportunistic, with TLS 1.2+ where it is enforced.',
    sources: [
        { title: 'RFC 8314: Cleartext Considered Obsolete (submission)', ref: 'https://www.rfc-editor.org/rfc/rfc8314' },
        { title: 'RFC 9325: Recommendations for Secure Use of TLS (BCP 195)', ref: 'https://www.rfc-editor.org/rfc/rfc9325' },
        { title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1', ref: 'https://www.rfc-editor.org/rfc/rfc8996' },
        { title: 'RFC 7435: Opportunistic Security; RFC 3207 §4 (public MX must not require TLS)', ref: 'https://www.rfc-editor.org/rfc/rfc3207' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, forbiddenCipherClasses: ['nullEncryption'] },
            basis: 'RFC 3207 §4 (a publicly referenced MX must not require TLS); RFC 7435 (any TLS beats plaintext: no protocol floor, since refusing old TLS means plaintext); RFC 9325 §4.1 (no NULL encryption); TLS 1.3 kept (RFC 9325 §3.1.1); AUTH, where port 25 offers it, only after TLS (RFC 8314 §4).',
        },
        submission: {
            policy: STRICT_SUBMISSION,
            basis: 'RFC 8314 §3, §4 (require TLS, no cleartext credentials: smtpd_tls_auth_only); RFC 8996 and RFC 9325 §3.1.1 (TLS 1.2+, TLS 1.3 supported); RFC 9325 §4.1 (no NULL, export, RC4, MD5; no 3DES).',
        },
        submissions: {
            policy: STRICT_SUBMISSION,
            basis: 'RFC 8314 §3 (implicit TLS on 465: the mandatory lists apply); otherwise as submission.',
        },
        'other-public': {
            policy: { ...STRICT_SUBMISSION, tls: 'optional' },
            basis: 'A public smtpd on another port: RFC 9325 §3.1.1 and §4.1 wherever TLS is used, RFC 8314 §4 for AUTH; TLS not required (who connects there is unknown).',
        },
        'local-only': {
            policy: LOCAL_ONLY,
            basis: 'Loopback or unix-socket smtpd (content-filter re-injection, reference postfix-semantics §5.3 item 5): the traffic never leaves the host; no standard in the reference addresses it. Validity rules (invalid lists, dead services) still apply.',
        },
        'client-smtp': {
            policy: OPPORTUNISTIC_CLIENT,
            basis: 'RFC 7435: outbound delivery stays opportunistic (no floor on smtp_tls_protocols, TLS not required: a failed handshake retries in plaintext); where TLS is enforced (encrypt or stronger, smtp_tls_policy_maps) smtp_tls_mandatory_protocols decides and RFC 8996 asks for TLS 1.2+; RFC 9325 §4.1 (no NULL encryption).',
        },
        'client-lmtp': {
            policy: OPPORTUNISTIC_CLIENT,
            basis: 'LMTP usually reaches the local store over a unix socket (no TLS). Where lmtp_tls_security_level enforces TLS, lmtp_tls_mandatory_protocols decides and RFC 8996 asks for TLS 1.2+, as for smtp.',
        },
    }),
    live: {
        minRsaBits: 2048,
        minDhBits: 2048,
        basis: 'RFC 9325 (reference tls-policies §A.8: RSA ≥ 2048, DH ≥ 2048, ECC ≥ 224 bits; exact wording unverified there).',
    },
    legacyParameters: 'notice',
};

;// CONCATENATED MODULE: ./src/policy/profiles/bsi-tr-02102-2.ts


/** TR-02102-2 §3.3.1 recommended TLS 1.2 suites Postfix can use (no CHACHA20, no SHA-1 CBC, no CCM_8; reference §A.3). */
const TLS12 = [
    'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384',
    'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384',
    'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256',
    'DHE-DSS-AES128-GCM-SHA256', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-DSS-AES128-SHA256', 'DHE-DSS-AES256-SHA256',
];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256'];
const CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'];
const server = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: CLASSES,
    allowedCiphers: TLS12,
    allowedTls13Ciphersuites: TLS13,
};
const RULES = 'TR-02102-2 2022-01 §3.2 (TLS 1.2 and 1.3 recommended; TLS 1.0/1.1 not recommended, SSL must not) and §3.3.1 (recommended suites: (EC)DHE with AES-GCM/CCM/CBC-SHA2, TLS 1.3 without CHACHA20)';
const bsiTr021022 = {
    id: 'bsi-tr-02102-2',
    version: '2022.01.1',
    title: 'BSI TR-02102-2 (Use of TLS), version 2022-01',
    description: 'TLS 1.2/1.3 with (EC)DHE and AES-GCM/CCM/CBC-SHA2 suites; no CHACHA20. Opt-in: it conflicts with the TLSRef lists and Postfix defaults. Outbound: TLS 1.2+ where TLS is enforced.',
    sources: [
        { title: 'BSI TR-02102-2 2022-01 §3.2, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'stfbk/tls-compliance-dataset@998299b:markdown/' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: CLASSES, allowedCiphers: TLS12, allowedTls13Ciphersuites: TLS13 },
            basis: `${RULES}. The TR makes no exception for opportunistic SMTP; requiring TLS stays wrong on a public MX (RFC 3207 §4).`,
        },
        submission: { policy: server, basis: `${RULES}; TLS required and AUTH only after TLS from RFC 8314.` },
        submissions: { policy: server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...server, tls: 'optional' }, basis: `${RULES}; TLS not required (the TR does not say).` },
        'local-only': {
            policy: baseline.roles['local-only'],
            basis: 'The reference extraction of the TR says nothing about loopback or unix-socket services: baseline applies.',
            inheritsBaseline: true,
        },
        'client-smtp': {
            policy: { ...baseline.roles['client-smtp'], minProtocolMandatory: 'TLSv1.2' },
            basis: 'The reference extraction does not separate clients from servers. Where delivery enforces TLS, §3.2 (TLS 1.2+) applies to smtp_tls_mandatory_protocols; opportunistic delivery keeps baseline (RFC 7435: a refused handshake means plaintext).',
        },
        'client-lmtp': {
            policy: baseline.roles['client-lmtp'],
            basis: 'Not addressed in the reference extraction: baseline applies (TLS 1.2+ where lmtp enforces TLS, the same floor as §3.2).',
            inheritsBaseline: true,
        },
    }),
    live: {
        groups: ['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1', 'brainpoolP256r1tls13', 'brainpoolP384r1tls13', 'brainpoolP512r1tls13', 'ffdhe3072', 'ffdhe4096'],
        minRsaBits: 3000,
        minDhBits: 3000,
        basis: 'TR-02102-2 groups: NIST P-256/384/521, brainpool, ffdhe3072/4096 (x25519 not mentioned, ffdhe2048 only until 2022); RSA and DH ≥ 3000 bits.',
    },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/ncsc-nl-2025.ts


/** "Sufficient" or better (NCSC-NL TLS guidelines 2025-05, as internet.nl's mail test applies them, reference §A.2). */
const SUFFICIENT_TLS12 = [
    'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305',
];
const ncsc_nl_2025_TLS13 = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256'];
const ncsc_nl_2025_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'];
const ncsc_nl_2025_server = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: ncsc_nl_2025_CLASSES,
    allowedCiphers: SUFFICIENT_TLS12,
    allowedTls13Ciphersuites: ncsc_nl_2025_TLS13,
};
const TIERS = 'NCSC-NL 2025-05 tiers: TLS 1.0/1.1 insufficient, TLS 1.2 sufficient, TLS 1.3 good; suites outside the sufficient list (static RSA, CBC-SHA1, 3DES, RC4, CCM_8) insufficient';
const ncscNl2025 = {
    id: 'ncsc-nl-2025',
    version: '2025.05.1',
    title: 'NCSC-NL TLS guidelines 2025-05 (sufficient or better)',
    description: 'TLS 1.0/1.1 insufficient everywhere, including port 25 (internet.nl probes only port 25); static RSA, CBC-SHA1, 3DES, RC4 insufficient; DHE phase-out. Outbound delivery: baseline (the reference has no outbound text).',
    sources: [
        { title: 'NCSC-NL ICT-beveiligingsrichtlijnen voor TLS (2025-05)', ref: 'https://www.ncsc.nl/en/transport-layer-security/ICT-beveiligingsrichtlijnen-voor-TLS' },
        { title: 'internet.nl "Update to NCSC 2025 requirements"', ref: 'internetstandards/Internet.nl@397777a2:checks/tasks/tls/tls_constants.py' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: ncsc_nl_2025_CLASSES, allowedCiphers: SUFFICIENT_TLS12, allowedTls13Ciphersuites: ncsc_nl_2025_TLS13 },
            basis: `${TIERS}. internet.nl's mail test probes exactly this role (port 25 of every MX) and requires STARTTLS to be offered; requiring TLS stays wrong (RFC 3207 §4).`,
        },
        submission: {
            policy: ncsc_nl_2025_server,
            basis: `${TIERS}; internet.nl does not test submission ports, so the guideline's general tiers apply. TLS required and AUTH only after TLS from RFC 8314.`,
        },
        submissions: { policy: ncsc_nl_2025_server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...ncsc_nl_2025_server, tls: 'optional' }, basis: `${TIERS}; TLS not required (the guideline does not say).` },
        'local-only': {
            policy: baseline.roles['local-only'],
            basis: 'The guideline and internet.nl address connections over networks; a loopback or unix-socket smtpd is not addressed: baseline applies.',
            inheritsBaseline: true,
        },
        'client-smtp': {
            policy: baseline.roles['client-smtp'],
            basis: 'The reference has no NCSC-NL text about outbound SMTP (internet.nl judges only the receiving side): baseline applies, which already asks TLS 1.2+ (NCSC-NL: below is insufficient) where delivery enforces TLS.',
            inheritsBaseline: true,
        },
        'client-lmtp': {
            policy: baseline.roles['client-lmtp'],
            basis: 'Not addressed by the guideline or internet.nl: baseline applies.',
            inheritsBaseline: true,
        },
    }),
    live: {
        groups: ['X25519MLKEM768', 'SecP256r1MLKEM768', 'SecP384r1MLKEM1024', 'secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'X25519', 'X448', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1', 'ffdhe3072', 'ffdhe4096', 'ffdhe6144', 'ffdhe8192'],
        minRsaBits: 2048,
        minDhBits: 3072,
        basis: 'NCSC-NL 2025-05 key exchange: ffdhe2048 and self-generated groups insufficient, ffdhe3072+ phase-out, the listed curves sufficient, hybrid ML-KEM groups good; RSA certificates ≥ 3072 sufficient, 2048-3071 phase-out, < 2048 insufficient. Postfix 3.8-3.10 default tls_ffdhe_auto_groups = "ffdhe2048 ffdhe3072".',
    },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/nist-sp800-52r2.ts


/** SP 800-52r2 §3.3.1 TLS 1.2 suites Postfix can use (no CHACHA20; CBC-SHA1 and CCM_8 allowed; reference §A.4). */
const nist_sp800_52r2_TLS12 = [
    'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES256-CCM8',
    'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA',
    'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA',
    'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-CCM8', 'DHE-RSA-AES256-CCM8',
    'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA',
];
const nist_sp800_52r2_TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256'];
const nist_sp800_52r2_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes'];
const nist_sp800_52r2_server = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: nist_sp800_52r2_CLASSES,
    allowedCiphers: nist_sp800_52r2_TLS12,
    allowedTls13Ciphersuites: nist_sp800_52r2_TLS13,
};
const nist_sp800_52r2_RULES = 'SP 800-52r2 §3.1 (TLS 1.2 required, TLS 1.3 expected; SSL must not; TLS 1.0/1.1 not recommended for citizen- or business-facing servers) and §3.3.1 (the suites listed; "all not listed MUST NOT"; CHACHA20 not FIPS-approved)';
const nistSp80052r2 = {
    id: 'nist-sp800-52r2',
    version: '2019.08.1',
    title: 'NIST SP 800-52 Rev. 2 (August 2019)',
    description: 'TLS 1.2 minimum with FIPS-based suites (no CHACHA20); static RSA only for transition (not listed here). Outbound: TLS 1.2+ where TLS is enforced.',
    sources: [
        { title: 'NIST SP 800-52r2 §3.1, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'https://www.nist.gov/news-events/news/2019/08/guidelines-selection-configuration-and-use-transport-layer-security-tls' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: nist_sp800_52r2_CLASSES, allowedCiphers: nist_sp800_52r2_TLS12, allowedTls13Ciphersuites: nist_sp800_52r2_TLS13 },
            basis: `${nist_sp800_52r2_RULES}. Applied to port 25 as to any server; requiring TLS stays wrong on a public MX (RFC 3207 §4).`,
        },
        submission: { policy: nist_sp800_52r2_server, basis: `${nist_sp800_52r2_RULES}; TLS required and AUTH only after TLS from RFC 8314.` },
        submissions: { policy: nist_sp800_52r2_server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...nist_sp800_52r2_server, tls: 'optional' }, basis: `${nist_sp800_52r2_RULES}; TLS not required (the guideline does not say).` },
        'local-only': {
            policy: baseline.roles['local-only'],
            basis: 'The reference covers servers reached over networks only; loopback and unix-socket services are not addressed: baseline applies.',
            inheritsBaseline: true,
        },
        'client-smtp': {
            policy: baseline.roles['client-smtp'],
            basis: 'The reference has only the server text of SP 800-52r2 (its client section is not in the reference): baseline applies, whose TLS 1.2+ where delivery enforces TLS matches §3.1\'s floor.',
            inheritsBaseline: true,
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: 'Not addressed in the reference: baseline applies.', inheritsBaseline: true },
    }),
    live: {
        groups: ['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'X25519', 'X448', 'ffdhe2048', 'ffdhe3072', 'ffdhe4096', 'ffdhe6144', 'ffdhe8192'],
        minRsaBits: 2048,
        minDhBits: 2048,
        basis: 'SP 800-52r2 groups: P-256 or P-384 required, P-521 optional, x25519/x448 recommended in the dataset, ffdhe2048-8192 optional; RSA certificates ≥ 2048 (≥ 3072 beyond 2030).',
    },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/pci-dss-4.ts


const pci_dss_4_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes'];
const strong = { ...STRICT_SUBMISSION, forbiddenCipherClasses: pci_dss_4_CLASSES };
const FAQ = 'PCI SSC FAQ on Appendix A2: SSL and early TLS are not strong cryptography and may not be used as a security control (req. 4.2.1, 8.2.1 for credentials in transit); PCI publishes no suite list, so NULL/EXPORT/RC4/3DES/anonymous are excluded as not strong';
/**
 * PCI DSS v4 (req. 4.2.1, 8.2.1; Appendix A2): no SSL or early TLS as a security control. PCI publishes
 * no suite list (reference §A.5): TLS 1.2 minimum where credentials travel, no NULL/EXPORT/RC4/3DES/anonymous.
 */
const pciDss4 = {
    id: 'pci-dss-4',
    version: '4.0.1',
    title: 'PCI DSS v4 (strong cryptography for credentials in transit)',
    description: 'TLS 1.2 minimum on submission and other public services; port 25 stays opportunistic but must not offer SSL/early TLS; outbound: TLS 1.2+ where TLS is enforced.',
    sources: [
        { title: 'PCI SSC FAQ: Appendix A2 after the SSL/early TLS migration deadline', ref: 'https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/How-does-PCI-DSS-Appendix-A2-apply-after-the-SSL-early-TLS-migration-deadline' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.1', forbiddenCipherClasses: pci_dss_4_CLASSES },
            basis: `${FAQ}. Port 25 carries no credentials and stays opportunistic (RFC 3207 §4), but "early TLS enabled but not needed must be disabled": TLS 1.1+ there.`,
        },
        submission: { policy: strong, basis: `${FAQ}; submission carries credentials: TLS 1.2+ (the assessors' "strong cryptography"), TLS required and AUTH only after TLS (RFC 8314).` },
        submissions: { policy: strong, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...strong, tls: 'optional' }, basis: `${FAQ}; a public smtpd may take AUTH: TLS 1.2+, AUTH only after TLS; TLS not required.` },
        'local-only': { policy: baseline.roles['local-only'], basis: 'Traffic that never leaves the host is not "in transit" over a network: the FAQ does not address it; baseline applies.', inheritsBaseline: true },
        'client-smtp': {
            policy: baseline.roles['client-smtp'],
            basis: 'Outbound MX delivery carries no credentials: the FAQ does not address it; baseline applies (TLS 1.2+ where TLS is enforced). A relay login (smtp_sasl_auth_enable) does carry credentials: require TLS to that relay in smtp_tls_policy_maps — not judged by a rule yet.',
            inheritsBaseline: true,
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: 'Not addressed by the FAQ: baseline applies.', inheritsBaseline: true },
    }),
    live: { basis: 'PCI names no groups or key sizes: the NIST lists are the assessors\' usual reference (use nist-sp800-52r2 for them).' },
    legacyParameters: 'notice',
};

;// CONCATENATED MODULE: ./src/policy/profiles/tlsref.ts


const SOURCES = [
    { title: 'TLSRef server-side TLS guideline 6.0 (successor of Mozilla Server Side TLS)', ref: 'https://data.tlsref.org/guidelines/6.0.json' },
    { title: 'tlsref/configurator Postfix template', ref: 'tlsref/configurator@1b22dc6:src/js/helpers/postfix.js' },
];
const INTERMEDIATE_TLS12 = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'];
const tlsref_TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
/** Guideline 6.0 groups (`tls_curves`), the same for modern and intermediate (reference §A.1). */
const GROUPS = ['X25519MLKEM768', 'X25519', 'prime256v1', 'secp384r1'];
const INTERMEDIATE_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'dhe', 'cbc', 'sha1Mac'];
const intermediateServer = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: INTERMEDIATE_CLASSES,
    allowedCiphers: INTERMEDIATE_TLS12,
    allowedTls13Ciphersuites: tlsref_TLS13,
};
const modernServer = { ...intermediateServer, minProtocol: 'TLSv1.3', allowedCiphers: [] };
/**
 * The template writes the same floor into smtp_tls_protocols and smtp_tls_mandatory_protocols and
 * keeps smtp_tls_security_level = may (reference §A.1, pitfall (a)); its tls_medium_cipherlist is
 * shared by the client's default "medium" grade. So the outbound client gets the guideline's floor
 * and suites, opportunistic.
 */
const intermediateClient = {
    ...baseline.roles['client-smtp'],
    minProtocol: 'TLSv1.2',
    minProtocolMandatory: 'TLSv1.2',
    maxProtocol: 'TLSv1.3',
    forbiddenCipherClasses: INTERMEDIATE_CLASSES,
    allowedCiphers: INTERMEDIATE_TLS12,
    allowedTls13Ciphersuites: tlsref_TLS13,
};
const modernClient = { ...intermediateClient, minProtocol: 'TLSv1.3', minProtocolMandatory: 'TLSv1.3', allowedCiphers: [] };
const LOCAL = 'The guideline is written for servers that clients reach over a network; a loopback or unix-socket smtpd is not addressed (and the template sets nothing per service): baseline applies.';
const LMTP = 'Neither the guideline nor the Postfix template mentions LMTP (lmtp_tls_*): baseline applies.';
/**
 * Guideline 6.0 "intermediate": TLS 1.2 + 1.3, ECDHE + AEAD suites only. The guideline is written for
 * servers in general; unlike its Postfix template we do not ask port 25 to require TLS (that
 * template's pitfall (a), reference §A.1), but its floor applies to every server role that offers TLS.
 */
const tlsrefIntermediate = {
    id: 'tlsref-intermediate',
    version: '6.0.1',
    title: 'TLSRef (Mozilla) intermediate, guideline 6.0',
    description: 'TLS 1.2 and 1.3 with ECDHE + AEAD suites on every server role and on outbound delivery, as the TLSRef Postfix template writes it; port 25 stays opportunistic (TLS not required).',
    sources: SOURCES,
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: INTERMEDIATE_CLASSES, allowedCiphers: INTERMEDIATE_TLS12, allowedTls13Ciphersuites: tlsref_TLS13 },
            basis: 'Guideline 6.0 intermediate (protocols TLSv1.2/1.3, the six ECDHE AEAD suites, the three TLS 1.3 suites); the template writes smtpd_tls_protocols = >=TLSv1.2 with smtpd_tls_security_level = may, so TLS is not required (RFC 3207 §4).',
        },
        submission: {
            policy: intermediateServer,
            basis: 'Guideline 6.0 intermediate; AUTH only after TLS from the template (smtpd_tls_auth_only = yes); TLS required from RFC 8314 (the guideline does not speak about requiring TLS).',
        },
        submissions: { policy: intermediateServer, basis: 'As submission; implicit TLS uses the mandatory lists, which the template sets to the same floor.' },
        'other-public': {
            policy: { ...intermediateServer, tls: 'optional' },
            basis: 'Guideline 6.0 intermediate for any server; TLS not required (the guideline does not say), AUTH only after TLS (template).',
        },
        'local-only': { policy: baseline.roles['local-only'], basis: LOCAL, inheritsBaseline: true },
        'client-smtp': {
            policy: intermediateClient,
            basis: 'Template: smtp_tls_protocols and smtp_tls_mandatory_protocols = >=TLSv1.2, smtp_tls_security_level = may (opportunistic, not required), tls_medium_cipherlist = the six suites (the client\'s default grade).',
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: LMTP, inheritsBaseline: true },
    }),
    live: { groups: GROUPS, minRsaBits: 2048, basis: 'Guideline 6.0 intermediate: groups X25519MLKEM768, X25519, prime256v1, secp384r1; ECDSA or RSA ≥ 2048 certificates.' },
    legacyParameters: 'warning',
};
/** Guideline 6.0 "modern": TLS 1.3 only. */
const tlsrefModern = {
    id: 'tlsref-modern',
    version: '6.0.1',
    title: 'TLSRef (Mozilla) modern, guideline 6.0',
    description: 'TLS 1.3 only on every server role and on outbound delivery, as the TLSRef Postfix template writes it; port 25 stays opportunistic (TLS not required).',
    sources: SOURCES,
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.3', allowedTls13Ciphersuites: tlsref_TLS13 },
            basis: 'Guideline 6.0 modern (TLSv1.3 only, the three TLS 1.3 suites); the template writes >=TLSv1.3 with smtpd_tls_security_level = may: TLS not required (RFC 3207 §4).',
        },
        submission: { policy: modernServer, basis: 'Guideline 6.0 modern; AUTH only after TLS from the template; TLS required from RFC 8314.' },
        submissions: { policy: modernServer, basis: 'As submission (implicit TLS: the mandatory lists, set to >=TLSv1.3 by the template).' },
        'other-public': { policy: { ...modernServer, tls: 'optional' }, basis: 'Guideline 6.0 modern for any server; TLS not required (the guideline does not say).' },
        'local-only': { policy: baseline.roles['local-only'], basis: LOCAL, inheritsBaseline: true },
        'client-smtp': {
            policy: modernClient,
            basis: 'Template for modern: smtp_tls_protocols and smtp_tls_mandatory_protocols = >=TLSv1.3, level may (opportunistic, not required). Destinations without TLS 1.3 then get plaintext: a knowing choice of this profile.',
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: LMTP, inheritsBaseline: true },
    }),
    live: { groups: GROUPS, basis: 'Guideline 6.0 modern: groups X25519MLKEM768, X25519, prime256v1, secp384r1; ECDSA (P-256/P-384) certificates only.' },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/index.ts






const PROFILES = new Map([baseline, tlsrefIntermediate, tlsrefModern, ncscNl2025, bsiTr021022, nistSp80052r2, pciDss4].map((p) => [p.id, p]));
const DEFAULT_PROFILE = 'baseline';
const PROFILE_IDS = [...PROFILES.keys()];


/***/ }),

/***/ 6575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ DEFAULT_POSTFIX_VERSION),
/* harmony export */   KN: () => (/* binding */ isSupportedPostfixVersion),
/* harmony export */   Vh: () => (/* binding */ supportedMinorOf),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   nh: () => (/* binding */ SUPPORTED_POSTFIX_VERSIONS),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/** Postfix release numbers: parsing, comparison, and the versions this project models. */
/** Minor releases whose built-in defaults are modelled (see index.ts for the data). */
const SUPPORTED_POSTFIX_VERSIONS = Object.freeze([
    '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11',
]);
/** The version assumed when the user names none: the oracle installed here is 3.7. */
const DEFAULT_POSTFIX_VERSION = '3.7';
/**
 * Parse "3.7", "3.7.11", "3.10", " 3.11.0 " or a snapshot "3.12-20260821[-nonprod]".
 * Returns undefined for anything else (never throws).
 */
function parseVersion(text) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(\d{8})(?:-nonprod)?)?$/.exec(text.trim());
    if (!m)
        return undefined;
    const v = { major: Number(m[1]), minor: Number(m[2]) };
    if (m[3] !== undefined)
        v.patch = Number(m[3]);
    if (m[4] !== undefined)
        v.snapshot = m[4];
    if (v.patch !== undefined && v.snapshot !== undefined)
        return undefined;
    return v;
}
function asVersion(v) {
    if (typeof v !== 'string')
        return v;
    const parsed = parseVersion(v);
    if (!parsed)
        throw new RangeError(`not a Postfix version: ${JSON.stringify(v)}`);
    return parsed;
}
/**
 * Numeric comparison (so "3.10" > "3.9"): negative, 0 or positive. A missing patch level
 * counts as 0, so "3.7" == "3.7.0" < "3.7.11". Throws RangeError on unparsable strings.
 */
function compareVersions(a, b) {
    const x = asVersion(a);
    const y = asVersion(b);
    return x.major - y.major || x.minor - y.minor || (x.patch ?? 0) - (y.patch ?? 0);
}
/** "3.7" for any 3.7.x; undefined when the major.minor release is not modelled. */
function supportedMinorOf(version) {
    const v = typeof version === 'string' ? parseVersion(version) : version;
    if (!v || v.snapshot !== undefined)
        return undefined;
    const minor = `${v.major}.${v.minor}`;
    return SUPPORTED_POSTFIX_VERSIONS.includes(minor) ? minor : undefined;
}
function isSupportedPostfixVersion(version) {
    return supportedMinorOf(version) !== undefined;
}


/***/ }),

/***/ 7341:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ modeFromPort),
/* harmony export */   In: () => (/* binding */ POLICY_ROLE_OF),
/* harmony export */   Sf: () => (/* binding */ parseTargetSpec),
/* harmony export */   hu: () => (/* binding */ parseTarget),
/* harmony export */   je: () => (/* binding */ targetName),
/* harmony export */   qX: () => (/* binding */ roleFromPort),
/* harmony export */   sS: () => (/* binding */ TARGET_ROLES)
/* harmony export */ });
/** "host:port", "[v6addr]:port"; throws a readable error otherwise. */
function parseTarget(text) {
    const m = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:\s]+):(\d+)$/.exec(text);
    if (!m)
        throw new Error(`target "${text}" is not HOST:PORT (IPv6: [ADDR]:PORT)`);
    const port = Number(m[2]);
    if (port < 1 || port > 65535)
        throw new Error(`target "${text}": port out of range`);
    return { host: m[1], port };
}
/** Role from the well-known port (known_tcp_ports: lmtp=24, smtp=25, submissions=465, submission=587). */
function roleFromPort(port, implicit) {
    if (port === 25)
        return { role: 'mx', reason: 'port 25' };
    if (port === 587)
        return { role: 'submission', reason: 'port 587' };
    if (port === 465)
        return { role: 'submissions', reason: 'port 465' };
    if (port === 24)
        return { role: 'lmtp', reason: 'port 24' };
    if (implicit)
        return { role: 'submissions', reason: 'implicit TLS observed' };
    return { role: 'other', reason: `port ${port}` };
}
/** The wire mode `auto` starts with. */
function modeFromPort(port) {
    if (port === 465)
        return 'implicit';
    if (port === 24)
        return 'lmtp';
    return 'starttls';
}
/** The policy role a probe role stands for (LMTP servers are local delivery; other ports: a public service). */
const POLICY_ROLE_OF = { mx: 'mx', submission: 'submission', submissions: 'submissions', lmtp: 'local-only', other: 'other-public' };
/** "host:port", with IPv6 addresses in brackets: the name findings and pairings use. */
function targetName(host, port) {
    return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}
/** Roles a target may be given ("HOST:PORT=ROLE"): the probe's own names and the server roles of a policy. */
const TARGET_ROLES = ['mx', 'submission', 'submissions', 'lmtp', 'other', 'other-public', 'local-only'];
const ROLE_PAIRS = {
    mx: { probe: 'mx', policy: 'mx' },
    submission: { probe: 'submission', policy: 'submission' },
    submissions: { probe: 'submissions', policy: 'submissions' },
    lmtp: { probe: 'lmtp', policy: 'local-only' },
    other: { probe: 'other', policy: 'other-public' },
    'other-public': { probe: 'other', policy: 'other-public' },
    'local-only': { probe: 'other', policy: 'local-only' },
};
/** "HOST:PORT" or "HOST:PORT=ROLE"; throws a readable error otherwise. */
function parseTargetSpec(text) {
    const t = text.trim();
    const eq = t.lastIndexOf('=');
    const hostPort = eq >= 0 ? t.slice(0, eq) : t;
    const parsed = parseTarget(hostPort);
    const spec = { ...parsed, target: targetName(parsed.host, parsed.port) };
    if (eq >= 0) {
        const name = t.slice(eq + 1);
        if (!TARGET_ROLES.includes(name))
            throw new Error(`target "${text}": unknown role "${name}" (${TARGET_ROLES.join(', ')})`);
        spec.role = { name: name, ...ROLE_PAIRS[name] };
    }
    return spec;
}


/***/ }),

/***/ 5688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ terminalSafe),
/* harmony export */   y: () => (/* binding */ jsonSafe)
/* harmony export */ });
/**
 * The last step of the CLI's reports on stdout, which a terminal shows and a CI log reads. The
 * formatters already show control characters of paths and values as \xNN; this pass covers what
 * slipped past them (names of parameters and services, C1 controls) and two things no formatter
 * knew about:
 *
 * - The GitHub Actions runner takes a line as a workflow command when it starts with "::" after
 *   leading white space (ActionCommand.TryParseV2 trims first), and it still takes the legacy
 *   "##[command]data" form ANYWHERE in a line (ActionCommand.TryParse: IndexOf("##[")). Config text
 *   in the report (a service named "::error::x", a value "##[add-mask]…") would otherwise forge
 *   annotations or masks when the CLI runs in a workflow step (actions/runner
 *   src/Runner.Common/ActionCommand.cs).
 * - Bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) reorder what a
 *   terminal shows ("Trojan Source").
 *
 * `--diff` and `postconf` print config text verbatim by design (a patch to apply, postconf's bytes).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Leading white space as .NET's String.TrimStart removes it (char.IsWhiteSpace), CR/LF aside. */
const LEADING_COMMAND = /^([\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/gm;
/** The characters terminalSafe escapes, and whether a line starts a workflow command: for a fast "no". */
const ESCAPED_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const STARTS_COMMAND = /^[\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*::/m;
const hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, '0');
/** Human-readable report text: no control or bidi character, no line the runner reads as a command. */
function terminalSafe(text) {
    // Nearly every report needs none of it: the passes below would each copy the text for nothing.
    if (!ESCAPED_CHARACTER.test(text) && !text.includes('##[') && !(text.includes('::') && STARTS_COMMAND.test(text)))
        return text;
    return text
        .replace(CONTROL, (c) => `\\x${hex(c, 2)}`)
        .replace(BIDI, (c) => `\\u${hex(c, 4)}`)
        .replace(/##\[/g, '#\\x23[')
        .replace(LEADING_COMMAND, '$1\\x3a');
}
/**
 * JSON text with the same guarantees and the same data: these characters can only occur inside
 * JSON strings, where "\u0023" is "#" and "\u009b" is U+009B. (JSON.stringify already escapes C0
 * controls; its output never starts a line with "::".)
 */
const JSON_ESCAPED_CHARACTER = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
function jsonSafe(json) {
    if (!JSON_ESCAPED_CHARACTER.test(json) && !json.includes('##['))
        return json;
    return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${hex(c, 4)}`).replace(BIDI, (c) => `\\u${hex(c, 4)}`).replace(/##\[/g, '#\\u0023[');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version; a test keeps it equal to package.json's. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
