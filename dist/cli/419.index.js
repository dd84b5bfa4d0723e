export const id = 419;
export const ids = [419];
export const modules = {

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qx: () => (/* binding */ auditRepository),
  tb: () => (/* binding */ loadPolicy)
});

// UNUSED EXPORTS: MAX_POLICY_FILE_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/discover/index.ts + 3 modules
var discover = __webpack_require__(2128);
// EXTERNAL MODULE: ./src/discover/git-listing.ts + 1 modules
var git_listing = __webpack_require__(2319);
// EXTERNAL MODULE: ./src/discover/regular-file.ts
var regular_file = __webpack_require__(3354);
// EXTERNAL MODULE: ./src/fix/diff.ts
var fix_diff = __webpack_require__(2404);
// EXTERNAL MODULE: ./src/fix/edits.ts
var fix_edits = __webpack_require__(5130);
// EXTERNAL MODULE: ./src/report/findings-text.ts
var findings_text = __webpack_require__(8188);
;// CONCATENATED MODULE: ./src/policy/assemble-fixes.ts
/** The decided fixes as one combination, in the order of `findings`. */
function assembleFixes(findings, decided, texts) {
    const edits = [];
    const applied = [];
    const skipped = [];
    const conflicting = [];
    for (const f of findings) {
        const d = decided.get(f);
        if (d === undefined)
            continue;
        if (d === 'skipped')
            skipped.push(f);
        else if (d === 'conflicting')
            conflicting.push(f);
        else {
            edits.push(...d.fresh);
            applied.push(f);
        }
    }
    return { edits, texts, applied, skipped, conflicting };
}

// EXTERNAL MODULE: ./src/policy/default-policy.ts
var default_policy = __webpack_require__(9150);
// EXTERNAL MODULE: ./src/policy/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3379);
;// CONCATENATED MODULE: ./src/audit.ts
/**
 * The whole audit of one repository, shared by the CLI and the Action: load the policy, scan, build
 * the models, judge them, and (on demand) combine the verified fixes. It never prints.
 */











/**
 * The analysis: parsers, models, rules, fix verification, and the policy file's parser. This module
 * imports it when a scan needs it (a chunk of its own in the bundles): a policy file is read, or
 * discovery found a config set. A tree without either (the Action's cold start on an empty workspace,
 * issue 8) is reported without loading it.
 */
let analysis;
function loadAnalysis() {
    return (analysis ??= Promise.all([__webpack_require__.e(/* import() */ 699).then(__webpack_require__.bind(__webpack_require__, 8699)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6012))]).then(([workers, evaluate]) => ({
        auditSetsInOrder: workers.auditSetsInOrder,
        modelOptionsFor: evaluate.modelOptionsFor,
        sortFindings: evaluate.sortFindings,
    })));
}
async function loadPolicy(source) {
    const file = source.file !== undefined ? external_node_path_default().resolve(source.cwd, source.file) : external_node_path_default().join(source.root, default_policy/* DEFAULT_POLICY_PATH */.l);
    if (source.file === undefined && !(0,external_node_fs_.existsSync)(file)) {
        const policy = (0,default_policy/* policyFromProfile */.Q)(source.profile);
        if (!policy)
            return { ok: false, messages: [`unknown profile "${source.profile}" (${profiles/* PROFILE_IDS */.Xg.join(', ')})`], errors: [] };
        return { ok: true, policy };
    }
    let text;
    try {
        // The default policy file belongs to the scanned tree, which a pull request controls: like discovery,
        // it must not lead out of that tree through a symbolic link (to /proc/self/environ, say, whose text
        // a policy error would quote).
        text = readPolicyFile(file, source.file === undefined ? source.root : undefined);
    }
    catch (error) {
        return { ok: false, messages: [`cannot read policy ${source.file ?? file}: ${error.message}`], errors: [] };
    }
    const shownFile = external_node_path_default().relative(source.cwd, file) || file;
    const { parsePolicy } = await __webpack_require__.e(/* import() */ 281).then(__webpack_require__.bind(__webpack_require__, 9281));
    const loaded = await parsePolicy(shownFile, text, source.profile);
    if (!loaded.ok) {
        return { ok: false, errors: loaded.errors, messages: loaded.errors.map((e) => `${e.file}:${e.line}:${e.column}: policy error: ${e.message}`) };
    }
    return { ok: true, policy: loaded.policy, file };
}
/** A policy file is a few kilobytes; a larger one is refused before it is parsed. */
const MAX_POLICY_FILE_BYTES = 1024 * 1024;
/**
 * A policy file's text: a regular file (a FIFO or device is refused without blocking on it), at most
 * MAX_POLICY_FILE_BYTES, and with `confinedTo`, one whose real path stays inside that folder.
 */
function readPolicyFile(file, confinedTo) {
    if (confinedTo !== undefined) {
        const real = (0,external_node_fs_.realpathSync)(file);
        if ((0,regular_file/* isOutside */._)((0,external_node_fs_.realpathSync)(confinedTo), real)) {
            throw new Error(`it is a symbolic link that leads outside the scanned folder (to ${real}); not read`);
        }
    }
    return (0,regular_file/* readRegularFile */.X)(file, MAX_POLICY_FILE_BYTES).toString('utf8');
}
/**
 * The config sets are audited one at a time (auditSets: on worker threads when enabled) and only plain
 * results are kept, unless keepModels asks for the models.
 */
async function auditRepository(root, options) {
    const { policy, postfixVersion, baseline, keepModels = true, combineFixes: combine = true, retain = 'files', onDiscovered, onSet, ...scanOptions } = options;
    // A caller that started git's listing itself (the CLI, before it loads this module) waits for git:
    // time to load the analysis in. Otherwise it is loaded once discovery has found a config set.
    const early = scanOptions.gitListing ? loadAnalysis() : undefined;
    early?.catch(() => { }); // awaited below; not an unhandled rejection while discovery runs
    const discovery = await (0,discover/* discoverConfigSets */.LL)(root, scanOptions);
    onDiscovered?.(discovery);
    const engine = early || discovery.sets.length > 0 ? await loadAnalysis() : undefined;
    const realPaths = new Map();
    for (const set of discovery.sets)
        for (const f of set.files)
            if (f.realPath !== undefined)
                realPaths.set(f.path, f.realPath);
    const listings = [];
    const models = [];
    const sources = new Map();
    const kept = new KeptForReport(realPaths);
    const judged = [];
    const unused = [];
    const decided = new Map();
    const { sets } = discovery;
    // Without a config set there is nothing to audit, and no finding to sort.
    if (engine) {
        const setOptions = { policy, modelOptions: engine.modelOptionsFor(policy, postfixVersion), ...(baseline ? { baseline } : {}), combineFixes: combine, keepModel: keepModels };
        await engine.auditSetsInOrder(sets, setOptions, (result, index) => {
            // The set's files (their bytes) are let go as soon as it is judged.
            delete sets[index];
            const audit = retain === 'files' ? result : detached(result, onSet === undefined);
            if (onSet)
                onSet(audit.listing, index);
            else
                listings.push(audit.listing);
            if (audit.model)
                models.push(audit.model);
            judged.push(...audit.findings);
            unused.push(...audit.unused);
            for (const [i, d] of audit.decisions ?? [])
                decided.set(audit.findings[i], d);
            if (retain === 'files')
                for (const source of audit.sources)
                    sources.set(source.path, source);
            else
                kept.add(audit);
        });
    }
    // As one judgement of all sets orders them: sorted (a stable sort of per-set sorted lists), then the
    // unused suppressions in file order.
    const findings = [...(engine ? engine.sortFindings(judged) : judged), ...unused];
    let combined;
    const fixes = () => {
        if (!combine)
            throw new Error('auditRepository: fixes() after an audit with combineFixes: false');
        if (retain !== 'files')
            throw new Error("auditRepository: fixes() after an audit with retain: 'report'");
        return (combined ??= assembleFixes(findings, decided, new Map([...sources].map(([file, source]) => [file, source.text]))));
    };
    const fixesDiff = () => {
        if (retain === 'files') {
            const all = fixes();
            const encodingOf = (file) => sources.get(file)?.encoding ?? 'utf8';
            return { ...(0,fix_diff/* unifiedDiffByRealFile */.lO)(all.texts, all.edits, realPaths, encodingOf), applied: all.applied.length, edits: all.edits.length };
        }
        if (!combine)
            throw new Error('auditRepository: fixesDiff() after an audit with combineFixes: false');
        // The edits in report order only tell the order of the files; each file's diff was made with its set.
        const order = assembleFixes(findings, decided, new Map());
        return { ...kept.diffOf((0,fix_edits/* editsByFile */.dG)(order.edits).keys()), applied: order.applied.length, edits: order.edits.length };
    };
    const findingLine = retain === 'files' ? (file, line) => (0,findings_text/* lineText */.oZ)(sources.get(file), line) : (file, line) => kept.line(file, line);
    return { listing: { root, sets: listings, diagnostics: discovery.diagnostics }, models, sources, policy, findings, fixes, fixesDiff, findingLine };
}
/**
 * What the reports show of the sets' files (retain 'report'): the lines of the findings' excerpts and
 * each file's diff of its set's combined fixes. Copies, not slices: V8 keeps a substring as a view of the
 * string it was cut from, so one kept line would keep its whole file.
 */
class KeptForReport {
    realPaths;
    lines = new Map();
    diffs = new Map();
    /** The text and edits of files that share their real file with another path (kept whole: rare). */
    shared = new Map();
    linkTargets;
    constructor(realPaths) {
        this.realPaths = realPaths;
        this.linkTargets = new Set(realPaths.values());
    }
    add(audit) {
        const own = new Map(audit.sources.map((s) => [s.path, s]));
        for (const f of [...audit.findings, ...audit.unused]) {
            const source = own.get(f.file);
            if (!source)
                continue;
            let lines = this.lines.get(f.file);
            if (!lines)
                this.lines.set(f.file, (lines = new Map()));
            const { first, last } = (0,findings_text/* shownLines */.TV)(f);
            for (let l = first; l <= last; l++) {
                const t = lines.has(l) ? undefined : (0,findings_text/* lineText */.oZ)(source, l);
                if (t !== undefined)
                    lines.set(l, (0,git_listing/* detachedCopy */.mt)(t));
            }
        }
        if (!audit.decisions)
            return;
        // A set's fixes touch only its own files, and in the same order as among all findings (their
        // sort is stable), so each file's diff is the one the combination of all sets gives.
        const set = assembleFixes(audit.findings, new Map(audit.decisions.map(([i, d]) => [audit.findings[i], d])), new Map());
        for (const [file, edits] of (0,fix_edits/* editsByFile */.dG)(set.edits)) {
            const source = own.get(file);
            if (source === undefined)
                throw new Error(`edit for a file that is not given: ${file}`);
            if (this.realPaths.has(file) || this.linkTargets.has(file))
                this.shared.set(file, { path: file, text: (0,git_listing/* detachedCopy */.mt)(source.text), edits });
            else
                this.diffs.set(file, (0,fix_diff/* unifiedDiffOfFile */.Hj)(file, source.text, edits));
        }
    }
    line(file, line) {
        return this.lines.get(file)?.get(line);
    }
    /** The diff of these files, in this order, one section per real file (unifiedDiffByRealFile). */
    diffOf(files) {
        // Each real file's section where its first path comes, as unifiedDiffByRealFile orders them.
        const parts = [];
        const groups = new Map();
        for (const file of files) {
            const member = this.shared.get(file);
            if (member === undefined) {
                parts.push(this.diffs.get(file) ?? '');
                continue;
            }
            const real = this.realPaths.get(file) ?? file;
            let group = groups.get(real);
            if (!group) {
                groups.set(real, (group = new Map()));
                parts.push(group);
            }
            (0,fix_diff/* addPathEdits */.KK)(group, real, member);
        }
        let diff = '';
        const withheld = [];
        for (const part of parts) {
            if (typeof part === 'string')
                diff += part;
            else {
                const real = (0,fix_diff/* diffOfRealFiles */.ky)(part);
                diff += real.diff;
                withheld.push(...real.withheld);
            }
        }
        return { diff, withheld };
    }
}
/**
 * The parts of a set's result that outlive it, copied (a JSON round trip, as results from worker
 * threads arrive anyway): the findings' messages and fixes, and the listing's values, are built from
 * slices of the set's files, and would keep every file's text alive.
 */
function detached(audit, listingKept) {
    const { findings, unused, decisions } = audit;
    const copied = JSON.parse(JSON.stringify({ findings, unused, decisions, ...(listingKept ? { listing: audit.listing } : {}) }));
    return { ...audit, ...copied };
}


/***/ }),

/***/ 2128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LL: () => (/* binding */ discoverConfigSets)
});

// UNUSED EXPORTS: MAX_DISCOVERED_FILE_BYTES, STOCK_MASTER_CF, STOCK_MASTER_CF_ORIGIN, classifyFileName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/postfix/source.ts
var source = __webpack_require__(7900);
// EXTERNAL MODULE: ./src/postfix/templates.ts
var templates = __webpack_require__(5858);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/file-names.ts
/**
 * Which file names are Postfix configuration files: main.cf and master.cf, docker-mailserver's
 * postfix-main.cf / postfix-master.cf overrides, and template versions of all four
 * (main.cf.j2, master.cf.in, master.cf.debian.erb, ...).
 */

const CONFIG_FILE_KINDS = ['main.cf', 'master.cf', 'postfix-main.cf', 'postfix-master.cf'];
/** Directories never searched, whatever the ignore rules say. */
const ALWAYS_SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const VARIANT = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
/** Classify a base name (no directory); undefined when it is not a config file name. */
function classifyFileName(baseName) {
    // Every config name holds ".cf" (discovery asks about every file of a repository: most fail here).
    if (!baseName.includes('.cf'))
        return undefined;
    for (const kind of CONFIG_FILE_KINDS) {
        if (baseName === kind)
            return { kind, variant: '' };
    }
    const template = (0,templates/* templateLanguageFromName */.Kb)(baseName);
    if (template === undefined)
        return undefined;
    const stem = baseName.slice(0, baseName.lastIndexOf('.'));
    for (const kind of CONFIG_FILE_KINDS) {
        if (stem === kind)
            return { kind, template, variant: '' };
        if (stem.startsWith(`${kind}.`)) {
            const variant = stem.slice(kind.length + 1);
            if (VARIANT.test(variant))
                return { kind, template, variant };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/discover/git-listing.ts + 1 modules
var git_listing = __webpack_require__(2319);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/ignore-rules.ts
/**
 * .gitignore files applied while walking a tree that is not a git work tree. Each .gitignore speaks about
 * paths below its own directory; a deeper file can re-include (`!pattern`) what a shallower one excluded,
 * as in git. A directory that is ignored is not entered, so nothing below it can be re-included (git's
 * rule as well).
 */

class IgnoreChain {
    levels;
    constructor(levels) {
        this.levels = levels;
    }
    static empty() {
        return new IgnoreChain([]);
    }
    /** A chain for a subdirectory whose .gitignore holds `content`. */
    with(base, content) {
        return new IgnoreChain([...this.levels, { base, rules: ignore_default()().add(content) }]);
    }
    /** Is the path (relative to the root, "/" separators) ignored? */
    ignores(relPath, isDirectory) {
        let ignored = false;
        for (const { base, rules } of this.levels) {
            const sub = base === '' ? relPath : relPath.startsWith(`${base}/`) ? relPath.slice(base.length + 1) : undefined;
            if (!sub)
                continue;
            let result;
            try {
                result = rules.test(isDirectory ? `${sub}/` : sub);
            }
            catch {
                continue; // a name the library refuses as a relative path cannot match a rule either
            }
            if (result.ignored)
                ignored = true;
            else if (result.unignored)
                ignored = false;
        }
        return ignored;
    }
}

;// CONCATENATED MODULE: ./src/discover/candidates.ts
/**
 * Finding candidate config files under a root, in one of two ways:
 *  - inside a git work tree, git's own list of files that are tracked or not ignored;
 *  - elsewhere, a walk of the tree that applies .gitignore files itself.
 * Either way node_modules and .git are skipped, and symbolic links are followed only when their target
 * stays inside the root. Directories reached only through a symlink are walked after everything else and
 * only if their real path was not seen yet, so a symlink loop ends and a real path is preferred over a
 * linked one.
 */







class Lister {
    root;
    realRoot;
    candidates = [];
    diagnostics = [];
    /**
     * Real paths of the directories seen. In git mode these include every folder of git's listing (git
     * lists real paths only: it never descends through a symlink), added only when a walk or a linked
     * folder first asks (most git scans never do).
     */
    visited = new Set();
    gitListed;
    /** Real paths of the folders of git-listed config files (gitFileReal). */
    realFolders = new Map();
    deferred = [];
    includes;
    excludes;
    constructor(root, realRoot, options) {
        this.root = root;
        this.realRoot = realRoot;
        const matcherOptions = { dot: true };
        this.includes = options.include?.length ? picomatch_default()(options.include, matcherOptions) : undefined;
        this.excludes = options.exclude?.length ? picomatch_default()(options.exclude, matcherOptions) : undefined;
    }
    excluded(relPath) {
        return this.excludes !== undefined && this.excludes(relPath);
    }
    wanted(relPath) {
        return (this.includes === undefined || this.includes(relPath)) && !this.excluded(relPath);
    }
    inside(real) {
        return real === this.realRoot || real.startsWith(this.realRoot.endsWith(external_node_path_.sep) ? this.realRoot : this.realRoot + external_node_path_.sep);
    }
    report(severity, code, relPath, message) {
        this.diagnostics.push({ severity, code, message, path: relPath === '' ? '.' : relPath });
    }
    /**
     * `real` is the file's real absolute path when known (all but a file git lists that cannot be
     * resolved), or with `realName` the real folder holding it (a walk joins the two only for config files).
     */
    addFile(relPath, absolutePath, real, realName) {
        const name = classifyFileName(external_node_path_.posix.basename(relPath));
        if (!name || !this.wanted(relPath))
            return;
        const candidate = { relPath, absolutePath, name };
        if (real !== undefined) {
            const realPath = external_node_path_.relative(this.realRoot, realName === undefined ? real : external_node_path_.join(real, realName)).split(external_node_path_.sep).join('/');
            if (realPath !== relPath)
                candidate.realPath = realPath;
        }
        this.candidates.push(candidate);
    }
    markVisited(real) {
        this.visited.add(real);
    }
    wasVisited(real) {
        if (this.gitListed) {
            const listed = this.gitListed;
            this.gitListed = undefined;
            // Every prefix of a listed path is a real directory. The listing is sorted: a folder's entries
            // follow each other, so its path is built once.
            const directories = new Set();
            let last = '';
            for (const e of listed) {
                const end = e.path.lastIndexOf('/');
                if (end <= 0 || (end === last.length && e.path.startsWith(last)))
                    continue;
                // Deepest prefix first: once a prefix is known, so are all of its ancestors.
                last = e.path.slice(0, end);
                for (let slash = end; slash > 0; slash = e.path.lastIndexOf('/', slash - 1)) {
                    const dir = e.path.slice(0, slash);
                    if (directories.has(dir))
                        break;
                    directories.add(dir);
                }
            }
            for (const dir of directories)
                this.visited.add(external_node_path_.join(this.realRoot, ...dir.split('/')));
        }
        return this.visited.has(real);
    }
    /** Walk one directory; `relDir` is "" for the root. */
    async walk(relDir, absDir, inherited) {
        let real;
        try {
            real = await (0,promises_.realpath)(absDir);
        }
        catch (error) {
            if (undecodable(relDir) && errorCode(error) === 'ENOENT')
                this.reportUndecodable(relDir, 'directory not searched');
            else
                this.report('warning', 'discover/unreadable-directory', relDir, `cannot resolve directory: ${errorCode(error)}`);
            return;
        }
        if (!this.inside(real)) {
            // Only git's listing can lead here (a directory it names through a symlinked parent, or a
            // crafted index with "../"): the walk itself enters real subdirectories and checked links only.
            this.report('warning', 'discover/outside-root', relDir, `its real path is outside the scanned root (${real}); not searched`);
            return;
        }
        if (this.wasVisited(real))
            return;
        this.visited.add(real);
        let entries;
        try {
            entries = await (0,promises_.readdir)(absDir, { withFileTypes: true });
        }
        catch (error) {
            this.report('warning', 'discover/unreadable-directory', relDir, `directory not searched: ${errorCode(error)}`);
            return;
        }
        entries.sort((a, b) => (0,git_listing/* compareStrings */.Kt)(a.name, b.name));
        let chain = inherited;
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const ignorePath = join(relDir, '.gitignore');
            try {
                chain = chain.with(relDir, await (0,promises_.readFile)(external_node_path_.join(absDir, '.gitignore'), 'utf8'));
            }
            catch (error) {
                this.report('warning', 'discover/unreadable-gitignore', ignorePath, `.gitignore not applied: ${errorCode(error)}`);
            }
        }
        for (const entry of entries) {
            if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name))
                continue;
            const rel = join(relDir, entry.name);
            const abs = external_node_path_.join(absDir, entry.name);
            if (entry.isSymbolicLink()) {
                await this.symlink(rel, abs, chain, real);
            }
            else if (entry.isDirectory()) {
                if (!chain.ignores(rel, true) && !this.excluded(rel))
                    await this.walk(rel, abs, chain);
            }
            else if (entry.isFile()) {
                if (!chain.ignores(rel, false))
                    this.addFile(rel, abs, real, entry.name);
            }
            else if (!chain.ignores(rel, false)) {
                this.notRegular(rel);
            }
        }
    }
    /** A FIFO, socket or device with a config file's name: reported, never opened (a FIFO would block). */
    notRegular(relPath) {
        if (classifyFileName(external_node_path_.posix.basename(relPath)) !== undefined && this.wanted(relPath)) {
            this.report('warning', 'discover/not-a-regular-file', relPath, 'not a regular file (a FIFO, socket or device); not read');
        }
    }
    /**
     * A name that is not valid UTF-8 arrives decoded with U+FFFD in place of its bad bytes, and no file
     * has that name: the file or folder cannot be opened by it.
     */
    reportUndecodable(relPath, what) {
        this.report('warning', 'discover/undecodable-name', relPath, `the path is not valid UTF-8 (shown with U+FFFD), so it cannot be opened; ${what}`);
    }
    /** A symbolic link met in a walk or in git's list; `parentReal` is the real path of its directory. */
    async symlink(relPath, absolutePath, chain, parentReal) {
        if (chain.ignores(relPath, false))
            return;
        const named = classifyFileName(external_node_path_.posix.basename(relPath)) !== undefined;
        let target;
        try {
            target = await (0,promises_.realpath)(absolutePath);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'ELOOP') {
                this.report('warning', 'discover/symlink-loop', relPath, 'symbolic link loops back on itself; not followed');
            }
            else if (named) {
                this.report('warning', 'discover/broken-symlink', relPath, `symbolic link target cannot be resolved (${code})`);
            }
            return;
        }
        let info;
        try {
            info = await (0,promises_.stat)(target);
        }
        catch (error) {
            if (named)
                this.report('warning', 'discover/broken-symlink', relPath, `symbolic link target cannot be read (${errorCode(error)})`);
            return;
        }
        if (!this.inside(target)) {
            if (info.isDirectory() || named) {
                this.report('warning', 'discover/symlink-outside-root', relPath, `symbolic link points outside the scanned root (to ${target}); not followed`);
            }
            return;
        }
        if (info.isDirectory()) {
            if (chain.ignores(relPath, true) || this.excluded(relPath))
                return;
            this.deferred.push({ relPath, absolutePath, realPath: target, chain, linkParentReal: parentReal });
        }
        else if (info.isFile()) {
            this.addFile(relPath, absolutePath, target);
        }
        else {
            this.notRegular(relPath);
        }
    }
    /** Directories reached through symlinks, after all real directories. */
    async walkDeferred() {
        for (let next = this.deferred.shift(); next; next = this.deferred.shift()) {
            if (this.wasVisited(next.realPath)) {
                const parent = next.linkParentReal;
                if (parent === next.realPath || parent.startsWith(next.realPath + external_node_path_.sep)) {
                    this.report('warning', 'discover/symlink-loop', next.relPath, 'symbolic link points to a directory that contains it; not followed');
                }
                continue;
            }
            await this.walk(next.relPath, next.absolutePath, next.chain);
        }
    }
    /** git's list of files. Only entries whose kind the index does not tell are looked at with lstat. */
    async fromGit(entries) {
        // One pass over what may be 100k+ entries: cheap string tests first, paths built only for the few
        // entries that need a look on disk (bench/run.mjs measures this loop).
        const kept = [];
        const looked = [];
        for (const entry of entries) {
            let e = entry;
            if (e.path.endsWith('/'))
                e = { ...e, path: e.path.slice(0, -1) };
            const p = e.path;
            if (mayHaveSkippedSegment(p) && p.split('/').some((s) => ALWAYS_SKIPPED_DIRECTORIES.has(s)))
                continue;
            kept.push(e);
            if (e.mode === undefined || e.mode === '120000' || e.mode === '160000' || mayBeConfigFile(p))
                looked.push(e);
        }
        this.gitListed = kept;
        for (const e of looked) {
            // Synchronous: one lstat is a few microseconds, its promise form a thread-pool round trip that
            // costs the main thread ten times that (see inspect in index.ts).
            let info;
            try {
                info = (0,external_node_fs_.lstatSync)(external_node_path_.join(this.root, ...e.path.split('/')));
            }
            catch {
                // In the index but not in the work tree: deleted or left out by a sparse checkout (nothing to
                // say), or a name that is not valid UTF-8 (git lists its bytes; decoded, it names no file).
                if (undecodable(e.path) && classifyFileName(e.path.slice(e.path.lastIndexOf('/') + 1)) !== undefined && this.wanted(e.path)) {
                    this.reportUndecodable((0,git_listing/* detachedCopy */.mt)(e.path), 'not read');
                }
                continue;
            }
            // Kept beyond discovery (candidates, diagnostics): not a view of git's whole listing.
            const relPath = (0,git_listing/* detachedCopy */.mt)(e.path);
            const abs = external_node_path_.join(this.root, ...relPath.split('/'));
            if (info.isSymbolicLink()) {
                const parentReal = external_node_path_.dirname(external_node_path_.join(this.realRoot, ...relPath.split('/')));
                await this.symlink(relPath, abs, IgnoreChain.empty(), parentReal);
            }
            else if (info.isDirectory()) {
                // A submodule or a nested repository: git does not list its files, so walk it.
                if (!this.excluded(relPath))
                    await this.walk(relPath, abs, IgnoreChain.empty());
            }
            else if (info.isFile()) {
                if (classifyFileName(external_node_path_.posix.basename(relPath)) === undefined)
                    continue;
                const real = this.gitFileReal(relPath, abs);
                if (real === null)
                    continue;
                this.addFile(relPath, abs, real);
            }
            else {
                this.notRegular(relPath);
            }
        }
    }
    /**
     * git lists the paths of its index, which need not be real paths of the work tree: a directory
     * replaced by a symbolic link since (the index still holds conf/main.cf, conf now leads elsewhere),
     * or a crafted index with "../" in a path. The file is read only if its real path stays inside.
     * Returns that real path, null when it lies outside, undefined when it cannot be resolved.
     */
    gitFileReal(relPath, abs) {
        // lstat found a regular file, not a link: its real path is its folder's real path and its name. A
        // folder holds several config files (main.cf, master.cf): its real path is asked for once.
        const folder = external_node_path_.dirname(abs);
        let realFolder = this.realFolders.get(folder);
        if (realFolder === undefined) {
            try {
                realFolder = external_node_fs_.realpathSync.native(folder); // synchronous for the reason given in fromGit
            }
            catch {
                return undefined; // the read reports what is wrong with it
            }
            this.realFolders.set(folder, realFolder);
        }
        const real = external_node_path_.join(realFolder, external_node_path_.basename(abs));
        if (this.inside(real))
            return real;
        this.report('warning', 'discover/outside-root', relPath, `its real path is outside the scanned root (${real}); not read`);
        return null;
    }
}
/** Does a path hold U+FFFD, the stand-in of bytes that are not UTF-8 (Node decodes file names as UTF-8)? */
function undecodable(relPath) {
    return relPath.includes('\uFFFD');
}
const SKIPPED_DIRECTORY_NAMES = [...ALWAYS_SKIPPED_DIRECTORIES];
/** A fast pre-test: could some segment of this path be one of ALWAYS_SKIPPED_DIRECTORIES? */
function mayHaveSkippedSegment(p) {
    for (const name of SKIPPED_DIRECTORY_NAMES)
        if (p.includes(name))
            return true;
    return false;
}
/** Whether the last segment of a path is a config file's name (every one holds ".cf": most paths fail there, with no copy). */
function mayBeConfigFile(p) {
    const slash = p.lastIndexOf('/');
    return p.includes('.cf', slash + 1) && classifyFileName(p.slice(slash + 1)) !== undefined;
}
function join(relDir, name) {
    return relDir === '' ? name : `${relDir}/${name}`;
}
function errorCode(error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
        return error.code;
    }
    return error instanceof Error ? error.message : String(error);
}
/** All candidate files under `root`, sorted by relative path. */
async function listCandidates(root, options) {
    const absoluteRoot = external_node_path_.resolve(root);
    let realRoot;
    try {
        realRoot = await (0,promises_.realpath)(absoluteRoot);
        if (!(await (0,promises_.stat)(realRoot)).isDirectory()) {
            return {
                candidates: [],
                diagnostics: [{ severity: 'error', code: 'discover/root-not-directory', message: `${root} is not a directory`, path: '.' }],
                mode: 'walk',
            };
        }
    }
    catch (error) {
        return {
            candidates: [],
            diagnostics: [
                { severity: 'error', code: 'discover/root-missing', message: `${root} cannot be opened (${errorCode(error)})`, path: '.' },
            ],
            mode: 'walk',
        };
    }
    const lister = new Lister(absoluteRoot, realRoot, options);
    const git = await (options.gitListing ?? (0,git_listing/* listGitFiles */.K1)(absoluteRoot));
    let mode = 'walk';
    if (git.kind === 'listed') {
        mode = 'git';
        lister.markVisited(realRoot);
        for (const { path: folder, reason } of git.unopened) {
            lister.diagnostics.push({ severity: 'warning', code: 'discover/unreadable-directory', message: `git could not open this folder (${reason}); not searched`, path: folder });
        }
        await lister.fromGit(git.entries);
    }
    else {
        if (git.kind === 'root-ignored') {
            lister.diagnostics.push({
                severity: 'notice',
                code: 'discover/root-ignored-by-git',
                message: 'the scanned folder is ignored by the git work tree around it; walked it and applied the .gitignore files inside it',
                path: '.',
            });
        }
        else if (git.kind === 'failed') {
            lister.diagnostics.push({
                severity: 'notice',
                code: 'discover/git-failed',
                message: `git could not list the work tree (${git.reason}); walked the tree and applied .gitignore files instead`,
                path: '.',
            });
        }
        await lister.walk('', absoluteRoot, IgnoreChain.empty());
    }
    await lister.walkDeferred();
    lister.candidates.sort((a, b) => (0,git_listing/* compareStrings */.Kt)(a.relPath, b.relPath));
    return { candidates: lister.candidates, diagnostics: lister.diagnostics, mode };
}

// EXTERNAL MODULE: ./src/discover/stock-master-cf.ts
var stock_master_cf = __webpack_require__(6860);
;// CONCATENATED MODULE: ./src/discover/index.ts
/**
 * Discovery of Postfix config sets in a repository: which files are main.cf / master.cf (or templates
 * and docker-mailserver overrides of them), grouped by directory. Never parses Postfix syntax; never throws
 * for bad input (problems become diagnostics).
 */








/** Files larger than this are reported and not read (a real main.cf is far below 1 MiB). */
const MAX_DISCOVERED_FILE_BYTES = 8 * 1024 * 1024;
async function discoverConfigSets(root, options = {}) {
    const listing = await listCandidates(root, options);
    const diagnostics = [...listing.diagnostics];
    const files = [];
    for (const candidate of listing.candidates) {
        const file = inspect(candidate, diagnostics);
        if (file)
            files.push({ file, variant: candidate.name.variant });
    }
    const sets = groupIntoSets(files, diagnostics);
    diagnostics.sort((a, b) => (0,git_listing/* compareStrings */.Kt)(a.path, b.path) || (0,git_listing/* compareStrings */.Kt)(a.code, b.code));
    return { sets, diagnostics, mode: listing.mode };
}
/**
 * Read a candidate (bounded) to check it is readable and to tell a template from its content.
 *
 * Synchronous calls: config files are small, and each of the four calls made through the promise API
 * is a round trip through libuv's thread pool that costs the main thread several times the read itself
 * (r1000, 1,722 files: ~290 ms CPU and ~600 ms wall with 16 reads in flight, ~55 ms CPU and ~130 ms
 * wall read one after another). O_NONBLOCK: should a listed file have become a FIFO since it was
 * listed, opening it does not wait for a writer (it has no effect on a regular file).
 */
function inspect(candidate, diagnostics) {
    const { relPath, absolutePath, name } = candidate;
    let bytes;
    try {
        const fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            // Listed as a regular file, but it may have been replaced since (by a FIFO, a socket, a device).
            const info = (0,external_node_fs_.fstatSync)(fd);
            if (!info.isFile()) {
                diagnostics.push({ severity: 'warning', code: 'discover/not-a-regular-file', message: `${relPath} is not a regular file (a FIFO, socket or device); not read`, path: relPath });
                return undefined;
            }
            if (info.size > MAX_DISCOVERED_FILE_BYTES) {
                diagnostics.push({
                    severity: 'error',
                    code: 'discover/file-too-large',
                    message: `${relPath} is ${info.size} bytes, over the ${MAX_DISCOVERED_FILE_BYTES}-byte limit; not read`,
                    path: relPath,
                });
                return undefined;
            }
            bytes = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        diagnostics.push({
            severity: 'error',
            code: 'discover/unreadable-file',
            message: `${relPath} could not be read (${errorCode(error)}); skipped`,
            path: relPath,
        });
        return undefined;
    }
    const file = { path: relPath, absolutePath, kind: name.kind, bytes };
    if (candidate.realPath !== undefined)
        file.realPath = candidate.realPath;
    let fromContent;
    if (name.template === undefined || name.template === 'unknown') {
        // The text as the parsers decode it, and no language hint ("unknown" labels placeholders as no hint
        // does, templates.ts): these are the placeholders the parsers would look for again, handed over.
        const found = (0,templates/* findPlaceholders */.GY)((0,source/* decodeBytes */.yj)(bytes).text);
        file.placeholders = found;
        fromContent = (0,templates/* languageOfPlaceholders */.yi)(found);
    }
    const template = name.template === 'unknown' ? (fromContent ?? 'unknown') : (name.template ?? fromContent);
    if (template !== undefined)
        file.template = template;
    return file;
}
const ROLE_OF_KIND = {
    'main.cf': 'main',
    'master.cf': 'master',
    'postfix-main.cf': 'mainOverride',
    'postfix-master.cf': 'masterOverride',
};
function groupIntoSets(files, diagnostics) {
    const groups = new Map();
    for (const { file, variant } of files) {
        const directory = external_node_path_.posix.dirname(file.path);
        const key = `${directory}\0${variant}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { directory, variant, files: [] }));
        group.files.push(file);
    }
    const ordered = [...groups.values()].sort((a, b) => (0,git_listing/* compareStrings */.Kt)(a.directory, b.directory) || (0,git_listing/* compareStrings */.Kt)(a.variant, b.variant));
    return ordered.map(({ directory, variant, files: members }) => {
        members.sort((a, b) => (0,git_listing/* compareStrings */.Kt)(a.path, b.path));
        const set = {
            directory,
            ...(variant ? { variant } : {}),
            files: members,
            pairedWithStockMaster: false,
            pairedWithBuiltinDefaults: false,
        };
        for (const kind of Object.keys(ROLE_OF_KIND)) {
            // A plain file wins over a template of the same role (main.cf beside main.cf.j2 is the rendered one).
            const candidates = members
                .filter((f) => f.kind === kind)
                .sort((a, b) => Number(isTemplateName(a)) - Number(isTemplateName(b)) || (0,git_listing/* compareStrings */.Kt)(a.path, b.path));
            const chosen = candidates[0];
            if (!chosen)
                continue;
            set[ROLE_OF_KIND[kind]] = chosen;
            for (const other of candidates.slice(1)) {
                diagnostics.push({
                    severity: 'warning',
                    code: 'discover/duplicate-role',
                    message: `${other.path} is a second ${kind} in ${directory}; the set uses ${chosen.path} and this file is not analysed`,
                    path: other.path,
                });
            }
        }
        set.pairedWithStockMaster = set.main !== undefined && set.master === undefined;
        set.pairedWithBuiltinDefaults = set.master !== undefined && set.main === undefined;
        return set;
    });
}
function isTemplateName(file) {
    return external_node_path_.posix.basename(file.path) !== file.kind;
}


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ unifiedDiffOfFile),
/* harmony export */   KK: () => (/* binding */ addPathEdits),
/* harmony export */   O4: () => (/* binding */ diffFileSections),
/* harmony export */   T8: () => (/* binding */ withheldSentence),
/* harmony export */   ky: () => (/* binding */ diffOfRealFiles),
/* harmony export */   lO: () => (/* binding */ unifiedDiffByRealFile)
/* harmony export */ });
/* unused harmony exports diffHeaderPath, unifiedDiff */
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5130);

function splitLines(text) {
    const out = [];
    let at = 0;
    while (at < text.length) {
        const nl = text.indexOf('\n', at);
        if (nl === -1) {
            out.push({ text: text.slice(at), newline: false });
            break;
        }
        out.push({ text: text.slice(at, nl), newline: true });
        at = nl + 1;
    }
    return out;
}
function fileLines(text) {
    const starts = (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStartsOf */ .xV)(text);
    const count = text.length === 0 || text.endsWith('\n') ? starts.length - 1 : starts.length;
    const at = (i) => {
        const next = starts[i + 1];
        return next === undefined ? { text: text.slice(starts[i]), newline: false } : { text: text.slice(starts[i], next - 1), newline: true };
    };
    return { count, starts, at };
}
function changesOf(text, oldLines, edits) {
    const lineStarts = oldLines.starts;
    const resolved = (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveEdits */ .Oo)(text, edits, lineStarts);
    const lineOf = (offset) => {
        let lo = 0;
        let hi = oldLines.count - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    // Blocks of whole old lines [first, last] (last may be oldLines.count: the empty tail after a final "\n").
    const blocks = [];
    const atTail = (offset) => offset >= text.length && (text.length === 0 || text.endsWith('\n'));
    for (const r of resolved) {
        // The virtual line oldLines.count is the empty tail after a final "\n".
        const first = atTail(r.start) ? oldLines.count : lineOf(r.start);
        // The line holding the end is part of the block even when the edit ends at its column 1: the
        // edit may remove the "\n" before it. Equal lines are given back to the context below.
        const last = atTail(r.end) ? oldLines.count : lineOf(r.end);
        const prev = blocks[blocks.length - 1];
        // Blocks on adjacent lines are merged: an edit may remove the "\n" between them.
        if (prev && first <= prev.last + 1) {
            prev.last = Math.max(prev.last, last);
            prev.edits.push(r.edit);
            continue;
        }
        blocks.push({ first, last, edits: [r.edit], start: lineStarts[first] ?? text.length });
    }
    const changes = [];
    for (const b of blocks) {
        const lastLine = Math.min(b.last, oldLines.count - 1);
        const blockStart = b.start;
        const blockEnd = lastLine >= b.first ? (lineStarts[lastLine + 1] ?? text.length) : blockStart;
        const oldText = text.slice(blockStart, blockEnd);
        // Rebase the block's edits on the block text: shift lines so the block starts at line 1.
        const firstLineNo = b.first + 1;
        const rebased = b.edits.map((e) => ({ ...e, startLine: e.startLine - firstLineNo + 1, endLine: e.endLine - firstLineNo + 1 }));
        const newText = (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .ct)(oldText, rebased);
        const oldBlock = splitLines(oldText);
        const newBlock = splitLines(newText);
        // Give equal lines at both ends back to the context.
        let head = 0;
        while (head < oldBlock.length && head < newBlock.length && sameLine(oldBlock[head], newBlock[head]))
            head++;
        let tail = 0;
        while (tail < oldBlock.length - head &&
            tail < newBlock.length - head &&
            sameLine(oldBlock[oldBlock.length - 1 - tail], newBlock[newBlock.length - 1 - tail]))
            tail++;
        const oldCount = oldBlock.length - head - tail;
        const newLines = newBlock.slice(head, newBlock.length - tail);
        if (oldCount === 0 && newLines.length === 0)
            continue;
        changes.push({ oldStart: b.first + head, oldCount, newLines });
    }
    return changes;
}
function sameLine(a, b) {
    return a.text === b.text && a.newline === b.newline;
}
const CONTEXT = 3;
function range(start, count) {
    // Unified format: a count of 0 names the line before the (empty) range.
    const shown = count === 0 ? start : start + 1;
    return count === 1 ? `${shown}` : `${shown},${count}`;
}
function emit(prefix, line, out) {
    out.push(`${prefix}${line.text}\n`);
    if (!line.newline)
        out.push('\\ No newline at end of file\n');
}
const C_ESCAPES = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
/**
 * A diff header path as git writes it: plain, or C-quoted when it holds a quote, a backslash or a
 * control character (git's quote_c_style), so that no path can break the header onto a new line.
 */
function diffHeaderPath(prefix, path) {
    if (!/["\\\u0000-\u001f\u007f]/.test(path))
        return `${prefix}${path}`;
    const body = [...`${prefix}${path}`].map((c) => C_ESCAPES[c] ?? (c < ' ' || c === '\u007f' ? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}` : c)).join('');
    return `"${body}"`;
}
/** Unified diff of one file's edits; '' when they change nothing. */
function unifiedDiffOfFile(path, text, edits) {
    const oldLines = fileLines(text);
    const changes = changesOf(text, oldLines, edits);
    if (changes.length === 0)
        return '';
    const out = [`--- ${diffHeaderPath('a/', path)}\n`, `+++ ${diffHeaderPath('b/', path)}\n`];
    let delta = 0; // new line index - old line index before the current change
    let i = 0;
    while (i < changes.length) {
        // Group changes whose context windows overlap into one hunk.
        let j = i;
        while (j + 1 < changes.length) {
            const cur = changes[j];
            const next = changes[j + 1];
            if (next.oldStart - (cur.oldStart + cur.oldCount) <= 2 * CONTEXT)
                j++;
            else
                break;
        }
        const first = changes[i];
        const last = changes[j];
        const hunkOldStart = Math.max(0, first.oldStart - CONTEXT);
        const hunkOldEnd = Math.min(oldLines.count, last.oldStart + last.oldCount + CONTEXT);
        const body = [];
        let oldCount = 0;
        let newCount = 0;
        let at = hunkOldStart;
        const hunkNewStart = hunkOldStart + delta;
        for (let k = i; k <= j; k++) {
            const c = changes[k];
            for (; at < c.oldStart; at++, oldCount++, newCount++)
                emit(' ', oldLines.at(at), body);
            for (let n = 0; n < c.oldCount; n++, at++, oldCount++)
                emit('-', oldLines.at(at), body);
            for (const l of c.newLines) {
                emit('+', l, body);
                newCount++;
            }
            delta += c.newLines.length - c.oldCount;
        }
        for (; at < hunkOldEnd; at++, oldCount++, newCount++)
            emit(' ', oldLines.at(at), body);
        out.push(`@@ -${range(hunkOldStart, oldCount)} +${range(hunkNewStart, newCount)} @@\n`, ...body);
        i = j + 1;
    }
    return out.join('');
}
/** A diff's file sections (each from its `---`/`+++` header lines to the next), in order. */
function diffFileSections(diff) {
    return diff.split(/^(?=--- .*\n\+\+\+ )/m).filter((section) => section !== '');
}
/** Unified diff of all edits, file by file in the order files first appear in `edits`. */
function unifiedDiff(texts, edits) {
    let out = '';
    for (const [file, list] of editsByFile(edits)) {
        const text = texts.get(file);
        if (text === undefined)
            throw new Error(`edit for a file that is not given: ${file}`);
        out += unifiedDiffOfFile(file, text, list);
    }
    return out;
}
/**
 * Unified diff with one section per real file. A path that reaches its file through a symbolic link
 * (`realPathOf`: path -> the real file's path, for such paths only) is patched under the real file's
 * path: git stores a link as the name of its target, so `git apply` refuses a patch to the link's path,
 * and a second section for the same file would patch it twice. When the paths of one file are fixed
 * differently (their config sets differ), the file is left out, as `--fix` leaves it unwritten.
 */
function unifiedDiffByRealFile(texts, edits, realPathOf, encodingOf) {
    const groups = new Map();
    for (const [file, list] of (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .editsByFile */ .dG)(edits)) {
        const text = texts.get(file);
        if (text === undefined)
            throw new Error(`edit for a file that is not given: ${file}`);
        addPathEdits(groups, realPathOf?.get(file) ?? file, { path: file, text, edits: list });
    }
    return diffOfRealFiles(groups, encodingOf);
}
function addPathEdits(groups, realPath, member) {
    const group = groups.get(realPath);
    if (group)
        group.push(member);
    else
        groups.set(realPath, [member]);
}
/** The diff of files grouped by real path (see unifiedDiffByRealFile), in the groups' order. */
function diffOfRealFiles(groups, encodingOf) {
    let diff = '';
    const withheld = [];
    const sections = [];
    for (const [realPath, members] of groups) {
        const chosen = members.find((m) => m.path === realPath) ?? members[0];
        if (members.length > 1) {
            const after = (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .ct)(chosen.text, chosen.edits);
            if (members.some((m) => m.text !== chosen.text || (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .ct)(m.text, m.edits) !== after)) {
                withheld.push({ realPath, paths: members.map((m) => m.path) });
                continue;
            }
        }
        const section = unifiedDiffOfFile(realPath, chosen.text, chosen.edits);
        diff += section;
        sections.push({ section, encoding: encodingOf?.(chosen.path) ?? 'utf8' });
    }
    if (sections.every((s) => s.encoding === 'utf8'))
        return { diff, withheld };
    const bytes = Buffer.concat(sections.flatMap(({ section, encoding }) => {
        const headersEnd = section.indexOf('\n', section.indexOf('\n') + 1) + 1;
        return [Buffer.from(section.slice(0, headersEnd), 'utf8'), Buffer.from(section.slice(headersEnd), encoding)];
    }));
    return { diff, withheld, bytes };
}
/** One sentence per withheld file, for a report. */
function withheldSentence(w) {
    return `${w.paths.join(', ')}: left out of the diff, they are one file (${w.realPath}, through a symbolic link) and their config sets need different fixes`;
}


/***/ }),

/***/ 9150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ policyFromProfile),
/* harmony export */   l: () => (/* binding */ DEFAULT_POLICY_PATH)
/* harmony export */ });
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3379);
/**
 * The policy of a run without a policy file (a built-in profile) and where that file is looked for.
 * Apart from src/policy/policy-file.ts, whose parser and checks import the rule list: a run that finds
 * no policy file (and no config set) starts without loading the analysis.
 */

const DEFAULT_POLICY_PATH = '.github/postfix-tls-policy.yml';
/** The built-in profile as a policy (no file). */
function policyFromProfile(id = _profiles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PROFILE */ .KG) {
    const profile = _profiles_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .jI.get(id);
    if (!profile)
        return undefined;
    return { profile, roles: { ...profile.roles }, services: {}, rules: {}, ignore: [], origin: `profile:${id}` };
}


/***/ }),

/***/ 7445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j_: () => (/* binding */ findingsToMarkdown)
});

// UNUSED EXPORTS: MARKDOWN_LIMIT, mdText

// EXTERNAL MODULE: ./src/policy/report.ts
var report = __webpack_require__(2742);
// EXTERNAL MODULE: ./src/fix/diff.ts
var fix_diff = __webpack_require__(2404);
;// CONCATENATED MODULE: ./src/report/markdown-safe.ts
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
function markdown_safe_inlineText(text) {
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
function markdown_safe_codeSpan(text) {
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
function markdown_safe_fencedBlock(text, info = '') {
    const body = stripControls(text).replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const fence = fenceFor(body);
    return `${fence}${info}\n${body}\n${fence}`;
}
/** A value for an HTML attribute or a hidden-comment field: percent-encoded, so "-->" or quotes cannot appear. */
function markerValue(text) {
    return encodeURIComponent(text).replace(/[!'()*~-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A link whose URL we built ourselves from trusted parts; the label is escaped, the URL percent-safe. */
function markdown_safe_link(label, url) {
    const safeUrl = url.replace(/[\s()<>"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
    return `[${label}](${safeUrl})`;
}
/** Percent-encode each segment of a repository-relative path for a blob URL. */
function markdown_safe_pathForUrl(file) {
    return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}
/** Text inside an HTML element we write (e.g. <summary>): entities, and mentions/refs broken. */
function markdown_safe_htmlText(text) {
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

;// CONCATENATED MODULE: ./src/report/pr-comment.ts


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
        `fail-on ${codeSpan(report.failOn)}`,
        `policy ${codeSpan(report.policy.profile)} ${inlineText(report.policy.profileVersion)}`,
        plural(report.configSets.length, 'config set'),
    ];
    if (report.commit)
        parts.push(`commit ${codeSpan(report.commit.slice(0, 12))}`);
    return parts.join(' · ');
}
function locationOf(f, links) {
    if (f.file === null)
        return f.target ? codeSpan(f.target) : '';
    const lines = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `:${f.line}-${f.endLine}` : `:${f.line}`;
    const label = codeSpan(`${f.file}${lines}`);
    if (!links.blobBase)
        return label;
    const anchor = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
    return link(label, `${links.blobBase}${pathForUrl(f.file)}${anchor}`);
}
function findingItem(f, links) {
    const where = locationOf(f, links);
    return `- ${ICON[f.severity]} **${f.severity}** ${codeSpan(f.ruleId)}: ${inlineText(f.message)}${where ? ` (${where})` : ''}`;
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
            ? `Config set ${codeSpan(setKey.slice(4) || '.')}`
            : `Probed server ${codeSpan(setKey.slice(6) || '?')}`;
        const label = setKey.startsWith('set:') ? `Config set ${setKey.slice(4) || '.'}` : `Probed server ${setKey.slice(6) || '?'}`;
        out.push({
            title,
            label,
            services: [...services].map(([key, list]) => {
                if (key === '')
                    return { title: 'All services', findings: list };
                const [service, role] = key.split('\u0000');
                return { title: `Service ${codeSpan(service)}${role ? ` (${inlineText(role)})` : ''}`, findings: list };
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
    return diffFileSections(diff)
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
    const summaryLink = links.runUrl ? link('job summary', links.runUrl) : 'job summary';
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
            out.push('', `<details><summary>${htmlText(group.label)}: ${plural(count, 'finding')}</summary>`, '', ...body, '</details>');
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
        const block = kept.length > 0 ? fencedBlock(kept.join('\n'), 'diff') : '';
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

// EXTERNAL MODULE: ./src/report/sarif.ts + 1 modules
var sarif = __webpack_require__(4011);
;// CONCATENATED MODULE: ./src/report/findings-markdown.ts
/** Findings as Markdown (`scan --format markdown`): everything from a config file is escaped. */





/**
 * Escape Markdown and HTML metacharacters; break @mentions, #refs, GH-refs and autolinks (http://,
 * www.) with a zero-width space: GitHub finds references and mentions in the rendered text, where a
 * backslash escape is gone; control, bidi and zero-width characters become blanks.
 */
function mdText(t) {
    return t
        .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, ' ')
        .replace(/[\\`*_[\]<>|~!#&$]/g, (c) => `\\${c}`)
        .replace(/[@#]/g, '$&\u200b')
        .replace(/\b(gh)-(?=\d)/gi, '$1-\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\bwww\./gi, 'www\u200b.');
}
/**
 * The most characters `scan --format markdown` writes: GitHub's limit for a comment, issue or pull
 * request body (reference github-actions.md §2.3), so that the output can be posted as one, and far
 * below a step summary's 1 MiB. The Action's own comment has the same bound (pr-comment.ts).
 */
const MARKDOWN_LIMIT = GITHUB_BODY_LIMIT;
/**
 * Findings as Markdown. Over the budget, the diff loses whole files from its end first (a cut file
 * would not apply), then the table loses rows from its end; each cut says what it left out and where
 * to find all of it. The counts in the heading are always of all findings.
 */
function findingsToMarkdown(findings, policy, diff, options = {}) {
    const max = options.maxLength ?? MARKDOWN_LIMIT;
    const c = (0,report/* countBySeverity */.O)(findings);
    const head = [];
    head.push(`## postfix-tls-audit: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
    head.push('');
    head.push(`Policy: \`${policy.profile.id}\` ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` from ${mdText(policy.origin)}`}`);
    const rows = findings.map((f) => {
        const where = f.target ? mdText(f.target) : `${mdText(f.file)}:${f.line}`;
        return `| ${f.severity} | [${f.ruleId}](${sarif/* RULE_DOCS */.Xy}/${f.ruleId}.md) | ${where} | ${f.service ? `${mdText(f.service)} (${f.role})` : ''} | ${mdText(f.message)}${f.fix ? ` **Fix:** ${mdText(f.fix.description)}` : ''} |`;
    });
    const sections = (0,fix_diff/* diffFileSections */.O4)(diff);
    const withheld = (options.withheld ?? []).map((w) => mdText(w));
    const render = (rowCount, sectionCount) => {
        const out = [...head];
        if (findings.length) {
            out.push('', '| severity | rule | where | service | finding |', '|---|---|---|---|---|', ...rows.slice(0, rowCount));
            if (rowCount < rows.length) {
                out.push('', `… and ${rows.length - rowCount} more finding(s): this output is limited to ${max} characters (GitHub's comment limit); \`--format json\` or \`--format sarif\` lists all of them.`);
            }
        }
        if (sections.length || withheld.length) {
            const shown = sections.slice(0, sectionCount).join('');
            // fencedBlock: also control, bidi and zero-width characters of the config lines become U+FFFD.
            const block = shown ? ['', markdown_safe_fencedBlock(shown.trimEnd(), 'diff')] : [];
            const cut = sectionCount < sections.length ? ['', `${sections.length - sectionCount} of ${sections.length} file(s) left out of this diff (the output is limited to ${max} characters); \`scan --diff\` prints all of it.`] : [];
            const left = withheld.length ? ['', ...withheld.map((w) => `- ${w}`)] : [];
            out.push('', '<details><summary>Suggested changes (verified)</summary>', ...block, ...cut, ...left, '', '</details>');
        }
        return `${out.join('\n')}\n`;
    };
    const full = render(rows.length, sections.length);
    if (full.length <= max)
        return full;
    const noDiff = render(rows.length, 0);
    if (noDiff.length <= max)
        return render(rows.length, largest(0, sections.length, (k) => render(rows.length, k).length <= max));
    return render(largest(0, rows.length, (k) => render(k, 0).length <= max), 0);
}


/***/ }),

/***/ 8188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ formatFindingsText),
/* harmony export */   TV: () => (/* binding */ shownLines),
/* harmony export */   W6: () => (/* binding */ findingsToJson),
/* harmony export */   oZ: () => (/* binding */ lineText),
/* harmony export */   to: () => (/* binding */ writeFindingsText)
/* harmony export */ });
/* unused harmony exports MAX_EXCERPT_CHARS, excerpt, findingWhere */
/* harmony import */ var _policy_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2742);

const visible = (t) => t.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
/** The text of a file's line (1-based) without its line end, or undefined past the end. */
function lineText(source, line) {
    if (!source)
        return undefined;
    const start = source.lineStarts[line - 1];
    if (start === undefined)
        return undefined;
    const next = source.lineStarts[line];
    return source.text.slice(start, next === undefined ? source.text.length : next - 1).replace(/\r$/, '');
}
/** An excerpt line longer than this is cut to a window around the finding's column. */
const MAX_EXCERPT_CHARS = 240;
/**
 * A line of a finding's excerpt, at most MAX_EXCERPT_CHARS of it (plus "…" where it is cut), starting a
 * little before `column`: thousands of findings on one long line (a service with 10,000 -o options)
 * would otherwise print that whole line once per finding.
 */
function excerpt(line, column) {
    if (line.length <= MAX_EXCERPT_CHARS)
        return line;
    const from = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_EXCERPT_CHARS));
    const to = from + MAX_EXCERPT_CHARS;
    return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}
/** "file:line:column" or, for a probed server, its host:port. */
function findingWhere(f) {
    return f.target ? `${f.target}` : `${f.file}:${f.line}:${f.column}`;
}
/** The lines a finding's excerpt shows: its first line to its last (at most five). */
function shownLines(f) {
    return { first: f.line, last: Math.min(f.endColumn === 1 && f.endLine > f.line ? f.endLine - 1 : f.endLine, f.line + 4) };
}
/**
 * `lines`: the scanned files by path, or a lookup of the lines the findings show, for the offending
 * lines (none for probe findings).
 */
function formatFindingsText(findings, policy, lines) {
    const out = [];
    writeFindingsText(findings, policy, lines, (text) => out.push(text));
    return out.join('');
}
/** formatFindingsText in pieces, one per finding, to `write` (a long report is never one string). */
function writeFindingsText(findings, policy, lines, write) {
    const lineOf = typeof lines === 'function' ? lines : (file, line) => lineText(lines.get(file), line);
    const c = (0,_policy_report_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .O)(findings);
    write(`Policy ${policy.profile.id} ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` (from ${visible(policy.origin)})`}: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s).\n`);
    for (const f of findings) {
        const out = [''];
        // A line that starts with "::" is a workflow command when the CLI runs in a GitHub Actions step: a
        // path that begins so is shown as "./::...".
        const where = visible(findingWhere(f));
        out.push(`${where.startsWith('::') ? './' : ''}${where}: ${f.severity}: ${visible(f.message)} [${f.ruleId}]${f.service ? ` (${visible(f.service)}, ${f.role})` : ''}`);
        if (!f.target) {
            const { first, last } = shownLines(f);
            for (let l = first; l <= last; l++) {
                const t = lineOf(f.file, l);
                if (t !== undefined)
                    out.push(`  ${String(l).padStart(5)} | ${visible(excerpt(t, l === f.line ? f.column : 1))}`);
            }
        }
        if (f.fix)
            out.push(`  fix: ${visible(f.fix.description)}`);
        write(`${out.join('\n')}\n`);
    }
}
function findingsToJson(findings, policy) {
    return {
        policy: { profile: policy.profile.id, profileVersion: policy.profile.version, origin: policy.origin },
        summary: (0,_policy_report_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .O)(findings),
        findings: findings.map((f) => ({ ...f })),
    };
}


/***/ }),

/***/ 4011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xy: () => (/* reexport */ RULE_DOCS),
  V$: () => (/* binding */ findingsToSarif),
  BC: () => (/* binding */ sarifText)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, TOOL_URI

// EXTERNAL MODULE: ./src/policy/rules/index.ts + 25 modules
var policy_rules = __webpack_require__(6039);
;// CONCATENATED MODULE: ./src/report/rule-docs.ts
/**
 * Where each rule's documentation is (`${RULE_DOCS}/<rule id>.md`): apart from src/report/sarif.ts, which
 * imports the rule list, so that the Action's report of a tree without config sets does not load it.
 */
const RULE_DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * Findings as SARIF 2.1.0 for GitHub code scanning (github-actions reference §4): every rule with
 * short/full description, help (text + Markdown), helpUri, tags, `security-severity` and a default
 * level; every result with a repository-relative location, a stable partial fingerprint and, where
 * the finding has edits, SARIF `fixes`.
 *
 * Findings on a probed server (`target`, no file) have no physical location, and GitHub refuses or
 * cannot show results without one: they are left out of `results` and counted in
 * `runs[0].properties.probeFindingsOmitted` (the job summary, comment and json-file carry them).
 */



const TOOL_URI = 'https://github.com/postfix-tls-audit/postfix-tls-audit';
/** Key of our fingerprint in partialFingerprints (kept stable: code scanning matches alerts by it). */
const FINGERPRINT_KEY = 'postfixTlsAudit/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * GitHub reads `security-severity` (0.1-10.0) to rank security alerts. Rules that break TLS for a
 * whole service (it dies, or TLS is silently off, or credentials go in cleartext) are high; weaker
 * protocol/cipher choices medium; configuration hygiene low.
 */
const SECURITY_SEVERITY = {
    'auth-before-tls': '8.1',
    'submission-tls-not-required': '7.5',
    'invalid-protocol-list': '7.5',
    'protocol-floor': '7.0',
    'no-certificate': '7.0',
    'invalid-cipher-grade': '6.5',
    'invalid-cipher-exclusion': '6.5',
    'invalid-security-level': '6.5',
    'invalid-boolean': '6.0',
    'stray-argument': '6.0',
    'range-syntax-before-3-6': '6.0',
    'weak-cipher-suites': '5.3',
    'include-list-drops-tls13': '4.3',
    'protocol-ceiling': '4.3',
    'wrappermode-opportunistic-list': '4.0',
    'mx-requires-tls': '4.0',
    'parameter-no-effect': '3.1',
    'trailing-comment': '3.1',
    'unknown-parameter': '3.1',
    'deprecated-parameter': '2.0',
    'templated-value': '2.0',
    bom: '3.1',
    'unused-suppression': '1.0',
};
const DEFAULT_SECURITY_SEVERITY = { error: '7.0', warning: '5.0', notice: '2.0' };
const HYGIENE = new Set(['trailing-comment', 'unknown-parameter', 'deprecated-parameter', 'templated-value', 'bom', 'unused-suppression', 'parameter-no-effect']);
function ruleText(id, rule) {
    if (rule)
        return { title: rule.title, rationale: rule.rationale, references: rule.references, severity: rule.defaultSeverity };
    if (id === 'unused-suppression') {
        return { title: 'A suppression comment that matches no finding', rationale: 'An inline "postfix-tls-audit: ignore" comment suppresses nothing.', references: [], severity: 'warning' };
    }
    return { title: id, rationale: `Finding of rule ${id}.`, references: [], severity: 'warning' };
}
/**
 * A result message as SARIF plain text. SARIF messages may embed links, "[text](relatedLocation id
 * or URI)" (SARIF 2.1.0 §3.11.6), which viewers render (GitHub code scanning for related locations,
 * the VS Code SARIF viewer also for URIs): brackets from the repository are escaped as the spec
 * says (a backslash before each, and before a backslash that precedes one) so that a value like
 * "[click](https://evil.example)" stays text.
 */
function sarifText(text) {
    return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (c) => `\\${c}`);
}
/** GitHub shows at most 1024 characters of the descriptions. */
const cap = (t, n = 1024) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
function findingsToSarif(findings, policy, options) {
    const pathOf = options.uriOf ?? ((f) => f);
    // artifactLocation.uri is a URI reference (SARIF 2.1.0 §3.4.3, schema format "uri-reference"):
    // a space, "#", "%" or "?" in a repository path must be percent-encoded, segment by segment.
    const uriOf = (f) => pathOf(f).split('/').map((s) => encodeURIComponent(s)).join('/');
    const located = findings.filter((f) => !f.target && f.file !== '');
    const ruleIds = [...new Set([...policy_rules/* RULES */.y.map((r) => r.id), ...located.map((f) => f.ruleId)])];
    const rules = ruleIds.map((id) => {
        const t = ruleText(id, policy_rules/* RULES */.y.find((x) => x.id === id));
        const override = policy.rules[id]?.level;
        const level = override !== undefined && override !== 'off' ? override : t.severity;
        const helpUri = `${RULE_DOCS}/${id}.md`;
        const refs = t.references.length ? `\n\nReferences: ${t.references.join('; ')}.` : '';
        return {
            id,
            name: id,
            shortDescription: { text: cap(t.title) },
            fullDescription: { text: cap(t.rationale) },
            help: {
                text: `${t.rationale}${refs}\n\nMore: ${helpUri}`,
                markdown: `**${t.title}**\n\n${t.rationale}${t.references.length ? `\n\nReferences:\n${t.references.map((r) => `- ${r}`).join('\n')}` : ''}\n\n[Rule documentation](${helpUri})`,
            },
            helpUri,
            defaultConfiguration: { level: LEVEL[level] },
            properties: {
                tags: HYGIENE.has(id) ? ['security', 'tls', 'postfix', 'maintainability'] : ['security', 'tls', 'postfix'],
                precision: 'very-high',
                'security-severity': SECURITY_SEVERITY[id] ?? DEFAULT_SECURITY_SEVERITY[t.severity],
            },
        };
    });
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const region = (x) => ({
        startLine: x.startLine,
        startColumn: x.startColumn,
        endLine: x.endLine,
        endColumn: x.endColumn,
    });
    const results = located.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: sarifText(f.service ? `${f.message} (${f.service}, ${f.role})` : f.message) },
        locations: [{
                physicalLocation: {
                    artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
                    region: region({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }),
                },
                ...(f.service ? { logicalLocations: [{ name: f.service, kind: 'module' }] } : {}),
            }],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        ...(f.fix ? {
            fixes: [{
                    description: { text: sarifText(f.fix.description) },
                    artifactChanges: [...new Set(f.fix.edits.map((e) => e.file))].map((file) => ({
                        artifactLocation: { uri: uriOf(file), uriBaseId: '%SRCROOT%' },
                        replacements: f.fix.edits.filter((e) => e.file === file).map((e) => ({
                            deletedRegion: region(e),
                            insertedContent: { text: e.replacement },
                        })),
                    })),
                }],
        } : {}),
    }));
    const omitted = findings.length - located.length;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'postfix-tls-audit', version: options.toolVersion, semanticVersion: options.toolVersion, informationUri: TOOL_URI, rules } },
                automationDetails: { id: options.automationId ?? 'postfix-tls-audit/' },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                columnKind: 'utf16CodeUnits',
                results,
                properties: {
                    profile: policy.profile.id,
                    profileVersion: policy.profile.version,
                    policy: policy.origin,
                    ...(omitted ? { probeFindingsOmitted: omitted } : {}),
                },
            }],
    };
}


/***/ }),

/***/ 4798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ scanRepository)
/* harmony export */ });
/* harmony import */ var _discover_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2128);
/* harmony import */ var _postfix_config_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7046);
/**
 * The whole scan of one repository: discover config sets, then load and parse each one.
 * Used by both entry points (CLI and Action); it never prints.
 */


async function scanRepository(root, options = {}) {
    const discovery = await (0,_discover_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverConfigSets */ .LL)(root, options);
    const sets = [];
    for (const set of discovery.sets)
        sets.push((0,_postfix_config_set_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigSet */ .p)(set));
    return { root, sets, diagnostics: discovery.diagnostics };
}


/***/ })

};
