export const id = 12;
export const ids = [12];
export const modules = {

/***/ 2532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ buildConfigSetModel)
});

// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 4 modules
var defaults = __webpack_require__(3225);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/postfix/source.ts
var postfix_source = __webpack_require__(7900);
// EXTERNAL MODULE: ./src/postfix/templates.ts
var templates = __webpack_require__(5858);
;// CONCATENATED MODULE: ./src/postfix/master-overrides.ts



const BLANK_IFS = (ch) => ch === ' ' || ch === '\t';
function parseMasterOverrides(source) {
    const { text } = source;
    const overrides = [];
    const diagnostics = [];
    let placeholders = [];
    try {
        placeholders = (0,templates/* findPlaceholders */.GY)(text);
    }
    catch {
        placeholders = [];
    }
    const diag = (severity, code, message, a, b, postfixMessage) => {
        const d = { severity, code, message, path: source.path, span: (0,postfix_source/* spanOf */.ee)(source, a, b) };
        diagnostics.push(postfixMessage === undefined ? d : { ...d, postfixMessage });
    };
    for (let i = 0; i < source.lineStarts.length; i++) {
        const lineStart = source.lineStarts[i];
        if (lineStart === text.length && i === source.lineStarts.length - 1)
            break;
        const next = source.lineStarts[i + 1];
        let a = lineStart;
        let b = next === undefined ? text.length : next - 1;
        // `read -r` trims IFS blanks (space, tab) at both ends; a "\r" stays.
        while (a < b && BLANK_IFS(text[a]))
            a++;
        while (b > a && BLANK_IFS(text[b - 1]))
            b--;
        if (a === b || text[a] === '#')
            continue;
        if (!/^[0-9a-z]/.test(text[a])) {
            diag('warning', 'master-overrides/ignored-line', 'docker-mailserver ignores this line: it applies only lines that start with a lower-case letter or a digit.', a, b);
            continue;
        }
        const nv = (0,master_cf/* splitNameValue */.bF)(text, a, b);
        if ('error' in nv) {
            diag('notice', 'master-overrides/query', 'This line has no "=": postconf -P only prints the setting, it changes nothing.', a, b);
            continue;
        }
        const pattern = text.slice(nv.nameStart, nv.nameEnd);
        const value = text.slice(nv.valueStart, nv.valueEnd);
        const parts = pattern.startsWith('/') ? [] : pattern.split('/').filter((p) => p.length > 0);
        if (parts.length !== 3 || parts.some((p) => p !== '*' && p.includes('*')) || parts[2] === '*') {
            diag('error', 'master-overrides/bad-pattern', `"${pattern}" is not service/type/parameter: postconf -P exits without changing anything.`, nv.nameStart, nv.nameEnd, '-Pe or -PX requires service_name/type/parameter');
            continue;
        }
        if ([...value].some((c) => (0,postfix_source/* isPostfixSpace */.KG)(c))) {
            diag('error', 'master-overrides/whitespace-in-value', 'postconf -P refuses a value with whitespace and changes nothing; this override is not applied.', nv.valueStart, nv.valueEnd, '-Pe does not accept whitespace in parameter value');
            continue;
        }
        const [service, type, parameter] = parts;
        if (master_cf/* MASTER_FIELD_NAMES */.ZN.includes(parameter)) {
            diag('warning', 'master-overrides/field-as-parameter', `"${parameter}" is a master.cf field name, but postconf -P sets a parameter "-o ${parameter}=${value}", not the field (that needs postconf -F).`, nv.nameStart, nv.nameEnd);
        }
        overrides.push({
            service,
            type,
            parameter,
            value,
            text: text.slice(a, b),
            line: i + 1,
            span: (0,postfix_source/* spanOf */.ee)(source, a, b),
            patternSpan: (0,postfix_source/* spanOf */.ee)(source, nv.nameStart, nv.nameEnd),
            valueSpan: (0,postfix_source/* spanOf */.ee)(source, nv.valueStart, nv.valueEnd),
            templated: (0,templates/* overlapsPlaceholder */.oc)(placeholders, a, b),
        });
    }
    return { source, overrides, diagnostics };
}
const matchesPattern = (o, s) => (o.service === '*' || o.service === s.name) && (o.type === '*' || o.type === s.type);
/**
 * Apply overrides in order to every service of a master.cf. An edited entry is rewritten by postconf
 * from its normalized form (so "-o{a = b}" becomes "-o a=b"), which is what the daemon then reads;
 * unedited entries keep the daemon's own reading of the original line.
 */
function applyMasterOverrides(master, file) {
    const overrides = Array.isArray(file) ? file : file.overrides;
    const path = Array.isArray(file) ? master.source.path : file.source.path;
    const diagnostics = [];
    const services = master.services.map((service) => ({
        service,
        options: service.options.map((option) => ({ name: option.name, value: option.value, origin: 'master.cf', option })),
        effective: new Map(),
        edited: false,
    }));
    for (const o of overrides) {
        let matched = false;
        for (const s of services) {
            if (!matchesPattern(o, s.service))
                continue;
            matched = true;
            if (!s.edited) {
                s.options = postconfOptions(s.service);
                s.edited = true;
            }
            let replaced = false;
            s.options = s.options.map((opt) => {
                if (opt.name !== o.parameter)
                    return opt;
                replaced = true;
                return { name: o.parameter, value: o.value, origin: 'override', override: o };
            });
            if (!replaced)
                s.options.push({ name: o.parameter, value: o.value, origin: 'override', override: o });
        }
        if (!matched) {
            diagnostics.push({
                severity: 'warning',
                code: 'master-overrides/unmatched',
                message: `No master.cf service matches "${o.service}/${o.type}"; this override changes nothing.`,
                path,
                span: o.span,
                postfixMessage: `unmatched service_name/type: "${o.text}"`,
            });
        }
    }
    for (const s of services) {
        const m = new Map();
        for (const opt of s.options)
            m.set(opt.name, opt);
        s.effective = m;
    }
    return { services, diagnostics };
}
/** The -o options as postconf sees them (normalized argv, up to the first non-option argument). */
function postconfOptions(service) {
    const out = [];
    const argv = service.normalizedArgv;
    const byName = new Map();
    for (const o of service.options)
        byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
    for (let f = 8; f < argv.length; f++) {
        const arg = argv[f];
        if (arg[0] !== '-' || arg === '--')
            break;
        if (arg === '-o' && f + 1 < argv.length) {
            const v = argv[f + 1];
            f += 1;
            const nv = (0,master_cf/* splitNameValue */.bF)(v, 0, v.length);
            if ('error' in nv)
                continue;
            const name = v.slice(nv.nameStart, nv.nameEnd);
            const option = byName.get(name)?.shift();
            const e = { name, value: v.slice(nv.valueStart, nv.valueEnd), origin: 'master.cf' };
            out.push(option ? { ...e, option } : e);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/postfix/main-cf.ts
var main_cf = __webpack_require__(9188);
;// CONCATENATED MODULE: ./src/model/template-tolerant.ts
/**
 * Templates (Jinja, ERB, sed placeholders, ...) often contain lines that are not Postfix syntax as
 * written ("{% if %}", "{{ ansible_managed }}", a placeholder in a master.cf field). Postfix would
 * refuse such a file, but the rendered file will not have them. For the model only, such lines are
 * neutralized with same-length whitespace (positions stay exact) and the file is parsed again:
 * a placeholder that is a whole master.cf field becomes "-" (the field's default); any other
 * offending line becomes blank. Fatal lines without a placeholder stay fatal.
 */




/** Same length, newlines kept, every other character a space. */
const blank = (s) => s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
/** The logical-line range of a fatal diagnostic (its span), or undefined. */
function fatalRange(d) {
    return d?.span ? [d.span.start.offset, d.span.end.offset] : undefined;
}
function rewrite(source, text) {
    return (0,postfix_source/* makeSource */.mt)(source.path, text, source.encoding);
}
/** Parsed files are never changed: each is neutralized once (a fix's re-analysis reuses unchanged files). */
const tolerantMains = new WeakMap();
const tolerantMasters = new WeakMap();
function tolerantMainCf(main) {
    let r = tolerantMains.get(main);
    if (!r)
        tolerantMains.set(main, (r = neutralizeMainCf(main)));
    return { main: r.main, neutralizedLines: [...r.neutralizedLines] };
}
function tolerantMasterCf(master) {
    let r = tolerantMasters.get(master);
    if (!r)
        tolerantMasters.set(master, (r = neutralizeMasterCf(master)));
    return { master: r.master, neutralizedLines: [...r.neutralizedLines] };
}
/**
 * Blanking a logical line changes no other logical line (its physical lines become blank, which
 * readllines() drops without ending the line before; the line after it started a logical line of its
 * own already), so the fatal lines are found in one walk over the parsed items, from the first fatal
 * one on: each that overlaps a placeholder of the file is blanked, up to the first that does not. The
 * file is parsed once more at the end. (A loop that parses again after each line took quadratic time
 * on templates with thousands of control lines.)
 */
function neutralizeMainCf(main) {
    const first = main.fatal?.span?.start.offset;
    if (first === undefined)
        return { main, neutralizedLines: [] };
    const placeholders = (0,templates/* placeholdersOfSource */.$2)(main.source);
    const ranges = [];
    const lines = [];
    for (const item of main.items) {
        if (item.kind !== 'logical' || item.startOffset < first || item.startsWithWhitespace)
            continue;
        if (!('error' in (0,main_cf/* splitNameValue */.b)(item.text)))
            continue;
        if (!(0,templates/* overlapsPlaceholder */.oc)(placeholders, item.startOffset, Math.max(item.endOffset, item.startOffset + 1)) || lines.length >= 10_000)
            break;
        ranges.push([item.startOffset, item.endOffset]);
        lines.push(item.firstLine);
    }
    if (ranges.length === 0)
        return { main, neutralizedLines: [] };
    const text = main.source.text;
    let next = '';
    let at = 0;
    for (const [a, b] of ranges) {
        next += text.slice(at, a) + blank(text.slice(a, b));
        at = b;
    }
    next += text.slice(at);
    return { main: (0,main_cf/* parseMainCf */.g)(rewrite(main.source, next)), neutralizedLines: lines };
}
/**
 * master.cf keeps parsing after a fatal line, so every fatal line that overlaps a placeholder is
 * neutralized, in file order, up to MAX_MASTER_NEUTRALIZED of them (a real master.cf has a few dozen
 * services; the rest stay fatal). As for main.cf, changing one logical line changes no other, so the
 * lines are taken from one walk over the parsed file: each line is first tried with its whole-field
 * placeholders as "-" (a parse of that line alone tells whether it is still fatal), else blanked.
 * The file is parsed once more at the end.
 */
const MAX_MASTER_NEUTRALIZED = 256;
function neutralizeMasterCf(master) {
    const text = master.source.text;
    const ph = (0,templates/* placeholdersOfSource */.$2)(master.source);
    const replacements = [];
    const lines = [];
    for (const d of master.diagnostics) {
        if (lines.length >= MAX_MASTER_NEUTRALIZED)
            break;
        if (d.severity !== 'fatal' || !d.span)
            continue;
        const [a, b] = [d.span.start.offset, d.span.end.offset];
        if (!(0,templates/* overlapsPlaceholder */.oc)(ph, a, b))
            continue;
        const line = text.slice(a, b);
        let fielded = line;
        for (const p of ph.filter((x) => x.start >= a && x.end <= b).reverse()) {
            const before = text[p.start - 1];
            const after = text[p.end];
            const wholeToken = (p.start === a || before === ' ' || before === '\t') && (after === undefined || after === ' ' || after === '\t' || after === '\n' || p.end === b);
            const s = p.start - a;
            const e = p.end - a;
            fielded = fielded.slice(0, s) + (wholeToken ? `-${' '.repeat(e - s - 1)}` : blank(fielded.slice(s, e))) + fielded.slice(e);
        }
        // A line that now starts with whitespace would continue the previous service: blank it instead.
        if (/^[ \t]/.test(fielded))
            fielded = blank(line);
        const stillFatal = (0,master_cf/* parseMasterCf */.PA)((0,postfix_source/* makeSource */.mt)(master.source.path, fielded)).diagnostics.some((x) => x.severity === 'fatal' && x.span?.start.offset === 0);
        replacements.push([a, b, stillFatal ? blank(line) : fielded]);
        lines.push(d.span.start.line);
    }
    if (replacements.length === 0)
        return { master, neutralizedLines: [] };
    let next = '';
    let at = 0;
    for (const [a, b, replacement] of replacements) {
        next += text.slice(at, a) + replacement;
        at = b;
    }
    next += text.slice(at);
    return { master: (0,master_cf/* parseMasterCf */.PA)(rewrite(master.source, next)), neutralizedLines: lines };
}

// EXTERNAL MODULE: ./src/tls/postfix-ciphers.ts
var postfix_ciphers = __webpack_require__(6673);
;// CONCATENATED MODULE: ./src/model/ciphers.ts

const TLS12_OR_OLDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'];
/**
 * The versions up to TLS 1.2 in which some suite of the list works: SSLv3-era suites work from SSLv3
 * on, "TLSv1" suites from TLS 1.0, "TLSv1.2" suites (SHA-256/384, AEAD) only in TLS 1.2. PSK and SRP
 * suites need credentials Postfix never configures (§6.1), so they do not count. The engine shares
 * its (frozen) suite lists, so this is worked out once per list.
 */
const versionsBySuites = new WeakMap();
function versionsWithSuites(suites) {
    let r = versionsBySuites.get(suites);
    if (!r) {
        const usable = suites.filter((x) => !/PSK|SRP/.test(x.mkey) && !/PSK|SRP/.test(x.auth));
        r = new Set(TLS12_OR_OLDER.filter((p) => usable.some((x) => (p === 'TLSv1.2' ? true : p === 'SSLv3' ? x.protocol === 'SSLv3' : x.protocol !== 'TLSv1.2'))));
        versionsBySuites.set(suites, r);
    }
    return r;
}
/**
 * Sets tls.ciphers / tls.tls13Ciphersuites (only versions the endpoint can negotiate). When OpenSSL
 * (or Postfix) refuses the cipher string, every handshake fails: TLS becomes unusable, and an empty
 * base cipherlist makes the process panic (dead).
 */
function attachCipherSuites(tls, input, read, postfixVersion, report) {
    const cipherlists = {
        high: read('tls_high_cipherlist').value,
        medium: read('tls_medium_cipherlist').value,
        low: read('tls_low_cipherlist').value,
        export: read('tls_export_cipherlist').value,
        null: read('tls_null_cipherlist').value,
    };
    const r = (0,postfix_ciphers/* postfixCipherSuites */.U)({ grade: input.grade, exclusions: input.exclusions, cipherlists, postfixVersion });
    if (!r.ok) {
        tls.offered = false;
        tls.protocols = [];
        if (r.kind === 'empty-cipherlist')
            tls.dead = r.reason;
        report('error', 'tls/cipher-list-refused', `The cipher list for grade "${input.grade}"${r.cipherString ? ` ("${r.cipherString}")` : ''} is refused: ${r.reason}. ${r.kind === 'empty-cipherlist' ? 'The process panics at the first TLS handshake.' : 'Every TLS handshake of this service fails.'}`, read(`tls_${input.grade.toLowerCase()}_cipherlist`), r.kind === 'empty-cipherlist' ? r.reason : `warning: ${r.reason}`);
        return;
    }
    // A protocol version is negotiable only with a suite usable in it.
    const withSuites = versionsWithSuites(r.suites);
    const usableIn = (p) => p === 'TLSv1.3' || withSuites.has(p);
    const dropped = tls.protocols.filter((p) => !usableIn(p));
    if (dropped.length > 0) {
        tls.protocols = tls.protocols.filter((p) => usableIn(p));
        report('notice', 'tls/protocol-without-ciphers', `${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} allowed by the protocol list but no cipher suite left by grade "${input.grade}"${input.exclusions.length ? ` and the exclusions ${input.exclusions.join(', ')}` : ''} works there, so a client cannot negotiate ${dropped.length === 1 ? 'it' : 'them'}.`, undefined);
        if (tls.protocols.length === 0)
            tls.offered = false;
    }
    const anyTls12OrOlder = tls.protocols.some((p) => TLS12_OR_OLDER.includes(p));
    tls.ciphers = anyTls12OrOlder ? r.names : [];
    // The engine's counts are shared and frozen.
    tls.cipherClassCounts = anyTls12OrOlder ? r.counts : { total: 0 };
    // An OpenSSL configuration file named by tls_config_file may set "Ciphersuites" (§6.3, LAB p10051):
    // the model does not read files outside the configuration, so TLS 1.3 suites are then left out.
    const cfg = read('tls_config_file');
    const customConfig = cfg.value !== 'default' && cfg.source !== 'default' && cfg.source !== 'undefined';
    if (customConfig && tls.protocols.includes('TLSv1.3')) {
        report('notice', 'tls/openssl-config-file', `tls_config_file = ${cfg.value}: a "Ciphersuites" line in that OpenSSL configuration decides the TLS 1.3 suites, so they are not shown.`, cfg);
    }
    else {
        tls.tls13Ciphersuites = tls.protocols.includes('TLSv1.3') ? r.tls13 : [];
    }
}

// EXTERNAL MODULE: ./src/tls/protocols.ts
var tls_protocols = __webpack_require__(9320);
;// CONCATENATED MODULE: ./src/model/levels.ts
/**
 * Postfix's readings of booleans, TLS security levels and cipher grades (reference §1.6, §4.4, §6.1).
 */
const daemonNamesByPrefix = new Map();
/**
 * Parameter names of a daemon family ("smtpd", "tlsproxy", "smtp", "lmtp"), each string made once:
 * a freshly built name would be hashed again by every name-space lookup.
 */
function daemonParameterNames(prefix) {
    let names = daemonNamesByPrefix.get(prefix);
    if (!names) {
        const made = new Map();
        const tls = (suffix) => {
            let n = made.get(suffix);
            if (n === undefined)
                made.set(suffix, (n = `${prefix}_tls_${suffix}`));
            return n;
        };
        names = { tls, useTls: `${prefix}_use_tls`, enforceTls: `${prefix}_enforce_tls` };
        daemonNamesByPrefix.set(prefix, names);
    }
    return names;
}
/** mail_conf_bool.c: "yes"/"no", case-insensitive; anything else (including "") is fatal. */
function parseBoolean(value) {
    const v = value.toLowerCase();
    if (v === 'yes')
        return true;
    if (v === 'no')
        return false;
    return undefined;
}
function badBooleanMessage(name, value) {
    return `bad boolean configuration: ${name} = ${value}`;
}
/** tls_level_lookup() names (tls_level.c), case-insensitive. */
const CLIENT_LEVELS = ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure'];
function lookupLevel(value) {
    const v = value.toLowerCase();
    return CLIENT_LEVELS.includes(v) ? v : undefined;
}
/**
 * smtpd.c / tlsproxy.c / postscreen.c (reference §4.4): a non-empty level wins over the legacy
 * booleans; fingerprint/verify/secure mean encrypt with a warning; dane and typos are fatal. In
 * wrapper mode (smtpd only) the level is ignored and TLS is mandatory.
 */
function decideServerLevel(input) {
    let use = input.useTls;
    let enforce = input.enforceTls;
    let decidedBy = 'legacy';
    let warning;
    if (!input.wrapperMode && input.level !== '') {
        decidedBy = 'level';
        const l = lookupLevel(input.level);
        switch (l) {
            case 'none':
                use = enforce = false;
                break;
            case 'may':
                use = true;
                enforce = false;
                break;
            case 'fingerprint':
            case 'verify':
            case 'secure':
                warning = `${input.levelParam}: unsupported TLS level "${input.level}", using "encrypt"`;
                use = enforce = true;
                break;
            case 'encrypt':
                use = enforce = true;
                break;
            default:
                return { use: false, enforce: false, decidedBy, fatal: `Invalid TLS level "${input.level}"` };
        }
    }
    if (input.wrapperMode) {
        enforce = true;
        decidedBy = 'wrappermode';
    }
    use = use || enforce;
    const d = { use, enforce, decidedBy };
    if (warning)
        d.warning = warning;
    return d;
}
/** tls_cipher_grade() names (case-insensitive); 3.8+ maps low/export to medium (§4.2, gotcha 17). */
const CIPHER_GRADES = ['high', 'medium', 'low', 'export', 'null'];
function lookupGrade(value) {
    const v = value.toLowerCase();
    return CIPHER_GRADES.includes(v) ? v : undefined;
}
/** Exclusion tokens (tls_set_ciphers: split on ", \t\r\n:"); a token starting with ! + - @ aborts every handshake. */
function splitExclusions(value) {
    const tokens = value.split(/[, \t\r\n:]+/).filter((t) => t.length > 0);
    const badToken = tokens.find((t) => '!+-@'.includes(t[0]));
    return badToken === undefined ? { tokens } : { tokens, badToken };
}

;// CONCATENATED MODULE: ./src/model/server-tls.ts
/**
 * What a TLS server daemon (smtpd, or tlsproxy's server role behind postscreen) really does with
 * its effective parameters: reference §4.4 and §7.1 (level vs legacy booleans, wrapper mode), §3.3
 * (which protocol list), §5.2 (cipher grade, exclusions, certificates), §7 (AUTH before TLS).
 * The code follows S:v3.7.11 src/smtpd/smtpd.c pre_jail_init() and src/tlsproxy/tlsproxy.c
 * pre_jail_init_server(), which tlsproxy's comment says was "pasted literally from smtpd(8)".
 */



/**
 * Every EndpointTls is made here, with every field present (absent ones undefined) in one order:
 * V8 then keeps one shape for them all, where object spreads of differently shaped objects took its
 * slow generic path (and made the later property stores and reads polymorphic).
 */
function endpointTls(t) {
    return {
        offered: t.offered,
        advertised: t.advertised,
        required: t.required,
        implicit: t.implicit,
        protocols: t.protocols,
        protocolList: t.protocolList,
        cipherGrade: t.cipherGrade,
        cipherExclusions: t.cipherExclusions,
        ciphers: t.ciphers,
        cipherClassCounts: t.cipherClassCounts,
        tls13Ciphersuites: t.tls13Ciphersuites,
        certificateConfigured: t.certificateConfigured,
        authBeforeTls: t.authBeforeTls,
        dead: t.dead,
        templated: t.templated,
        level: t.level,
    };
}
function deadTls(reason, implicit = false) {
    return endpointTls({
        offered: false,
        advertised: false,
        required: false,
        implicit,
        protocols: [],
        protocolList: null,
        cipherGrade: null,
        cipherExclusions: [],
        certificateConfigured: null,
        authBeforeTls: false,
        dead: reason,
        level: 'none',
    });
}
function serverTls(input) {
    const { prefix, read, report } = input;
    const { tls: p, useTls: useName, enforceTls: enforceName } = daemonParameterNames(prefix);
    const dead = (reason, implicit = false) => ({ tls: deadTls(reason, implicit), use: false, enforce: false, usable: false });
    if (input.startupFatal)
        return dead(input.startupFatal);
    // Expansion errors in parameters the daemon reads at start-up are fatal (mail_conf_eval).
    const bool = (name) => {
        const v = read(name);
        if (v.expansionError) {
            report('error', 'tls/expansion-error', `${name}: ${v.expansionError}; ${prefix} exits at start-up.`, v);
            return 'fatal';
        }
        const b = parseBoolean(v.value);
        if (b === undefined) {
            report('error', 'tls/bad-boolean', `${name} = "${v.value}" is not "yes" or "no": ${prefix} exits at start-up ("fatal: ${badBooleanMessage(name, v.value)}"), so this service does not work at all.`, v, `fatal: ${badBooleanMessage(name, v.value)}`);
            return 'fatal';
        }
        return b;
    };
    // Booleans of the daemon's parameter tables are all read at start-up, whatever the level says.
    const boolNames = prefix === 'smtpd'
        ? ['smtpd_tls_wrappermode', useName, enforceName, 'smtpd_tls_auth_only', 'smtpd_sasl_auth_enable', 'smtpd_tls_ask_ccert', 'smtpd_tls_req_ccert', 'smtpd_tls_received_header']
        : [useName, enforceName, p('ask_ccert'), p('req_ccert')];
    // Each bad boolean alone stops the daemon; it names only the first (its table order), and fixing that
    // one shows the next, so every one is reported (checked with the real 3.7.11 smtpd, §1.6).
    const bools = new Map();
    let firstFatal;
    for (const name of boolNames) {
        if (!input.has(name))
            continue;
        const b = bool(name);
        if (b === 'fatal') {
            const v = read(name);
            firstFatal ??= dead(v.expansionError ? `macro processing error in ${name}` : badBooleanMessage(name, v.value), name === 'smtpd_tls_wrappermode' ? false : bools.get('smtpd_tls_wrappermode') ?? false);
            continue;
        }
        bools.set(name, b);
    }
    if (firstFatal)
        return firstFatal;
    const wrap = bools.get('smtpd_tls_wrappermode') ?? false;
    const levelValue = read(p('security_level'));
    const decision = decideServerLevel({
        levelParam: p('security_level'),
        level: levelValue.value,
        useTls: bools.get(useName) ?? false,
        enforceTls: bools.get(enforceName) ?? false,
        wrapperMode: wrap,
    });
    if (decision.fatal) {
        report('error', 'tls/invalid-level', `${p('security_level')} = "${levelValue.value}" is not a server TLS level (none, may, encrypt): ${prefix} exits at start-up, so this service does not work at all.`, levelValue, `fatal: ${decision.fatal}`);
        return dead(decision.fatal, wrap);
    }
    if (decision.warning)
        report('warning', 'tls/unsupported-server-level', `${decision.warning}: a server cannot verify clients this way; it behaves as "encrypt".`, levelValue, `warning: ${decision.warning}`);
    if (decision.decidedBy === 'level') {
        for (const legacy of [useName, enforceName]) {
            const v = read(legacy);
            if (v.source !== 'default' && bools.get(legacy) === true) {
                report('notice', 'tls/legacy-boolean-ignored', `${legacy} = yes has no effect: ${p('security_level')} = "${levelValue.value}" is set and wins.`, v);
            }
        }
    }
    if (wrap && levelValue.value !== '' && input.isServiceOption?.(levelValue)) {
        report('notice', 'tls/level-ignored-in-wrappermode', `${p('security_level')} = "${levelValue.value}" is ignored in wrapper mode: TLS is always on and the mandatory protocol and cipher lists apply.`, levelValue);
    }
    const { use, enforce } = decision;
    const level = enforce ? 'encrypt' : use ? 'may' : 'none';
    const authOnly = prefix === 'smtpd' ? (bools.get('smtpd_tls_auth_only') ?? false) || enforce : true;
    const sasl = prefix === 'smtpd' ? bools.get('smtpd_sasl_auth_enable') ?? false : false;
    // AUTH is announced and accepted without TLS unless auth_only (or encrypt / wrapper mode), §7.
    const authBeforeTls = sasl && !authOnly && !wrap;
    // Certificates (§5.2): cert_file "none" (any case) means anonymous-only.
    const certFile = read(p('cert_file'));
    const anonymous = certFile.value.toLowerCase() === 'none';
    const eccert = read(p('eccert_file'));
    const dcert = read(p('dcert_file'));
    const chain = input.has(p('chain_files')) ? read(p('chain_files')) : undefined;
    let haveCert = (!anonymous && certFile.value !== '') || eccert.value !== '' || dcert.value !== '';
    if (chain && chain.value !== '') {
        if (haveCert)
            report('warning', 'tls/chain-files-and-legacy', `${p('chain_files')} and the legacy ${p('cert_file')}/${p('eccert_file')}/${p('dcert_file')} are both set: the legacy parameters are ignored.`, chain);
        haveCert = true;
    }
    const askCcert = (bools.get(p('ask_ccert')) ?? false) || (enforce && (bools.get(p('req_ccert')) ?? false));
    if (!use) {
        return {
            tls: endpointTls({ offered: false, advertised: false, required: enforce, implicit: wrap, protocols: [], protocolList: null, cipherGrade: null, cipherExclusions: [], certificateConfigured: haveCert, authBeforeTls, dead: null, level }),
            use,
            enforce,
            usable: false,
        };
    }
    let usable = true;
    if (!enforce && (bools.get(p('req_ccert')) ?? false))
        report('warning', 'tls/req-ccert-without-enforce', `${p('req_ccert')} = yes has no effect unless TLS is required ("Can't require client certs unless TLS is required").`, read(p('req_ccert')), "warning: Can't require client certs unless TLS is required");
    if (!haveCert && !(anonymous && !askCcert)) {
        usable = false;
        report('warning', 'tls/no-server-certificate', `No server certificate is configured (${p('cert_file')}, ${p('eccert_file')}, ${p('dcert_file')}${chain ? `, ${p('chain_files')}` : ''} are empty): ${wrap ? 'every implicit-TLS connection is dropped' : 'STARTTLS is advertised but answered "454 4.7.0 TLS not available due to local problem"'}.`, certFile, "warning: No server certs available. TLS won't be enabled");
    }
    const listName = enforce ? p('mandatory_protocols') : p('protocols');
    const listValue = read(listName);
    const list = (0,tls_protocols/* evaluateProtocolList */.I)(listValue.value, { postfixVersion: input.version });
    if (!list.valid) {
        usable = false;
        const hint = /^(>=|<=)/.test(list.invalidToken ?? '') && (0,defaults/* compareVersions */.Zy)(input.version, '3.6') < 0 ? ' (">=" needs Postfix 3.6 or later)' : '';
        report('error', 'tls/invalid-protocol-list', `${listName} = "${listValue.value}" is invalid: ${list.invalidReason}${hint}. Postfix then disables TLS for this service without failing: ${wrap ? 'implicit-TLS connections are dropped' : enforce ? 'STARTTLS gets 454 and every mail transaction 530' : 'STARTTLS gets 454 and mail flows in plaintext'}.`, listValue, `warning: ${list.postfixWarning}`);
    }
    else if (list.noProtocolsAvailable) {
        usable = false;
        report('error', 'tls/no-protocols-available', `${listName} = "${listValue.value}" leaves no protocol version enabled: every TLS handshake fails ("no protocols available"), with no warning at start-up.`, listValue);
    }
    else {
        if (list.included.length > 0 && !list.enabled.includes('TLSv1.3') && !list.excluded.includes('TLSv1.3') && list.floor === 0 && list.ceiling === 0) {
            report('warning', 'tls/include-list-drops-tls13', `${listName} = "${listValue.value}" is an include list: every protocol not named, TLSv1.3 included, is disabled. Use ">=TLSv1.2" (3.6+) or exclusions like "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1".`, listValue);
        }
        if (list.ignoredBounds.length > 0) {
            report('warning', 'tls/ignored-protocol-bound', `${listName}: ${list.ignoredBounds.join(', ')} names a version OpenSSL does not know, so Postfix silently sets no limit.`, listValue);
        }
    }
    const otherName = enforce ? p('protocols') : p('mandatory_protocols');
    const other = read(otherName);
    if (other.source !== 'default' && listValue.source === 'default') {
        report('notice', 'tls/other-protocol-list', `${otherName} is set but this service uses ${listName} (${enforce ? (wrap ? 'wrapper mode' : 'TLS is required') : 'TLS is opportunistic'}), which is still the default "${listValue.value}".`, other);
    }
    const gradeName = enforce ? p('mandatory_ciphers') : p('ciphers');
    const gradeValue = read(gradeName);
    const grade = lookupGrade(gradeValue.value);
    if (grade === undefined) {
        usable = false;
        report('error', 'tls/invalid-cipher-grade', `${gradeName} = "${gradeValue.value}" is not a cipher grade (high, medium, low, export, null): every TLS handshake aborts ("invalid cipher grade"). OpenSSL cipher strings belong in tls_high_cipherlist, not here.`, gradeValue, `warning: invalid cipher grade: "${gradeValue.value}"`);
    }
    else if ((grade === 'low' || grade === 'export') && (0,defaults/* compareVersions */.Zy)(input.version, '3.8') >= 0) {
        report('notice', 'tls/grade-maps-to-medium', `${gradeName} = "${gradeValue.value}" means "medium" since Postfix 3.8.`, gradeValue);
    }
    const exclusions = [];
    const exclNames = [p('exclude_ciphers'), ...(enforce ? [p('mandatory_exclude_ciphers')] : [])];
    for (const n of exclNames) {
        const v = read(n);
        const ex = splitExclusions(v.value);
        if (ex.badToken !== undefined) {
            usable = false;
            report('error', 'tls/invalid-cipher-exclusion', `${n} contains "${ex.badToken}": exclusions are bare cipher names without "!", "+", "-" or "@"; every TLS handshake aborts.`, v, `warning: invalid unary '!+-@' in cipher exclusion: ${ex.badToken}`);
        }
        // Postfix appends every token (a repeat is harmless); the model lists each once.
        for (const tok of ex.tokens)
            if (!exclusions.includes(tok))
                exclusions.push(tok);
    }
    // Requesting client certificates removes anonymous suites (smtpd.c; reference §5.2).
    if (askCcert && !exclusions.includes('aNULL'))
        exclusions.push('aNULL');
    let protocols = usable ? [...list.enabled] : [];
    if (usable && !haveCert && anonymous) {
        // TLS 1.3 has no anonymous key exchange: a server without a certificate cannot do it (§5.2).
        if (protocols.includes('TLSv1.3')) {
            report('notice', 'tls/anonymous-no-tls13', `${p('cert_file')} = none (anonymous TLS only): TLS 1.3 needs a certificate, so only TLS 1.2 and older with anonymous ciphers can work.`, certFile);
        }
        protocols = protocols.filter((x) => x !== 'TLSv1.3');
        if (protocols.length === 0)
            usable = false;
    }
    const outcome = {
        tls: endpointTls({
            offered: usable,
            advertised: !wrap,
            required: enforce,
            implicit: wrap,
            protocols,
            protocolList: protocolListChoice(listName, listValue.value, list),
            cipherGrade: grade ?? gradeValue.value,
            cipherExclusions: exclusions,
            certificateConfigured: haveCert,
            authBeforeTls,
            dead: null,
            level,
        }),
        use,
        enforce,
        usable,
    };
    if (grade !== undefined)
        outcome.cipherInput = { grade, exclusions };
    return outcome;
}
/** The protocol list a daemon uses (invalidToken only when the list is invalid). */
function protocolListChoice(parameter, value, list) {
    const choice = { parameter, value, valid: list.valid };
    if (list.invalidToken !== undefined)
        choice.invalidToken = list.invalidToken;
    return choice;
}
const serverNamesByPrefix = new Map();
/** Parameters worth showing for a server daemon of this family, in display order. */
function serverParameterNames(prefix) {
    let names = serverNamesByPrefix.get(prefix);
    if (!names) {
        const { tls: t, useTls, enforceTls } = daemonParameterNames(prefix);
        names = Object.freeze([
            t('security_level'),
            useTls,
            enforceTls,
            ...(prefix === 'smtpd' ? ['smtpd_tls_wrappermode', 'smtpd_tls_auth_only', 'smtpd_sasl_auth_enable'] : []),
            t('protocols'),
            t('mandatory_protocols'),
            t('ciphers'),
            t('mandatory_ciphers'),
            t('exclude_ciphers'),
            t('mandatory_exclude_ciphers'),
            t('cert_file'),
            t('key_file'),
            t('eccert_file'),
            t('dcert_file'),
            t('chain_files'),
            t('ask_ccert'),
            t('req_ccert'),
        ]);
        serverNamesByPrefix.set(prefix, names);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/model/client-tls.ts
/**
 * The TLS an smtp/lmtp client transport uses for destinations without a policy-table entry:
 * reference §4.4 (client levels, legacy smtp_enforce_tls = verify), §3.3 (may uses the
 * opportunistic list, everything above the mandatory one; DANE drops SSLv3), §6.2 (grades and
 * exclusions per level). S:v3.7.11 src/smtp/smtp_tls_policy.c global_tls_level(), policy_create().
 */



const REQUIRED_LEVELS = ['encrypt', 'dane-only', 'fingerprint', 'verify', 'secure'];
function clientTls(input) {
    const { prefix, read, report } = input;
    const { tls: t, useTls, enforceTls } = daemonParameterNames(prefix);
    const dead = (reason) => {
        const tls = deadTls(reason);
        tls.advertised = null;
        return { tls };
    };
    if (input.startupFatal)
        return dead(input.startupFatal);
    // Every bad boolean is reported: each alone is fatal, and the client names only the first (§1.6).
    const bools = new Map();
    let firstFatal;
    for (const name of [useTls, enforceTls, t('enforce_peername'), t('wrappermode')]) {
        if (!input.has(name))
            continue;
        const v = read(name);
        const b = parseBoolean(v.value);
        if (b === undefined) {
            report('error', 'tls/bad-boolean', `${name} = "${v.value}" is not "yes" or "no": the ${prefix} client exits at start-up and mail for this transport stays queued.`, v, `fatal: ${badBooleanMessage(name, v.value)}`);
            firstFatal ??= badBooleanMessage(name, v.value);
            continue;
        }
        bools.set(name, b);
    }
    if (firstFatal !== undefined)
        return dead(firstFatal);
    const levelValue = read(t('security_level'));
    let level;
    if (levelValue.value !== '') {
        const l = lookupLevel(levelValue.value);
        if (!l) {
            report('error', 'tls/invalid-level', `${t('security_level')} = "${levelValue.value}" is not a TLS level (none, may, encrypt, dane, dane-only, fingerprint, verify, secure): the ${prefix} client exits and mail stays queued.`, levelValue, `fatal: Invalid TLS level "${levelValue.value}"`);
            return dead(`Invalid TLS level "${levelValue.value}"`);
        }
        level = l;
    }
    else if (bools.get(enforceTls)) {
        // Legacy smtp_enforce_tls = yes means verify (with the default smtp_tls_enforce_peername = yes), §4.4.
        level = (bools.get(t('enforce_peername')) ?? true) ? 'verify' : 'encrypt';
    }
    else if (bools.get(useTls)) {
        level = 'may';
    }
    else {
        level = 'none';
    }
    const implicit = bools.get(t('wrappermode')) ?? false;
    const required = REQUIRED_LEVELS.includes(level);
    if (level === 'none') {
        return { tls: endpointTls({ offered: false, advertised: null, required, implicit, protocols: [], protocolList: null, cipherGrade: null, cipherExclusions: [], certificateConfigured: null, authBeforeTls: false, dead: null, level }) };
    }
    let usable = true;
    const mandatory = level !== 'may';
    const listName = mandatory ? t('mandatory_protocols') : t('protocols');
    const listValue = read(listName);
    const list = (0,tls_protocols/* evaluateProtocolList */.I)(listValue.value, { postfixVersion: input.version });
    if (!list.valid) {
        usable = false;
        report('error', 'tls/invalid-protocol-list', `${listName} = "${listValue.value}" is invalid: ${list.invalidReason}. The client aborts every TLS session ("Invalid TLS protocol list"): ${mandatory ? 'mail is deferred' : 'mail goes out in plaintext'}.`, listValue, `warning: <peer>: Invalid TLS protocol list "${listValue.value}": aborting TLS session`);
    }
    else if (list.noProtocolsAvailable) {
        usable = false;
        report('error', 'tls/no-protocols-available', `${listName} = "${listValue.value}" leaves no protocol version enabled: every TLS handshake fails.`, listValue);
    }
    else if (list.included.length > 0 && !list.enabled.includes('TLSv1.3') && !list.excluded.includes('TLSv1.3') && list.floor === 0 && list.ceiling === 0) {
        report('warning', 'tls/include-list-drops-tls13', `${listName} = "${listValue.value}" is an include list: every protocol not named, TLSv1.3 included, is disabled.`, listValue);
    }
    const gradeName = mandatory ? t('mandatory_ciphers') : t('ciphers');
    const gradeValue = read(gradeName);
    const grade = lookupGrade(gradeValue.value);
    if (grade === undefined) {
        usable = false;
        report('error', 'tls/invalid-cipher-grade', `${gradeName} = "${gradeValue.value}" is not a cipher grade (high, medium, low, export, null): every TLS session aborts.`, gradeValue, `warning: invalid cipher grade: "${gradeValue.value}"`);
    }
    const exclusions = [];
    for (const n of [t('exclude_ciphers'), ...(mandatory ? [t('mandatory_exclude_ciphers')] : [])]) {
        const v = read(n);
        const ex = splitExclusions(v.value);
        if (ex.badToken !== undefined) {
            usable = false;
            report('error', 'tls/invalid-cipher-exclusion', `${n} contains "${ex.badToken}": exclusions are bare cipher names; every TLS session aborts.`, v, `warning: invalid unary '!+-@' in cipher exclusion: ${ex.badToken}`);
        }
        // Postfix appends every token (a repeat is harmless); the model lists each once.
        for (const tok of ex.tokens)
            if (!exclusions.includes(tok))
                exclusions.push(tok);
    }
    // §6.2: encrypt adds eNULL; certificate-checking levels also aNULL.
    if (mandatory && !exclusions.includes('eNULL'))
        exclusions.push('eNULL');
    if (mandatory && level !== 'encrypt' && !exclusions.includes('aNULL'))
        exclusions.push('aNULL');
    let protocols = usable ? [...list.enabled] : [];
    // DANE levels always exclude SSLv2 and SSLv3 (tls_client.c; §3.3).
    if (level === 'dane' || level === 'dane-only')
        protocols = protocols.filter((x) => x !== 'SSLv3');
    if (protocols.length === 0)
        usable = false;
    const policy = read(t('policy_maps'));
    if (policy.value !== '') {
        report('notice', 'tls/policy-maps', `${t('policy_maps')} is set: destinations listed there use their own level, protocols and ciphers; this model shows the defaults for all other destinations.`, policy);
    }
    const outcome = {
        tls: endpointTls({
            offered: usable,
            advertised: null,
            required,
            implicit,
            protocols,
            protocolList: protocolListChoice(listName, listValue.value, list),
            cipherGrade: grade ?? gradeValue.value,
            cipherExclusions: exclusions,
            certificateConfigured: null,
            authBeforeTls: false,
            dead: null,
            level,
        }),
    };
    if (grade !== undefined)
        outcome.cipherInput = { grade, exclusions };
    return outcome;
}
const clientNamesByPrefix = new Map();
function clientParameterNames(prefix) {
    let names = clientNamesByPrefix.get(prefix);
    if (!names) {
        const { tls: t, useTls, enforceTls } = daemonParameterNames(prefix);
        names = Object.freeze([
            t('security_level'),
            useTls,
            enforceTls,
            t('enforce_peername'),
            t('wrappermode'),
            t('protocols'),
            t('mandatory_protocols'),
            t('ciphers'),
            t('mandatory_ciphers'),
            t('exclude_ciphers'),
            t('mandatory_exclude_ciphers'),
            t('policy_maps'),
            t('cert_file'),
        ]);
        clientNamesByPrefix.set(prefix, names);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/model/listen.ts
/**
 * Where an inet service listens, and whether only local clients can reach it (reference §2.2,
 * §5.3.5: master marks services whose addresses are all loopback MASTER_FLAG_LOCAL_ONLY).
 */

/** services(5) names a typical system knows, for Postfix < 3.6 (no known_tcp_ports). */
const SERVICES_FILE = { smtp: 25, submission: 587, submissions: 465, smtps: 465, lmtp: 24 };
/** known_tcp_ports (3.6+): "lmtp=24, smtp=25, smtps=submissions=465, submission=587". */
function parseKnownTcpPorts(value) {
    const out = new Map();
    for (const item of value.split(/[,\s]+/).filter((x) => x.length > 0)) {
        const parts = item.split('=');
        const port = parts[parts.length - 1];
        if (!/^\d+$/.test(port))
            continue;
        for (const name of parts.slice(0, -1))
            if (name)
                out.set(name, Number(port));
    }
    return out;
}
/** known_tcp_ports is nearly always its default: the last value's parse is kept. */
let lastKnownTcpPorts;
function resolvePort(port, postfixVersion, knownTcpPorts) {
    if (/^\d+$/.test(port))
        return Number(port);
    if ((0,defaults/* compareVersions */.Zy)(postfixVersion, '3.6') >= 0) {
        if (lastKnownTcpPorts?.value !== knownTcpPorts)
            lastKnownTcpPorts = { value: knownTcpPorts, ports: parseKnownTcpPorts(knownTcpPorts) };
        const known = lastKnownTcpPorts.ports.get(port);
        if (known !== undefined)
            return known;
    }
    return SERVICES_FILE[port] ?? null;
}
/** Split an inet service name: "port", "host:port", "[v6]:port". */
function splitInetName(name) {
    const bracket = /^\[([^\]]*)\]:(.*)$/.exec(name);
    if (bracket)
        return { host: bracket[1], port: bracket[2] };
    const colon = name.lastIndexOf(':');
    if (colon < 0)
        return { host: null, port: name };
    const host = name.slice(0, colon);
    return { host: host === '' ? null : host, port: name.slice(colon + 1) };
}
function isLoopbackHost(host) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (h === 'localhost' || h === 'localhost.localdomain' || h === 'ip6-localhost' || h === 'ip6-loopback')
        return true;
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h))
        return true;
    if (h === '::1' || h === '0:0:0:0:0:0:0:1')
        return true;
    if (/^::ffff:127\./.test(h))
        return true;
    return false;
}
/** inet_interfaces that only cover loopback addresses ("loopback-only", "127.0.0.1, [::1]", "localhost"). */
function interfacesAreLoopbackOnly(inetInterfaces) {
    // Nearly every set has the default ("all") or one of a few values: the last answer is kept.
    if (lastInterfaces?.value !== inetInterfaces)
        lastInterfaces = { value: inetInterfaces, loopbackOnly: loopbackOnly(inetInterfaces) };
    return lastInterfaces.loopbackOnly;
}
let lastInterfaces;
function loopbackOnly(inetInterfaces) {
    const items = inetInterfaces.split(/[,\s]+/).filter((x) => x.length > 0);
    if (items.length === 0)
        return false;
    return items.every((i) => i.toLowerCase() === 'loopback-only' || isLoopbackHost(i));
}

// EXTERNAL MODULE: ./src/model/namespace.ts + 1 modules
var namespace = __webpack_require__(9733);
;// CONCATENATED MODULE: ./src/model/report.ts
/**
 * A reporter that points at the value's own definition when it has one (main.cf or -o line), else
 * at the fallback (the service's master.cf line, worked out when first needed). Identical
 * diagnostics are kept once.
 */
function makeReporter(out, fallback) {
    let fallbackSpan;
    return (severity, code, message, at, postfixMessage) => {
        // The keys of what `out` holds, shared by every reporter on it and caught up with what was pushed
        // directly: a search of `out` per report was quadratic in a master.cf of thousands of services.
        let seen = seenIn.get(out);
        if (!seen)
            seenIn.set(out, (seen = { keys: new Set(), upTo: 0 }));
        for (; seen.upTo < out.length; seen.upTo++)
            seen.keys.add(keyOf(out[seen.upTo]));
        const path = at?.file ?? fallback.path;
        const span = at?.file ? at.span : (fallbackSpan ??= fallback.span?.());
        const d = {
            severity,
            code,
            message,
            path,
            ...(span ? { span } : {}),
            ...(postfixMessage ? { postfixMessage } : {}),
        };
        const key = keyOf(d);
        if (seen.keys.has(key))
            return;
        out.push(d);
        seen.keys.add(key);
        seen.upTo = out.length;
    };
}
const seenIn = new WeakMap();
const keyOf = (d) => `${d.code}\u0000${d.message}\u0000${d.path}\u0000${d.span?.start.offset ?? ''}`;

// EXTERNAL MODULE: ./src/model/version.ts
var model_version = __webpack_require__(2621);
;// CONCATENATED MODULE: ./src/model/config-set-model.ts














/** master.cf diagnostics that mean the daemon exits at start-up (bad -o, unknown option). */
const STARTUP_FATAL_CODES = new Set(['master-cf/bad-option-value', 'master-cf/invalid-daemon-option', 'master-cf/missing-option-value']);
/**
 * Daemons that exit on a stray non-option argument ("unexpected command-line argument", §2.3). Checked
 * against the Postfix 3.7.11 binaries here: smtpd and tlsproxy carry that message; smtp (also run as
 * lmtp) and postscreen do not, so `lmtp unix ... lmtp flags=O` (mailcow) works on 3.7. The newer
 * source snapshot's smtp.c does check; the release that added it is not known here.
 */
const NO_ARGUMENT_DAEMONS = new Set(['smtpd', 'tlsproxy']);
/** postscreen's after-220 tests: with any on, postscreen answers STARTTLS itself via tlsproxy (§5.3). */
const DEEP_TESTS = ['postscreen_pipelining_enable', 'postscreen_non_smtp_command_enable', 'postscreen_bare_newline_enable'];
const GLOBAL_TLS_NAMES = ['tls_high_cipherlist', 'tls_medium_cipherlist', 'tls_low_cipherlist', 'tls_export_cipherlist', 'tls_null_cipherlist', 'tls_preempt_cipherlist', 'tls_ssl_options', 'tls_config_file', 'tls_config_name'];
/** Parameters whose templated value counts as "set" (certificate and key files). */
const TEMPLATED_PRESENCE = /_(cert|key|eccert|eckey|dcert|dkey)_file$|_chain_files$/;
const basename = (command) => command.slice(command.lastIndexOf('/') + 1);
function buildConfigSetModel(loaded, options = {}) {
    const diagnostics = [...loaded.diagnostics];
    // Template lines that are not Postfix syntax as written are neutralized for the model (see
    // template-tolerant.ts); the set's own diagnostics still report them.
    const neutralized = [];
    const tolerantMain = (m) => {
        if (!m?.fatal)
            return m;
        const t = tolerantMainCf(m);
        if (t.neutralizedLines.length)
            neutralized.push({ path: m.source.path, lines: t.neutralizedLines });
        return t.main;
    };
    const main = tolerantMain(loaded.main);
    const mainOverride = tolerantMain(loaded.mainOverride);
    let master = loaded.master;
    if (master?.fatal) {
        const t = tolerantMasterCf(master);
        if (t.neutralizedLines.length)
            neutralized.push({ path: master.source.path, lines: t.neutralizedLines });
        master = t.master;
    }
    const postfixVersion = (0,model_version/* resolveTargetVersion */.O)({ main, mainOverride, master }, options.postfixVersion);
    const version = postfixVersion.version;
    const base = new namespace/* ParameterNamespace */.FD((0,defaults/* builtinDefaults */.sk)(version));
    if (main)
        base.addMainCf(main);
    if (mainOverride)
        base.addMainCf(mainOverride);
    const mainPath = main?.source.path ?? loaded.set.directory;
    const setReport = makeReporter(diagnostics, { path: mainPath });
    const firstEntry = main?.entries[0];
    if (main && firstEntry && firstEntry.name.startsWith('\uFEFF')) {
        setReport('warning', 'tls/bom-first-parameter', `main.cf starts with a UTF-8 byte-order mark: Postfix reads the first parameter's name as "\\xEF\\xBB\\xBF${firstEntry.name.slice(1)}", an unknown name, so "${firstEntry.name.slice(1)} = ${firstEntry.value}" is silently ignored.`, { ...base.get(firstEntry.name), file: main.source.path, span: firstEntry.nameSpan });
    }
    for (const n of neutralized) {
        diagnostics.push({
            severity: 'notice',
            code: 'tls/template-lines-neutralized',
            message: `Line${n.lines.length === 1 ? '' : 's'} ${n.lines.join(', ')} of this template ${n.lines.length === 1 ? 'is' : 'are'} not Postfix syntax as written but contain${n.lines.length === 1 ? 's' : ''} template placeholders; the model assumes the rendered file is valid there and analyses the rest (a placeholder in a master.cf field counts as "-").`,
            path: n.path,
        });
    }
    // A fatal main.cf line kills every daemon (§1.2).
    const mainFatal = main?.fatal ?? mainOverride?.fatal;
    const mainFatalReason = mainFatal ? `fatal: ${mainFatal.postfixMessage ?? mainFatal.message}` : undefined;
    // Services master(8) runs (disabled ones and earlier duplicates dropped), with postfix-master.cf edits.
    let services = [];
    /** The options of services that postfix-master.cf edits (the others have their master.cf -o). */
    const overriddenOptions = new Map();
    if (master) {
        services = (0,master_cf/* activeServices */.PO)(master, base.get('master_service_disable').value);
        if (loaded.masterOverrideSource) {
            const file = parseMasterOverrides(loaded.masterOverrideSource);
            const applied = applyMasterOverrides(master, file);
            diagnostics.push(...file.diagnostics, ...applied.diagnostics);
            for (const o of applied.services)
                overriddenOptions.set(o.service, o.options);
        }
    }
    // An argument that starts with "{" but does not close (or has text after its "}") is only a warning
    // for postconf, but master(8) refuses the whole master.cf at start-up: "fatal: .../master.cf: line N:
    // missing '}' in ..." and nothing runs. Checked with the real 3.7.11 master (test/postfix/
    // master-refuses-brace.test.ts); a line that master_service_disable turns off is not read that far.
    const masterRefusal = master && !mainFatalReason ? masterRefusalOf(master, base.get('master_service_disable').value) : undefined;
    if (masterRefusal) {
        diagnostics.push({
            severity: 'error',
            code: 'tls/master-refuses-file',
            message: `master(8) refuses the whole master.cf at start-up (line ${masterRefusal.line}: ${masterRefusal.error}), so Postfix does not start and no service runs; postconf only warns about it.`,
            path: master.source.path,
            ...(masterRefusal.span ? { span: masterRefusal.span } : {}),
            postfixMessage: `fatal: ${master.source.path}: line ${masterRefusal.line}: ${masterRefusal.error}`,
        });
    }
    const startupFatalOfAll = mainFatalReason ?? (masterRefusal ? `fatal: master.cf: line ${masterRefusal.line}: ${masterRefusal.error}` : undefined);
    // Only the services that become endpoints are asked for (contextOf).
    const optionsOf = (s) => overriddenOptions.get(s) ?? s.options.map((o) => ({ name: o.name, value: o.value, origin: 'master.cf', option: o }));
    // The few master.cf diagnostics that stop a daemon at start-up, found once for all services.
    const contexts = new Map();
    const contextOf = (s) => {
        let c = contexts.get(s);
        if (c)
            return c;
        const ns = base.clone();
        const opts = optionsOf(s);
        for (const o of opts) {
            if (o.origin === 'override' && o.override) {
                ns.set(o.name, (0,namespace/* makeDefinition */.qP)(o.value, (0,namespace/* sourceLabel */.en)(loaded.masterOverrideSource.path, o.override.line), o.override.templated, loaded.masterOverrideSource.path, o.override.span));
            }
            else if (o.option) {
                ns.set(o.name, (0,namespace/* makeDefinition */.qP)(o.value, (0,namespace/* sourceLabel */.en)(master.source.path, o.option.span.start.line), o.option.templated, master.source.path, o.option.span));
            }
            else {
                ns.set(o.name, (0,namespace/* makeDefinition */.qP)(o.value, (0,namespace/* sourceLabel */.en)(master.source.path, s.line.firstLine), false, master.source.path));
            }
        }
        ns.set('service_name', (0,namespace/* makeDefinition */.qP)(s.name, 'service', false));
        const cmd = basename(s.command);
        ns.set('process_name', (0,namespace/* makeDefinition */.qP)(cmd, 'service', false));
        let startupFatal = startupFatalOfAll;
        const lineStart = s.line.startOffset;
        const lineEnd = s.line.endOffset;
        if (!startupFatal && NO_ARGUMENT_DAEMONS.has(cmd) && s.strayArguments[0])
            startupFatal = `unexpected command-line argument: ${s.strayArguments[0].text}`;
        if (!startupFatal) {
            const bad = firstStartupFatal(master, lineStart, lineEnd);
            if (bad)
                startupFatal = bad.message;
        }
        c = { service: s, options: opts, ns, line: loaded.masterIsStock ? null : s.line.firstLine };
        if (startupFatal)
            c.startupFatal = startupFatal;
        contexts.set(s, c);
        return c;
    };
    const serviceReporter = (s) => makeReporter(diagnostics, { path: master.source.path, span: () => (0,postfix_source/* spanOf */.ee)(master.source, s.line.startOffset, s.line.endOffset) });
    /**
     * A reader that records what the daemon consulted and flags silent surprises in it. A value that
     * depends on a template placeholder is shown as written, but decided on as the built-in default
     * (the name is listed in `templated`).
     */
    const readerFor = (ns, values, report, templated) => (name) => {
        const v = ns.get(name);
        if (v.unknown && templated && !templated.includes(name))
            templated.push(name);
        if (!values.has(name)) {
            values.set(name, v);
            if (v.undefinedNames.length > 0 && v.source !== 'default') {
                report('warning', 'tls/undefined-parameter', `${name} = "${v.raw}" refers to ${v.undefinedNames.map((n) => `$${n}`).join(', ')}, which ${v.undefinedNames.length === 1 ? 'is' : 'are'} not defined: Postfix expands ${v.undefinedNames.length === 1 ? 'it' : 'them'} to the empty string, so the value is "${v.value}".`, v);
            }
            if (v.unknown)
                report('notice', 'tls/templated-value', `${name} depends on a template placeholder: its rendered value is unknown here, so the decisions use the built-in default "${ns.getAssumingDefault(name).value}".`, v);
        }
        // For file names only presence matters, and a placeholder will render to a path.
        return v.unknown && !TEMPLATED_PRESENCE.test(name) ? ns.getAssumingDefault(name) : v;
    };
    const inetInterfaces = base.get('inet_interfaces').value;
    let loopbackOnly;
    const interfacesLoopbackOnly = () => (loopbackOnly ??= interfacesAreLoopbackOnly(inetInterfaces));
    const knownTcpPorts = base.has('known_tcp_ports') ? base.get('known_tcp_ports').value : '';
    const listenOf = (s) => {
        const { host, port } = splitInetName(s.name);
        return { host, port: resolvePort(port, version, knownTcpPorts) };
    };
    const masterPlaceholders = master ? (0,templates/* placeholdersOfSource */.$2)(master.source) : [];
    const roleOf = (s, listen, wrap) => {
        if (options.roles) {
            const keys = [s.name, `${s.name}/${s.type}`];
            if (listen?.port != null)
                keys.push(listen.host ? `${listen.host}:${listen.port}` : String(listen.port));
            for (const k of keys) {
                const r = roleGiven(options, k);
                if (r)
                    return { role: r, reason: `role given for "${k}"` };
            }
        }
        // A listen address that a template fills in (PH_LOCAL_ADDRESS:10025, {{ bind }}:587) may be loopback or
        // public: the role below is a guess, and rules say so instead of judging it as certain.
        const nameSpan = s.fieldSpans[0];
        if (listen && nameSpan && (0,templates/* overlapsPlaceholder */.oc)(masterPlaceholders, nameSpan.start.offset, Math.max(nameSpan.end.offset, nameSpan.start.offset + 1))) {
            const guess = roleByAddress(s, listen, wrap);
            return { role: guess.role, reason: `${guess.reason}; the listen address "${s.name}" is a template placeholder, so this role is assumed (give it under services: in the policy)`, assumed: true };
        }
        return roleByAddress(s, listen, wrap);
    };
    const roleByAddress = (s, listen, wrap) => {
        if (!listen)
            return { role: 'local-only', reason: `${s.type} service: only local processes connect to it` };
        if (listen.host !== null && isLoopbackHost(listen.host))
            return { role: 'local-only', reason: `listens on loopback address ${listen.host}` };
        if (listen.host === null && interfacesLoopbackOnly())
            return { role: 'local-only', reason: `inet_interfaces = ${inetInterfaces} (loopback only)` };
        if (listen.port === 25)
            return { role: 'mx', reason: 'port 25' };
        if (listen.port === 587)
            return { role: 'submission', reason: 'port 587' };
        if (listen.port === 465)
            return { role: 'submissions', reason: 'port 465' };
        if (wrap)
            return { role: 'submissions', reason: 'wrapper mode (implicit TLS)' };
        return { role: 'other-public', reason: listen.port === null ? `port "${splitInetName(s.name).port}" unknown` : `port ${listen.port}` };
    };
    const serviceFiles = new Set([master?.source.path, loaded.masterOverrideSource?.path].filter((x) => x !== undefined));
    const isServiceOption = (v) => v.file !== undefined && serviceFiles.has(v.file);
    const endpoints = [];
    const passEndpoints = new Map();
    const pendingPass = [];
    const smtpdEndpoint = (s, listen, roleFrom) => {
        const ctx = contextOf(s);
        const report = serviceReporter(s);
        const values = new Map();
        const templated = [];
        const read = readerFor(ctx.ns, values, report, templated);
        for (const n of serverParameterNames('smtpd'))
            if (ctx.ns.has(n))
                read(n);
        const outcome = serverTls({ prefix: 'smtpd', version, read, has: (n) => ctx.ns.has(n), report, isServiceOption, startupFatal: ctx.startupFatal });
        if (outcome.use)
            for (const n of GLOBAL_TLS_NAMES)
                if (ctx.ns.has(n))
                    read(n);
        const tls = outcome.tls;
        if (outcome.cipherInput && tls.offered)
            attachCipherSuites(tls, outcome.cipherInput, read, version, report);
        flagClientParamsOnServer(ctx, report, [SMTP, LMTP]);
        const { role, reason, assumed } = roleFrom ?? roleOf(s, listen, tls.implicit);
        if (templated.length)
            tls.templated = templated;
        return makeEndpoint({ service: s.name, type: s.type, command: basename(s.command), line: ctx.line, kind: 'server', role, roleReason: reason, roleAssumed: assumed, listen, tls, values, masterService: s });
    };
    const findService = (name, type) => services.find((x) => x.name === name && x.type === type);
    for (const s of services) {
        const cmd = basename(s.command);
        if (cmd === 'smtpd' && (s.type === 'inet' || s.type === 'unix')) {
            endpoints.push(smtpdEndpoint(s, s.type === 'inet' ? listenOf(s) : null));
        }
        else if (cmd === 'postscreen' && s.type === 'inet') {
            endpoints.push(postscreenEndpoint(s));
            // The smtpd pass service right after the first postscreen that feeds it.
            endpoints.push(...pendingPass.splice(0));
        }
        else if ((cmd === 'smtp' || cmd === 'lmtp') && s.type !== 'pass') {
            endpoints.push(clientEndpoint(s, cmd));
        }
    }
    // smtpd pass services no postscreen hands connections to.
    for (const s of services) {
        if (basename(s.command) === 'smtpd' && s.type === 'pass' && !passEndpoints.has(s)) {
            const e = smtpdEndpoint(s, null, { role: 'local-only', reason: 'pass service that no postscreen service hands connections to' });
            endpoints.push(e);
        }
    }
    function postscreenEndpoint(s) {
        const ctx = contextOf(s);
        const report = serviceReporter(s);
        const values = new Map();
        const templated = [];
        const read = readerFor(ctx.ns, values, report, templated);
        const listen = listenOf(s);
        const roleInfo = roleOf(s, listen, false);
        const passName = read('smtpd_service_name').value;
        const proxyName = read('tlsproxy_service_name').value;
        const passService = findService(passName, 'pass');
        const proxyService = findService(proxyName, 'unix');
        let pass;
        if (passService) {
            pass = passEndpoints.get(passService);
            if (!pass) {
                pass = smtpdEndpoint(passService, listen, roleInfo);
                pass.behind = [];
                passEndpoints.set(passService, pass);
                pendingPass.push(pass);
            }
            pass.behind.push(s.name);
        }
        const finish = (tls, front) => {
            if (templated.length)
                tls.templated = [...(tls.templated ?? []), ...templated.filter((n) => !tls.templated?.includes(n))];
            return makeEndpoint({ service: s.name, type: s.type, command: 'postscreen', line: ctx.line, kind: 'server', role: roleInfo.role, roleReason: roleInfo.reason, listen, tls, values, postscreen: front, masterService: s });
        };
        if (ctx.startupFatal)
            return finish(deadTls(ctx.startupFatal), undefined);
        // Every bad boolean is reported: each alone is fatal, and postscreen names only the first (§1.6).
        const bools = new Map();
        let firstFatal;
        for (const n of ['postscreen_use_tls', 'postscreen_enforce_tls', ...DEEP_TESTS]) {
            const v = read(n);
            const b = parseBoolean(v.value);
            if (b === undefined) {
                report('error', 'tls/bad-boolean', `${n} = "${v.value}" is not "yes" or "no": postscreen exits at start-up and port ${listen.port ?? s.name} does not answer.`, v, `fatal: bad boolean configuration: ${n} = ${v.value}`);
                firstFatal ??= `bad boolean configuration: ${n} = ${v.value}`;
                continue;
            }
            bools.set(n, b);
        }
        if (firstFatal !== undefined)
            return finish(deadTls(firstFatal), undefined);
        const deep = DEEP_TESTS.filter((n) => bools.get(n));
        const front = {
            deepProtocolTests: deep,
            starttlsBy: (deep.length > 0 ? 'tlsproxy' : 'smtpd'),
            passService: passService ? passService.name : null,
            tlsproxyService: proxyService ? proxyService.name : null,
        };
        if (!passService) {
            report('error', 'tls/postscreen-without-pass', `postscreen hands clients to the "${passName} pass" service (smtpd_service_name), but master.cf has none: clients that pass the tests cannot be served.`, values.get('smtpd_service_name'));
        }
        for (const o of ctx.options) {
            if (/^smtpd_tls_/.test(o.name) && o.name !== 'smtpd_tls_security_level') {
                report('notice', 'tls/postscreen-smtpd-option', `-o ${o.name} on the postscreen service does not reach the TLS of this port: STARTTLS is handled by the "${passName} pass" service's own settings, or by tlsproxy (main.cf and the tlsproxy service) for postscreen's own tests.`, ctx.ns.get(o.name));
            }
        }
        if (deep.length === 0) {
            // Every client reaches the smtpd pass service before any SMTP command: its TLS is this port's TLS.
            const tls = pass ? endpointTls(pass.tls) : deadTls(`no "${passName} pass" service`);
            return finish(tls, front);
        }
        // postscreen's own SMTP engine: its level decides advertisement; tlsproxy does the handshake.
        const level = read('postscreen_tls_security_level');
        let use = bools.get('postscreen_use_tls');
        let enforce = bools.get('postscreen_enforce_tls');
        if (level.value !== '') {
            const l = level.value.toLowerCase();
            if (l === 'none')
                use = enforce = false;
            else if (l === 'may') {
                use = true;
                enforce = false;
            }
            else if (l === 'encrypt' || l === 'fingerprint' || l === 'verify' || l === 'secure')
                use = enforce = true;
            else {
                report('error', 'tls/invalid-level', `postscreen_tls_security_level = "${level.value}" is not a server TLS level: postscreen exits at start-up.`, level, `fatal: Invalid TLS level "${level.value}"`);
                return finish(deadTls(`Invalid TLS level "${level.value}"`), front);
            }
        }
        use = use || enforce;
        let tls;
        if (!use) {
            tls = endpointTls({ ...deadTls(''), dead: null, level: 'none', certificateConfigured: null, authBeforeTls: pass?.tls.authBeforeTls ?? false });
        }
        else if (!proxyService) {
            report('error', 'tls/postscreen-without-tlsproxy', `postscreen offers STARTTLS but master.cf has no "${proxyName} unix" tlsproxy service: STARTTLS fails for clients in postscreen's tests.`, level);
            tls = endpointTls({ ...deadTls(''), dead: null, advertised: true, required: enforce, level: enforce ? 'encrypt' : 'may', authBeforeTls: pass?.tls.authBeforeTls ?? false });
        }
        else {
            // tlsproxy: main.cf plus the tlsproxy service's own -o (reference §2.5, §5.3).
            const pctx = contextOf(proxyService);
            const preport = serviceReporter(proxyService);
            const pread = readerFor(pctx.ns, values, preport, templated);
            for (const n of serverParameterNames('tlsproxy'))
                if (pctx.ns.has(n))
                    pread(n);
            const proxy = serverTls({ prefix: 'tlsproxy', version, read: pread, has: (n) => pctx.ns.has(n), report: preport, startupFatal: pctx.startupFatal });
            if (proxy.cipherInput && proxy.tls.offered)
                attachCipherSuites(proxy.tls, proxy.cipherInput, pread, version, preport);
            const usable = proxy.usable && proxy.tls.offered && proxy.tls.dead === null;
            if (!proxy.use && proxy.tls.dead === null) {
                report('warning', 'tls/tlsproxy-server-disabled', `postscreen offers STARTTLS, but tlsproxy's server role is off (tlsproxy_tls_security_level = "${pctx.ns.get('tlsproxy_tls_security_level').value}"): STARTTLS fails for clients in postscreen's tests.`, pctx.ns.get('tlsproxy_tls_security_level'));
            }
            tls = endpointTls({
                ...proxy.tls,
                offered: usable,
                advertised: true,
                required: enforce,
                implicit: false,
                protocols: usable ? proxy.tls.protocols : [],
                authBeforeTls: pass?.tls.authBeforeTls ?? false,
                dead: proxy.tls.dead ? `tlsproxy: ${proxy.tls.dead}` : null,
                level: enforce ? 'encrypt' : 'may',
            });
        }
        return finish(tls, front);
    }
    function clientEndpoint(s, cmd) {
        const ctx = contextOf(s);
        const report = serviceReporter(s);
        const values = new Map();
        const templated = [];
        const read = readerFor(ctx.ns, values, report, templated);
        for (const n of clientParameterNames(cmd))
            if (ctx.ns.has(n))
                read(n);
        const outcome = clientTls({ prefix: cmd, version, read, has: (n) => ctx.ns.has(n), report, startupFatal: ctx.startupFatal });
        if (outcome.cipherInput && outcome.tls.offered)
            attachCipherSuites(outcome.tls, outcome.cipherInput, read, version, report);
        flagClientParamsOnServer(ctx, report, cmd === 'smtp' ? [SMTPD, LMTP] : [SMTPD, SMTP]);
        if (s.strayArguments[0]) {
            report('notice', 'tls/client-stray-argument', `"${s.strayArguments[0].text}" is not an option: the Postfix 3.7 ${cmd} client ignores it (its binary has no "unexpected command-line argument" check), but any -o after it is not applied.`, undefined);
        }
        const keys = [s.name, `${s.name}/${s.type}`];
        let role = cmd === 'smtp' ? 'client-smtp' : 'client-lmtp';
        let reason = `${cmd} client transport`;
        for (const k of keys) {
            const r = roleGiven(options, k);
            if (r) {
                role = r;
                reason = `role given for "${k}"`;
                break;
            }
        }
        if (templated.length)
            outcome.tls.templated = templated;
        return makeEndpoint({ service: s.name, type: s.type, command: cmd, line: ctx.line, kind: 'client', role, roleReason: reason, listen: null, tls: outcome.tls, values, masterService: s });
    }
    return {
        loaded,
        root: loaded.set.directory,
        mainCf: loaded.set.main?.path ?? null,
        masterCf: loaded.masterIsStock ? null : loaded.set.master?.path ?? null,
        postfixVersion,
        endpoints,
        diagnostics,
        neutralizedLines: neutralized,
    };
}
/** Every Endpoint is made here, with every field present in one order (see endpointTls). */
function makeEndpoint(e) {
    return {
        service: e.service,
        type: e.type,
        command: e.command,
        line: e.line,
        kind: e.kind,
        role: e.role,
        roleReason: e.roleReason,
        roleAssumed: e.roleAssumed,
        listen: e.listen,
        tls: e.tls,
        values: e.values,
        postscreen: e.postscreen,
        behind: e.behind,
        masterService: e.masterService,
    };
}
const tlsFamily = (name) => ({ name, tlsPrefix: `${name}_tls_`, useTls: `${name}_use_tls`, enforceTls: `${name}_enforce_tls` });
const SMTPD = tlsFamily('smtpd');
const SMTP = tlsFamily('smtp');
const LMTP = tlsFamily('lmtp');
/** -o of another daemon family's TLS parameters does nothing, and nothing warns (§2.3, gotcha 10). */
function flagClientParamsOnServer(ctx, report, foreign) {
    for (const o of ctx.options) {
        const family = foreign.find((f) => o.name.startsWith(f.tlsPrefix) || o.name === f.useTls || o.name === f.enforceTls);
        if (family) {
            const cmd = basename(ctx.service.command);
            report('warning', 'tls/parameter-has-no-effect', `-o ${o.name}=${o.value} has no effect on this ${cmd} service: ${cmd} never reads ${family.name}_* TLS parameters, and postconf does not warn.`, ctx.ns.get(o.name));
        }
    }
}
/**
 * The role the policy gives a service key. Own keys only: a service named "constructor" or "__proto__"
 * must not pick up Object.prototype's members as its role.
 */
function roleGiven(options, key) {
    return options.roles !== undefined && Object.hasOwn(options.roles, key) ? options.roles[key] : undefined;
}
/**
 * The first unbalanced-brace argument master(8) reads (services that master_service_disable turns off
 * excepted; a line with template placeholders is assumed to render valid), or undefined.
 */
function masterRefusalOf(master, masterServiceDisable) {
    const braces = master.diagnostics.filter((d) => d.code === 'master-cf/unbalanced-brace' && d.span);
    if (braces.length === 0)
        return undefined;
    for (const s of master.services) {
        if (s.templated || (0,master_cf/* isServiceDisabled */._i)(s, masterServiceDisable))
            continue;
        const d = braces.find((b) => b.span.start.offset >= s.line.startOffset && b.span.start.offset < s.line.endOffset);
        if (d)
            return { line: s.line.firstLine, error: d.postfixMessage ?? d.message, span: d.span };
    }
    return undefined;
}
/** master.cf's start-up-fatal diagnostics by offset, with their place in the file's list. */
const fatalIndexes = new WeakMap();
/**
 * The first (in the file's list) start-up-fatal diagnostic at an offset in [start, end): a binary
 * search instead of a search of all of them per service (quadratic with thousands of services).
 */
function firstStartupFatal(master, start, end) {
    let index = fatalIndexes.get(master);
    if (!index) {
        index = master.diagnostics.flatMap((d, order) => (STARTUP_FATAL_CODES.has(d.code) && d.span ? [{ offset: d.span.start.offset, order, d }] : []));
        index.sort((a, b) => a.offset - b.offset || a.order - b.order);
        fatalIndexes.set(master, index);
    }
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (index[mid].offset < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    let best;
    for (let i = lo; i < index.length && index[i].offset < end; i++) {
        const x = index[i];
        if (!best || x.order < best.order)
            best = x;
    }
    return best?.d;
}


/***/ }),

/***/ 9733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FD: () => (/* binding */ ParameterNamespace),
  qP: () => (/* binding */ makeDefinition),
  en: () => (/* binding */ sourceLabel)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/postfix/expand.ts
/**
 * Postfix `$name` expansion: mac_parse() + mac_expand() semantics (reference §1.4;
 * S:v3.7.11 src/util/mac_parse.c, src/util/mac_expand.c, src/global/compat_level.c).
 *
 * - `$$` is a literal `$`; `$name` takes the longest run of [A-Za-z0-9_]; `${...}` / `$(...)` are
 *   balanced on the same bracket kind only.
 * - `${name?text}`, `${name:text}`, `${name?{t1}:{t2}}`, `${{a} op {b} ? {t} : {f}}` with op one
 *   of == != < <= > >= (numeric when both sides are all digits), or the same with the suffix
 *   "level" (compatibility-level comparison, e.g. `<level`).
 * - Expansion is recursive; Postfix stops at a nesting depth of 100 macro calls and reports
 *   `unreasonable macro call nesting`, which makes postconf exit with "macro processing error".
 */
const NESTING_LIMIT = 100;
function isAlnum(ch) {
    if (ch === undefined)
        return false;
    const c = ch.charCodeAt(0);
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Length of the run of " \t\r\n" at `from` (the blanks mac_expand() skips around names and operators). */
function spanOfWhitespace(s, from) {
    let i = from;
    for (;;) {
        const c = s.charCodeAt(i); // NaN past the end
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a)
            return i - from;
        i++;
    }
}
function allDigits(s) {
    return s.length > 0 && /^[0-9]+$/.test(s);
}
/** compat_level_from_string(): "major[.minor[.patch]]", all decimal. */
function parseCompatLevel(s) {
    if (!/^[0-9]+(\.[0-9]+){0,2}$/.test(s))
        return undefined;
    const parts = s.split('.').map((p) => Number(p));
    while (parts.length < 3)
        parts.push(0);
    return parts;
}
/**
 * Our own bound, not Postfix's: each {operand} of a comparison is expanded by a new mac_expand() whose
 * nesting count starts again at zero, so p = ${{$p} == {x} ? {a} : {b}} recurses until real postconf
 * (and every daemon) dies of SIGSEGV (S:v3.7.11 src/util/mac_expand.c, mac_exp_parse_logical). We stop
 * with a macro processing error instead; real configurations nest comparisons one or two deep.
 */
const TOTAL_DEPTH_LIMIT = 400;
/**
 * Our own bound, not Postfix's: 40 parameters each referring twice to the next stay under the nesting limit
 * yet expand to 2^40 characters (Postfix runs out of memory). Real configurations use a few kilobytes.
 */
const WORK_LIMIT = 16 * 1024 * 1024;
/**
 * mac_parse(): split into literal text and macro references, calling back for each. It goes on after a
 * callback failed, but its own status remembers the failure: a later ${name} or $(name) then ends the
 * parse (the check meant for a truncated reference), while a later bare $name or literal still reaches
 * the callback, which reports "unreasonable macro call nesting" again past the limit
 * (S:v3.7.11 src/util/mac_parse.c; postconf 3.7.11 warns for "x" and "p2" with p2 = x$p2$p2, only
 * for "SSLv3:" with p2 = SSLv3:$(p2)).
 */
function macParse(ctx, value, action) {
    let failed = false; // this call's MAC_PARSE_ERROR, from the callbacks' results
    const act = (t) => {
        action(t);
        if (ctx.error)
            failed = true;
    };
    let buf = '';
    let i = 0;
    while (i < value.length) {
        const dollar = value.indexOf('$', i);
        if (dollar !== i) {
            // literal text up to the next "$" (or the end)
            const end = dollar === -1 ? value.length : dollar;
            buf += value.slice(i, end);
            i = end;
            continue;
        }
        if (value[i + 1] === '$') {
            buf += '$';
            i += 2;
            continue;
        }
        if (buf.length > 0) {
            act({ kind: 'literal', text: buf });
            buf = '';
        }
        i += 1;
        const open = value[i];
        if (open === '{' || open === '(') {
            const close = open === '{' ? '}' : ')';
            let level = 1;
            let j = i + 1;
            for (; level > 0; j++) {
                if (j >= value.length) {
                    ctx.warnings.push(`truncated macro reference: "${value}"`);
                    ctx.error = true;
                    return;
                }
                if (value[j] === open)
                    level++;
                if (value[j] === close)
                    level--;
            }
            if (failed)
                return;
            buf = value.slice(i + 1, j - 1);
            i = j;
        }
        else {
            let j = i;
            while (j < value.length && (isAlnum(value[j]) || value[j] === '_'))
                j++;
            buf = value.slice(i, j);
            i = j;
        }
        if (buf.length === 0) {
            ctx.error = true;
            ctx.warnings.push(`empty macro name: "${value}"`);
            return;
        }
        act({ kind: 'name', text: buf });
        buf = '';
    }
    if (buf.length > 0 && !failed)
        act({ kind: 'literal', text: buf });
}
function fail(ctx, message) {
    ctx.warnings.push(message);
    ctx.error = true;
}
/** Extract a balanced {payload} starting at s[pos] === '{'; returns payload and the index after trailing space. */
function curlyPayload(ctx, s, pos) {
    let level = 1;
    let j = pos + 1;
    for (;; j++) {
        if (j >= s.length) {
            fail(ctx, `unbalanced {} in attribute expression: "${s.slice(pos)}"`);
            return undefined;
        }
        if (s[j] === '{')
            level++;
        else if (s[j] === '}' && --level <= 0)
            break;
    }
    const payload = s.slice(pos + 1, j);
    const after = j + 1;
    return { payload, next: after + spanOfWhitespace(s, after) };
}
function findLeftCurly(s, pos) {
    const p = pos + spanOfWhitespace(s, pos);
    return s[p] === '{' ? p : undefined;
}
function subExpand(ctx, pattern) {
    if (ctx.budget.depth >= TOTAL_DEPTH_LIMIT) {
        if (ctx.error)
            return '';
        fail(ctx, `unreasonable macro call nesting in a comparison operand: "${pattern}" (real Postfix crashes here)`);
        return '';
    }
    const sub = runExpand(pattern, ctx.lookup, ctx.opts, ctx.budget);
    ctx.warnings.push(...sub.warnings);
    ctx.undefinedNames.push(...sub.undefinedNames);
    if (sub.error)
        ctx.error = true;
    return sub.value;
}
const OPERATORS = ['==', '!=', '<', '<=', '>=', '>'];
const OPERATOR_CHARS = '<>!=?+-*/~&|%';
/** Relational expression; returns the fake lookup value ("true"/"") or undefined after an error. */
function parseRelational(ctx, s, pos) {
    const left = curlyPayload(ctx, s, pos);
    if (!left)
        return undefined;
    let cp = left.next;
    const opPos = cp;
    let opLen = 0;
    while (cp + opLen < s.length && OPERATOR_CHARS.includes(s[cp + opLen]))
        opLen++;
    const op = s.slice(cp, cp + opLen);
    if (!OPERATORS.includes(op)) {
        fail(ctx, `"==" or "!="" or "<"" or "<="" or ">="" or ">" expected at: "...${left.payload}}>>>${s.slice(cp, cp + 20)}"`);
        return undefined;
    }
    cp += opLen;
    let suffix = '';
    if (isAlnum(s[cp])) {
        let n = 1;
        while (isAlnum(s[cp + n]))
            n++;
        suffix = s.slice(cp, cp + n);
        cp += n;
        if (suffix !== 'level') {
            fail(ctx, `bad operator suffix at: "...${op}>>>${suffix}"`);
            return undefined;
        }
    }
    const rightPos = findLeftCurly(s, cp);
    if (rightPos === undefined) {
        fail(ctx, `"{expression}" expected at: "...{${left.payload}} ${s.slice(opPos, opPos + opLen)}>>>${s.slice(cp, cp + 20)}"`);
        return undefined;
    }
    const right = curlyPayload(ctx, s, rightPos);
    if (!right)
        return undefined;
    const l = subExpand(ctx, left.payload);
    const r = subExpand(ctx, right.payload);
    let result;
    if (!ctx.opts.scan) {
        let delta;
        if (suffix === 'level') {
            const a = parseCompatLevel(l);
            const b = parseCompatLevel(r);
            if (!a || !b) {
                for (const bad of [a ? undefined : l, b ? undefined : r]) {
                    if (bad !== undefined)
                        ctx.warnings.push(`${bad}: bad compatibility level syntax`);
                }
                ctx.error = true;
                return undefined;
            }
            delta = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        }
        else if (allDigits(l) && allDigits(r)) {
            delta = Number(BigInt(l) - BigInt(r) > 0n ? 1 : BigInt(l) === BigInt(r) ? 0 : -1);
        }
        else {
            delta = Buffer.compare(Buffer.from(l, 'latin1'), Buffer.from(r, 'latin1'));
        }
        switch (op) {
            case '==':
                result = delta === 0;
                break;
            case '!=':
                result = delta !== 0;
                break;
            case '<':
                result = delta < 0;
                break;
            case '<=':
                result = delta <= 0;
                break;
            case '>=':
                result = delta >= 0;
                break;
            default: result = delta > 0;
        }
    }
    if (ctx.error)
        return undefined;
    return { value: ctx.opts.scan ? undefined : result ? 'true' : '', next: right.next };
}
function callback(ctx, token) {
    ctx.budget.depth++;
    try {
        expandToken(ctx, token);
    }
    finally {
        ctx.budget.depth--;
    }
}
function expandToken(ctx, token) {
    if (ctx.level++ > NESTING_LIMIT)
        fail(ctx, `unreasonable macro call nesting: "${token.text}"`);
    if (ctx.error)
        return;
    ctx.budget.left -= token.text.length + 1;
    if (ctx.budget.left < 0) {
        fail(ctx, `unreasonable macro expansion size: stopped after ${WORK_LIMIT} characters`);
        return;
    }
    if (token.kind === 'literal') {
        if (!ctx.opts.scan)
            ctx.out.push(token.text);
        ctx.level--;
        return;
    }
    const s = token.text;
    let cp;
    let lookup;
    let ch;
    const curly = findLeftCurly(s, 0);
    if (curly !== undefined) {
        const rel = parseRelational(ctx, s, curly);
        if (!rel)
            return;
        lookup = rel.value;
        cp = rel.next;
        ch = s[cp];
        if (ch !== undefined) {
            if (ch !== '?' && ch !== ':') {
                fail(ctx, `"?" or ":" expected at: "...}>>>${s.slice(cp, cp + 20)}"`);
                return;
            }
            cp++;
        }
    }
    else {
        const start = spanOfWhitespace(s, 0);
        cp = start;
        let mode;
        let nameEnd;
        for (;; cp++) {
            const ws = spanOfWhitespace(s, cp);
            ch = s[cp + ws];
            if (ch === undefined) {
                nameEnd = cp;
                mode = 'use';
                break;
            }
            if (ch === '?' || ch === ':') {
                nameEnd = cp;
                cp = cp + ws + 1;
                mode = 'test';
                break;
            }
            if (!isAlnum(s[cp]) && s[cp] !== '_') {
                fail(ctx, `attribute name syntax error at: "...${s.slice(0, cp)}>>>${s.slice(cp, cp + 20)}"`);
                return;
            }
        }
        lookup = ctx.lookup(s.slice(start, nameEnd), mode);
    }
    switch (ch) {
        case '?':
        case ':': {
            let rest = cp;
            if (ch === '?') {
                let ifTrue;
                const p = findLeftCurly(s, rest);
                if (p !== undefined) {
                    const pl = curlyPayload(ctx, s, p);
                    if (!pl)
                        return;
                    ifTrue = pl.payload;
                    rest = pl.next;
                }
                else {
                    ifTrue = s.slice(rest);
                    rest = s.length;
                }
                if ((lookup !== undefined && lookup !== '') || ctx.opts.scan)
                    macParse(ctx, ifTrue, (t) => callback(ctx, t));
                if (rest >= s.length)
                    break;
                if (s[rest] !== ':') {
                    fail(ctx, `":" expected at: "...${ifTrue}}>>>${s.slice(rest, rest + 20)}"`);
                    return;
                }
                rest += 1;
            }
            let ifFalse;
            const p = findLeftCurly(s, rest);
            if (p !== undefined) {
                const pl = curlyPayload(ctx, s, p);
                if (!pl)
                    return;
                ifFalse = pl.payload;
                rest = pl.next;
            }
            else {
                ifFalse = s.slice(rest);
                rest = s.length;
            }
            if (lookup === undefined || lookup === '' || ctx.opts.scan)
                macParse(ctx, ifFalse, (t) => callback(ctx, t));
            if (rest < s.length) {
                fail(ctx, `unexpected input at: "...${ifFalse}}>>>${s.slice(rest, rest + 20)}"`);
                return;
            }
            break;
        }
        default:
            if (lookup === undefined) {
                ctx.undefinedNames.push(s.trim());
            }
            else if (lookup === '' || ctx.opts.scan) {
                /* nothing */
            }
            else if (ctx.opts.recurse) {
                macParse(ctx, lookup, (t) => callback(ctx, t));
            }
            else {
                ctx.out.push(lookup);
            }
    }
    ctx.level--;
}
function runExpand(pattern, lookup, opts, budget = { left: WORK_LIMIT, depth: 0 }) {
    const ctx = { opts, lookup, out: [], warnings: [], undefinedNames: [], error: false, level: 0, budget };
    macParse(ctx, pattern, (t) => callback(ctx, t));
    return { value: ctx.out.join(''), warnings: ctx.warnings, error: ctx.error, undefinedNames: ctx.undefinedNames };
}
/** mac_expand() with Postfix's exact warnings. Never throws, never loops forever. */
function macExpand(pattern, lookup, opts = { recurse: true }) {
    return runExpand(pattern, lookup, opts);
}
/** Every `$name` a value refers to, in both branches of conditionals (MAC_EXP_FLAG_SCAN). */
function scanMacroNames(pattern) {
    const names = [];
    const r = runExpand(pattern, (name) => {
        names.push(name);
        return undefined;
    }, { scan: true });
    return { names, warnings: r.warnings, error: r.error };
}
/** Postfix mac_expand semantics: $name ${name} $(name) ${name?v} ${name:v} ${name?{a}:{b}} ${{a} op {b} ? {c} : {d}} $$ */
function expandValue(raw, lookup, options = {}) {
    let unknown = options.rawTemplated ?? false;
    // Most values name nothing: without a "$" the text is the value (as one literal within the work limit).
    if (raw.length < WORK_LIMIT && !raw.includes('$'))
        return { value: raw, undefinedNames: [], unknown };
    const r = runExpand(raw, (name) => {
        if (options.isTemplated?.(name))
            unknown = true;
        return lookup(name);
    }, { recurse: true });
    const result = { value: r.value, undefinedNames: [...new Set(r.undefinedNames)], unknown };
    if (r.error)
        result.error = r.warnings.join('; ') || 'macro processing error';
    return result;
}

;// CONCATENATED MODULE: ./src/model/namespace.ts
/**
 * Effective parameter values of one daemon process, with provenance (reference §2.5, §7.1):
 *
 *   built-in default (target version) ⊕ main.cf (last wins) ⊕ postfix-main.cf ⊕ the service's -o
 *   (in order, last wins), then $name expansion in that combined name space, plus the read-only
 *   service_name / process_name the daemon sets for itself.
 *
 * A separate daemon (tlsproxy for postscreen) gets its own name space: main.cf plus its own -o.
 */


/** The last file labelled and its base name (a set's labels are nearly all of one or two files). */
let labelled = { file: '', base: '' };
function sourceLabel(file, line) {
    if (file !== labelled.file)
        labelled = { file, base: external_node_path_default().posix.basename(file) };
    return `${labelled.base}:${line}`;
}
/**
 * A definition with every field present (absent ones undefined): definitions and values made in
 * one shape keep V8's property accesses on them monomorphic, where an object spread of differently
 * shaped definitions made each value in the slow generic way (about 8 µs per expansion).
 */
function makeDefinition(raw, source, templated, file, span) {
    return { raw, source, file, span, templated };
}
/** Definitions of the built-in defaults, made once per defaults map (they never change). */
const defaultDefinitions = new WeakMap();
function defaultDefinition(defaults, name) {
    let made = defaultDefinitions.get(defaults);
    if (!made)
        defaultDefinitions.set(defaults, (made = new Map()));
    let def = made.get(name);
    if (def === undefined) {
        const raw = defaults.get(name);
        if (raw === undefined)
            return undefined;
        made.set(name, (def = makeDefinition(raw, 'default', false)));
    }
    return def;
}
/**
 * Expansions of built-in parameters in a name space that defines nothing but the defaults, per
 * defaults map. Such an expansion is valid in any name space that defines none of the names it read,
 * which is most TLS parameters of most config sets: they are expanded once per version, not once
 * per set. Only built-in names are held, so the maps cannot grow with the input.
 */
const defaultExpansions = new WeakMap();
/**
 * Definitions are layered: the built-in defaults are looked up (never copied), and only names that a
 * file or a service sets are held here. A clone (one per service) looks up its origin's definitions
 * instead of copying them, and shares the expansions of its origin that read no name the clone
 * redefines, so main.cf values are expanded once per set.
 */
class ParameterNamespace {
    own = new Map();
    /** A clone's origin's definitions at clone time (the origin copies its map before changing it again). */
    inherited;
    /** `own` is some clone's `inherited`: copy it before a change. */
    ownIsInherited = false;
    cache = new Map();
    assumingDefault = new Map();
    /** A clone's view of its origin: the origin's expansions (valid for its definitions at clone time), and the names this clone redefined. */
    shared;
    overridden;
    defaults;
    constructor(defaults) {
        this.defaults = defaults;
    }
    def(name) {
        return this.own.get(name) ?? this.inherited?.get(name) ?? defaultDefinition(this.defaults, name);
    }
    /** A file or a service defines the name (not just a built-in default). */
    defines(name) {
        return this.own.has(name) || (this.inherited !== undefined && this.inherited.has(name));
    }
    writableOwn() {
        if (this.ownIsInherited) {
            this.own = new Map(this.own);
            this.ownIsInherited = false;
        }
        return this.own;
    }
    /** Definitions changed: expansions made so far stay with the clones that already share them. */
    invalidate(name) {
        if (this.cache.size > 0)
            this.cache = new Map();
        // (Map.clear() allocates a new table even for an empty map: one per service option.)
        if (this.assumingDefault.size > 0)
            this.assumingDefault.clear();
        if (this.shared) {
            if (name === undefined)
                this.shared = undefined;
            else
                (this.overridden ??= new Set()).add(name);
        }
    }
    /**
     * The value as if `name` had its built-in default: what the model decides with when the real
     * value is a template placeholder (unknown until rendered).
     */
    getAssumingDefault(name) {
        let v = this.assumingDefault.get(name);
        if (!v) {
            const def = makeDefinition(this.defaults.get(name) ?? '', 'default', false);
            v = this.expand(name, def, (n) => (n === name ? def : this.def(n))).value;
            this.assumingDefault.set(name, v);
        }
        return v;
    }
    /** Layer a main.cf-syntax file (main.cf, postfix-main.cf): its last definition of each name. */
    addMainCf(main) {
        const own = this.writableOwn();
        for (const [name, e] of main.values) {
            own.set(name, makeDefinition(e.value, sourceLabel(main.source.path, e.nameSpan.start.line), e.templated, main.source.path, e.nameSpan));
        }
        this.invalidate(undefined);
        return this;
    }
    /** An independent copy (the service layers go on top of a shared main.cf layer). */
    clone() {
        const copy = new ParameterNamespace(this.defaults);
        if (this.inherited) {
            copy.own = new Map([...this.inherited, ...this.own]);
        }
        else {
            copy.inherited = this.own;
            this.ownIsInherited = true;
        }
        // Expansions of this namespace (and of its own origin, where still valid) serve the copy too.
        copy.shared = this.cache;
        return copy;
    }
    set(name, def) {
        this.writableOwn().set(name, def);
        this.invalidate(name);
        return this;
    }
    definition(name) {
        return this.def(name);
    }
    has(name) {
        // Nearly every name asked about is built in: one lookup.
        return this.defaults.has(name) || this.defines(name);
    }
    /** The effective (expanded) value; an undefined name is the empty string, as in the daemons. */
    get(name) {
        // A clone first asks its origin's expansions: most names read nothing the clone redefines, and
        // only the others are held in its own cache.
        const shared = this.shared?.get(name);
        if (shared !== undefined && !this.readsOverridden(shared.reads))
            return shared.value;
        const hit = this.cache.get(name);
        if (hit)
            return hit.value;
        let computed = this.defaultExpansion(name);
        if (!computed) {
            const def = this.def(name) ?? makeDefinition('', 'undefined', false);
            computed = this.expand(name, def, (n) => this.def(n));
        }
        // Valid for the origin too when no redefined name was read.
        if (this.shared && !this.readsOverridden(computed.reads))
            this.shared.set(name, computed);
        else
            this.cache.set(name, computed);
        return computed.value;
    }
    /** An expansion that read a name this clone redefined is not its origin's. */
    readsOverridden(reads) {
        const overridden = this.overridden;
        if (overridden === undefined)
            return false;
        for (const n of reads)
            if (overridden.has(n))
                return true;
        return false;
    }
    /** The defaults-only expansion of a built-in name, when this name space defines none of the names it reads. */
    defaultExpansion(name) {
        if (this.defines(name) || !this.defaults.has(name))
            return undefined;
        let made = defaultExpansions.get(this.defaults);
        if (!made)
            defaultExpansions.set(this.defaults, (made = new Map()));
        let c = made.get(name);
        if (c === undefined) {
            c = this.expand(name, defaultDefinition(this.defaults, name), (n) => defaultDefinition(this.defaults, n));
            made.set(name, c);
        }
        return c.reads.some((n) => this.defines(n)) ? undefined : c;
    }
    expand(name, def, lookupDef) {
        const chain = [];
        const seen = new Set();
        const reads = [name];
        const r = expandValue(def.raw, (n) => {
            const d = lookupDef(n);
            if (!seen.has(n)) {
                seen.add(n);
                if (n !== name)
                    reads.push(n);
                chain.push(`${d ? d.source : 'undefined'} ${n}`);
            }
            return d?.raw;
        }, { rawTemplated: def.templated, isTemplated: (n) => lookupDef(n)?.templated ?? false });
        const value = {
            raw: def.raw,
            source: def.source,
            file: def.file,
            span: def.span,
            templated: def.templated,
            name,
            value: r.value,
            chain,
            undefinedNames: r.undefinedNames,
            unknown: r.unknown,
            expansionError: r.error,
        };
        return { value, reads };
    }
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ resolveTargetVersion)
/* harmony export */ });
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/**
 * Which Postfix version a config set is analysed for (issue 3 "target version"): the user's choice,
 * else hints in the configuration, else DEFAULT_POSTFIX_VERSION. The answer says why.
 */

const OLDEST = _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_POSTFIX_VERSIONS */ .nh[0];
const NEWEST = _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_POSTFIX_VERSIONS */ .nh[_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_POSTFIX_VERSIONS */ .nh.length - 1];
function clamp(v) {
    const p = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(v);
    if (!p)
        return { version: _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POSTFIX_VERSION */ .FH, note: '' };
    if ((0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(p, OLDEST) < 0)
        return { version: OLDEST, note: ` (older than ${OLDEST}, the oldest modelled version; ${OLDEST} is used)` };
    const minor = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .supportedMinorOf */ .Vh)(p);
    if (!minor)
        return { version: NEWEST, note: ` (newer than ${NEWEST}, the newest modelled version; ${NEWEST} is used)` };
    return { version: p.patch !== undefined ? `${p.major}.${p.minor}.${p.patch}` : minor, note: '' };
}
/** Every modelled version's built-in parameters, oldest first (made when first needed). */
let defaultsOldestFirst;
/**
 * Names some version's defaults add to the 3.7 table: only the per-version deltas add names (checked
 * by test/model/version.test.ts). Any other name unknown to 3.7 is unknown to every version, and the
 * other versions' tables need not be made for it.
 */
const NAMES_ADDED_BY_DELTAS = new Set(_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS_DELTAS */ .ro.flatMap((d) => Object.keys(d.set ?? {})));
/** The first modelled version that knows a parameter unknown to 3.7, for names the user sets. */
function firstVersionKnowing(name) {
    if (!NAMES_ADDED_BY_DELTAS.has(name))
        return undefined;
    defaultsOldestFirst ??= _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_POSTFIX_VERSIONS */ .nh.map((version) => ({ version, defaults: (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDefaults */ .sk)(version) }));
    for (const { version, defaults } of defaultsOldestFirst)
        if (defaults.has(name))
            return version;
    return undefined;
}
const where = (s) => `${s.path}:${s.line}`;
/** Names whose definitions can hint at a version: the two below, and any name Postfix 3.7 does not know. */
function canHint(name, known37) {
    return name === 'mail_version' || name === 'compatibility_level' || !known37.has(name);
}
/**
 * A parsed file's definitions that can hint at a version, in file order (most files have none).
 * Parsed files are never changed, so this is worked out once per file: a fix's re-analysis reuses
 * the unchanged files.
 */
const hintingMainCfNames = new WeakMap();
const hintingMasterOptions = new WeakMap();
function hintingNamesOfMainCf(f) {
    let r = hintingMainCfNames.get(f);
    if (!r) {
        const known37 = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDefaults */ .sk)('3.7');
        r = [];
        for (const [name, e] of f.values)
            if (canHint(name, known37))
                r.push([name, { value: e.value, path: f.source.path, line: e.nameSpan.start.line }]);
        hintingMainCfNames.set(f, r);
    }
    return r;
}
function hintingOptionsOfMasterCf(master) {
    let r = hintingMasterOptions.get(master);
    if (!r) {
        const known37 = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDefaults */ .sk)('3.7');
        r = [];
        for (const s of master.services) {
            for (const o of s.options)
                if (canHint(o.name, known37))
                    r.push([o.name, { value: o.value, path: master.source.path, line: o.span.start.line }]);
        }
        hintingMasterOptions.set(master, r);
    }
    return r;
}
/** The version to judge a set's parsed files by (the model passes the template-tolerant ones). */
function resolveTargetVersion(loaded, option) {
    if (option !== undefined)
        return { version: option, source: 'option', reason: `--postfix-version ${option}` };
    const files = [loaded.main, loaded.mainOverride].filter((m) => m !== undefined);
    // The set's definitions of the names that can hint (main.cf files: the last wins; master.cf -o: the first).
    const setNames = new Map();
    for (const f of files)
        for (const [name, s] of hintingNamesOfMainCf(f))
            setNames.set(name, s);
    if (loaded.master)
        for (const [name, s] of hintingOptionsOfMasterCf(loaded.master))
            if (!setNames.has(name))
                setNames.set(name, s);
    const mailVersion = setNames.get('mail_version');
    if (mailVersion && (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(mailVersion.value)) {
        const c = clamp(mailVersion.value);
        return { version: c.version, source: 'inferred', reason: `mail_version = ${mailVersion.value} is set (${where(mailVersion)})${c.note}` };
    }
    const hints = [];
    const compat = setNames.get('compatibility_level');
    const compatVersion = compat ? (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(compat.value) : undefined;
    if (compat && compatVersion && (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(compatVersion, '3.6') >= 0) {
        hints.push({ version: `${compatVersion.major}.${compatVersion.minor}`, why: `compatibility_level = ${compat.value} (${where(compat)}) needs Postfix ${compatVersion.major}.${compatVersion.minor} or later` });
    }
    const known37 = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDefaults */ .sk)('3.7');
    for (const [name, s] of setNames) {
        if (known37.has(name))
            continue;
        const first = firstVersionKnowing(name);
        if (first && (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(first, '3.7') > 0)
            hints.push({ version: first, why: `${name} (${where(s)}) exists only in Postfix ${first} and later` });
    }
    hints.sort((a, b) => (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(b.version, a.version));
    const strongest = hints[0];
    if (strongest && (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(strongest.version, _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POSTFIX_VERSION */ .FH) > 0) {
        const c = clamp(strongest.version);
        return { version: c.version, source: 'inferred', reason: `${strongest.why}${c.note}` };
    }
    let reason = `no version given and no hint in the configuration: Postfix ${_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POSTFIX_VERSION */ .FH} assumed`;
    if (strongest)
        reason = `${strongest.why}; Postfix ${_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POSTFIX_VERSION */ .FH} assumed`;
    else if (compat && compat.value.trim() !== '')
        reason = `compatibility_level = ${compat.value} (${where(compat)}) does not name a release; Postfix ${_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POSTFIX_VERSION */ .FH} assumed`;
    return { version: _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POSTFIX_VERSION */ .FH, source: 'default', reason };
}


/***/ }),

/***/ 6012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  combinationVerified: () => (/* binding */ combinationVerified),
  evaluatePolicy: () => (/* binding */ evaluatePolicy),
  isIgnored: () => (/* binding */ isIgnored),
  modelOptionsFor: () => (/* binding */ modelOptionsFor),
  rolePolicyFor: () => (/* binding */ rolePolicyFor),
  serviceKeys: () => (/* binding */ serviceKeys),
  serviceLocation: () => (/* reexport */ locations/* serviceLocation */.Dk),
  severityAtLeast: () => (/* binding */ severityAtLeast),
  sortFindings: () => (/* binding */ sortFindings)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/discover/git-listing.ts + 1 modules
var git_listing = __webpack_require__(2319);
// EXTERNAL MODULE: ./src/policy/locations.ts
var locations = __webpack_require__(5474);
// EXTERNAL MODULE: ./src/policy/rules/index.ts + 25 modules
var policy_rules = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/postfix/main-cf.ts
var main_cf = __webpack_require__(9188);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/model/config-set-model.ts + 8 modules
var config_set_model = __webpack_require__(2532);
// EXTERNAL MODULE: ./src/fix/edits.ts
var fix_edits = __webpack_require__(5130);
;// CONCATENATED MODULE: ./src/fix/verify.ts




/** The set's editable files by path (the stock master.cf is not a file of the set). */
function editableSources(loaded) {
    const out = new Map();
    if (loaded.main)
        out.set(loaded.main.source.path, loaded.main.source);
    if (loaded.master && !loaded.masterIsStock)
        out.set(loaded.master.source.path, loaded.master.source);
    if (loaded.mainOverride)
        out.set(loaded.mainOverride.source.path, loaded.mainOverride.source);
    if (loaded.masterOverrideSource)
        out.set(loaded.masterOverrideSource.path, loaded.masterOverrideSource);
    return out;
}
/**
 * The set with the edits applied, parsed again as loadConfigSet() does. Throws EditError for an
 * edit of a file that is not in the set or edits that overlap.
 */
function applyEditsToConfigSet(loaded, edits) {
    const sources = editableSources(loaded);
    const texts = new Map();
    for (const [file, list] of (0,fix_edits/* editsByFile */.dG)(edits)) {
        const source = sources.get(file);
        if (!source)
            throw new fix_edits/* EditError */.F(`edit for a file that is not part of the config set: ${file}`);
        texts.set(file, (0,fix_edits/* applyEdits */.ct)(source.text, list, source.lineStarts));
    }
    const reparsed = (source) => {
        if (!source)
            return undefined;
        const t = texts.get(source.path);
        if (t === undefined)
            return source;
        // Written back in the original encoding: a Latin-1 file stays Latin-1.
        return (0,fix_edits/* editedSource */.zn)(source.path, t, source.encoding);
    };
    const mainSrc = reparsed(loaded.main?.source);
    const masterSrc = loaded.masterIsStock ? undefined : reparsed(loaded.master?.source);
    const mainOverrideSrc = reparsed(loaded.mainOverride?.source);
    const masterOverrideSource = reparsed(loaded.masterOverrideSource);
    const again = (old, src, parse, oldSrc) => old === undefined || src === undefined ? old : src === oldSrc ? old : parse(src);
    const main = again(loaded.main, mainSrc, main_cf/* parseMainCf */.g, loaded.main?.source);
    const master = loaded.masterIsStock ? loaded.master : again(loaded.master, masterSrc, master_cf/* parseMasterCf */.PA, loaded.master?.source);
    const mainOverride = again(loaded.mainOverride, mainOverrideSrc, main_cf/* parseMainCf */.g, loaded.mainOverride?.source);
    const diagnostics = [];
    for (const parsed of [main, master, mainOverride])
        if (parsed)
            for (const d of parsed.diagnostics)
                diagnostics.push(d);
    const next = {
        set: loaded.set,
        ...(main ? { main } : {}),
        ...(master ? { master } : {}),
        masterIsStock: loaded.masterIsStock,
        ...(mainOverride ? { mainOverride } : {}),
        ...(masterOverrideSource ? { masterOverrideSource } : {}),
        diagnostics,
    };
    return { loaded: next, texts };
}
const keyOf = (d, offset) => `${d.severity}\u0000${d.code}\u0000${d.path}\u0000${offset ?? '-'}`;
/**
 * Diagnostics of `after` whose (severity, code, file, start position) none of `before` has, the
 * positions of `before` mapped through the edits. Messages are not compared: they carry values and
 * line numbers, and the model reports one issue once per distinct message (a legacy parameter seen
 * with two security levels is still the same issue at the same place).
 */
function newDiagnosticsOf(before, after, map = (_p, o) => o) {
    const seen = new Set();
    for (const d of before)
        seen.add(keyOf(d, d.span ? map(d.path, d.span.start.offset) : undefined));
    return after.filter((d) => !seen.has(keyOf(d, d.span?.start.offset)));
}
/**
 * OffsetMap of edits: an offset inside a replaced range maps to the range's new start. `texts` holds
 * the files' texts, or their SourceTexts (whose line starts are then not computed again).
 */
function offsetMapOf(texts, edits) {
    const perFile = new Map();
    for (const [file, list] of (0,fix_edits/* editsByFile */.dG)(edits)) {
        const t = texts.get(file);
        if (t !== undefined)
            perFile.set(file, typeof t === 'string' ? (0,fix_edits/* resolveEdits */.Oo)(t, list) : (0,fix_edits/* resolveEdits */.Oo)(t.text, list, t.lineStarts));
    }
    return (path, offset) => {
        const list = perFile.get(path);
        if (!list)
            return offset;
        let delta = 0;
        for (const r of list) {
            if (r.start >= offset && !(r.start === offset && r.end === r.start))
                break;
            if (offset < r.end)
                return r.start + delta;
            delta += r.edit.replacement.length - (r.end - r.start);
        }
        return offset + delta;
    };
}
/**
 * Apply `edits` in memory, rebuild the model with `options`, and evaluate `check` on it.
 * `before` is the model of the unedited set when the caller has it (else it is built here).
 */
function verifyFix(loaded, edits, check, options = {}, before) {
    let fixed;
    try {
        fixed = applyEditsToConfigSet(loaded, edits);
    }
    catch (e) {
        if (e instanceof fix_edits/* EditError */.F)
            return { ok: false, checkPassed: false, newDiagnostics: [], error: e.message };
        throw e;
    }
    const original = before ?? (0,config_set_model/* buildConfigSetModel */.E)(loaded, options);
    const model = (0,config_set_model/* buildConfigSetModel */.E)(fixed.loaded, options);
    const checkPassed = check(model);
    const newDiagnostics = newDiagnosticsOf(original.diagnostics, model.diagnostics, offsetMapOf(editableSources(loaded), edits));
    return { ok: checkPassed && newDiagnostics.length === 0, checkPassed, newDiagnostics, model, fixed };
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts
/**
 * Runs the rules over config-set models and turns their reports into findings: position, service,
 * role, severity after policy overrides, and a fingerprint that survives line moves.
 */






const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function severityAtLeast(s, threshold) {
    return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}
/** Service keys a policy may use for an endpoint: name, "name/type", "host:port", port. */
function serviceKeys(e) {
    const keys = [e.service, `${e.service}/${e.type}`];
    if (e.listen?.port != null)
        keys.push(e.listen.host ? `${e.listen.host}:${e.listen.port}` : String(e.listen.port));
    return keys;
}
/** Role overrides from the policy's services, for buildConfigSetModel. */
function modelOptionsFor(policy, postfixVersion) {
    const roles = {};
    for (const [k, v] of Object.entries(policy.services))
        if (v.role)
            roles[k] = v.role;
    const version = postfixVersion ?? policy.postfixVersion;
    return { ...(Object.keys(roles).length ? { roles } : {}), ...(version !== undefined ? { postfixVersion: version } : {}) };
}
function rolePolicyFor(policy, e) {
    let rp = policy.roles[e.role];
    if (!hasServiceOverrides(policy))
        return rp;
    for (const k of serviceKeys(e)) {
        // Own keys only: a service named "constructor" is not Object.prototype.constructor.
        const o = Object.hasOwn(policy.services, k) ? policy.services[k] : undefined;
        if (o) {
            const { role: _role, ...rest } = o;
            rp = { ...(o.role ? policy.roles[o.role] : rp), ...rest };
        }
    }
    return rp;
}
function hasServiceOverrides(policy) {
    for (const _ in policy.services)
        return true;
    return false;
}
function isIgnored(policy, model) {
    if (policy.ignore.length === 0)
        return false;
    const match = picomatch_default()(policy.ignore, { dot: true });
    return [model.root, model.mainCf, model.masterCf].some((p) => p !== null && match(p));
}
/** Same rule, same service, same parameter: the finding's identity for fix verification. */
const identities = new WeakMap();
const identityOf = (f) => identities.get(f) ?? `${f.ruleId}|${f.service ?? ''}|${f.fingerprint}`;
function evaluatePolicy(models, policy, rules = policy_rules.RULES, options = {}) {
    const findings = [];
    for (const model of models) {
        if (isIgnored(policy, model))
            continue;
        const own = evaluateModel(model, policy, rules);
        if (options.verifyFixes !== false)
            verifyFixesOf(model, policy, own);
        findings.push(...own);
    }
    return sortFindings(findings);
}
const editKey = (e) => `${e.file}\u0000${e.startLine}:${e.startColumn}-${e.endLine}:${e.endColumn}\u0000${e.replacement}`;
/**
 * Re-analyses of each model, by the edits applied (in the order given). A re-analysis is a function of
 * the set's files, the edits and the policy alone (verifyFix parses the edited files again, rebuilds the
 * model with the options the policy gives, runs the policy's rules; nothing in it depends on which
 * findings the edits are meant to remove), so one answers every question asked about the same edits:
 * the combination of all fixes and a fix alone ask about the same edits when every fix of the set has
 * the same edits (one main.cf line behind several services), and combineFixes asks again what
 * verifyFixesOf asked. Only the verdict (which findings must be gone) differs, and it is computed from
 * the stored identities each time. The policy is part of the key, and the model is: nothing is shared
 * between config sets.
 */
const reanalyses = new WeakMap();
function reanalysed(model, policy, edits, options) {
    let cache = reanalyses.get(model);
    if (cache?.policy !== policy)
        reanalyses.set(model, (cache = { policy, byEdits: new Map() }));
    const key = edits.map(editKey).join('\n');
    let r = cache.byEdits.get(key);
    if (r === undefined) {
        let found = null;
        const v = verifyFix(model.loaded, edits, (fixed) => {
            found = identitiesOf(fixed, policy, policy_rules.RULES);
            return true;
        }, options, model);
        r = v.error !== undefined ? { found: null, newDiagnostics: false } : { found, newDiagnostics: v.newDiagnostics.length > 0 };
        cache.byEdits.set(key, r);
    }
    return r;
}
/**
 * Drop every fix that does not verify (the product rule: a fix is only offered once re-analysis shows
 * it works). All fixes of the set are first applied together, in one re-analysis: when every finding
 * they target is gone and nothing new appeared, they all hold. Otherwise (or when they overlap) each
 * is checked alone, and fixes with the same edits share one re-analysis.
 */
function verifyFixesOf(model, policy, own) {
    // Report order, as combineFixes will take them (so that its question is the same one).
    const withFix = sortFindings(own.filter((f) => f.fix));
    if (withFix.length === 0)
        return;
    const known = new Set(own.map(identityOf));
    const options = { ...modelOptionsFor(policy), postfixVersion: model.postfixVersion.version };
    if (withFix.length > 1) {
        const edits = [];
        const keys = new Set();
        for (const f of withFix) {
            for (const e of f.fix.edits) {
                const k = editKey(e);
                if (!keys.has(k)) {
                    keys.add(k);
                    edits.push(e);
                }
            }
        }
        const gone = new Set(withFix.map(identityOf));
        if (combinationVerified(model, policy, edits, withFix, { before: own, options, gone }))
            return;
    }
    for (const f of withFix) {
        const { found, newDiagnostics } = reanalysed(model, policy, f.fix.edits, options);
        if (!found || newDiagnostics || found.has(identityOf(f)) || !isSubset(found, known))
            delete f.fix;
    }
}
/**
 * Whether several fixes of one config set, applied together, still do what each promised: every
 * finding in `fixed` is gone and no finding or diagnostic appears that the unfixed set did not have.
 * Fixes verified one by one can still interfere (two edits of one value, an -o that changes what a
 * main.cf fix meant), so the combined diff is checked as a whole before it is offered or written.
 */
function combinationVerified(model, policy, edits, fixed, known) {
    const options = known?.options ?? { ...modelOptionsFor(policy), postfixVersion: model.postfixVersion.version };
    const { found, newDiagnostics } = reanalysed(model, policy, edits, options);
    if (!found || newDiagnostics)
        return false;
    const gone = known?.gone ?? new Set(fixed.map(identityOf));
    for (const id of gone)
        if (found.has(id))
            return false;
    return isSubset(found, beforeIdentities(model, policy, known?.before));
}
/** Identities of the unedited set's findings (evaluated once per model when the caller has not). */
const beforeByModel = new WeakMap();
function beforeIdentities(model, policy, before) {
    const cached = beforeByModel.get(model);
    if (cached?.policy === policy)
        return cached.ids;
    const ids = new Set((before ?? evaluateModel(model, policy, policy_rules.RULES)).map(identityOf));
    beforeByModel.set(model, { policy, ids });
    return ids;
}
/**
 * Report order: config set, file, position, rule (a stable sort: ties keep their order). Names compare
 * by code unit, as discovery orders the sets: localeCompare followed the machine's locale (under
 * da_DK "aa/" sorts after "å/"), so the same tree gave reports in a different order on another runner.
 */
function sortFindings(findings) {
    return findings.sort((a, b) => (0,git_listing/* compareStrings */.Kt)(a.configSet, b.configSet) || (0,git_listing/* compareStrings */.Kt)(a.file, b.file) || a.line - b.line || a.column - b.column || (0,git_listing/* compareStrings */.Kt)(a.ruleId, b.ruleId));
}
function evaluateModel(model, policy, rules) {
    const findings = [];
    runRules(model, policy, rules, (rule, override) => {
        const seen = new Set();
        return (input) => {
            const f = toFinding(rule, model, input, override);
            const k = `${f.fingerprint}:${f.line}:${f.column}`;
            if (seen.has(k))
                return;
            seen.add(k);
            findings.push(f);
            identities.set(f, identityOfInput(rule, input));
        };
    });
    return findings;
}
/**
 * The identities of the findings evaluateModel would return, which is all a fix verification
 * compares: no Finding objects, no fingerprints. (evaluateModel drops a report with the fingerprint
 * and position of an earlier one; its identity is the earlier one's, so the set is the same.)
 */
function identitiesOf(model, policy, rules) {
    const found = new Set();
    runRules(model, policy, rules, (rule) => (input) => found.add(identityOfInput(rule, input)));
    return found;
}
const identityOfInput = (rule, input) => `${rule.id}|${input.endpoint ? `${input.endpoint.service}/${input.endpoint.type}` : ''}|${input.parameter ?? input.key ?? input.message}`;
/** Every rule the policy does not turn off, over one model; `reporter` makes each rule's report(). */
function runRules(model, policy, rules, reporter) {
    // Every rule asks for the role policy of every endpoint: once per endpoint.
    const rolePolicies = new Map();
    const policyFor = (e) => {
        let rp = rolePolicies.get(e);
        if (!rp)
            rolePolicies.set(e, (rp = rolePolicyFor(policy, e)));
        return rp;
    };
    for (const rule of rules) {
        const override = policy.rules[rule.id]?.level;
        if (override === 'off')
            continue;
        rule.check({ model, policy, policyFor, report: reporter(rule, override) });
    }
}
const isSubset = (a, b) => {
    for (const x of a)
        if (!b.has(x))
            return false;
    return true;
};
/**
 * SHA-256 in hex. crypto.hash (Node >= 20.12) makes no Hash object: on r1000 evaluatePolicy spent ~10 %
 * less CPU than with createHash, whose objects hold native handles the GC has to finalize.
 */
const sha256Hex = typeof external_node_crypto_.hash === 'function' ? (text) => external_node_crypto_.hash('sha256', text, 'hex') : (text) => external_node_crypto_.createHash('sha256').update(text).digest('hex');
function toFinding(rule, model, input, override) {
    const e = input.endpoint;
    // A role guessed from a templated listen address cannot carry a certain verdict: a notice that says so,
    // unless the policy set the rule's severity itself.
    const assumed = e?.roleAssumed === true && rule.judgesRole === true;
    const span = input.span;
    const service = e ? `${e.service}/${e.type}` : null;
    const fingerprint = sha256Hex([rule.id, model.root, input.file, service ?? '', input.parameter ?? '', input.key ?? input.message].join('\u0000')).slice(0, 16);
    const f = {
        ruleId: rule.id,
        severity: override ?? (assumed ? 'notice' : input.severity ?? rule.defaultSeverity),
        message: assumed ? `${input.message} (Role ${e.role} is assumed: the listen address "${e.service}" is a template placeholder. Give the service its role under services: in the policy.)` : input.message,
        file: input.file,
        line: span?.start.line ?? 1,
        column: span?.start.column ?? 1,
        endLine: span?.end.line ?? span?.start.line ?? 1,
        endColumn: span?.end.column ?? span?.start.column ?? 1,
        configSet: model.root,
        service,
        role: e?.role ?? null,
        fingerprint,
    };
    if (input.fix && input.fix.edits.length > 0)
        f.fix = input.fix;
    return f;
}


/***/ })

};
