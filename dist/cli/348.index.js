export const id = 348;
export const ids = [348];
export const modules = {

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExplain: () => (/* binding */ runExplain),
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/index.ts
var model = __webpack_require__(4365);
;// CONCATENATED MODULE: ./src/report/scan-json.ts
function diagnosticToJson(d) {
    return {
        severity: d.severity,
        code: d.code,
        message: d.message,
        file: d.path,
        ...(d.span
            ? { line: d.span.start.line, column: d.span.start.column, endLine: d.span.end.line, endColumn: d.span.end.column }
            : {}),
        ...(d.postfixMessage ? { postfixMessage: d.postfixMessage } : {}),
    };
}
function setToJson(listing) {
    return {
        directory: listing.directory,
        files: listing.files,
        masterIsStock: listing.masterIsStock,
        parameters: listing.main?.parameters ?? [],
        services: listing.master?.services ?? [],
        diagnostics: listing.diagnostics.map(diagnosticToJson),
    };
}
function scanToJson(result, toolVersion) {
    return {
        tool: { name: 'postfix-tls-audit', version: toolVersion },
        root: result.root,
        configSets: result.sets.map(setToJson),
        diagnostics: result.diagnostics.map(diagnosticToJson),
    };
}
/*
 * The same JSON written in parts, so that a scan can write each config set as soon as it is judged:
 * scanJsonHead, then scanJsonSet for every set, then scanJsonTail give, joined, exactly
 * `JSON.stringify({ ...scanToJson(result), ...more }, null, 2)` followed by a newline.
 */
/** JSON.stringify(value, null, 2) as it reads nested `depth` levels deep in an indented document. */
function nestedJson(value, depth) {
    // A JSON text has line breaks only between its tokens (a string's are escaped).
    return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
function scanJsonHead(root, toolVersion) {
    const { tool } = scanToJson({ root, sets: [], diagnostics: [] }, toolVersion);
    return `{\n  "tool": ${nestedJson(tool, 1)},\n  "root": ${JSON.stringify(root)},\n  "configSets": [`;
}
/** `index`: the set's place among the sets (the first has no comma before it). */
function scanJsonSet(listing, index) {
    return `${index === 0 ? '' : ','}\n    ${nestedJson(setToJson(listing), 2)}`;
}
/**
 * `sets`: how many sets were written; `more`: the fields that follow the scan's own (the findings).
 * Written to `write` in pieces, an array's elements one by one (a long report is never one string).
 */
function writeScanJsonTail(sets, diagnostics, more, write) {
    write(sets === 0 ? ']' : '\n  ]');
    for (const [key, value] of Object.entries({ diagnostics: diagnostics.map(diagnosticToJson), ...more })) {
        if (value === undefined)
            continue;
        write(`,\n  ${JSON.stringify(key)}: `);
        if (Array.isArray(value) && value.length > 0) {
            value.forEach((element, i) => write(`${i === 0 ? '[' : ','}\n    ${nestedJson(element ?? null, 2)}`));
            write('\n  ]');
        }
        else
            write(nestedJson(value, 1));
    }
    write('\n}\n');
}

;// CONCATENATED MODULE: ./src/report/explain-json.ts

function valueToJson(v) {
    return {
        value: v.value,
        raw: v.raw,
        source: v.source,
        chain: v.chain,
        ...(v.unknown ? { unknown: true } : {}),
    };
}
function endpointToJson(e) {
    const t = e.tls;
    return {
        service: e.service,
        type: e.type,
        command: e.command,
        line: e.line,
        kind: e.kind,
        role: e.role,
        roleReason: e.roleReason,
        listen: e.listen ? { host: e.listen.host, port: e.listen.port } : null,
        tls: {
            offered: t.offered,
            advertised: t.advertised,
            required: t.required,
            implicit: t.implicit,
            protocols: t.protocols,
            protocolList: t.protocolList
                ? { parameter: t.protocolList.parameter, value: t.protocolList.value, valid: t.protocolList.valid, ...(t.protocolList.invalidToken !== undefined ? { invalidToken: t.protocolList.invalidToken } : {}) }
                : null,
            cipherGrade: t.cipherGrade,
            cipherExclusions: t.cipherExclusions,
            ...(t.ciphers ? { ciphers: t.ciphers } : {}),
            ...(t.cipherClassCounts ? { cipherClassCounts: t.cipherClassCounts } : {}),
            ...(t.tls13Ciphersuites ? { tls13Ciphersuites: t.tls13Ciphersuites } : {}),
            certificateConfigured: t.certificateConfigured,
            authBeforeTls: t.authBeforeTls,
            dead: t.dead,
            level: t.level,
            ...(t.templated ? { templated: t.templated } : {}),
        },
        ...(e.postscreen ? { postscreen: e.postscreen } : {}),
        ...(e.behind ? { behind: e.behind } : {}),
        values: Object.fromEntries([...e.values].map(([name, v]) => [name, valueToJson(v)])),
    };
}
function configSetModelToJson(m) {
    return {
        root: m.root,
        mainCf: m.mainCf,
        masterCf: m.masterCf,
        postfixVersion: { version: m.postfixVersion.version, source: m.postfixVersion.source, reason: m.postfixVersion.reason },
        endpoints: m.endpoints.map(endpointToJson),
        diagnostics: m.diagnostics.map(diagnosticToJson),
    };
}
function explainToJson(models, toolVersion, diagnostics = []) {
    return {
        tool: { name: 'postfix-tls-audit', version: toolVersion },
        configSets: models.map(configSetModelToJson),
        diagnostics: diagnostics.map(diagnosticToJson),
    };
}

;// CONCATENATED MODULE: ./src/report/scan-text.ts
const MAX_VALUE_CHARS = 120;
/** What oneLine changes: whitespace at either end, runs of spaces, control characters (tab, line ends among them). */
const NOT_ONE_LINE = /^\s|\s$| {2}|[\u0000-\u001f\u007f]/;
/** Config text is shown on one line, with control characters made visible. */
function oneLine(value) {
    // Runs of whitespace print as one space, as postconf prints values. Most values need none of it.
    const flat = !NOT_ONE_LINE.test(value) ? value : value.trim().replace(/[ \t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
    return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}
/** Paths come from the repository: control characters (newlines, terminal escapes) are shown, not sent. */
function visible(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function formatDiagnostic(d) {
    const where = visible(d.span ? `${d.path}:${d.span.start.line}:${d.span.start.column}` : d.path);
    return `${where}: ${d.severity}: ${visible(d.message)} [${d.code}]`;
}
/** One config set's part of the listing: an empty line, then the set. */
function formatSetText(listing) {
    const { main, master } = listing;
    const out = [''];
    out.push(`config set ${listing.directory === '.' ? '(repository root)' : visible(listing.directory)}`);
    out.push(`  files: ${listing.files.map((f) => `${visible(f.path)}${f.template ? ` (template: ${f.template})` : ''}`).join(', ')}`);
    if (listing.masterIsStock && master)
        out.push('  master.cf: none in this directory; Postfix\'s stock master.cf assumed');
    if (!listing.hasMain)
        out.push('  main.cf: none in this directory; built-in defaults assumed');
    if (main) {
        const effective = main.parameters.filter((p) => p.effective);
        out.push(`  ${visible(main.path)}: ${effective.length} parameter${effective.length === 1 ? '' : 's'}`);
        const width = Math.min(40, Math.max(0, ...effective.map((p) => p.name.length)));
        for (const p of effective) {
            const tag = p.templated ? '  (templated)' : '';
            out.push(`    ${p.name.padEnd(width)} = ${oneLine(p.value)}  [line ${p.line}]${tag}`);
        }
    }
    if (master) {
        const services = master.services;
        out.push(`  ${listing.masterIsStock ? 'stock master.cf' : visible(master.path)}: ${services.length} service${services.length === 1 ? '' : 's'}`);
        const width = Math.min(32, Math.max(0, ...services.map((s) => `${s.name}/${s.type}`.length)));
        // Internal services without overrides are listed on one line: they carry no TLS settings.
        const plain = services.filter((s) => s.type !== 'inet' && s.type !== 'pass' && s.options.length === 0 && s.strayArguments.length === 0);
        // A set of them: a master.cf of thousands of services would be searched once per service.
        const plainSet = new Set(plain);
        for (const s of services) {
            if (plainSet.has(s))
                continue;
            const head = `${s.name}/${s.type}`.padEnd(width);
            const where = listing.masterIsStock ? '' : `  [line ${s.line}]`;
            // Non-option arguments (pipe's flags=..., or a stray word that stops option parsing) stay with the command.
            const command = oneLine([s.command, ...s.strayArguments.map((a) => a.text)].join(' '));
            out.push(`    ${head}  ${command}${where}${s.templated ? '  (templated)' : ''}`);
            for (const o of s.options)
                out.push(`      -o ${o.name}=${oneLine(o.value)}  [line ${o.line}]`);
        }
        if (plain.length > 0)
            out.push(`    internal services without overrides: ${plain.map((s) => `${s.name}/${s.type}`).join(', ')}`);
    }
    if (listing.diagnostics.length > 0) {
        out.push('  problems:');
        for (const d of listing.diagnostics)
            out.push(`    ${formatDiagnostic(d)}`);
    }
    return `${out.join('\n')}\n`;
}
/** The listing's head: what was scanned, and the problems not tied to one config set. */
function formatScanHead(root, sets, files, diagnostics) {
    const out = [];
    out.push(`Scanned ${visible(root)}: ${sets} config set${sets === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}.`);
    for (const d of diagnostics)
        out.push(formatDiagnostic(d));
    return `${out.join('\n')}\n`;
}
/** The whole listing: its head, then every set (formatScanHead and formatSetText, as a streamed report writes them). */
function formatScanText(result) {
    const files = result.sets.reduce((n, s) => n + s.files.length, 0);
    return formatScanHead(result.root, result.sets.length, files, result.diagnostics) + result.sets.map(formatSetText).join('');
}

;// CONCATENATED MODULE: ./src/report/explain-text.ts

const explain_text_MAX_VALUE_CHARS = 100;
function shown(value) {
    const flat = value.replace(/[ \t\r\n]+/g, ' ').trim().replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return flat.length > explain_text_MAX_VALUE_CHARS ? `${flat.slice(0, explain_text_MAX_VALUE_CHARS - 1)}…` : flat;
}
const yesNo = (b) => (b === null ? 'n/a' : b ? 'yes' : 'no');
function where(e) {
    if (!e.listen)
        return e.type === 'pass' ? 'pass' : e.kind === 'client' ? 'outbound' : `${e.type} socket`;
    return `${e.listen.host ?? '*'}:${e.listen.port ?? '?'}`;
}
function formatEndpoint(e, out) {
    const t = e.tls;
    const line = e.line === null ? 'stock master.cf' : `master.cf line ${e.line}`;
    out.push(`  ${e.service}/${e.type} (${e.command}, ${line}) — ${e.role} [${e.roleReason}], ${where(e)}`);
    if (t.dead) {
        out.push(`    DEAD: ${t.dead}`);
    }
    else if (e.kind === 'server') {
        out.push(`    TLS: ${t.implicit ? 'implicit (wrapper mode)' : `STARTTLS advertised: ${yesNo(t.advertised)}`}, usable: ${yesNo(t.offered)}, required: ${yesNo(t.required)}, level: ${t.level}`);
    }
    else {
        out.push(`    TLS: level ${t.level}, used: ${yesNo(t.offered)}, required: ${yesNo(t.required)}${t.implicit ? ', implicit (wrapper mode)' : ''}`);
    }
    if (!t.dead) {
        out.push(`    protocols: ${t.protocols.length ? t.protocols.join(' ') : '(none)'}${t.protocolList ? `  from ${t.protocolList.parameter} = ${shown(t.protocolList.value)}${t.protocolList.valid ? '' : ' (INVALID)'}` : ''}`);
        if (t.cipherGrade !== null)
            out.push(`    cipher grade: ${t.cipherGrade}${t.cipherExclusions.length ? `, excluded: ${t.cipherExclusions.join(' ')}` : ''}`);
        if (t.ciphers)
            out.push(`    ciphers (TLS <= 1.2): ${t.ciphers.length ? t.ciphers.join(' ') : '(none)'}`);
        if (t.cipherClassCounts && t.ciphers?.length) {
            const classes = Object.entries(t.cipherClassCounts).filter(([k, n]) => k !== 'total' && n > 0);
            out.push(`    cipher classes: ${classes.map(([k, n]) => `${k} ${n}`).join(', ')}`);
        }
        if (t.tls13Ciphersuites)
            out.push(`    TLS 1.3 suites: ${t.tls13Ciphersuites.join(' ')}`);
        if (e.kind === 'server')
            out.push(`    certificate configured: ${yesNo(t.certificateConfigured)}, AUTH before TLS: ${yesNo(t.authBeforeTls)}`);
    }
    if (t.templated)
        out.push(`    depends on template placeholders (decided as built-in defaults): ${t.templated.join(', ')}`);
    if (e.postscreen) {
        const p = e.postscreen;
        out.push(`    postscreen: STARTTLS by ${p.starttlsBy}${p.deepProtocolTests.length ? ` (deep tests: ${p.deepProtocolTests.join(', ')})` : ''}; pass service: ${p.passService ?? '(missing)'}; tlsproxy: ${p.tlsproxyService ?? '(missing)'}`);
    }
    if (e.behind)
        out.push(`    receives connections from postscreen: ${e.behind.join(', ')}`);
    // Defaults are left out of the text (the JSON has every value): what the configuration changed matters.
    const changed = [...e.values].filter(([, v]) => v.source !== 'default' || v.chain.some((c) => !c.startsWith('default ')));
    const width = Math.min(40, Math.max(0, ...changed.map(([n]) => n.length)));
    if (changed.length === 0)
        out.push('    every TLS parameter at its built-in default');
    else
        out.push('    settings (all others at their defaults):');
    for (const [name, v] of changed) {
        const from = v.chain.length ? `${v.source} via ${v.chain.join(', ')}` : v.source;
        const raw = v.raw !== v.value ? ` (raw: ${shown(v.raw)})` : '';
        out.push(`      ${name.padEnd(width)} = ${shown(v.value)}${raw}  [${from}]${v.unknown ? ' (templated)' : ''}`);
    }
}
function formatExplainText(models, diagnostics = []) {
    const out = [];
    for (const m of models) {
        out.push(`config set ${m.root === '.' ? '(repository root)' : m.root}`);
        out.push(`  main.cf: ${m.mainCf ?? '(none: built-in defaults)'}; master.cf: ${m.masterCf ?? '(stock)'}`);
        out.push(`  Postfix ${m.postfixVersion.version} (${m.postfixVersion.source}: ${m.postfixVersion.reason})`);
        if (m.endpoints.length === 0)
            out.push('  no TLS endpoints');
        for (const e of m.endpoints)
            formatEndpoint(e, out);
        if (m.diagnostics.length) {
            out.push('  diagnostics:');
            for (const d of m.diagnostics)
                out.push(`    ${formatDiagnostic(d)}`);
        }
        out.push('');
    }
    for (const d of diagnostics)
        out.push(formatDiagnostic(d));
    if (models.length === 0)
        out.push('No Postfix configuration found.');
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// EXTERNAL MODULE: ./src/scan.ts
var scan = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 1 modules
var evaluate = __webpack_require__(6012);
// EXTERNAL MODULE: ./src/report/findings-text.ts
var findings_text = __webpack_require__(8188);
// EXTERNAL MODULE: ./src/policy/suppressions.ts
var suppressions = __webpack_require__(8212);
// EXTERNAL MODULE: ./src/audit.ts + 1 modules
var src_audit = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/report/findings-markdown.ts + 2 modules
var findings_markdown = __webpack_require__(7445);
// EXTERNAL MODULE: ./src/report/sarif.ts + 1 modules
var sarif = __webpack_require__(4011);
// EXTERNAL MODULE: ./src/fix/diff.ts
var fix_diff = __webpack_require__(2404);
// EXTERNAL MODULE: ./src/fix/edits.ts
var edits = __webpack_require__(5130);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/postfix/source.ts
var source = __webpack_require__(7900);
// EXTERNAL MODULE: ./src/discover/regular-file.ts
var regular_file = __webpack_require__(3354);
;// CONCATENATED MODULE: ./src/fix/write-fixes.ts
/**
 * `scan --fix`: write the fixed texts back, one file at a time, each only when it is safe. A file
 * that cannot be written (read-only, immutable, gone) is reported and the others are still written;
 * a file that changed since the scan read it is left alone (the fix was made for the old text and
 * would undo the change); a path whose real location now lies outside the scanned folder (a folder
 * replaced by a symbolic link meanwhile) is not followed; and two config files that are one file
 * through a symbolic link get one write, or none when their fixes disagree.
 */




function reason(error) {
    const e = error;
    return e.code ?? String(error.message ?? error);
}
function writeFixedFiles(root, files) {
    const written = [];
    const problems = [];
    let realRoot;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch (error) {
        return { written, problems: files.map((f) => `${f.file}: not written, the scanned folder cannot be opened now (${reason(error)})`) };
    }
    // Group by real file: a config file may be another one through a symbolic link.
    const byReal = new Map();
    for (const f of files) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(external_node_path_default().join(root, f.file));
        }
        catch (error) {
            problems.push(`${f.file}: not written, it cannot be opened now (${reason(error)})`);
            continue;
        }
        if ((0,regular_file/* isOutside */._)(realRoot, real)) {
            problems.push(`${f.file}: not written, it now leads outside the scanned folder (to ${real})`);
            continue;
        }
        const group = byReal.get(real) ?? { real, members: [] };
        group.members.push(f);
        byReal.set(real, group);
    }
    for (const { real, members } of byReal.values()) {
        const first = members[0];
        const names = members.map((m) => m.file).join(', ');
        if (members.some((m) => m.after !== first.after || m.encoding !== first.encoding)) {
            problems.push(`${names}: not written, they are one file (through a symbolic link) and their config sets need different fixes`);
            continue;
        }
        try {
            const now = (0,regular_file/* readRegularFile */.X)(real);
            if (!members.some((m) => now.equals((0,source/* encodeText */.wx)(m.before, m.encoding)))) {
                problems.push(`${names}: not written, the file changed after the scan read it (scan again)`);
                continue;
            }
            (0,external_node_fs_.writeFileSync)(real, (0,source/* encodeText */.wx)(first.after, first.encoding));
            written.push(...members.map((m) => m.file));
        }
        catch (error) {
            problems.push(`${names}: not written (${reason(error)})`);
        }
    }
    return { written, problems };
}

// EXTERNAL MODULE: ./src/listing.ts
var src_listing = __webpack_require__(4907);
// EXTERNAL MODULE: ./src/discover/index.ts + 3 modules
var discover = __webpack_require__(2128);
// EXTERNAL MODULE: ./src/postfix/config-set.ts
var config_set = __webpack_require__(7046);
// EXTERNAL MODULE: ./src/report/terminal-safe.ts
var terminal_safe = __webpack_require__(5688);
;// CONCATENATED MODULE: ./src/cli/scan-command.ts
/**
 * `scan` and `explain` once src/cli/run.ts has checked their arguments: the analysis and the report
 * formatters. run.ts imports this module when a command needs it (the bundle keeps it in a chunk of its
 * own), after starting git's listing of the scanned tree, so that git runs while this is compiled.
 */





















async function runScan(request, streamed) {
    const { cwd, root, scanOptions, format, failOn, postfixVersion } = request;
    if (request.list) {
        // One set at a time: each set is parsed, listed and let go (holding every set's parse trees until the
        // end took 340 MB for 1,000 sets, and a scan of / over a few such trees 1.17 GB). The pieces join to
        // formatScanText / scanToJson of the whole listing.
        const chunks = [];
        const sink = streamed ?? ((chunk) => void chunks.push(chunk));
        const write = (chunk) => sink(format === 'json' ? (0,terminal_safe/* jsonSafe */.y)(chunk) : (0,terminal_safe/* terminalSafe */.k)(chunk));
        const shownRoot = external_node_path_default().relative(cwd, root) || '.';
        const { sets, diagnostics } = await (0,discover/* discoverConfigSets */.LL)(root, scanOptions);
        const count = sets.length;
        const files = sets.reduce((n, set) => n + set.files.length, 0);
        write(format === 'json' ? scanJsonHead(shownRoot, version/* TOOL_VERSION */.w) : formatScanHead(shownRoot, count, files, diagnostics));
        for (let i = 0; i < count; i++) {
            const listing = (0,src_listing/* listingOf */.K)((0,config_set/* loadConfigSet */.p)(sets[i]));
            // The set's files (their bytes) are let go once it is listed.
            delete sets[i];
            write(format === 'json' ? scanJsonSet(listing, i) : formatSetText(listing));
        }
        if (format === 'json')
            writeScanJsonTail(count, diagnostics, {}, write);
        return { stdout: chunks.join(''), stderr: '', exitCode: 0 };
    }
    const loaded = await (0,src_audit/* loadPolicy */.tb)({ root, cwd, ...(request.policy !== undefined ? { file: request.policy } : {}), ...(request.profile !== undefined ? { profile: request.profile } : {}) });
    if (!loaded.ok)
        return { stdout: '', stderr: loaded.messages.map((m) => (m.includes(': policy error: ') ? `${m}\n` : `postfix-tls-audit: ${m}\n`)).join(''), exitCode: 2 };
    const policy = loaded.policy;
    let baseline;
    if (request.baseline !== undefined) {
        try {
            baseline = (0,suppressions/* readBaselineFile */.s$)(external_node_path_default().resolve(cwd, request.baseline));
        }
        catch (error) {
            return { stdout: '', stderr: `postfix-tls-audit: cannot use baseline ${request.baseline}: ${error.message}\n`, exitCode: 2 };
        }
    }
    // Only the text and Markdown reports, --diff and --fix show the combined fixes. No output needs the
    // models, so each set's are dropped once it is judged.
    const combineFixes = request.diff || request.fix || format === 'text' || format === 'markdown';
    const auditOptions = {
        ...scanOptions,
        policy,
        ...(postfixVersion !== undefined ? { postfixVersion } : {}),
        ...(baseline ? { baseline } : {}),
        keepModels: false,
        combineFixes,
    };
    const shownRoot = external_node_path_default().relative(cwd, root) || '.';
    const exitOf = (findings) => (failOn !== 'never' && findings.some((f) => (0,evaluate.severityAtLeast)(f.severity, failOn)) ? 1 : 0);
    if (!request.diff && !request.fix && (format === 'text' || format === 'json')) {
        // The text and JSON reports are written as the scan goes: the listing's head once the sets are found,
        // each set's listing once it is judged, the findings at the end. Only the lines the findings show
        // and the diff of the fixes are kept of the files.
        const chunks = [];
        const sink = streamed ?? ((chunk) => void chunks.push(chunk));
        // Every piece is whole lines (terminalSafe looks at line starts).
        const write = (chunk) => sink(format === 'json' ? (0,terminal_safe/* jsonSafe */.y)(chunk) : (0,terminal_safe/* terminalSafe */.k)(chunk));
        let sets = 0;
        const audit = await (0,src_audit/* auditRepository */.Qx)(root, {
            ...auditOptions,
            retain: 'report',
            onDiscovered: (found) => {
                sets = found.sets.length;
                const files = found.sets.reduce((n, set) => n + set.files.length, 0);
                write(format === 'json' ? scanJsonHead(shownRoot, version/* TOOL_VERSION */.w) : formatScanHead(shownRoot, found.sets.length, files, found.diagnostics));
            },
            onSet: (listing, index) => write(format === 'json' ? scanJsonSet(listing, index) : formatSetText(listing)),
        });
        const { findings } = audit;
        if (format === 'json')
            writeScanJsonTail(sets, audit.listing.diagnostics, (0,findings_text/* findingsToJson */.W6)(findings, policy), write);
        else {
            write('\n');
            (0,findings_text/* writeFindingsText */.to)(findings, policy, audit.findingLine, write);
            write(suggestedChanges(audit.fixesDiff()));
        }
        return { stdout: chunks.join(''), stderr: '', exitCode: exitOf(findings) };
    }
    const audit = await (0,src_audit/* auditRepository */.Qx)(root, auditOptions);
    const { sources, findings } = audit;
    const exitCode = exitOf(findings);
    if (request.diff || request.fix) {
        const combined = audit.fixes();
        // A file that is not UTF-8 keeps its own bytes in the patch (bytes), or git apply would not find its lines.
        const { diff: diffText, bytes, withheld } = audit.fixesDiff();
        const diff = bytes ?? diffText;
        let stderr = combined.skipped.length ? `postfix-tls-audit: ${combined.skipped.length} fix(es) overlap earlier ones and were left out: ${combined.skipped.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n` : '';
        if (combined.conflicting.length)
            stderr += `postfix-tls-audit: ${combined.conflicting.length} fix(es) do not verify together with earlier ones and were left out: ${combined.conflicting.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n`;
        // --fix says the same of these files when it does not write them.
        if (request.diff)
            stderr += withheld.map((w) => `postfix-tls-audit: ${(0,fix_diff/* withheldSentence */.T8)(w)}\n`).join('');
        if (request.fix) {
            const fixed = [...(0,edits/* applyEditsToFiles */.yu)(combined.texts, combined.edits)].map(([file, after]) => ({
                file,
                before: combined.texts.get(file),
                after,
                encoding: sources.get(file)?.encoding ?? 'utf8',
            }));
            const { written, problems } = writeFixedFiles(root, fixed);
            if (problems.length === 0)
                stderr += `postfix-tls-audit: applied ${combined.applied.length} fix(es) to ${written.length} file(s): ${written.join(', ')}\n`;
            else {
                // A fix that could not be written is an error of the run, not a finding (exit 2).
                stderr += `postfix-tls-audit: wrote ${written.length} of ${fixed.length} fixed file(s)${written.length ? `: ${written.join(', ')}` : ''}\n`;
                stderr += problems.map((p) => `postfix-tls-audit: ${p}\n`).join('');
                return { stdout: request.diff ? diff : '', stderr, exitCode: 2 };
            }
        }
        return { stdout: request.diff ? diff : '', stderr, exitCode };
    }
    if (format === 'sarif') {
        const uriOf = (file) => external_node_path_default().relative(cwd, external_node_path_default().join(root, file)).split((external_node_path_default()).sep).join('/');
        return { stdout: (0,terminal_safe/* jsonSafe */.y)(`${JSON.stringify((0,sarif/* findingsToSarif */.V$)(findings, policy, { toolVersion: version/* TOOL_VERSION */.w, uriOf }), null, 2)}\n`), stderr: '', exitCode };
    }
    const { diff, withheld } = audit.fixesDiff();
    return { stdout: (0,findings_markdown/* findingsToMarkdown */.j_)(findings, policy, diff, { withheld: withheld.map(fix_diff/* withheldSentence */.T8) }), stderr: '', exitCode };
}
/** The verified fixes as one diff, for the text report. */
function suggestedChanges({ diff, applied, edits, withheld }) {
    if (edits === 0)
        return '';
    const left = withheld.map((w) => `${(0,fix_diff/* withheldSentence */.T8)(w)}\n`).join('');
    return `\nSuggested changes (${applied} verified fix(es); --diff prints only this, --fix writes it):\n\n${diff}${left ? `${diff ? '\n' : ''}${left}` : ''}`;
}
/** An `explain` whose arguments run.ts has checked. */
async function runExplain(request) {
    const { postfixVersion } = request;
    const result = await (0,scan/* scanRepository */.G)(request.root, request.scanOptions);
    const models = result.sets.map((set) => (0,model/* buildConfigSetModel */.ET)(set, postfixVersion !== undefined ? { postfixVersion } : {}));
    const stdout = request.format === 'json'
        ? (0,terminal_safe/* jsonSafe */.y)(`${JSON.stringify(explainToJson(models, version/* TOOL_VERSION */.w, result.diagnostics), null, 2)}\n`)
        : (0,terminal_safe/* terminalSafe */.k)(formatExplainText(models, result.diagnostics));
    return { stdout, stderr: '', exitCode: 0 };
}


/***/ }),

/***/ 4907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listingOf)
/* harmony export */ });
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


/***/ }),

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ UNUSED_SUPPRESSION),
/* harmony export */   px: () => (/* binding */ applySuppressions),
/* harmony export */   s$: () => (/* binding */ readBaselineFile)
/* harmony export */ });
/* unused harmony exports SUPPRESSION_MARKER, suppressionsIn, baselineFingerprints, MAX_BASELINE_FILE_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3354);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2742);
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
    const sources = (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .sourcesOf */ .u)(models);
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
                fingerprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update([UNUSED_SUPPRESSION, s.file, s.rules.join(',')].join('\u0000')).digest('hex').slice(0, 16),
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
const MAX_BASELINE_FILE_BYTES = 128 * 1024 * 1024;
/**
 * The fingerprints of a baseline file. Only a regular file of at most MAX_BASELINE_FILE_BYTES is read
 * (a FIFO would block, /dev/zero would fill memory until the process aborted); throws a readable message.
 */
function readBaselineFile(file) {
    const text = (0,_discover_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .X)(file, MAX_BASELINE_FILE_BYTES, ' (a JSON array of the fingerprints alone is much smaller)').toString('utf8');
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


/***/ })

};
