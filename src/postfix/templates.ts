/**
 * Template placeholders in Postfix configuration files (Jinja2/Salt, ERB, Go templates, Mojolicious,
 * Zimbra %%var%%, envsubst, Univention UCR, sed-style placeholders).
 *
 * The hard part is what NOT to flag: Postfix has brace syntax of its own that looks like a template:
 *   - inline tables and their 3.7 relatives: `inline:{{ a = b }, { c = d }}`, `cidr:{{10.0.0.0/8 OK}}`,
 *     `pcre:{{/x/ y}}`, `regexp:{ { } }`, `static:{text}`, `randmap:{a, b}`, `pipemap:{...}`, `unionmap:{...}`
 *     (postconf(5) "inline:", cidr_table(5), pcre_table(5) "INLINE SPECIFICATION");
 *   - conditional and relational expansion `${name?{value}}`, `${{$a} == {b} ? {x} : {y}}`
 *     (reference postfix-semantics §1.4; src/util/mac_expand.c);
 *   - master.cf brace arguments `-o { name = value }` (reference §2.3);
 *   - milter macro names `{client_addr}` and pipe(8) macros `${recipient}`.
 * None of these opens with `{{` except right after `$` or after a brace-capable table type, so those two
 * contexts are the only `{{` we leave alone. Postfix parameter names are lower-case (mail_params.h), so
 * `$NAME` / `${NAME}` in capitals is taken as an environment-variable placeholder.
 */

export type TemplateLanguage =
  | 'jinja'
  | 'erb'
  | 'go-template'
  | 'mojolicious'
  | 'percent-var'
  | 'envsubst'
  | 'univention'
  | 'sed-placeholder';

/** Offsets in the text; `end` is exclusive. */
export interface Placeholder {
  start: number;
  end: number;
  language: TemplateLanguage;
}

export interface FindPlaceholdersOptions {
  /**
   * The file's language when known from its name (see templateLanguageFromName). `<% %>` tags look the
   * same in ERB, Puppet EPP and Mojolicious; a hint of 'erb' or 'mojolicious' decides their label.
   */
  hint?: TemplateLanguage | 'unknown';
}

/** Table types whose name may be followed directly by a `{...}` table text (Postfix 3.0 / 3.7). */
const BRACE_TABLE_TYPES = new Set(['inline', 'cidr', 'pcre', 'regexp', 'static', 'randmap', 'pipemap', 'unionmap']);

const GO_KEYWORDS = /^(?:if|else|end|range|with|define|template|block|break|continue)(?=\s|-?\}\}|$)/;

/** Template file-name extensions and what they say about the language ('unknown': generic template name). */
const EXTENSION_LANGUAGES: ReadonlyArray<readonly [string, TemplateLanguage | 'unknown']> = [
  ['.j2', 'jinja'],
  ['.jinja2', 'jinja'],
  ['.jinja', 'jinja'],
  ['.erb', 'erb'],
  ['.epp', 'erb'],
  ['.ep', 'mojolicious'],
  ['.gotmpl', 'go-template'],
  ['.tmpl', 'unknown'],
  ['.tpl', 'unknown'],
  ['.template', 'unknown'],
  ['.in', 'unknown'],
];

const LANGUAGE_OF_EXTENSION: ReadonlyMap<string, TemplateLanguage | 'unknown'> = new Map(EXTENSION_LANGUAGES);
const LONGEST_EXTENSION = Math.max(...EXTENSION_LANGUAGES.map(([ext]) => ext.length));

/** Template extensions recognised on file names (with the leading dot). */
export const TEMPLATE_EXTENSIONS: readonly string[] = EXTENSION_LANGUAGES.map(([ext]) => ext);

/**
 * The template language a file name announces: a language, 'unknown' for a generic template extension
 * (.tmpl, .tpl, .template, .in), or undefined when the name is not a template name at all.
 */
export function templateLanguageFromName(fileName: string): TemplateLanguage | 'unknown' | undefined {
  // Each extension has one dot, so only the part from the last dot can be one (discovery asks for every
  // file name of a repository: a lookup, not a loop over the extensions). The dot must be in the base
  // name, and not its first character.
  const dot = fileName.lastIndexOf('.');
  if (dot === -1 || fileName.length - dot > LONGEST_EXTENSION) return undefined;
  const baseStart = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1;
  return dot > baseStart ? LANGUAGE_OF_EXTENSION.get(fileName.slice(dot).toLowerCase()) : undefined;
}

/**
 * The language of a file's content: the language of most placeholders (ties go to the earliest one),
 * or undefined when the text has none.
 */
export function templateLanguageOfText(text: string, options: FindPlaceholdersOptions = {}): TemplateLanguage | undefined {
  return languageOfPlaceholders(findPlaceholders(text, options));
}

/** The language of most of these placeholders (ties go to the earliest one), or undefined for none. */
export function languageOfPlaceholders(found: readonly Placeholder[]): TemplateLanguage | undefined {
  const counts = new Map<TemplateLanguage, number>();
  for (const p of found) counts.set(p.language, (counts.get(p.language) ?? 0) + 1);
  let best: TemplateLanguage | undefined;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Placeholders of a source text, found once per SourceText: discovery already looked for them (to tell
 * a template from its content) and hands them over with seedPlaceholders; the template-tolerant model
 * asks again for the text it parsed. Detection that throws (it should not) counts as no placeholders.
 */
const placeholdersBySource = new WeakMap<object, readonly Placeholder[]>();

export function placeholdersOfSource(source: { readonly text: string }): readonly Placeholder[] {
  let found = placeholdersBySource.get(source);
  if (!found) {
    try {
      found = findPlaceholders(source.text);
    } catch {
      found = [];
    }
    placeholdersBySource.set(source, found);
  }
  return found;
}

/** Record placeholders already found in exactly `source.text` (without a language hint). */
export function seedPlaceholders(source: { readonly text: string }, found: readonly Placeholder[]): void {
  placeholdersBySource.set(source, found);
}

/** Template placeholders in a config text; Postfix's own inline:{{ ... }} / cidr:{ ... } syntax is NOT a placeholder. */
export function findPlaceholders(text: string, options: FindPlaceholdersOptions = {}): Placeholder[] {
  const found = new PlaceholderSet();
  const add = (start: number, end: number, language: TemplateLanguage): void => found.add(start, end, language);

  // Strong syntaxes first: their delimiters never occur in Postfix syntax in these contexts.
  findUnivention(text, add);
  findBraceTags(text, add);
  findPercentTags(text, options.hint, add);
  findZimbra(text, add);
  findMojoliciousLines(text, add);
  // Weak heuristics last, and never inside comment lines, where "$HOME" or "__FOO__" is just prose.
  const inComment = commentLineTest(text);
  findEnvsubst(text, (s, e, l) => !inComment(s) && add(s, e, l));
  findSedPlaceholders(text, (s, e, l) => !inComment(s) && add(s, e, l));

  return found.sorted();
}

/**
 * Does any placeholder of `sorted` (as findPlaceholders returns them: sorted, disjoint) overlap [start, end)?
 * A binary search, so callers may ask once per line or option of a huge file.
 */
export function overlapsPlaceholder(sorted: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { end: number }).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const hit = sorted[lo];
  return hit !== undefined && hit.start < end;
}

/**
 * Placeholders added in priority order; one that overlaps an earlier one is dropped. Kept sorted and
 * disjoint so each overlap test is a binary search: hostile input with a million candidates stays fast
 * (test/hostile/properties.test.ts checks that time grows linearly).
 */
class PlaceholderSet {
  /** Accepted so far, sorted by start; disjoint, so their ends are sorted too. */
  private accepted: Placeholder[] = [];
  /** Accepted since the last merge, in the order they came (one finder emits increasing offsets). */
  private pending: Placeholder[] = [];

  add(start: number, end: number, language: TemplateLanguage): void {
    if (end <= start) return;
    const last = this.pending[this.pending.length - 1];
    if (last !== undefined && start < last.start) this.merge();
    const tail = this.pending[this.pending.length - 1];
    if (tail !== undefined && start < tail.end) return; // pending ones are disjoint and sorted: only the last can overlap
    if (this.overlapsAccepted(start, end)) return;
    this.pending.push({ start, end, language });
  }

  sorted(): Placeholder[] {
    this.merge();
    return this.accepted;
  }

  private overlapsAccepted(start: number, end: number): boolean {
    // First accepted placeholder that ends after `start`; it overlaps when it also starts before `end`.
    const a = this.accepted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((a[mid] as Placeholder).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const hit = a[lo];
    return hit !== undefined && hit.start < end;
  }

  private merge(): void {
    if (this.pending.length === 0) return;
    const a = this.accepted;
    const b = this.pending;
    const out: Placeholder[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      if (y === undefined || (x !== undefined && (x.start < y.start || (x.start === y.start && x.end <= y.end)))) {
        out.push(x as Placeholder);
        i++;
      } else {
        out.push(y);
        j++;
      }
    }
    this.accepted = out;
    this.pending = [];
  }
}

type Add = (start: number, end: number, language: TemplateLanguage) => void;

/** UCR: `@%@variable@%@` on one line, `@!@ python @!@` blocks across lines (an open block runs to the end). */
function findUnivention(text: string, add: Add): void {
  for (let i = text.indexOf('@!@'); i !== -1; ) {
    const close = text.indexOf('@!@', i + 3);
    const end = close === -1 ? text.length : close + 3;
    add(i, end, 'univention');
    i = close === -1 ? -1 : text.indexOf('@!@', end);
  }
  if (!text.includes('@%@')) return; // each whole-text regex below runs only where its literal part occurs
  for (const m of text.matchAll(/@%@[^\n]*?@%@/g)) add(m.index, m.index + m[0].length, 'univention');
}

/** Jinja `{{ }}` `{% %}` `{# #}` and Go `{{ }}`. */
function findBraceTags(text: string, add: Add): void {
  for (let i = text.indexOf('{'); i !== -1 && i < text.length - 1; i = text.indexOf('{', i + 1)) {
    const next = text[i + 1];
    let close: string;
    if (next === '{') close = '}}';
    else if (next === '%') close = '%}';
    else if (next === '#') close = '#}';
    else continue;
    if (next === '{' && isPostfixDoubleBrace(text, i)) {
      i += 1; // skip the second brace too: it belongs to the same Postfix construct
      continue;
    }
    const end = findClose(text, i + 2, close, next !== '#');
    if (end === -1) continue;
    const language: TemplateLanguage = next === '{' && isGoAction(text.slice(i + 2, end - 2)) ? 'go-template' : 'jinja';
    add(i, end, language);
    i = end - 1;
  }
}

/** `{{` right after `$` (relational expansion) or after a brace-capable table type such as `inline:`. */
function isPostfixDoubleBrace(text: string, at: number): boolean {
  if (at > 0 && text[at - 1] === '$') return true;
  // `${name?{{braced}}}` / `${name:{{braced}}}`: the value of a conditional expansion starts with a brace.
  const before = text.charCodeAt(at - 1);
  if ((before === 0x3f /* ? */ || before === 0x3a /* : */) && /\$\{[A-Za-z0-9_]+[?:]$/.test(text.slice(Math.max(0, at - 128), at))) return true;
  if (before !== 0x3a /* : */) return false;
  let s = at - 1;
  while (s > 0 && /[A-Za-z0-9_]/.test(text[s - 1] as string)) s--;
  return BRACE_TABLE_TYPES.has(text.slice(s, at - 1).toLowerCase());
}

function isGoAction(inner: string): boolean {
  const body = inner.replace(/^-?\s*/, '');
  if (body.startsWith('.') || body.startsWith('$') || body.startsWith('/*')) return true;
  if (GO_KEYWORDS.test(body)) return true;
  // A function call without parentheses, `printf "%s" .X` / `env "NAME"`, is Go; Jinja would need parentheses.
  return /^[A-Za-z_]\w*\s+["'`.$]/.test(body);
}

/**
 * Offset just past `close`, searching from `from`; quoted strings are skipped when `quotes` is set
 * (Mailu writes `{{ "[{}]/{}".format(...) }}`). Falls back to a plain search if quotes never balance.
 */
function findClose(text: string, from: number, close: string, quotes: boolean): number {
  if (quotes) {
    const first = close.charCodeAt(0);
    let quote = -1; // the char code of the open quote
    for (let j = from; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (quote !== -1) {
        // A string literal of these languages does not span lines; an apostrophe in prose is no quote.
        if (c === 0x5c /* \\ */) j++;
        else if (c === quote || c === 0x0a /* \n */) quote = -1;
      } else if (c === 0x22 /* " */ || c === 0x27 /* ' */) quote = c;
      else if (c === first && text.startsWith(close, j)) return j + close.length;
    }
  }
  const plain = text.indexOf(close, from);
  return plain === -1 ? -1 : plain + close.length;
}

/** `<%= %>`, `<% %>`, `<%- -%>`, `<%# %>` (ERB, EPP, Mojolicious); `<%%` is a literal `<%`. */
function findPercentTags(text: string, hint: FindPlaceholdersOptions['hint'], add: Add): void {
  let mojoLines: boolean | undefined; // a whole-text regex: only run when there is a tag at all
  for (let i = text.indexOf('<%'); i !== -1; i = text.indexOf('<%', i + 2)) {
    mojoLines ??= /^[ \t]*%(?:==?|#)?[ \t]/m.test(text);
    if (text[i + 2] === '%') continue;
    const end = findClose(text, i + 2, '%>', true);
    if (end === -1) continue;
    add(i, end, percentTagLanguage(text.slice(i + 2, end - 2), hint, mojoLines));
    i = end - 2;
  }
}

function percentTagLanguage(inner: string, hint: FindPlaceholdersOptions['hint'], mojoLines: boolean): TemplateLanguage {
  if (hint === 'erb' || hint === 'mojolicious') return hint;
  if (mojoLines) return 'mojolicious';
  // Mojolicious writes Perl `$var`; ERB writes Ruby `@var` or bare method names.
  const perlish = /(^|[^\w@])\$[A-Za-z_]/.test(inner) && !/@[A-Za-z_]/.test(inner);
  return perlish ? 'mojolicious' : 'erb';
}

/** Zimbra zmconfigd: `%%zimbraVar%%`, `%%uncomment VAR:name%%`, `%%comment ...%%`, `%%list ...%%` ... */
function findZimbra(text: string, add: Add): void {
  if (!text.includes('%%')) return;
  for (const m of text.matchAll(/%%[A-Za-z][^%\n]*%%/g)) add(m.index, m.index + m[0].length, 'percent-var');
}

/**
 * Mojolicious line code: a line whose first non-blank character is `%` followed by a blank, `=`, `==` or `#`.
 * No Postfix line starts so (a parameter name never begins with "%", a service name neither).
 */
function findMojoliciousLines(text: string, add: Add): void {
  if (!text.includes('%')) return; // the multi-line regex below is slow on large texts
  for (const m of text.matchAll(/^[ \t]*%(?:==?|#)?(?:[ \t][^\n]*)?$/gm)) {
    if (/^[ \t]*%%/.test(m[0])) continue;
    add(m.index, m.index + m[0].length, 'mojolicious');
  }
}

/** `${NAME}`, `${NAME:-default}`, `$NAME` with an all-capitals name; `$$` is Postfix's literal dollar. */
function findEnvsubst(text: string, add: Add): void {
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x24 /* $ */) {
      i++;
      continue;
    }
    // Both forms need a capital letter first (directly or after "{"): most "$name" stop here.
    if (!isCapital(next === 0x7b /* { */ ? text.charCodeAt(i + 2) : next)) continue;
    const braced = /^\$\{([A-Z][A-Z0-9_]*)(?:(?::?[-=?+])[^}\n]*)?\}/.exec(text.slice(i, i + 512));
    if (braced) {
      add(i, i + braced[0].length, 'envsubst');
      continue;
    }
    const bare = /^\$([A-Z][A-Z0-9_]*)(?![a-z0-9_])/.exec(text.slice(i, i + 256));
    if (bare) add(i, i + bare[0].length, 'envsubst');
  }
}

function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

const AT_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@(?![\w.@%!-])/y;

/** [\w.@%!-]: a character that joins an `@name@` to the text around it (an e-mail address, `%d@x`). */
function isSedNeighbour(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x40 || c === 0x25 || c === 0x21 || c === 0x2d;
}

/**
 * Values that an install script replaces with sed: iRedMail's `PH_NAME`, autoconf-style `@name@`,
 * and `__NAME__`. None of these is valid Postfix syntax for a real value.
 */
function findSedPlaceholders(text: string, add: Add): void {
  if (text.includes('PH_')) {
    for (const m of text.matchAll(/(?<![A-Za-z0-9_])PH_[A-Z0-9_]+/g)) add(m.index, m.index + m[0].length, 'sed-placeholder');
  }
  // `@name@` not preceded by [\w.@%!-]: tried at each "@" (a regex that starts with the lookbehind
  // tries every position of the text, ~4x slower on main.cf files full of comments).
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    if (i > 0 && isSedNeighbour(text.charCodeAt(i - 1))) continue;
    AT_PLACEHOLDER.lastIndex = i;
    const m = AT_PLACEHOLDER.exec(text);
    if (m === null) continue;
    add(i, i + m[0].length, 'sed-placeholder');
    i += m[0].length - 1;
  }
  if (!text.includes('__')) return;
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])__[A-Z][A-Z0-9_]*?__(?![A-Za-z0-9_])/g)) {
    add(m.index, m.index + m[0].length, 'sed-placeholder');
  }
}

/**
 * A test whether an offset of `text` is on a comment line, from its first non-blank character, "#", to
 * the line's end (Postfix comment lines, §1.1), as the multi-line regex `^[ \t\r\v\f]*#[^\n]*` finds
 * them in the whole text (so a "\r" also starts a line). Such a range runs to the end of its line, so a line holds at most one: it is
 * looked for on the line asked about, and the last line is remembered (callers ask in increasing order).
 */
export function commentLineTest(text: string): (offset: number) => boolean {
  let lineStart = -1;
  let lineEnd = -1;
  let commentStart = -1;
  return (offset) => {
    if (offset < lineStart || offset >= lineEnd) {
      lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      lineEnd = text.indexOf('\n', offset);
      if (lineEnd === -1) lineEnd = text.length;
      const comment = /^[ \t\r\v\f]*#/m.exec(text.slice(lineStart, lineEnd));
      commentStart = comment === null ? -1 : lineStart + comment.index;
    }
    return commentStart !== -1 && offset >= commentStart && offset < lineEnd;
  };
}
