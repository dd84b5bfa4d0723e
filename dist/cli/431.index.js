export const id = 431;
export const ids = [431];
export const modules = {

/***/ 3354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile),
/* harmony export */   _: () => (/* binding */ isOutside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading a file named by someone else (a policy file, a baseline, a config file about to be
 * rewritten) without being turned against the process: opened without blocking, so a FIFO put in its
 * place does not wait for a writer; read only when it is a regular file, so a device (/dev/zero) does
 * not fill memory; and refused above a size bound.
 */


/**
 * The bytes of a regular file of at most `maxBytes`. Throws an Error whose message says why not
 * ("not a regular file; not read", "N bytes, over the M-byte limit; not read"), or the open's own error.
 */
function readRegularFile(file, maxBytes = Number.POSITIVE_INFINITY, tooLargeHint = '') {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            throw new Error('not a regular file; not read');
        if (info.size > maxBytes)
            throw new Error(`${info.size} bytes, over the ${maxBytes}-byte limit; not read${tooLargeHint}`);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Whether `p` lies outside the folder `base` (both absolute; the same folder is inside). */
function isOutside(base, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, p);
    return rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
}


/***/ }),

/***/ 6860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ STOCK_MASTER_CF),
/* harmony export */   Pc: () => (/* binding */ STOCK_MASTER_CF_ORIGIN)
/* harmony export */ });
/* unused harmony export STOCK_MASTER_CF_SHA256 */
/**
 * Postfix's stock master.cf, paired with a config set that has a main.cf but no master.cf of its own.
 *
 * Origin: /usr/share/postfix/master.cf.dist from the Debian package postfix 3.7.11-0+deb12u1 (bookworm); dpkg
 * lists that file as the package's stock copy, and the postinst installs it as /etc/postfix/master.cf (and as
 * master.cf.proto for multi-instance setups). Byte for byte; sha256
 * dc0c1e54caed31a257573f8c29e77d2e13cc8608a41e8050fcb1e6bd7ee9deb1. Debian's copy differs from upstream
 * conf/master.cf mainly in setting chroot to "y" and in leaving the non-Postfix pipe transports (maildrop, uucp,
 * ifmail, bsmtp, scalemail, mailman) enabled where upstream ships them commented out.
 */
const STOCK_MASTER_CF_ORIGIN = 'Debian postfix 3.7.11-0+deb12u1, /usr/share/postfix/master.cf.dist';
const STOCK_MASTER_CF_SHA256 = 'dc0c1e54caed31a257573f8c29e77d2e13cc8608a41e8050fcb1e6bd7ee9deb1';
/** One entry per physical line; joined with "\n" plus a final "\n" it is the exact file. */
const LINES = [
    "#",
    "# Postfix master process configuration file.  For details on the format",
    "# of the file, see the master(5) manual page (command: \"man 5 master\" or",
    "# on-line: http://www.postfix.org/master.5.html).",
    "#",
    "# Do not forget to execute \"postfix reload\" after editing this file.",
    "#",
    "# ==========================================================================",
    "# service type  private unpriv  chroot  wakeup  maxproc command + args",
    "#               (yes)   (yes)   (no)    (never) (100)",
    "# ==========================================================================",
    "smtp      inet  n       -       y       -       -       smtpd",
    "#smtp      inet  n       -       y       -       1       postscreen",
    "#smtpd     pass  -       -       y       -       -       smtpd",
    "#dnsblog   unix  -       -       y       -       0       dnsblog",
    "#tlsproxy  unix  -       -       y       -       0       tlsproxy",
    "# Choose one: enable submission for loopback clients only, or for any client.",
    "#127.0.0.1:submission inet n -   y       -       -       smtpd",
    "#submission inet n       -       y       -       -       smtpd",
    "#  -o syslog_name=postfix/submission",
    "#  -o smtpd_tls_security_level=encrypt",
    "#  -o smtpd_sasl_auth_enable=yes",
    "#  -o smtpd_tls_auth_only=yes",
    "#  -o smtpd_reject_unlisted_recipient=no",
    "#     Instead of specifying complex smtpd_<xxx>_restrictions here,",
    "#     specify \"smtpd_<xxx>_restrictions=$mua_<xxx>_restrictions\"",
    "#     here, and specify mua_<xxx>_restrictions in main.cf (where",
    "#     \"<xxx>\" is \"client\", \"helo\", \"sender\", \"relay\", or \"recipient\").",
    "#  -o smtpd_client_restrictions=",
    "#  -o smtpd_helo_restrictions=",
    "#  -o smtpd_sender_restrictions=",
    "#  -o smtpd_relay_restrictions=",
    "#  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject",
    "#  -o milter_macro_daemon_name=ORIGINATING",
    "# Choose one: enable submissions for loopback clients only, or for any client.",
    "#127.0.0.1:submissions inet n  -       y       -       -       smtpd",
    "#submissions     inet  n       -       y       -       -       smtpd",
    "#  -o syslog_name=postfix/submissions",
    "#  -o smtpd_tls_wrappermode=yes",
    "#  -o smtpd_sasl_auth_enable=yes",
    "#  -o smtpd_reject_unlisted_recipient=no",
    "#     Instead of specifying complex smtpd_<xxx>_restrictions here,",
    "#     specify \"smtpd_<xxx>_restrictions=$mua_<xxx>_restrictions\"",
    "#     here, and specify mua_<xxx>_restrictions in main.cf (where",
    "#     \"<xxx>\" is \"client\", \"helo\", \"sender\", \"relay\", or \"recipient\").",
    "#  -o smtpd_client_restrictions=",
    "#  -o smtpd_helo_restrictions=",
    "#  -o smtpd_sender_restrictions=",
    "#  -o smtpd_relay_restrictions=",
    "#  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject",
    "#  -o milter_macro_daemon_name=ORIGINATING",
    "#628       inet  n       -       y       -       -       qmqpd",
    "pickup    unix  n       -       y       60      1       pickup",
    "cleanup   unix  n       -       y       -       0       cleanup",
    "qmgr      unix  n       -       n       300     1       qmgr",
    "#qmgr     unix  n       -       n       300     1       oqmgr",
    "tlsmgr    unix  -       -       y       1000?   1       tlsmgr",
    "rewrite   unix  -       -       y       -       -       trivial-rewrite",
    "bounce    unix  -       -       y       -       0       bounce",
    "defer     unix  -       -       y       -       0       bounce",
    "trace     unix  -       -       y       -       0       bounce",
    "verify    unix  -       -       y       -       1       verify",
    "flush     unix  n       -       y       1000?   0       flush",
    "proxymap  unix  -       -       n       -       -       proxymap",
    "proxywrite unix -       -       n       -       1       proxymap",
    "smtp      unix  -       -       y       -       -       smtp",
    "relay     unix  -       -       y       -       -       smtp",
    "        -o syslog_name=postfix/$service_name",
    "#       -o smtp_helo_timeout=5 -o smtp_connect_timeout=5",
    "showq     unix  n       -       y       -       -       showq",
    "error     unix  -       -       y       -       -       error",
    "retry     unix  -       -       y       -       -       error",
    "discard   unix  -       -       y       -       -       discard",
    "local     unix  -       n       n       -       -       local",
    "virtual   unix  -       n       n       -       -       virtual",
    "lmtp      unix  -       -       y       -       -       lmtp",
    "anvil     unix  -       -       y       -       1       anvil",
    "scache    unix  -       -       y       -       1       scache",
    "postlog   unix-dgram n  -       n       -       1       postlogd",
    "#",
    "# ====================================================================",
    "# Interfaces to non-Postfix software. Be sure to examine the manual",
    "# pages of the non-Postfix software to find out what options it wants.",
    "#",
    "# Many of the following services use the Postfix pipe(8) delivery",
    "# agent.  See the pipe(8) man page for information about ${recipient}",
    "# and other message envelope options.",
    "# ====================================================================",
    "#",
    "# maildrop. See the Postfix MAILDROP_README file for details.",
    "# Also specify in main.cf: maildrop_destination_recipient_limit=1",
    "#",
    "maildrop  unix  -       n       n       -       -       pipe",
    "  flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ${recipient}",
    "#",
    "# ====================================================================",
    "#",
    "# Recent Cyrus versions can use the existing \"lmtp\" master.cf entry.",
    "#",
    "# Specify in cyrus.conf:",
    "#   lmtp    cmd=\"lmtpd -a\" listen=\"localhost:lmtp\" proto=tcp4",
    "#",
    "# Specify in main.cf one or more of the following:",
    "#  mailbox_transport = lmtp:inet:localhost",
    "#  virtual_transport = lmtp:inet:localhost",
    "#",
    "# ====================================================================",
    "#",
    "# Cyrus 2.1.5 (Amos Gouaux)",
    "# Also specify in main.cf: cyrus_destination_recipient_limit=1",
    "#",
    "#cyrus     unix  -       n       n       -       -       pipe",
    "#  flags=DRX user=cyrus argv=/cyrus/bin/deliver -e -r ${sender} -m ${extension} ${user}",
    "#",
    "# ====================================================================",
    "# Old example of delivery via Cyrus.",
    "#",
    "#old-cyrus unix  -       n       n       -       -       pipe",
    "#  flags=R user=cyrus argv=/cyrus/bin/deliver -e -m ${extension} ${user}",
    "#",
    "# ====================================================================",
    "#",
    "# See the Postfix UUCP_README file for configuration details.",
    "#",
    "uucp      unix  -       n       n       -       -       pipe",
    "  flags=Fqhu user=uucp argv=uux -r -n -z -a$sender - $nexthop!rmail ($recipient)",
    "#",
    "# Other external delivery methods.",
    "#",
    "ifmail    unix  -       n       n       -       -       pipe",
    "  flags=F user=ftn argv=/usr/lib/ifmail/ifmail -r $nexthop ($recipient)",
    "bsmtp     unix  -       n       n       -       -       pipe",
    "  flags=Fq. user=bsmtp argv=/usr/lib/bsmtp/bsmtp -t$nexthop -f$sender $recipient",
    "scalemail-backend unix -       n       n       -       2       pipe",
    "  flags=R user=scalemail argv=/usr/lib/scalemail/bin/scalemail-store ${nexthop} ${user} ${extension}",
    "mailman   unix  -       n       n       -       -       pipe",
    "  flags=FRX user=list argv=/usr/lib/mailman/bin/postfix-to-mailman.py ${nexthop} ${user}",
];
const STOCK_MASTER_CF = LINES.join("\n") + "\n";


/***/ }),

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ EditError),
/* harmony export */   OI: () => (/* binding */ editOfSpan),
/* harmony export */   Oo: () => (/* binding */ resolveEdits),
/* harmony export */   Rs: () => (/* binding */ editedRange),
/* harmony export */   U5: () => (/* binding */ editAtOffsets),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   dG: () => (/* binding */ editsByFile),
/* harmony export */   xV: () => (/* binding */ lineStartsOf),
/* harmony export */   yu: () => (/* binding */ applyEditsToFiles),
/* harmony export */   zn: () => (/* binding */ editedSource)
/* harmony export */ });
/* harmony import */ var _postfix_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7900);
/**
 * Text edits with exact positions, and applying them.
 *
 * Positions are those of src/postfix/source.ts: 1-based physical line, 1-based column counted in
 * characters of the decoded text, exclusive end. An insertion has start === end. `file` is the
 * path relative to the scan root (the `path` of the file's SourceText).
 */

/** Thrown for edits that cannot be applied (overlap, position outside the text). */
class EditError extends Error {
    name = 'EditError';
}
/** An edit replacing the characters from `start` to `end` (0-based offsets) of `source`. */
function editAtOffsets(source, start, end, replacement) {
    const a = (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(source, start);
    const b = (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(source, end);
    return { file: source.path, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, replacement };
}
function editOfSpan(source, span, replacement) {
    return editAtOffsets(source, span.start.offset, span.end.offset, replacement);
}
/** Offsets where each line of `text` starts (as SourceText.lineStarts). */
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 0-based offset of a (line, column) position in `text`; throws when the position is not in the text. */
function offsetOf(starts, text, line, column, what) {
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > starts.length) {
        throw new EditError(`${what} position ${line}:${column} is outside the text (${starts.length} line(s))`);
    }
    const start = starts[line - 1];
    const next = starts[line];
    // A position may sit on the line's "\n" (end of line) but not past it.
    const lineEnd = next === undefined ? text.length : next - 1;
    const offset = start + column - 1;
    if (offset > lineEnd)
        throw new EditError(`${what} position ${line}:${column} is past the end of line ${line}`);
    return offset;
}
/**
 * Offsets of the edits in `text`, sorted. Overlapping edits are rejected; several insertions at
 * the same point are allowed and applied in the order given. An insertion inside a replaced
 * range is an overlap; one at either end of it is not. `starts`: the text's line starts, when the
 * caller has them (a SourceText's lineStarts).
 */
function resolveEdits(text, edits, starts = lineStartsOf(text)) {
    const resolved = edits.map((edit, index) => {
        const start = offsetOf(starts, text, edit.startLine, edit.startColumn, 'start');
        const end = offsetOf(starts, text, edit.endLine, edit.endColumn, 'end');
        if (end < start)
            throw new EditError(`edit ends (${edit.endLine}:${edit.endColumn}) before it starts (${edit.startLine}:${edit.startColumn})`);
        return { edit, start, end, index };
    });
    resolved.sort((a, b) => a.start - b.start || (a.end === a.start ? 0 : 1) - (b.end === b.start ? 0 : 1) || a.index - b.index);
    for (let i = 1; i < resolved.length; i++) {
        const prev = resolved[i - 1];
        const cur = resolved[i];
        if (cur.start < prev.end) {
            throw new EditError(`overlapping edits in ${cur.edit.file}: ${prev.edit.startLine}:${prev.edit.startColumn}-${prev.edit.endLine}:${prev.edit.endColumn} and ${cur.edit.startLine}:${cur.edit.startColumn}-${cur.edit.endLine}:${cur.edit.endColumn}`);
        }
    }
    return resolved;
}
/**
 * Apply edits (all meant for this one text) and return the new text. Throws EditError on overlap.
 * `starts`: the text's line starts, when the caller has them.
 */
function applyEdits(text, edits, starts) {
    return spliced(text, resolveEdits(text, edits, starts), 0, text.length);
}
/** [from, to) of `text` with the resolved edits (all inside that range) applied. */
function spliced(text, resolved, from, to) {
    let out = '';
    let at = from;
    for (const r of resolved) {
        out += text.slice(at, r.start) + r.edit.replacement;
        at = r.end;
    }
    return out + text.slice(at, to);
}
/**
 * The text that [start, end) of the source becomes once `edits` (all inside that range) are applied, as
 * whole lines; undefined when the edits do not apply, one lies outside the range, or the range stops
 * ending at a line break.
 */
function editedRange(source, edits, start, end) {
    const { text } = source;
    let resolved;
    try {
        resolved = resolveEdits(text, edits, source.lineStarts);
    }
    catch (e) {
        if (e instanceof EditError)
            return undefined;
        throw e;
    }
    if (resolved.some((r) => r.start < start || r.end > end))
        return undefined;
    // Everything outside [start, end) is unchanged: only the range is built.
    const lines = spliced(text, resolved, start, end);
    return end < text.length && !lines.endsWith('\n') ? undefined : lines;
}
/**
 * The SourceText of an edited text written back in `encoding`, as loadConfigSet() would decode its
 * bytes. UTF-8 text without surrogate code units encodes and decodes back to itself, so it is taken
 * as it is; any other text goes through its bytes (a lone surrogate becomes U+FFFD, and Latin-1 bytes
 * that now form valid UTF-8 are read as UTF-8).
 */
function editedSource(path, text, encoding) {
    return encoding === 'utf8' && !/[\uD800-\uDFFF]/.test(text) ? (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_0__/* .makeSource */ .mt)(path, text, 'utf8') : (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_0__/* .makeSource */ .mt)(path, Buffer.from(text, encoding));
}
/** Edits grouped by file, in first-seen order. */
function editsByFile(edits) {
    const out = new Map();
    for (const e of edits) {
        const list = out.get(e.file);
        if (list)
            list.push(e);
        else
            out.set(e.file, [e]);
    }
    return out;
}
/**
 * Apply edits to several files. `texts` maps a file path to its current text; every edit's file
 * must be there. Returns the new texts of the files that edits touch.
 */
function applyEditsToFiles(texts, edits) {
    const out = new Map();
    for (const [file, list] of editsByFile(edits)) {
        const text = texts.get(file);
        if (text === undefined)
            throw new EditError(`edit for a file that is not part of the config set: ${file}`);
        out.set(file, applyEdits(text, list));
    }
    return out;
}


/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ removeMainCfParameter),
/* harmony export */   YK: () => (/* binding */ setMainCfParameter)
/* harmony export */ });
/* unused harmony exports editedLinesHold, familyAnchor */
/* harmony import */ var _postfix_main_cf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9188);
/* harmony import */ var _postfix_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7900);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5130);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9274);
/**
 * Minimal main.cf edits that keep the file's formatting: set a parameter (replace the value of its
 * effective definition, or add a line next to its family), remove a parameter.
 *
 * Reference §1.1: the last definition wins; a line starting with whitespace continues the previous
 * one, comment lines inside a continued value do not end it. dict_update() warns "overriding
 * earlier entry" only when a definition's value differs from the one before it, so a change must
 * not make two definitions that used to agree disagree (that would be a new warning).
 */




const fail = (reason) => ({ ok: false, reason });
function badName(name) {
    // Any byte but Postfix's blanks and "=" can be part of a name (a UTF-8 BOM is, reference §1.1).
    if (name.length === 0 || name.startsWith('#') || [...name].some((ch) => ch === '=' || (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpace */ .KG)(ch)))
        return `"${name}" is not a parameter name`;
    return undefined;
}
function badValue(value) {
    if (/[\r\n]/.test(value))
        return 'a value cannot contain a line break';
    if (value !== value.trim())
        return 'Postfix trims whitespace around a value; give it without';
    return undefined;
}
/** Elements of a list value ("a, b c" -> a, b, c), or undefined when it is not a plain list. */
function listElements(value) {
    if (/[{}]/.test(value))
        return undefined;
    const parts = value.split(/[\s,]+/).filter((p) => p.length > 0);
    return parts.length > 1 ? parts : undefined;
}
/** "name = value" spacing around "=" used by `entry`, when it is a plain one-line habit. */
function separatorOf(main, entry) {
    if (!entry || entry.value === '')
        return undefined;
    const sep = main.source.text.slice(entry.nameSpan.end.offset, entry.valueSpan.start.offset);
    return /^[ \t]*=[ \t]*$/.test(sep) ? sep : undefined;
}
function replaceValue(main, entry, value) {
    const { source } = main;
    const { text } = source;
    const start = entry.valueSpan.start.offset;
    const end = entry.valueSpan.end.offset;
    if (start === end) {
        // Empty value: insert right after "=" (the span may sit after trailing blanks or a "\r").
        const eq = text.lastIndexOf('=', start - 1 >= 0 ? start - 1 : 0);
        const at = eq >= entry.nameSpan.end.offset ? eq + 1 : start;
        const spaced = at > 0 && (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpace */ .KG)(text[at - 2]) && text[at - 1] === '=';
        return (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editAtOffsets */ .U5)(source, at, at, (spaced ? ' ' : '') + value);
    }
    if (entry.valueSpan.start.line !== entry.valueSpan.end.line) {
        const elements = listElements(value);
        if (elements) {
            // Keep the continuation style: one element per line, the old continuation indent, commas
            // at line ends when the old value or the new one uses commas.
            const second = entry.line.pieces[1];
            const indent = second ? (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .leadingBlanks */ .KN)(text.slice(second.sourceStart, second.sourceStart + second.length)) || '    ' : '    ';
            const comma = /,/.test(entry.value) || /,/.test(value) ? ',' : '';
            const nl = (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .newlineOf */ .q3)(source);
            return (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editAtOffsets */ .U5)(source, start, end, elements.join(`${comma}${nl}${indent}`));
        }
    }
    return (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editAtOffsets */ .U5)(source, start, end, value);
}
/**
 * Set `name = value` in this main.cf. Replaces the value of the last definition (and of the
 * definitions just before it that had the same value); without a definition, adds a line after the
 * last parameter of the same family (longest shared "_"-prefix: smtpd_tls_ before smtpd_), else at
 * the end, in the file's "=" spacing and newline style.
 */
function setMainCfParameter(main, name, value) {
    // Several endpoints and rules ask for the same main.cf setting, and a fix's re-analysis reuses the
    // files it does not edit (parsed files are never changed): each answer is built and read back once.
    let answers = setAnswers.get(main);
    if (!answers)
        setAnswers.set(main, (answers = new Map()));
    const key = `${name}\u0000${value}`;
    let r = answers.get(key);
    if (!r)
        answers.set(key, (r = checked(main, name, value, buildSetMainCfParameter(main, name, value))));
    return r.ok ? { ok: true, edits: [...r.edits] } : r;
}
const setAnswers = new WeakMap();
function buildSetMainCfParameter(main, name, value) {
    const why = badName(name) ?? badValue(value);
    if (why)
        return fail(why);
    if (main.fatal)
        return fail(`${main.source.path} has a line Postfix refuses (line ${main.fatal.span?.start.line ?? '?'}); fix that first`);
    const defs = main.entries.filter((e) => e.name === name);
    const last = defs[defs.length - 1];
    if (last) {
        if (last.value === value)
            return { ok: true, edits: [] };
        const edits = [];
        for (let i = defs.length - 1; i >= 0 && defs[i].value === last.value; i--) {
            edits.push(replaceValue(main, defs[i], value));
        }
        return { ok: true, edits: edits.reverse() };
    }
    return { ok: true, edits: [appendParameter(main, name, value)] };
}
/** Read the result back: the value must be the one asked for (list elements may be laid out on lines). */
function checked(main, name, value, built) {
    if (!built.ok || built.edits.length === 0)
        return built;
    const same = (got) => got === value || (got !== undefined && listElements(got)?.join(',') === listElements(value)?.join(','));
    if (editedLinesHold(main, name, built.edits, same))
        return built;
    const { source } = main;
    const after = (0,_postfix_main_cf_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMainCf */ .g)((0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editedSource */ .zn)(source.path, (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .applyEdits */ .ct)(source.text, built.edits, source.lineStarts), source.encoding));
    const got = after.values.get(name)?.value;
    if (after.fatal || !same(got))
        return fail(`setting ${name} = ${value} in ${main.source.path} would not take effect (Postfix would read ${got === undefined ? 'nothing' : `"${got}"`}); edit it by hand`);
    return built;
}
/**
 * The read-back on the edited lines only (from the line of the first edit to the end of the line of
 * the last one), for a file Postfix reads without a refused line: true when those lines, parsed
 * alone, are not refused and their last definition of `name` is what was asked, and no definition
 * of `name` follows them. A whole-file read-back then agrees: the lines before them are untouched
 * and still end where an entry starts (its first character is not edited); the lines after them
 * start another entry or are comments (readllines() joins a line to the one before only when it
 * starts with a blank, reference §1.1), and the edited lines still end with a newline, so every
 * other line parses as before. false means "read the whole file".
 * UTF-8 text only: a Latin-1 file's bytes decide its encoding as a whole.
 */
function editedLinesHold(main, name, edits, same) {
    const { source } = main;
    if (source.encoding !== 'utf8' || main.fatal || edits.length === 0)
        return false;
    let first = Infinity;
    let last = -1;
    for (const e of edits) {
        const a = (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetOfPosition */ .cb)(source, e.startLine, e.startColumn);
        const b = (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetOfPosition */ .cb)(source, e.endLine, e.endColumn);
        if (e.file !== source.path || a === undefined || b === undefined)
            return false;
        first = Math.min(first, a);
        last = Math.max(last, b);
    }
    // The entries whose lines hold the first and the last edit.
    let from;
    let to;
    for (const e of main.entries) {
        if (e.line.startOffset < first)
            from = e;
        if (e.line.startOffset < last)
            to = e;
    }
    if (!from || !to)
        return false;
    const start = from.line.startOffset;
    const end = (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetAfterLine */ .w0)(source, to.line.lastLine);
    if (first <= start || last > end)
        return false;
    if (main.entries.some((e) => e.name === name && e.line.startOffset >= end))
        return false;
    const lines = (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editedRange */ .Rs)(source, edits, start, end);
    if (lines === undefined)
        return false;
    const after = (0,_postfix_main_cf_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMainCf */ .g)((0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editedSource */ .zn)(source.path, lines, 'utf8'));
    const got = after.values.get(name)?.value;
    return !after.fatal && got !== undefined && same(got);
}
/** The entry after whose logical line a new parameter of `name`'s family goes. */
function familyAnchor(main, name) {
    const segments = name.split('_');
    for (let n = segments.length - 1; n >= 1; n--) {
        const prefix = segments.slice(0, n).join('_') + '_';
        let found;
        for (const e of main.entries)
            if (e.name.startsWith(prefix))
                found = e;
        if (found)
            return found;
    }
    return undefined;
}
function appendParameter(main, name, value) {
    const { source } = main;
    const anchor = familyAnchor(main, name);
    const nl = (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .newlineOf */ .q3)(source);
    const sep = separatorOf(main, anchor) ?? separatorOf(main, main.entries[main.entries.length - 1]) ?? ' = ';
    const at = anchor ? (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetAfterLine */ .w0)(source, anchor.line.lastLine) : source.text.length;
    const before = (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .needsNewlineBefore */ .LT)(source, at) ? nl : '';
    return (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editAtOffsets */ .U5)(source, at, at, `${before}${name}${sep}${value}${nl}`);
}
/**
 * Remove every definition of `name` with its continuation lines (and comment lines between them),
 * leaving the lines around it untouched. No definition: no edit.
 */
function removeMainCfParameter(main, name) {
    const why = badName(name);
    if (why)
        return fail(why);
    if (main.fatal)
        return fail(`${main.source.path} has a line Postfix refuses (line ${main.fatal.span?.start.line ?? '?'}); fix that first`);
    const { source } = main;
    const edits = main.entries
        .filter((e) => e.name === name)
        .map((e) => (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editAtOffsets */ .U5)(source, (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetOfLine */ .$T)(source, e.line.firstLine), (0,_style_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetAfterLine */ .w0)(source, e.line.lastLine), ''));
    return { ok: true, edits };
}


/***/ }),

/***/ 4943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z6: () => (/* binding */ removeServiceOption),
/* harmony export */   re: () => (/* binding */ optionText),
/* harmony export */   ry: () => (/* binding */ setServiceOption)
/* harmony export */ });
/* unused harmony exports findService, needsBracedForm, editedEntryHolds */
/* harmony import */ var _postfix_master_cf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2081);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5130);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9274);
/**
 * Minimal master.cf edits: set or remove a service's `-o name=value`, in the service's own style.
 *
 * Reference §2.3: the daemon applies -o options in order (the last one for a name wins) and stops
 * reading options at the first non-option argument, so a new -o goes right after the last -o (or
 * after the command), never after a stray argument. A short `-o name=value` is one token and
 * cannot hold spaces; a value with spaces needs `-o { name = value }`.
 */



const fail = (reason) => ({ ok: false, reason });
function findService(master, ref) {
    if (typeof ref !== 'string')
        return master.services.includes(ref) ? ref : undefined;
    const [name, type] = ref.split('/');
    let found;
    for (const s of master.services)
        if (s.name === name && (type === undefined || s.type === type))
            found = s;
    return found;
}
function balancedBraces(value) {
    let depth = 0;
    for (const ch of value) {
        if (ch === '{')
            depth++;
        else if (ch === '}' && --depth < 0)
            return false;
    }
    return depth === 0;
}
function badOption(name, value) {
    if (name.length === 0 || /[\s={}#]/.test(name))
        return `"${name}" is not a parameter name`;
    if (/[\r\n]/.test(value))
        return 'a value cannot contain a line break';
    if (value !== value.trim())
        return 'Postfix trims whitespace around a value; give it without';
    if (!balancedBraces(value))
        return 'a master.cf value needs balanced braces';
    return undefined;
}
/** The short form is one token: blanks would split it. */
function needsBracedForm(value) {
    return /[ \t]/.test(value);
}
/** `-o name=value`, or `-o { name = value }` when the value has blanks. */
function optionText(name, value) {
    return needsBracedForm(value) ? `-o { ${name} = ${value} }` : `-o ${name}=${value}`;
}
const isBlank = (ch) => ch === ' ' || ch === '\t';
/** End of a physical line's content (before "\r\n" / "\n"). */
function contentEnd(source, line) {
    const next = source.lineStarts[line];
    let end = next === undefined ? source.text.length : next - 1;
    if (next !== undefined && source.text[end - 1] === '\r')
        end--;
    return end;
}
function onlyBlanks(text, from, to) {
    for (let i = from; i < to; i++)
        if (!isBlank(text[i]))
            return false;
    return true;
}
/** Indentation of -o lines: the given option's, else the file's first -o line's, else two spaces. */
function optionIndent(master, near) {
    const { source } = master;
    const indentOf = (o) => {
        const lineStart = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetOfLine */ .$T)(source, o.span.start.line);
        return o.span.start.offset > lineStart && onlyBlanks(source.text, lineStart, o.span.start.offset)
            ? source.text.slice(lineStart, o.span.start.offset)
            : undefined;
    };
    if (near) {
        const own = indentOf(near);
        if (own)
            return own;
    }
    for (const s of master.services)
        for (const o of s.options) {
            const i = indentOf(o);
            if (i)
                return i;
        }
    return '  ';
}
/**
 * Set `-o name=value` on a service. An existing option (the last one for `name`) gets its value
 * replaced in place, turning a short/attached option into `-o { name = value }` when the new
 * value has blanks; otherwise a new `-o` line goes after the service's last -o line (or its
 * command), with the same indentation.
 */
function setServiceOption(master, ref, name, value) {
    const built = buildSetServiceOption(master, ref, name, value);
    if (!built.ok || built.edits.length === 0)
        return built;
    // Read the result back: an unbalanced "{" earlier on the line, for one, swallows what follows.
    const service = findService(master, ref);
    if (editedEntryHolds(master, service, built.edits, name, value))
        return built;
    const index = master.services.indexOf(service);
    const { source } = master;
    const after = (0,_postfix_master_cf_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMasterCf */ .PA)((0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editedSource */ .zn)(source.path, (0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .applyEdits */ .ct)(source.text, built.edits, source.lineStarts), source.encoding));
    const got = after.services[index]?.options.filter((o) => o.name === name).at(-1)?.value;
    if (after.services.length !== master.services.length || got !== value) {
        return fail(`-o ${name}=${value} would not take effect on line ${service.line.firstLine} of ${master.source.path} (the daemon would read ${got === undefined ? 'no such option' : `"${got}"`}); edit this service by hand`);
    }
    return built;
}
/**
 * The read-back of setServiceOption on the service's own lines only, when the edits stay inside them:
 * true when the edited lines hold exactly one entry whose last `-o name` is `value`. A whole-file
 * read-back then agrees: the lines before the entry are untouched and it still starts with its first
 * character; the lines after it start another entry or are comments (readllines() joins a line to the
 * one before only when it starts with a blank, reference §1.1), and the edited lines still end with a
 * newline, so every other entry parses as before. false means "read the whole file".
 * UTF-8 text only: a Latin-1 file's bytes decide its encoding as a whole.
 */
function editedEntryHolds(master, service, edits, name, value) {
    const { source } = master;
    if (source.encoding !== 'utf8')
        return false;
    const start = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetOfLine */ .$T)(source, service.line.firstLine);
    const end = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetAfterLine */ .w0)(source, service.line.lastLine);
    for (const e of edits) {
        const a = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetOfPosition */ .cb)(source, e.startLine, e.startColumn);
        const b = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetOfPosition */ .cb)(source, e.endLine, e.endColumn);
        if (e.file !== source.path || a === undefined || b === undefined || a <= start || b > end)
            return false;
    }
    const lines = (0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editedRange */ .Rs)(source, edits, start, end);
    if (lines === undefined)
        return false;
    const after = (0,_postfix_master_cf_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMasterCf */ .PA)((0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editedSource */ .zn)(source.path, lines, 'utf8'));
    return after.services.length === 1 && after.services[0].options.filter((o) => o.name === name).at(-1)?.value === value;
}
function buildSetServiceOption(master, ref, name, value) {
    const why = badOption(name, value);
    if (why)
        return fail(why);
    const service = findService(master, ref);
    if (!service)
        return fail(`no service ${typeof ref === 'string' ? `"${ref}"` : `"${ref.name}"`} in ${master.source.path}`);
    const { source } = master;
    const { text } = source;
    const existing = service.options.filter((o) => o.name === name);
    const last = existing[existing.length - 1];
    if (last) {
        if (last.value === value)
            return { ok: true, edits: [] };
        if (last.form === 'braced') {
            const start = last.valueSpan.start.offset;
            const end = last.valueSpan.end.offset;
            if (start === end) {
                const spaced = isBlank(text[start - 2]) && text[start - 1] === '=';
                return { ok: true, edits: [(0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, start, end, (spaced ? ' ' : '') + value)] };
            }
            return { ok: true, edits: [(0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, start, end, value)] };
        }
        if (needsBracedForm(value)) {
            return { ok: true, edits: [(0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, last.span.start.offset, last.span.end.offset, optionText(name, value))] };
        }
        return { ok: true, edits: [(0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, last.valueSpan.start.offset, last.valueSpan.end.offset, value)] };
    }
    const lastOption = service.options[service.options.length - 1];
    const anchorEnd = lastOption ? lastOption.span.end.offset : (service.fieldSpans[7] ?? service.fieldSpans[service.fieldSpans.length - 1]).end.offset;
    const anchorLine = lastOption ? lastOption.span.end.line : service.fieldSpans[7].end.line;
    const option = optionText(name, value);
    if (!onlyBlanks(text, anchorEnd, contentEnd(source, anchorLine))) {
        // Something (a stray argument) follows on the same line: the option must come before it.
        return { ok: true, edits: [(0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, anchorEnd, anchorEnd, ` ${option}`)] };
    }
    const at = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetAfterLine */ .w0)(source, anchorLine);
    const nl = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .newlineOf */ .q3)(source);
    const before = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .needsNewlineBefore */ .LT)(source, at) ? nl : '';
    return { ok: true, edits: [(0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, at, at, `${before}${optionIndent(master, lastOption)}${option}${nl}`)] };
}
/**
 * Remove every `-o name=...` of a service. An option alone on its continuation line takes the whole
 * line with it; otherwise the option and the blanks that separate it go.
 */
function removeServiceOption(master, ref, name) {
    const service = findService(master, ref);
    if (!service)
        return fail(`no service ${typeof ref === 'string' ? `"${ref}"` : `"${ref.name}"`} in ${master.source.path}`);
    const { source } = master;
    const { text } = source;
    const edits = [];
    for (const o of service.options.filter((x) => x.name === name)) {
        const start = o.span.start.offset;
        const end = o.span.end.offset;
        const lineStart = (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetOfLine */ .$T)(source, o.span.start.line);
        const lineEnd = contentEnd(source, o.span.end.line);
        const blanksBefore = onlyBlanks(text, lineStart, start);
        const blanksAfter = onlyBlanks(text, end, lineEnd);
        if (blanksBefore && blanksAfter && o.span.start.line !== service.line.firstLine) {
            edits.push((0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, lineStart, (0,_style_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetAfterLine */ .w0)(source, o.span.end.line), ''));
        }
        else if (blanksBefore) {
            // Keep the line's indentation: a continuation line must keep starting with a blank.
            let e = end;
            while (e < lineEnd && isBlank(text[e]))
                e++;
            edits.push((0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, start, e, ''));
        }
        else {
            let s = start;
            while (s > lineStart && isBlank(text[s - 1]))
                s--;
            edits.push((0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .editAtOffsets */ .U5)(source, s, end, ''));
        }
    }
    return { ok: true, edits };
}


/***/ }),

/***/ 9274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ offsetOfLine),
/* harmony export */   KN: () => (/* binding */ leadingBlanks),
/* harmony export */   LT: () => (/* binding */ needsNewlineBefore),
/* harmony export */   cb: () => (/* binding */ offsetOfPosition),
/* harmony export */   q3: () => (/* binding */ newlineOf),
/* harmony export */   w0: () => (/* binding */ offsetAfterLine)
/* harmony export */ });
/* unused harmony export physicalLineText */
/** "\r\n" when most line ends of the file are CRLF, else "\n". */
function newlineOf(source) {
    let crlf = 0;
    let lf = 0;
    const { text, lineStarts } = source;
    for (let i = 1; i < lineStarts.length; i++) {
        if (text[lineStarts[i] - 2] === '\r')
            crlf++;
        else
            lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
}
/** Offset just past the "\n" ending the physical line `line` (1-based), or the text's end. */
function offsetAfterLine(source, line) {
    return source.lineStarts[line] ?? source.text.length;
}
/** 0-based offset of a 1-based (line, column) of `source`, or undefined when it is not on that line. */
function offsetOfPosition(source, line, column) {
    const lineStart = source.lineStarts[line - 1];
    if (lineStart === undefined || column < 1)
        return undefined;
    const next = source.lineStarts[line];
    const offset = lineStart + column - 1;
    return offset > (next === undefined ? source.text.length : next - 1) ? undefined : offset;
}
/** Offset of the start of physical line `line` (1-based). */
function offsetOfLine(source, line) {
    return source.lineStarts[line - 1] ?? source.text.length;
}
/** Text of physical line `line` without its line end ("\r\n" or "\n"). */
function physicalLineText(source, line) {
    const start = offsetOfLine(source, line);
    let end = source.lineStarts[line] !== undefined ? source.lineStarts[line] - 1 : source.text.length;
    if (source.text[end - 1] === '\r' && source.lineStarts[line] !== undefined)
        end--;
    return source.text.slice(start, end);
}
/** Leading blanks (spaces and tabs) of a string. */
function leadingBlanks(s) {
    return /^[ \t]*/.exec(s)?.[0] ?? '';
}
/** Text to insert at the end of the file so that it ends with a newline before new content. */
function needsNewlineBefore(source, offset) {
    return offset === source.text.length && source.text.length > 0 && !source.text.endsWith('\n');
}


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bb: () => (/* binding */ distanceLowerBound),
  oR: () => (/* binding */ repairBoolean),
  k8: () => (/* binding */ repairCipherGrade),
  U3: () => (/* binding */ repairProtocolList),
  UZ: () => (/* binding */ repairSecurityLevel),
  z5: () => (/* binding */ uniqueClosest)
});

// UNUSED EXPORTS: CLIENT_LEVELS, SERVER_LEVELS, editDistance, floorList

// EXTERNAL MODULE: ./src/tls/protocols.ts
var protocols = __webpack_require__(9320);
;// CONCATENATED MODULE: ./src/fix/protocols.ts
/**
 * The protocol list a fix writes, in the syntax the target Postfix understands: the `>=TLSv1.2`
 * range form exists since Postfix 3.6 (reference §3.1-§3.2); older versions need the exclusion list.
 */
/** true when `version` ("3.5", "3.10", "3.7.11") is at least `min` ("3.6"). */
function versionAtLeast(version, min) {
    const a = version.split('.').map((p) => Number.parseInt(p, 10) || 0);
    const b = min.split('.').map((p) => Number.parseInt(p, 10) || 0);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? 0;
        const y = b[i] ?? 0;
        if (x !== y)
            return x > y;
    }
    return true;
}
/**
 * A protocol list allowing TLS 1.2 and later. `as: 'main'` (default) gives the main.cf value
 * (`!SSLv2, !SSLv3, !TLSv1, !TLSv1.1` before 3.6); `as: 'option'` gives a value for a short
 * `-o name=value` (no blanks: `!SSLv2,!SSLv3,!TLSv1,!TLSv1.1`). setServiceOption() writes a value
 * with blanks in the braced form by itself, so the main.cf value is fine there too.
 */
function protocolListFor(version, as = 'main') {
    if (versionAtLeast(version, '3.6'))
        return '>=TLSv1.2';
    return as === 'main' ? '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1' : '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1';
}

;// CONCATENATED MODULE: ./src/fix/value-repair.ts
/**
 * Repairs of single values that Postfix refuses (issue 5 §4): the valid value nearest in intent,
 * or undefined when the intent is not clear. Never a guess: a value with two equally close
 * candidates, or one that names something Postfix cannot do, gets no repair.
 */


/** Edit distance: insert, delete, substitute, or swap two neighbours ("hihg"), 1 each. */
function editDistance(a, b) {
    // Three rolling rows of the table (the swap looks two rows back).
    let before = new Array(b.length + 1).fill(0);
    let up = Array.from({ length: b.length + 1 }, (_, j) => j);
    let row = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            let v = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, before[j - 2] + 1);
            row[j] = v;
        }
        [before, up, row] = [up, row, before];
    }
    return up[b.length];
}
/**
 * A lower bound of editDistance (and of the Levenshtein distance): the characters one string has
 * that the other lacks (as multisets), the larger of the two counts. No operation lowers that by
 * more than 1, so a candidate whose bound exceeds the distance asked for needs no table.
 * Characters are counted by code modulo 128 (two characters sharing a count only lower the bound).
 */
function distanceLowerBound(a, b) {
    const counts = new Int32Array(128);
    for (let i = 0; i < a.length; i++)
        counts[a.charCodeAt(i) & 127] += 1;
    let onlyInB = 0;
    for (let i = 0; i < b.length; i++) {
        const k = b.charCodeAt(i) & 127;
        if (counts[k] > 0)
            counts[k] -= 1;
        else
            onlyInB++;
    }
    // b.length - onlyInB characters are shared; the rest of a is only in a.
    return Math.max(onlyInB, a.length - b.length + onlyInB);
}
/**
 * The one candidate closest to `word` within `maxDistance`, or undefined when none is that close or
 * two share the smallest distance (ambiguous: no guess).
 */
function uniqueClosest(word, candidates, maxDistance) {
    let best;
    let bestD = Infinity;
    let tie = false;
    for (const c of candidates) {
        // A candidate further than maxDistance never decides: it cannot be the answer nor tie with it.
        if (Math.abs(c.length - word.length) > maxDistance || distanceLowerBound(word, c) > maxDistance)
            continue;
        const d = editDistance(word, c);
        if (d < bestD) {
            best = c;
            bestD = d;
            tie = false;
        }
        else if (d === bestD && c !== best) {
            tie = true;
        }
    }
    return best !== undefined && bestD <= maxDistance && !tie ? best : undefined;
}
const TRUE_WORDS = new Set(['true', 'on', '1', 'y', 'enable', 'enabled', 'yes.']);
const FALSE_WORDS = new Set(['false', 'off', '0', 'n', 'disable', 'disabled', 'no.']);
/** "yes"/"no" for a boolean Postfix refuses (true, on, 1...); undefined when the intent is unclear (empty, "maybe"). */
function repairBoolean(value) {
    const v = value.trim().toLowerCase();
    if (TRUE_WORDS.has(v))
        return 'yes';
    if (FALSE_WORDS.has(v))
        return 'no';
    if (v.length >= 2)
        return uniqueClosest(v, ['yes', 'no'], 1);
    return undefined;
}
const SERVER_LEVELS = ['none', 'may', 'encrypt'];
const CLIENT_LEVELS = ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure'];
/** Words people write for a level that have exactly one meaning in Postfix. */
const LEVEL_SYNONYMS = {
    required: 'encrypt',
    require: 'encrypt',
    mandatory: 'encrypt',
    enforce: 'encrypt',
    opportunistic: 'may',
    optional: 'may',
};
/**
 * The level a typo or synonym means ("maybe" → "may", "encrpyt" → "encrypt", "required" → "encrypt"),
 * for a server (none/may/encrypt) or client parameter; undefined when ambiguous or unknown.
 */
function repairSecurityLevel(value, kind) {
    const v = value.trim().toLowerCase();
    if (v === '' || /\s/.test(v))
        return undefined;
    const levels = kind === 'server' ? SERVER_LEVELS : CLIENT_LEVELS;
    const synonym = LEVEL_SYNONYMS[v];
    if (synonym && levels.includes(synonym))
        return synonym;
    return uniqueClosest(v, levels, v.length <= 4 ? 1 : 2);
}
const GRADES = ['high', 'medium', 'low', 'export', 'null'];
/** OpenSSL keywords that name a Postfix grade (reference §6.1). */
const OPENSSL_GRADE_WORDS = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', EXPORT: 'export', ENULL: 'null', NULL: 'null' };
/**
 * The grade an invalid *_ciphers value means: a typo of a grade ("hgih"), or an OpenSSL cipher
 * string that starts from exactly one grade keyword ("HIGH:!aNULL:!MD5" → high, exclusions aNULL, MD5).
 * undefined for anything else (an explicit suite list cannot be a grade: it belongs in tls_*_cipherlist).
 */
function repairCipherGrade(value) {
    const v = value.trim();
    if (v === '' || v.includes('$'))
        return undefined;
    if (/^[A-Za-z]+$/.test(v)) {
        const g = uniqueClosest(v.toLowerCase(), GRADES, v.length <= 4 ? 1 : 2);
        return g ? { grade: g, exclusions: [] } : undefined;
    }
    const tokens = v.split(/[:, \t]+/).filter((t) => t !== '');
    const grades = new Set();
    const exclusions = [];
    for (const t of tokens) {
        if (t.startsWith('@'))
            continue; // @STRENGTH, @SECLEVEL=n: ordering and security level, not a selection
        if (t.startsWith('!') || t.startsWith('-')) {
            const bare = t.slice(1);
            if (/^[A-Za-z0-9][A-Za-z0-9+_.-]*$/.test(bare))
                exclusions.push(bare);
            else
                return undefined;
            continue;
        }
        const g = OPENSSL_GRADE_WORDS[t.replace(/^\+/, '').toUpperCase()];
        if (!g || t.startsWith('+'))
            return undefined; // a suite selection that no grade expresses
        grades.add(g);
    }
    if (grades.size !== 1)
        return undefined;
    return { grade: [...grades][0], exclusions };
}
/** A protocol name written the way people misremember it: TLSv1.0, TLS1.2, tlsv1_2, TLS 1.3... */
function repairProtocolName(word) {
    const m = /^(?:tls|tlsv)[ _-]?v?1(?:[._](\d))?$/i.exec(word);
    if (m) {
        const minor = m[1];
        if (minor === undefined || minor === '0')
            return 'TLSv1';
        if (minor === '1' || minor === '2' || minor === '3')
            return `TLSv1.${minor}`;
        return undefined;
    }
    const s = /^sslv?([23])$/i.exec(word);
    if (s)
        return `SSLv${s[1]}`;
    return undefined;
}
/**
 * A valid list with the intent of an invalid one: each token whose name is misspelt is corrected
 * ("TLSv1.0" → TLSv1, "-TLSv1" → !TLSv1), an exclusion of a version that does not exist is dropped,
 * trailing "#..." text is dropped; the versions the corrected list enables are then written as one
 * floor, `>=TLSv1.x` (3.6+) or `!SSLv2, !SSLv3, ...` (older), raised to `floor` when that is higher.
 * undefined when a token has no clear meaning or nothing would be enabled.
 */
function repairProtocolList(value, postfixVersion, floor) {
    if (value.includes('$'))
        return undefined;
    const hash = value.search(/(^|\s)#/);
    const text = hash >= 0 ? value.slice(0, hash) : value;
    const tokens = text.split(/[, \t\r\n:]+/).filter((t) => t !== '');
    const out = [];
    const range = versionAtLeast(postfixVersion, '3.6');
    for (const t of tokens) {
        const m = /^(!|-|>=|<=)?(.*)$/.exec(t);
        const op = m[1] ?? '';
        const name = m[2];
        if ((op === '>=' || op === '<=') && !range)
            return undefined; // range-syntax-before-3-6 decides those
        const known = /^(SSLv2|SSLv3|TLSv1|TLSv1\.[123])$/i.test(name) ? name : repairProtocolName(name);
        if (known === undefined) {
            // Excluding a version that does not exist (TLSv1.4) excludes nothing.
            if ((op === '!' || op === '-') && /^tlsv?1[._]\d+$/i.test(name))
                continue;
            return undefined;
        }
        if (op === '-')
            out.push(`!${known}`);
        else if (op === '>=' && /^SSLv2$/i.test(known))
            return undefined;
        else
            out.push(`${op}${known}`);
    }
    const corrected = out.join(', ');
    const list = (0,protocols/* evaluateProtocolList */.I)(corrected, { postfixVersion });
    // A ceiling (<=TLSv1.2) is an intent a floor cannot keep.
    if (!list.valid || list.noProtocolsAvailable || list.ceiling !== 0)
        return undefined;
    const enabled = list.enabled.filter((p) => p !== 'SSLv3');
    let lowest = protocols/* TLS_PROTOCOLS */.AL.find((p) => enabled.includes(p));
    if (!lowest)
        return undefined;
    // A ceiling or a hole (e.g. <=TLSv1.2, !TLSv1.1) is an intent a single floor would not keep.
    const fromLowest = protocols/* TLS_PROTOCOLS */.AL.slice(protocols/* TLS_PROTOCOLS */.AL.indexOf(lowest));
    const contiguousToTop = fromLowest.every((p) => enabled.includes(p));
    const onlyIncludes = list.included.length > 0; // an include list means "these versions": keep them and add the newer ones
    if (!contiguousToTop && !onlyIncludes)
        return undefined;
    if (floor && protocols/* TLS_PROTOCOLS */.AL.indexOf(floor) > protocols/* TLS_PROTOCOLS */.AL.indexOf(lowest))
        lowest = floor;
    return { value: floorList(postfixVersion, lowest), lowest };
}
/** "min and newer" in the target version's syntax (reference §3.4). */
function floorList(postfixVersion, min) {
    if (versionAtLeast(postfixVersion, '3.6'))
        return `>=${min}`;
    const below = ['SSLv2', ...protocols/* TLS_PROTOCOLS */.AL.slice(0, protocols/* TLS_PROTOCOLS */.AL.indexOf(min))];
    return below.map((p) => `!${p}`).join(', ');
}


/***/ }),

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

// EXTERNAL MODULE: ./src/model/namespace.ts
var namespace = __webpack_require__(9622);
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

/***/ 4365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* reexport safe */ _config_set_model_js__WEBPACK_IMPORTED_MODULE_0__.E)
/* harmony export */ });
/* harmony import */ var _config_set_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2532);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9622);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2621);
/** The effective TLS model (issue 3): see config-set-model.ts. */






/***/ }),

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ ParameterNamespace),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   qP: () => (/* binding */ makeDefinition)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _postfix_expand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8921);
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
        labelled = { file, base: node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file) };
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
        const r = (0,_postfix_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .expandValue */ .eb)(def.raw, (n) => {
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
function evaluatePolicy(models, policy, rules = policy_rules/* RULES */.y, options = {}) {
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
            found = identitiesOf(fixed, policy, policy_rules/* RULES */.y);
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
    const ids = new Set((before ?? evaluateModel(model, policy, policy_rules/* RULES */.y)).map(identityOf));
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


/***/ }),

/***/ 5474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ serviceLocation),
/* harmony export */   fg: () => (/* binding */ stockMasterNote)
/* harmony export */ });
/* unused harmony export fromStockMaster */
/* harmony import */ var _postfix_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7900);

/**
 * Where a finding points when no setting decides: the service's master.cf line; for a set without a
 * master.cf of its own (Postfix's stock master.cf is assumed, and it is no file of the repository) the
 * last line of main.cf, which is where a missing main.cf setting gets added.
 */
function serviceLocation(model, e) {
    const master = model.loaded.master;
    if (e && master && !model.loaded.masterIsStock) {
        const s = e.masterService;
        return { file: master.source.path, span: (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(master.source, s.line.startOffset, s.line.endOffset) };
    }
    const main = model.loaded.main;
    if (main)
        return { file: main.source.path, span: lastLine(main.source) };
    return { file: model.mainCf ?? model.root };
}
/** The last line of a file that is not blank (line 1 of an empty file). */
function lastLine(source) {
    const text = source.text;
    let end = text.length;
    while (end > 0 && /\s/.test(text[end - 1]))
        end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    return (0,_postfix_source_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(source, start, end);
}
/** True when the endpoint's service is one of the stock master.cf (the set has no master.cf). */
function fromStockMaster(model) {
    return model.loaded.masterIsStock && model.loaded.master !== undefined;
}
/**
 * A sentence to append to a finding's message when it points into main.cf for a service of the stock
 * master.cf, so the reader knows where the service comes from.
 */
function stockMasterNote(model, e) {
    return e && fromStockMaster(model) ? ` (${e.service}/${e.type} is a service of Postfix's stock master.cf: this config set has no master.cf of its own.)` : '';
}


/***/ }),

/***/ 2742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   u: () => (/* binding */ sourcesOf)
/* harmony export */ });
function sourcesOf(models) {
    const m = new Map();
    for (const model of models) {
        const l = model.loaded;
        for (const s of [l.main?.source, l.mainOverride?.source, l.masterIsStock ? undefined : l.master?.source, l.masterOverrideSource])
            if (s)
                m.set(s.path, s);
    }
    return m;
}
function countBySeverity(findings) {
    const c = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        c[f.severity]++;
    return c;
}


/***/ }),

/***/ 8071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ settingAt),
/* harmony export */   TL: () => (/* binding */ protocolListFrom),
/* harmony export */   hU: () => (/* binding */ endpointAt),
/* harmony export */   iG: () => (/* binding */ diagnosticRule),
/* harmony export */   lW: () => (/* binding */ removeOptionAt),
/* harmony export */   r3: () => (/* binding */ valueLocation),
/* harmony export */   s5: () => (/* binding */ setForServerEndpoint),
/* harmony export */   zS: () => (/* binding */ setForEndpoint),
/* harmony export */   zZ: () => (/* binding */ replaceSetting)
/* harmony export */ });
/* unused harmony export isServer */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/* harmony import */ var _tls_protocols_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9320);
/* harmony import */ var _fix_main_cf_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8870);
/* harmony import */ var _fix_master_cf_edits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4943);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5474);





/** The endpoint whose master.cf entry contains a diagnostic's position. */
function endpointAt(model, d) {
    const master = model.loaded.master;
    if (!master || d.path !== master.source.path || !d.span)
        return undefined;
    const off = d.span.start.offset;
    // The first endpoint of each service line, by the line's start, searched by bisection: a search of
    // all endpoints per diagnostic was quadratic with thousands of services, each with a finding.
    let index = endpointIndexes.get(model);
    if (!index) {
        const first = new Map();
        for (const e of model.endpoints)
            if (!first.has(e.masterService.line.startOffset))
                first.set(e.masterService.line.startOffset, e);
        index = { starts: [...first.keys()].sort((a, b) => a - b), first };
        endpointIndexes.set(model, index);
    }
    const { starts, first } = index;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    // Service lines do not overlap: only the last line starting at or before the offset can hold it.
    const e = lo > 0 ? first.get(starts[lo - 1]) : undefined;
    return e && off < e.masterService.line.endOffset ? e : undefined;
}
const endpointIndexes = new WeakMap();
/** A rule that turns the model's own diagnostics (facts it decided) into findings. */
function diagnosticRule(meta, codes, options = {}) {
    return {
        ...meta,
        check(ctx) {
            for (const d of ctx.model.diagnostics) {
                if (!codes.includes(d.code))
                    continue;
                if (options.filter && !options.filter(d, ctx))
                    continue;
                const endpoint = endpointAt(ctx.model, d);
                const severity = options.severity?.(d);
                const fix = options.fix?.(d, ctx);
                // The stock master.cf is not a file of the repository: point at the set's main.cf instead.
                const stock = ctx.model.loaded.masterIsStock && d.path === ctx.model.loaded.master?.source.path;
                const where = stock ? (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceLocation */ .Dk)(ctx.model) : { file: d.path, ...(d.span ? { span: d.span } : {}) };
                ctx.report({
                    message: stock && endpoint ? `${endpoint.service}/${endpoint.type} (stock master.cf): ${d.message}` : d.message,
                    ...where,
                    ...(endpoint ? { endpoint } : {}),
                    key: `${d.code}:${d.message}`,
                    ...(severity ? { severity } : {}),
                    ...(fix ? { fix } : {}),
                });
            }
        },
    };
}
/** Where a parameter that an endpoint reads is defined (its -o or main.cf line), else the service line. */
function valueLocation(model, e, name) {
    const v = e.values.get(name);
    if (v?.file && v.span)
        return { file: v.file, span: v.span, fromDefault: false };
    return { ...(0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceLocation */ .Dk)(model, e), fromDefault: true };
}
/** The protocol list meaning "min and newer" in the target version's syntax (reference §3.4). */
function protocolListFrom(version, min) {
    if ((0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(version, '3.6') >= 0)
        return `>=${min}`;
    const below = ['SSLv2', ..._tls_protocols_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_PROTOCOLS */ .AL.slice(0, _tls_protocols_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_PROTOCOLS */ .AL.indexOf(min))];
    return below.map((p) => `!${p}`).join(', ');
}
/**
 * Set a parameter for one endpoint: in the service's own -o when master.cf is the set's own (the
 * smallest change that reaches only this service), else in main.cf. undefined when no edit can be built.
 */
function setForEndpoint(model, e, name, value, description) {
    const master = model.loaded.master;
    const v = e.values.get(name);
    const inMain = v?.file !== undefined && v.file === model.loaded.main?.source.path;
    // main.cf already decides, and every endpoint reading it would get the new value: only when the
    // set has no master.cf of its own.
    // Client transports share main.cf's smtp_* settings: a main.cf or default value is set in main.cf.
    const sharedClientValue = e.kind === 'client' && (inMain || v?.source === 'default') && model.loaded.main !== undefined;
    if (master && !model.loaded.masterIsStock && !(inMain && model.endpoints.length === 1) && !sharedClientValue) {
        const r = (0,_fix_master_cf_edits_js__WEBPACK_IMPORTED_MODULE_3__/* .setServiceOption */ .ry)(master, e.masterService, name, value);
        return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
    }
    const main = model.loaded.main;
    if (!main)
        return undefined;
    const r = (0,_fix_main_cf_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .setMainCfParameter */ .YK)(main, name, value);
    return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
}
function isServer(e) {
    return e.kind === 'server';
}
function settingAt(model, d) {
    if (!d.span)
        return undefined;
    const off = d.span.start.offset;
    const main = model.loaded.main;
    if (main && d.path === main.source.path) {
        const entry = entryAt(main, off);
        return entry && main.values.get(entry.name) === entry ? { kind: 'main', entry } : undefined;
    }
    const master = model.loaded.master;
    if (master && !model.loaded.masterIsStock && d.path === master.source.path)
        return optionAt(master, off);
    return undefined;
}
// Settings by offset, made once per parsed file: a search of every entry or option per diagnostic was
// quadratic with thousands of them, each with a finding.
const entryIndexes = new WeakMap();
const optionIndexes = new WeakMap();
function entryAt(main, offset) {
    let index = entryIndexes.get(main);
    if (!index) {
        index = new Map();
        for (const e of main.entries)
            if (!index.has(e.nameSpan.start.offset))
                index.set(e.nameSpan.start.offset, e);
        entryIndexes.set(main, index);
    }
    return index.get(offset);
}
function optionAt(master, offset) {
    let index = optionIndexes.get(master);
    if (!index) {
        index = new Map();
        for (const service of master.services)
            for (const option of service.options) {
                if (!index.has(option.span.start.offset))
                    index.set(option.span.start.offset, { kind: 'option', service, option });
            }
        optionIndexes.set(master, index);
    }
    return index.get(offset);
}
/** A fix that gives the setting at a diagnostic a new value where it is (main.cf or -o). */
function replaceSetting(model, d, value, description) {
    const at = settingAt(model, d);
    if (!at)
        return undefined;
    const name = at.kind === 'main' ? at.entry.name : at.option.name;
    const current = at.kind === 'main' ? at.entry.value : at.option.value;
    const v = value(name, current);
    if (v === undefined || v === current)
        return undefined;
    const r = at.kind === 'main' ? (0,_fix_main_cf_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .setMainCfParameter */ .YK)(model.loaded.main, name, v) : (0,_fix_master_cf_edits_js__WEBPACK_IMPORTED_MODULE_3__/* .setServiceOption */ .ry)(model.loaded.master, at.service, name, v);
    return r.ok && r.edits.length ? { description: description(name, v), edits: r.edits } : undefined;
}
/** A fix that removes the -o option a diagnostic points at. */
function removeOptionAt(model, d) {
    const at = settingAt(model, d);
    if (at?.kind !== 'option')
        return undefined;
    const r = (0,_fix_master_cf_edits_js__WEBPACK_IMPORTED_MODULE_3__/* .removeServiceOption */ .Z6)(model.loaded.master, at.service, at.option.name);
    return r.ok && r.edits.length ? { description: `Remove -o ${at.option.name} from ${at.service.name} (it has no effect there)`, edits: r.edits } : undefined;
}
/**
 * setForEndpoint, except that a tlsproxy_* parameter of a postscreen endpoint goes where tlsproxy
 * reads it (reference §5.3): the tlsproxy service's own -o when it sets that name, else main.cf
 * (an -o on the postscreen line would not reach tlsproxy).
 */
function setForServerEndpoint(model, e, name, value, description) {
    if (e.command !== 'postscreen' || !name.startsWith('tlsproxy_'))
        return setForEndpoint(model, e, name, value, description);
    const master = model.loaded.master;
    const proxyName = e.postscreen?.tlsproxyService;
    const proxy = proxyName && master && !model.loaded.masterIsStock ? master.services.filter((s) => s.name === proxyName && s.type === 'unix').at(-1) : undefined;
    if (master && proxy && proxy.options.some((o) => o.name === name)) {
        const r = (0,_fix_master_cf_edits_js__WEBPACK_IMPORTED_MODULE_3__/* .setServiceOption */ .ry)(master, proxy, name, value);
        return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
    }
    const main = model.loaded.main;
    if (!main)
        return undefined;
    const r = (0,_fix_main_cf_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .setMainCfParameter */ .YK)(main, name, value);
    return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
}


/***/ }),

/***/ 6039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/policy/locations.ts
var locations = __webpack_require__(5474);
// EXTERNAL MODULE: ./src/policy/rules/helpers.ts
var helpers = __webpack_require__(8071);
;// CONCATENATED MODULE: ./src/policy/rules/auth-before-tls.ts


const authBeforeTls = {
    id: 'auth-before-tls',
    title: 'SASL AUTH is offered before TLS',
    defaultSeverity: 'error',
    judgesRole: true,
    rationale: 'With smtpd_sasl_auth_enable = yes and neither smtpd_tls_auth_only = yes nor required TLS, smtpd announces AUTH in cleartext and accepts passwords before STARTTLS (RFC 8314 §4: credentials must not travel in cleartext).',
    references: ['RFC 8314 §4', 'reference postfix-semantics §7'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            if (!rp.authOnlyAfterTls || !e.tls.authBeforeTls)
                continue;
            // An explicit "smtpd_tls_auth_only = no" is what lets AUTH out before TLS: point there; else
            // at the setting that enables SASL.
            const authOnly = e.values.get('smtpd_tls_auth_only');
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, authOnly?.file && authOnly.span ? 'smtpd_tls_auth_only' : 'smtpd_sasl_auth_enable');
            const fix = e.command === 'smtpd' ? (0,helpers/* setForEndpoint */.zS)(ctx.model, e, 'smtpd_tls_auth_only', 'yes', `Set smtpd_tls_auth_only=yes on ${e.service}`) : undefined;
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}) offers SASL AUTH before STARTTLS: passwords can be sent in cleartext. Set smtpd_tls_auth_only = yes (or require TLS).${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: 'smtpd_tls_auth_only',
                ...(fix ? { fix } : {}),
            });
        }
    },
};

// EXTERNAL MODULE: ./src/fix/edits.ts
var edits = __webpack_require__(5130);
;// CONCATENATED MODULE: ./src/policy/rules/bom.ts


const bom = (0,helpers/* diagnosticRule */.iG)({
    id: 'bom',
    title: 'UTF-8 byte-order mark at the start of main.cf',
    defaultSeverity: 'warning',
    rationale: 'Postfix does not strip a BOM: it becomes part of the first parameter name, which is then unknown, so that setting is silently ignored.',
    references: ['reference postfix-semantics §1.1 (gotcha 23)'],
}, ['tls/bom-first-parameter'], {
    // Remove the three bytes (one U+FEFF character of the decoded text): the first setting then applies.
    fix: (d, ctx) => {
        const main = ctx.model.loaded.main;
        if (!main || d.path !== main.source.path || !main.source.text.startsWith('\uFEFF'))
            return undefined;
        return { description: 'Remove the UTF-8 byte-order mark (Postfix reads it as part of the first parameter name)', edits: [(0,edits/* editAtOffsets */.U5)(main.source, 0, 1, '')] };
    },
});

;// CONCATENATED MODULE: ./src/policy/rules/config-refused.ts

/**
 * A main.cf line without "=" (or without a name), or a master.cf entry with a bad field, is fatal for
 * postconf and for every daemon: Postfix does not start at all, so nothing of the TLS setup applies.
 * The parsers report these as fatal diagnostics; template placeholders that only look broken are
 * neutralised by the model before rules run, so what reaches this rule is really refused. An
 * unbalanced "{" argument in master.cf is fatal for master(8) only (postconf warns): the model's
 * tls/master-refuses-file.
 */
const configRefused = (0,helpers/* diagnosticRule */.iG)({
    id: 'config-refused',
    title: 'Postfix refuses the whole file (nothing starts)',
    defaultSeverity: 'error',
    rationale: 'A main.cf line without "=" (or with nothing before it) and a master.cf entry with too few or invalid fields are fatal errors for postconf, master and every daemon: mail stops entirely, and `postfix check` is the first to die. Every other verdict about this set assumes a config Postfix would load.',
    references: ['reference postfix-semantics §1.2 (dict_load_fp, src/util/dict.c)', 'reference postfix-semantics §2.1 (pcf_check_master_entry)'],
}, ['main-cf/missing-equals', 'main-cf/missing-name', 'master-cf/bad-field-count', 'master-cf/invalid-field', 'tls/master-refuses-file'], {
    // A template line that only breaks before rendering is the templated-value rule's business.
    filter: (d, ctx) => !ctx.model.neutralizedLines.some((n) => n.path === d.path && d.span !== undefined && n.lines.includes(d.span.start.line)),
});

// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 4 modules
var postfix_defaults = __webpack_require__(3225);
// EXTERNAL MODULE: ./src/fix/main-cf-edits.ts
var main_cf_edits = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/fix/master-cf-edits.ts
var master_cf_edits = __webpack_require__(4943);
;// CONCATENATED MODULE: ./src/policy/rules/deprecated-parameter.ts




/** Legacy parameters and what became of them (postconf(5), reference §4.4, §6). */
const DEPRECATED = new Map(Object.entries({
    smtpd_use_tls: { why: 'superseded by smtpd_tls_security_level (ignored when that is set)', removable: false },
    smtpd_enforce_tls: { why: 'superseded by smtpd_tls_security_level (ignored when that is set)', removable: false },
    smtp_use_tls: { why: 'superseded by smtp_tls_security_level (ignored when that is set)', removable: false },
    smtp_enforce_tls: { why: 'superseded by smtp_tls_security_level (ignored when that is set)', removable: false },
    smtpd_tls_eecdh_grade: { since: '3.6', why: 'ignored since Postfix 3.6: curves come from tls_eecdh_auto_curves', removable: true },
    tls_eecdh_strong_curve: { since: '3.6', why: 'ignored since Postfix 3.6', removable: true },
    tls_eecdh_ultra_curve: { since: '3.6', why: 'ignored since Postfix 3.6', removable: true },
    smtpd_tls_dh512_param_file: { why: 'export-grade DH: unused by OpenSSL 1.1+ and every current Postfix', removable: true },
    smtpd_tls_dh1024_param_file: { since: '3.7', why: 'OpenSSL 3 with Postfix 3.7+ picks FFDHE groups itself (tls_ffdhe_auto_groups); a custom file is rarely needed', removable: false },
    tls_dane_digest_agility: { since: '3.6', why: 'removed in Postfix 3.6', removable: true },
    smtp_tls_per_site: { why: 'superseded by smtp_tls_policy_maps', removable: false },
    tlsproxy_enforce_tls: { why: 'superseded by tlsproxy_tls_security_level', removable: false },
    tlsproxy_use_tls: { why: 'superseded by tlsproxy_tls_security_level', removable: false },
}));
const deprecatedParameter = {
    id: 'deprecated-parameter',
    title: 'Deprecated or ignored TLS parameter',
    defaultSeverity: 'notice',
    rationale: 'Leftovers from old hardening guides (smtpd_use_tls, smtpd_tls_eecdh_grade, dh512 files...) do nothing or less than they seem to; they mislead reviewers. The severity follows the profile\'s stance on legacy parameters.',
    references: ['postconf(5)', 'reference postfix-semantics §4.4, §6'],
    check(ctx) {
        const stance = ctx.policy.profile.legacyParameters;
        if (stance === 'off')
            return;
        const version = ctx.model.postfixVersion.version;
        const applies = (name) => {
            const d = DEPRECATED.get(name);
            if (!d)
                return undefined;
            if (d.since && (0,postfix_defaults/* compareVersions */.Zy)(version, d.since) < 0)
                return undefined;
            return d;
        };
        const main = ctx.model.loaded.main;
        for (const entry of main?.values.values() ?? []) {
            const d = applies(entry.name);
            if (!d)
                continue;
            const r = d.removable ? (0,main_cf_edits/* removeMainCfParameter */.A1)(main, entry.name) : undefined;
            ctx.report({
                message: `${entry.name}: ${d.why}.`,
                file: main.source.path,
                span: entry.nameSpan,
                parameter: entry.name,
                severity: stance,
                ...(r?.ok && r.edits.length ? { fix: { description: `Remove ${entry.name}`, edits: r.edits } } : {}),
            });
        }
        const master = ctx.model.loaded.master;
        if (!master || ctx.model.loaded.masterIsStock)
            return;
        for (const s of master.services)
            for (const o of s.options) {
                const d = applies(o.name);
                if (!d)
                    continue;
                const e = (0,helpers/* endpointAt */.hU)(ctx.model, { severity: 'notice', code: '', message: '', path: master.source.path, span: o.span });
                const r = d.removable ? (0,master_cf_edits/* removeServiceOption */.Z6)(master, s, o.name) : undefined;
                ctx.report({
                    message: `-o ${o.name} on ${s.name}: ${d.why}.`,
                    file: master.source.path,
                    span: o.span,
                    ...(e ? { endpoint: e } : {}),
                    parameter: o.name,
                    key: `${s.name}/${s.type}`,
                    severity: stance,
                    ...(r?.ok && r.edits.length ? { fix: { description: `Remove -o ${o.name} from ${s.name}`, edits: r.edits } } : {}),
                });
            }
    },
};

// EXTERNAL MODULE: ./src/tls/protocols.ts
var protocols = __webpack_require__(9320);
;// CONCATENATED MODULE: ./src/policy/rules/include-list-drops-tls13.ts


const includeListDropsTls13 = (0,helpers/* diagnosticRule */.iG)({
    id: 'include-list-drops-tls13',
    title: 'An include list of protocols disables TLS 1.3',
    defaultSeverity: 'warning',
    rationale: 'A protocol list that names versions ("TLSv1.2", or "!SSLv3, TLSv1.2") enables only the named ones: every other version Postfix knows, TLS 1.3 included, is off. Use ">=TLSv1.2" (Postfix 3.6+) or exclusions only.',
    references: ['reference postfix-semantics §3.1 (gotcha 1)', 'RFC 9325 §3.1.1'],
}, ['tls/include-list-drops-tls13'], {
    // Keep the lowest version the list enabled, and everything newer.
    fix: (d, ctx) => {
        const version = ctx.model.postfixVersion.version;
        return (0,helpers/* replaceSetting */.zZ)(ctx.model, d, (_name, current) => {
            const enabled = (0,protocols/* evaluateProtocolList */.I)(current, { postfixVersion: version }).enabled;
            const lowest = protocols/* TLS_PROTOCOLS */.AL.find((p) => enabled.includes(p));
            return lowest ? (0,helpers/* protocolListFrom */.TL)(version, lowest) : undefined;
        }, (name, v) => `Set ${name} = ${v} (keeps the versions the list allowed and adds the newer ones)`);
    },
});

// EXTERNAL MODULE: ./src/fix/value-repair.ts + 1 modules
var value_repair = __webpack_require__(9352);
;// CONCATENATED MODULE: ./src/policy/rules/invalid-boolean.ts


const invalidBoolean = (0,helpers/* diagnosticRule */.iG)({
    id: 'invalid-boolean',
    title: 'Boolean parameter that is not yes/no: the service dies',
    defaultSeverity: 'error',
    rationale: 'Postfix reads booleans as "yes" or "no" only; anything else ("true", "1", "yes # comment") is fatal when the daemon starts.',
    references: ['reference postfix-semantics §1.6 (gotcha 21)'],
}, ['tls/bad-boolean', 'tls/expansion-error'], {
    // true/on/1/enabled → yes, false/off/0/disabled → no; an empty or unclear value is left to the admin.
    fix: (d, ctx) => d.code !== 'tls/bad-boolean'
        ? undefined
        : (0,helpers/* replaceSetting */.zZ)(ctx.model, d, (_name, current) => (current.includes('$') ? undefined : (0,value_repair/* repairBoolean */.oR)(current)), (name, v) => `Set ${name} = ${v} (Postfix reads only yes/no)`),
});

;// CONCATENATED MODULE: ./src/policy/rules/invalid-cipher-exclusion.ts

const invalidCipherExclusion = (0,helpers/* diagnosticRule */.iG)({
    id: 'invalid-cipher-exclusion',
    title: '"!" (or + - @) in a cipher exclusion list: every handshake aborts',
    defaultSeverity: 'error',
    rationale: '*_exclude_ciphers takes bare names (aNULL, RC4); Postfix adds the "!" itself. A token that starts with ! + - or @ makes every TLS handshake fail.',
    references: ['reference postfix-semantics §6.1 (gotcha 12)'],
}, ['tls/invalid-cipher-exclusion'], {
    fix: (d, ctx) => (0,helpers/* replaceSetting */.zZ)(ctx.model, d, (_n, current) => current.replace(/(^|[\s,:])[!+\-@]+(?=[^\s,:])/g, '$1'), (n, v) => `Set ${n} = ${v} (bare names: Postfix adds the "!")`),
});

;// CONCATENATED MODULE: ./src/policy/rules/invalid-cipher-grade.ts




/**
 * The grade an invalid value means ("HIGH:!aNULL" → high; "hihg" → high) where the value is set; the
 * OpenSSL string's "!X" parts move to the matching *_exclude_ciphers (mandatory_exclude for the
 * mandatory grade), in the same place, so nothing the admin removed comes back.
 */
function gradeFix(d, ctx) {
    if (d.code !== 'tls/invalid-cipher-grade')
        return undefined;
    const model = ctx.model;
    const at = (0,helpers/* settingAt */.OZ)(model, d);
    if (!at)
        return undefined;
    const name = at.kind === 'main' ? at.entry.name : at.option.name;
    const current = at.kind === 'main' ? at.entry.value : at.option.value;
    const repair = (0,value_repair/* repairCipherGrade */.k8)(current);
    if (!repair || !/_ciphers$/.test(name))
        return undefined;
    const exclName = name.replace(/ciphers$/, 'exclude_ciphers');
    const edits = [];
    const r = at.kind === 'main' ? (0,main_cf_edits/* setMainCfParameter */.YK)(model.loaded.main, name, repair.grade) : (0,master_cf_edits/* setServiceOption */.ry)(model.loaded.master, at.service, name, repair.grade);
    if (!r.ok)
        return undefined;
    edits.push(...r.edits);
    let extra = '';
    if (repair.exclusions.length > 0) {
        let existing;
        if (at.kind === 'main')
            existing = model.loaded.main.values.get(exclName)?.value ?? '';
        else
            existing = at.service.options.filter((o) => o.name === exclName).at(-1)?.value ?? (0,helpers/* endpointAt */.hU)(model, d)?.values.get(exclName)?.raw ?? '';
        if (existing.includes('$'))
            return undefined;
        const have = new Set(existing.split(/[, \t:]+/).filter((t) => t !== '').map((t) => t.toLowerCase()));
        const add = repair.exclusions.filter((t) => !have.has(t.toLowerCase()));
        if (add.length > 0) {
            const value = [existing.trim(), add.join(', ')].filter((x) => x !== '').join(', ');
            const x = at.kind === 'main' ? (0,main_cf_edits/* setMainCfParameter */.YK)(model.loaded.main, exclName, value) : (0,master_cf_edits/* setServiceOption */.ry)(model.loaded.master, at.service, exclName, value);
            if (!x.ok)
                return undefined;
            edits.push(...x.edits);
            extra = `, ${exclName} = ${value}`;
        }
    }
    return edits.length ? { description: `Set ${name} = ${repair.grade}${extra} (a grade, not an OpenSSL cipher string)`, edits } : undefined;
}
const invalidCipherGrade = (0,helpers/* diagnosticRule */.iG)({
    id: 'invalid-cipher-grade',
    title: 'Invalid cipher grade: every handshake aborts',
    defaultSeverity: 'error',
    rationale: '*_tls_ciphers and *_tls_mandatory_ciphers take a grade (high, medium, low, export, null), not an OpenSSL cipher string; anything else makes every TLS handshake fail. Cipher strings belong in tls_high_cipherlist / tls_medium_cipherlist.',
    references: ['reference postfix-semantics §6.1 (gotcha 12)'],
}, ['tls/invalid-cipher-grade', 'tls/cipher-list-refused'], { fix: gradeFix });

;// CONCATENATED MODULE: ./src/policy/rules/invalid-protocol-list.ts




/**
 * The policy floor of every endpoint that uses the list at the diagnostic: the fixed list must not
 * open a protocol-floor finding where TLS was off before (the mandatory-list floor of opportunistic
 * services counts for a *_mandatory_protocols value).
 */
function floorFor(d, ctx, name) {
    const at = (0,helpers/* settingAt */.OZ)(ctx.model, d);
    const own = at?.kind === 'option' ? (0,helpers/* endpointAt */.hU)(ctx.model, d) : undefined;
    const readers = own ? [own] : ctx.model.endpoints.filter((e) => e.values.get(name)?.file === d.path && e.values.get(name)?.span?.start.offset === d.span?.start.offset);
    let floor = null;
    const raise = (p) => {
        if (p && (floor === null || protocols/* TLS_PROTOCOLS */.AL.indexOf(p) > protocols/* TLS_PROTOCOLS */.AL.indexOf(floor)))
            floor = p;
    };
    for (const e of readers) {
        const rp = ctx.policyFor(e);
        // Only the list the service's mode uses counts for its floor (reference §3.3): an "encrypt"
        // submission must not raise port 25's opportunistic list.
        if (e.tls.protocolList?.parameter === name)
            raise(rp.minProtocol);
        if (/_mandatory_protocols$/.test(name) && !e.tls.required)
            raise(rp.minProtocolMandatory);
    }
    return floor;
}
function listFix(d, ctx) {
    if (d.code !== 'tls/invalid-protocol-list')
        return undefined;
    const version = ctx.model.postfixVersion.version;
    return (0,helpers/* replaceSetting */.zZ)(ctx.model, d, (name, current) => (0,value_repair/* repairProtocolList */.U3)(current, version, floorFor(d, ctx, name))?.value, (name, v) => `Set ${name} = ${v} (the versions the list meant, in a form Postfix ${version} reads)`);
}
const invalidProtocolList = (0,helpers/* diagnosticRule */.iG)({
    id: 'invalid-protocol-list',
    title: 'Invalid protocol list: TLS is silently off',
    defaultSeverity: 'error',
    rationale: 'Postfix logs a warning and disables TLS for the service when a protocol list has an unknown token, or leaves no version enabled; mail then flows in plaintext (or is refused where TLS is required) without any start-up failure.',
    references: ['reference postfix-semantics §3.2, §3.5', 'Postfix tls_protocol_mask()'],
}, ['tls/invalid-protocol-list', 'tls/no-protocols-available'], 
// ">=" on a Postfix older than 3.6 has its own rule.
{
    filter: (d, ctx) => !((0,postfix_defaults/* compareVersions */.Zy)(ctx.model.postfixVersion.version, '3.6') < 0 && /needs Postfix 3\.6/.test(d.message)),
    fix: listFix,
});

;// CONCATENATED MODULE: ./src/policy/rules/invalid-security-level.ts


const invalidSecurityLevel = (0,helpers/* diagnosticRule */.iG)({
    id: 'invalid-security-level',
    title: 'Invalid TLS security level: the service dies',
    defaultSeverity: 'error',
    rationale: 'A server TLS level other than none/may/encrypt (fingerprint/verify/secure become encrypt with a warning) is fatal at start-up: the daemon exits and the port does not answer.',
    references: ['reference postfix-semantics §4.4', 'Postfix tls_level_lookup()'],
}, ['tls/invalid-level'], {
    // Did you mean: the one level the value is a typo or a synonym of ("maybe" → may, "required" → encrypt).
    fix: (d, ctx) => (0,helpers/* replaceSetting */.zZ)(ctx.model, d, (name, current) => {
        if (current.includes('$'))
            return undefined;
        return (0,value_repair/* repairSecurityLevel */.UZ)(current, /^(smtp|lmtp)_/.test(name) ? 'client' : 'server');
    }, (name, v) => `Set ${name} = ${v} (the valid level the value stands for)`),
});

;// CONCATENATED MODULE: ./src/policy/rules/key-exchange-groups.ts


/** OpenSSL spellings of the same group (the profiles name groups as their sources do). */
const ALIASES = { secp256r1: 'prime256v1', 'p-256': 'prime256v1', 'p-384': 'secp384r1', 'p-521': 'secp521r1' };
const canonical = (g) => {
    const l = g.toLowerCase();
    return ALIASES[l] ?? l;
};
const PARAMETERS = ['tls_eecdh_auto_curves', 'tls_ffdhe_auto_groups'];
const keyExchangeGroups = {
    id: 'key-exchange-groups',
    title: 'Key-exchange groups the profile does not accept are configured',
    defaultSeverity: 'warning',
    judgesRole: true,
    rationale: 'tls_eecdh_auto_curves (and, since Postfix 3.8, tls_ffdhe_auto_groups) list the groups Postfix offers for (EC)DHE key exchange, for every TLS service and client. A group the profile does not accept can be negotiated with a peer that prefers it: NCSC-NL 2025-05 calls ffdhe2048 insufficient (Postfix 3.8-3.10 default "ffdhe2048 ffdhe3072"), BSI TR-02102-2 does not list X25519, TLSRef 6.0 lists X25519MLKEM768, X25519, prime256v1 and secp384r1 only. Which group a handshake uses depends on the peer: the live probe reports what it observes.',
    references: ['reference tls-policies §0.2, §A.1, §A.2, §A.3, §A.4', 'reference postfix-semantics §4.2, §6.4'],
    check(ctx) {
        const accepted = ctx.policy.profile.live?.groups;
        if (!accepted || !ctx.model.endpoints.some((e) => e.tls.offered))
            return;
        const ok = new Set(accepted.map(canonical));
        const defaults = (0,postfix_defaults/* builtinDefaults */.sk)(ctx.model.postfixVersion.version);
        const main = ctx.model.loaded.main;
        for (const name of PARAMETERS) {
            if (!defaults.has(name))
                continue; // tls_ffdhe_auto_groups: Postfix 3.8+
            const entry = main?.values.get(name);
            if (entry?.templated)
                continue; // the templated-value rule says so
            const value = entry ? entry.value : defaults.get(name);
            // "?name" (3.11+) marks an optional group; DEFAULT-style keywords are OpenSSL's own list.
            const groups = value.split(/[\s,:]+/).map((g) => g.replace(/^\?/, '')).filter((g) => g.length > 0 && !/^default$/i.test(g));
            const bad = groups.filter((g) => !ok.has(canonical(g)));
            if (bad.length === 0)
                continue;
            const at = entry && main ? { file: main.source.path, span: entry.nameSpan } : (0,locations/* serviceLocation */.Dk)(ctx.model);
            ctx.report({
                message: `${name} = "${value}"${entry ? '' : ' (default)'} offers ${bad.join(', ')}, which the policy (${ctx.policy.profile.id}) does not accept for key exchange (accepted: ${accepted.join(', ')}). ${ctx.policy.profile.live?.basis ?? ''}`.trimEnd(),
                ...at,
                parameter: name,
                key: bad.join(' '),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/mx-requires-tls.ts


/**
 * Opportunistic TLS where the port requires it now:
 * - smtpd with STARTTLS: smtpd_tls_security_level = may on the service;
 * - smtpd in wrapper mode (implicit TLS on port 25): smtpd_tls_wrappermode = no, plus level "may"
 *   when the level would then require TLS (the level is ignored in wrapper mode, reference §4.4);
 * - postscreen with after-220 tests: postscreen_tls_security_level = may on the postscreen line
 *   (it defaults to $smtpd_tls_security_level); without them the smtpd pass service answers
 *   STARTTLS, so its level is the one to change (reference §5.3).
 */
function opportunistic(model, e) {
    if (e.command === 'postscreen') {
        if (e.postscreen?.starttlsBy === 'tlsproxy')
            return (0,helpers/* setForEndpoint */.zS)(model, e, 'postscreen_tls_security_level', 'may', `Set postscreen_tls_security_level=may on ${e.service}`);
        const pass = model.endpoints.find((x) => x.command === 'smtpd' && x.type === 'pass' && x.service === e.postscreen?.passService);
        return pass && !pass.tls.implicit ? (0,helpers/* setForEndpoint */.zS)(model, pass, 'smtpd_tls_security_level', 'may', `Set smtpd_tls_security_level=may on ${pass.service} (the pass service behind ${e.service} answers STARTTLS)`) : undefined;
    }
    if (e.command !== 'smtpd')
        return undefined;
    if (!e.tls.implicit)
        return (0,helpers/* setForEndpoint */.zS)(model, e, 'smtpd_tls_security_level', 'may', `Set smtpd_tls_security_level=may on ${e.service}`);
    const wrap = (0,helpers/* setForEndpoint */.zS)(model, e, 'smtpd_tls_wrappermode', 'no', '');
    if (!wrap)
        return undefined;
    const level = e.values.get('smtpd_tls_security_level')?.value.toLowerCase() ?? '';
    if (level === 'may')
        return { description: `Set smtpd_tls_wrappermode=no on ${e.service} (STARTTLS, opportunistic)`, edits: wrap.edits };
    const may = (0,helpers/* setForEndpoint */.zS)(model, e, 'smtpd_tls_security_level', 'may', '');
    if (!may)
        return undefined;
    return { description: `Set smtpd_tls_wrappermode=no and smtpd_tls_security_level=may on ${e.service} (STARTTLS, opportunistic)`, edits: [...wrap.edits, ...may.edits] };
}
const mxRequiresTls = {
    id: 'mx-requires-tls',
    title: '"encrypt" on a public MX',
    defaultSeverity: 'warning',
    judgesRole: true,
    rationale: 'A publicly-referenced MX must not require TLS (RFC 3207 §4): senders without TLS, or whose TLS fails, cannot deliver at all. Opportunistic TLS (RFC 7435) with MTA-STS/DANE is the way to protect port 25.',
    references: ['RFC 3207 §4', 'RFC 7435', 'RFC 8461 (MTA-STS)', 'RFC 7672 (DANE for SMTP)'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            if (rp.tls !== 'must-not-require' || e.kind !== 'server' || !e.tls.required || e.tls.dead)
                continue;
            const param = e.command === 'postscreen' && e.postscreen?.starttlsBy === 'tlsproxy' ? 'postscreen_tls_security_level' : e.tls.implicit ? 'smtpd_tls_wrappermode' : 'smtpd_tls_security_level';
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, param);
            const fix = opportunistic(ctx.model, e);
            ctx.report({
                message: `${e.service}/${e.type} is a public MX (${e.roleReason}) and requires TLS${e.tls.implicit ? ' (wrapper mode: implicit TLS, no plaintext at all)' : ''}: senders that cannot do TLS are refused instead of delivering in plaintext (RFC 3207 §4). Use "may" and protect port 25 with MTA-STS or DANE.${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: param,
                ...(fix ? { fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/no-certificate.ts

const noCertificate = (0,helpers/* diagnosticRule */.iG)({
    id: 'no-certificate',
    title: 'TLS is on but no server certificate is configured',
    defaultSeverity: 'error',
    judgesRole: true,
    rationale: 'Without a certificate smtpd advertises STARTTLS but answers "454 TLS not available due to local problem" (and drops implicit-TLS connections): TLS is effectively off.',
    references: ['reference postfix-semantics §5.2'],
}, ['tls/no-server-certificate']);

;// CONCATENATED MODULE: ./src/policy/rules/parameter-no-effect.ts

const parameterNoEffect = (0,helpers/* diagnosticRule */.iG)({
    id: 'parameter-no-effect',
    title: 'Client parameter on a server service, or server parameter on a client',
    defaultSeverity: 'warning',
    rationale: 'smtpd never reads smtp_tls_* parameters and smtp never reads smtpd_tls_*: such -o options do nothing and postconf does not warn, so a hardening that looks applied is not.',
    references: ['reference postfix-semantics §2.3 (gotcha 10)'],
}, ['tls/parameter-has-no-effect', 'tls/postscreen-smtpd-option'], { fix: (d, ctx) => (d.code === 'tls/parameter-has-no-effect' ? (0,helpers/* removeOptionAt */.lW)(ctx.model, d) : undefined) });

;// CONCATENATED MODULE: ./src/policy/rules/protocol-ceiling.ts



const protocolCeiling = {
    id: 'protocol-ceiling',
    title: 'The newest protocol version the policy expects is not negotiable',
    defaultSeverity: 'warning',
    judgesRole: true,
    rationale: 'RFC 9325 asks for TLS 1.3 support. An exclusion such as "!TLSv1.3" or an upper bound "<=TLSv1.2" caps the service below it. (Include lists that drop TLS 1.3 have their own rule.)',
    references: ['RFC 9325 §3.1.1', 'reference postfix-semantics §3.1'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            if (!rp.maxProtocol || !e.tls.offered || !e.tls.protocolList || e.tls.protocols.length === 0)
                continue;
            if (e.tls.protocols.includes(rp.maxProtocol))
                continue;
            const list = (0,protocols/* evaluateProtocolList */.I)(e.tls.protocolList.value, { postfixVersion: ctx.model.postfixVersion.version });
            if (list.included.length > 0)
                continue; // include-list-drops-tls13
            // TLS 1.3 can also be missing for want of a certificate (anonymous TLS): not a protocol-list matter.
            if (e.tls.certificateConfigured === false)
                continue;
            const param = e.tls.protocolList.parameter;
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, param);
            const min = rp.minProtocol ?? 'TLSv1.2';
            const value = (0,helpers/* protocolListFrom */.TL)(ctx.model.postfixVersion.version, min);
            const fix = (0,helpers/* setForEndpoint */.zS)(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}) cannot negotiate ${rp.maxProtocol}: ${param} = "${e.tls.protocolList.value}" allows only ${e.tls.protocols.join(', ')}.${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: param,
                ...(fix ? { fix } : {}),
            });
        }
    },
};

// EXTERNAL MODULE: ./src/tls/postfix-ciphers.ts
var postfix_ciphers = __webpack_require__(6673);
;// CONCATENATED MODULE: ./src/policy/rules/protocol-floor.ts





const protocolFloor = {
    id: 'protocol-floor',
    title: 'Protocol versions below the policy floor are negotiable',
    defaultSeverity: 'error',
    judgesRole: true,
    rationale: 'The policy sets a minimum TLS version for this role (RFC 8996 and RFC 9325 forbid TLS 1.0/1.1 where TLS protects credentials). The list that counts depends on the mode: the mandatory list where TLS is required or implicit, the opportunistic list otherwise.',
    references: ['RFC 8996', 'RFC 9325 §3.1.1', 'RFC 8314 §4.1', 'reference postfix-semantics §3.3'],
    check(ctx) {
        const version = ctx.model.postfixVersion.version;
        /** Opportunistic by default: the mandatory list still decides wherever TLS gets enforced (policy maps). */
        const mandatoryFloor = (e, min) => {
            if (!min || e.tls.required || e.tls.dead)
                return;
            const family = e.command === 'postscreen' ? 'tlsproxy' : e.command;
            const names = parameterNamesOf(family);
            // A level rendered by a template is undetermined, never a pass: judge the list it would use.
            const levelTemplated = e.tls.templated?.includes(names.securityLevel) ?? false;
            if (e.tls.level === 'none' && !levelTemplated)
                return;
            const param = names.mandatoryProtocols;
            const v = e.values.get(param);
            if (!v)
                return;
            const list = (0,protocols/* evaluateProtocolList */.I)(v.value, { postfixVersion: version });
            if (!list.valid)
                return;
            const listed = list.enabled.filter((p) => protocols/* TLS_PROTOCOLS */.AL.indexOf(p) < protocols/* TLS_PROTOCOLS */.AL.indexOf(min));
            if (listed.length === 0)
                return;
            // Only versions the mandatory cipher settings leave a suite for can be negotiated there (§6.2).
            const below = negotiableWithMandatoryCiphers(e, names, listed, version);
            if (below.length === 0)
                return;
            // Where nothing enforces TLS yet (no policy table, no DANE level) the list is latent; still a
            // warning: a policy table added later inherits it.
            const maps = e.values.get(names.policyMaps)?.value ?? '';
            const perSite = e.values.get(names.perSite)?.value ?? '';
            const enforcing = maps !== '' || perSite !== '' || e.tls.level === 'dane';
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, param);
            const value = (0,helpers/* protocolListFrom */.TL)(version, min);
            const fix = (0,helpers/* setForEndpoint */.zS)(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
            const where = levelTemplated && e.tls.level === 'none'
                ? `if the level the template renders turns TLS on, then where TLS is enforced`
                : enforcing
                    ? `where TLS is enforced (${e.tls.level === 'dane' ? 'destinations with usable DANE TLSA records' : `destinations that ${maps !== '' ? `${family}_tls_policy_maps` : `${family}_tls_per_site`} gives an "encrypt" or stronger level`})`
                    : `where TLS would be enforced (nothing enforces it yet: no ${family}_tls_policy_maps, no DANE level; a policy table added later would inherit this list)`;
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}): ${where} ${param} = "${v.value}"${at.fromDefault ? ' (default)' : ''} still allows ${below.join(', ')}; the policy (${ctx.policy.profile.id}) needs ${min} or newer there.${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: param,
                severity: 'warning',
                ...(fix ? { fix } : {}),
            });
        };
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            mandatoryFloor(e, rp.minProtocolMandatory ?? null);
            // Where TLS is required the mandatory list is the one in use: its floor counts too (§3.3).
            const mandatory = e.tls.required ? rp.minProtocolMandatory ?? null : null;
            const min = [rp.minProtocol, mandatory].reduce((a, b) => (b && (!a || protocols/* TLS_PROTOCOLS */.AL.indexOf(b) > protocols/* TLS_PROTOCOLS */.AL.indexOf(a)) ? b : a), null);
            if (!min || !e.tls.offered || !e.tls.protocolList)
                continue;
            const floor = protocols/* TLS_PROTOCOLS */.AL.indexOf(min);
            const below = e.tls.protocols.filter((p) => protocols/* TLS_PROTOCOLS */.AL.indexOf(p) < floor);
            if (below.length === 0)
                continue;
            const param = e.tls.protocolList.parameter;
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, param);
            const value = (0,helpers/* protocolListFrom */.TL)(ctx.model.postfixVersion.version, min);
            const fix = (0,helpers/* setForEndpoint */.zS)(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}, ${e.tls.required ? 'TLS required' : 'opportunistic TLS'}) negotiates ${below.join(', ')}: ${param} = "${e.tls.protocolList.value}"${at.fromDefault ? ' (default)' : ''}; the policy (${ctx.policy.profile.id}) needs ${min} or newer.${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: param,
                ...(fix ? { fix } : {}),
            });
        }
    },
};
/** Made once per family, not per endpoint (a name built anew is hashed anew at every lookup). */
const namesByFamily = new Map();
function parameterNamesOf(family) {
    let names = namesByFamily.get(family);
    if (!names) {
        names = {
            securityLevel: `${family}_tls_security_level`,
            mandatoryProtocols: `${family}_tls_mandatory_protocols`,
            policyMaps: `${family}_tls_policy_maps`,
            perSite: `${family}_tls_per_site`,
            mandatoryCiphers: `${family}_tls_mandatory_ciphers`,
            excludeCiphers: `${family}_tls_exclude_ciphers`,
            mandatoryExcludeCiphers: `${family}_tls_mandatory_exclude_ciphers`,
        };
        if (namesByFamily.size < 64)
            namesByFamily.set(family, names);
    }
    return names;
}
/**
 * The versions of a mandatory protocol list that a suite is left for under the mandatory cipher
 * grade and exclusions (clients add eNULL at "encrypt", reference §6.2): SHA-256/384 and AEAD suites
 * work only in TLS 1.2, so e.g. excluding "SHA" leaves no suite for TLS 1.0/1.1.
 */
function negotiableWithMandatoryCiphers(e, names, protocols, version) {
    const defaults = (0,postfix_defaults/* builtinDefaults */.sk)(version);
    const value = (n) => e.values.get(n)?.value ?? defaults.get(n) ?? '';
    const grade = value(names.mandatoryCiphers);
    const exclusions = [names.excludeCiphers, names.mandatoryExcludeCiphers].flatMap((n) => value(n).split(/[, \t\r\n:]+/).filter((t) => t.length > 0));
    if (e.kind === 'client')
        exclusions.push('eNULL');
    const cipherlists = {
        high: value('tls_high_cipherlist'),
        medium: value('tls_medium_cipherlist'),
        low: value('tls_low_cipherlist'),
        export: value('tls_export_cipherlist'),
        null: value('tls_null_cipherlist'),
    };
    const r = (0,postfix_ciphers/* postfixCipherSuites */.U)({ grade, exclusions, cipherlists, postfixVersion: version });
    if (!r.ok)
        return protocols;
    const usable = usableSuites(r.suites);
    return protocols.filter((p) => p === 'TLSv1.3' || p === 'TLSv1.2' || (p === 'SSLv3' ? usable.sslv3 : usable.beforeTls12));
}
/**
 * Whether a suite list (without PSK/SRP suites) has one for SSLv3, and one for versions before TLS 1.2.
 * The lists are the cipher engine's shared, frozen answers: judged once per list.
 */
const usableByList = new WeakMap();
function usableSuites(suites) {
    let u = usableByList.get(suites);
    if (!u) {
        const usable = suites.filter((x) => !/PSK|SRP/.test(x.mkey) && !/PSK|SRP/.test(x.auth));
        u = { sslv3: usable.some((x) => x.protocol === 'SSLv3'), beforeTls12: usable.some((x) => x.protocol !== 'TLSv1.2') };
        if (Object.isFrozen(suites))
            usableByList.set(suites, u);
    }
    return u;
}

;// CONCATENATED MODULE: ./src/policy/rules/range-syntax-before-3-6.ts




const PROTOCOL_PARAM = /^(smtpd|smtp|lmtp|tlsproxy|postscreen)_tls_(mandatory_)?protocols$/;
const rangeSyntaxBefore36 = {
    id: 'range-syntax-before-3-6',
    title: '">=" / "<=" protocol syntax on Postfix older than 3.6',
    defaultSeverity: 'error',
    rationale: 'The ">=TLSv1.2" range syntax exists since Postfix 3.6. Older versions reject the whole list and run without TLS; use "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1" there.',
    references: ['reference postfix-semantics §3.4 (gotcha 4)', 'postconf(5) smtpd_tls_protocols'],
    check(ctx) {
        const version = ctx.model.postfixVersion.version;
        if ((0,postfix_defaults/* compareVersions */.Zy)(version, '3.6') >= 0)
            return;
        const fixed = (0,helpers/* protocolListFrom */.TL)(version, 'TLSv1.2');
        const main = ctx.model.loaded.main;
        for (const entry of main?.entries ?? []) {
            if (!PROTOCOL_PARAM.test(entry.name) || !/[<>]=/.test(entry.value))
                continue;
            const r = (0,main_cf_edits/* setMainCfParameter */.YK)(main, entry.name, fixed);
            ctx.report({
                message: `${entry.name} = "${entry.value}" uses the range syntax, which Postfix ${version} does not know: the list is rejected and TLS is off where it applies.`,
                file: main.source.path,
                span: entry.nameSpan,
                parameter: entry.name,
                key: entry.value,
                ...(r.ok && r.edits.length ? { fix: { description: `Set ${entry.name} = ${fixed}`, edits: r.edits } } : {}),
            });
        }
        const master = ctx.model.loaded.master;
        if (!master || ctx.model.loaded.masterIsStock)
            return;
        for (const s of master.services) {
            for (const o of s.options) {
                if (!PROTOCOL_PARAM.test(o.name) || !/[<>]=/.test(o.value))
                    continue;
                const r = (0,master_cf_edits/* setServiceOption */.ry)(master, s, o.name, fixed);
                const e = (0,helpers/* endpointAt */.hU)(ctx.model, { severity: 'error', code: '', message: '', path: master.source.path, span: o.span });
                ctx.report({
                    message: `-o ${o.name}=${o.value} uses the range syntax, which Postfix ${version} does not know: the list is rejected and TLS is off for ${s.name}.`,
                    file: master.source.path,
                    span: o.span,
                    ...(e ? { endpoint: e } : {}),
                    parameter: o.name,
                    key: `${s.name}/${s.type}:${o.value}`,
                    ...(r.ok && r.edits.length ? { fix: { description: `Set -o ${o.name}=${fixed}`, edits: r.edits } } : {}),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/stray-argument.ts



/**
 * `-o name=a, b`: the option's value ends with "," and the next words became arguments. Rejoin them
 * as `-o { name = a, b }` (Postfix 3.0+), up to the next word that starts with "-".
 */
function rejoin(model, d) {
    const master = model.loaded.master;
    if (!master || model.loaded.masterIsStock || !d.span || d.code !== 'master-cf/unexpected-argument')
        return undefined;
    const off = d.span.start.offset;
    const service = master.services.find((s) => s.strayArguments.some((a) => a.span.start.offset === off));
    if (!service)
        return undefined;
    const first = service.strayArguments.findIndex((a) => a.span.start.offset === off);
    const option = [...service.options].reverse().find((o) => o.span.end.offset <= off);
    if (!option || option.form === 'braced' || !/,$/.test(option.value))
        return undefined;
    const words = [];
    for (const a of service.strayArguments.slice(first)) {
        if (a.text.startsWith('-'))
            break;
        words.push({ text: a.text, end: a.span.end.offset });
    }
    if (words.length === 0)
        return undefined;
    const value = [option.value, ...words.map((w) => w.text)].join(' ');
    const edit = (0,edits/* editAtOffsets */.U5)(master.source, option.span.start.offset, words[words.length - 1].end, (0,master_cf_edits/* optionText */.re)(option.name, value));
    return { description: `Write -o { ${option.name} = ${value} } (one argument with blanks)`, edits: [edit] };
}
const strayArgument = (0,helpers/* diagnosticRule */.iG)({
    id: 'stray-argument',
    title: '"-o name=a, b" with blanks: the service dies',
    defaultSeverity: 'error',
    rationale: 'master.cf splits arguments at blanks: "-o name=a, b" passes "b" as a non-option argument and smtpd exits ("unexpected command-line argument"); later -o options are never applied. Use "-o { name = a, b }" (Postfix 3.0+) or no blanks.',
    references: ['reference postfix-semantics §2.3', 'master(5)'],
}, ['master-cf/unexpected-argument', 'master-cf/options-after-argument'], { fix: (d, ctx) => rejoin(ctx.model, d) });

;// CONCATENATED MODULE: ./src/policy/rules/submission-tls-not-required.ts



const submissionTlsNotRequired = {
    id: 'submission-tls-not-required',
    title: 'TLS is not required where the policy requires it (submission)',
    defaultSeverity: 'error',
    judgesRole: true,
    rationale: 'Submission carries passwords and mail from users: RFC 8314 asks providers to require TLS (implicit TLS on 465, or STARTTLS with smtpd_tls_security_level = encrypt on 587), and RFC 9325 §3.2 asks for a strict policy where only STARTTLS exists.',
    references: ['RFC 8314 §3, §4', 'RFC 9325 §3.2'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            if (rp.tls !== 'required' || e.kind !== 'server' || e.tls.required || e.tls.dead)
                continue;
            const wrap = e.role === 'submissions';
            const name = wrap ? 'smtpd_tls_wrappermode' : 'smtpd_tls_security_level';
            const value = wrap ? 'yes' : 'encrypt';
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, 'smtpd_tls_security_level');
            let fix = e.command === 'smtpd' ? (0,helpers/* setForEndpoint */.zS)(ctx.model, e, name, value, `Set ${name}=${value} on ${e.service}`) : undefined;
            // Required TLS switches to the mandatory protocol list: bring it to the policy floor too, or
            // the fix would open a protocol-floor finding (reference §3.3).
            const version = ctx.model.postfixVersion.version;
            const mandatory = e.values.get('smtpd_tls_mandatory_protocols');
            if (fix && rp.minProtocol && mandatory) {
                const floor = protocols/* TLS_PROTOCOLS */.AL.indexOf(rp.minProtocol);
                const list = (0,protocols/* evaluateProtocolList */.I)(mandatory.value, { postfixVersion: version });
                if (list.valid && list.enabled.some((p) => protocols/* TLS_PROTOCOLS */.AL.indexOf(p) < floor)) {
                    const v = (0,helpers/* protocolListFrom */.TL)(version, rp.minProtocol);
                    const more = (0,helpers/* setForEndpoint */.zS)(ctx.model, e, 'smtpd_tls_mandatory_protocols', v, '');
                    fix = more ? { description: `${fix.description}, smtpd_tls_mandatory_protocols=${v}`, edits: [...fix.edits, ...more.edits] } : undefined;
                }
            }
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}) does not require TLS (level "${e.tls.level}"): clients may submit mail${e.tls.offered ? '' : ' and passwords'} in plaintext. The policy (${ctx.policy.profile.id}) requires TLS here (RFC 8314).${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: name,
                ...(fix ? { fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/templated-value.ts

const templatedValue = (0,helpers/* diagnosticRule */.iG)({
    id: 'templated-value',
    title: 'Value undetermined: it depends on a template placeholder',
    defaultSeverity: 'notice',
    rationale: 'A value rendered by a template (Jinja, ERB, envsubst...) is unknown until deployment. The audit decides with the built-in default and says so: an undetermined value is never a pass.',
    references: ['docs/ARCHITECTURE.md (templates)'],
}, ['tls/templated-value', 'tls/template-lines-neutralized']);

;// CONCATENATED MODULE: ./src/policy/rules/tls-not-offered.ts


const tlsNotOffered = {
    id: 'tls-not-offered',
    title: 'A public SMTP service does not offer TLS at all',
    defaultSeverity: 'warning',
    judgesRole: true,
    rationale: 'Opportunistic TLS (RFC 7435, RFC 3207) costs senders nothing and protects every message whose sender can use it; a port-25 MX without STARTTLS receives all mail in plaintext (internet.nl fails such an MX, NCSC-NL 2025-05). Postfix offers no TLS until smtpd_tls_security_level (or the legacy smtpd_use_tls) turns it on: its built-in default is off. Services that must require TLS (submission) have their own rule.',
    references: ['RFC 7435', 'RFC 3207', 'reference postfix-semantics §4.1, §4.4', 'reference tls-policies §A.2 (internet.nl: STARTTLS on every MX)'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            // Switched off by the level only: a missing certificate or an invalid list has its own rule.
            if (e.kind !== 'server' || !rp.tlsOffered || rp.tls === 'required' || e.tls.dead || e.tls.level !== 'none')
                continue;
            const param = e.command === 'postscreen' && e.postscreen?.starttlsBy === 'tlsproxy' ? 'postscreen_tls_security_level' : 'smtpd_tls_security_level';
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, param);
            const level = e.values.get(param);
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}) offers no STARTTLS: ${param} = "${level?.value ?? ''}"${at.fromDefault ? ' (default)' : ''}, so every message arrives in plaintext, also from senders that could use TLS. Set ${param} = may with a server certificate (never "encrypt" on a public MX, RFC 3207 §4).${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: param,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/trailing-comment.ts


const trailingComment = diagnosticFree();
function diagnosticFree() {
    return {
        id: 'trailing-comment',
        title: 'Trailing "#" comment is part of the value',
        defaultSeverity: 'warning',
        rationale: 'Postfix has no trailing comments: "#" is a comment only as the first non-blank character of a line. "smtpd_tls_security_level = may # opportunistic" sets the level to "may # opportunistic", which is invalid.',
        references: ['postconf(5) syntax', 'reference postfix-semantics §1.1'],
        check(ctx) {
            const main = ctx.model.loaded.main;
            for (const entry of main?.entries ?? []) {
                if (!entry.value.includes('#'))
                    continue;
                const i = entry.value.search(/\s#/);
                if (i < 0 || entry.templated)
                    continue;
                const kept = entry.value.slice(0, i).trimEnd();
                const last = main.values.get(entry.name) === entry;
                const r = last ? (0,main_cf_edits/* setMainCfParameter */.YK)(main, entry.name, kept) : undefined;
                ctx.report({
                    message: `${entry.name} = "${entry.value}": the "#..." is part of the value (Postfix has no trailing comments); the intended value was probably "${kept}".`,
                    file: main.source.path,
                    span: entry.valueSpan,
                    parameter: entry.name,
                    key: entry.value,
                    ...(r?.ok && r.edits.length ? { fix: { description: `Set ${entry.name} = ${kept} (comment removed)`, edits: r.edits } } : {}),
                });
            }
            const master = ctx.model.loaded.master;
            if (!master || ctx.model.loaded.masterIsStock)
                return;
            for (const s of master.services) {
                for (const o of s.options) {
                    if (!o.value.includes('#'))
                        continue;
                    const e = (0,helpers/* endpointAt */.hU)(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: o.span });
                    ctx.report({ message: `-o ${o.name}=${o.value} on ${s.name}: "#" inside an option is part of the value.`, file: master.source.path, span: o.span, ...(e ? { endpoint: e } : {}), parameter: o.name, key: `${s.name}/${s.type}:${o.value}` });
                }
                const hash = s.strayArguments.find((a) => a.text.startsWith('#'));
                if (hash) {
                    const e = (0,helpers/* endpointAt */.hU)(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: hash.span });
                    ctx.report({ message: `"${hash.text}" on the ${s.name} service line is not a comment: master.cf passes it to the daemon as an argument.`, file: master.source.path, span: hash.span, ...(e ? { endpoint: e } : {}), key: `${s.name}/${s.type}:${hash.text}` });
                }
            }
        },
    };
}

// EXTERNAL MODULE: ./src/policy/rules/unknown-parameter.ts
var unknown_parameter = __webpack_require__(974);
// EXTERNAL MODULE: ./src/tls/ciphers/index.ts
var ciphers = __webpack_require__(4810);
// EXTERNAL MODULE: ./src/tls/ciphers/classify.ts
var classify = __webpack_require__(7278);
// EXTERNAL MODULE: ./src/tls/ciphers/evaluate.ts + 2 modules
var evaluate = __webpack_require__(3689);
;// CONCATENATED MODULE: ./src/fix/cipher-exclusions.ts
/**
 * The fewest `*_exclude_ciphers` tokens that remove a set of unwanted TLS <= 1.2 suites and nothing
 * else a client could still use: port 25 must keep every suite the policy allows (refusing a
 * sender's only suite means plaintext, RFC 7435), so a token that would also remove an allowed suite
 * is never taken. Postfix writes each token as ":!token" after the grade's cipher list (reference
 * §6.1), so a token removes exactly the suites OpenSSL matches with it.
 */

/**
 * Candidate tokens, most specific to a policy class first: eNULL (nullEncryption), aNULL (anonymous),
 * RC4, 3DES (tripleDes), MD5 (md5Mac), kRSA (staticRsa), SHA1 (sha1Mac), kDHE (dhe), then the
 * families an allow-list usually leaves out.
 */
const EXCLUSION_VOCABULARY = [
    'eNULL', 'aNULL', 'RC4', '3DES', 'MD5', 'EXP', 'kRSA', 'SHA1', 'kDHE', 'SHA256', 'SHA384', 'CAMELLIA', 'ARIA', 'SEED', 'IDEA',
    'AESCCM8', 'AESCCM', 'CHACHA20', 'AES128', 'AES256', 'DSS', 'kECDHE',
];
const UNIVERSE = 'ALL:COMPLEMENTOFALL';
const matchCache = new Map();
/** Suites (OpenSSL names) that `!token` removes. */
function suitesMatching(token) {
    const hit = matchCache.get(token);
    if (hit)
        return hit;
    const all = (0,evaluate/* cipherNames */.G)(UNIVERSE);
    const left = (0,evaluate/* cipherNames */.G)(`${UNIVERSE}:!${token}`);
    const out = new Set();
    if (Array.isArray(all)) {
        const kept = new Set(Array.isArray(left) ? left : []);
        for (const n of all)
            if (!kept.has(n))
                out.add(n);
    }
    matchCache.set(token, out);
    return out;
}
/**
 * Greedy cover: repeatedly the vocabulary token that removes the most still-negotiable bad suites
 * and no suite in `keep`; suites no token can take alone are named exactly (at most `maxNames`).
 * undefined when that is not possible.
 */
function chooseExclusions(bad, keep, maxNames = 4) {
    const keepSet = new Set(keep);
    const left = new Set(bad);
    const tokens = [];
    const usable = EXCLUSION_VOCABULARY.filter((t) => {
        const m = suitesMatching(t);
        return ![...keepSet].some((k) => m.has(k));
    });
    while (left.size > 0) {
        let best;
        let bestCount = 0;
        for (const t of usable) {
            if (tokens.includes(t))
                continue;
            const m = suitesMatching(t);
            let c = 0;
            for (const s of left)
                if (m.has(s))
                    c++;
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        if (!best)
            break;
        tokens.push(best);
        for (const s of suitesMatching(best))
            left.delete(s);
    }
    if (left.size > maxNames)
        return undefined;
    tokens.push(...left);
    return { tokens };
}

;// CONCATENATED MODULE: ./src/policy/rules/weak-cipher-suites.ts






const GRADES = ['high', 'medium', 'low', 'export', 'null'];
const BY_NAME = new Map(ciphers/* CIPHER_SUITES */.eD.map((s) => [s.name, s]));
/**
 * Suite lists come from the cipher engine, frozen and shared by every endpoint and re-analysis
 * with the same cipher string, and role policies are shared by the endpoints of a role: a frozen
 * list is judged once per role policy.
 */
const listVerdicts = new WeakMap();
function judgeSuiteList(names, rp) {
    const cacheable = Object.isFrozen(names);
    let perPolicy = cacheable ? listVerdicts.get(names) : undefined;
    const cached = perPolicy?.get(rp);
    if (cached)
        return cached;
    const forbidden = new Set(rp.forbiddenCipherClasses);
    const bad = [];
    const good = [];
    const classes = new Set();
    for (const name of names) {
        const suite = BY_NAME.get(name);
        if (!suite)
            continue;
        const c = (0,classify/* classifySuite */.$9)(suite);
        if (c.needsPsk || c.needsSrp)
            continue; // Postfix never configures PSK/SRP: unusable
        const hit = [...forbidden].filter((k) => c[k]);
        const notAllowed = rp.allowedCiphers !== undefined && !rp.allowedCiphers.includes(name);
        if (hit.length || notAllowed) {
            bad.push(name);
            for (const h of hit)
                classes.add(h);
            if (!hit.length)
                classes.add('not in the allowed list');
        }
        else {
            good.push(name);
        }
    }
    const verdict = Object.freeze({ bad: Object.freeze(bad), good: Object.freeze(good), classes: Object.freeze([...classes]) });
    if (cacheable) {
        if (!perPolicy)
            listVerdicts.set(names, (perPolicy = new WeakMap()));
        perPolicy.set(rp, verdict);
    }
    return verdict;
}
function judgeSuites(e, rp, names) {
    const tls12 = e.tls.protocols.some((p) => p !== 'TLSv1.3');
    const list = judgeSuiteList(tls12 ? names ?? e.tls.ciphers ?? [] : [], rp);
    const v = { bad: list.bad, bad13: [], good: list.good, classes: new Set(list.classes) };
    if (e.tls.protocols.includes('TLSv1.3') && rp.allowedTls13Ciphersuites) {
        for (const s of e.tls.tls13Ciphersuites ?? [])
            if (!rp.allowedTls13Ciphersuites.includes(s)) {
                v.bad13.push(s);
                v.classes.add('TLS 1.3 suite not in the allowed list');
            }
    }
    return v;
}
/**
 * The smallest verified change that takes the forbidden suites away: the grade raised to "high" for
 * the list the service's mode uses, or exclusions on the matching *_exclude_ciphers parameter
 * (mandatory_exclude where TLS is required, which leaves opportunistic services alone). A candidate
 * only removes: no new protocol version or suite. Exclusions never remove a suite the policy allows;
 * the grade change may only where TLS is required (a port-25 sender with a single allowed suite must
 * keep it: reference §6.1, RFC 7435).
 */
function cipherFix(model, e, rp, verdict) {
    if (verdict.bad13.length > 0 || verdict.bad.length === 0 || e.tls.dead)
        return undefined;
    if (e.kind === 'server' && e.command !== 'smtpd' && e.command !== 'postscreen')
        return undefined;
    if (e.command === 'postscreen' && e.postscreen?.starttlsBy === 'smtpd') {
        // No after-220 tests: the smtpd pass service answers STARTTLS, its settings are the ones to change (§5.3).
        const pass = model.endpoints.find((x) => x.command === 'smtpd' && x.type === 'pass' && x.service === e.postscreen?.passService);
        return pass ? cipherFix(model, pass, rp, judgeSuites(pass, rp)) : undefined;
    }
    const prefix = e.command === 'postscreen' ? 'tlsproxy' : e.command;
    const mandatory = e.tls.required;
    const gradeParam = `${prefix}_tls_${mandatory ? 'mandatory_' : ''}ciphers`;
    const exclParam = `${prefix}_tls_${mandatory ? 'mandatory_' : ''}exclude_ciphers`;
    const candidates = [];
    const grade = e.values.get(gradeParam);
    if (grade && grade.value.toLowerCase() !== 'high' && !grade.raw.includes('$')) {
        const f = (0,helpers/* setForServerEndpoint */.s5)(model, e, gradeParam, 'high', `Set ${gradeParam} = high for ${e.service}`);
        if (f)
            candidates.push({ fix: f, isGrade: true, tokens: [] });
    }
    const choice = chooseExclusions(verdict.bad, verdict.good);
    const current = e.values.get(exclParam);
    if (choice && !current?.templated) {
        const raw = current?.raw.trim() ?? '';
        const value = [raw, choice.tokens.join(', ')].filter((x) => x !== '').join(', ');
        const f = (0,helpers/* setForServerEndpoint */.s5)(model, e, exclParam, value, `Set ${exclParam} = ${value} for ${e.service} (removes only the suites the policy forbids)`);
        if (f)
            candidates.push({ fix: f, isGrade: false, tokens: choice.tokens });
    }
    // Each candidate evaluated with the cipher engine on the endpoint's own grade, exclusions and
    // cipher lists (what the model did; the central verification re-analyses the chosen one).
    const cipherlists = Object.fromEntries(GRADES.map((g) => [g, e.values.get(`tls_${g}_cipherlist`)?.value]));
    if (Object.values(cipherlists).some((v) => v === undefined) || !e.tls.cipherGrade)
        return undefined;
    const before = new Set(e.tls.ciphers ?? []);
    const works = (c) => {
        const r = (0,postfix_ciphers/* postfixCipherSuites */.U)({
            grade: c.isGrade ? 'high' : e.tls.cipherGrade,
            exclusions: [...e.tls.cipherExclusions, ...c.tokens],
            cipherlists: cipherlists,
            postfixVersion: model.postfixVersion.version,
        });
        if (!r.ok)
            return false;
        // Only removals: no suite the service did not offer before (so no protocol version either).
        if (r.names.some((n) => !before.has(n)))
            return false;
        const v = judgeSuites(e, rp, r.names);
        if (v.bad.length > 0)
            return false;
        return !(c.isGrade && !mandatory) || verdict.good.every((g) => v.good.includes(g));
    };
    const size = (f) => f.edits.reduce((n, x) => n + x.replacement.length, 0);
    const ok = candidates.filter(works).map((c) => c.fix);
    ok.sort((a, b) => a.edits.length - b.edits.length || size(a) - size(b));
    return ok[0];
}
const weakCipherSuites = {
    id: 'weak-cipher-suites',
    title: 'Cipher suites the policy forbids are negotiable',
    defaultSeverity: 'warning',
    judgesRole: true,
    rationale: 'The policy lists suite classes (no encryption, RC4, 3DES, static RSA, SHA-1 MACs...) or an exact allow-list per role. The negotiable suites come from the cipher engine: grade, exclusions and the cipher lists, as OpenSSL evaluates them.',
    references: ['RFC 9325 §4', 'TLSRef guideline 6.0', 'NCSC-NL 2025-05', 'BSI TR-02102-2 §3.3.1', 'NIST SP 800-52r2 §3.3.1'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            const rp = ctx.policyFor(e);
            if (!e.tls.offered)
                continue;
            const verdict = judgeSuites(e, rp);
            const bad = [...verdict.bad, ...verdict.bad13];
            if (bad.length === 0)
                continue;
            const gradeParam = e.tls.required ? `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_mandatory_ciphers` : `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_ciphers`;
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, gradeParam);
            const shown = bad.slice(0, 6).join(', ') + (bad.length > 6 ? `, ... (${bad.length} in all)` : '');
            const fix = cipherFix(ctx.model, e, rp, verdict);
            ctx.report({
                message: `${e.service}/${e.type} (${e.role}) can negotiate suites the policy (${ctx.policy.profile.id}) forbids [${[...verdict.classes].join(', ')}]: ${shown}. Grade "${e.tls.cipherGrade ?? ''}"${e.tls.cipherExclusions.length ? `, exclusions ${e.tls.cipherExclusions.join(' ')}` : ''}.${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: gradeParam,
                key: [...verdict.classes].sort().join(','),
                ...(rp.tls === 'required' ? { severity: 'error' } : {}),
                ...(fix ? { fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/wrappermode-opportunistic-list.ts


const wrappermodeOpportunisticList = {
    id: 'wrappermode-opportunistic-list',
    title: 'Wrapper-mode service tuned through the opportunistic protocol list',
    defaultSeverity: 'warning',
    rationale: 'Implicit TLS (smtpd_tls_wrappermode = yes, port 465) is mandatory TLS: Postfix uses smtpd_tls_mandatory_protocols there, not smtpd_tls_protocols. Setting only the opportunistic list leaves port 465 at the default mandatory list.',
    references: ['reference postfix-semantics §3.3, §4.4 (gotcha 2)', 'Postfix smtpd.c'],
    check(ctx) {
        for (const e of ctx.model.endpoints) {
            if (!e.tls.implicit || !e.tls.offered)
                continue;
            const opp = e.values.get('smtpd_tls_protocols');
            const mand = e.values.get('smtpd_tls_mandatory_protocols');
            if (!opp || opp.source === 'default' || (mand && mand.source !== 'default'))
                continue;
            const at = (0,helpers/* valueLocation */.r3)(ctx.model, e, 'smtpd_tls_protocols');
            const fix = (0,helpers/* setForEndpoint */.zS)(ctx.model, e, 'smtpd_tls_mandatory_protocols', opp.raw, `Set smtpd_tls_mandatory_protocols = ${opp.raw} for ${e.service}`);
            ctx.report({
                message: `${e.service}/${e.type} uses implicit TLS, so smtpd_tls_mandatory_protocols applies (still the default "${mand?.value ?? ''}"); smtpd_tls_protocols = "${opp.value}" has no effect on it.${(0,locations/* stockMasterNote */.fg)(ctx.model, e)}`,
                ...at,
                endpoint: e,
                parameter: 'smtpd_tls_protocols',
                ...(fix ? { fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/index.ts

























const RULES = [
    configRefused,
    protocolFloor,
    protocolCeiling,
    invalidProtocolList,
    includeListDropsTls13,
    rangeSyntaxBefore36,
    submissionTlsNotRequired,
    authBeforeTls,
    wrappermodeOpportunisticList,
    parameterNoEffect,
    unknown_parameter/* unknownParameter */.Yl,
    invalidSecurityLevel,
    invalidBoolean,
    invalidCipherGrade,
    invalidCipherExclusion,
    weakCipherSuites,
    keyExchangeGroups,
    deprecatedParameter,
    noCertificate,
    strayArgument,
    trailingComment,
    mxRequiresTls,
    tlsNotOffered,
    bom,
    templatedValue,
];


/***/ }),

/***/ 974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   Yl: () => (/* binding */ unknownParameter)
/* harmony export */ });
/* unused harmony exports MAX_GUESSED_NAMES, levenshtein */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/* harmony import */ var _postfix_param_universe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(502);
/* harmony import */ var _fix_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5130);
/* harmony import */ var _fix_value_repair_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9352);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8071);





/** How many distinct unknown names of one config set get a did-you-mean search and a rename fix. */
const MAX_GUESSED_NAMES = 256;
/** Names that look like TLS/SMTP daemon parameters (a typo there is silently ignored). */
const LOOKS_LIKE_PARAMETER = /^(smtpd?|lmtp|tlsproxy|postscreen|tls)_/;
function levenshtein(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function closestName(name, names) {
    let best;
    let bestD = Infinity;
    const max = Math.max(2, Math.floor(name.length / 6));
    for (const n of names) {
        // A name further than max never decides (the answer is within max, or there is none).
        if (Math.abs(n.length - name.length) > max || (0,_fix_value_repair_js__WEBPACK_IMPORTED_MODULE_3__/* .distanceLowerBound */ .bb)(name, n) > max)
            continue;
        const d = levenshtein(name, n);
        if (d < bestD || (d === bestD && best !== undefined && n < best)) {
            best = n;
            bestD = d;
        }
    }
    return bestD <= max ? best : undefined;
}
/**
 * What postconf knows for one version (reference §1.5): the built-ins, the legacy names, and every name a
 * built-in default refers to (postscreen_dnsbl_ttl in the default of postscreen_dnsbl_max_ttl: setting one
 * gives no "unused parameter" warning, and it takes effect). Computed once per version: the rule runs again
 * in every fix verification.
 */
const knownByVersion = new WeakMap();
function knownNamesOf(builtin) {
    let k = knownByVersion.get(builtin);
    if (!k) {
        const known = new Set([...builtin.keys(), ..._postfix_param_universe_js__WEBPACK_IMPORTED_MODULE_1__/* .LEGACY_PARAMETERS */ .Bj]);
        for (const v of builtin.values())
            for (const m of v.matchAll(/\$(?:\{|\()?([A-Za-z0-9_]+)/g))
                known.add(m[1]);
        k = { known, names: [...builtin.keys()], guesses: new Map() };
        knownByVersion.set(builtin, k);
    }
    return k;
}
/** The parameters a master.cf delivery service defines (lmtp_destination_recipient_limit...), per version. */
const serviceNamesByVersion = new WeakMap();
function serviceParameterNames(name, command, builtin) {
    let perVersion = serviceNamesByVersion.get(builtin);
    if (!perVersion)
        serviceNamesByVersion.set(builtin, (perVersion = new Map()));
    const key = `${name}\0${command}`;
    let names = perVersion.get(key);
    if (!names) {
        names = [...(0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceParameterDefaults */ .$Z)(name, command, builtin).keys()];
        if (perVersion.size < 4096)
            perVersion.set(key, names);
    }
    return names;
}
/** The parameters every service of a master.cf defines, per file and version (parsed files are never changed). */
const serviceNamesByFile = new WeakMap();
function serviceNamesOf(master, builtin) {
    const cached = serviceNamesByFile.get(master);
    if (cached?.builtin === builtin)
        return cached.names;
    const names = new Set();
    for (const s of master.services)
        for (const n of serviceParameterNames(s.name, s.command, builtin))
            names.add(n);
    serviceNamesByFile.set(master, { builtin, names });
    return names;
}
/**
 * Names that the values of a parsed file refer to ($name, ${name}, $(name)). Parsed files are never
 * changed, and a fix's re-analysis reuses the files it does not edit: computed once per file.
 */
const referencedByFile = new WeakMap();
function referencedNames(file, values) {
    let names = referencedByFile.get(file);
    if (!names) {
        const found = new Set();
        for (const t of values())
            if (t.includes('$'))
                for (const m of t.matchAll(/\$(?:\{|\()?([A-Za-z0-9_]+)/g))
                    found.add(m[1]);
        referencedByFile.set(file, (names = found));
    }
    return names;
}
const unknownParameter = {
    id: 'unknown-parameter',
    title: 'Unknown parameter name (typo?)',
    defaultSeverity: 'warning',
    rationale: 'Postfix silently ignores a main.cf name or -o name it does not know (postconf -n lists it, only "postconf" warns about unused names): a typo in a TLS parameter means the setting never applies.',
    references: ['reference postfix-semantics §1.5'],
    check(ctx) {
        const builtin = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDefaults */ .sk)(ctx.model.postfixVersion.version);
        const base = knownNamesOf(builtin);
        const main = ctx.model.loaded.main;
        const master = ctx.model.loaded.master;
        const names = base.names;
        // Nearly every name is a built-in one: what the files' services define and their values refer to
        // is gathered only when a name is not.
        const definedByFiles = (name) => (master !== undefined && serviceNamesOf(master, builtin).has(name)) ||
            (main !== undefined && referencedNames(main, () => main.entries.map((e) => e.value)).has(name)) ||
            (master !== undefined && referencedNames(master, () => master.services.flatMap((s) => s.options.map((o) => o.value))).has(name));
        // The nearest names of an unknown name, once per version (the same typo recurs in every re-analysis).
        // A search costs a few milliseconds, so only the first MAX_GUESSED_NAMES distinct unknown names of a
        // set get one (a hostile main.cf of 8 MiB of distinct typos would otherwise take many minutes); the
        // count is per set, cached or not, so that what a set shows never depends on the sets before it.
        const guessed = new Set();
        const noGuess = { closest: undefined, unique: undefined };
        const guessesOf = (name) => {
            if (!guessed.has(name)) {
                if (guessed.size >= MAX_GUESSED_NAMES)
                    return noGuess;
                guessed.add(name);
            }
            let g = base.guesses.get(name);
            if (!g) {
                g = { closest: closestName(name, names), unique: (0,_fix_value_repair_js__WEBPACK_IMPORTED_MODULE_3__/* .uniqueClosest */ .z5)(name, names, Math.max(2, Math.floor(name.length / 6))) };
                if (base.guesses.size < 10_000)
                    base.guesses.set(name, g);
            }
            return g;
        };
        const judge = (name) => {
            if (base.known.has(name) || !LOOKS_LIKE_PARAMETER.test(name) || definedByFiles(name))
                return undefined;
            const guess = guessesOf(name).closest;
            return guess ? ` Did you mean "${guess}"?` : '';
        };
        // A rename only when exactly one known name is that close (never a guess between two), and the
        // name is not already set in the same place (the rename would override it).
        // Digits carry meaning (smtp_skip_4xx_greeting is an old parameter, not a typo of the 5xx one).
        const renameTo = (name) => {
            const to = guessesOf(name).unique;
            return to !== undefined && to.replace(/\D/g, '') === name.replace(/\D/g, '') ? to : undefined;
        };
        for (const entry of main?.values.values() ?? []) {
            const hint = judge(entry.name);
            if (hint === undefined)
                continue;
            const to = renameTo(entry.name);
            const fix = to && !main.values.has(to) && !entry.templated
                ? { description: `Rename ${entry.name} to ${to}`, edits: main.entries.filter((x) => x.name === entry.name).map((x) => (0,_fix_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editOfSpan */ .OI)(main.source, x.nameSpan, to)) }
                : undefined;
            ctx.report({ message: `"${entry.name}" is not a Postfix ${ctx.model.postfixVersion.version} parameter: Postfix ignores it silently.${hint}`, file: main.source.path, span: entry.nameSpan, parameter: entry.name, ...(fix ? { fix } : {}) });
        }
        if (!master || ctx.model.loaded.masterIsStock)
            return;
        for (const s of master.services) {
            // Each name's options on the service, once: a service with thousands of -o options must not
            // search them all once per option.
            const byName = new Map();
            for (const o of s.options) {
                const list = byName.get(o.name);
                if (list)
                    list.push(o);
                else
                    byName.set(o.name, [o]);
            }
            for (const o of s.options) {
                const hint = judge(o.name);
                if (hint === undefined)
                    continue;
                const e = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointAt */ .hU)(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: o.span });
                const to = renameTo(o.name);
                const same = byName.get(o.name);
                // The rename edits every option of that name, so only the last one (the one the daemon applies)
                // carries it, as in main.cf: one fix per name, not one copy of it per duplicate.
                const fix = to && same.at(-1) === o && !byName.has(to) && !o.templated
                    ? { description: `Rename -o ${o.name} to ${to} on ${s.name}`, edits: same.map((x) => (0,_fix_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .editOfSpan */ .OI)(master.source, x.nameSpan, to)) }
                    : undefined;
                ctx.report({ message: `-o ${o.name} on ${s.name}: not a Postfix ${ctx.model.postfixVersion.version} parameter, ignored silently.${hint}`, file: master.source.path, span: o.nameSpan, ...(e ? { endpoint: e } : {}), parameter: o.name, key: `${s.name}/${s.type}`, ...(fix ? { fix } : {}) });
            }
        }
    },
};


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ loadConfigSet)
/* harmony export */ });
/* harmony import */ var _discover_stock_master_cf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6860);
/* harmony import */ var _main_cf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9188);
/* harmony import */ var _master_cf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2081);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5858);





/** Discovery already read (and size-checked) each file; it is decoded here, never read again. */
function sourceOf(file) {
    const source = (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .makeSource */ .mt)(file.path, file.bytes);
    // Discovery searched the same decoded text: its placeholders need not be searched again.
    if (file.placeholders)
        (0,_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .seedPlaceholders */ .QO)(source, file.placeholders);
    return source;
}
let stockMaster;
/** The stock master.cf is the same text for every set that lacks one: parsed once, shared (read-only). */
function stockMasterCf() {
    return (stockMaster ??= (0,_master_cf_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMasterCf */ .PA)((0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .makeSource */ .mt)(`(stock master.cf: ${_discover_stock_master_cf_js__WEBPACK_IMPORTED_MODULE_0__/* .STOCK_MASTER_CF_ORIGIN */ .Pc})`, _discover_stock_master_cf_js__WEBPACK_IMPORTED_MODULE_0__/* .STOCK_MASTER_CF */ .OK)));
}
function loadConfigSet(set) {
    const diagnostics = [];
    const mainSource = set.main ? sourceOf(set.main) : undefined;
    const masterSource = set.master ? sourceOf(set.master) : undefined;
    const mainOverrideSource = set.mainOverride ? sourceOf(set.mainOverride) : undefined;
    const masterOverrideSource = set.masterOverride ? sourceOf(set.masterOverride) : undefined;
    const main = mainSource ? (0,_main_cf_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMainCf */ .g)(mainSource) : undefined;
    const masterIsStock = !set.master;
    const master = masterSource
        ? (0,_master_cf_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMasterCf */ .PA)(masterSource)
        : masterIsStock && set.main
            ? stockMasterCf()
            : undefined;
    const mainOverride = mainOverrideSource ? (0,_main_cf_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMainCf */ .g)(mainOverrideSource) : undefined;
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


/***/ }),

/***/ 3214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ DISABLED_DEFAULT_PROVIDER),
/* harmony export */   Mh: () => (/* binding */ OPENSSL_DEFAULT_CIPHER_LIST),
/* harmony export */   OI: () => (/* binding */ DISABLED_WITH_LEGACY_PROVIDER),
/* harmony export */   PX: () => (/* binding */ CIPHER_ALIASES),
/* harmony export */   uo: () => (/* binding */ OPENSSL_DEFAULT_TLS13_CIPHERSUITES)
/* harmony export */ });
/* harmony import */ var _masks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3295);
/**
 * OpenSSL 3.0 cipher-string aliases (ssl/ssl_ciph.c cipher_aliases[]) as algorithm masks, and
 * which algorithms a Debian OpenSSL 3.0 build disables at run time (ssl_load_ciphers: an
 * algorithm whose EVP cipher/digest the loaded providers do not supply is "disabled"; an alias
 * all of whose bits in some category are disabled is not even looked up, so the word is unknown).
 *
 * Every alias's membership is checked against `openssl ciphers -v ALIAS` by
 * test/tls/cipher-table.test.ts, and the set of words OpenSSL recognizes was found empirically
 * (every printable word in libssl.so.3 tried as `WORD+:ALL`: a known word makes the trailing `+`
 * an "invalid command", an unknown one is skipped). The DTLS aliases (`DTLSv1`, `DTLSv1.0`,
 * `DTLSv1.2`) are not recognized by a TLS method and are left out.
 */

function alias(name, m) {
    return { name, mkey: m.mkey ?? 0, auth: m.auth ?? 0, enc: m.enc ?? 0, mac: m.mac ?? 0, strength: m.strength ?? 0, ...(m.minTls ? { minTls: m.minTls } : {}) };
}
const AES = (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('AES128', 'AES256', 'AES128GCM', 'AES256GCM', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8');
const PSK = (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kPSK', 'kRSAPSK', 'kECDHEPSK', 'kDHEPSK');
const CBC = (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('DES', '3DES', 'RC2', 'IDEA', 'AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256', 'SEED');
/** In OpenSSL's table order (the order matters only for lookups, which are by exact name). */
const CIPHER_ALIASES = [
    // "ALL" does not include eNULL suites; COMPLEMENTOFALL is exactly them.
    alias('ALL', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)((0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('eNULL')) }),
    alias('COMPLEMENTOFALL', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('eNULL') }),
    // COMPLEMENTOFDEFAULT selects the suites flagged SSL_NOT_DEFAULT (anonymous, DSS, Camellia, PSK,
    // SRP, ... in 3.0: see "NOT_DEFAULT" in table.ts); DEFAULT is ALL:!COMPLEMENTOFDEFAULT:!eNULL.
    alias('COMPLEMENTOFDEFAULT', { strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('NOT_DEFAULT') }),
    alias('kRSA', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kRSA') }),
    alias('kEDH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE') }),
    alias('kDHE', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE') }),
    alias('DH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE') }),
    alias('kEECDH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHE') }),
    alias('kECDHE', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHE') }),
    alias('ECDH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHE') }),
    alias('kPSK', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kPSK') }),
    alias('kRSAPSK', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kRSAPSK') }),
    alias('kECDHEPSK', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHEPSK') }),
    alias('kDHEPSK', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHEPSK') }),
    alias('kSRP', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kSRP') }),
    alias('kGOST', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kGOST') }),
    alias('kGOST18', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kGOST18') }),
    alias('aRSA', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aRSA') }),
    alias('aDSS', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aDSS') }),
    alias('DSS', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aDSS') }),
    alias('aNULL', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL') }),
    alias('aECDSA', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aECDSA') }),
    alias('ECDSA', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aECDSA') }),
    alias('aPSK', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aPSK') }),
    alias('aGOST01', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aGOST01') }),
    alias('aGOST12', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aGOST12') }),
    alias('aGOST', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aGOST01', 'aGOST12') }),
    alias('aSRP', { auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aSRP') }),
    alias('EDH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)((0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL')) }),
    alias('DHE', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)((0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL')) }),
    alias('EECDH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)((0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL')) }),
    alias('ECDHE', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)((0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL')) }),
    alias('NULL', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('eNULL') }),
    alias('RSA', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kRSA'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aRSA') }),
    alias('ADH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL') }),
    alias('AECDH', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kECDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aNULL') }),
    alias('PSK', { mkey: PSK }),
    alias('SRP', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kSRP') }),
    alias('3DES', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('3DES') }),
    alias('RC4', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('RC4') }),
    alias('RC2', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('RC2') }),
    alias('IDEA', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('IDEA') }),
    alias('SEED', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('SEED') }),
    alias('eNULL', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('eNULL') }),
    alias('GOST', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('GOST89', 'GOST8912', 'MAGMA', 'KUZNYECHIK') }),
    alias('AES128', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('AES128', 'AES128GCM', 'AES128CCM', 'AES128CCM8') }),
    alias('AES256', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('AES256', 'AES256GCM', 'AES256CCM', 'AES256CCM8') }),
    alias('AES', { enc: AES }),
    alias('AESGCM', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('AES128GCM', 'AES256GCM') }),
    alias('AESCCM', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8') }),
    alias('AESCCM8', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('AES128CCM8', 'AES256CCM8') }),
    alias('CAMELLIA128', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('CAMELLIA128') }),
    alias('CAMELLIA256', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('CAMELLIA256') }),
    alias('CAMELLIA', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('CAMELLIA128', 'CAMELLIA256') }),
    alias('CHACHA20', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('CHACHA20POLY1305') }),
    alias('GOST2012-GOST8912-GOST8912', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('GOST8912') }),
    alias('ARIA', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('ARIA128GCM', 'ARIA256GCM') }),
    alias('ARIAGCM', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('ARIA128GCM', 'ARIA256GCM') }),
    alias('ARIA128', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('ARIA128GCM') }),
    alias('ARIA256', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('ARIA256GCM') }),
    alias('CBC', { enc: CBC }),
    alias('MD5', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('MD5') }),
    alias('SHA1', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('SHA1') }),
    alias('SHA', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('SHA1') }),
    alias('GOST94', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('GOST94') }),
    alias('GOST89MAC', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('GOST89MAC', 'GOST89MAC12') }),
    alias('SHA256', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('SHA256') }),
    alias('SHA384', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('SHA384') }),
    alias('GOST12', { mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('GOST12_256') }),
    alias('SSLv3', { minTls: 'SSLv3' }),
    alias('TLSv1', { minTls: 'TLSv1' }),
    alias('TLSv1.0', { minTls: 'TLSv1' }),
    alias('TLSv1.2', { minTls: 'TLSv1.2' }),
    alias('LOW', { strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('LOW') }),
    alias('MEDIUM', { strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('MEDIUM') }),
    alias('HIGH', { strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('HIGH') }),
    // FIPS 140-2 approved suites, never eNULL ones.
    alias('FIPS', { enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)((0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('eNULL')), strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('FIPS') }),
    // Legacy "EDH-" spellings of the 3DES suites (which this build does not have).
    alias('EDH-DSS-DES-CBC3-SHA', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aDSS'), enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('3DES'), mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('SHA1'), strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('MEDIUM', 'FIPS') }),
    alias('EDH-RSA-DES-CBC3-SHA', { mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kDHE'), auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aRSA'), enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('3DES'), mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('SHA1'), strength: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .strengthMask */ .AL)('MEDIUM', 'FIPS') }),
];
/**
 * Debian's OpenSSL 3.0 with only the default provider (what Postfix and `openssl ciphers`
 * get unless a config loads more): the legacy-provider ciphers (DES, RC4, RC2, IDEA, SEED) and
 * every GOST algorithm (no GOST engine/provider) are unavailable.
 */
const DISABLED_DEFAULT_PROVIDER = {
    mkey: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .mkeyMask */ .TQ)('kGOST', 'kGOST18'),
    auth: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .authMask */ .B5)('aGOST01', 'aGOST12'),
    enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('DES', 'RC4', 'RC2', 'IDEA', 'SEED', 'GOST89', 'GOST8912', 'MAGMA', 'KUZNYECHIK'),
    mac: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .macMask */ .im)('GOST94', 'GOST89MAC', 'GOST12_256', 'GOST89MAC12', 'GOST12_512', 'MAGMAOMAC', 'KUZNYECHIKOMAC'),
};
/** The same with the legacy provider loaded too (RC4, RC2 and SEED come back; IDEA is not built). */
const DISABLED_WITH_LEGACY_PROVIDER = {
    ...DISABLED_DEFAULT_PROVIDER,
    enc: (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .encMask */ .DW)('DES', 'IDEA', 'GOST89', 'GOST8912', 'MAGMA', 'KUZNYECHIK'),
};
/** OSSL_default_cipher_list() in OpenSSL 3.0-3.5: what a string starting with "DEFAULT" expands to first. */
const OPENSSL_DEFAULT_CIPHER_LIST = 'ALL:!COMPLEMENTOFDEFAULT:!eNULL';
/** OSSL_default_ciphersuites() in OpenSSL 3.0-3.5: the TLS 1.3 suites, in preference order. */
const OPENSSL_DEFAULT_TLS13_CIPHERSUITES = [
    'TLS_AES_256_GCM_SHA384',
    'TLS_CHACHA20_POLY1305_SHA256',
    'TLS_AES_128_GCM_SHA256',
];


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ classifySuite),
/* harmony export */   VR: () => (/* binding */ countByClass)
/* harmony export */ });
/* unused harmony exports SUITE_CLASS_NAMES, allowedAtSecurityLevel, DEBIAN_DEFAULT_SECURITY_LEVEL, UPSTREAM_DEFAULT_SECURITY_LEVEL, supportedSuites, negotiableSuites */
const SUITE_CLASS_NAMES = [
    'forwardSecrecy',
    'aead',
    'sha1Mac',
    'md5Mac',
    'cbc',
    'tripleDes',
    'rc4',
    'nullEncryption',
    'anonymous',
    'export',
    'staticRsa',
    'dhe',
    'ecdhe',
    'needsPsk',
    'needsSrp',
];
/** Security-level minimum strength bits (SSL_get_security_level_bits): levels 0-5. */
const LEVEL_BITS = [0, 80, 112, 128, 192, 256];
const CBC_CIPHERS = new Set(['AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256', 'SEED', '3DES', 'DES', 'IDEA', 'RC2']);
/** Whether OpenSSL 3.0 allows the suite at a security level (0-5). */
function allowedAtSecurityLevel(suite, level) {
    if (level <= 0)
        return true;
    const minBits = LEVEL_BITS[Math.min(level, 5)];
    if (!('mkey' in suite))
        return suite.bits >= minBits; // TLS 1.3 suites: only the strength test applies
    if (suite.strengthBits < minBits)
        return false;
    if (suite.auth === 'aNULL')
        return false;
    if (suite.digest === 'MD5')
        return false;
    if (minBits > 160 && suite.digest === 'SHA1')
        return false;
    // Level 3 and up: forward-secret key exchange only.
    if (level >= 3 && !['kDHE', 'kECDHE', 'kDHEPSK', 'kECDHEPSK'].includes(suite.mkey))
        return false;
    return true;
}
function classifySuite(s) {
    let maxSecurityLevel = 0;
    for (let level = 1; level <= 5 && allowedAtSecurityLevel(s, level); level++)
        maxSecurityLevel = level;
    const dhe = s.mkey === 'kDHE' || s.mkey === 'kDHEPSK';
    const ecdhe = s.mkey === 'kECDHE' || s.mkey === 'kECDHEPSK';
    return {
        forwardSecrecy: dhe || ecdhe,
        aead: s.digest === 'AEAD',
        sha1Mac: s.digest === 'SHA1',
        md5Mac: s.digest === 'MD5',
        cbc: CBC_CIPHERS.has(s.cipher),
        tripleDes: s.cipher === '3DES',
        rc4: s.cipher === 'RC4',
        nullEncryption: s.cipher === 'eNULL',
        anonymous: s.auth === 'aNULL',
        export: false,
        staticRsa: s.mkey === 'kRSA',
        dhe,
        ecdhe,
        needsPsk: s.auth === 'aPSK' || ['kPSK', 'kRSAPSK', 'kDHEPSK', 'kECDHEPSK'].includes(s.mkey),
        needsSrp: s.mkey === 'kSRP',
        keyExchangeGroup: ecdhe ? 'ec' : dhe ? 'ffdh' : 'none',
        certificate: s.auth === 'aRSA' ? 'RSA' : s.auth === 'aECDSA' ? 'ECDSA' : s.auth === 'aDSS' ? 'DSA' : 'none',
        maxSecurityLevel,
    };
}
/** How many of the suites are in each class. */
function countByClass(suites) {
    const counts = { total: suites.length };
    for (const name of SUITE_CLASS_NAMES)
        counts[name] = 0;
    for (const s of suites) {
        const c = classifySuite(s);
        for (const name of SUITE_CLASS_NAMES)
            if (c[name])
                counts[name]++;
    }
    return counts;
}
/** Debian builds OpenSSL with -DOPENSSL_TLS_SECURITY_LEVEL=2 (`openssl version -a`); upstream's default is 1. */
const DEBIAN_DEFAULT_SECURITY_LEVEL = 2;
const UPSTREAM_DEFAULT_SECURITY_LEVEL = 1;
/**
 * The suites a TLS endpoint could actually negotiate, as `openssl ciphers -s` lists them
 * (SSL_get1_supported_ciphers): PSK/SRP suites need callbacks, and the security level applies.
 */
function supportedSuites(suites, options) {
    return suites.filter((s) => {
        if ('mkey' in s) {
            const c = classifySuite(s);
            if (c.needsPsk && !options.psk)
                return false;
            if (c.needsSrp && !options.srp)
                return false;
        }
        return allowedAtSecurityLevel(s, options.secLevel);
    });
}
/**
 * The suites a server could negotiate: supported at the security level (no PSK/SRP, which
 * Postfix never configures) and authenticated by a certificate the server has. Anonymous suites
 * need no certificate but no security level above 0 allows them.
 */
function negotiableSuites(suites, options) {
    return supportedSuites(suites, options).filter((s) => {
        const cert = classifySuite(s).certificate;
        return cert === 'none' || options.certificates.includes(cert);
    });
}


/***/ }),

/***/ 3689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ cipherNames),
  i: () => (/* binding */ evaluateCipherString)
});

// EXTERNAL MODULE: ./src/tls/ciphers/aliases.ts
var ciphers_aliases = __webpack_require__(3214);
// EXTERNAL MODULE: ./src/tls/ciphers/masks.ts
var masks = __webpack_require__(3295);
;// CONCATENATED MODULE: ./src/tls/ciphers/match.ts

function patternMatches(p, id, s) {
    if (p.id !== 0 && p.id !== id)
        return false;
    if (p.mkey && !(p.mkey & s.mkey))
        return false;
    if (p.auth && !(p.auth & s.auth))
        return false;
    if (p.enc && !(p.enc & s.enc))
        return false;
    if (p.mac && !(p.mac & s.mac))
        return false;
    if (p.minTls && p.minTls !== s.minTls)
        return false;
    if (p.strength & masks/* STRONG_MASK */.Jv && !(p.strength & masks/* STRONG_MASK */.Jv & s.strength))
        return false;
    if (p.strength & masks/* DEFAULT_MASK */.$ && !(p.strength & masks/* DEFAULT_MASK */.$ & s.strength))
        return false;
    return true;
}
function aliasPattern(a) {
    return { id: 0, mkey: a.mkey, auth: a.auth, enc: a.enc, mac: a.mac, minTls: a.minTls ? PROTOCOL_ORDER[a.minTls] : 0, strength: a.strength };
}
/** Whether the alias used on its own selects a suite with these masks. */
function aliasMatches(a, s) {
    return patternMatches(aliasPattern(a), -1, s);
}

;// CONCATENATED MODULE: ./src/tls/ciphers/suite.ts

function suiteMasks(s) {
    return {
        mkey: masks/* MKEY */.d7[s.mkey],
        auth: masks/* AUTH */.J$[s.auth],
        enc: masks/* ENC */.D2[s.cipher],
        mac: masks/* MAC */.ew[s.digest],
        strength: s.strength.reduce((m, f) => m | masks/* STRENGTH */.Ul[f], 0),
        minTls: masks/* PROTOCOL_ORDER */.OV[s.protocol],
    };
}

// EXTERNAL MODULE: ./src/tls/ciphers/table.ts
var table = __webpack_require__(9662);
;// CONCATENATED MODULE: ./src/tls/ciphers/evaluate.ts
/**
 * OpenSSL 3.0 cipher-string evaluation (ssl/ssl_ciph.c ssl_create_cipher_list and
 * ssl_cipher_process_rulestr), reproduced step by step so that the ordered list equals what
 * `openssl ciphers -v STRING` prints after its TLS 1.3 lines, failures included.
 *
 * Surprising OpenSSL behaviour modelled here (each one checked by test/tls/cipher-evaluate*.test.ts):
 * - Items are separated by ':', ',', ' ' or ';' but need no separator after a recognized word
 *   ("HIGH!aNULL" is two items). A word is [A-Za-z0-9.=-]+; "_" is not a word character in 3.0,
 *   so IANA names never match and any other character (tab, "_", "#", "/") is an
 *   "invalid command" that fails the whole string.
 * - Unknown words are skipped up to the next separator, silently. Names are case-sensitive.
 * - "A+B" ANDs the masks of A and B per category; if a category's AND is empty, or the first word
 *   is unknown, the item matches nothing. A '+' after a recognized word that is not followed by
 *   another word is an "invalid command".
 * - "DEFAULT" is special only as a prefix of the whole string (even "DEFAULTX": the rest is
 *   read after the 7 letters); elsewhere it is an unknown word. Likewise "SUITEB128ONLY",
 *   "SUITEB128C2", "SUITEB128" and "SUITEB192" as a prefix replace the whole string.
 * - "-" disables but keeps the position (the most recently disabled get the best position for a
 *   later add); "!" removes for good; "+" moves enabled matches to the end; adding never moves an
 *   already enabled suite.
 * - "@STRENGTH" stable-sorts the enabled suites by strength bits; "@SECLEVEL=n" (n = 0..5) sets
 *   the security level; any other "@" word fails the string (processing continues, the result
 *   is an error).
 */





const ALL_SUITES = table/* CIPHER_SUITES */.eD.map((suite) => ({ suite, masks: suiteMasks(suite) }));
function availableAliases(d) {
    const map = new Map();
    for (const a of ciphers_aliases/* CIPHER_ALIASES */.PX) {
        // ssl_cipher_collect_aliases: an alias whose bits in a category are all disabled is dropped.
        if (a.mkey && !(a.mkey & (0,masks/* not */.AU)(d.mkey)))
            continue;
        if (a.auth && !(a.auth & (0,masks/* not */.AU)(d.auth)))
            continue;
        if (a.enc && !(a.enc & (0,masks/* not */.AU)(d.enc)))
            continue;
        if (a.mac && !(a.mac & (0,masks/* not */.AU)(d.mac)))
            continue;
        map.set(a.name, a);
    }
    return map;
}
const ALIASES_DEFAULT = availableAliases(ciphers_aliases/* DISABLED_DEFAULT_PROVIDER */.JO);
const ALIASES_LEGACY = availableAliases(ciphers_aliases/* DISABLED_WITH_LEGACY_PROVIDER */.OI);
const pattern = (p) => ({ id: 0, mkey: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0, ...p });
/** The doubly linked list of ssl_create_cipher_list, as an array in list order. */
class CipherOrder {
    list;
    constructor(list) {
        this.list = list;
    }
    apply(rule, p) {
        const matches = (n) => 'strengthBits' in p ? n.suite.strengthBits === p.strengthBits : patternMatches(p, n.suite.id, n.masks);
        const moved = [];
        const stay = [];
        for (const n of this.list) {
            if (!matches(n)) {
                stay.push(n);
                continue;
            }
            switch (rule) {
                case 0 /* Rule.Add */:
                    if (n.active)
                        stay.push(n);
                    else {
                        n.active = true;
                        moved.push(n);
                    }
                    break;
                case 3 /* Rule.Ord */:
                case 5 /* Rule.Bump */:
                    (n.active ? moved : stay).push(n);
                    break;
                case 2 /* Rule.Del */:
                    if (n.active) {
                        n.active = false;
                        moved.push(n);
                    }
                    else
                        stay.push(n);
                    break;
                case 1 /* Rule.Kill */:
                    n.active = false;
                    break;
                default:
                    stay.push(n);
            }
        }
        // ADD/ORD append at the tail; DEL/BUMP walk backwards prepending, which keeps list order.
        this.list = rule === 2 /* Rule.Del */ || rule === 5 /* Rule.Bump */ ? [...moved, ...stay] : [...stay, ...moved];
    }
    /** ssl_cipher_strength_sort: enabled suites, by strength bits descending, to the end. */
    strengthSort() {
        const bits = [...new Set(this.list.filter((n) => n.active).map((n) => n.suite.strengthBits))].sort((a, b) => b - a);
        for (const b of bits)
            this.apply(3 /* Rule.Ord */, { strengthBits: b });
    }
}
/** The list OpenSSL starts from before reading a cipher string: every suite, disabled, in its default preference order. */
function initialOrder(legacy) {
    const disabled = legacy ? ciphers_aliases/* DISABLED_WITH_LEGACY_PROVIDER */.OI : ciphers_aliases/* DISABLED_DEFAULT_PROVIDER */.JO;
    const nodes = ALL_SUITES.filter(({ masks: m }) => !(m.mkey & disabled.mkey) && !(m.auth & disabled.auth) && !(m.enc & disabled.enc) && !(m.mac & disabled.mac))
        // ssl3_get_cipher hands out the id-sorted table from the end.
        .sort((a, b) => b.suite.id - a.suite.id)
        .map(({ suite, masks }) => ({ suite, masks, active: false }));
    const o = new CipherOrder(nodes);
    const kECDHE = (0,masks/* mkeyMask */.TQ)('kECDHE');
    o.apply(0 /* Rule.Add */, pattern({ mkey: kECDHE, auth: (0,masks/* authMask */.B5)('aECDSA') }));
    o.apply(0 /* Rule.Add */, pattern({ mkey: kECDHE }));
    o.apply(2 /* Rule.Del */, pattern({ mkey: kECDHE }));
    const AESGCM = (0,masks/* encMask */.DW)('AES128GCM', 'AES256GCM');
    const AES = (0,masks/* encMask */.DW)('AES128', 'AES256', 'AES128GCM', 'AES256GCM', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8');
    o.apply(0 /* Rule.Add */, pattern({ enc: AESGCM }));
    o.apply(0 /* Rule.Add */, pattern({ enc: (0,masks/* encMask */.DW)('CHACHA20POLY1305') }));
    o.apply(0 /* Rule.Add */, pattern({ enc: (AES ^ AESGCM) >>> 0 }));
    o.apply(0 /* Rule.Add */, pattern({}));
    o.apply(3 /* Rule.Ord */, pattern({ mac: (0,masks/* macMask */.im)('MD5') }));
    o.apply(3 /* Rule.Ord */, pattern({ auth: (0,masks/* authMask */.B5)('aNULL') }));
    o.apply(3 /* Rule.Ord */, pattern({ mkey: (0,masks/* mkeyMask */.TQ)('kRSA') }));
    o.apply(3 /* Rule.Ord */, pattern({ mkey: (0,masks/* mkeyMask */.TQ)('kPSK') }));
    o.apply(3 /* Rule.Ord */, pattern({ enc: (0,masks/* encMask */.DW)('RC4') }));
    o.strengthSort();
    const fs = (0,masks/* mkeyMask */.TQ)('kDHE', 'kECDHE');
    o.apply(5 /* Rule.Bump */, pattern({ minTls: masks/* PROTOCOL_ORDER */.OV['TLSv1.2'] }));
    o.apply(5 /* Rule.Bump */, pattern({ mac: (0,masks/* macMask */.im)('AEAD') }));
    o.apply(5 /* Rule.Bump */, pattern({ mkey: fs }));
    o.apply(5 /* Rule.Bump */, pattern({ mkey: fs, mac: (0,masks/* macMask */.im)('AEAD') }));
    o.apply(2 /* Rule.Del */, pattern({}));
    return o;
}
/** Made on first use: the legacy provider's list is rarely needed, and every worker thread pays for what is made at import. */
const initialOrders = {};
const isSep = (c) => c === ':' || c === ' ' || c === ';' || c === ',';
const isWordChar = (c) => c !== undefined && /^[A-Za-z0-9.=-]$/.test(c);
/** ssl_cipher_process_rulestr: false when OpenSSL reports "invalid command". */
function processRuleString(str, st) {
    let retval = true;
    let i = 0;
    const n = str.length;
    for (;;) {
        if (i >= n)
            break;
        const ch = str[i];
        let rule;
        if (ch === '-') {
            rule = 2 /* Rule.Del */;
            i++;
        }
        else if (ch === '+') {
            rule = 3 /* Rule.Ord */;
            i++;
        }
        else if (ch === '!') {
            rule = 1 /* Rule.Kill */;
            i++;
        }
        else if (ch === '@') {
            rule = 4 /* Rule.Special */;
            i++;
        }
        else
            rule = 0 /* Rule.Add */;
        if (isSep(ch)) {
            i++;
            continue;
        }
        const p = pattern({});
        let found = false;
        let word = '';
        for (;;) {
            const start = i;
            while (i < n && isWordChar(str[i]))
                i++;
            if (i === start)
                return false; // SSL_R_INVALID_COMMAND, processing stops
            word = str.slice(start, i);
            if (rule === 4 /* Rule.Special */)
                break;
            let multi = false;
            if (str[i] === '+') {
                multi = true;
                i++;
            }
            const e = st.lookup(word);
            if (!e) {
                found = false;
                break;
            }
            found = true;
            const m = e.kind === 'suite'
                ? { mkey: e.masks.mkey, auth: e.masks.auth, enc: e.masks.enc, mac: e.masks.mac, strength: e.masks.strength }
                : e.alias;
            if (!combine(p, 'mkey', m.mkey) || !combine(p, 'auth', m.auth) || !combine(p, 'enc', m.enc) || !combine(p, 'mac', m.mac)) {
                found = false;
                break;
            }
            if (m.strength & masks/* STRONG_MASK */.Jv) {
                if (p.strength & masks/* STRONG_MASK */.Jv) {
                    p.strength &= (m.strength & masks/* STRONG_MASK */.Jv) | ~masks/* STRONG_MASK */.Jv;
                    if (!(p.strength & masks/* STRONG_MASK */.Jv)) {
                        found = false;
                        break;
                    }
                }
                else
                    p.strength = m.strength & masks/* STRONG_MASK */.Jv;
            }
            if (m.strength & masks/* DEFAULT_MASK */.$) {
                if (p.strength & masks/* DEFAULT_MASK */.$) {
                    p.strength &= (m.strength & masks/* DEFAULT_MASK */.$) | ~masks/* DEFAULT_MASK */.$;
                    if (!(p.strength & masks/* DEFAULT_MASK */.$)) {
                        found = false;
                        break;
                    }
                }
                else
                    p.strength |= m.strength & masks/* DEFAULT_MASK */.$;
            }
            if (e.kind === 'suite') {
                // An explicit suite: its protocol version does not become part of the pattern.
                p.id = e.suite.id;
            }
            else if (e.alias.minTls) {
                const v = masks/* PROTOCOL_ORDER */.OV[e.alias.minTls];
                if (p.minTls !== 0 && p.minTls !== v) {
                    found = false;
                    break;
                }
                p.minTls = v;
            }
            if (!multi)
                break;
        }
        if (rule === 4 /* Rule.Special */) {
            let ok = false;
            if (word.length === 8 && word.startsWith('STRENGTH')) {
                st.order.strengthSort();
                ok = true;
            }
            else if (word.length === 10 && word.startsWith('SECLEVEL=')) {
                const level = word.charCodeAt(9) - 48;
                if (level >= 0 && level <= 5) {
                    st.secLevel = level;
                    ok = true;
                }
            }
            if (!ok)
                retval = false;
            while (i < n && !isSep(str[i]))
                i++;
        }
        else if (found) {
            st.order.apply(rule, p);
        }
        else {
            while (i < n && !isSep(str[i]))
                i++;
        }
        if (i >= n)
            break;
    }
    return retval;
}
function combine(p, key, mask) {
    if (!mask)
        return true;
    if (p[key]) {
        p[key] = (p[key] & mask) >>> 0;
        return p[key] !== 0;
    }
    p[key] = mask >>> 0;
    return true;
}
/** check_suiteb_cipher_list: a Suite B prefix replaces the whole string. */
function suiteBRewrite(str) {
    if (str.startsWith('SUITEB128ONLY'))
        return 'ECDHE-ECDSA-AES128-GCM-SHA256';
    if (str.startsWith('SUITEB128C2'))
        return 'ECDHE-ECDSA-AES256-GCM-SHA384';
    if (str.startsWith('SUITEB128'))
        return 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384';
    if (str.startsWith('SUITEB192'))
        return 'ECDHE-ECDSA-AES256-GCM-SHA384';
    return str;
}
const TLS13_BY_NAME = new Map(table/* TLS13_SUITES */.IA.map((s) => [s.name, s]));
/**
 * Evaluate an OpenSSL cipher string as SSL_CTX_set_cipher_list() does on OpenSSL 3.0.
 * Never throws; OpenSSL's failures come back as { ok: false }.
 */
function evaluateCipherString(cipherString, options = {}) {
    const legacy = options.legacyProvider ?? false;
    const initial = legacy ? (initialOrders.legacy ??= initialOrder(true)) : (initialOrders.default ??= initialOrder(false));
    const order = new CipherOrder(initial.list.map((n) => ({ ...n })));
    const byName = new Map(order.list.map((n) => [n.suite.name, n]));
    const aliases = legacy ? ALIASES_LEGACY : ALIASES_DEFAULT;
    const st = {
        order,
        lookup: (word) => {
            const node = byName.get(word);
            if (node)
                return { kind: 'suite', suite: node.suite, masks: node.masks };
            const alias = aliases.get(word);
            return alias ? { kind: 'alias', alias } : undefined;
        },
    };
    let rest = suiteBRewrite(cipherString);
    let ok = true;
    if (rest.startsWith('DEFAULT')) {
        ok = processRuleString(ciphers_aliases/* OPENSSL_DEFAULT_CIPHER_LIST */.Mh, st);
        rest = rest.slice(7);
        if (rest.startsWith(':'))
            rest = rest.slice(1);
    }
    if (ok && rest !== '')
        ok = processRuleString(rest, st);
    const secLevel = st.secLevel === undefined ? {} : { secLevel: st.secLevel };
    if (!ok)
        return { ok: false, error: 'invalid command', message: 'ssl_cipher_process_rulestr:invalid command', ...secLevel };
    const suites = st.order.list.filter((n) => n.active).map((n) => n.suite);
    if (suites.length === 0)
        return { ok: false, error: 'no cipher match', message: 'SSL_CTX_set_cipher_list:no cipher match', ...secLevel };
    const tls13 = (options.tls13Ciphersuites ?? ciphers_aliases/* OPENSSL_DEFAULT_TLS13_CIPHERSUITES */.uo)
        .map((name) => TLS13_BY_NAME.get(name))
        .filter((s) => s !== undefined);
    return { ok: true, suites, tls13, ...secLevel };
}
/** The names of the ciphers evaluateCipherString selects, or the error. */
function cipherNames(cipherString, options = {}) {
    const r = evaluateCipherString(cipherString, options);
    return r.ok ? r.suites.map((s) => s.name) : r.error;
}


/***/ }),

/***/ 4810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.IA),
/* harmony export */   eD: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.eD)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);
/* harmony import */ var _aliases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3214);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3689);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7278);
/** The OpenSSL 3.0 cipher engine: table, cipher-string evaluation, classification. */






/***/ }),

/***/ 3295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DEFAULT_MASK),
/* harmony export */   AL: () => (/* binding */ strengthMask),
/* harmony export */   AU: () => (/* binding */ not),
/* harmony export */   B5: () => (/* binding */ authMask),
/* harmony export */   D2: () => (/* binding */ ENC),
/* harmony export */   DW: () => (/* binding */ encMask),
/* harmony export */   J$: () => (/* binding */ AUTH),
/* harmony export */   Jv: () => (/* binding */ STRONG_MASK),
/* harmony export */   OV: () => (/* binding */ PROTOCOL_ORDER),
/* harmony export */   TQ: () => (/* binding */ mkeyMask),
/* harmony export */   Ul: () => (/* binding */ STRENGTH),
/* harmony export */   d7: () => (/* binding */ MKEY),
/* harmony export */   ew: () => (/* binding */ MAC),
/* harmony export */   im: () => (/* binding */ macMask)
/* harmony export */ });
/**
 * OpenSSL's internal algorithm bit masks for TLS <= 1.2 cipher suites and cipher-string
 * aliases (OpenSSL 3.0 ssl/ssl_local.h SSL_k*, SSL_a*, SSL_enc*, SSL_mac*, strength bits).
 * The numbering is ours; only the set semantics matter: every suite has exactly one bit in
 * each of mkey/auth/enc/mac, an alias may have several (or a complement), and the cipher-string
 * evaluator ANDs them (evaluate.ts).
 */
const MKEY = {
    kRSA: 0x1,
    kDHE: 0x2,
    kECDHE: 0x4,
    kPSK: 0x8,
    kGOST: 0x10,
    kSRP: 0x20,
    kRSAPSK: 0x40,
    kECDHEPSK: 0x80,
    kDHEPSK: 0x100,
    kGOST18: 0x200,
};
const AUTH = {
    aRSA: 0x1,
    aDSS: 0x2,
    aNULL: 0x4,
    aECDSA: 0x8,
    aPSK: 0x10,
    aGOST01: 0x20,
    aSRP: 0x40,
    aGOST12: 0x80,
};
const ENC = {
    DES: 0x1,
    '3DES': 0x2,
    RC4: 0x4,
    RC2: 0x8,
    IDEA: 0x10,
    eNULL: 0x20,
    AES128: 0x40,
    AES256: 0x80,
    CAMELLIA128: 0x100,
    CAMELLIA256: 0x200,
    GOST89: 0x400,
    SEED: 0x800,
    AES128GCM: 0x1000,
    AES256GCM: 0x2000,
    AES128CCM: 0x4000,
    AES256CCM: 0x8000,
    AES128CCM8: 0x10000,
    AES256CCM8: 0x20000,
    GOST8912: 0x40000,
    CHACHA20POLY1305: 0x80000,
    ARIA128GCM: 0x100000,
    ARIA256GCM: 0x200000,
    MAGMA: 0x400000,
    KUZNYECHIK: 0x800000,
};
const MAC = {
    MD5: 0x1,
    SHA1: 0x2,
    GOST94: 0x4,
    GOST89MAC: 0x8,
    SHA256: 0x10,
    SHA384: 0x20,
    AEAD: 0x40,
    GOST12_256: 0x80,
    GOST89MAC12: 0x100,
    GOST12_512: 0x200,
    MAGMAOMAC: 0x400,
    KUZNYECHIKOMAC: 0x800,
};
const STRENGTH = {
    STRONG_NONE: 0x1,
    LOW: 0x2,
    MEDIUM: 0x4,
    HIGH: 0x8,
    FIPS: 0x10,
    NOT_DEFAULT: 0x20,
};
const STRONG_MASK = 0x1f;
const DEFAULT_MASK = 0x20;
const PROTOCOL_ORDER = { SSLv3: 0x300, TLSv1: 0x301, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304 };
/** ~x as an unsigned 32-bit mask. */
const not = (x) => ~x >>> 0;
const or = (table, ...names) => names.reduce((m, n) => m | table[n], 0) >>> 0;
const mkeyMask = (...n) => or(MKEY, ...n);
const authMask = (...n) => or(AUTH, ...n);
const encMask = (...n) => or(ENC, ...n);
const macMask = (...n) => or(MAC, ...n);
const strengthMask = (...n) => or(STRENGTH, ...n);


/***/ }),

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ TLS13_SUITES),
/* harmony export */   eD: () => (/* binding */ CIPHER_SUITES)
/* harmony export */ });
/* unused harmony export TABLE_OPENSSL_VERSION */
const TABLE_OPENSSL_VERSION = "OpenSSL 3.0.19 27 Jan 2026 (Library: OpenSSL 3.0.19 27 Jan 2026)";
/** Every TLS 1.0-1.2 suite this OpenSSL knows, by id. */
const CIPHER_SUITES = [
    { name: "NULL-MD5", iana: "TLS_RSA_WITH_NULL_MD5", id: 0x0001, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "None", bits: 0, mac: "MD5", strengthBits: 0, mkey: "kRSA", auth: "aRSA", cipher: "eNULL", digest: "MD5", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kRSA", "aRSA", "NULL", "RSA", "eNULL", "MD5", "SSLv3"] },
    { name: "NULL-SHA", iana: "TLS_RSA_WITH_NULL_SHA", id: 0x0002, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kRSA", auth: "aRSA", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kRSA", "aRSA", "NULL", "RSA", "eNULL", "SHA1", "SHA", "SSLv3"] },
    { name: "PSK-NULL-SHA", iana: "TLS_PSK_WITH_NULL_SHA", id: 0x002c, protocol: "SSLv3", kx: "PSK", au: "PSK", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA1", "SHA", "SSLv3"] },
    { name: "DHE-PSK-NULL-SHA", iana: "TLS_DHE_PSK_WITH_NULL_SHA", id: 0x002d, protocol: "SSLv3", kx: "DHEPSK", au: "PSK", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kDHEPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kDHEPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA1", "SHA", "SSLv3"] },
    { name: "RSA-PSK-NULL-SHA", iana: "TLS_RSA_PSK_WITH_NULL_SHA", id: 0x002e, protocol: "SSLv3", kx: "RSAPSK", au: "RSA", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kRSAPSK", auth: "aRSA", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kRSAPSK", "aRSA", "NULL", "PSK", "eNULL", "SHA1", "SHA", "SSLv3"] },
    { name: "AES128-SHA", iana: "TLS_RSA_WITH_AES_128_CBC_SHA", id: 0x002f, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSA", "aRSA", "RSA", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "DHE-DSS-AES128-SHA", iana: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", id: 0x0032, protocol: "SSLv3", kx: "DH", au: "DSS", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "DHE-RSA-AES128-SHA", iana: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", id: 0x0033, protocol: "SSLv3", kx: "DH", au: "RSA", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "ADH-AES128-SHA", iana: "TLS_DH_anon_WITH_AES_128_CBC_SHA", id: 0x0034, protocol: "SSLv3", kx: "DH", au: "None", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aNULL", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "AES256-SHA", iana: "TLS_RSA_WITH_AES_256_CBC_SHA", id: 0x0035, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSA", "aRSA", "RSA", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "DHE-DSS-AES256-SHA", iana: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", id: 0x0038, protocol: "SSLv3", kx: "DH", au: "DSS", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHE", auth: "aDSS", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "DHE-RSA-AES256-SHA", iana: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", id: 0x0039, protocol: "SSLv3", kx: "DH", au: "RSA", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "ADH-AES256-SHA", iana: "TLS_DH_anon_WITH_AES_256_CBC_SHA", id: 0x003a, protocol: "SSLv3", kx: "DH", au: "None", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHE", auth: "aNULL", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "NULL-SHA256", iana: "TLS_RSA_WITH_NULL_SHA256", id: 0x003b, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "None", bits: 0, mac: "SHA256", strengthBits: 0, mkey: "kRSA", auth: "aRSA", cipher: "eNULL", digest: "SHA256", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kRSA", "aRSA", "NULL", "RSA", "eNULL", "SHA256", "TLSv1.2"] },
    { name: "AES128-SHA256", iana: "TLS_RSA_WITH_AES_128_CBC_SHA256", id: 0x003c, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSA", "aRSA", "RSA", "AES128", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "AES256-SHA256", iana: "TLS_RSA_WITH_AES_256_CBC_SHA256", id: 0x003d, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AES", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "AES256", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSA", "aRSA", "RSA", "AES256", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-DSS-AES128-SHA256", iana: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", id: 0x0040, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "AES128", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "CAMELLIA128-SHA", iana: "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", id: 0x0041, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "Camellia", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "CAMELLIA128", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "CAMELLIA128", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "DHE-DSS-CAMELLIA128-SHA", iana: "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", id: 0x0044, protocol: "SSLv3", kx: "DH", au: "DSS", enc: "Camellia", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "CAMELLIA128", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "CAMELLIA128", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "DHE-RSA-CAMELLIA128-SHA", iana: "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", id: 0x0045, protocol: "SSLv3", kx: "DH", au: "RSA", enc: "Camellia", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "CAMELLIA128", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "CAMELLIA128", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "ADH-CAMELLIA128-SHA", iana: "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", id: 0x0046, protocol: "SSLv3", kx: "DH", au: "None", enc: "Camellia", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aNULL", cipher: "CAMELLIA128", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "CAMELLIA128", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "DHE-RSA-AES128-SHA256", iana: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", id: 0x0067, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES128", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-DSS-AES256-SHA256", iana: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", id: 0x006a, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "AES", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kDHE", auth: "aDSS", cipher: "AES256", digest: "SHA256", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "AES256", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-RSA-AES256-SHA256", iana: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", id: 0x006b, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AES", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "AES256", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES256", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ADH-AES128-SHA256", iana: "TLS_DH_anon_WITH_AES_128_CBC_SHA256", id: 0x006c, protocol: "TLSv1.2", kx: "DH", au: "None", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHE", auth: "aNULL", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "AES128", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ADH-AES256-SHA256", iana: "TLS_DH_anon_WITH_AES_256_CBC_SHA256", id: 0x006d, protocol: "TLSv1.2", kx: "DH", au: "None", enc: "AES", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kDHE", auth: "aNULL", cipher: "AES256", digest: "SHA256", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "AES256", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "CAMELLIA256-SHA", iana: "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", id: 0x0084, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "Camellia", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "CAMELLIA256", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "CAMELLIA256", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "DHE-DSS-CAMELLIA256-SHA", iana: "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", id: 0x0087, protocol: "SSLv3", kx: "DH", au: "DSS", enc: "Camellia", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHE", auth: "aDSS", cipher: "CAMELLIA256", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "CAMELLIA256", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "DHE-RSA-CAMELLIA256-SHA", iana: "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", id: 0x0088, protocol: "SSLv3", kx: "DH", au: "RSA", enc: "Camellia", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "CAMELLIA256", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "CAMELLIA256", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "ADH-CAMELLIA256-SHA", iana: "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", id: 0x0089, protocol: "SSLv3", kx: "DH", au: "None", enc: "Camellia", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHE", auth: "aNULL", cipher: "CAMELLIA256", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "CAMELLIA256", "CAMELLIA", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "PSK-AES128-CBC-SHA", iana: "TLS_PSK_WITH_AES_128_CBC_SHA", id: 0x008c, protocol: "SSLv3", kx: "PSK", au: "PSK", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "PSK-AES256-CBC-SHA", iana: "TLS_PSK_WITH_AES_256_CBC_SHA", id: 0x008d, protocol: "SSLv3", kx: "PSK", au: "PSK", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "DHE-PSK-AES128-CBC-SHA", iana: "TLS_DHE_PSK_WITH_AES_128_CBC_SHA", id: 0x0090, protocol: "SSLv3", kx: "DHEPSK", au: "PSK", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "DHE-PSK-AES256-CBC-SHA", iana: "TLS_DHE_PSK_WITH_AES_256_CBC_SHA", id: 0x0091, protocol: "SSLv3", kx: "DHEPSK", au: "PSK", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "RSA-PSK-AES128-CBC-SHA", iana: "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", id: 0x0094, protocol: "SSLv3", kx: "RSAPSK", au: "RSA", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kRSAPSK", auth: "aRSA", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "RSA-PSK-AES256-CBC-SHA", iana: "TLS_RSA_PSK_WITH_AES_256_CBC_SHA", id: 0x0095, protocol: "SSLv3", kx: "RSAPSK", au: "RSA", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kRSAPSK", auth: "aRSA", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH", "FIPS"] },
    { name: "SEED-SHA", iana: "TLS_RSA_WITH_SEED_CBC_SHA", id: 0x0096, protocol: "SSLv3", kx: "RSA", au: "RSA", enc: "SEED", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "SEED", digest: "SHA1", strength: ["MEDIUM", "NOT_DEFAULT"], legacyProvider: true, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "SEED", "CBC", "SHA1", "SHA", "SSLv3", "MEDIUM"] },
    { name: "DHE-DSS-SEED-SHA", iana: "TLS_DHE_DSS_WITH_SEED_CBC_SHA", id: 0x0099, protocol: "SSLv3", kx: "DH", au: "DSS", enc: "SEED", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "SEED", digest: "SHA1", strength: ["MEDIUM", "NOT_DEFAULT"], legacyProvider: true, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "SEED", "CBC", "SHA1", "SHA", "SSLv3", "MEDIUM"] },
    { name: "DHE-RSA-SEED-SHA", iana: "TLS_DHE_RSA_WITH_SEED_CBC_SHA", id: 0x009a, protocol: "SSLv3", kx: "DH", au: "RSA", enc: "SEED", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "SEED", digest: "SHA1", strength: ["MEDIUM", "NOT_DEFAULT"], legacyProvider: true, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "SEED", "CBC", "SHA1", "SHA", "SSLv3", "MEDIUM"] },
    { name: "ADH-SEED-SHA", iana: "TLS_DH_anon_WITH_SEED_CBC_SHA", id: 0x009b, protocol: "SSLv3", kx: "DH", au: "None", enc: "SEED", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kDHE", auth: "aNULL", cipher: "SEED", digest: "SHA1", strength: ["MEDIUM", "NOT_DEFAULT"], legacyProvider: true, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "SEED", "CBC", "SHA1", "SHA", "SSLv3", "MEDIUM"] },
    { name: "AES128-GCM-SHA256", iana: "TLS_RSA_WITH_AES_128_GCM_SHA256", id: 0x009c, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSA", "aRSA", "RSA", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "AES256-GCM-SHA384", iana: "TLS_RSA_WITH_AES_256_GCM_SHA384", id: 0x009d, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSA", "aRSA", "RSA", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-RSA-AES128-GCM-SHA256", iana: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", id: 0x009e, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-RSA-AES256-GCM-SHA384", iana: "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", id: 0x009f, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-DSS-AES128-GCM-SHA256", iana: "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", id: 0x00a2, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-DSS-AES256-GCM-SHA384", iana: "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", id: 0x00a3, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aDSS", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ADH-AES128-GCM-SHA256", iana: "TLS_DH_anon_WITH_AES_128_GCM_SHA256", id: 0x00a6, protocol: "TLSv1.2", kx: "DH", au: "None", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aNULL", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ADH-AES256-GCM-SHA384", iana: "TLS_DH_anon_WITH_AES_256_GCM_SHA384", id: 0x00a7, protocol: "TLSv1.2", kx: "DH", au: "None", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aNULL", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "PSK-AES128-GCM-SHA256", iana: "TLS_PSK_WITH_AES_128_GCM_SHA256", id: 0x00a8, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "PSK-AES256-GCM-SHA384", iana: "TLS_PSK_WITH_AES_256_GCM_SHA384", id: 0x00a9, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-PSK-AES128-GCM-SHA256", iana: "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", id: 0x00aa, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "DHE-PSK-AES256-GCM-SHA384", iana: "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", id: 0x00ab, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "RSA-PSK-AES128-GCM-SHA256", iana: "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", id: 0x00ac, protocol: "TLSv1.2", kx: "RSAPSK", au: "RSA", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kRSAPSK", auth: "aRSA", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "RSA-PSK-AES256-GCM-SHA384", iana: "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384", id: 0x00ad, protocol: "TLSv1.2", kx: "RSAPSK", au: "RSA", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSAPSK", auth: "aRSA", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "PSK-AES128-CBC-SHA256", iana: "TLS_PSK_WITH_AES_128_CBC_SHA256", id: 0x00ae, protocol: "TLSv1", kx: "PSK", au: "PSK", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "AES128", "AES", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "PSK-AES256-CBC-SHA384", iana: "TLS_PSK_WITH_AES_256_CBC_SHA384", id: 0x00af, protocol: "TLSv1", kx: "PSK", au: "PSK", enc: "AES", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "AES256", digest: "SHA384", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "AES256", "AES", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "PSK-NULL-SHA256", iana: "TLS_PSK_WITH_NULL_SHA256", id: 0x00b0, protocol: "TLSv1", kx: "PSK", au: "PSK", enc: "None", bits: 0, mac: "SHA256", strengthBits: 0, mkey: "kPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA256", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA256", "TLSv1", "TLSv1.0"] },
    { name: "PSK-NULL-SHA384", iana: "TLS_PSK_WITH_NULL_SHA384", id: 0x00b1, protocol: "TLSv1", kx: "PSK", au: "PSK", enc: "None", bits: 0, mac: "SHA384", strengthBits: 0, mkey: "kPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA384", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA384", "TLSv1", "TLSv1.0"] },
    { name: "DHE-PSK-AES128-CBC-SHA256", iana: "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256", id: 0x00b2, protocol: "TLSv1", kx: "DHEPSK", au: "PSK", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "AES128", "AES", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "DHE-PSK-AES256-CBC-SHA384", iana: "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384", id: 0x00b3, protocol: "TLSv1", kx: "DHEPSK", au: "PSK", enc: "AES", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES256", digest: "SHA384", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "AES256", "AES", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "DHE-PSK-NULL-SHA256", iana: "TLS_DHE_PSK_WITH_NULL_SHA256", id: 0x00b4, protocol: "TLSv1", kx: "DHEPSK", au: "PSK", enc: "None", bits: 0, mac: "SHA256", strengthBits: 0, mkey: "kDHEPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA256", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kDHEPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA256", "TLSv1", "TLSv1.0"] },
    { name: "DHE-PSK-NULL-SHA384", iana: "TLS_DHE_PSK_WITH_NULL_SHA384", id: 0x00b5, protocol: "TLSv1", kx: "DHEPSK", au: "PSK", enc: "None", bits: 0, mac: "SHA384", strengthBits: 0, mkey: "kDHEPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA384", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kDHEPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA384", "TLSv1", "TLSv1.0"] },
    { name: "RSA-PSK-AES128-CBC-SHA256", iana: "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256", id: 0x00b6, protocol: "TLSv1", kx: "RSAPSK", au: "RSA", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kRSAPSK", auth: "aRSA", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "AES128", "AES", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "RSA-PSK-AES256-CBC-SHA384", iana: "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384", id: 0x00b7, protocol: "TLSv1", kx: "RSAPSK", au: "RSA", enc: "AES", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kRSAPSK", auth: "aRSA", cipher: "AES256", digest: "SHA384", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "AES256", "AES", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "RSA-PSK-NULL-SHA256", iana: "TLS_RSA_PSK_WITH_NULL_SHA256", id: 0x00b8, protocol: "TLSv1", kx: "RSAPSK", au: "RSA", enc: "None", bits: 0, mac: "SHA256", strengthBits: 0, mkey: "kRSAPSK", auth: "aRSA", cipher: "eNULL", digest: "SHA256", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kRSAPSK", "aRSA", "NULL", "PSK", "eNULL", "SHA256", "TLSv1", "TLSv1.0"] },
    { name: "RSA-PSK-NULL-SHA384", iana: "TLS_RSA_PSK_WITH_NULL_SHA384", id: 0x00b9, protocol: "TLSv1", kx: "RSAPSK", au: "RSA", enc: "None", bits: 0, mac: "SHA384", strengthBits: 0, mkey: "kRSAPSK", auth: "aRSA", cipher: "eNULL", digest: "SHA384", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kRSAPSK", "aRSA", "NULL", "PSK", "eNULL", "SHA384", "TLSv1", "TLSv1.0"] },
    { name: "CAMELLIA128-SHA256", iana: "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", id: 0x00ba, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-DSS-CAMELLIA128-SHA256", iana: "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", id: 0x00bd, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-CAMELLIA128-SHA256", iana: "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", id: 0x00be, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "ADH-CAMELLIA128-SHA256", iana: "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", id: 0x00bf, protocol: "TLSv1.2", kx: "DH", au: "None", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHE", auth: "aNULL", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "CAMELLIA256-SHA256", iana: "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", id: 0x00c0, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "Camellia", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "CAMELLIA256", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "CAMELLIA256", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-DSS-CAMELLIA256-SHA256", iana: "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", id: 0x00c3, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "Camellia", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kDHE", auth: "aDSS", cipher: "CAMELLIA256", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "CAMELLIA256", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-CAMELLIA256-SHA256", iana: "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", id: 0x00c4, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "Camellia", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "CAMELLIA256", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "CAMELLIA256", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "ADH-CAMELLIA256-SHA256", iana: "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", id: 0x00c5, protocol: "TLSv1.2", kx: "DH", au: "None", enc: "Camellia", bits: 256, mac: "SHA256", strengthBits: 256, mkey: "kDHE", auth: "aNULL", cipher: "CAMELLIA256", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aNULL", "ADH", "CAMELLIA256", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-NULL-SHA", iana: "TLS_ECDHE_ECDSA_WITH_NULL_SHA", id: 0xc006, protocol: "TLSv1", kx: "ECDH", au: "ECDSA", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kECDHE", auth: "aECDSA", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "NULL", "eNULL", "SHA1", "SHA", "TLSv1", "TLSv1.0"] },
    { name: "ECDHE-ECDSA-AES128-SHA", iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", id: 0xc009, protocol: "TLSv1", kx: "ECDH", au: "ECDSA", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES128", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-ECDSA-AES256-SHA", iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", id: 0xc00a, protocol: "TLSv1", kx: "ECDH", au: "ECDSA", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES256", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-RSA-NULL-SHA", iana: "TLS_ECDHE_RSA_WITH_NULL_SHA", id: 0xc010, protocol: "TLSv1", kx: "ECDH", au: "RSA", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kECDHE", auth: "aRSA", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "NULL", "eNULL", "SHA1", "SHA", "TLSv1", "TLSv1.0"] },
    { name: "ECDHE-RSA-AES128-SHA", iana: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", id: 0xc013, protocol: "TLSv1", kx: "ECDH", au: "RSA", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kECDHE", auth: "aRSA", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "AES128", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-RSA-AES256-SHA", iana: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", id: 0xc014, protocol: "TLSv1", kx: "ECDH", au: "RSA", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kECDHE", auth: "aRSA", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "AES256", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "AECDH-NULL-SHA", iana: "TLS_ECDH_anon_WITH_NULL_SHA", id: 0xc015, protocol: "TLSv1", kx: "ECDH", au: "None", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kECDHE", auth: "aNULL", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kEECDH", "kECDHE", "ECDH", "aNULL", "NULL", "AECDH", "eNULL", "SHA1", "SHA", "TLSv1", "TLSv1.0"] },
    { name: "AECDH-AES128-SHA", iana: "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", id: 0xc018, protocol: "TLSv1", kx: "ECDH", au: "None", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kECDHE", auth: "aNULL", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aNULL", "AECDH", "AES128", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "AECDH-AES256-SHA", iana: "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", id: 0xc019, protocol: "TLSv1", kx: "ECDH", au: "None", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kECDHE", auth: "aNULL", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aNULL", "AECDH", "AES256", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "SRP-AES-128-CBC-SHA", iana: "TLS_SRP_SHA_WITH_AES_128_CBC_SHA", id: 0xc01d, protocol: "SSLv3", kx: "SRP", au: "SRP", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kSRP", auth: "aSRP", cipher: "AES128", digest: "SHA1", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kSRP", "aSRP", "SRP", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "SRP-RSA-AES-128-CBC-SHA", iana: "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", id: 0xc01e, protocol: "SSLv3", kx: "SRP", au: "RSA", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kSRP", auth: "aRSA", cipher: "AES128", digest: "SHA1", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kSRP", "aRSA", "SRP", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "SRP-DSS-AES-128-CBC-SHA", iana: "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA", id: 0xc01f, protocol: "SSLv3", kx: "SRP", au: "DSS", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kSRP", auth: "aDSS", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kSRP", "aDSS", "DSS", "SRP", "AES128", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "SRP-AES-256-CBC-SHA", iana: "TLS_SRP_SHA_WITH_AES_256_CBC_SHA", id: 0xc020, protocol: "SSLv3", kx: "SRP", au: "SRP", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kSRP", auth: "aSRP", cipher: "AES256", digest: "SHA1", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kSRP", "aSRP", "SRP", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "SRP-RSA-AES-256-CBC-SHA", iana: "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA", id: 0xc021, protocol: "SSLv3", kx: "SRP", au: "RSA", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kSRP", auth: "aRSA", cipher: "AES256", digest: "SHA1", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kSRP", "aRSA", "SRP", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "SRP-DSS-AES-256-CBC-SHA", iana: "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA", id: 0xc022, protocol: "SSLv3", kx: "SRP", au: "DSS", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kSRP", auth: "aDSS", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kSRP", "aDSS", "DSS", "SRP", "AES256", "AES", "CBC", "SHA1", "SHA", "SSLv3", "HIGH"] },
    { name: "ECDHE-ECDSA-AES128-SHA256", iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", id: 0xc023, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES128", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-ECDSA-AES256-SHA384", iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", id: 0xc024, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AES", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "AES256", digest: "SHA384", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES256", "AES", "CBC", "SHA384", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-RSA-AES128-SHA256", iana: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", id: 0xc027, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kECDHE", auth: "aRSA", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "AES128", "AES", "CBC", "SHA256", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-RSA-AES256-SHA384", iana: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", id: 0xc028, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "AES", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kECDHE", auth: "aRSA", cipher: "AES256", digest: "SHA384", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "AES256", "AES", "CBC", "SHA384", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-ECDSA-AES128-GCM-SHA256", iana: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", id: 0xc02b, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-ECDSA-AES256-GCM-SHA384", iana: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", id: 0xc02c, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-RSA-AES128-GCM-SHA256", iana: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", id: 0xc02f, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "AESGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kECDHE", auth: "aRSA", cipher: "AES128GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "AES128", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-RSA-AES256-GCM-SHA384", iana: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", id: 0xc030, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "AESGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aRSA", cipher: "AES256GCM", digest: "AEAD", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "AES256", "AES", "AESGCM", "TLSv1.2", "HIGH", "FIPS"] },
    { name: "ECDHE-PSK-AES128-CBC-SHA", iana: "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", id: 0xc035, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "AES", bits: 128, mac: "SHA1", strengthBits: 128, mkey: "kECDHEPSK", auth: "aPSK", cipher: "AES128", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kECDHEPSK", "aPSK", "PSK", "AES128", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-PSK-AES256-CBC-SHA", iana: "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA", id: 0xc036, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "AES", bits: 256, mac: "SHA1", strengthBits: 256, mkey: "kECDHEPSK", auth: "aPSK", cipher: "AES256", digest: "SHA1", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kECDHEPSK", "aPSK", "PSK", "AES256", "AES", "CBC", "SHA1", "SHA", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-PSK-AES128-CBC-SHA256", iana: "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", id: 0xc037, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "AES", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kECDHEPSK", auth: "aPSK", cipher: "AES128", digest: "SHA256", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kECDHEPSK", "aPSK", "PSK", "AES128", "AES", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-PSK-AES256-CBC-SHA384", iana: "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384", id: 0xc038, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "AES", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kECDHEPSK", auth: "aPSK", cipher: "AES256", digest: "SHA384", strength: ["HIGH", "FIPS"], legacyProvider: false, aliases: ["ALL", "kECDHEPSK", "aPSK", "PSK", "AES256", "AES", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH", "FIPS"] },
    { name: "ECDHE-PSK-NULL-SHA", iana: "TLS_ECDHE_PSK_WITH_NULL_SHA", id: 0xc039, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "None", bits: 0, mac: "SHA1", strengthBits: 0, mkey: "kECDHEPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA1", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kECDHEPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA1", "SHA", "TLSv1", "TLSv1.0"] },
    { name: "ECDHE-PSK-NULL-SHA256", iana: "TLS_ECDHE_PSK_WITH_NULL_SHA256", id: 0xc03a, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "None", bits: 0, mac: "SHA256", strengthBits: 0, mkey: "kECDHEPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA256", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kECDHEPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA256", "TLSv1", "TLSv1.0"] },
    { name: "ECDHE-PSK-NULL-SHA384", iana: "TLS_ECDHE_PSK_WITH_NULL_SHA384", id: 0xc03b, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "None", bits: 0, mac: "SHA384", strengthBits: 0, mkey: "kECDHEPSK", auth: "aPSK", cipher: "eNULL", digest: "SHA384", strength: ["STRONG_NONE"], legacyProvider: false, aliases: ["COMPLEMENTOFALL", "kECDHEPSK", "aPSK", "NULL", "PSK", "eNULL", "SHA384", "TLSv1", "TLSv1.0"] },
    { name: "ARIA128-GCM-SHA256", iana: "TLS_RSA_WITH_ARIA_128_GCM_SHA256", id: 0xc050, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "ARIA256-GCM-SHA384", iana: "TLS_RSA_WITH_ARIA_256_GCM_SHA384", id: 0xc051, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-ARIA128-GCM-SHA256", iana: "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", id: 0xc052, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-ARIA256-GCM-SHA384", iana: "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", id: 0xc053, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-DSS-ARIA128-GCM-SHA256", iana: "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", id: 0xc056, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aDSS", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "DHE-DSS-ARIA256-GCM-SHA384", iana: "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", id: 0xc057, protocol: "TLSv1.2", kx: "DH", au: "DSS", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aDSS", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aDSS", "DSS", "EDH", "DHE", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-ARIA128-GCM-SHA256", iana: "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", id: 0xc05c, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-ARIA256-GCM-SHA384", iana: "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", id: 0xc05d, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ARIA128-GCM-SHA256", iana: "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", id: 0xc060, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kECDHE", auth: "aRSA", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ARIA256-GCM-SHA384", iana: "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", id: 0xc061, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aRSA", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "PSK-ARIA128-GCM-SHA256", iana: "TLS_PSK_WITH_ARIA_128_GCM_SHA256", id: 0xc06a, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "PSK-ARIA256-GCM-SHA384", iana: "TLS_PSK_WITH_ARIA_256_GCM_SHA384", id: 0xc06b, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-ARIA128-GCM-SHA256", iana: "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256", id: 0xc06c, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-ARIA256-GCM-SHA384", iana: "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384", id: 0xc06d, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "RSA-PSK-ARIA128-GCM-SHA256", iana: "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256", id: 0xc06e, protocol: "TLSv1.2", kx: "RSAPSK", au: "RSA", enc: "ARIAGCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kRSAPSK", auth: "aRSA", cipher: "ARIA128GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSAPSK", "aRSA", "PSK", "ARIA", "ARIAGCM", "ARIA128", "TLSv1.2", "HIGH"] },
    { name: "RSA-PSK-ARIA256-GCM-SHA384", iana: "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384", id: 0xc06f, protocol: "TLSv1.2", kx: "RSAPSK", au: "RSA", enc: "ARIAGCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSAPSK", auth: "aRSA", cipher: "ARIA256GCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSAPSK", "aRSA", "PSK", "ARIA", "ARIAGCM", "ARIA256", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-CAMELLIA128-SHA256", iana: "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", id: 0xc072, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-CAMELLIA256-SHA384", iana: "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", id: 0xc073, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "Camellia", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "CAMELLIA256", digest: "SHA384", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "CAMELLIA256", "CAMELLIA", "CBC", "SHA384", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-RSA-CAMELLIA128-SHA256", iana: "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", id: 0xc076, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kECDHE", auth: "aRSA", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-RSA-CAMELLIA256-SHA384", iana: "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", id: 0xc077, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "Camellia", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kECDHE", auth: "aRSA", cipher: "CAMELLIA256", digest: "SHA384", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "CAMELLIA256", "CAMELLIA", "CBC", "SHA384", "TLSv1.2", "HIGH"] },
    { name: "PSK-CAMELLIA128-SHA256", iana: "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256", id: 0xc094, protocol: "TLSv1", kx: "PSK", au: "PSK", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "PSK-CAMELLIA256-SHA384", iana: "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384", id: 0xc095, protocol: "TLSv1", kx: "PSK", au: "PSK", enc: "Camellia", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "CAMELLIA256", digest: "SHA384", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "CAMELLIA256", "CAMELLIA", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "DHE-PSK-CAMELLIA128-SHA256", iana: "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", id: 0xc096, protocol: "TLSv1", kx: "DHEPSK", au: "PSK", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "DHE-PSK-CAMELLIA256-SHA384", iana: "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", id: 0xc097, protocol: "TLSv1", kx: "DHEPSK", au: "PSK", enc: "Camellia", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "CAMELLIA256", digest: "SHA384", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "CAMELLIA256", "CAMELLIA", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "RSA-PSK-CAMELLIA128-SHA256", iana: "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256", id: 0xc098, protocol: "TLSv1", kx: "RSAPSK", au: "RSA", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kRSAPSK", auth: "aRSA", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSAPSK", "aRSA", "PSK", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "RSA-PSK-CAMELLIA256-SHA384", iana: "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384", id: 0xc099, protocol: "TLSv1", kx: "RSAPSK", au: "RSA", enc: "Camellia", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kRSAPSK", auth: "aRSA", cipher: "CAMELLIA256", digest: "SHA384", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSAPSK", "aRSA", "PSK", "CAMELLIA256", "CAMELLIA", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "ECDHE-PSK-CAMELLIA128-SHA256", iana: "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", id: 0xc09a, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "Camellia", bits: 128, mac: "SHA256", strengthBits: 128, mkey: "kECDHEPSK", auth: "aPSK", cipher: "CAMELLIA128", digest: "SHA256", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kECDHEPSK", "aPSK", "PSK", "CAMELLIA128", "CAMELLIA", "CBC", "SHA256", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "ECDHE-PSK-CAMELLIA256-SHA384", iana: "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", id: 0xc09b, protocol: "TLSv1", kx: "ECDHEPSK", au: "PSK", enc: "Camellia", bits: 256, mac: "SHA384", strengthBits: 256, mkey: "kECDHEPSK", auth: "aPSK", cipher: "CAMELLIA256", digest: "SHA384", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kECDHEPSK", "aPSK", "PSK", "CAMELLIA256", "CAMELLIA", "CBC", "SHA384", "TLSv1", "TLSv1.0", "HIGH"] },
    { name: "AES128-CCM", iana: "TLS_RSA_WITH_AES_128_CCM", id: 0xc09c, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AESCCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "AES128CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "AES128", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "AES256-CCM", iana: "TLS_RSA_WITH_AES_256_CCM", id: 0xc09d, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AESCCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "AES256CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "AES256", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-AES128-CCM", iana: "TLS_DHE_RSA_WITH_AES_128_CCM", id: 0xc09e, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AESCCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "AES128CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES128", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-AES256-CCM", iana: "TLS_DHE_RSA_WITH_AES_256_CCM", id: 0xc09f, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AESCCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "AES256CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES256", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "AES128-CCM8", iana: "TLS_RSA_WITH_AES_128_CCM_8", id: 0xc0a0, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AESCCM8", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kRSA", auth: "aRSA", cipher: "AES128CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "AES128", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "AES256-CCM8", iana: "TLS_RSA_WITH_AES_256_CCM_8", id: 0xc0a1, protocol: "TLSv1.2", kx: "RSA", au: "RSA", enc: "AESCCM8", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSA", auth: "aRSA", cipher: "AES256CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kRSA", "aRSA", "RSA", "AES256", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-AES128-CCM8", iana: "TLS_DHE_RSA_WITH_AES_128_CCM_8", id: 0xc0a2, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AESCCM8", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHE", auth: "aRSA", cipher: "AES128CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES128", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-AES256-CCM8", iana: "TLS_DHE_RSA_WITH_AES_256_CCM_8", id: 0xc0a3, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "AESCCM8", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "AES256CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "AES256", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "PSK-AES128-CCM", iana: "TLS_PSK_WITH_AES_128_CCM", id: 0xc0a4, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "AESCCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "AES128CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "AES128", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "PSK-AES256-CCM", iana: "TLS_PSK_WITH_AES_256_CCM", id: 0xc0a5, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "AESCCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "AES256CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "AES256", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-AES128-CCM", iana: "TLS_DHE_PSK_WITH_AES_128_CCM", id: 0xc0a6, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "AESCCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES128CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "AES128", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-AES256-CCM", iana: "TLS_DHE_PSK_WITH_AES_256_CCM", id: 0xc0a7, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "AESCCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES256CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "AES256", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "PSK-AES128-CCM8", iana: "TLS_PSK_WITH_AES_128_CCM_8", id: 0xc0a8, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "AESCCM8", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kPSK", auth: "aPSK", cipher: "AES128CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "AES128", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "PSK-AES256-CCM8", iana: "TLS_PSK_WITH_AES_256_CCM_8", id: 0xc0a9, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "AESCCM8", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "AES256CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kPSK", "aPSK", "PSK", "AES256", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-AES128-CCM8", iana: "TLS_PSK_DHE_WITH_AES_128_CCM_8", id: 0xc0aa, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "AESCCM8", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES128CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "AES128", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-AES256-CCM8", iana: "TLS_PSK_DHE_WITH_AES_256_CCM_8", id: 0xc0ab, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "AESCCM8", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "AES256CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kDHEPSK", "aPSK", "PSK", "AES256", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-AES128-CCM", iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", id: 0xc0ac, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AESCCM", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "AES128CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES128", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-AES256-CCM", iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", id: 0xc0ad, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AESCCM", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "AES256CCM", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES256", "AES", "AESCCM", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-AES128-CCM8", iana: "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", id: 0xc0ae, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AESCCM8", bits: 128, mac: "AEAD", strengthBits: 128, mkey: "kECDHE", auth: "aECDSA", cipher: "AES128CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES128", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-AES256-CCM8", iana: "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", id: 0xc0af, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "AESCCM8", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "AES256CCM8", digest: "AEAD", strength: ["HIGH", "NOT_DEFAULT"], legacyProvider: false, aliases: ["ALL", "COMPLEMENTOFDEFAULT", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "AES256", "AES", "AESCCM", "AESCCM8", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-RSA-CHACHA20-POLY1305", iana: "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", id: 0xcca8, protocol: "TLSv1.2", kx: "ECDH", au: "RSA", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aRSA", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aRSA", "EECDH", "ECDHE", "CHACHA20", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-ECDSA-CHACHA20-POLY1305", iana: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", id: 0xcca9, protocol: "TLSv1.2", kx: "ECDH", au: "ECDSA", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHE", auth: "aECDSA", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kEECDH", "kECDHE", "ECDH", "aECDSA", "ECDSA", "EECDH", "ECDHE", "CHACHA20", "TLSv1.2", "HIGH"] },
    { name: "DHE-RSA-CHACHA20-POLY1305", iana: "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", id: 0xccaa, protocol: "TLSv1.2", kx: "DH", au: "RSA", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHE", auth: "aRSA", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kEDH", "kDHE", "DH", "aRSA", "EDH", "DHE", "CHACHA20", "TLSv1.2", "HIGH"] },
    { name: "PSK-CHACHA20-POLY1305", iana: "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256", id: 0xccab, protocol: "TLSv1.2", kx: "PSK", au: "PSK", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kPSK", auth: "aPSK", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kPSK", "aPSK", "PSK", "CHACHA20", "TLSv1.2", "HIGH"] },
    { name: "ECDHE-PSK-CHACHA20-POLY1305", iana: "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", id: 0xccac, protocol: "TLSv1.2", kx: "ECDHEPSK", au: "PSK", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kECDHEPSK", auth: "aPSK", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kECDHEPSK", "aPSK", "PSK", "CHACHA20", "TLSv1.2", "HIGH"] },
    { name: "DHE-PSK-CHACHA20-POLY1305", iana: "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256", id: 0xccad, protocol: "TLSv1.2", kx: "DHEPSK", au: "PSK", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kDHEPSK", auth: "aPSK", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kDHEPSK", "aPSK", "PSK", "CHACHA20", "TLSv1.2", "HIGH"] },
    { name: "RSA-PSK-CHACHA20-POLY1305", iana: "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256", id: 0xccae, protocol: "TLSv1.2", kx: "RSAPSK", au: "RSA", enc: "CHACHA20/POLY1305", bits: 256, mac: "AEAD", strengthBits: 256, mkey: "kRSAPSK", auth: "aRSA", cipher: "CHACHA20POLY1305", digest: "AEAD", strength: ["HIGH"], legacyProvider: false, aliases: ["ALL", "kRSAPSK", "aRSA", "PSK", "CHACHA20", "TLSv1.2", "HIGH"] },
];
/** Every TLS 1.3 suite this OpenSSL knows, by id. */
const TLS13_SUITES = [
    { name: "TLS_AES_128_GCM_SHA256", id: 0x1301, enc: "AESGCM", bits: 128, hash: "SHA256", inDefaultList: true },
    { name: "TLS_AES_256_GCM_SHA384", id: 0x1302, enc: "AESGCM", bits: 256, hash: "SHA384", inDefaultList: true },
    { name: "TLS_CHACHA20_POLY1305_SHA256", id: 0x1303, enc: "CHACHA20/POLY1305", bits: 256, hash: "SHA256", inDefaultList: true },
    { name: "TLS_AES_128_CCM_SHA256", id: 0x1304, enc: "AESCCM", bits: 128, hash: "SHA256", inDefaultList: false },
    { name: "TLS_AES_128_CCM_8_SHA256", id: 0x1305, enc: "AESCCM8", bits: 128, hash: "SHA256", inDefaultList: false },
];


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ postfixCipherSuites)
/* harmony export */ });
/* unused harmony export exclusionTokens */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/* harmony import */ var _ciphers_classify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7278);
/* harmony import */ var _ciphers_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3689);
/**
 * Postfix's cipher assembly (reference postfix-semantics §6; Postfix src/tls/tls_misc.c
 * tls_set_ciphers): grade -> tls_<grade>_cipherlist, then ":!<token>" per exclusion token, handed
 * to OpenSSL's SSL_set_cipher_list(), evaluated here by the OpenSSL 3.0 model in ciphers/.
 *
 * API for the effective TLS model (Helper MODEL):
 *
 *   postfixCipherSuites({
 *     grade: 'medium',                       // effective *_tls_ciphers / *_tls_mandatory_ciphers, $-expanded
 *     exclusions: ['', 'aNULL MD5'],         // effective values of every applicable *_exclude_ciphers
 *                                            // parameter, $-expanded (a single string is fine too)
 *     cipherlists: { high, medium, low, export, null },  // effective tls_*_cipherlist values, $-expanded
 *     postfixVersion: '3.7',                 // 3.8+ reads "low"/"export" as "medium"
 *     excludeAnonymous: false,               // true when Postfix adds "aNULL" itself: smtpd asking for
 *                                            // client certificates; smtp/lmtp at fingerprint/verify/secure/dane
 *     excludeNull: false,                    // true when Postfix adds "eNULL": smtp/lmtp at encrypt and above
 *     tls13Ciphersuites?: string[],          // only from an OpenSSL config "Ciphersuites" (§6.3)
 *   })
 *   => { ok: true, grade, cipherString, exclusionTokens, suites, names, tls13, counts, secLevel? }
 *    | { ok: false, kind, reason, cipherString? }
 *
 * ok:false means Postfix aborts every TLS handshake of that endpoint (it logs `reason`), except
 * kind 'empty-cipherlist', where Postfix panics (the process dies) instead.
 * TLS 1.3 suites are never touched by any of this (§6.3, §8 item 11): `tls13` is OpenSSL's
 * default list unless the caller passes what an OpenSSL config sets.
 */



const GRADES = ['high', 'medium', 'low', 'export', 'null'];
/** Postfix's CHARS_COMMA_SP ":" separator set for exclusions. */
const EXCLUSION_SEPARATORS = /[, \t\r\n:]+/;
/** Exclusion tokens as Postfix splits them (mystrtok on ", \t\r\n:"), empty values ignored. */
function exclusionTokens(exclusions) {
    const values = typeof exclusions === 'string' ? [exclusions] : exclusions;
    const tokens = [];
    for (const v of values)
        for (const t of v.split(EXCLUSION_SEPARATORS))
            if (t !== '')
                tokens.push(t);
    return tokens;
}
const atLeast38ByVersion = new Map();
function atLeast38(version) {
    let r = atLeast38ByVersion.get(version);
    if (r === undefined) {
        const v = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(version);
        r = v !== undefined && (v.major > 3 || (v.major === 3 && v.minor >= 8));
        if (atLeast38ByVersion.size >= 64)
            atLeast38ByVersion.clear();
        atLeast38ByVersion.set(version, r);
    }
    return r;
}
/** The cipher string and OpenSSL's result for one endpoint's grade and exclusions. */
function postfixCipherSuites(input) {
    // name_code lookup: case-insensitive; anything else is TLS_CIPHER_NONE (even the word "invalid").
    const lower = input.grade.toLowerCase();
    const grade = GRADES.find((g) => g === lower);
    if (!grade)
        return { ok: false, kind: 'invalid-grade', reason: `invalid cipher grade: "${input.grade}"` };
    const effectiveGrade = atLeast38(input.postfixVersion) && (grade === 'low' || grade === 'export') ? 'medium' : grade;
    const base = input.cipherlists[effectiveGrade];
    if (base === '') {
        return { ok: false, kind: 'empty-cipherlist', reason: `panic: tls_set_ciphers: empty "${input.grade}" cipherlist` };
    }
    const tokens = exclusionTokens(input.exclusions);
    if (input.excludeNull)
        tokens.push('eNULL');
    if (input.excludeAnonymous)
        tokens.push('aNULL');
    let cipherString = base;
    for (const tok of tokens) {
        if ('!+-@'.includes(tok[0])) {
            return { ok: false, kind: 'invalid-exclusion', reason: `invalid unary '!+-@' in cipher exclusion: ${tok}` };
        }
        cipherString += `:!${tok}`;
    }
    const r = evaluated(cipherString, input.tls13Ciphersuites, input.legacyProvider ?? false);
    if (!r.ok) {
        return { ok: false, kind: 'openssl-error', reason: `error setting cipher grade: "${input.grade}" (${r.error})`, cipherString, opensslError: r.error };
    }
    // No object spread here: this runs for every endpoint, and a spread takes V8's slow generic path.
    const result = {
        ok: true,
        grade,
        effectiveGrade,
        cipherlistParameter: `tls_${effectiveGrade}_cipherlist`,
        cipherString,
        exclusionTokens: tokens,
        suites: r.suites,
        names: r.names,
        tls13: r.tls13,
        counts: r.counts,
    };
    if (r.secLevel !== undefined)
        result.secLevel = r.secLevel;
    return result;
}
/**
 * OpenSSL's answer depends only on the cipher string, and a repository's endpoints (and the rules
 * and fix verifications that ask again) use a handful of strings: each is evaluated once per
 * process. The answers are shared, hence frozen. Bounded, so that a repository crafted with
 * thousands of distinct cipher settings cannot grow it.
 */
const MEMO_LIMIT = 1024;
const evaluations = new Map();
/** The same for the usual call (OpenSSL's default TLS 1.3 suites, no legacy provider), keyed by the cipher string alone. */
const plainEvaluations = new Map();
function evaluated(cipherString, tls13Ciphersuites, legacyProvider) {
    const plain = tls13Ciphersuites === undefined && !legacyProvider;
    const memo = plain ? plainEvaluations : evaluations;
    const key = plain ? cipherString : JSON.stringify([cipherString, tls13Ciphersuites ?? null, legacyProvider]);
    let e = memo.get(key);
    if (e === undefined) {
        const r = (0,_ciphers_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateCipherString */ .i)(cipherString, {
            ...(tls13Ciphersuites ? { tls13Ciphersuites } : {}),
            ...(legacyProvider ? { legacyProvider: true } : {}),
        });
        e = r.ok
            ? {
                ok: true,
                suites: Object.freeze(r.suites),
                names: Object.freeze(r.suites.map((s) => s.name)),
                tls13: Object.freeze(r.tls13.map((s) => s.name)),
                counts: Object.freeze((0,_ciphers_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .countByClass */ .VR)(r.suites)),
                ...(r.secLevel === undefined ? {} : { secLevel: r.secLevel }),
            }
            : { ok: false, error: r.error };
        if (memo.size >= MEMO_LIMIT)
            memo.clear();
        memo.set(key, e);
    }
    return e;
}


/***/ }),

/***/ 9320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ TLS_PROTOCOLS),
/* harmony export */   I: () => (/* binding */ evaluateProtocolList)
/* harmony export */ });
/* unused harmony export protocolOfWireVersion */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3225);
/**
 * Postfix's TLS protocol-list evaluator (`*_tls_protocols`, `*_tls_mandatory_protocols`, policy
 * `protocols=`), reference postfix-semantics §3.1-§3.5; S:v3.7.11 src/tls/tls_misc.c
 * tls_proto_mask_lims() and parse_tls_version().
 *
 * The result is the set of protocol versions a peer can negotiate given Postfix's settings alone,
 * "as if the TLS library allowed them all" (SSLv2 is never negotiable with OpenSSL >= 1.1, so it is
 * not part of the answer even though Postfix knows the name).
 */

/** The versions the answer can contain, oldest first. */
const TLS_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** Wire versions (SSL3_VERSION ... TLS1_3_VERSION). */
const WIRE_VERSION = {
    SSLv3: 0x0300,
    TLSv1: 0x0301,
    'TLSv1.1': 0x0302,
    'TLSv1.2': 0x0303,
    'TLSv1.3': 0x0304,
};
/** Postfix's list separators: CHARS_COMMA_SP ", \t\r\n" plus ":" (tls_misc.c). */
const SEPARATORS = /[, \t\r\n:]+/;
/** protocol_table: names usable as NAME and !NAME (case-insensitive, name_code()). */
const PROTOCOL_NAMES = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** tls_version_table: operands of >= and <= ("None" is 0; SSLv2 is not allowed). */
const VERSION_NAMES = new Map([
    ['none', 0],
    ['sslv3', 0x0300],
    ['tlsv1', 0x0301],
    ['tlsv1.1', 0x0302],
    ['tlsv1.2', 0x0303],
    ['tlsv1.3', 0x0304],
]);
/** What a Postfix version understands, per version string (a handful per process). */
const featuresByVersion = new Map();
function versionFeatures(options) {
    const version = options.postfixVersion ?? '3.7';
    let f = featuresByVersion.get(version);
    if (!f) {
        const v = (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(version);
        const atLeast = (x) => (v ? (0,_postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, x) >= 0 : true);
        f = { range: atLeast('3.6'), tls13: atLeast('3.4') };
        if (featuresByVersion.size >= 64)
            featuresByVersion.clear();
        featuresByVersion.set(version, f);
    }
    return {
        range: options.rangeSyntax ?? f.range,
        tls13: options.tls13Known ?? f.tls13,
    };
}
function canonicalName(token, tls13) {
    const lower = token.toLowerCase();
    const name = PROTOCOL_NAMES.find((n) => n.toLowerCase() === lower);
    if (name === 'TLSv1.3' && !tls13)
        return undefined;
    return name;
}
/**
 * parse_tls_version(): a tls_version_table name, else a hex number read by strtoul(..., 16), which
 * also takes an optional "0x" and sign; the whole operand must be consumed and fit in an int.
 * An empty operand is strtoul("") = 0, i.e. no limit (§3.1, LAB p10011).
 */
function parseBound(operand, tls13) {
    const named = VERSION_NAMES.get(operand.toLowerCase());
    if (named !== undefined && (named !== 0x0304 || tls13))
        return named;
    if (operand === '')
        return 0;
    const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]+)$/.exec(operand);
    if (!m)
        return undefined;
    let n = Number.parseInt(m[2], 16);
    if (!Number.isFinite(n))
        return undefined;
    if (m[1] === '-') {
        // strtoul negates in unsigned arithmetic: -0 is 0, anything else wraps above INT_MAX.
        if (n === 0)
            return 0;
        return undefined;
    }
    if (n > 0x7fffffff)
        return undefined;
    return n;
}
/** OpenSSL's SSL_CTX_set_min/max_proto_version() accept 0 or SSL3_VERSION..TLS1_3_VERSION. */
const opensslAcceptsBound = (v) => v === 0 || (v >= 0x0300 && v <= 0x0304);
/**
 * Answers by list and version features: a set's services and rules ask about the same few lists again
 * and again. The answers are frozen (callers only read them); the cache is emptied when it grows large.
 */
const evaluatedLists = new Map();
const MAX_EVALUATED_LISTS = 512;
function evaluateProtocolList(value, options = {}) {
    const features = versionFeatures(options);
    const key = `${features.range ? 'r' : '-'}${features.tls13 ? 't' : '-'}${value}`;
    let r = evaluatedLists.get(key);
    if (r === undefined) {
        if (evaluatedLists.size >= MAX_EVALUATED_LISTS)
            evaluatedLists.clear();
        r = deepFreeze(evaluate(value, features));
        evaluatedLists.set(key, r);
    }
    return r;
}
function deepFreeze(r) {
    for (const a of [r.enabled, r.included, r.excluded, r.ignoredBounds])
        Object.freeze(a);
    return Object.freeze(r);
}
function evaluate(value, features) {
    const included = new Set();
    const excluded = new Set();
    let floor = 0;
    let ceiling = 0;
    const ignoredBounds = [];
    let floorToken = '';
    let ceilingToken = '';
    const tokens = value.split(SEPARATORS).filter((t) => t.length > 0);
    const invalid = (token, reason) => ({
        value,
        valid: false,
        invalidToken: token,
        invalidReason: reason,
        postfixWarning: `Invalid TLS protocol list "${value}": disabling TLS support`,
        enabled: [],
        noProtocolsAvailable: false,
        included: [...included],
        excluded: [...excluded],
        floor,
        ceiling,
        ignoredBounds,
        tls13NotExcludable: false,
    });
    for (const token of tokens) {
        const op = token.startsWith('>=') ? '>=' : token.startsWith('<=') ? '<=' : undefined;
        if (op && features.range) {
            const bound = parseBound(token.slice(2), features.tls13);
            if (bound === undefined)
                return invalid(token, `"${token.slice(2)}" is neither a protocol version name nor a hex version number`);
            // A later bound replaces an earlier one, even one that OpenSSL then refuses.
            if (op === '>=')
                floorToken = token;
            else
                ceilingToken = token;
            if (op === '>=')
                floor = bound;
            else
                ceiling = bound;
            continue;
        }
        const negated = token.startsWith('!');
        const name = canonicalName(negated ? token.slice(1) : token, features.tls13);
        if (name === undefined) {
            let reason = `"${negated ? token.slice(1) : token}" is not a protocol name (SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2${features.tls13 ? ', TLSv1.3' : ''})`;
            if (op)
                reason = `">=" and "<=" exist only in Postfix 3.6 and later; here "${token}" is an unknown protocol name`;
            return invalid(token, reason);
        }
        (negated ? excluded : included).add(name);
    }
    // SSL_CTX_set_min/max_proto_version() fail for versions OpenSSL does not know: no limit then,
    // and Postfix 3.7 logs nothing (§3.1, LAB p10055).
    if (!opensslAcceptsBound(floor)) {
        ignoredBounds.push(floorToken);
        floor = 0;
    }
    if (!opensslAcceptsBound(ceiling)) {
        ignoredBounds.push(ceilingToken);
        ceiling = 0;
    }
    // With an include list, every KNOWN protocol not listed is excluded (tls_misc.c; §3.1).
    const known = PROTOCOL_NAMES.filter((n) => n !== 'TLSv1.3' || features.tls13);
    const disabled = new Set(excluded);
    if (included.size > 0)
        for (const n of known)
            if (!included.has(n))
                disabled.add(n);
    const tls13NotExcludable = !features.tls13 && included.size > 0 && !excluded.has('TLSv1.3');
    const enabled = TLS_PROTOCOLS.filter((p) => {
        const wire = WIRE_VERSION[p];
        if (floor !== 0 && wire < floor)
            return false;
        if (ceiling !== 0 && wire > ceiling)
            return false;
        return !disabled.has(p);
    });
    return {
        value,
        valid: true,
        enabled,
        noProtocolsAvailable: enabled.length === 0,
        included: [...included],
        excluded: [...excluded],
        floor,
        ceiling,
        ignoredBounds,
        tls13NotExcludable,
    };
}
/** "TLSv1.2" for 0x0303; hex for anything else. */
function protocolOfWireVersion(v) {
    const p = TLS_PROTOCOLS.find((x) => WIRE_VERSION[x] === v);
    return p ?? `0x${v.toString(16).padStart(4, '0')}`;
}


/***/ })

};
