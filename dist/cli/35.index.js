export const id = 35;
export const ids = [35];
export const modules = {

/***/ 2035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPostconf: () => (/* binding */ runPostconf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 4 modules
var defaults = __webpack_require__(3225);
// EXTERNAL MODULE: ./src/postfix/expand.ts
var expand = __webpack_require__(8921);
// EXTERNAL MODULE: ./src/postfix/main-cf.ts
var main_cf = __webpack_require__(9188);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/postfix/param-universe.ts
var param_universe = __webpack_require__(502);
// EXTERNAL MODULE: ./src/postfix/source.ts
var postfix_source = __webpack_require__(7900);
;// CONCATENATED MODULE: ./src/postconf/main-views.ts
/**
 * main.cf views of postconf: `-n`, `-d`, `-x`, `-h`, `-H`, `-f` and named parameters
 * (S:v3.7.11 src/postconf/postconf_main.c, postconf_print.c, postconf_lookup.c).
 */


const LINE_LIMIT = 80;
const INDENT = '    ';
const SEPARATORS = ' \t\r\n';
/**
 * pcf_print_line(): whitespace between words becomes one space (even inside values), and with
 * -f lines are folded before 80 columns with a 4-space indent. Widths count bytes.
 */
function printLine(text, fold, byteLength) {
    let out = '';
    let lineLen = 0;
    let i = 0;
    while (i < text.length) {
        while (i < text.length && SEPARATORS.includes(text[i]))
            i++;
        if (i >= text.length)
            break;
        let j = i;
        while (j < text.length && !SEPARATORS.includes(text[j]))
            j++;
        const word = text.slice(i, j);
        const wordLen = byteLength(word);
        if (wordLen > 0 && lineLen > 0) {
            if (!fold || lineLen + wordLen < LINE_LIMIT) {
                out += ' ';
                lineLen += 1;
            }
            else {
                out += `\n${INDENT}`;
                lineLen = INDENT.length;
            }
        }
        out += word;
        lineLen += wordLen;
        i = j;
    }
    return `${out}\n`;
}
/** pcf_lookup_parameter_value(). */
function lookupParameter(src, mode, name, scope) {
    if (!mode.showDefaults) {
        // pcf_lookup_parameter_value(): a service's service_name/process_name, then its -o, then main.cf.
        const local = scope?.readOnly?.get(name) ?? scope?.params.get(name);
        if (local !== undefined)
            return local;
        const v = src.main.get(name);
        if (v !== undefined)
            return v;
        if (mode.nonDefault)
            return undefined;
    }
    if (!src.universe.table.has(name))
        return undefined;
    return src.defaultOf(name);
}
/** pcf_expand_parameter_value(): recursive expansion; -n does not limit the lookups. */
function expandParameter(src, mode, value, scope) {
    const m = { showDefaults: mode.showDefaults, nonDefault: false };
    return (0,expand/* macExpand */.eY)(value, (name) => lookupParameter(src, m, name, scope), { recurse: true });
}
function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** pcf_show_parameters(): all known parameters sorted by name, or the named ones in order. */
function showParameters(src, mode, names, byteLength) {
    const out = [];
    const warnings = [];
    const printOne = (name) => {
        let value = lookupParameter(src, mode, name);
        if (value === undefined)
            return undefined;
        if (mode.hideValue) {
            out.push(printLine(`${name}\n`, mode.fold, byteLength));
            return undefined;
        }
        if (mode.expand && !param_universe/* RAW_PARAMETERS */.uh.has(name)) {
            const r = expandParameter(src, mode, value);
            warnings.push(...r.warnings);
            if (r.error)
                return 'macro processing error';
            value = r.value;
        }
        out.push(printLine(mode.hideName ? `${value}\n` : `${name} = ${value}\n`, mode.fold, byteLength));
        return undefined;
    };
    if (names.length === 0) {
        const all = [...src.universe.table.entries()].filter(([, node]) => node.class !== 'legacy').map(([n]) => n);
        all.sort(byteCompare);
        for (const name of all) {
            const fatal = printOne(name);
            if (fatal)
                return { stdout: out.join(''), warnings, fatal };
        }
    }
    else {
        for (const name of names) {
            if (!src.universe.table.has(name)) {
                warnings.push(`${name}: unknown parameter`);
                continue;
            }
            const fatal = printOne(name);
            if (fatal)
                return { stdout: out.join(''), warnings, fatal };
        }
    }
    return { stdout: out.join(''), warnings };
}

;// CONCATENATED MODULE: ./src/postconf/master-views.ts
/**
 * postconf's master.cf views, byte-identical to Postfix 3.7 (S:v3.7.11 src/postconf/postconf_master.c,
 * postconf_print.c, postconf_match.c, postconf_lookup.c; reference §2.4).
 *
 * Exported functions (all pure; they never print and never throw for bad input):
 *
 *   showMasterEntries(master, filters, opts)  -> MasterViewResult   `postconf -M [-f] [-x] [name[/type] ...]`
 *   showMasterFields(master, filters, opts)   -> MasterViewResult   `postconf -F [-f] [-x] [name[/type[/field]] ...]`
 *   showMasterParams(master, filters, opts)   -> MasterViewResult   `postconf -P [-f] [-x] [name[/type[/param]] ...]`
 *   checkMasterEntryFilters(filters)          -> string | undefined  the fatal postconf reports for bad -M filters
 *                                                                     (after reading master.cf, like -F/-P)
 *   masterReadMessages(master, masterPath)    -> { warnings, fatal? } what reading master.cf prints
 *   serviceNamespace(master, service)         -> ReadonlyMap<string,string> the service's -o name=value as postconf sees them
 *
 * `MasterViewResult.stdout` is the text postconf writes (encode it with master.source.encoding);
 * `warnings` are stderr lines without the "postconf: warning: " prefix, in order; `fatal` is the text
 * after "postconf: fatal: " when postconf exits 1 (stdout is then empty: postconf's buffered output is
 * lost on exit). `opts.masterPath` is "<config_directory>/master.cf" as postconf prints it.
 *
 * For -x, `opts.lookup(name)` must return the raw value of `name` from main.cf, else its built-in
 * default, else undefined; this module layers the service's own -o values (and the read-only
 * service_name / process_name) on top and expands with expandValue() semantics.
 */


const master_views_LINE_LIMIT = 80;
const INDENT_LEN = 4;
const INDENT_TEXT = '    ';
const master_views_SEPARATORS = ' \t\r\n';
const BLANKS = ' \t\r\n';
const COLUMN_GOAL = [0, 11, 17, 25, 33, 41, 49, 57];
/** Parameters postconf refuses in master.cf and main.cf ("read-only parameter assignment"). */
const READ_ONLY_PARAMETERS = new Set(['process_id', 'process_name', 'service_name']);
const hasBlank = (s) => [...s].some((c) => BLANKS.includes(c));
class ExpansionFatal extends Error {
}
/**
 * The service's -o name=value settings as postconf collects them (pcf_register_user_parameters):
 * options up to the first non-option argument, later ones win, and entries with the same
 * name/type SHARE one name space (postconf keys it by "name/type"), read-only names removed.
 */
function serviceNamespace(master, service) {
    const ns = new Map();
    const key = `${service.name}/${service.type}`;
    for (const s of master.services) {
        if (`${s.name}/${s.type}` !== key)
            continue;
        for (const [name, value] of ownSettings(s))
            ns.set(name, value);
    }
    for (const n of READ_ONLY_PARAMETERS)
        ns.delete(n);
    return ns;
}
/** This entry's own -o arguments that postconf parses into name=value, in argv order. */
function* ownSettings(s) {
    const argv = s.normalizedArgv;
    for (let f = 8; f < argv.length; f++) {
        const arg = argv[f];
        if (arg[0] !== '-' || arg === '--')
            break;
        if (arg === '-o' && f + 1 < argv.length) {
            const v = argv[f + 1];
            const nv = (0,master_cf/* splitNameValue */.bF)(v, 0, v.length);
            if (!('error' in nv))
                yield [v.slice(nv.nameStart, nv.nameEnd), v.slice(nv.valueStart, nv.valueEnd)];
            f += 1;
        }
    }
}
function expander(master, service, opts, warnings) {
    const ns = serviceNamespace(master, service);
    const cmd = service.command;
    const ro = new Map([
        ['service_name', service.name],
        ['process_name', cmd.slice(cmd.lastIndexOf('/') + 1)],
    ]);
    const lookup = (name) => ro.get(name) ?? ns.get(name) ?? opts.lookup?.(name);
    return (v) => {
        const r = (0,expand/* macExpand */.eY)(v, lookup, { recurse: true });
        warnings.push(...r.warnings);
        if (r.error)
            throw new ExpansionFatal('macro processing error');
        return r.value;
    };
}
function widthIn(encoding) {
    return encoding === 'latin1' ? (s) => s.length : (s) => Buffer.byteLength(s, 'utf8');
}
/** pcf_print_line(): normalize whitespace to single spaces, optionally fold at 80 columns (widths in bytes). */
function master_views_printLine(text, fold, width) {
    let out = '';
    let lineLen = 0;
    const words = text.split(/[ \t\r\n]+/).filter((w) => w.length > 0);
    for (const w of words) {
        if (lineLen > 0) {
            if (!fold || lineLen + width(w) < master_views_LINE_LIMIT) {
                out += ' ';
                lineLen += 1;
            }
            else {
                out += '\n' + INDENT_TEXT;
                lineLen = INDENT_LEN;
            }
        }
        out += w;
        lineLen += width(w);
    }
    return out + '\n';
}
/** Postfix's strchr(pcf_daemon_options_expecting_value, arg[1]): true for "-o..." and for "-" (NUL matches). */
const expectsValue = (arg) => arg.length < 2 || arg[1] === 'o';
/**
 * The argument part shared by pcf_print_master_entry (-M; extra = 3) and pcf_print_master_field
 * (-F command; extra = 1): options with a value start a new folded line and stay with their value;
 * non-option arguments containing blanks are shown in {}.
 */
function appendArguments(argv, start, state, fold, extra, expand, width) {
    let inOptions = true;
    for (let field = start; field < argv.length; field++) {
        const arg = argv[field];
        let argLen = width(arg);
        let aval;
        let needParens = false;
        // Postfix computes the need for {} only for non-options AFTER the first one: the first
        // non-option argument is printed without braces even when it contains blanks.
        if (!inOptions)
            needParens = hasBlank(arg);
        else {
            if (arg[0] !== '-' || arg === '--') {
                inOptions = false;
            }
            else if (expectsValue(arg) && field + 1 < argv.length) {
                aval = argv[field + 1];
                state.lineLen = master_views_LINE_LIMIT;
                if (arg === '-o' && expand)
                    aval = expand(aval);
                argLen += width(aval) + extra;
                needParens = hasBlank(aval);
                if (needParens)
                    argLen += 2;
            }
        }
        if (state.lineLen > INDENT_LEN) {
            if (!fold || state.lineLen + 1 + argLen < master_views_LINE_LIMIT) {
                state.out += ' ';
                state.lineLen += 1;
            }
            else {
                state.out += '\n' + INDENT_TEXT;
                state.lineLen = INDENT_LEN;
            }
        }
        const braced = !inOptions && needParens;
        state.out += braced ? `{${arg}}` : arg;
        state.lineLen += width(arg) + (braced ? 2 : 0);
        if (aval !== undefined) {
            state.out += ' ' + (needParens ? `{${aval}}` : aval);
            field += 1;
            state.lineLen = master_views_LINE_LIMIT;
        }
    }
}
function printMasterEntry(service, fold, expand, width) {
    const argv = service.normalizedArgv;
    const state = { out: '', lineLen: 0 };
    for (let field = 0; field < 8; field++) {
        const arg = argv[field];
        if (state.lineLen > 0) {
            do {
                state.out += ' ';
                state.lineLen += 1;
            } while (state.lineLen < COLUMN_GOAL[field]);
        }
        state.out += arg;
        state.lineLen += width(arg);
    }
    appendArguments(argv, 8, state, fold, 3, expand, width);
    return state.out + '\n';
}
function printMasterField(service, field, fold, expand, width) {
    const argv = service.normalizedArgv;
    const state = { out: '', lineLen: 0 };
    state.out = `${argv[0]}/${argv[1]}/${master_cf/* MASTER_FIELD_NAMES */.ZN[field]} = `;
    state.lineLen = width(state.out);
    const value = argv[field];
    // Unlike the rest, this break does not depend on -f.
    if (state.lineLen + width(value) > master_views_LINE_LIMIT) {
        state.out += '\n' + INDENT_TEXT;
        state.lineLen = INDENT_LEN;
    }
    state.out += value;
    state.lineLen += width(value);
    if (field === 7)
        appendArguments(argv, 8, state, fold, 1, expand, width);
    return state.out + '\n';
}
/** pcf_parse_service_pattern(): split on "/" (empty parts vanish), "*" only alone; pad with "*". */
function parseServicePattern(raw, min, max) {
    if (raw.startsWith('/'))
        return undefined;
    const parts = raw.split('/').filter((p) => p.length > 0);
    if (parts.length < min || parts.length > max)
        return undefined;
    if (parts.some((p) => p !== '*' && p.includes('*')))
        return undefined;
    while (parts.length < max)
        parts.push('*');
    return parts;
}
const matches = (p, s) => (p[0] === '*' || p[0] === s.name) && (p[1] === '*' || p[1] === s.type);
/** The fatal postconf reports for -M filters (it checks them after reading master.cf). */
function checkMasterEntryFilters(filters) {
    for (const f of filters)
        if (!parseServicePattern(f, 1, 2))
            return '-M option requires service_name[/type]';
    return undefined;
}
/** What postconf prints while reading master.cf: warnings in order, and the fatal that stops it. */
function masterReadMessages(master, masterPath = master.source.path) {
    const enc = master.source.encoding;
    const warnings = master.postconfWarnings.map((w) => (0,master_cf/* printableAsPostfix */.Xz)(w.pathPrefixed ? `${masterPath}: ${w.text}` : w.text, enc));
    const f = master.postconfFatal;
    if (!f)
        return { warnings };
    const fatal = f.kind === 'field-count' ? `file ${masterPath}: line ${f.line}: bad field count` : (0,master_cf/* printableAsPostfix */.Xz)(f.text, enc);
    return { warnings, fatal };
}
function run(master, opts, preCheck, body) {
    const masterPath = opts.masterPath ?? master.source.path;
    if (preCheck !== undefined)
        return { stdout: '', warnings: [], fatal: preCheck, exitCode: 1 };
    const read = masterReadMessages(master, masterPath);
    const warnings = [...read.warnings];
    if (read.fatal !== undefined)
        return { stdout: '', warnings, fatal: read.fatal, exitCode: 1 };
    try {
        const stdout = body(warnings);
        return { stdout, warnings: warnings.map((w) => (0,master_cf/* printableAsPostfix */.Xz)(w, master.source.encoding)), exitCode: 0 };
    }
    catch (e) {
        if (e instanceof ExpansionFatal || e instanceof FilterFatal) {
            return { stdout: '', warnings: warnings.map((w) => (0,master_cf/* printableAsPostfix */.Xz)(w, master.source.encoding)), fatal: e.message, exitCode: 1 };
        }
        throw e;
    }
}
class FilterFatal extends Error {
}
function filterRun(master, filters, min, max, fatalText, warnings, each, validate) {
    let out = '';
    if (filters.length === 0) {
        for (const s of master.services)
            out += each(s, undefined);
        return out;
    }
    const reqs = filters.map((raw) => {
        const p = parseServicePattern(raw, min, max);
        if (!p)
            throw new FilterFatal(fatalText);
        validate?.(p);
        return { raw, p, count: 0 };
    });
    for (const s of master.services) {
        for (const r of reqs) {
            if (!matches(r.p, s))
                continue;
            const text = each(s, r.p);
            if (text !== '\u0000') {
                r.count++;
                out += text;
            }
        }
    }
    for (const r of reqs)
        if (r.count === 0)
            warnings.push(`unmatched request: "${r.raw}"`);
    return out;
}
/** `postconf -M [-f] [-x] [filters]` */
function showMasterEntries(master, filters = [], opts = {}) {
    return run(master, opts, undefined, (warnings) => filterRun(master, filters, 1, 2, '-M option requires service_name[/type]', warnings, (s) => printMasterEntry(s, opts.fold ?? false, opts.expand ? expander(master, s, opts, warnings) : undefined, widthIn(master.source.encoding))));
}
/** `postconf -F [-f] [-x] [filters]` */
function showMasterFields(master, filters = [], opts = {}) {
    const fieldIndex = (name) => (name === '*' ? -1 : master_cf/* MASTER_FIELD_NAMES */.ZN.indexOf(name));
    return run(master, opts, undefined, (warnings) => filterRun(master, filters, 1, 3, '-F option requires service_name[/type[/field]]', warnings, (s, p) => {
        const exp = opts.expand ? expander(master, s, opts, warnings) : undefined;
        const idx = p ? fieldIndex(p[2]) : -1;
        const width = widthIn(master.source.encoding);
        if (idx >= 0)
            return printMasterField(s, idx, opts.fold ?? false, exp, width);
        let out = '';
        for (let f = 0; f < 8; f++)
            out += printMasterField(s, f, opts.fold ?? false, exp, width);
        return out;
    }, (p) => {
        if (fieldIndex(p[2]) === -1 && p[2] !== '*')
            throw new FilterFatal(`invalid service attribute name: "${p[2]}"`);
    }));
}
/** `postconf -P [-f] [-x] [filters]`: per service (file order), its parameters sorted by name. */
function showMasterParams(master, filters = [], opts = {}) {
    const fold = opts.fold ?? false;
    return run(master, opts, undefined, (warnings) => {
        const printParam = (s, name, value, exp) => master_views_printLine(`${s.name}/${s.type}/${name} = ${exp ? exp(value) : value}`, fold, widthIn(master.source.encoding));
        const all = (s) => {
            const ns = serviceNamespace(master, s);
            const exp = opts.expand ? expander(master, s, opts, warnings) : undefined;
            return [...ns.keys()]
                .sort(compareBytes)
                .map((n) => printParam(s, n, ns.get(n), exp))
                .join('');
        };
        if (filters.length === 0) {
            let out = '';
            for (const s of master.services)
                if (hasNamespace(master, s))
                    out += all(s);
            return out;
        }
        return filterRun(master, filters, 1, 3, '-P option requires service_name[/type[/parameter]]', warnings, (s, p) => {
            if (!hasNamespace(master, s))
                return '\u0000';
            const param = p[2];
            if (param === '*')
                return all(s);
            const ns = serviceNamespace(master, s);
            const v = ns.get(param);
            if (v === undefined)
                return '\u0000';
            return printParam(s, param, v, opts.expand ? expander(master, s, opts, warnings) : undefined);
        });
    });
}
/**
 * postconf creates a "service/type" name space at the first entry with a -o name=value that parses (even
 * if read-only and deleted later); an entry shows the shared name space only when it existed by the time
 * postconf read that entry (pcf_register_user_parameters: dict_handle() after the entry's own -o).
 * So an entry without -o shows nothing when it comes before its namesake, and everything when after.
 */
function hasNamespace(master, s) {
    const key = `${s.name}/${s.type}`;
    for (const e of master.services) {
        if (`${e.name}/${e.type}` === key && !ownSettings(e).next().done)
            return true;
        if (e === s)
            return false;
    }
    return false;
}
/** strcmp() order on the bytes (UTF-16 order differs for astral characters; close enough for names). */
function compareBytes(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

;// CONCATENATED MODULE: ./src/postconf/command.ts
/**
 * `postconf` emulation, byte-identical to Postfix 3.7.11 for the main.cf views (-n -d -x -h -H -f,
 * named parameters) and, through master-views.ts, the master.cf views (-M -F -P).
 * Follows S:v3.7.11 src/postconf/postconf.c main(): option parsing and compatibility checks,
 * then main.cf, built-ins, master.cf, service and user parameters, output, "unused" warnings.
 *
 * Host-derived values (myhostname, mydomain, mynetworks, process_id, process_name) are computed
 * on this machine at run time, with main.cf's mydomain / myhostname / inet_interfaces /
 * inet_protocols / mynetworks_style / compatibility_level taken into account like postconf does.
 * process_id is our own pid, so it never equals the real postconf's.
 */










const PROGRAM = 'postconf';
let currentEnv = {};
const DEFAULT_CONFIG_DIR = '/etc/postfix';
/** VSTREAM buffer size: on a fatal exit only whole 4096-byte blocks of stdout have been written. */
const STDOUT_BLOCK = 4096;
const USAGE = 'usage: postconf [-a (server SASL types)] [-A (client SASL types)] [-b (bounce templates)] [-c config_dir] ' +
    '[-c param_class] [-d (parameter defaults)] [-e (edit configuration)] [-f (fold lines)] [-F (master.cf fields)] ' +
    '[-h (no names)] [-H (no values)] [-l (lock types)] [-m (map types)] [-M (master.cf)] [-n (non-default parameters)] ' +
    '[-o name=value (override parameter value)] [-p (main.cf, default)] [-P (master.cf parameters)] [-t (bounce templates)] ' +
    '[-T compile-version|run-version|public-key-algorithms] [-v (verbose)] [-x (expand parameter values)] [-X (exclude)] ' +
    '[-# (comment-out)] [name...]';
/** Option letters in pcf_compat_names order (the order postconf lists them in messages). */
const FLAG_ORDER = ['a', 'A', 'b', 'C', 'd', 'e', 'f', 'F', 'h', 'H', 'l', 'm', 'M', 'n', 'o', 'p', 'P', 't', 'T', 'x', 'X', '#'];
const MAJOR = ['a', 'A', 'b', 'l', 'm', 't', 'p', 'M', 'F', 'P', 'T'];
const EXCLUSIVE = [
    MAJOR,
    ['d', 'e', 'n', '#', 'X'],
    ['f', 'e', '#', 'X'],
    ['x', 'e', '#', 'X'],
    ['o', 'd', 'e', '#', 'X'],
    ['h', 'e', '#', 'X', 'H'],
];
const COMPAT = [
    ['a', []],
    ['A', []],
    ['b', []],
    ['l', []],
    ['m', []],
    ['T', []],
    ['t', []],
    ['p', ['e', 'X', '#', 'f', 'h', 'C', 'x', 'd', 'n', 'o', 'H']],
    ['M', ['e', 'X', '#', 'f', 'o', 'x']],
    ['F', ['e', 'f', 'h', 'o', 'x', 'H']],
    ['P', ['e', 'X', 'f', 'h', 'o', 'x', 'H']],
    ['C', ['p', 'd', 'n']],
];
const WITH_ARGUMENT = new Set(['c', 'C', 'o', 'T']);
const KNOWN_OPTIONS = new Set([...'aAbcCdeEfFhHlmMnopPqtTvxX#']);
const EMULATED = new Set([...'cdfFhHMnpPxv']);
class Exit extends Error {
    fatal;
    constructor(fatal) {
        super(fatal);
        this.fatal = fatal;
    }
}
function byteLengthFor(encoding) {
    return (s) => Buffer.byteLength(s, encoding);
}
/** Emulate `postconf` with the given argv (e.g. ['-c', dir, '-n']). Never throws for bad config input. */
function runPostconf(argv, env = {}) {
    const o = { out: '', warnings: [], encoding: 'utf8' };
    currentEnv = env;
    try {
        command_run(argv, o);
    }
    catch (e) {
        if (e instanceof Exit)
            o.fatal = e.fatal;
        else if (e instanceof ExitWithPlainLine) {
            return { stdout: Buffer.alloc(0), stderr: `${e.line}\n${PROGRAM}: fatal: ${e.fatal}\n`, exitCode: 1 };
        }
        else
            o.fatal = `internal error: ${e.message}`;
    }
    let stdout = Buffer.from(o.out, o.encoding);
    if (o.fatal !== undefined)
        stdout = stdout.subarray(0, Math.floor(stdout.length / STDOUT_BLOCK) * STDOUT_BLOCK);
    const lines = o.warnings.map((w) => `${PROGRAM}: warning: ${w}\n`);
    if (o.fatal !== undefined)
        lines.push(`${PROGRAM}: fatal: ${o.fatal}\n`);
    return { stdout, stderr: lines.join(''), exitCode: o.fatal === undefined ? 0 : 1 };
}
/** GETOPT with a leading "+": stop at the first non-option argument (sys_defs.h). */
function parseOptions(argv, o) {
    const flags = new Set();
    let configDir = process.env.MAIL_CONFIG ?? DEFAULT_CONFIG_DIR;
    let configDirGiven = process.env.MAIL_CONFIG !== undefined;
    const overrides = [];
    let i = 0;
    for (; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            i++;
            break;
        }
        if (!arg.startsWith('-') || arg === '-')
            break;
        for (let k = 1; k < arg.length; k++) {
            const ch = arg[k];
            if (!KNOWN_OPTIONS.has(ch)) {
                o.warnings.length = 0;
                throw new UsageError(`invalid option -- '${ch}'`);
            }
            if (WITH_ARGUMENT.has(ch)) {
                let value = arg.slice(k + 1);
                if (value === '') {
                    if (i + 1 >= argv.length)
                        throw new UsageError(`option requires an argument -- '${ch}'`);
                    value = argv[++i];
                }
                if (ch === 'c') {
                    configDir = value;
                    configDirGiven = true;
                }
                else if (ch === 'o') {
                    overrides.push(value);
                    flags.add('o');
                }
                else
                    flags.add(ch);
                break;
            }
            flags.add(ch);
        }
    }
    return { flags, configDir, configDirGiven, overrides, names: argv.slice(i) };
}
class UsageError extends Error {
}
function listFlags(flags) {
    return FLAG_ORDER.filter((f) => flags.includes(f))
        .map((f) => `-${f}`)
        .join(' ');
}
function checkOptions(flags) {
    for (const row of EXCLUSIVE) {
        const set = row.filter((f) => flags.has(f));
        if (set.length > 1)
            throw new Exit(`specify one of ${listFlags(set)}`);
    }
    for (const [major, allowed] of COMPAT) {
        if (!flags.has(major))
            continue;
        const excess = [...flags].filter((f) => f !== major && !allowed.includes(f) && f !== 'v' && f !== 'c' && f !== 'q');
        if (excess.length > 0)
            throw new Exit(`with option ${listFlags([major])}, do not specify ${listFlags(excess)}`);
    }
}
function readConfigFile(path) {
    try {
        // Opened without blocking and checked: a FIFO named main.cf would otherwise wait for a writer forever.
        const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            const info = (0,external_node_fs_.fstatSync)(fd);
            if (info.isDirectory())
                return { error: 'Is a directory' };
            if (!info.isFile())
                return { error: 'not a regular file' };
            return { bytes: (0,external_node_fs_.readFileSync)(fd) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (e) {
        const code = e.code;
        const text = code === 'ENOENT' ? 'No such file or directory'
            : code === 'EACCES' ? 'Permission denied'
                : code === 'EISDIR' ? 'Is a directory'
                    : code === 'ENOTDIR' ? 'Not a directory'
                        : String(code);
        return { error: text };
    }
}
function command_run(argv, o) {
    let opts;
    try {
        opts = parseOptions(argv, o);
    }
    catch (e) {
        if (e instanceof UsageError) {
            // glibc getopt prints its complaint without the "warning:" label.
            o.warnings = [];
            throw new ExitWithPlainLine(`${PROGRAM}: ${e.message}`, USAGE);
        }
        throw e;
    }
    const { flags, configDir, names } = opts;
    if (!MAJOR.some((f) => flags.has(f)))
        flags.add('p');
    if ((flags.has('p') || flags.has('M') || flags.has('F') || flags.has('P')) && names[0]?.includes('='))
        flags.add('e');
    checkOptions(flags);
    if (flags.has('e') && names.length === 0)
        throw new Exit('-e requires name=value argument');
    for (const f of flags) {
        if (!EMULATED.has(f))
            throw new Exit(`option -${f} is not emulated by postfix-tls-audit`);
    }
    if (flags.has('M') || flags.has('F') || flags.has('P'))
        runMasterMode(opts, o);
    else
        runMainMode(opts, o);
}
class ExitWithPlainLine extends Error {
    line;
    fatal;
    constructor(line, fatal) {
        super(fatal);
        this.line = line;
        this.fatal = fatal;
    }
}
/**
 * pcf_read_parameters(): main.cf into CONFIG_DICT. pcf_set_config_dir() presets config_directory there only
 * when MAIL_CONFIG names the directory (postconf -c sets it), so plain `postconf -n` does not list it.
 */
function readMain(configDir, configDirGiven, o) {
    const path = `${configDir}/main.cf`;
    const r = readConfigFile(path);
    if ('error' in r)
        throw new Exit(`open ${path}: ${r.error}`);
    const source = (0,postfix_source/* makeSource */.mt)(path, r.bytes);
    const parsed = (0,main_cf/* parseMainCf */.g)(source);
    const main = new Map(configDirGiven ? [['config_directory', configDir]] : []);
    const warn = (text) => {
        o.warnings.push((0,master_cf/* printableAsPostfix */.Xz)(text, source.encoding));
    };
    for (const d of parsed.diagnostics) {
        if (d.severity === 'fatal')
            continue;
        if (d.code === 'main-cf/duplicate')
            continue;
        if (d.postfixMessage)
            warn(d.postfixMessage);
    }
    for (const e of parsed.entries) {
        const previous = main.get(e.name);
        if (previous !== undefined && previous !== e.value)
            warn(`${path}, line ${e.line.firstLine}: overriding earlier entry: ${e.name}=${previous}`);
        main.set(e.name, e.value);
    }
    if (parsed.fatal?.postfixMessage)
        throw new Exit((0,master_cf/* printableAsPostfix */.Xz)(parsed.fatal.postfixMessage, source.encoding));
    return { main, encoding: source.encoding };
}
/** pcf_read_master(): a missing master.cf is a warning (main.cf modes) or fatal (master.cf modes). */
function readMaster(configDir, o, failOnOpen) {
    const path = `${configDir}/master.cf`;
    const r = readConfigFile(path);
    if ('error' in r) {
        const text = `open ${path}: ${r.error}`;
        if (failOnOpen)
            throw new Exit(text);
        o.warnings.push(text);
        return undefined;
    }
    const master = (0,master_cf/* parseMasterCf */.PA)((0,postfix_source/* makeSource */.mt)(path, r.bytes));
    const read = masterReadMessages(master, path);
    o.warnings.push(...read.warnings);
    if (read.fatal !== undefined)
        throw new Exit(read.fatal);
    return master;
}
/** One name space per "service/type" (postconf shares it between entries with the same key). */
function masterScopes(master) {
    if (!master)
        return { scopes: [], services: [] };
    const byKey = new Map();
    const services = [];
    for (const s of master.services) {
        const scope = (0,param_universe/* masterScopeFromArgv */.ZN)(s.normalizedArgv);
        services.push(scope);
        const existing = byKey.get(scope.label);
        if (existing)
            for (const [k, v] of scope.params)
                existing.params.set(k, v);
        else
            byKey.set(scope.label, scope);
    }
    return { scopes: [...byKey.values()].filter((s) => s.params.size > 0), services };
}
/** Host-derived defaults as postconf computes them (postconf_builtin.c), given main.cf. */
function hostDefaults(main, showDefaults) {
    const evalMain = (name) => {
        if (showDefaults)
            return undefined;
        const v = main.get(name);
        if (v === undefined)
            return undefined;
        return (0,expand/* macExpand */.eY)(v, (n) => main.get(n), { recurse: true }).value;
    };
    const facts = {};
    const mydomainSetting = evalMain('mydomain');
    if (mydomainSetting !== undefined)
        facts.mydomainSetting = mydomainSetting;
    const host = (0,defaults/* computeHostDerivedDefaults */.$W)(currentEnv.pid === undefined ? facts : { ...facts, pid: currentEnv.pid });
    const myhostname = evalMain('myhostname') ?? host.get('myhostname');
    const dot = myhostname.indexOf('.');
    host.set('mydomain', dot < 0 ? 'localdomain' : myhostname.slice(dot + 1));
    const compat = evalMain('compatibility_level') ?? '0';
    const styleRaw = evalMain('mynetworks_style') ?? '${{$compatibility_level} <level {2} ? {subnet} : {host}}';
    const style = (0,expand/* macExpand */.eY)(styleRaw, (n) => (n === 'compatibility_level' ? compat : undefined), { recurse: true }).value.trim();
    const interfaces = evalMain('inet_interfaces') ?? 'all';
    const protocols = evalMain('inet_protocols') ?? 'all';
    host.set('mynetworks', computeMynetworks(style, interfaces, protocols));
    return host;
}
/** mynetworks(): one entry per local address, by mynetworks_style (host, subnet, class). */
function computeMynetworks(style, inetInterfaces, inetProtocols) {
    const protos = inetProtocols.toLowerCase().split(/[\s,]+/).filter(Boolean);
    const want4 = protos.includes('all') || protos.includes('ipv4');
    const want6 = protos.includes('all') || protos.includes('ipv6');
    const ifs = Object.values((0,external_node_os_.networkInterfaces)()).flatMap((l) => l ?? []);
    const requested = inetInterfaces.toLowerCase().split(/[\s,]+/).filter(Boolean);
    let addrs;
    if (requested.includes('all'))
        addrs = ifs;
    else if (requested.includes('loopback-only'))
        addrs = ifs.filter((a) => a.internal);
    else
        addrs = ifs.filter((a) => requested.some((r) => r.replace(/^\[|\]$/g, '') === a.address.toLowerCase()));
    const v4 = want4 ? addrs.filter((a) => a.family === 'IPv4') : [];
    const v6 = want6 ? addrs.filter((a) => a.family === 'IPv6') : [];
    const out = [];
    const s = style.toLowerCase();
    for (const a of v4) {
        if (s === 'host')
            out.push(`${a.address}/32`);
        else if (s === 'class') {
            const first = Number(a.address.split('.')[0]);
            const bits = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
            out.push(`${maskV4(a.address, bits)}/${bits}`);
        }
        else
            out.push(subnetOf(a));
    }
    for (const a of v6) {
        if (s === 'host')
            out.push(`[${a.address.replace(/%.*$/, '')}]/128`);
        else
            out.push(subnetOf(a));
    }
    // mynetworks() appends "network/bits " for each address: the value ends in a space.
    return out.map((n) => `${n} `).join('');
}
function maskV4(address, bits) {
    const n = address.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    const m = (n & mask) >>> 0;
    return [24, 16, 8, 0].map((sh) => (m >>> sh) & 255).join('.');
}
function subnetOf(a) {
    // DEFAULTS' subnet formatter for a single interface address.
    return computeHostDerivedDefaultsSubnet(a);
}
function computeHostDerivedDefaultsSubnet(a) {
    return (0,defaults/* subnetStyleNetworks */.qn)({ x: [a] });
}
function loadAll(opts, o, readMainCf, masterFirst) {
    let main = new Map();
    let mainEncoding = 'utf8';
    let master;
    if (masterFirst)
        master = readMaster(opts.configDir, o, true);
    if (readMainCf) {
        const r = readMain(opts.configDir, opts.configDirGiven, o);
        main = r.main;
        mainEncoding = r.encoding;
        for (const ov of opts.overrides) {
            const m = /^\s*([^\s=]+)\s*=\s*([\s\S]*?)\s*$/.exec(ov);
            if (!m)
                throw new Exit(`invalid parameter override: ${ov}: missing '=' after attribute name`);
            main.set(m[1], m[2]);
        }
    }
    if (!masterFirst)
        master = readMaster(opts.configDir, o, false);
    const { scopes } = masterScopes(master);
    const loaded = { main, mainEncoding, masters: scopes };
    if (master)
        loaded.master = master;
    return loaded;
}
function universeFor(loaded, o, builtin, showDefaults, configDir) {
    const host = hostDefaults(loaded.main, showDefaults);
    // Service parameters come from every entry, not only those with -o settings.
    const serviceScopes = loaded.master ? loaded.master.services.map((s) => (0,param_universe/* masterScopeFromArgv */.ZN)(s.normalizedArgv)) : [];
    const mainForView = showDefaults ? new Map() : loaded.main;
    const holder = {};
    const srcRef = {
        get universe() {
            return holder.universe;
        },
        main: mainForView,
        defaultOf: (name) => host.get(name) ?? holder.universe?.table.get(name)?.defaultValue ?? builtin.get(name),
    };
    const universe = (0,param_universe/* buildParameterUniverse */.Xn)({
        builtin,
        main: showDefaults ? new Map() : loaded.main,
        masters: loaded.masters,
        services: serviceScopes,
        registerUser: !showDefaults,
        onTable: (table) => {
            holder.universe = { table, warnings: [] };
        },
        configDir,
        readClientConfig: (path) => {
            try {
                if (!(0,external_node_fs_.existsSync)(path))
                    return { error: 'No such file or directory' };
                if (!(0,external_node_fs_.statSync)(path).isFile())
                    return { error: 'not a regular file' };
                return { text: (0,external_node_fs_.readFileSync)(path, 'latin1') };
            }
            catch {
                return undefined;
            }
        },
        expandForDbms: (value, scope) => {
            const r = expandParameter(srcRef, { showDefaults: false }, value, scope);
            return { value: r.value, warnings: r.warnings, error: r.error };
        },
    });
    holder.universe = universe;
    const src = srcRef;
    for (const w of universe.warnings)
        o.warnings.push((0,master_cf/* printableAsPostfix */.Xz)(w, loaded.mainEncoding));
    if (universe.fatal)
        throw new Exit(universe.fatal);
    return { universe, src };
}
function runMainMode(opts, o) {
    const f = opts.flags;
    const mode = {
        showDefaults: f.has('d'),
        nonDefault: f.has('n'),
        expand: f.has('x'),
        hideName: f.has('h'),
        hideValue: f.has('H'),
        fold: f.has('f'),
    };
    const builtin = (0,defaults/* builtinDefaults */.sk)(currentEnv.postfixVersion ?? '3.7');
    const loaded = loadAll(opts, o, !mode.showDefaults, false);
    o.encoding = loaded.mainEncoding;
    const { universe, src } = universeFor(loaded, o, builtin, mode.showDefaults, opts.configDir);
    const view = showParameters(src, mode, opts.names, byteLengthFor(loaded.mainEncoding));
    o.out += view.stdout;
    o.warnings.push(...view.warnings.map((w) => (0,master_cf/* printableAsPostfix */.Xz)(w, loaded.mainEncoding)));
    if (view.fatal)
        throw new Exit(view.fatal);
    if (!mode.showDefaults) {
        const unused = (0,param_universe/* unusedParameterWarnings */.FH)(universe, loaded.main, loaded.masters, opts.configDir);
        o.warnings.push(...unused.map((w) => (0,master_cf/* printableAsPostfix */.Xz)(w, loaded.mainEncoding)));
    }
}
function runMasterMode(opts, o) {
    const f = opts.flags;
    // postconf checks -M filters only after reading master.cf and scanning parameters, so a broken
    // master.cf's messages come first (showMasterEntries checks them at that point).
    const builtin = (0,defaults/* builtinDefaults */.sk)(currentEnv.postfixVersion ?? '3.7');
    const loaded = loadAll(opts, o, true, true);
    const master = loaded.master;
    o.encoding = master.source.encoding;
    const { universe, src } = universeFor(loaded, o, builtin, false, opts.configDir);
    const viewOpts = {
        fold: f.has('f'),
        expand: f.has('x'),
        masterPath: `${opts.configDir}/master.cf`,
        lookup: (name) => lookupParameter(src, { showDefaults: false, nonDefault: false }, name),
    };
    // The reading messages were already reported by readMaster(); views report only their own.
    const already = masterReadMessages(master, viewOpts.masterPath).warnings.length;
    const view = f.has('F')
        ? showMasterFields(master, opts.names, viewOpts)
        : f.has('P')
            ? showMasterParams(master, opts.names, viewOpts)
            : showMasterEntries(master, opts.names, viewOpts);
    o.out += view.stdout;
    o.warnings.push(...view.warnings.slice(already));
    if (view.fatal !== undefined)
        throw new Exit(view.fatal);
    o.warnings.push(...(0,param_universe/* unusedMasterParameterWarnings */.b3)(universe, loaded.masters, opts.configDir).map((w) => (0,master_cf/* printableAsPostfix */.Xz)(w, master.source.encoding)));
}


/***/ })

};
