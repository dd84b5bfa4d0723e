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
        for (const s of services) {
            if (plain.includes(s))
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
// EXTERNAL MODULE: ./src/audit.ts + 2 modules
var src_audit = __webpack_require__(5115);
// EXTERNAL MODULE: ./src/report/findings-markdown.ts + 1 modules
var findings_markdown = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
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
var listing = __webpack_require__(4907);
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
        const result = await (0,scan/* scanRepository */.G)(root, scanOptions);
        const shown = { ...(0,listing/* listingOfScan */.L)(result), root: external_node_path_default().relative(cwd, root) || '.' };
        const stdout = format === 'json' ? (0,terminal_safe/* jsonSafe */.y)(`${JSON.stringify(scanToJson(shown, version/* TOOL_VERSION */.w), null, 2)}\n`) : (0,terminal_safe/* terminalSafe */.k)(formatScanText(shown));
        return { stdout, stderr: '', exitCode: 0 };
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
    const exitOf = (findings) => (failOn !== 'never' && findings.some((f) => (0,evaluate/* severityAtLeast */._2)(f.severity, failOn)) ? 1 : 0);
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
        const diff = (0,fix_diff/* unifiedDiff */.WH)(combined.texts, combined.edits);
        let stderr = combined.skipped.length ? `postfix-tls-audit: ${combined.skipped.length} fix(es) overlap earlier ones and were left out: ${combined.skipped.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n` : '';
        if (combined.conflicting.length)
            stderr += `postfix-tls-audit: ${combined.conflicting.length} fix(es) do not verify together with earlier ones and were left out: ${combined.conflicting.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n`;
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
    return { stdout: (0,findings_markdown/* findingsToMarkdown */.j)(findings, policy, audit.fixesDiff().diff), stderr: '', exitCode };
}
/** The verified fixes as one diff, for the text report. */
function suggestedChanges({ diff, applied, edits }) {
    if (edits === 0)
        return '';
    return `\nSuggested changes (${applied} verified fix(es); --diff prints only this, --fix writes it):\n\n${diff}`;
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


/***/ })

};
