export const id = 39;
export const ids = [39];
export const modules = {

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
  RULES: () => (/* binding */ RULES)
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

// EXTERNAL MODULE: ./src/policy/rules/unknown-parameter.ts + 1 modules
var unknown_parameter = __webpack_require__(570);
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

/***/ 570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nf: () => (/* binding */ closestName),
  Yl: () => (/* binding */ unknownParameter)
});

// UNUSED EXPORTS: MAX_GUESSED_NAMES, levenshtein

// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 4 modules
var defaults = __webpack_require__(3225);
;// CONCATENATED MODULE: ./src/postfix/param-universe.ts
/**
 * Which parameter names postconf knows, and which main.cf / master.cf settings it calls
 * "unused" (reference §1.5; S:v3.7.11 src/postconf/postconf_user.c, postconf_service.c,
 * postconf_dbms.c, postconf_unused.c, postconf_builtin.c). Verified against postconf 3.7.11.
 *
 * Known names: built-ins of the version, the four legacy names, service parameters derived from
 * master.cf delivery services, and user-defined names that have a name=value AND are referenced:
 * as $name in any main.cf value, master.cf -o value or built-in default; in
 * smtpd_restriction_classes; or as <prefix>_<suffix> of an ldap:/mysql:/pgsql:/sqlite:/memcache:
 * table named in the (expanded) value of a built-in parameter.
 */


/** Legacy names postconf registers for backwards-compatible defaults (postconf_builtin.c). */
const LEGACY_PARAMETERS = [
    'virtual_maps',
    'fallback_relay',
    'authorized_verp_clients',
    'smtpd_client_connection_limit_exceptions',
];
/** postconf never expands these and never scans them for $name (raw_table.h; verified on 3.7.11). */
const RAW_PARAMETERS = new Set([
    'command_execution_directory',
    'default_rbl_reply',
    'forward_path',
    'luser_relay',
    'mailbox_command',
    'postscreen_expansion_filter',
    'postscreen_reject_footer',
    'smtpd_expansion_filter',
    'smtpd_reject_footer',
]);
/** Settings of these are dropped with "read-only parameter assignment" (verified on 3.7.11). */
const READONLY_PARAMETERS = new Set(['process_id', 'process_name', 'service_name']);
/** Database client parameter suffixes (ldap_table(5), mysql_table(5), ...; postconf_dbms.c). */
const DBMS_SUFFIXES = new Map([
    ['ldap', ['bind', 'bind_dn', 'bind_pw', 'cache', 'cache_expiry', 'cache_size', 'chase_referrals', 'debuglevel',
            'dereference', 'domain', 'expansion_limit', 'leaf_result_attribute', 'query_filter', 'recursion_limit',
            'result_attribute', 'result_format', 'scope', 'search_base', 'server_host', 'server_port', 'size_limit',
            'special_result_attribute', 'terminal_result_attribute', 'timeout', 'version',
            'sasl', 'sasl_mechs', 'sasl_realm', 'sasl_authz_id', 'sasl_minssf',
            'start_tls', 'tls_ca_cert_dir', 'tls_ca_cert_file', 'tls_cert', 'tls_key', 'tls_require_cert',
            'tls_random_file', 'tls_cipher_suite']],
    ['mysql', ['additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query',
            'result_format', 'select_field', 'table', 'user', 'where_field', 'option_file', 'option_group',
            'require_result_set', 'tls_cert_file', 'tls_key_file', 'tls_CAfile', 'tls_CApath', 'tls_ciphers',
            'tls_verify_cert', 'idle_interval', 'retry_interval']],
    ['pgsql', ['additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query',
            'result_format', 'select_field', 'select_function', 'table', 'user', 'where_field', 'encoding',
            'idle_interval', 'retry_interval']],
    ['sqlite', ['additional_conditions', 'dbpath', 'domain', 'expansion_limit', 'query', 'result_format',
            'select_field', 'table', 'where_field']],
    ['memcache', ['backup', 'data_size_limit', 'domain', 'flags', 'key_format', 'line_size_limit', 'max_try',
            'memcache', 'retry_pause', 'timeout', 'ttl']],
    ['mongodb', ['uri', 'dbname', 'collection', 'query_filter', 'projection', 'result_attribute',
            'result_format', 'domain', 'expansion_limit']],
]);
/** Split a -o argument like split_nameval(). */
function splitOptionNameValue(arg) {
    // A scan, not a regex: the equivalent regex backtracks quadratically on a long run of blanks inside the value.
    const space = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
    let i = 0;
    while (space(arg[i]))
        i++;
    const nameStart = i;
    while (i < arg.length && !space(arg[i]) && arg[i] !== '=')
        i++;
    if (i === nameStart)
        return undefined;
    const name = arg.slice(nameStart, i);
    while (space(arg[i]))
        i++;
    if (arg[i] !== '=')
        return undefined;
    i++;
    while (space(arg[i]))
        i++;
    let end = arg.length;
    while (end > i && space(arg[end - 1]))
        end--;
    return { name, value: arg.slice(i, end) };
}
/** The -o settings postconf takes from a normalized argv (pcf_register_user_parameters). */
function masterScopeFromArgv(argv) {
    const params = new Map();
    for (let i = 8; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('-') || arg === '--')
            break;
        if (arg === '-o' && argv[i + 1] !== undefined) {
            const nv = splitOptionNameValue(argv[i + 1]);
            if (nv)
                params.set(nv.name, nv.value);
            i += 1;
        }
    }
    const command = argv[7] ?? '';
    return {
        label: `${argv[0] ?? ''}/${argv[1] ?? ''}`,
        serviceName: argv[0] ?? '',
        command,
        params,
        validNames: new Set(),
        readOnly: new Map([
            ['service_name', argv[0] ?? ''],
            ['process_name', command.slice(command.lastIndexOf('/') + 1)],
        ]),
    };
}
/** Table types whose {...} holds patterns, not further table names (postconf_dbms.c PCF_DBMS_CLASS_REGEX). */
const REGEX_TABLE_TYPES = new Set(['regexp', 'pcre']);
/** mystrtokq(value, ", \t\r\n", "{}"): tokens split on blanks and commas outside balanced {}. */
function splitOutsideBraces(value) {
    const out = [];
    const isSep = (c) => c === ' ' || c === ',' || c === '\t' || c === '\r' || c === '\n';
    let i = 0;
    while (i < value.length) {
        while (i < value.length && isSep(value[i]))
            i++;
        if (i >= value.length)
            break;
        const start = i;
        let level = 0;
        for (; i < value.length; i++) {
            const c = value[i];
            if (c === '{')
                level++;
            else if (level > 0 && c === '}')
                level--;
            else if (level === 0 && isSep(c))
                break;
        }
        out.push(value.slice(start, i));
    }
    return out;
}
/** extpar(EXTPAR_FLAG_NONE) on text that starts with "{": the inside (not trimmed) and the error it reports. */
function unwrapBraces(text) {
    let level = 0;
    let len = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '{')
            level++;
        else if (text[i] === '}' && --level === 0) {
            len = i + 1;
            break;
        }
    }
    if (len === 0)
        return { text: text.slice(1), error: `missing '}' in "${text}"` };
    if (len < text.length)
        return { text: text.slice(1, len - 1), error: `syntax error after '}' in "${text}"` };
    return { text: text.slice(1, len - 1) };
}
function tokenize(value) {
    return value.split(/[ ,\t\r\n]+/).filter((t) => t.length > 0);
}
/** Build the universe the way pcf_register_*_parameters() do, in their order. */
function buildParameterUniverse(input) {
    const { builtin, main, masters, configDir } = input;
    const warnings = [];
    const table = new Map();
    for (const [name, value] of builtin)
        table.set(name, { class: 'builtin', defaultValue: value });
    for (const name of LEGACY_PARAMETERS)
        if (!table.has(name))
            table.set(name, { class: 'legacy', defaultValue: '' });
    for (const m of input.services ?? masters) {
        for (const [name, value] of serviceParameterDefaults(m.serviceName, m.command, builtin)) {
            if (!table.has(name))
                table.set(name, { class: 'service', defaultValue: value });
        }
    }
    input.onTable?.(table);
    const mainPath = `${configDir}/main.cf`;
    const masterPath = `${configDir}/master.cf`;
    const dbmsNames = new Set();
    let fatal;
    // pcf_flag_user_parameter(): validate a referenced name that has a name=value somewhere.
    const flag = (name, scope, dbms, quiet = false) => {
        let supplied = false;
        if (scope && scope.params.has(name)) {
            supplied = true;
            scope.validNames.add(name);
        }
        else if (main.has(name)) {
            supplied = true;
            if (!table.has(name))
                table.set(name, { class: 'user' });
        }
        if (!scope) {
            for (const m of masters) {
                if (m.params.has(name)) {
                    supplied = true;
                    m.validNames.add(name);
                }
            }
        }
        if (dbms)
            dbmsNames.add(name);
        if (!supplied && !dbms && !quiet && !table.has(name)) {
            warnings.push(`${scope ? masterPath : mainPath}: undefined parameter: ${name}`);
        }
    };
    const scanValue = (value, scope, quiet = false) => {
        const r = scanMacroNames(value);
        warnings.push(...r.warnings);
        for (const n of r.names)
            flag(n, scope, false, quiet);
    };
    const checkClientConfig = (type, path) => {
        const r = input.readClientConfig?.(path);
        if (!r)
            return;
        if ('error' in r) {
            warnings.push(`open "${type}" configuration "${path}": ${r.error}`);
            return;
        }
        const known = new Set(DBMS_SUFFIXES.get(type) ?? []);
        const seen = new Map();
        for (const line of r.text.split('\n')) {
            const t = line.replace(/^\s+/, '');
            if (t === '' || t.startsWith('#') || /^\s/.test(line))
                continue;
            const nv = splitOptionNameValue(t);
            if (nv)
                seen.set(nv.name, nv.value);
        }
        for (const [n, v] of seen)
            if (!known.has(n))
                warnings.push(`${type}:${path}: unused parameter: ${n}=${v}`);
    };
    // postconf_dbms.c: type:name with a database client type validates name_<suffix>. The expanded value
    // is split on blanks and commas outside {} (mystrtokq); a {...} token, or a {...} table name, is
    // unwrapped (extpar, its errors are warnings) and searched again, except inside a regexp:/pcre: table.
    const dbmsWarning = (scope, error) => {
        warnings.push(scope ? `master.cf:${scope.label}: ${error}` : `main.cf: ${error}`);
    };
    const registerDbmsIn = (text, scope, recurse) => {
        for (const token of splitOutsideBraces(text)) {
            if (token[0] === '{') {
                const inner = unwrapBraces(token);
                if (inner.error !== undefined)
                    dbmsWarning(scope, inner.error);
                if (recurse)
                    registerDbmsIn(inner.text, scope, recurse);
                continue;
            }
            let dbType = token;
            let prefix;
            for (;;) {
                const colon = dbType.indexOf(':');
                if (colon < 0) {
                    prefix = undefined;
                    break;
                }
                prefix = dbType.slice(colon + 1);
                dbType = dbType.slice(0, colon);
                if (dbType !== 'proxy')
                    break;
                dbType = prefix;
            }
            if (prefix === undefined)
                continue;
            if (prefix.startsWith('.'))
                continue;
            if (prefix.startsWith('{')) {
                const inner = unwrapBraces(prefix);
                if (inner.error !== undefined)
                    dbmsWarning(scope, inner.error);
                registerDbmsIn(inner.text, scope, recurse && !REGEX_TABLE_TYPES.has(dbType));
                continue;
            }
            const suffixes = DBMS_SUFFIXES.get(dbType);
            if (!suffixes)
                continue;
            if (prefix.startsWith('/')) {
                checkClientConfig(dbType, prefix);
                continue;
            }
            for (const s of suffixes)
                flag(`${prefix}_${s}`, scope, true);
        }
    };
    const registerDbms = (value, scope) => {
        const expanded = input.expandForDbms(value, scope);
        warnings.push(...expanded.warnings);
        if (expanded.error) {
            fatal ??= 'macro processing error';
            return;
        }
        registerDbmsIn(expanded.value, scope, true);
    };
    const scanNamespace = (params, scope) => {
        const classes = params.get('smtpd_restriction_classes');
        if (classes !== undefined) {
            const lookup = (n) => params.get(n);
            const evaluated = macExpand(classes, lookup, { recurse: true }).value;
            for (const n of tokenize(evaluated))
                flag(n, scope, false);
        }
        for (const [name, value] of [...params]) {
            const node = table.get(name);
            let dbms = false;
            if (node) {
                if (READONLY_PARAMETERS.has(name)) {
                    warnings.push(`${scope ? masterPath : mainPath}: read-only parameter assignment: ${name}=${value}`);
                    params.delete(name);
                    continue;
                }
                dbms = node.class !== 'user';
                if (node.class === 'legacy')
                    node.class = 'user';
                if (RAW_PARAMETERS.has(name))
                    continue;
            }
            scanValue(value, scope);
            if (dbms && fatal === undefined)
                registerDbms(value, scope);
            if (fatal !== undefined)
                return;
        }
    };
    if (input.registerUser === false)
        return { table, warnings };
    for (const m of masters) {
        scanNamespace(m.params, m);
        if (fatal !== undefined)
            return { table, warnings, fatal };
    }
    // Defaults of parameters that main.cf leaves alone may reference (legacy) names.
    for (const [name, node] of table) {
        if (RAW_PARAMETERS.has(name) || main.has(name) || node.defaultValue === undefined)
            continue;
        // Built-in defaults name obsolete parameters for compatibility; postconf does not call those undefined.
        scanValue(node.defaultValue, undefined, true);
    }
    scanNamespace(main, undefined);
    const result = { table, warnings };
    if (fatal !== undefined)
        result.fatal = fatal;
    return result;
}
/** pcf_flag_unused_*_parameters(): the "unused parameter" warnings. */
function unusedParameterWarnings(universe, main, masters, configDir) {
    const out = [];
    for (const [name, value] of main) {
        if (!universe.table.has(name))
            out.push(`${configDir}/main.cf: unused parameter: ${name}=${value}`);
    }
    out.push(...unusedMasterParameterWarnings(universe, masters, configDir));
    return out;
}
function unusedMasterParameterWarnings(universe, masters, configDir) {
    const out = [];
    for (const m of masters) {
        for (const [name, value] of m.params) {
            if (!universe.table.has(name) && !m.validNames.has(name)) {
                out.push(`${configDir}/master.cf: unused parameter: ${name}=${value}`);
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/fix/edits.ts
var edits = __webpack_require__(5130);
// EXTERNAL MODULE: ./src/fix/value-repair.ts + 1 modules
var value_repair = __webpack_require__(9352);
// EXTERNAL MODULE: ./src/policy/rules/helpers.ts
var helpers = __webpack_require__(8071);
;// CONCATENATED MODULE: ./src/policy/rules/unknown-parameter.ts





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
        if (Math.abs(n.length - name.length) > max || (0,value_repair/* distanceLowerBound */.bb)(name, n) > max)
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
        const known = new Set([...builtin.keys(), ...LEGACY_PARAMETERS]);
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
        names = [...(0,defaults/* serviceParameterDefaults */.$Z)(name, command, builtin).keys()];
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
        const builtin = (0,defaults/* builtinDefaults */.sk)(ctx.model.postfixVersion.version);
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
                g = { closest: closestName(name, names), unique: (0,value_repair/* uniqueClosest */.z5)(name, names, Math.max(2, Math.floor(name.length / 6))) };
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
                ? { description: `Rename ${entry.name} to ${to}`, edits: main.entries.filter((x) => x.name === entry.name).map((x) => (0,edits/* editOfSpan */.OI)(main.source, x.nameSpan, to)) }
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
                const e = (0,helpers/* endpointAt */.hU)(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: o.span });
                const to = renameTo(o.name);
                const same = byName.get(o.name);
                // The rename edits every option of that name, so only the last one (the one the daemon applies)
                // carries it, as in main.cf: one fix per name, not one copy of it per duplicate.
                const fix = to && same.at(-1) === o && !byName.has(to) && !o.templated
                    ? { description: `Rename -o ${o.name} to ${to} on ${s.name}`, edits: same.map((x) => (0,edits/* editOfSpan */.OI)(master.source, x.nameSpan, to)) }
                    : undefined;
                ctx.report({ message: `-o ${o.name} on ${s.name}: not a Postfix ${ctx.model.postfixVersion.version} parameter, ignored silently.${hint}`, file: master.source.path, span: o.nameSpan, ...(e ? { endpoint: e } : {}), parameter: o.name, key: `${s.name}/${s.type}`, ...(fix ? { fix } : {}) });
            }
        }
    },
};


/***/ }),

/***/ 3225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ro: () => (/* reexport */ DEFAULTS_DELTAS),
  FH: () => (/* reexport */ versions/* DEFAULT_POSTFIX_VERSION */.FH),
  nh: () => (/* reexport */ versions/* SUPPORTED_POSTFIX_VERSIONS */.nh),
  sk: () => (/* binding */ builtinDefaults),
  Zy: () => (/* reexport */ versions/* compareVersions */.Zy),
  ot: () => (/* reexport */ versions/* parseVersion */.ot),
  $Z: () => (/* reexport */ serviceParameterDefaults),
  Vh: () => (/* reexport */ versions/* supportedMinorOf */.Vh)
});

// UNUSED EXPORTS: HOST_DERIVED_PARAMETERS, POSTFIX_3_7_VERSION, computeHostDerivedDefaults, isSupportedPostfixVersion, parameterExistsIn, subnetStyleNetworks

;// CONCATENATED MODULE: ./src/postfix/defaults/deltas.ts
const minorOf = (v) => v.major * 1000 + v.minor;
const m = (major, minor) => major * 1000 + minor;
const patchOf = (v) => v.patch ?? Number.POSITIVE_INFINITY;
/** True for versions before major.minor. */
const before = (major, minor) => (v) => minorOf(v) < m(major, minor);
const atLeast = (major, minor) => (v) => minorOf(v) >= m(major, minor);
/**
 * True when v does NOT have a feature that arrived in `since` and was back-ported to the
 * listed patch releases (e.g. "available in Postfix >= 3.9, 3.8.1, 3.7.6, ...").
 */
function lacksBackport(since, backports) {
    return (v) => {
        if (minorOf(v) >= m(...since))
            return false;
        const bp = backports.find(([a, b]) => m(a, b) === minorOf(v));
        return bp === undefined || patchOf(v) < bp[2];
    };
}
const CLIENT_PROTOCOL_PARAMS = [
    'smtpd_tls_protocols', 'smtpd_tls_mandatory_protocols',
    'smtp_tls_protocols', 'smtp_tls_mandatory_protocols',
    'lmtp_tls_protocols', 'lmtp_tls_mandatory_protocols',
];
/** Postfix 3.8 TLS_EXCL: deprecated ciphers, key exchanges, public keys and digests. */
const TLS_EXCL_REST = ':!kDH:!kECDH:!aDSS:!MD5';
const TLS_EXCL = `:!SEED:!IDEA:!3DES:!RC2:!RC4:!RC5${TLS_EXCL_REST}`;
/** Applied in order to a copy of the 3.7.11 table. */
const DEFAULTS_DELTAS = [
    // ---------------------------------------------------------------- before 3.7
    {
        source: 'MAN37 tlsproxy_client_level, tlsproxy_client_policy: "available in Postfix 3.4 - 3.6. It was renamed to tlsproxy_client_security_level / tlsproxy_client_policy_maps in Postfix 3.7"; REF §4.2 (3.7)',
        applies: before(3, 7),
        remove: ['tlsproxy_client_security_level', 'tlsproxy_client_policy_maps'],
        set: { tlsproxy_client_level: '$smtp_tls_security_level', tlsproxy_client_policy: '$smtp_tls_policy_maps' },
    },
    {
        source: 'MAN37 smtp_per_record_deadline, smtpd_per_record_deadline: "available in Postfix 2.9-3.6 ... Postfix 3.7 and later use *_per_request_deadline"; *_min_data_rate and *_bind_address_enforce: "available in Postfix 3.7 and later"',
        applies: before(3, 7),
        remove: [
            'smtpd_per_request_deadline', 'smtp_per_request_deadline', 'lmtp_per_request_deadline',
            'smtpd_min_data_rate', 'smtp_min_data_rate', 'lmtp_min_data_rate',
            'smtp_bind_address_enforce', 'lmtp_bind_address_enforce',
        ],
        set: {
            smtpd_per_record_deadline: '${stress?{yes}:{no}}',
            smtp_per_record_deadline: 'no',
            lmtp_per_record_deadline: 'no',
        },
    },
    // ---------------------------------------------------------------- before 3.6
    {
        source: 'REF §4.2 table: *_tls_protocols and *_tls_mandatory_protocols were "!SSLv2, !SSLv3" in 3.1-3.5, ">=TLSv1" from 3.6; MAN37 smtpd_tls_protocols',
        applies: before(3, 6),
        set: Object.fromEntries(CLIENT_PROTOCOL_PARAMS.map((p) => [p, '!SSLv2, !SSLv3'])),
    },
    {
        source: 'MAN37 smtpd_tls_fingerprint_digest: "With Postfix <= 3.5, the default algorithm is md5"; REF §4.2 (3.6), §4.3',
        applies: before(3, 6),
        set: { smtpd_tls_fingerprint_digest: 'md5', smtp_tls_fingerprint_digest: 'md5', lmtp_tls_fingerprint_digest: 'md5' },
    },
    {
        source: 'MAN37 postscreen_denylist_action, postscreen_allowlist_interfaces, postscreen_dnsbl_allowlist_threshold: renamed in 3.6 from postscreen_blacklist_action, postscreen_whitelist_interfaces, postscreen_dnsbl_whitelist_threshold ("available in Postfix ... - 3.5")',
        applies: before(3, 6),
        remove: ['postscreen_denylist_action', 'postscreen_allowlist_interfaces', 'postscreen_dnsbl_allowlist_threshold'],
        set: {
            postscreen_blacklist_action: 'ignore',
            postscreen_whitelist_interfaces: 'static:all',
            postscreen_dnsbl_whitelist_threshold: '0',
        },
    },
    {
        source: 'MAN37: "This feature is available in Postfix 3.6 and later" for each listed parameter',
        applies: before(3, 6),
        remove: [
            'empty_address_local_login_sender_maps_lookup_key', 'local_login_sender_maps', 'enable_threaded_bounces',
            'known_tcp_ports', 'respectful_logging', 'smtpd_relay_before_recipient_restrictions',
            'smtpd_sasl_mechanism_filter',
        ],
    },
    {
        source: 'MAN37 smtp_tls_dane_insecure_mx_policy: 3.6 default "dane" only with smtp_tls_security_level = dane, otherwise "may"; "backported to Postfix versions 3.5.9, 3.4.19"; earlier always "dane"',
        applies: lacksBackport([3, 6], [[3, 5, 9], [3, 4, 19]]),
        set: { smtp_tls_dane_insecure_mx_policy: 'dane' },
    },
    {
        source: 'MAN37 dnssec_probe: "available in Postfix 3.6 and later. It was backported to Postfix versions 3.5.9, 3.4.19"',
        applies: lacksBackport([3, 6], [[3, 5, 9], [3, 4, 19]]),
        remove: ['dnssec_probe'],
    },
    // ---------------------------------------------------------------- before 3.5
    {
        source: 'MAN37 info_log_address_format: "available in Postfix 3.5 and later"',
        applies: before(3, 5),
        remove: ['info_log_address_format'],
    },
    // ---------------------------------------------------------------- patch-level back-ports
    {
        source: 'MAN37 tls_config_file, tls_config_name: "available in Postfix >= 3.9, 3.8.1, 3.7.6, 3.6.10, and 3.5.20"; REF §4.2 tls_config_file note',
        applies: lacksBackport([3, 9], [[3, 8, 1], [3, 7, 6], [3, 6, 10], [3, 5, 20]]),
        remove: ['tls_config_file', 'tls_config_name'],
    },
    {
        source: 'MAN37 smtpd_forbid_unauth_pipelining: "available in Postfix >= 3.9, 3.8.1, 3.7.6, 3.6.10, and 3.5.20"',
        applies: lacksBackport([3, 9], [[3, 8, 1], [3, 7, 6], [3, 6, 10], [3, 5, 20]]),
        remove: ['smtpd_forbid_unauth_pipelining'],
    },
    {
        source: 'MAN37 smtpd_forbid_bare_newline_exclusions: "available in Postfix >= 3.9, 3.8.4, 3.7.9, 3.6.13, and 3.5.23"',
        applies: lacksBackport([3, 9], [[3, 8, 4], [3, 7, 9], [3, 6, 13], [3, 5, 23]]),
        remove: ['smtpd_forbid_bare_newline', 'smtpd_forbid_bare_newline_exclusions'],
    },
    {
        source: 'MAN37 smtpd_forbid_bare_newline_reject_code, cleanup_replace_stray_cr_lf: "available in Postfix >= 3.9, 3.8.5, 3.7.10, 3.6.14, and 3.5.24"',
        applies: lacksBackport([3, 9], [[3, 8, 5], [3, 7, 10], [3, 6, 14], [3, 5, 24]]),
        remove: ['smtpd_forbid_bare_newline_reject_code', 'cleanup_replace_stray_cr_lf'],
    },
    // ---------------------------------------------------------------- 3.8 and later
    {
        source: 'REF §4.2 "3.8: Added tls_ffdhe_auto_groups, default ffdhe2048 ffdhe3072 (OpenSSL 3.0+)"; SRC-HEAD DEF_TLS_FFDHE_AUTO',
        applies: atLeast(3, 8),
        set: { tls_ffdhe_auto_groups: 'ffdhe2048 ffdhe3072' },
    },
    {
        source: 'REF §4.2 cipherlist defaults "3.8+" (TLS_EXCL macros, S:v3.8.0 mail_params.h:3336-3348; tls_low/export_cipherlist empty and ignored, RELEASE_NOTES-3.8 [Incompat 20230304]); tls_null_cipherlist uses TLS_EXCL_REST per SRC-HEAD',
        applies: atLeast(3, 8),
        set: {
            tls_high_cipherlist: `aNULL:-aNULL:HIGH${TLS_EXCL}:@STRENGTH`,
            tls_medium_cipherlist: `aNULL:-aNULL:HIGH:MEDIUM${TLS_EXCL}:+RC4:@STRENGTH`,
            tls_low_cipherlist: '',
            tls_export_cipherlist: '',
            tls_null_cipherlist: `eNULL${TLS_EXCL_REST}:!aNULL`,
        },
    },
    // ---------------------------------------------------------------- 3.9 and later
    {
        source: 'REF §4.2 "3.9: smtpd_tls_enable_rpk / smtp_tls_enable_rpk (RFC 7250 raw public keys)"; SRC-HEAD DEF_SMTPD/SMTP/LMTP_TLS_ENABLE_RPK = 0, DEF_TLSP_TLS_ENABLE_RPK = $smtpd_tls_enable_rpk',
        applies: atLeast(3, 9),
        set: {
            smtpd_tls_enable_rpk: 'no',
            smtp_tls_enable_rpk: 'no',
            lmtp_tls_enable_rpk: 'no',
            tlsproxy_tls_enable_rpk: '$smtpd_tls_enable_rpk',
        },
    },
    // ---------------------------------------------------------------- 3.10 and later
    {
        source: 'REF §4.2 "3.10: TLS-Required: no header support; TLSRPT"; SRC-HEAD DEF_TLSREQUIRED_ENABLE "yes", DEF_SMTP_TLSRPT_* (lmtp_ defaults are literal copies); RN311 [Incompat 20250601]: skip_reused_handshakes was "yes" before 3.11',
        applies: atLeast(3, 10),
        set: {
            tls_required_enable: 'yes',
            smtp_tlsrpt_enable: 'no',
            lmtp_tlsrpt_enable: 'no',
            smtp_tlsrpt_socket_name: '',
            lmtp_tlsrpt_socket_name: '',
            smtp_tlsrpt_skip_reused_handshakes: 'yes',
            lmtp_tlsrpt_skip_reused_handshakes: 'yes',
        },
    },
    {
        source: 'RN311 [Feature 20250906] smtp_tls_enforce_sts_mx_patterns (default "yes"), "later back-ported to Postfix 3.10.5"; SRC-HEAD lmtp_tls_enforce_sts_mx_patterns "yes"',
        applies: (v) => atLeast(3, 11)(v) || (minorOf(v) === m(3, 10) && patchOf(v) >= 5),
        set: { smtp_tls_enforce_sts_mx_patterns: 'yes', lmtp_tls_enforce_sts_mx_patterns: 'yes' },
    },
    // ---------------------------------------------------------------- 3.11 and later
    {
        source: 'RN311 [Feature 20250623]: smtp_tls_security_level defaults to "may" at compatibility_level >= 3.11, "no change to the default lmtp_tls_security_level"; SRC-HEAD DEF_SMTP_TLS_LEVEL; REF §4.2 table',
        applies: atLeast(3, 11),
        set: { smtp_tls_security_level: '${{$compatibility_level} <level {3.11} ? {} : {may}}' },
    },
    {
        source: 'RN311 [Incompat 20250601]: smtp_tlsrpt_skip_reused_handshakes changed from "yes" to "no", "enabled with compatibility level >= 3.11" (written in the style of the other compatibility_level defaults; lmtp_ follows smtp_ per SRC-HEAD)',
        applies: atLeast(3, 11),
        set: {
            smtp_tlsrpt_skip_reused_handshakes: '${{$compatibility_level} <level {3.11} ? {yes} : {no}}',
            lmtp_tlsrpt_skip_reused_handshakes: '${{$compatibility_level} <level {3.11} ? {yes} : {no}}',
        },
    },
    {
        source: 'RN311 "Major changes - requiretls" (REQUIRETLS, requiretls_redact_dsn default yes, requiretls_esmtp_header = yes, smtp_/lmtp_requiretls_policy) and [Feature 20250910] smtp_log_tls_feature_status; values from SRC-HEAD',
        applies: atLeast(3, 11),
        set: {
            requiretls_enable: 'yes',
            requiretls_redact_dsn: 'yes',
            requiretls_esmtp_header: 'yes',
            smtp_requiretls_policy: 'inline:{{.$mydomain=opportunistic}, {localhost=opportunistic}}, opportunistic+starttls',
            lmtp_requiretls_policy: 'opportunistic',
            smtp_log_tls_feature_status: 'yes',
            lmtp_log_tls_feature_status: 'yes',
        },
    },
    {
        source: 'SRC-HEAD DEF_TLS_EECDH_AUTO orders secp384r1 before secp521r1 (OpenSSL < 3.5; with OpenSSL >= 3.5 3.11 uses "?X25519MLKEM768:DEFAULT", REF §4.2, RN311 [Feature 20251102]). The release that reordered the list is unverified; 3.8-3.10 keep the 3.7 order',
        applies: atLeast(3, 11),
        set: { tls_eecdh_auto_curves: 'X25519 X448 prime256v1 secp384r1 secp521r1' },
    },
];

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/postfix/defaults/host.ts
/**
 * Defaults that postconf computes from the machine it runs on, so they can never be
 * frozen into a table. Found by comparing `postconf -d` with mail_params.h: these are
 * the parameters without a constant DEF_ value (postconf_builtin.c: pcf_check_myhostname,
 * pcf_check_mydomainname, pcf_mynetworks, and the ad-hoc process_name / process_id).
 *
 * Build-time values (daemon_directory, mail_version, default_database_type, ...) are not
 * in this list: they are constant for a given package and live in the tables.
 */

const HOST_DERIVED_PARAMETERS = Object.freeze([
    'myhostname', // gethostname(); ".localdomain" (or ".$mydomain") appended when it has no dot
    'mydomain', // $myhostname minus its first label, "localdomain" when there is none
    'mynetworks', // one network per interface address (mynetworks_style subnet under -d)
    'process_id', // pid of the running postconf
    'process_name', // "postconf" when postconf prints it
]);
const DEF_MYDOMAIN = 'localdomain';
/** Values of HOST_DERIVED_PARAMETERS as `postconf -d` would print them on this machine. */
function computeHostDerivedDefaults(facts = {}) {
    const host = facts.hostname ?? (0,external_node_os_.hostname)();
    // postconf_builtin.c pcf_check_myhostname / pcf_check_mydomainname.
    const myhostname = host.includes('.') ? host : `${host}.${facts.mydomainSetting ?? DEF_MYDOMAIN}`;
    const dot = myhostname.indexOf('.');
    const mydomain = dot < 0 ? DEF_MYDOMAIN : myhostname.slice(dot + 1);
    return new Map([
        ['myhostname', myhostname],
        ['mydomain', mydomain],
        ['mynetworks', subnetStyleNetworks(facts.interfaces ?? (0,external_node_os_.networkInterfaces)())],
        ['process_id', String(facts.pid ?? process.pid)],
        ['process_name', 'postconf'],
    ]);
}
/**
 * mynetworks for mynetworks_style = subnet, which is what `postconf -d` uses (its default
 * style expression gives "subnet" at compatibility_level 0). Postfix lists the addresses
 * in getifaddrs() order, which on Linux is every IPv4 address before every IPv6 address.
 */
function subnetStyleNetworks(interfaces) {
    const all = Object.values(interfaces).flatMap((list) => list ?? []);
    const v4 = all.filter((a) => a.family === 'IPv4');
    const v6 = all.filter((a) => a.family === 'IPv6');
    const out = [];
    for (const a of v4) {
        const bits = prefixLength(a.netmask.split('.').map(Number), 8);
        const net = maskBytes(a.address.split('.').map(Number), bits, 8);
        out.push(`${net.join('.')}/${bits}`);
    }
    for (const a of v6) {
        const bits = prefixLength(ipv6Groups(a.netmask), 16);
        out.push(`[${formatIpv6(maskBytes(ipv6Groups(a.address), bits, 16))}]/${bits}`);
    }
    return out.join(' ');
}
function prefixLength(parts, width) {
    let bits = 0;
    for (const p of parts) {
        for (let i = width - 1; i >= 0 && (p >> i) & 1; i--)
            bits++;
        if (p !== (1 << width) - 1)
            break;
    }
    return bits;
}
function maskBytes(parts, bits, width) {
    return parts.map((p, i) => {
        const keep = Math.max(0, Math.min(width, bits - i * width));
        const mask = keep === 0 ? 0 : (((1 << keep) - 1) << (width - keep)) & ((1 << width) - 1);
        return p & mask;
    });
}
function ipv6Groups(text) {
    const addr = text.replace(/%.*$/, '');
    const [head = '', tail] = addr.split('::');
    const parse = (s) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
    const h = parse(head);
    const t = tail === undefined ? [] : parse(tail);
    const zeros = tail === undefined ? [] : new Array(8 - h.length - t.length).fill(0);
    return [...h, ...zeros, ...t];
}
/** inet_ntop() style: lower-case hex, the longest run (>= 2) of zero groups becomes "::". */
function formatIpv6(groups) {
    let best = -1;
    let bestLen = 0;
    for (let i = 0; i < groups.length;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < groups.length && groups[j] === 0)
            j++;
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestLen < 2)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

;// CONCATENATED MODULE: ./src/postfix/defaults/table-3.7.generated.ts
/**
 * GENERATED by src/postfix/defaults/generate-3.7-table.mjs - do not edit by hand.
 *
 * Provenance: `postconf -c <empty dir> -d` of Debian 12 (bookworm) package postfix
 * 3.7.11 (linked with OpenSSL 3.0), with an empty main.cf and an empty master.cf.
 * 831 built-in parameters, in postconf's (sorted) output order.
 *
 * Values are raw and unexpanded, exactly as postconf prints them. null marks a
 * host-derived value (host.ts) that is computed at run time instead.
 *
 * Debian builds differ from upstream in some compiled-in values (for example
 * daemon_directory = /usr/lib/postfix/sbin, manpage_directory = /usr/share/man,
 * readme_directory = /usr/share/doc/postfix); they are kept here because the oracle
 * is Debian's postconf. tls_eecdh_auto_curves reflects what this OpenSSL supports.
 */
const POSTFIX_3_7_VERSION = "3.7.11";
const POSTFIX_3_7_TABLE = [
    ["2bounce_notice_recipient", "postmaster"],
    ["access_map_defer_code", "450"],
    ["access_map_reject_code", "554"],
    ["address_verify_cache_cleanup_interval", "12h"],
    ["address_verify_default_transport", "$default_transport"],
    ["address_verify_local_transport", "$local_transport"],
    ["address_verify_map", "btree:$data_directory/verify_cache"],
    ["address_verify_negative_cache", "yes"],
    ["address_verify_negative_expire_time", "3d"],
    ["address_verify_negative_refresh_time", "3h"],
    ["address_verify_pending_request_limit", "5000"],
    ["address_verify_poll_count", "${stress?{1}:{3}}"],
    ["address_verify_poll_delay", "3s"],
    ["address_verify_positive_expire_time", "31d"],
    ["address_verify_positive_refresh_time", "7d"],
    ["address_verify_relay_transport", "$relay_transport"],
    ["address_verify_relayhost", "$relayhost"],
    ["address_verify_sender", "$double_bounce_sender"],
    ["address_verify_sender_dependent_default_transport_maps", "$sender_dependent_default_transport_maps"],
    ["address_verify_sender_dependent_relayhost_maps", "$sender_dependent_relayhost_maps"],
    ["address_verify_sender_ttl", "0s"],
    ["address_verify_service_name", "verify"],
    ["address_verify_transport_maps", "$transport_maps"],
    ["address_verify_virtual_transport", "$virtual_transport"],
    ["alias_database", "hash:/etc/aliases"],
    ["alias_maps", "hash:/etc/aliases, nis:mail.aliases"],
    ["allow_mail_to_commands", "alias, forward"],
    ["allow_mail_to_files", "alias, forward"],
    ["allow_min_user", "no"],
    ["allow_percent_hack", "yes"],
    ["allow_untrusted_routing", "no"],
    ["alternate_config_directories", ""],
    ["always_add_missing_headers", "no"],
    ["always_bcc", ""],
    ["anvil_rate_time_unit", "60s"],
    ["anvil_status_update_time", "600s"],
    ["append_at_myorigin", "yes"],
    ["append_dot_mydomain", "${{$compatibility_level} <level {1} ? {yes} : {no}}"],
    ["application_event_drain_time", "100s"],
    ["authorized_flush_users", "static:anyone"],
    ["authorized_mailq_users", "static:anyone"],
    ["authorized_submit_users", "static:anyone"],
    ["backwards_bounce_logfile_compatibility", "yes"],
    ["berkeley_db_create_buffer_size", "16777216"],
    ["berkeley_db_read_buffer_size", "131072"],
    ["best_mx_transport", ""],
    ["biff", "yes"],
    ["body_checks", ""],
    ["body_checks_size_limit", "51200"],
    ["bounce_notice_recipient", "postmaster"],
    ["bounce_queue_lifetime", "5d"],
    ["bounce_service_name", "bounce"],
    ["bounce_size_limit", "50000"],
    ["bounce_template_file", ""],
    ["broken_sasl_auth_clients", "no"],
    ["canonical_classes", "envelope_sender, envelope_recipient, header_sender, header_recipient"],
    ["canonical_maps", ""],
    ["cleanup_replace_stray_cr_lf", "yes"],
    ["cleanup_service_name", "cleanup"],
    ["command_directory", "/usr/sbin"],
    ["command_execution_directory", ""],
    ["command_expansion_filter", "1234567890!@%-_=+:,./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["command_time_limit", "1000s"],
    ["compatibility_level", "0"],
    ["config_directory", "/etc/postfix"],
    ["confirm_delay_cleared", "no"],
    ["connection_cache_protocol_timeout", "5s"],
    ["connection_cache_service_name", "scache"],
    ["connection_cache_status_update_time", "600s"],
    ["connection_cache_ttl_limit", "2s"],
    ["content_filter", ""],
    ["cyrus_sasl_config_path", ""],
    ["daemon_directory", "/usr/lib/postfix/sbin"],
    ["daemon_table_open_error_is_fatal", "no"],
    ["daemon_timeout", "18000s"],
    ["data_directory", "/var/lib/postfix"],
    ["debug_peer_level", "2"],
    ["debug_peer_list", ""],
    ["debugger_command", ""],
    ["default_database_type", "hash"],
    ["default_delivery_slot_cost", "5"],
    ["default_delivery_slot_discount", "50"],
    ["default_delivery_slot_loan", "3"],
    ["default_delivery_status_filter", ""],
    ["default_destination_concurrency_failed_cohort_limit", "1"],
    ["default_destination_concurrency_limit", "20"],
    ["default_destination_concurrency_negative_feedback", "1"],
    ["default_destination_concurrency_positive_feedback", "1"],
    ["default_destination_rate_delay", "0s"],
    ["default_destination_recipient_limit", "50"],
    ["default_extra_recipient_limit", "1000"],
    ["default_filter_nexthop", ""],
    ["default_minimum_delivery_slots", "3"],
    ["default_privs", "nobody"],
    ["default_process_limit", "100"],
    ["default_rbl_reply", "$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain${rbl_reason?; $rbl_reason}"],
    ["default_recipient_limit", "20000"],
    ["default_recipient_refill_delay", "5s"],
    ["default_recipient_refill_limit", "100"],
    ["default_transport", "smtp"],
    ["default_transport_rate_delay", "0s"],
    ["default_verp_delimiters", "+="],
    ["defer_code", "450"],
    ["defer_service_name", "defer"],
    ["defer_transports", ""],
    ["delay_logging_resolution_limit", "2"],
    ["delay_notice_recipient", "postmaster"],
    ["delay_warning_time", "0h"],
    ["deliver_lock_attempts", "20"],
    ["deliver_lock_delay", "1s"],
    ["destination_concurrency_feedback_debug", "no"],
    ["detect_8bit_encoding_header", "yes"],
    ["disable_dns_lookups", "no"],
    ["disable_mime_input_processing", "no"],
    ["disable_mime_output_conversion", "no"],
    ["disable_verp_bounces", "no"],
    ["disable_vrfy_command", "no"],
    ["dns_ncache_ttl_fix_enable", "no"],
    ["dnsblog_reply_delay", "0s"],
    ["dnsblog_service_name", "dnsblog"],
    ["dnssec_probe", "ns:."],
    ["dont_remove", "0"],
    ["double_bounce_sender", "double-bounce"],
    ["duplicate_filter_limit", "1000"],
    ["empty_address_default_transport_maps_lookup_key", "<>"],
    ["empty_address_local_login_sender_maps_lookup_key", "<>"],
    ["empty_address_recipient", "MAILER-DAEMON"],
    ["empty_address_relayhost_maps_lookup_key", "<>"],
    ["enable_idna2003_compatibility", "no"],
    ["enable_long_queue_ids", "no"],
    ["enable_original_recipient", "yes"],
    ["enable_threaded_bounces", "no"],
    ["error_notice_recipient", "postmaster"],
    ["error_service_name", "error"],
    ["execution_directory_expansion_filter", "1234567890!@%-_=+:,./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["expand_owner_alias", "no"],
    ["export_environment", "TZ MAIL_CONFIG LANG"],
    ["fallback_transport", ""],
    ["fallback_transport_maps", ""],
    ["fast_flush_domains", "$relay_domains"],
    ["fast_flush_purge_time", "7d"],
    ["fast_flush_refresh_time", "12h"],
    ["fault_injection_code", "0"],
    ["flush_service_name", "flush"],
    ["fork_attempts", "5"],
    ["fork_delay", "1s"],
    ["forward_expansion_filter", "1234567890!@%-_=+:,./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["forward_path", "$home/.forward${recipient_delimiter}${extension}, $home/.forward"],
    ["frozen_delivered_to", "yes"],
    ["hash_queue_depth", "1"],
    ["hash_queue_names", "deferred, defer"],
    ["header_address_token_limit", "10240"],
    ["header_checks", ""],
    ["header_from_format", "standard"],
    ["header_size_limit", "102400"],
    ["helpful_warnings", "yes"],
    ["home_mailbox", ""],
    ["hopcount_limit", "50"],
    ["html_directory", "/usr/share/doc/postfix/html"],
    ["ignore_mx_lookup_error", "no"],
    ["import_environment", "MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ XAUTHORITY DISPLAY LANG=C POSTLOG_SERVICE POSTLOG_HOSTNAME"],
    ["in_flow_delay", "1s"],
    ["inet_interfaces", "all"],
    ["inet_protocols", "all"],
    ["info_log_address_format", "external"],
    ["initial_destination_concurrency", "5"],
    ["internal_mail_filter_classes", ""],
    ["invalid_hostname_reject_code", "501"],
    ["ipc_idle", "5s"],
    ["ipc_timeout", "3600s"],
    ["ipc_ttl", "1000s"],
    ["known_tcp_ports", "lmtp=24, smtp=25, smtps=submissions=465, submission=587"],
    ["line_length_limit", "2048"],
    ["lmdb_map_size", "16777216"],
    ["lmtp_address_preference", "any"],
    ["lmtp_address_verify_target", "rcpt"],
    ["lmtp_assume_final", "no"],
    ["lmtp_balance_inet_protocols", "yes"],
    ["lmtp_bind_address", ""],
    ["lmtp_bind_address6", ""],
    ["lmtp_bind_address_enforce", "no"],
    ["lmtp_body_checks", ""],
    ["lmtp_cname_overrides_servername", "no"],
    ["lmtp_connect_timeout", "0s"],
    ["lmtp_connection_cache_destinations", ""],
    ["lmtp_connection_cache_on_demand", "yes"],
    ["lmtp_connection_cache_time_limit", "2s"],
    ["lmtp_connection_reuse_count_limit", "0"],
    ["lmtp_connection_reuse_time_limit", "300s"],
    ["lmtp_data_done_timeout", "600s"],
    ["lmtp_data_init_timeout", "120s"],
    ["lmtp_data_xfer_timeout", "180s"],
    ["lmtp_defer_if_no_mx_address_found", "no"],
    ["lmtp_delivery_status_filter", "$default_delivery_status_filter"],
    ["lmtp_discard_lhlo_keyword_address_maps", ""],
    ["lmtp_discard_lhlo_keywords", ""],
    ["lmtp_dns_reply_filter", ""],
    ["lmtp_dns_resolver_options", ""],
    ["lmtp_dns_support_level", ""],
    ["lmtp_enforce_tls", "no"],
    ["lmtp_fallback_relay", ""],
    ["lmtp_generic_maps", ""],
    ["lmtp_header_checks", ""],
    ["lmtp_host_lookup", "dns"],
    ["lmtp_lhlo_name", "$myhostname"],
    ["lmtp_lhlo_timeout", "300s"],
    ["lmtp_line_length_limit", "998"],
    ["lmtp_mail_timeout", "300s"],
    ["lmtp_mime_header_checks", ""],
    ["lmtp_min_data_rate", "500"],
    ["lmtp_mx_address_limit", "5"],
    ["lmtp_mx_session_limit", "2"],
    ["lmtp_nested_header_checks", ""],
    ["lmtp_per_request_deadline", "${lmtp_per_record_deadline?{$lmtp_per_record_deadline}:{no}}"],
    ["lmtp_pix_workaround_delay_time", "10s"],
    ["lmtp_pix_workaround_maps", ""],
    ["lmtp_pix_workaround_threshold_time", "500s"],
    ["lmtp_pix_workarounds", "disable_esmtp,delay_dotcrlf"],
    ["lmtp_quit_timeout", "300s"],
    ["lmtp_quote_rfc821_envelope", "yes"],
    ["lmtp_randomize_addresses", "yes"],
    ["lmtp_rcpt_timeout", "300s"],
    ["lmtp_reply_filter", ""],
    ["lmtp_rset_timeout", "20s"],
    ["lmtp_sasl_auth_cache_name", ""],
    ["lmtp_sasl_auth_cache_time", "90d"],
    ["lmtp_sasl_auth_enable", "no"],
    ["lmtp_sasl_auth_soft_bounce", "yes"],
    ["lmtp_sasl_mechanism_filter", ""],
    ["lmtp_sasl_password_maps", ""],
    ["lmtp_sasl_path", ""],
    ["lmtp_sasl_security_options", "noplaintext, noanonymous"],
    ["lmtp_sasl_tls_security_options", "$lmtp_sasl_security_options"],
    ["lmtp_sasl_tls_verified_security_options", "$lmtp_sasl_tls_security_options"],
    ["lmtp_sasl_type", "cyrus"],
    ["lmtp_send_dummy_mail_auth", "no"],
    ["lmtp_send_xforward_command", "no"],
    ["lmtp_sender_dependent_authentication", "no"],
    ["lmtp_skip_5xx_greeting", "yes"],
    ["lmtp_skip_quit_response", "no"],
    ["lmtp_starttls_timeout", "300s"],
    ["lmtp_tcp_port", "24"],
    ["lmtp_tls_CAfile", ""],
    ["lmtp_tls_CApath", ""],
    ["lmtp_tls_block_early_mail_reply", "no"],
    ["lmtp_tls_cert_file", ""],
    ["lmtp_tls_chain_files", ""],
    ["lmtp_tls_ciphers", "medium"],
    ["lmtp_tls_connection_reuse", "no"],
    ["lmtp_tls_dcert_file", ""],
    ["lmtp_tls_dkey_file", "$lmtp_tls_dcert_file"],
    ["lmtp_tls_eccert_file", ""],
    ["lmtp_tls_eckey_file", "$lmtp_tls_eccert_file"],
    ["lmtp_tls_enforce_peername", "yes"],
    ["lmtp_tls_exclude_ciphers", ""],
    ["lmtp_tls_fingerprint_cert_match", ""],
    ["lmtp_tls_fingerprint_digest", "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"],
    ["lmtp_tls_force_insecure_host_tlsa_lookup", "no"],
    ["lmtp_tls_key_file", "$lmtp_tls_cert_file"],
    ["lmtp_tls_loglevel", "0"],
    ["lmtp_tls_mandatory_ciphers", "medium"],
    ["lmtp_tls_mandatory_exclude_ciphers", ""],
    ["lmtp_tls_mandatory_protocols", ">=TLSv1"],
    ["lmtp_tls_note_starttls_offer", "no"],
    ["lmtp_tls_per_site", ""],
    ["lmtp_tls_policy_maps", ""],
    ["lmtp_tls_protocols", ">=TLSv1"],
    ["lmtp_tls_scert_verifydepth", "9"],
    ["lmtp_tls_secure_cert_match", "nexthop"],
    ["lmtp_tls_security_level", ""],
    ["lmtp_tls_servername", ""],
    ["lmtp_tls_session_cache_database", ""],
    ["lmtp_tls_session_cache_timeout", "3600s"],
    ["lmtp_tls_trust_anchor_file", ""],
    ["lmtp_tls_verify_cert_match", "hostname"],
    ["lmtp_tls_wrappermode", "no"],
    ["lmtp_use_tls", "no"],
    ["lmtp_xforward_timeout", "300s"],
    ["local_command_shell", ""],
    ["local_delivery_status_filter", "$default_delivery_status_filter"],
    ["local_destination_concurrency_limit", "2"],
    ["local_destination_recipient_limit", "1"],
    ["local_header_rewrite_clients", "permit_inet_interfaces"],
    ["local_login_sender_maps", "static:*"],
    ["local_recipient_maps", "proxy:unix:passwd.byname $alias_maps"],
    ["local_transport", "local:$myhostname"],
    ["luser_relay", ""],
    ["mail_name", "Postfix"],
    ["mail_owner", "postfix"],
    ["mail_release_date", "20240304"],
    ["mail_spool_directory", "/var/mail"],
    ["mail_version", "3.7.11"],
    ["mailbox_command", ""],
    ["mailbox_command_maps", ""],
    ["mailbox_delivery_lock", "fcntl, dotlock"],
    ["mailbox_size_limit", "51200000"],
    ["mailbox_transport", ""],
    ["mailbox_transport_maps", ""],
    ["maillog_file", ""],
    ["maillog_file_compressor", "gzip"],
    ["maillog_file_prefixes", "/var, /dev/stdout"],
    ["maillog_file_rotate_suffix", "%Y%m%d-%H%M%S"],
    ["mailq_path", "/usr/bin/mailq"],
    ["manpage_directory", "/usr/share/man"],
    ["maps_rbl_domains", ""],
    ["maps_rbl_reject_code", "554"],
    ["masquerade_classes", "envelope_sender, header_sender, header_recipient"],
    ["masquerade_domains", ""],
    ["masquerade_exceptions", ""],
    ["master_service_disable", ""],
    ["max_idle", "100s"],
    ["max_use", "100"],
    ["maximal_backoff_time", "4000s"],
    ["maximal_queue_lifetime", "5d"],
    ["message_drop_headers", "bcc, content-length, resent-bcc, return-path"],
    ["message_reject_characters", ""],
    ["message_size_limit", "10240000"],
    ["message_strip_characters", ""],
    ["meta_directory", "/etc/postfix"],
    ["milter_command_timeout", "30s"],
    ["milter_connect_macros", "j {daemon_name} {daemon_addr} v _"],
    ["milter_connect_timeout", "30s"],
    ["milter_content_timeout", "300s"],
    ["milter_data_macros", "i"],
    ["milter_default_action", "tempfail"],
    ["milter_end_of_data_macros", "i"],
    ["milter_end_of_header_macros", "i"],
    ["milter_header_checks", ""],
    ["milter_helo_macros", "{tls_version} {cipher} {cipher_bits} {cert_subject} {cert_issuer}"],
    ["milter_macro_daemon_name", "$myhostname"],
    ["milter_macro_defaults", ""],
    ["milter_macro_v", "$mail_name $mail_version"],
    ["milter_mail_macros", "i {auth_type} {auth_authen} {auth_author} {mail_addr} {mail_host} {mail_mailer}"],
    ["milter_protocol", "6"],
    ["milter_rcpt_macros", "i {rcpt_addr} {rcpt_host} {rcpt_mailer}"],
    ["milter_unknown_command_macros", ""],
    ["mime_boundary_length_limit", "2048"],
    ["mime_header_checks", "$header_checks"],
    ["mime_nesting_limit", "100"],
    ["minimal_backoff_time", "300s"],
    ["multi_instance_directories", ""],
    ["multi_instance_enable", "no"],
    ["multi_instance_group", ""],
    ["multi_instance_name", ""],
    ["multi_instance_wrapper", ""],
    ["multi_recipient_bounce_reject_code", "550"],
    ["mydestination", "$myhostname, localhost.$mydomain, localhost"],
    ["mydomain", null],
    ["myhostname", null],
    ["mynetworks", null],
    ["mynetworks_style", "${{$compatibility_level} <level {2} ? {subnet} : {host}}"],
    ["myorigin", "$myhostname"],
    ["nested_header_checks", "$header_checks"],
    ["newaliases_path", "/usr/bin/newaliases"],
    ["non_fqdn_reject_code", "504"],
    ["non_smtpd_milters", ""],
    ["notify_classes", "resource, software"],
    ["openssl_path", "openssl"],
    ["owner_request_special", "yes"],
    ["parent_domain_matches_subdomains", "debug_peer_list,fast_flush_domains,mynetworks,permit_mx_backup_networks,qmqpd_authorized_clients,relay_domains,smtpd_access_maps"],
    ["permit_mx_backup_networks", ""],
    ["pickup_service_name", "pickup"],
    ["pipe_delivery_status_filter", "$default_delivery_status_filter"],
    ["plaintext_reject_code", "450"],
    ["postlog_service_name", "postlog"],
    ["postlogd_watchdog_timeout", "10s"],
    ["postmulti_control_commands", "reload flush"],
    ["postmulti_start_commands", "start"],
    ["postmulti_stop_commands", "stop abort drain quick-stop"],
    ["postscreen_access_list", "permit_mynetworks"],
    ["postscreen_allowlist_interfaces", "${postscreen_whitelist_interfaces?{$postscreen_whitelist_interfaces}:{static:all}}"],
    ["postscreen_bare_newline_action", "ignore"],
    ["postscreen_bare_newline_enable", "no"],
    ["postscreen_bare_newline_ttl", "30d"],
    ["postscreen_cache_cleanup_interval", "12h"],
    ["postscreen_cache_map", "btree:$data_directory/postscreen_cache"],
    ["postscreen_cache_retention_time", "7d"],
    ["postscreen_client_connection_count_limit", "$smtpd_client_connection_count_limit"],
    ["postscreen_command_count_limit", "20"],
    ["postscreen_command_filter", ""],
    ["postscreen_command_time_limit", "${stress?{10}:{300}}s"],
    ["postscreen_denylist_action", "${postscreen_blacklist_action?{$postscreen_blacklist_action}:{ignore}}"],
    ["postscreen_disable_vrfy_command", "$disable_vrfy_command"],
    ["postscreen_discard_ehlo_keyword_address_maps", "$smtpd_discard_ehlo_keyword_address_maps"],
    ["postscreen_discard_ehlo_keywords", "$smtpd_discard_ehlo_keywords"],
    ["postscreen_dnsbl_action", "ignore"],
    ["postscreen_dnsbl_allowlist_threshold", "${postscreen_dnsbl_whitelist_threshold?{$postscreen_dnsbl_whitelist_threshold}:{0}}"],
    ["postscreen_dnsbl_max_ttl", "${postscreen_dnsbl_ttl?{$postscreen_dnsbl_ttl}:{1}}h"],
    ["postscreen_dnsbl_min_ttl", "60s"],
    ["postscreen_dnsbl_reply_map", ""],
    ["postscreen_dnsbl_sites", ""],
    ["postscreen_dnsbl_threshold", "1"],
    ["postscreen_dnsbl_timeout", "10s"],
    ["postscreen_enforce_tls", "$smtpd_enforce_tls"],
    ["postscreen_expansion_filter", "$smtpd_expansion_filter"],
    ["postscreen_forbidden_commands", "$smtpd_forbidden_commands"],
    ["postscreen_greet_action", "ignore"],
    ["postscreen_greet_banner", "$smtpd_banner"],
    ["postscreen_greet_ttl", "1d"],
    ["postscreen_greet_wait", "${stress?{2}:{6}}s"],
    ["postscreen_helo_required", "$smtpd_helo_required"],
    ["postscreen_non_smtp_command_action", "drop"],
    ["postscreen_non_smtp_command_enable", "no"],
    ["postscreen_non_smtp_command_ttl", "30d"],
    ["postscreen_pipelining_action", "enforce"],
    ["postscreen_pipelining_enable", "no"],
    ["postscreen_pipelining_ttl", "30d"],
    ["postscreen_post_queue_limit", "$default_process_limit"],
    ["postscreen_pre_queue_limit", "$default_process_limit"],
    ["postscreen_reject_footer", "$smtpd_reject_footer"],
    ["postscreen_reject_footer_maps", "$smtpd_reject_footer_maps"],
    ["postscreen_tls_security_level", "$smtpd_tls_security_level"],
    ["postscreen_upstream_proxy_protocol", ""],
    ["postscreen_upstream_proxy_timeout", "5s"],
    ["postscreen_use_tls", "$smtpd_use_tls"],
    ["postscreen_watchdog_timeout", "10s"],
    ["prepend_delivered_header", "command, file, forward"],
    ["process_id", null],
    ["process_id_directory", "pid"],
    ["process_name", null],
    ["propagate_unmatched_extensions", "canonical, virtual"],
    ["proxy_interfaces", ""],
    ["proxy_read_maps", "$local_recipient_maps $mydestination $virtual_alias_maps $virtual_alias_domains $virtual_mailbox_maps $virtual_mailbox_domains $relay_recipient_maps $relay_domains $canonical_maps $sender_canonical_maps $recipient_canonical_maps $relocated_maps $transport_maps $mynetworks $smtpd_sender_login_maps $sender_bcc_maps $recipient_bcc_maps $smtp_generic_maps $lmtp_generic_maps $alias_maps $smtpd_client_restrictions $smtpd_helo_restrictions $smtpd_sender_restrictions $smtpd_relay_restrictions $smtpd_recipient_restrictions $address_verify_sender_dependent_default_transport_maps $address_verify_sender_dependent_relayhost_maps $address_verify_transport_maps $fallback_transport_maps $lmtp_discard_lhlo_keyword_address_maps $lmtp_pix_workaround_maps $lmtp_sasl_password_maps $lmtp_tls_policy_maps $mailbox_command_maps $mailbox_transport_maps $postscreen_discard_ehlo_keyword_address_maps $rbl_reply_maps $sender_dependent_default_transport_maps $sender_dependent_relayhost_maps $smtp_discard_ehlo_keyword_address_maps $smtp_pix_workaround_maps $smtp_sasl_password_maps $smtp_tls_policy_maps $smtpd_discard_ehlo_keyword_address_maps $smtpd_milter_maps $virtual_gid_maps $virtual_uid_maps $local_login_sender_maps $postscreen_reject_footer_maps $smtpd_reject_footer_maps $tls_server_sni_maps $tlsproxy_client_policy_maps $default_delivery_status_filter $lmtp_delivery_status_filter $lmtp_dns_reply_filter $lmtp_reply_filter $local_delivery_status_filter $pipe_delivery_status_filter $postscreen_command_filter $smtp_delivery_status_filter $smtp_dns_reply_filter $smtp_reply_filter $smtpd_command_filter $smtpd_dns_reply_filter $virtual_delivery_status_filter $body_checks $header_checks $lmtp_body_checks $lmtp_header_checks $lmtp_mime_header_checks $lmtp_nested_header_checks $milter_header_checks $mime_header_checks $nested_header_checks $smtp_body_checks $smtp_header_checks $smtp_mime_header_checks $smtp_nested_header_checks"],
    ["proxy_write_maps", "$smtp_sasl_auth_cache_name $lmtp_sasl_auth_cache_name $address_verify_map $postscreen_cache_map"],
    ["proxymap_service_name", "proxymap"],
    ["proxywrite_service_name", "proxywrite"],
    ["qmgr_clog_warn_time", "300s"],
    ["qmgr_daemon_timeout", "1000s"],
    ["qmgr_fudge_factor", "100"],
    ["qmgr_ipc_timeout", "60s"],
    ["qmgr_message_active_limit", "20000"],
    ["qmgr_message_recipient_limit", "20000"],
    ["qmgr_message_recipient_minimum", "10"],
    ["qmqpd_authorized_clients", ""],
    ["qmqpd_client_port_logging", "no"],
    ["qmqpd_error_delay", "1s"],
    ["qmqpd_timeout", "300s"],
    ["queue_directory", "/var/spool/postfix"],
    ["queue_file_attribute_count_limit", "100"],
    ["queue_minfree", "0"],
    ["queue_run_delay", "300s"],
    ["queue_service_name", "qmgr"],
    ["rbl_reply_maps", ""],
    ["readme_directory", "/usr/share/doc/postfix"],
    ["receive_override_options", ""],
    ["recipient_bcc_maps", ""],
    ["recipient_canonical_classes", "envelope_recipient, header_recipient"],
    ["recipient_canonical_maps", ""],
    ["recipient_delimiter", ""],
    ["reject_code", "554"],
    ["reject_tempfail_action", "defer_if_permit"],
    ["relay_clientcerts", ""],
    ["relay_domains", "${{$compatibility_level} <level {2} ? {$mydestination} : {}}"],
    ["relay_domains_reject_code", "554"],
    ["relay_recipient_maps", ""],
    ["relay_transport", "relay"],
    ["relayhost", ""],
    ["relocated_maps", ""],
    ["remote_header_rewrite_domain", ""],
    ["require_home_directory", "no"],
    ["reset_owner_alias", "no"],
    ["resolve_dequoted_address", "yes"],
    ["resolve_null_domain", "no"],
    ["resolve_numeric_domain", "no"],
    ["respectful_logging", "${{$compatibility_level} <level {3.6} ? {no} : {yes}}"],
    ["rewrite_service_name", "rewrite"],
    ["sample_directory", "/etc/postfix"],
    ["send_cyrus_sasl_authzid", "no"],
    ["sender_bcc_maps", ""],
    ["sender_canonical_classes", "envelope_sender, header_sender"],
    ["sender_canonical_maps", ""],
    ["sender_dependent_default_transport_maps", ""],
    ["sender_dependent_relayhost_maps", ""],
    ["sendmail_fix_line_endings", "always"],
    ["sendmail_path", "/usr/sbin/sendmail"],
    ["service_name", ""],
    ["service_throttle_time", "60s"],
    ["setgid_group", "postdrop"],
    ["shlib_directory", "/usr/lib/postfix"],
    ["show_user_unknown_table_name", "yes"],
    ["showq_service_name", "showq"],
    ["smtp_address_preference", "any"],
    ["smtp_address_verify_target", "rcpt"],
    ["smtp_always_send_ehlo", "yes"],
    ["smtp_balance_inet_protocols", "yes"],
    ["smtp_bind_address", ""],
    ["smtp_bind_address6", ""],
    ["smtp_bind_address_enforce", "no"],
    ["smtp_body_checks", ""],
    ["smtp_cname_overrides_servername", "no"],
    ["smtp_connect_timeout", "30s"],
    ["smtp_connection_cache_destinations", ""],
    ["smtp_connection_cache_on_demand", "yes"],
    ["smtp_connection_cache_time_limit", "2s"],
    ["smtp_connection_reuse_count_limit", "0"],
    ["smtp_connection_reuse_time_limit", "300s"],
    ["smtp_data_done_timeout", "600s"],
    ["smtp_data_init_timeout", "120s"],
    ["smtp_data_xfer_timeout", "180s"],
    ["smtp_defer_if_no_mx_address_found", "no"],
    ["smtp_delivery_status_filter", "$default_delivery_status_filter"],
    ["smtp_discard_ehlo_keyword_address_maps", ""],
    ["smtp_discard_ehlo_keywords", ""],
    ["smtp_dns_reply_filter", ""],
    ["smtp_dns_resolver_options", ""],
    ["smtp_dns_support_level", ""],
    ["smtp_enforce_tls", "no"],
    ["smtp_fallback_relay", "$fallback_relay"],
    ["smtp_generic_maps", ""],
    ["smtp_header_checks", ""],
    ["smtp_helo_name", "$myhostname"],
    ["smtp_helo_timeout", "300s"],
    ["smtp_host_lookup", "dns"],
    ["smtp_line_length_limit", "998"],
    ["smtp_mail_timeout", "300s"],
    ["smtp_mime_header_checks", ""],
    ["smtp_min_data_rate", "500"],
    ["smtp_mx_address_limit", "5"],
    ["smtp_mx_session_limit", "2"],
    ["smtp_nested_header_checks", ""],
    ["smtp_never_send_ehlo", "no"],
    ["smtp_per_request_deadline", "${smtp_per_record_deadline?{$smtp_per_record_deadline}:{no}}"],
    ["smtp_pix_workaround_delay_time", "10s"],
    ["smtp_pix_workaround_maps", ""],
    ["smtp_pix_workaround_threshold_time", "500s"],
    ["smtp_pix_workarounds", "disable_esmtp,delay_dotcrlf"],
    ["smtp_quit_timeout", "300s"],
    ["smtp_quote_rfc821_envelope", "yes"],
    ["smtp_randomize_addresses", "yes"],
    ["smtp_rcpt_timeout", "300s"],
    ["smtp_reply_filter", ""],
    ["smtp_rset_timeout", "20s"],
    ["smtp_sasl_auth_cache_name", ""],
    ["smtp_sasl_auth_cache_time", "90d"],
    ["smtp_sasl_auth_enable", "no"],
    ["smtp_sasl_auth_soft_bounce", "yes"],
    ["smtp_sasl_mechanism_filter", ""],
    ["smtp_sasl_password_maps", ""],
    ["smtp_sasl_path", ""],
    ["smtp_sasl_security_options", "noplaintext, noanonymous"],
    ["smtp_sasl_tls_security_options", "$smtp_sasl_security_options"],
    ["smtp_sasl_tls_verified_security_options", "$smtp_sasl_tls_security_options"],
    ["smtp_sasl_type", "cyrus"],
    ["smtp_send_dummy_mail_auth", "no"],
    ["smtp_send_xforward_command", "no"],
    ["smtp_sender_dependent_authentication", "no"],
    ["smtp_skip_5xx_greeting", "yes"],
    ["smtp_skip_quit_response", "yes"],
    ["smtp_starttls_timeout", "300s"],
    ["smtp_tcp_port", "smtp"],
    ["smtp_tls_CAfile", ""],
    ["smtp_tls_CApath", ""],
    ["smtp_tls_block_early_mail_reply", "no"],
    ["smtp_tls_cert_file", ""],
    ["smtp_tls_chain_files", ""],
    ["smtp_tls_ciphers", "medium"],
    ["smtp_tls_connection_reuse", "no"],
    ["smtp_tls_dane_insecure_mx_policy", "${{$smtp_tls_security_level} == {dane} ? {dane} : {may}}"],
    ["smtp_tls_dcert_file", ""],
    ["smtp_tls_dkey_file", "$smtp_tls_dcert_file"],
    ["smtp_tls_eccert_file", ""],
    ["smtp_tls_eckey_file", "$smtp_tls_eccert_file"],
    ["smtp_tls_enforce_peername", "yes"],
    ["smtp_tls_exclude_ciphers", ""],
    ["smtp_tls_fingerprint_cert_match", ""],
    ["smtp_tls_fingerprint_digest", "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"],
    ["smtp_tls_force_insecure_host_tlsa_lookup", "no"],
    ["smtp_tls_key_file", "$smtp_tls_cert_file"],
    ["smtp_tls_loglevel", "0"],
    ["smtp_tls_mandatory_ciphers", "medium"],
    ["smtp_tls_mandatory_exclude_ciphers", ""],
    ["smtp_tls_mandatory_protocols", ">=TLSv1"],
    ["smtp_tls_note_starttls_offer", "no"],
    ["smtp_tls_per_site", ""],
    ["smtp_tls_policy_maps", ""],
    ["smtp_tls_protocols", ">=TLSv1"],
    ["smtp_tls_scert_verifydepth", "9"],
    ["smtp_tls_secure_cert_match", "nexthop, dot-nexthop"],
    ["smtp_tls_security_level", ""],
    ["smtp_tls_servername", ""],
    ["smtp_tls_session_cache_database", ""],
    ["smtp_tls_session_cache_timeout", "3600s"],
    ["smtp_tls_trust_anchor_file", ""],
    ["smtp_tls_verify_cert_match", "hostname"],
    ["smtp_tls_wrappermode", "no"],
    ["smtp_use_tls", "no"],
    ["smtp_xforward_timeout", "300s"],
    ["smtpd_authorized_verp_clients", "$authorized_verp_clients"],
    ["smtpd_authorized_xclient_hosts", ""],
    ["smtpd_authorized_xforward_hosts", ""],
    ["smtpd_banner", "$myhostname ESMTP $mail_name"],
    ["smtpd_client_auth_rate_limit", "0"],
    ["smtpd_client_connection_count_limit", "50"],
    ["smtpd_client_connection_rate_limit", "0"],
    ["smtpd_client_event_limit_exceptions", "${smtpd_client_connection_limit_exceptions:$mynetworks}"],
    ["smtpd_client_message_rate_limit", "0"],
    ["smtpd_client_new_tls_session_rate_limit", "0"],
    ["smtpd_client_port_logging", "no"],
    ["smtpd_client_recipient_rate_limit", "0"],
    ["smtpd_client_restrictions", ""],
    ["smtpd_command_filter", ""],
    ["smtpd_data_restrictions", ""],
    ["smtpd_delay_open_until_valid_rcpt", "yes"],
    ["smtpd_delay_reject", "yes"],
    ["smtpd_discard_ehlo_keyword_address_maps", ""],
    ["smtpd_discard_ehlo_keywords", ""],
    ["smtpd_dns_reply_filter", ""],
    ["smtpd_end_of_data_restrictions", ""],
    ["smtpd_enforce_tls", "no"],
    ["smtpd_error_sleep_time", "1s"],
    ["smtpd_etrn_restrictions", ""],
    ["smtpd_expansion_filter", "\\t\\40!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"],
    ["smtpd_forbid_bare_newline", "no"],
    ["smtpd_forbid_bare_newline_exclusions", "$mynetworks"],
    ["smtpd_forbid_bare_newline_reject_code", "550"],
    ["smtpd_forbid_unauth_pipelining", "no"],
    ["smtpd_forbidden_commands", "CONNECT GET POST regexp:{{/^[^A-Z]/ Bogus}}"],
    ["smtpd_hard_error_limit", "${stress?{1}:{20}}"],
    ["smtpd_helo_required", "no"],
    ["smtpd_helo_restrictions", ""],
    ["smtpd_history_flush_threshold", "100"],
    ["smtpd_junk_command_limit", "${stress?{1}:{100}}"],
    ["smtpd_log_access_permit_actions", ""],
    ["smtpd_milter_maps", ""],
    ["smtpd_milters", ""],
    ["smtpd_min_data_rate", "500"],
    ["smtpd_noop_commands", ""],
    ["smtpd_null_access_lookup_key", "<>"],
    ["smtpd_peername_lookup", "yes"],
    ["smtpd_per_request_deadline", "${smtpd_per_record_deadline?{$smtpd_per_record_deadline}:{${stress?{yes}:{no}}}}"],
    ["smtpd_policy_service_default_action", "451 4.3.5 Server configuration problem"],
    ["smtpd_policy_service_max_idle", "300s"],
    ["smtpd_policy_service_max_ttl", "1000s"],
    ["smtpd_policy_service_policy_context", ""],
    ["smtpd_policy_service_request_limit", "0"],
    ["smtpd_policy_service_retry_delay", "1s"],
    ["smtpd_policy_service_timeout", "100s"],
    ["smtpd_policy_service_try_limit", "2"],
    ["smtpd_proxy_ehlo", "$myhostname"],
    ["smtpd_proxy_filter", ""],
    ["smtpd_proxy_options", ""],
    ["smtpd_proxy_timeout", "100s"],
    ["smtpd_recipient_limit", "1000"],
    ["smtpd_recipient_overshoot_limit", "1000"],
    ["smtpd_recipient_restrictions", ""],
    ["smtpd_reject_footer", ""],
    ["smtpd_reject_footer_maps", ""],
    ["smtpd_reject_unlisted_recipient", "yes"],
    ["smtpd_reject_unlisted_sender", "no"],
    ["smtpd_relay_before_recipient_restrictions", "${{$compatibility_level} <level {3.6} ? {no} : {yes}}"],
    ["smtpd_relay_restrictions", "${{$compatibility_level} <level {1} ? {} : {permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination}}"],
    ["smtpd_restriction_classes", ""],
    ["smtpd_sasl_auth_enable", "no"],
    ["smtpd_sasl_authenticated_header", "no"],
    ["smtpd_sasl_exceptions_networks", ""],
    ["smtpd_sasl_local_domain", ""],
    ["smtpd_sasl_mechanism_filter", "!external, static:rest"],
    ["smtpd_sasl_path", "smtpd"],
    ["smtpd_sasl_response_limit", "12288"],
    ["smtpd_sasl_security_options", "noanonymous"],
    ["smtpd_sasl_service", "smtp"],
    ["smtpd_sasl_tls_security_options", "$smtpd_sasl_security_options"],
    ["smtpd_sasl_type", "cyrus"],
    ["smtpd_sender_login_maps", ""],
    ["smtpd_sender_restrictions", ""],
    ["smtpd_service_name", "smtpd"],
    ["smtpd_soft_error_limit", "10"],
    ["smtpd_starttls_timeout", "${stress?{10}:{300}}s"],
    ["smtpd_timeout", "${stress?{10}:{300}}s"],
    ["smtpd_tls_CAfile", ""],
    ["smtpd_tls_CApath", ""],
    ["smtpd_tls_always_issue_session_ids", "yes"],
    ["smtpd_tls_ask_ccert", "no"],
    ["smtpd_tls_auth_only", "no"],
    ["smtpd_tls_ccert_verifydepth", "9"],
    ["smtpd_tls_cert_file", ""],
    ["smtpd_tls_chain_files", ""],
    ["smtpd_tls_ciphers", "medium"],
    ["smtpd_tls_dcert_file", ""],
    ["smtpd_tls_dh1024_param_file", ""],
    ["smtpd_tls_dh512_param_file", ""],
    ["smtpd_tls_dkey_file", "$smtpd_tls_dcert_file"],
    ["smtpd_tls_eccert_file", ""],
    ["smtpd_tls_eckey_file", "$smtpd_tls_eccert_file"],
    ["smtpd_tls_eecdh_grade", "auto"],
    ["smtpd_tls_exclude_ciphers", ""],
    ["smtpd_tls_fingerprint_digest", "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}"],
    ["smtpd_tls_key_file", "$smtpd_tls_cert_file"],
    ["smtpd_tls_loglevel", "0"],
    ["smtpd_tls_mandatory_ciphers", "medium"],
    ["smtpd_tls_mandatory_exclude_ciphers", ""],
    ["smtpd_tls_mandatory_protocols", ">=TLSv1"],
    ["smtpd_tls_protocols", ">=TLSv1"],
    ["smtpd_tls_received_header", "no"],
    ["smtpd_tls_req_ccert", "no"],
    ["smtpd_tls_security_level", ""],
    ["smtpd_tls_session_cache_database", ""],
    ["smtpd_tls_session_cache_timeout", "3600s"],
    ["smtpd_tls_wrappermode", "no"],
    ["smtpd_upstream_proxy_protocol", ""],
    ["smtpd_upstream_proxy_timeout", "5s"],
    ["smtpd_use_tls", "no"],
    ["smtputf8_autodetect_classes", "sendmail, verify"],
    ["smtputf8_enable", "${{$compatibility_level} <level {1} ? {no} : {yes}}"],
    ["soft_bounce", "no"],
    ["stale_lock_time", "500s"],
    ["stress", ""],
    ["strict_7bit_headers", "no"],
    ["strict_8bitmime", "no"],
    ["strict_8bitmime_body", "no"],
    ["strict_mailbox_ownership", "yes"],
    ["strict_mime_encoding_domain", "no"],
    ["strict_rfc821_envelopes", "no"],
    ["strict_smtputf8", "no"],
    ["sun_mailtool_compatibility", "no"],
    ["swap_bangpath", "yes"],
    ["syslog_facility", "mail"],
    ["syslog_name", "${multi_instance_name?{$multi_instance_name}:{postfix}}"],
    ["tcp_windowsize", "0"],
    ["tls_append_default_CA", "no"],
    ["tls_config_file", "default"],
    ["tls_config_name", ""],
    ["tls_daemon_random_bytes", "32"],
    ["tls_dane_digests", "sha512 sha256"],
    ["tls_disable_workarounds", ""],
    ["tls_eecdh_auto_curves", "X25519 X448 prime256v1 secp521r1 secp384r1"],
    ["tls_eecdh_strong_curve", "prime256v1"],
    ["tls_eecdh_ultra_curve", "secp384r1"],
    ["tls_export_cipherlist", "aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH"],
    ["tls_fast_shutdown_enable", "yes"],
    ["tls_high_cipherlist", "aNULL:-aNULL:HIGH:@STRENGTH"],
    ["tls_legacy_public_key_fingerprints", "no"],
    ["tls_low_cipherlist", "aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH"],
    ["tls_medium_cipherlist", "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH"],
    ["tls_null_cipherlist", "eNULL:!aNULL"],
    ["tls_preempt_cipherlist", "no"],
    ["tls_random_bytes", "32"],
    ["tls_random_exchange_name", "${data_directory}/prng_exch"],
    ["tls_random_prng_update_period", "3600s"],
    ["tls_random_reseed_period", "3600s"],
    ["tls_random_source", "dev:/dev/urandom"],
    ["tls_server_sni_maps", ""],
    ["tls_session_ticket_cipher", "aes-256-cbc"],
    ["tls_ssl_options", ""],
    ["tls_wildcard_matches_multiple_labels", "yes"],
    ["tlsmgr_service_name", "tlsmgr"],
    ["tlsproxy_client_CAfile", "$smtp_tls_CAfile"],
    ["tlsproxy_client_CApath", "$smtp_tls_CApath"],
    ["tlsproxy_client_cert_file", "$smtp_tls_cert_file"],
    ["tlsproxy_client_chain_files", "$smtp_tls_chain_files"],
    ["tlsproxy_client_dcert_file", "$smtp_tls_dcert_file"],
    ["tlsproxy_client_dkey_file", "$smtp_tls_dkey_file"],
    ["tlsproxy_client_eccert_file", "$smtp_tls_eccert_file"],
    ["tlsproxy_client_eckey_file", "$smtp_tls_eckey_file"],
    ["tlsproxy_client_enforce_tls", "$smtp_enforce_tls"],
    ["tlsproxy_client_fingerprint_digest", "$smtp_tls_fingerprint_digest"],
    ["tlsproxy_client_key_file", "$smtp_tls_key_file"],
    ["tlsproxy_client_loglevel", "$smtp_tls_loglevel"],
    ["tlsproxy_client_loglevel_parameter", "smtp_tls_loglevel"],
    ["tlsproxy_client_per_site", "$smtp_tls_per_site"],
    ["tlsproxy_client_policy_maps", "${tlsproxy_client_policy:$smtp_tls_policy_maps}"],
    ["tlsproxy_client_scert_verifydepth", "$smtp_tls_scert_verifydepth"],
    ["tlsproxy_client_security_level", "${tlsproxy_client_level:$smtp_tls_security_level}"],
    ["tlsproxy_client_use_tls", "$smtp_use_tls"],
    ["tlsproxy_enforce_tls", "$smtpd_enforce_tls"],
    ["tlsproxy_service_name", "tlsproxy"],
    ["tlsproxy_tls_CAfile", "$smtpd_tls_CAfile"],
    ["tlsproxy_tls_CApath", "$smtpd_tls_CApath"],
    ["tlsproxy_tls_always_issue_session_ids", "$smtpd_tls_always_issue_session_ids"],
    ["tlsproxy_tls_ask_ccert", "$smtpd_tls_ask_ccert"],
    ["tlsproxy_tls_ccert_verifydepth", "$smtpd_tls_ccert_verifydepth"],
    ["tlsproxy_tls_cert_file", "$smtpd_tls_cert_file"],
    ["tlsproxy_tls_chain_files", "$smtpd_tls_chain_files"],
    ["tlsproxy_tls_ciphers", "$smtpd_tls_ciphers"],
    ["tlsproxy_tls_dcert_file", "$smtpd_tls_dcert_file"],
    ["tlsproxy_tls_dh1024_param_file", "$smtpd_tls_dh1024_param_file"],
    ["tlsproxy_tls_dh512_param_file", "$smtpd_tls_dh512_param_file"],
    ["tlsproxy_tls_dkey_file", "$smtpd_tls_dkey_file"],
    ["tlsproxy_tls_eccert_file", "$smtpd_tls_eccert_file"],
    ["tlsproxy_tls_eckey_file", "$smtpd_tls_eckey_file"],
    ["tlsproxy_tls_eecdh_grade", "$smtpd_tls_eecdh_grade"],
    ["tlsproxy_tls_exclude_ciphers", "$smtpd_tls_exclude_ciphers"],
    ["tlsproxy_tls_fingerprint_digest", "$smtpd_tls_fingerprint_digest"],
    ["tlsproxy_tls_key_file", "$smtpd_tls_key_file"],
    ["tlsproxy_tls_loglevel", "$smtpd_tls_loglevel"],
    ["tlsproxy_tls_mandatory_ciphers", "$smtpd_tls_mandatory_ciphers"],
    ["tlsproxy_tls_mandatory_exclude_ciphers", "$smtpd_tls_mandatory_exclude_ciphers"],
    ["tlsproxy_tls_mandatory_protocols", "$smtpd_tls_mandatory_protocols"],
    ["tlsproxy_tls_protocols", "$smtpd_tls_protocols"],
    ["tlsproxy_tls_req_ccert", "$smtpd_tls_req_ccert"],
    ["tlsproxy_tls_security_level", "$smtpd_tls_security_level"],
    ["tlsproxy_use_tls", "$smtpd_use_tls"],
    ["tlsproxy_watchdog_timeout", "10s"],
    ["trace_service_name", "trace"],
    ["transport_maps", ""],
    ["transport_retry_time", "60s"],
    ["trigger_timeout", "10s"],
    ["undisclosed_recipients_header", ""],
    ["unknown_address_reject_code", "450"],
    ["unknown_address_tempfail_action", "$reject_tempfail_action"],
    ["unknown_client_reject_code", "450"],
    ["unknown_helo_hostname_tempfail_action", "$reject_tempfail_action"],
    ["unknown_hostname_reject_code", "450"],
    ["unknown_local_recipient_reject_code", "550"],
    ["unknown_relay_recipient_reject_code", "550"],
    ["unknown_virtual_alias_reject_code", "550"],
    ["unknown_virtual_mailbox_reject_code", "550"],
    ["unverified_recipient_defer_code", "450"],
    ["unverified_recipient_reject_code", "450"],
    ["unverified_recipient_reject_reason", ""],
    ["unverified_recipient_tempfail_action", "$reject_tempfail_action"],
    ["unverified_sender_defer_code", "450"],
    ["unverified_sender_reject_code", "450"],
    ["unverified_sender_reject_reason", ""],
    ["unverified_sender_tempfail_action", "$reject_tempfail_action"],
    ["verp_delimiter_filter", "-=+"],
    ["virtual_alias_address_length_limit", "1000"],
    ["virtual_alias_domains", "$virtual_alias_maps"],
    ["virtual_alias_expansion_limit", "1000"],
    ["virtual_alias_maps", "$virtual_maps"],
    ["virtual_alias_recursion_limit", "1000"],
    ["virtual_delivery_status_filter", "$default_delivery_status_filter"],
    ["virtual_gid_maps", ""],
    ["virtual_mailbox_base", ""],
    ["virtual_mailbox_domains", "$virtual_mailbox_maps"],
    ["virtual_mailbox_limit", "51200000"],
    ["virtual_mailbox_lock", "fcntl, dotlock"],
    ["virtual_mailbox_maps", ""],
    ["virtual_minimum_uid", "100"],
    ["virtual_transport", "virtual"],
    ["virtual_uid_maps", ""],
];

// EXTERNAL MODULE: ./src/postfix/defaults/versions.ts
var versions = __webpack_require__(6575);
;// CONCATENATED MODULE: ./src/postfix/defaults/service-parameters.ts
/**
 * Parameters that postconf derives from master.cf service names (postconf_service.c):
 * a service whose command (field 8) is a delivery agent gets "<service><suffix>"
 * parameters whose default is "$<global parameter>". Names that already are built-in
 * (local_destination_concurrency_limit, ...) keep their built-in default.
 */
/** Suffixes every delivery agent gets (local, error, virtual, smtp, lmtp, pipe), per 3.7.11. */
const DELIVERY_SUFFIXES = [
    ['_delivery_slot_cost', 'default_delivery_slot_cost'],
    ['_delivery_slot_discount', 'default_delivery_slot_discount'],
    ['_delivery_slot_loan', 'default_delivery_slot_loan'],
    ['_destination_concurrency_failed_cohort_limit', 'default_destination_concurrency_failed_cohort_limit'],
    ['_destination_concurrency_limit', 'default_destination_concurrency_limit'],
    ['_destination_concurrency_negative_feedback', 'default_destination_concurrency_negative_feedback'],
    ['_destination_concurrency_positive_feedback', 'default_destination_concurrency_positive_feedback'],
    ['_destination_rate_delay', 'default_destination_rate_delay'],
    ['_destination_recipient_limit', 'default_destination_recipient_limit'],
    ['_extra_recipient_limit', 'default_extra_recipient_limit'],
    ['_initial_destination_concurrency', 'initial_destination_concurrency'],
    ['_minimum_delivery_slots', 'default_minimum_delivery_slots'],
    ['_recipient_limit', 'default_recipient_limit'],
    ['_recipient_refill_delay', 'default_recipient_refill_delay'],
    ['_recipient_refill_limit', 'default_recipient_refill_limit'],
    ['_transport_rate_delay', 'default_transport_rate_delay'],
];
const TIME_LIMIT = ['_time_limit', 'command_time_limit'];
const SUFFIXES_BY_COMMAND = new Map([
    ['local', DELIVERY_SUFFIXES],
    ['error', DELIVERY_SUFFIXES],
    ['virtual', DELIVERY_SUFFIXES],
    ['smtp', DELIVERY_SUFFIXES],
    ['lmtp', DELIVERY_SUFFIXES],
    ['pipe', [TIME_LIMIT, ...DELIVERY_SUFFIXES]],
    ['spawn', [TIME_LIMIT]],
]);
/**
 * The service-defined parameters one master.cf entry adds to `postconf -d` output.
 * `command` is field 8 exactly as written: postconf compares it verbatim, so
 * "/usr/lib/postfix/sbin/smtp" adds nothing. `builtin` are the version's built-in
 * defaults; names found there are not redefined.
 */
function serviceParameterDefaults(serviceName, command, builtin) {
    const out = new Map();
    for (const [suffix, global] of SUFFIXES_BY_COMMAND.get(command) ?? []) {
        const name = serviceName + suffix;
        if (!builtin.has(name))
            out.set(name, `$${global}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/postfix/defaults/index.ts
/**
 * Built-in Postfix parameter defaults per version, as `postconf -d` prints them
 * (raw, unexpanded). 3.7 is the complete table of Debian's 3.7.11; other versions are
 * that table plus the documented deltas in deltas.ts (see there for scope and limits).
 */









const cache = new Map();
/** The tables by version string as the caller wrote it, with the default OpenSSL (every model build asks). */
const byVersionString = new Map();
/**
 * Raw (unexpanded) built-in default of every parameter the given version knows, as
 * `postconf -d` prints it. `version` is "3.7", "3.10" or with a patch level "3.6.9"
 * (a bare minor version means its latest patch release; "3.7" is 3.7.11). Host-derived
 * values (HOST_DERIVED_PARAMETERS) are computed on this machine. Parameters postconf
 * derives from master.cf services are not included: see serviceParameterDefaults().
 * Throws RangeError for versions outside SUPPORTED_POSTFIX_VERSIONS.
 */
function builtinDefaults(version, options = {}) {
    if (options.openssl === undefined) {
        const known = byVersionString.get(version);
        if (known)
            return known;
    }
    const parsed = (0,versions/* parseVersion */.ot)(version);
    const minor = parsed && (0,versions/* supportedMinorOf */.Vh)(parsed);
    if (!parsed || !minor)
        throw new RangeError(`unsupported Postfix version: ${JSON.stringify(version)}`);
    const openssl = options.openssl ?? '3.0';
    const key = `${version.trim()}|${openssl}`;
    let map = cache.get(key);
    if (!map) {
        map = freeze(build(parsed, minor, openssl));
        cache.set(key, map);
    }
    if (options.openssl === undefined) {
        if (byVersionString.size >= 64)
            byVersionString.clear();
        byVersionString.set(version, map);
    }
    return map;
}
/** Whether `name` is a built-in parameter of `version` (same version rules as builtinDefaults). */
function parameterExistsIn(name, version) {
    return builtinDefaults(version).has(name);
}
/** The host-derived values, worked out once per process (every version's table holds the same ones). */
let hostDefaults;
function build(v, minor, openssl) {
    const host = (hostDefaults ??= computeHostDerivedDefaults());
    // The table's null values are those of HOST_DERIVED_PARAMETERS (generate-3.7-table.mjs writes them).
    const map = new Map(POSTFIX_3_7_TABLE);
    for (const name of HOST_DERIVED_PARAMETERS)
        if (map.get(name) === null)
            map.set(name, host.get(name) ?? '');
    // Names the deltas add to 3.7's (sorted) table; they are merged in below instead of sorting it all.
    const added = new Set();
    const set = (name, value) => {
        if (!map.has(name))
            added.add(name);
        map.set(name, value);
    };
    for (const delta of DEFAULTS_DELTAS) {
        if (!delta.applies(v))
            continue;
        for (const name of delta.remove ?? []) {
            map.delete(name);
            added.delete(name);
        }
        const values = delta.set;
        if (values)
            for (const name in values)
                set(name, values[name]);
    }
    const ossl = (0,versions/* parseVersion */.ot)(openssl);
    if (ossl && v.major * 1000 + v.minor >= 3011 && (ossl.major > 3 || (ossl.major === 3 && ossl.minor >= 5))) {
        set('tls_eecdh_auto_curves', '?X25519MLKEM768:DEFAULT');
        set('tls_ffdhe_auto_groups', '');
    }
    // mail_version is compiled in: 3.7 is the Debian oracle; otherwise the version asked for.
    if (minor !== '3.7' || v.patch !== undefined) {
        set('mail_version', v.patch !== undefined ? `${v.major}.${v.minor}.${v.patch}` : minor);
    }
    else {
        set('mail_version', POSTFIX_3_7_VERSION);
    }
    return inNameOrder(map, added);
}
const compareNames = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The map's entries in name order (postconf -d's): the table's own names are in that order already, so
 * only the names the deltas added are sorted and merged in.
 */
function inNameOrder(map, added) {
    // The generated table is sorted (test/postfix/defaults.test.ts checks): without added names, so is the map.
    if (added.size === 0)
        return map;
    const extra = [...added].sort(compareNames);
    const out = new Map();
    let next = 0;
    for (const [name, value] of map) {
        if (added.has(name))
            continue;
        while (next < extra.length && extra[next] < name) {
            const e = extra[next++];
            out.set(e, map.get(e));
        }
        out.set(name, value);
    }
    while (next < extra.length) {
        const e = extra[next++];
        out.set(e, map.get(e));
    }
    return out;
}
/** The map itself, with set, delete and clear refused. */
function freeze(map) {
    const deny = () => {
        throw new TypeError('builtinDefaults() maps are read-only');
    };
    Object.defineProperties(map, { set: { value: deny }, delete: { value: deny }, clear: { value: deny } });
    return map;
}


/***/ }),

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ spanInLine),
/* harmony export */   X6: () => (/* binding */ readLogicalLines),
/* harmony export */   kD: () => (/* binding */ leadingWhitespaceWarning),
/* harmony export */   t0: () => (/* binding */ nulCharacterWarning)
/* harmony export */ });
/* unused harmony exports sourceOffsetOf, printItems */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7900);

/**
 * All items of the file in order. Trivia between the pieces of one logical line is reported as
 * its own item too (positions stay sorted), so callers that want the logical lines filter on kind.
 */
function readLogicalLines(source) {
    const { text, lineStarts } = source;
    const items = [];
    // The logical line being assembled: its slot in `items` (-1: none) and its pieces. Trivia lines met
    // while it may still continue go straight into `items` after its slot, so positions stay sorted.
    let slot = -1;
    let pieces = [];
    let firstLine = 0;
    let lastLine = 0;
    let endOffset = 0;
    // One search per file: almost no file holds a NUL, and then no line needs a look.
    const mayHoldNul = text.indexOf('\u0000') !== -1;
    const lineCount = lineStarts.length;
    for (let i = 0; i < lineCount; i++) {
        const start = lineStarts[i];
        const last = i === lineCount - 1;
        if (last && start === text.length)
            break; // nothing after the final newline
        const end = last ? text.length : lineStarts[i + 1] - 1;
        let first = start; // first non-space character
        while (first < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(first)))
            first++;
        if (first === end || text.charCodeAt(first) === 0x23 /* # */) {
            items.push({ kind: 'trivia', line: i + 1, startOffset: start, endOffset: end, comment: first !== end });
            continue;
        }
        if (first !== start && slot !== -1) {
            // A continuation: joined to the logical line with nothing added.
            const previous = pieces[pieces.length - 1];
            pieces.push({ textStart: previous.textStart + previous.length, sourceStart: start, length: end - start });
            lastLine = i + 1;
            endOffset = end;
            continue;
        }
        if (slot !== -1)
            items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul);
        slot = items.length;
        items.push(null); // filled when the line is complete
        pieces = [{ textStart: 0, sourceStart: start, length: end - start }];
        firstLine = i + 1;
        lastLine = i + 1;
        endOffset = end;
    }
    if (slot !== -1)
        items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul);
    return items;
}
function logicalLine(text, pieces, firstLine, lastLine, endOffset, mayHoldNul) {
    const head = pieces[0];
    let joined;
    if (pieces.length === 1)
        joined = text.slice(head.sourceStart, head.sourceStart + head.length);
    else {
        const chunks = [];
        for (const p of pieces)
            chunks.push(text.slice(p.sourceStart, p.sourceStart + p.length));
        joined = chunks.join('');
    }
    const line = {
        kind: 'logical',
        text: joined,
        firstLine,
        lastLine,
        startOffset: head.sourceStart,
        endOffset,
        pieces,
        startsWithWhitespace: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(head.sourceStart)),
    };
    const nul = mayHoldNul ? joined.indexOf('\u0000') : -1;
    if (nul !== -1) {
        line.text = joined.slice(0, nul);
        line.nulOffset = sourceOffsetOf(line, nul);
    }
    return line;
}
/** Map an offset in a logical line's text back to the source offset. */
function sourceOffsetOf(line, textOffset) {
    // Binary search: a continued line may have 100k pieces and callers map one offset per option.
    const pieces = line.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid].textStart <= textOffset)
            lo = mid;
        else
            hi = mid - 1;
    }
    const chosen = pieces[lo];
    return chosen.sourceStart + (textOffset - chosen.textStart);
}
/**
 * The source span of the logical line's text range [start, end) (an empty range maps to an empty span
 * where it starts). Most logical lines are one physical line: their positions need no search.
 */
function spanInLine(source, line, start, end) {
    if (line.pieces.length === 1) {
        const at = line.startOffset;
        const e = end > start ? end : start;
        return {
            start: { line: line.firstLine, column: start + 1, offset: at + start },
            end: { line: line.firstLine, column: e + 1, offset: at + e },
        };
    }
    const s = sourceOffsetOf(line, start);
    const e = end > start ? sourceOffsetOf(line, end - 1) + 1 : s;
    return { start: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOnLines */ .E6)(source, s, line.firstLine, line.lastLine), end: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOnLines */ .E6)(source, e, line.firstLine, line.lastLine) };
}
/**
 * The warning for a line that holds a NUL character (`code` names the file kind): Postfix itself says
 * nothing, but reads the line only up to the NUL. The span runs from the NUL to the line's end.
 */
function nulCharacterWarning(source, line, code) {
    if (line.nulOffset === undefined)
        return undefined;
    const span = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(source, line.nulOffset, line.endOffset);
    const rest = line.lastLine > span.start.line ? ' and its continuation lines' : '';
    return {
        severity: 'warning',
        code,
        message: `This line holds a NUL character: Postfix reads a line only up to a NUL, so it silently ignores the rest of the line${rest}.`,
        path: source.path,
        span,
    };
}
/** Postfix's warning text for a dropped line (readllines: "%.30s%s"). */
function leadingWhitespaceWarning(path, line) {
    const shown = line.text.slice(0, 30) + (line.text.length > 30 ? '...' : '');
    return `${path}: logical line must not start with whitespace: "${shown}"`;
}
/**
 * Print a file back from its items: the pieces of every logical line and every trivia line, in
 * source order, each followed by the newline that ended it. Equal to the input exactly when the
 * items account for every character, which is what the parsers promise.
 */
function printItems(items, text) {
    const segments = [];
    for (const item of items) {
        if (item.kind === 'trivia')
            segments.push([item.startOffset, item.endOffset]);
        else
            for (const p of item.pieces)
                segments.push([p.sourceStart, p.sourceStart + p.length]);
    }
    segments.sort((a, b) => a[0] - b[0]);
    let out = '';
    for (const [start, end] of segments) {
        out += text.slice(start, end);
        if (text[end] === '\n')
            out += '\n';
    }
    return out;
}


/***/ }),

/***/ 9188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ splitNameValue),
/* harmony export */   g: () => (/* binding */ parseMainCf)
/* harmony export */ });
/* harmony import */ var _logical_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5858);



/** split_nameval(): offsets are into `text`. */
function splitNameValue(text) {
    let i = 0;
    while (i < text.length && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)))
        i++;
    if (i >= text.length)
        return { error: 'missing attribute name' };
    const nameStart = i;
    while (i < text.length && !(0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x3d /* = */)
        i++;
    const nameEnd = i;
    while (i < text.length && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)))
        i++;
    if (nameEnd === nameStart)
        return { error: 'missing attribute name' };
    if (text.charCodeAt(i) !== 0x3d /* = */)
        return { error: "missing '=' after attribute name" };
    i++;
    while (i < text.length && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(i)))
        i++;
    const valueStart = i;
    let valueEnd = text.length;
    while (valueEnd > valueStart && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(valueEnd - 1)))
        valueEnd--;
    return {
        name: text.slice(nameStart, nameEnd),
        value: text.slice(valueStart, valueEnd),
        nameStart,
        nameEnd,
        valueStart,
        valueEnd,
    };
}
function overlapsPlaceholder(placeholders, start, end) {
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .overlapsPlaceholder */ .oc)(placeholders, start, Math.max(end, start + 1));
}
/*
 * parseMainCf is split into one function per kind of line (as parseMasterCf is): the common one, a
 * definition, stays small, and no closure is made per line.
 */
function parseMainCf(source) {
    const items = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .readLogicalLines */ .X6)(source);
    const reading = { source, placeholders: (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .placeholdersOfSource */ .$2)(source), entries: [], values: new Map(), diagnostics: [] };
    for (let k = 0; k < items.length; k++) {
        const item = items[k];
        if (item.kind !== 'logical')
            continue;
        if (item.startsWithWhitespace) {
            ignoreIndentedLine(reading, item);
            continue;
        }
        if (item.nulOffset !== undefined)
            reading.diagnostics.push((0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .nulCharacterWarning */ .t0)(source, item, 'main-cf/nul-character'));
        const split = splitNameValue(item.text);
        if ('error' in split) {
            // dict_load_fp(): the first bad line is fatal; Postfix reads no further.
            refuseLine(reading, item, split.error);
            break;
        }
        readDefinition(reading, item, split);
    }
    const result = { source, items, entries: reading.entries, values: reading.values, diagnostics: reading.diagnostics };
    if (reading.fatal)
        result.fatal = reading.fatal;
    return result;
}
function ignoreIndentedLine(reading, item) {
    const { source } = reading;
    reading.diagnostics.push({
        severity: 'warning',
        code: 'main-cf/leading-whitespace',
        message: 'This line starts with whitespace and nothing precedes it, so Postfix ignores it.',
        path: source.path,
        span: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, item.startOffset, item.endOffset),
        postfixMessage: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingWhitespaceWarning */ .kD)(source.path, item),
    });
}
function refuseLine(reading, item, error) {
    const { source } = reading;
    const path = source.path;
    const fatal = {
        severity: 'fatal',
        code: error === 'missing attribute name' ? 'main-cf/missing-name' : 'main-cf/missing-equals',
        message: error === 'missing attribute name'
            ? 'This line has no parameter name before "="; Postfix refuses the whole file.'
            : 'This line has no "=" after the parameter name; Postfix refuses the whole file.',
        path,
        span: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, item.startOffset, item.endOffset),
        postfixMessage: `${path}, line ${item.firstLine}: ${error}: "${item.text}"`,
    };
    reading.fatal = fatal;
    reading.diagnostics.push(fatal);
}
function readDefinition(reading, item, split) {
    const { source, values } = reading;
    const nameSpan = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, item, split.nameStart, split.nameEnd);
    const valueSpan = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, item, split.valueStart, split.valueEnd);
    const entry = {
        name: split.name,
        value: split.value,
        nameSpan,
        valueSpan,
        line: item,
        templated: overlapsPlaceholder(reading.placeholders, valueSpan.start.offset, valueSpan.end.offset),
    };
    const previous = values.get(split.name);
    // dict_update(): only a different value is reported (S:v3.7.11 src/util/dict.c).
    if (previous && previous.value !== split.value) {
        const path = source.path;
        reading.diagnostics.push({
            severity: 'warning',
            code: 'main-cf/duplicate',
            message: `"${split.name}" is set again here; Postfix uses only this last value ("${split.value}"), not the one on line ${previous.line.firstLine}.`,
            path,
            span: nameSpan,
            postfixMessage: `${path}, line ${item.firstLine}: overriding earlier entry: ${split.name}=${previous.value}`,
        });
    }
    reading.entries.push(entry);
    values.set(split.name, entry);
}


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ parseMasterCf),
/* harmony export */   PO: () => (/* binding */ activeServices),
/* harmony export */   ZN: () => (/* binding */ MASTER_FIELD_NAMES),
/* harmony export */   _i: () => (/* binding */ isServiceDisabled),
/* harmony export */   bF: () => (/* binding */ splitNameValue)
/* harmony export */ });
/* unused harmony exports splitQuoted, extractBraces, normalizeDaemonArgs, checkMasterFields, endpointKey, printableAsPostfix */
/* harmony import */ var _logical_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5858);



/** PCF_MASTER_BLANKS / master_blanks, the field separators " \t\r\n" (note: no \v or \f), by char code. */
const isBlankCode = (c) => c === 32 || c === 9 || c === 13 || c === 10;
const MASTER_FIELD_NAMES = [
    'service',
    'type',
    'private',
    'unprivileged',
    'chroot',
    'wakeup',
    'process_limit',
    'command',
];
/** Types postconf 3.7 accepts (verified: unix-dgram is accepted by postconf 3.7.11). */
const VALID_TYPES = new Set(['unix', 'unix-dgram', 'fifo', 'inet', 'pass']);
/** argv_splitq()/mystrtokq(): split on blanks, but not inside balanced {} (a "}" without "{" is text). */
function splitQuoted(text, offset = 0) {
    const out = [];
    const n = text.length;
    let i = offset;
    while (i < n) {
        while (i < n && isBlankCode(text.charCodeAt(i)))
            i++;
        if (i >= n)
            break;
        const start = i;
        let level = 0;
        for (; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x7b /* { */)
                level++;
            else if (level > 0 && c === 0x7d /* } */)
                level--;
            else if (level === 0 && isBlankCode(c))
                break;
        }
        out.push({ start, end: i, text: text.slice(start, i) });
    }
    return out;
}
/** balpar(): length of the balanced {...} group at the start, or 0. */
function balpar(text) {
    if (text[0] !== '{')
        return 0;
    let level = 1;
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '}') {
            if (--level === 0)
                return i + 1;
        }
        else if (text[i] === '{')
            level++;
    }
    return 0;
}
/** extpar(..., EXTPAR_FLAG_STRIP) on a token that starts with "{": inner text range and error. */
function extractBraces(text, start, end) {
    const tok = text.slice(start, end);
    let a;
    let b;
    let error;
    const len = balpar(tok);
    if (len === 0) {
        error = `missing '}' in "${tok}"`;
        a = start + 1;
        b = end;
    }
    else {
        if (len < tok.length)
            error = `syntax error after '}' in "${tok}"`;
        a = start + 1;
        b = start + len - 1;
    }
    while (b > a && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpace */ .KG)(text[b - 1]))
        b--;
    while (a < b && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpace */ .KG)(text[a]))
        a++;
    return error === undefined ? { start: a, end: b } : { start: a, end: b, error };
}
/** split_nameval() on text[start, end): name and value ranges, or the error Postfix reports. */
function splitNameValue(text, start, end) {
    let np = start;
    while (np < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(np)))
        np++;
    if (np >= end || text.charCodeAt(np) === 0x3d /* = */)
        return { error: 'missing attribute name' };
    let ep = np;
    while (ep < end && !(0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(ep)) && text.charCodeAt(ep) !== 0x3d /* = */)
        ep++;
    let cp = ep;
    while (cp < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(cp)))
        cp++;
    if (cp >= end || text.charCodeAt(cp) !== 0x3d /* = */)
        return { error: "missing '=' after attribute name" };
    let vp = cp + 1;
    while (vp < end && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(vp)))
        vp++;
    let ve = end;
    while (ve > vp && (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(ve - 1)))
        ve--;
    return { nameStart: np, nameEnd: ep, valueStart: vp, valueEnd: ve };
}
/** Options with a value in the server skeletons' getopt strings (single/multi/trigger_server.c). */
const DAEMON_OPTIONS_WITH_VALUE = 'imnost';
const DAEMON_FLAG_OPTIONS = 'cdDlSuvVz';
/** postconf: pcf_daemon_options_expecting_value[] */
const PCF_OPTIONS_WITH_VALUE = 'o';
/** Daemons that accept non-option arguments; every other Postfix daemon exits on one. */
/**
 * Daemons that exit on a non-option argument ("fatal: unexpected command-line argument"): the ones
 * whose Debian 3.7.11 binaries contain that message (`strings /usr/lib/postfix/sbin/*`). smtp/lmtp,
 * postscreen, pipe and spawn do not check in 3.7 (pipe and spawn take arguments by design).
 */
const DAEMONS_REJECTING_ARGUMENTS = new Set([
    'anvil', 'bounce', 'cleanup', 'discard', 'dnsblog', 'error', 'flush', 'local', 'nqmgr', 'oqmgr', 'pickup',
    'postlogd', 'proxymap', 'qmgr', 'qmqpd', 'scache', 'showq', 'smtpd', 'tlsmgr', 'tlsproxy', 'trivial-rewrite',
    'verify', 'virtual',
]);
/** pcf_normalize_daemon_args() on plain strings; returns postconf's warnings (without path). */
function normalizeDaemonArgs(argv) {
    const out = [...argv];
    const warnings = [];
    const extract = (field) => {
        const arg = out[field];
        const r = extractBraces(arg, 0, arg.length);
        if (r.error !== undefined)
            warnings.push(`master.cf: ${r.error}`);
        out[field] = arg.slice(r.start, r.end);
    };
    let field = 8;
    for (; field < out.length; field++) {
        let arg = out[field];
        if (arg[0] !== '-' || arg === '--')
            break;
        for (let k = 2; k < arg.length; k++) {
            if (PCF_OPTIONS_WITH_VALUE.includes(arg[k])) {
                // "-stuffozz" becomes "-stuff" "-ozz"
                out.splice(field + 1, 0, '-' + arg.slice(k));
                arg = arg.slice(0, k);
                out[field] = arg;
                break;
            }
        }
        if (arg.length < 2 || !PCF_OPTIONS_WITH_VALUE.includes(arg[1]))
            continue;
        let extractField;
        if (arg.length > 2) {
            out.splice(field + 1, 0, arg.slice(2));
            out[field] = arg.slice(0, 2);
            field += 1;
            extractField = out[field][0] === '{';
        }
        else if (field + 1 < out.length) {
            field += 1;
            extractField = out[field][0] === '{';
        }
        else
            extractField = false;
        if (extractField) {
            extract(field);
            if (out[field - 1][1] === 'o') {
                const v = out[field];
                const nv = splitNameValue(v, 0, v.length);
                if ('error' in nv)
                    warnings.push(`master.cf: ${nv.error}: "${v}"`);
                else
                    out[field] = `${v.slice(nv.nameStart, nv.nameEnd)}=${v.slice(nv.valueStart, nv.valueEnd)}`;
            }
        }
    }
    for (; field < out.length; field++)
        if (out[field][0] === '{')
            extract(field);
    return { argv: out, warnings };
}
/** pcf_check_master_entry(): the first invalid field, as postconf's fatal text. */
function checkMasterFields(argv, rawText) {
    const type = argv[1];
    if (!VALID_TYPES.has(type))
        return `invalid type field "${type}" in "${rawText}"`;
    for (let f = 2; f <= 4; f++) {
        const v = argv[f];
        if (v.length !== 1 || !'yn-'.includes(v))
            return `invalid ${MASTER_FIELD_NAMES[f]} field "${v}" in "${rawText}"`;
    }
    const wakeup = argv[5];
    let len = wakeup.length;
    if (len > 0 && wakeup[len - 1] === '?')
        len--;
    if (!(wakeup[0] === '-' && len === 1) && leadingDigits(wakeup) !== len)
        return `invalid wakeup field "${wakeup}" in "${rawText}"`;
    const maxproc = argv[6];
    if (maxproc !== '-' && leadingDigits(maxproc) !== maxproc.length)
        return `invalid process_limit field "${maxproc}" in "${rawText}"`;
    return undefined;
}
/** How many ASCII digits the text starts with. */
function leadingDigits(text) {
    let i = 0;
    while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)
        i++;
    return i;
}
/** Postfix's known_tcp_ports default (3.6+). */
const KNOWN_TCP_PORTS = { lmtp: '24', smtp: '25', smtps: '465', submissions: '465', submission: '587' };
/**
 * The name master(8) uses to detect duplicate entries (master_ent.c canonicalizes inet endpoints:
 * "smtp" and "25" are the same; with a host, "[host]:port"). Unix-domain services are keyed by
 * their socket path, which depends on the private field.
 */
function endpointKey(name, type, privateField) {
    if (type !== 'inet')
        return `${type}:${privateField === 'n' ? 'public' : 'private'}/${name}`;
    let host;
    let port = name;
    const bracket = /^\[([^\]]*)\]:(.*)$/.exec(name);
    if (bracket) {
        host = bracket[1];
        port = bracket[2];
    }
    else {
        const colon = name.lastIndexOf(':');
        if (colon >= 0) {
            host = name.slice(0, colon);
            port = name.slice(colon + 1);
        }
    }
    if (/^[0-9]+$/.test(port))
        port = String(Number(port));
    else
        port = KNOWN_TCP_PORTS[port] ?? port;
    if (host === undefined || host === '')
        return `inet:${port}`;
    return `inet:[${host.toLowerCase()}]:${port}`;
}
/** master(8)'s master_service_disable matcher (global/match_service.c): case-insensitive, first match wins. */
function isServiceDisabled(service, masterServiceDisable) {
    if (masterServiceDisable === '')
        return false; // the default: no patterns
    const patterns = masterServiceDisable.split(/[ ,\t\r\n]+/).filter((p) => p.length > 0);
    const nameType = `${service.name}/${service.type}`.toLowerCase();
    const type = service.type.toLowerCase();
    for (let raw of patterns) {
        // backwards compatibility: "name.type"
        if (!raw.includes('/') && raw.lastIndexOf('.') >= 0) {
            const dot = raw.lastIndexOf('.');
            raw = raw.slice(0, dot) + '/' + raw.slice(dot + 1);
        }
        let match = true;
        let p = raw;
        while (p.startsWith('!')) {
            match = !match;
            p = p.slice(1);
        }
        if ((p.includes('/') ? nameType : type) === p.toLowerCase())
            return match;
    }
    return false;
}
/** Services master(8) really runs: disabled ones skipped, and of duplicate endpoints only the last. */
function activeServices(master, masterServiceDisable = '') {
    if (master.fatal)
        return [];
    const enabled = master.services.filter((s) => !isServiceDisabled(s, masterServiceDisable));
    const last = new Map();
    for (const s of enabled)
        last.set(s.endpointKey, s);
    return enabled.filter((s) => last.get(s.endpointKey) === s);
}
/** The raw text as Postfix's msg_* functions print it: bytes outside 0x20-0x7e become "?". */
function printableAsPostfix(text, encoding = 'utf8') {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        if (code >= 0x20 && code <= 0x7e)
            out += ch;
        else if (encoding === 'latin1' || code < 0x80)
            out += '?';
        else
            out += '?'.repeat(Buffer.byteLength(ch, 'utf8'));
    }
    return out;
}
function overlaps(ph, start, end) {
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .overlapsPlaceholder */ .oc)(ph, start, Math.max(end, start + 1));
}
/*
 * parseMasterCf is split into one function per step of a service line: each is small enough for V8 to
 * optimize early in a scan (one big function took ~0.5 s of compile time and ran unoptimized meanwhile).
 */
function parseMasterCf(source) {
    const items = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .readLogicalLines */ .X6)(source);
    const reading = {
        source,
        placeholders: (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .placeholdersOfSource */ .$2)(source),
        services: [],
        diagnostics: [],
        postconfWarnings: [],
    };
    for (let k = 0; k < items.length; k++) {
        const item = items[k];
        if (item.kind === 'logical')
            readServiceLine(reading, item);
    }
    markDuplicateServices(reading);
    const result = { source, items, services: reading.services, diagnostics: reading.diagnostics, postconfWarnings: reading.postconfWarnings };
    if (reading.fatal)
        result.fatal = reading.fatal;
    if (reading.postconfFatal)
        result.postconfFatal = reading.postconfFatal;
    return result;
}
function report(reading, severity, code, message, span, postfixMessage) {
    const d = postfixMessage === undefined
        ? { severity, code, message, path: reading.source.path, span }
        : { severity, code, message, path: reading.source.path, span, postfixMessage };
    reading.diagnostics.push(d);
    return d;
}
function lineSpanOf(source, line) {
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, line.startOffset, line.endOffset);
}
function readServiceLine(reading, line) {
    const { source } = reading;
    const text = line.text;
    if (line.startsWithWhitespace) {
        const w = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingWhitespaceWarning */ .kD)(source.path, line);
        report(reading, 'warning', 'master-cf/leading-whitespace', `Postfix ignores this line: it starts with whitespace, so it does not belong to any service (line ${line.firstLine}).`, lineSpanOf(source, line), w);
        if (!reading.postconfFatal)
            reading.postconfWarnings.push({ line: line.firstLine, text: w.slice(source.path.length + 2), pathPrefixed: true });
        return;
    }
    const nul = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .nulCharacterWarning */ .t0)(source, line, 'master-cf/nul-character');
    if (nul)
        reading.diagnostics.push(nul);
    const tokens = splitQuoted(text);
    if (tokens.length < 8) {
        const d = report(reading, 'fatal', 'master-cf/bad-field-count', `A master.cf entry needs at least 8 fields; this one has ${tokens.length}. postconf and master refuse the whole file.`, lineSpanOf(source, line), `file ${source.path}: line ${line.firstLine}: bad field count`);
        if (!reading.fatal) {
            reading.fatal = d;
            reading.postconfFatal = { kind: 'field-count', line: line.firstLine };
        }
        return;
    }
    const argv = [];
    for (let k = 0; k < tokens.length; k++)
        argv.push(tokens[k].text);
    const fieldError = checkMasterFields(argv, text);
    if (fieldError !== undefined) {
        const d = report(reading, 'fatal', 'master-cf/invalid-field', `Invalid master.cf field: ${fieldError}. postconf and master refuse the whole file.`, lineSpanOf(source, line), fieldError);
        if (!reading.fatal) {
            reading.fatal = d;
            reading.postconfFatal = { kind: 'field', line: line.firstLine, text: fieldError };
        }
        return;
    }
    const norm = normalizeDaemonArgs(argv);
    if (!reading.postconfFatal)
        for (const w of norm.warnings)
            reading.postconfWarnings.push({ line: line.firstLine, text: w, pathPrefixed: false });
    const fieldSpans = [];
    for (let k = 0; k < 8; k++) {
        const t = tokens[k];
        fieldSpans.push((0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, t.start, t.end));
    }
    const daemonArgs = daemonArgumentsOf(reading, line, tokens);
    const options = [];
    const optionsEnd = readDaemonOptions(reading, line, daemonArgs, options);
    const strayArguments = [];
    for (let i = optionsEnd; i < daemonArgs.length; i++) {
        const a = daemonArgs[i];
        strayArguments.push({ text: a.text, span: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd) });
    }
    const command = argv[7];
    reportStrayArguments(reading, command, daemonArgs, optionsEnd, strayArguments);
    const name = argv[0];
    const type = argv[1];
    const priv = argv[2];
    if (type === 'inet' && (priv === 'y' || priv === '-')) {
        report(reading, 'error', 'master-cf/private-inet', `master(8) refuses this file: an inet service cannot be private (the private field ${priv === '-' ? 'defaults to "y"' : 'is "y"'}).`, fieldSpans[2], 'inet service cannot be private');
    }
    reading.services.push({
        name,
        type,
        private: priv,
        unprivileged: argv[3],
        chroot: argv[4],
        wakeup: argv[5],
        maxproc: argv[6],
        command,
        normalizedArgv: norm.argv,
        options,
        strayArguments,
        line,
        fieldSpans,
        templated: overlaps(reading.placeholders, line.startOffset, line.endOffset),
        endpointKey: endpointKey(name, type, priv),
    });
}
/** The daemon's reading: master strips braces only from tokens that start with "{" (§2.3). */
function daemonArgumentsOf(reading, line, tokens) {
    const text = line.text;
    const daemonArgs = [];
    for (let k = 8; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.text[0] === '{') {
            const r = extractBraces(text, t.start, t.end);
            if (r.error !== undefined) {
                report(reading, 'error', 'master-cf/unbalanced-brace', `master(8) refuses this argument: ${r.error}.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(reading.source, line, t.start, t.end), r.error);
            }
            daemonArgs.push({ text: text.slice(r.start, r.end), start: r.start, end: r.end, tokStart: t.start, tokEnd: t.end, braced: true });
        }
        else {
            daemonArgs.push({ text: t.text, start: t.start, end: t.end, tokStart: t.start, tokEnd: t.end, braced: false });
        }
    }
    return daemonArgs;
}
/** The server skeleton's getopt over the daemon arguments: collects the -o options, returns where it stopped. */
function readDaemonOptions(reading, line, daemonArgs, options) {
    const { source } = reading;
    const text = line.text;
    let i = 0;
    getopt: for (; i < daemonArgs.length; i++) {
        const a = daemonArgs[i];
        if (a.text[0] !== '-' || a.text === '-')
            break;
        if (a.text === '--') {
            i++;
            break;
        }
        for (let k = 1; k < a.text.length; k++) {
            const letter = a.text[k];
            if (DAEMON_OPTIONS_WITH_VALUE.includes(letter)) {
                let valStart;
                let valEnd;
                let endTok;
                let form;
                if (k + 1 < a.text.length) {
                    valStart = a.start + k + 1;
                    valEnd = a.end;
                    endTok = a.tokEnd;
                    form = 'attached';
                    if (a.text[k + 1] === '{' && letter === 'o') {
                        report(reading, 'warning', 'master-cf/glued-brace', `"-o{" is one token for master(8): the braces are not removed, so the daemon sees the text with its braces. postconf hides this. Put a space between -o and "{".`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd));
                    }
                }
                else if (i + 1 < daemonArgs.length) {
                    const v = daemonArgs[++i];
                    valStart = v.start;
                    valEnd = v.end;
                    endTok = v.tokEnd;
                    form = v.braced ? 'braced' : 'short';
                }
                else {
                    report(reading, 'error', 'master-cf/missing-option-value', `"-${letter}" at the end of the line has no value; the daemon exits at start-up.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd));
                    break getopt;
                }
                if (letter === 'o') {
                    const nv = splitNameValue(text, valStart, valEnd);
                    if ('error' in nv) {
                        report(reading, 'error', 'master-cf/bad-option-value', `The daemon exits at start-up: "-o ${text.slice(valStart, valEnd)}": ${nv.error}.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, endTok));
                    }
                    else {
                        const span = (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, endTok);
                        options.push({
                            name: text.slice(nv.nameStart, nv.nameEnd),
                            value: text.slice(nv.valueStart, nv.valueEnd),
                            span,
                            nameSpan: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, nv.nameStart, nv.nameEnd),
                            valueSpan: (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, nv.valueStart, nv.valueEnd),
                            form,
                            templated: overlaps(reading.placeholders, span.start.offset, span.end.offset),
                        });
                    }
                }
                continue getopt;
            }
            if (!DAEMON_FLAG_OPTIONS.includes(letter)) {
                report(reading, 'error', 'master-cf/invalid-daemon-option', `Postfix daemons do not know the option "-${letter}"; the daemon exits at start-up.`, (0,_logical_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .spanInLine */ .A5)(source, line, a.tokStart, a.tokEnd));
            }
        }
    }
    return i;
}
/** What the daemon does with arguments after its options: most daemons exit, the others ignore later -o. */
function reportStrayArguments(reading, command, daemonArgs, optionsEnd, strayArguments) {
    const first = strayArguments[0];
    if (!first)
        return;
    const base = command.slice(command.lastIndexOf('/') + 1);
    if (DAEMONS_REJECTING_ARGUMENTS.has(base)) {
        const ignoredOptions = strayArguments.filter((s) => s.text === '-o').length;
        let why = `${base} takes no arguments and exits when it gets one ("fatal: unexpected command-line argument: ${first.text}"), so the service does not work.`;
        if (first.text.startsWith('#'))
            why += ' "#" does not start a comment inside a master.cf line.';
        else if (optionsEnd > 0 && /,$/.test(daemonArgs[daemonArgs.length - strayArguments.length - 1]?.text ?? '')) {
            why += ' A short "-o name=value" cannot contain spaces; use -o { name = value, more }.';
        }
        if (ignoredOptions > 0)
            why += ` The ${ignoredOptions} later -o option(s) are not applied either: option parsing stops at the first non-option argument.`;
        report(reading, 'error', 'master-cf/unexpected-argument', why, first.span, `unexpected command-line argument: ${first.text}`);
    }
    else {
        // The daemon keeps running, but getopt stopped at `first`: any -o after it is never applied.
        const ignored = strayArguments.filter((s) => s.text === '-o' || s.text.startsWith('-o'));
        if (ignored.length > 0) {
            report(reading, 'warning', 'master-cf/options-after-argument', `${ignored.length} -o option(s) after the argument "${first.text}" are not applied: ${base} stops reading options at its first non-option argument.`, ignored[0].span);
        }
    }
}
/** Duplicate endpoints: master(8) logs "duplicate master.cf entry ... -- using the last entry" (§2.2). */
function markDuplicateServices(reading) {
    const { services, source } = reading;
    const lastByKey = new Map();
    for (const s of services)
        lastByKey.set(s.endpointKey, s);
    if (lastByKey.size === services.length)
        return; // no endpoint twice
    for (const s of services) {
        const last = lastByKey.get(s.endpointKey);
        if (last === s)
            continue;
        s.supersededByLine = last.line.firstLine;
        reading.diagnostics.push({
            severity: 'warning',
            code: 'master-cf/duplicate-service',
            message: `"${s.name} ${s.type}" (line ${s.line.firstLine}) and "${last.name} ${last.type}" (line ${last.line.firstLine}) are the same endpoint; master(8) uses only the last entry (line ${last.line.firstLine}), while postconf -M lists both.`,
            path: source.path,
            span: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(source, s.line.startOffset, s.line.endOffset),
        });
    }
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
