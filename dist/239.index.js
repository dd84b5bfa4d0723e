export const id = 239;
export const ids = [239];
export const modules = {

/***/ 5239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditSets: () => (/* binding */ auditSets),
  auditSetsInOrder: () => (/* binding */ auditSetsInOrder),
  serveAuditWorker: () => (/* binding */ serveAuditWorker)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/listing.ts
function listingOf(loaded) {
    const { set, main, master } = loaded;
    const listing = {
        directory: set.directory,
        files: set.files.map((f) => ({ path: f.path, kind: f.kind, ...(f.template ? { template: f.template } : {}) })),
        masterIsStock: loaded.masterIsStock,
        hasMain: set.main !== undefined,
        diagnostics: loaded.diagnostics,
    };
    if (main) {
        listing.main = {
            path: main.source.path,
            parameters: main.entries.map((e) => ({
                name: e.name,
                value: e.value,
                file: main.source.path,
                line: e.nameSpan.start.line,
                column: e.nameSpan.start.column,
                effective: main.values.get(e.name) === e,
                templated: e.templated,
            })),
        };
    }
    if (master) {
        listing.master = {
            path: master.source.path,
            services: master.services.map((s) => ({
                name: s.name,
                type: s.type,
                command: s.command,
                file: master.source.path,
                line: s.line.firstLine,
                templated: s.templated,
                options: s.options.map((o) => ({ name: o.name, value: o.value, line: o.span.start.line, column: o.span.start.column, templated: o.templated })),
                strayArguments: s.strayArguments.map((a) => ({ text: a.text, line: a.span.start.line, column: a.span.start.column })),
            })),
        };
    }
    return listing;
}

// EXTERNAL MODULE: ./src/model/config-set-model.ts + 8 modules
var config_set_model = __webpack_require__(2532);
// EXTERNAL MODULE: ./src/model/namespace.ts + 1 modules
var namespace = __webpack_require__(9733);
// EXTERNAL MODULE: ./src/model/version.ts
var version = __webpack_require__(2621);
;// CONCATENATED MODULE: ./src/model/index.ts
/** The effective TLS model (issue 3): see config-set-model.ts. */





// EXTERNAL MODULE: ./src/discover/stock-master-cf.ts
var stock_master_cf = __webpack_require__(6860);
// EXTERNAL MODULE: ./src/postfix/main-cf.ts
var main_cf = __webpack_require__(9188);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/postfix/source.ts
var postfix_source = __webpack_require__(7900);
// EXTERNAL MODULE: ./src/postfix/templates.ts
var templates = __webpack_require__(5858);
;// CONCATENATED MODULE: ./src/postfix/config-set.ts





/** Discovery already read (and size-checked) each file; it is decoded here, never read again. */
function sourceOf(file) {
    const source = (0,postfix_source/* makeSource */.mt)(file.path, file.bytes);
    // Discovery searched the same decoded text: its placeholders need not be searched again.
    if (file.placeholders)
        (0,templates/* seedPlaceholders */.QO)(source, file.placeholders);
    return source;
}
let stockMaster;
/** The stock master.cf is the same text for every set that lacks one: parsed once, shared (read-only). */
function stockMasterCf() {
    return (stockMaster ??= (0,master_cf/* parseMasterCf */.PA)((0,postfix_source/* makeSource */.mt)(`(stock master.cf: ${stock_master_cf/* STOCK_MASTER_CF_ORIGIN */.Pc})`, stock_master_cf/* STOCK_MASTER_CF */.OK)));
}
function loadConfigSet(set) {
    const diagnostics = [];
    const mainSource = set.main ? sourceOf(set.main) : undefined;
    const masterSource = set.master ? sourceOf(set.master) : undefined;
    const mainOverrideSource = set.mainOverride ? sourceOf(set.mainOverride) : undefined;
    const masterOverrideSource = set.masterOverride ? sourceOf(set.masterOverride) : undefined;
    const main = mainSource ? (0,main_cf/* parseMainCf */.g)(mainSource) : undefined;
    const masterIsStock = !set.master;
    const master = masterSource
        ? (0,master_cf/* parseMasterCf */.PA)(masterSource)
        : masterIsStock && set.main
            ? stockMasterCf()
            : undefined;
    const mainOverride = mainOverrideSource ? (0,main_cf/* parseMainCf */.g)(mainOverrideSource) : undefined;
    for (const parsed of [main, master, mainOverride])
        if (parsed)
            for (const d of parsed.diagnostics)
                diagnostics.push(d);
    return {
        set,
        ...(main ? { main } : {}),
        ...(master ? { master } : {}),
        masterIsStock,
        ...(mainOverride ? { mainOverride } : {}),
        ...(masterOverrideSource ? { masterOverrideSource } : {}),
        diagnostics,
    };
}

// EXTERNAL MODULE: ./src/fix/edits.ts
var edits = __webpack_require__(5130);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 1 modules
var evaluate = __webpack_require__(6012);
;// CONCATENATED MODULE: ./src/policy/combine-fixes.ts
/**
 * All findings' fixes as one set of edits. Taken in report order, a fix joins the combination only
 * when its edits do not overlap the ones already taken and the combined edits of its config set still
 * verify as a whole (combinationVerified); otherwise it is left out and its finding keeps its own fix.
 */




const sameEdit = (a, b) => a.file === b.file && a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn && a.replacement === b.replacement;
function combineFixes(findings, models, policy) {
    const texts = new Map([...sourcesOf(models)].map(([p, s]) => [p, s.text]));
    // A finding belongs to the set whose file it is in: variants of one directory (master.cf.debian.erb,
    // master.cf.redhat.erb) are separate sets with the same root.
    const modelOfRoot = new Map(models.map((m) => [m.root, m]));
    const modelOfFile = new Map();
    for (const m of models)
        for (const file of sourcesOf([m]).keys())
            modelOfFile.set(file, m);
    // Each config set on its own (fixes of one set never touch another set's files), in report order.
    const bySet = new Map();
    for (const f of findings) {
        if (!f.fix)
            continue;
        const model = modelOfFile.get(f.file) ?? modelOfRoot.get(f.configSet);
        const list = bySet.get(model);
        if (list)
            list.push(f);
        else
            bySet.set(model, [f]);
    }
    const decided = new Map();
    for (const [model, list] of bySet)
        for (const [f, d] of decideFixesOfSet(list, model, policy, texts))
            decided.set(f, d);
    return assembleFixes(findings, decided, texts);
}
/**
 * The fixes of one config set's findings (`list`, in report order), each taken, skipped or
 * conflicting. `texts`: the set's files by path, as text or as their SourceTexts (whose line starts
 * are then not computed again). Usually all fixes of a set hold together: one re-analysis of the
 * whole combination. Only when it fails is the combination built up one fix at a time, each step
 * verified.
 */
function decideFixesOfSet(list, model, policy, texts) {
    const whole = combineSet(list, texts, () => true);
    const taken = list.filter((f) => typeof whole.get(f) === 'object');
    const together = !model || taken.length < 2 || (0,evaluate.combinationVerified)(model, policy, taken.flatMap((f) => whole.get(f).fresh), taken);
    return together ? whole : combineSet(list, texts, (edits, fixed) => (0,evaluate.combinationVerified)(model, policy, edits, fixed));
}
/**
 * Fixes of one set in order: a fix whose edits overlap ones already taken is skipped; the same edit
 * offered by several findings (one main.cf line behind several services) is taken once; a fix after
 * the first joins only when `verified` accepts the combination with it.
 */
function combineSet(list, texts, verified) {
    const out = new Map();
    const setEdits = [];
    const fixed = [];
    const byFile = new Map();
    const lineStarts = new Map();
    for (const f of list) {
        const fresh = f.fix.edits.filter((e) => !setEdits.some((x) => sameEdit(x, e)));
        try {
            // Only the files this fix touches can newly overlap.
            for (const [file, mine] of (0,edits/* editsByFile */.dG)(fresh)) {
                const t = texts.get(file);
                if (t === undefined)
                    throw new edits/* EditError */.F(`edit for a file that is not part of the config set: ${file}`);
                const text = typeof t === 'string' ? t : t.text;
                // A SourceText's line starts are lineStartsOf(its text) (makeSource computes them the same way).
                let starts = lineStarts.get(file);
                if (!starts)
                    lineStarts.set(file, (starts = typeof t === 'string' ? (0,edits/* lineStartsOf */.xV)(t) : t.lineStarts));
                (0,edits/* resolveEdits */.Oo)(text, [...(byFile.get(file) ?? []), ...mine], starts);
            }
        }
        catch (e) {
            if (!(e instanceof edits/* EditError */.F))
                throw e;
            out.set(f, 'skipped');
            continue;
        }
        if (fresh.length > 0 && fixed.length > 0 && !verified([...setEdits, ...fresh], [...fixed, f])) {
            out.set(f, 'conflicting');
            continue;
        }
        setEdits.push(...fresh);
        fixed.push(f);
        for (const e of fresh) {
            const l = byFile.get(e.file);
            if (l)
                l.push(e);
            else
                byFile.set(e.file, [e]);
        }
        out.set(f, { fresh });
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/report.ts
var report = __webpack_require__(2742);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/discover/regular-file.ts
var regular_file = __webpack_require__(3354);
;// CONCATENATED MODULE: ./src/policy/suppressions.ts
/**
 * Inline suppressions and baselines.
 *
 * A whole-line comment `# postfix-tls-audit: ignore <rule>[,<rule>...] -- reason` suppresses those
 * rules' findings on the setting right below it (the comment block directly above the finding's
 * line). A suppression that matches no finding is itself reported (rule "unused-suppression").
 * A baseline (a previous `scan --format json` output, or a JSON list of fingerprints) suppresses
 * findings by fingerprint, which does not depend on line numbers.
 */



/** The rule id of a suppression that matched nothing. */
const UNUSED_SUPPRESSION = 'unused-suppression';
/**
 * Rule words separated by blanks, then optionally "--" and a reason. Each blank run either separates two
 * words or starts the "--", never both, so the match takes linear time. It reads every line as the lazy
 * `ignore[ \t]+([\w,\- \t]+?)(?:[ \t]+--[ \t]*(.*))?[ \t]*$` it replaced (which backtracked
 * quadratically on a long run of blanks), also its forms with blanks and no rule word (the last two
 * alternatives: such a comment suppresses nothing and is reported as unused).
 */
const SUPPRESSION_MARKER = /^[ \t]*#[ \t]*postfix-tls-audit:[ \t]*ignore(?:[ \t]+([A-Za-z0-9_,-]+(?:[ \t]+(?!--)[A-Za-z0-9_,-]+)*)(?:[ \t]+--(.*)|[ \t]*)|[ \t]{3,}--(.*)|[ \t]{2,})$/;
function suppressionsIn(source) {
    const out = [];
    const lines = source.text.split('\n');
    lines.forEach((raw, i) => {
        const m = SUPPRESSION_MARKER.exec(raw.replace(/\r$/, ''));
        if (m)
            out.push({ file: source.path, line: i + 1, rules: (m[1] ?? '').split(/[\s,]+/).filter(Boolean), reason: (m[2] ?? m[3] ?? '').trim() });
    });
    return out;
}
/** Whether the lines strictly between the comment and the finding's line are all comments. */
function coversLine(lines, comment, line) {
    if (line <= comment)
        return false;
    for (let l = comment + 1; l < line; l++)
        if (!/^[ \t]*#/.test(lines[l - 1] ?? ''))
            return false;
    return true;
}
/** Drop suppressed findings; add an "unused-suppression" finding for each suppression that matched nothing. */
function applySuppressions(findings, models, policy) {
    const sources = (0,report/* sourcesOf */.u)(models);
    const kept = [];
    const used = new Set();
    // Per file: its suppressions and its lines (split once; a repository has thousands of files).
    const perFile = new Map();
    const all = [];
    for (const source of sources.values()) {
        if (!source.text.includes('postfix-tls-audit'))
            continue;
        const list = suppressionsIn(source);
        if (list.length === 0)
            continue;
        perFile.set(source.path, { list, lines: source.text.split('\n') });
        all.push(...list);
    }
    for (const f of findings) {
        const here = perFile.get(f.file);
        const s = here?.list.find((x) => (x.rules.includes(f.ruleId) || x.rules.includes('all')) && coversLine(here.lines, x.line, f.line));
        if (s)
            used.add(`${s.file}:${s.line}`);
        else
            kept.push(f);
    }
    const level = policy.rules[UNUSED_SUPPRESSION]?.level;
    if (level !== 'off') {
        const modelOfFile = new Map();
        for (const m of models) {
            for (const file of [m.mainCf, m.masterCf, m.loaded.mainOverride?.source.path, m.loaded.masterOverrideSource?.path]) {
                if (typeof file === 'string' && !modelOfFile.has(file))
                    modelOfFile.set(file, m);
            }
        }
        for (const s of all) {
            if (used.has(`${s.file}:${s.line}`))
                continue;
            const model = modelOfFile.get(s.file);
            kept.push({
                ruleId: UNUSED_SUPPRESSION,
                severity: level ?? 'warning',
                message: `"postfix-tls-audit: ignore ${s.rules.join(', ')}" suppresses nothing: no such finding on the setting below it (remove the comment, or fix its rule id).`,
                file: s.file,
                line: s.line,
                column: 1,
                endLine: s.line,
                endColumn: 1,
                configSet: model?.root ?? '.',
                service: null,
                role: null,
                fingerprint: (0,external_node_crypto_.createHash)('sha256').update([UNUSED_SUPPRESSION, s.file, s.rules.join(',')].join('\u0000')).digest('hex').slice(0, 16),
            });
        }
    }
    return kept;
}
/**
 * Fingerprints from a baseline file: `scan --format json` output, or a JSON array of fingerprints; a
 * sentence saying what is wrong otherwise (an entry that is neither used to be skipped without a word,
 * so a wrong file suppressed nothing and said nothing).
 */
function baselineFingerprints(json) {
    const list = Array.isArray(json) ? json : json && typeof json === 'object' ? json.findings : undefined;
    if (!Array.isArray(list))
        return 'it is neither scan --format json output nor a JSON array of fingerprints';
    const out = new Set();
    for (const [i, x] of list.entries()) {
        if (typeof x === 'string')
            out.add(x);
        else if (x && typeof x.fingerprint === 'string')
            out.add(x.fingerprint);
        else
            return Array.isArray(json) ? `entry ${i + 1} is not a fingerprint string` : `finding ${i + 1} has no fingerprint string`;
    }
    return out;
}
/** A baseline file is JSON text; this bound keeps a device or a runaway file from exhausting memory. */
const MAX_BASELINE_FILE_BYTES = (/* unused pure expression or super */ null && (128 * 1024 * 1024));
/**
 * The fingerprints of a baseline file. Only a regular file of at most MAX_BASELINE_FILE_BYTES is read
 * (a FIFO would block, /dev/zero would fill memory until the process aborted); throws a readable message.
 */
function readBaselineFile(file) {
    const text = readRegularFile(file, MAX_BASELINE_FILE_BYTES, ' (a JSON array of the fingerprints alone is much smaller)').toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not JSON (${error.message})`);
    }
    const fingerprints = baselineFingerprints(json);
    if (typeof fingerprints === 'string')
        throw new Error(`not a baseline: ${fingerprints}`);
    return fingerprints;
}

;// CONCATENATED MODULE: ./src/audit-set.ts







function auditSet(set, options) {
    const { policy, baseline } = options;
    const loaded = loadConfigSet(set);
    const model = (0,config_set_model/* buildConfigSetModel */.E)(loaded, options.modelOptions);
    const own = (0,report/* sourcesOf */.u)([model]);
    const kept = applySuppressions((0,evaluate.evaluatePolicy)([model], policy), [model], policy).filter((f) => !baseline?.has(f.fingerprint));
    // applySuppressions appends the suppressions that matched nothing; a judgement of the whole
    // repository puts them after every other finding, so they are kept apart.
    const findings = kept.filter((f) => f.ruleId !== UNUSED_SUPPRESSION);
    const unused = kept.filter((f) => f.ruleId === UNUSED_SUPPRESSION);
    const result = { listing: listingOf(loaded), sources: [...own.values()], findings, unused };
    if (options.combineFixes) {
        const decided = decideFixesOfSet(findings.filter((f) => f.fix), model, policy, own);
        result.decisions = findings.flatMap((f, i) => {
            const d = decided.get(f);
            return d === undefined ? [] : [[i, d]];
        });
    }
    if (options.keepModel)
        result.model = model;
    return result;
}

;// CONCATENATED MODULE: ./src/audit-worker-entry.ts
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

;// CONCATENATED MODULE: ./src/audit-workers.ts
/**
 * Config sets audited in parallel, on request: each set is independent (auditSet), so a repository with
 * many sets can be shared out to worker threads, one set at a time, with the results put back in
 * discovery order. Off by default (see workerCount for the measurement).
 *
 * A worker runs the entry point's own file (the bundle), which calls serveAuditWorker() first; the
 * entry point names itself with enableAuditWorkers() (src/audit-worker-entry.ts). Without that (tests
 * run the sources in-process), for a handful of sets, or unless POSTFIX_TLS_AUDIT_WORKERS asks for
 * them, everything runs on the calling thread.
 */





const WORKER_KIND = 'postfix-tls-audit/audit-set';
/** Below this many sets, starting workers (each loads the bundle) costs more than it saves. */
const MIN_SETS_FOR_WORKERS = 24;
const MAX_WORKERS = 8;
/** Requests a worker holds at once: the next set is already there when it finishes one. */
const IN_FLIGHT = 2;
/**
 * Results cross threads as JSON text: for these plain object trees it is several times cheaper than
 * structured cloning (a 1,000-set scan spent ~10 % of a worker's time in postMessage). The sources'
 * line-start tables are rebuilt on arrival instead of being sent.
 */
function toWire(result) {
    return JSON.stringify({ ...result, sources: result.sources.map(({ path, text, encoding }) => ({ path, text, encoding })) });
}
function fromWire(json) {
    const result = JSON.parse(json);
    result.sources = result.sources.map((s) => (0,postfix_source/* makeSource */.mt)(s.path, s.text, s.encoding));
    return result;
}
/**
 * In a worker started by auditSets(): serve its requests and return true (the entry point then does
 * nothing else). On the main thread, or in any other worker: false.
 */
function serveAuditWorker() {
    const init = external_node_worker_threads_.workerData;
    if (external_node_worker_threads_.isMainThread || !external_node_worker_threads_.parentPort || init?.kind !== WORKER_KIND)
        return false;
    const port = external_node_worker_threads_.parentPort;
    const { baseline, ...rest } = init.options;
    const options = { ...rest, ...(baseline ? { baseline: new Set(baseline) } : {}) };
    port.on('message', ({ index, set }) => {
        let reply;
        try {
            reply = { index, json: toWire(auditSet(revive(set), options)) };
        }
        catch (error) {
            reply = { index, error: error.stack ?? String(error) };
        }
        port.postMessage(reply);
    });
    port.postMessage({ ready: true });
    return true;
}
/** Structured cloning turns Buffers into plain Uint8Arrays. */
function revive(set) {
    const file = (f) => ({ ...f, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) });
    const files = set.files.map(file);
    // The clone keeps shared references: main is still one of files.
    const same = (f) => files[set.files.indexOf(f)] ?? file(f);
    return {
        ...set,
        files,
        ...(set.main ? { main: same(set.main) } : {}),
        ...(set.master ? { master: same(set.master) } : {}),
        ...(set.mainOverride ? { mainOverride: same(set.mainOverride) } : {}),
        ...(set.masterOverride ? { masterOverride: same(set.masterOverride) } : {}),
    };
}
/**
 * Worker threads only on request (POSTFIX_TLS_AUDIT_WORKERS=N). Measured on the 2-CPU machines this
 * project is built on, they never paid: V8 already runs garbage collection and compilation on the
 * second CPU, and every worker compiles the whole analysis again from cold (1,000 sets: 5.6 s on one
 * thread, 7.5 s with two workers; 100 sets: 1.5 s against 2.2 s). Machines with more CPUs may differ.
 */
function workerCount(sets) {
    const configured = process.env.POSTFIX_TLS_AUDIT_WORKERS;
    if (configured === undefined || !/^\d+$/.test(configured) || sets < MIN_SETS_FOR_WORKERS)
        return 0;
    return Math.min(Number(configured), MAX_WORKERS, (0,external_node_os_.availableParallelism)() * 2);
}
/** auditSet() of every set, in order; on worker threads when enabled and worth it. */
async function auditSets(sets, options) {
    const results = [];
    await auditSetsInOrder(sets, options, (result) => results.push(result));
    return results;
}
/**
 * auditSet() of every set, each result handed to `each` in discovery order as soon as it and every set
 * before it are judged (a caller that keeps only part of each result then never holds them all). A set
 * is not read again once its result is handed on: `each` may let it go.
 */
async function auditSetsInOrder(sets, options, each) {
    const entry = auditWorkerEntry();
    const count = entry === undefined || options.keepModel ? 0 : workerCount(sets.length);
    if (count === 0) {
        sets.forEach((set, i) => each(auditSet(set, options), i));
        return;
    }
    const { baseline, ...rest } = options;
    const init = { kind: WORKER_KIND, options: { ...rest, ...(baseline ? { baseline: [...baseline] } : {}) } };
    let next = 0;
    let done = 0;
    let anyReady = false;
    let failure;
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    const live = new Set();
    const retired = [];
    // Results from workers arrive out of order: each waits here until the ones before it are handed on.
    const waiting = new Map();
    let handed = 0;
    const arrived = (index, result) => {
        waiting.set(index, result);
        try {
            for (let r = waiting.get(handed); r !== undefined; r = waiting.get(handed)) {
                waiting.delete(handed);
                each(r, handed++);
            }
        }
        catch (error) {
            failure ??= error;
        }
    };
    // The calling thread audits a set itself when a worker fails on it or dies holding it: an error in the
    // analysis is then thrown here, as without workers.
    const inline = (index) => {
        try {
            arrived(index, auditSet(sets[index], options));
        }
        catch (error) {
            failure ??= error;
        }
        done++;
    };
    const settle = () => {
        if (done === sets.length || failure !== undefined)
            finish();
    };
    const give = (worker, holding) => {
        while (holding.size < IN_FLIGHT && next < sets.length && failure === undefined) {
            holding.add(next);
            worker.postMessage({ index: next, set: sets[next] });
            next++;
        }
        if (holding.size === 0) {
            live.delete(worker);
            retired.push(worker.terminate());
        }
    };
    for (let i = 0; i < count; i++) {
        const worker = new external_node_worker_threads_.Worker(entry, { workerData: init, stdout: true, stderr: true });
        worker.unref();
        live.add(worker);
        const holding = new Set();
        worker.on('message', (reply) => {
            if ('ready' in reply)
                anyReady = true;
            else {
                holding.delete(reply.index);
                if ('json' in reply) {
                    arrived(reply.index, fromWire(reply.json));
                    done++;
                }
                else
                    inline(reply.index);
            }
            give(worker, holding);
            settle();
        });
        const lost = () => {
            if (!live.delete(worker))
                return;
            for (const index of holding)
                inline(index);
            holding.clear();
            // With no worker left, the calling thread takes the rest.
            if (live.size === 0)
                while (next < sets.length && failure === undefined)
                    inline(next++);
            settle();
        };
        worker.on('error', lost);
        worker.on('exit', lost);
    }
    // Until a worker is up (it loads the whole bundle first) the calling thread works too.
    while (!anyReady && next < sets.length && failure === undefined) {
        inline(next++);
        await new Promise((resolve) => setImmediate(resolve));
    }
    settle();
    await finished;
    // Their heaps are freed before the caller builds its report.
    await Promise.all([...retired, ...[...live].map((worker) => worker.terminate())]);
    if (failure !== undefined)
        throw failure;
}


/***/ })

};
