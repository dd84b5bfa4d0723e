#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(216);
/**
 * Command-line entry point: `postfix-tls-audit scan [PATH]` and `postfix-tls-audit postconf ...`.
 * Exit status: 0 done, 2 usage error, 1 the command failed (as postconf does for fatal input).
 */

const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), process.cwd());
if (result.stdout.length > 0)
    process.stdout.write(result.stdout);
if (result.stderr.length > 0)
    process.stderr.write(result.stderr);
process.exitCode = result.exitCode;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    const host = facts.hostname ?? (0,external_node_os_namespaceObject.hostname)();
    // postconf_builtin.c pcf_check_myhostname / pcf_check_mydomainname.
    const myhostname = host.includes('.') ? host : `${host}.${facts.mydomainSetting ?? DEF_MYDOMAIN}`;
    const dot = myhostname.indexOf('.');
    const mydomain = dot < 0 ? DEF_MYDOMAIN : myhostname.slice(dot + 1);
    return new Map([
        ['myhostname', myhostname],
        ['mydomain', mydomain],
        ['mynetworks', subnetStyleNetworks(facts.interfaces ?? (0,external_node_os_namespaceObject.networkInterfaces)())],
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

;// CONCATENATED MODULE: ./src/postfix/defaults/versions.ts
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
/**
 * Raw (unexpanded) built-in default of every parameter the given version knows, as
 * `postconf -d` prints it. `version` is "3.7", "3.10" or with a patch level "3.6.9"
 * (a bare minor version means its latest patch release; "3.7" is 3.7.11). Host-derived
 * values (HOST_DERIVED_PARAMETERS) are computed on this machine. Parameters postconf
 * derives from master.cf services are not included: see serviceParameterDefaults().
 * Throws RangeError for versions outside SUPPORTED_POSTFIX_VERSIONS.
 */
function builtinDefaults(version, options = {}) {
    const parsed = parseVersion(version);
    const minor = parsed && supportedMinorOf(parsed);
    if (!parsed || !minor)
        throw new RangeError(`unsupported Postfix version: ${JSON.stringify(version)}`);
    const openssl = options.openssl ?? '3.0';
    const key = `${version.trim()}|${openssl}`;
    let map = cache.get(key);
    if (!map) {
        map = freeze(build(parsed, minor, openssl));
        cache.set(key, map);
    }
    return map;
}
/** Whether `name` is a built-in parameter of `version` (same version rules as builtinDefaults). */
function parameterExistsIn(name, version) {
    return builtinDefaults(version).has(name);
}
function build(v, minor, openssl) {
    const host = computeHostDerivedDefaults();
    const map = new Map();
    for (const [name, value] of POSTFIX_3_7_TABLE)
        map.set(name, value ?? host.get(name) ?? '');
    for (const delta of DEFAULTS_DELTAS) {
        if (!delta.applies(v))
            continue;
        for (const name of delta.remove ?? [])
            map.delete(name);
        for (const [name, value] of Object.entries(delta.set ?? {}))
            map.set(name, value);
    }
    const ossl = parseVersion(openssl);
    if (ossl && v.major * 1000 + v.minor >= 3011 && (ossl.major > 3 || (ossl.major === 3 && ossl.minor >= 5))) {
        map.set('tls_eecdh_auto_curves', '?X25519MLKEM768:DEFAULT');
        map.set('tls_ffdhe_auto_groups', '');
    }
    // mail_version is compiled in: 3.7 is the Debian oracle; otherwise the version asked for.
    if (minor !== '3.7' || v.patch !== undefined) {
        map.set('mail_version', v.patch !== undefined ? `${v.major}.${v.minor}.${v.patch}` : minor);
    }
    else {
        map.set('mail_version', POSTFIX_3_7_VERSION);
    }
    return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function freeze(map) {
    const ro = new Map(map);
    const deny = () => {
        throw new TypeError('builtinDefaults() maps are read-only');
    };
    Object.defineProperties(ro, { set: { value: deny }, delete: { value: deny }, clear: { value: deny } });
    return ro;
}

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
const WHITESPACE = ' \t\r\n';
function isAlnum(ch) {
    if (ch === undefined)
        return false;
    const c = ch.charCodeAt(0);
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function spanOfWhitespace(s, from) {
    let i = from;
    while (i < s.length && WHITESPACE.includes(s[i]))
        i++;
    return i - from;
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
/** mac_parse(): split into literal text and macro references, calling back for each. */
function macParse(ctx, value, action) {
    let buf = '';
    let i = 0;
    while (i < value.length) {
        const ch = value[i];
        if (ch !== '$') {
            buf += ch;
            i += 1;
            continue;
        }
        if (value[i + 1] === '$') {
            buf += '$';
            i += 2;
            continue;
        }
        if (buf.length > 0) {
            action({ kind: 'literal', text: buf });
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
        action({ kind: 'name', text: buf });
        buf = '';
    }
    if (buf.length > 0 && !ctx.error)
        action({ kind: 'literal', text: buf });
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
    const sub = runExpand(pattern, ctx.lookup, ctx.opts);
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
    if (ctx.level++ > NESTING_LIMIT)
        fail(ctx, `unreasonable macro call nesting: "${token.text}"`);
    if (ctx.error)
        return;
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
function runExpand(pattern, lookup, opts) {
    const ctx = { opts, lookup, out: [], warnings: [], undefinedNames: [], error: false, level: 0 };
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

;// CONCATENATED MODULE: ./src/postfix/source.ts
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeBytes(bytes) {
    try {
        return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
    }
    catch {
        return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
    }
}
function encodeText(text, encoding) {
    return Buffer.from(text, encoding);
}
function makeSource(path, bytesOrText) {
    const { text, encoding } = typeof bytesOrText === 'string' ? { text: bytesOrText, encoding: 'utf8' } : decodeBytes(bytesOrText);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return { path, text, encoding, lineStarts };
}
/** Position of a character offset (binary search over line starts). */
function positionAt(source, offset) {
    const starts = source.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}
function spanOf(source, startOffset, endOffset) {
    return { start: positionAt(source, startOffset), end: positionAt(source, endOffset) };
}
/** Postfix's ISSPACE(): ASCII isspace() only; bytes >= 0x80 are never space. */
function isPostfixSpace(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}

;// CONCATENATED MODULE: ./src/postfix/logical-lines.ts
/**
 * Postfix's logical-line reader, readllines(), shared by main.cf and master.cf
 * (reference §1.1; S:v3.7.11 src/util/readlline.c).
 *
 * - Physical lines split on "\n" only; a "\r" stays in the text.
 * - Empty, whitespace-only and "#" lines (the "#" may be indented) are dropped.
 * - A line starting with whitespace continues the previous logical line; the pieces are joined
 *   with nothing added, the continuation keeping its own leading whitespace.
 * - Comment and blank lines inside a continued value do not end it.
 * - A logical line that itself starts with whitespace is dropped with the warning
 *   "logical line must not start with whitespace".
 *
 * Every byte of the file belongs to exactly one item, so the file can be printed back unchanged.
 */

function physicalLines(source) {
    const out = [];
    const { text, lineStarts } = source;
    for (let i = 0; i < lineStarts.length; i++) {
        const start = lineStarts[i];
        if (start === text.length && i === lineStarts.length - 1)
            break; // nothing after the final newline
        const next = lineStarts[i + 1];
        const end = next === undefined ? text.length : next - 1;
        out.push({ line: i + 1, start, end });
    }
    return out;
}
function isTrivia(text, start, end) {
    let i = start;
    while (i < end && isPostfixSpace(text[i]))
        i++;
    if (i === end)
        return { trivia: true, comment: false };
    if (text[i] === '#')
        return { trivia: true, comment: true };
    return { trivia: false, comment: false };
}
/**
 * All items of the file in order. Trivia between the pieces of one logical line is reported as
 * its own item too (positions stay sorted), so callers that want the logical lines filter on kind.
 */
function readLogicalLines(source) {
    const { text } = source;
    const items = [];
    let current = null;
    let pendingTrivia = [];
    const close = () => {
        if (!current)
            return;
        const ll = {
            kind: 'logical',
            text: current.chunks.join(''),
            firstLine: current.firstLine,
            lastLine: current.lastLine,
            startOffset: current.startOffset,
            endOffset: current.endOffset,
            pieces: current.pieces,
            startsWithWhitespace: isPostfixSpace(text[current.startOffset]),
        };
        items[current.index] = ll;
        current = null;
    };
    for (const pl of physicalLines(source)) {
        const t = isTrivia(text, pl.start, pl.end);
        if (t.trivia) {
            pendingTrivia.push({ kind: 'trivia', line: pl.line, startOffset: pl.start, endOffset: pl.end, comment: t.comment });
            continue;
        }
        const content = text.slice(pl.start, pl.end);
        const continues = isPostfixSpace(text[pl.start]);
        if (continues && current) {
            items.push(...pendingTrivia);
            pendingTrivia = [];
            current.pieces.push({ textStart: current.length, sourceStart: pl.start, length: content.length });
            current.chunks.push(content);
            current.length += content.length;
            current.lastLine = pl.line;
            current.endOffset = pl.end;
            continue;
        }
        close();
        items.push(...pendingTrivia);
        pendingTrivia = [];
        current = {
            firstLine: pl.line,
            lastLine: pl.line,
            startOffset: pl.start,
            endOffset: pl.end,
            pieces: [{ textStart: 0, sourceStart: pl.start, length: content.length }],
            chunks: [content],
            length: content.length,
            index: items.length,
        };
        items.push(null); // placeholder, filled by close()
    }
    close();
    items.push(...pendingTrivia);
    return items;
}
/** Map an offset in a logical line's text back to the source offset. */
function sourceOffsetOf(line, textOffset) {
    let chosen = line.pieces[0];
    for (const p of line.pieces) {
        if (p.textStart <= textOffset)
            chosen = p;
        else
            break;
    }
    return chosen.sourceStart + (textOffset - chosen.textStart);
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

;// CONCATENATED MODULE: ./src/postfix/templates.ts
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
/** Table types whose name may be followed directly by a `{...}` table text (Postfix 3.0 / 3.7). */
const BRACE_TABLE_TYPES = new Set(['inline', 'cidr', 'pcre', 'regexp', 'static', 'randmap', 'pipemap', 'unionmap']);
const GO_KEYWORDS = /^(?:if|else|end|range|with|define|template|block|break|continue)(?=\s|-?\}\}|$)/;
/** Template file-name extensions and what they say about the language ('unknown': generic template name). */
const EXTENSION_LANGUAGES = [
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
/** Template extensions recognised on file names (with the leading dot). */
const TEMPLATE_EXTENSIONS = EXTENSION_LANGUAGES.map(([ext]) => ext);
/**
 * The template language a file name announces: a language, 'unknown' for a generic template extension
 * (.tmpl, .tpl, .template, .in), or undefined when the name is not a template name at all.
 */
function templateLanguageFromName(fileName) {
    const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
    for (const [ext, language] of EXTENSION_LANGUAGES) {
        if (base.endsWith(ext) && base.length > ext.length)
            return language;
    }
    return undefined;
}
/**
 * The language of a file's content: the language of most placeholders (ties go to the earliest one),
 * or undefined when the text has none.
 */
function templateLanguageOfText(text, options = {}) {
    const found = findPlaceholders(text, options);
    const counts = new Map();
    for (const p of found)
        counts.set(p.language, (counts.get(p.language) ?? 0) + 1);
    let best;
    let bestCount = 0;
    for (const [language, count] of counts) {
        if (count > bestCount) {
            best = language;
            bestCount = count;
        }
    }
    return best;
}
/** Template placeholders in a config text; Postfix's own inline:{{ ... }} / cidr:{ ... } syntax is NOT a placeholder. */
function findPlaceholders(text, options = {}) {
    const found = [];
    const overlaps = (start, end) => found.some((p) => start < p.end && p.start < end);
    const add = (start, end, language) => {
        if (end > start && !overlaps(start, end))
            found.push({ start, end, language });
    };
    // Strong syntaxes first: their delimiters never occur in Postfix syntax in these contexts.
    findUnivention(text, add);
    findBraceTags(text, add);
    findPercentTags(text, options.hint, add);
    findZimbra(text, add);
    findMojoliciousLines(text, add);
    // Weak heuristics last, and never inside comment lines, where "$HOME" or "__FOO__" is just prose.
    const comments = commentLineRanges(text);
    const inComment = (offset) => comments.some(([s, e]) => offset >= s && offset < e);
    findEnvsubst(text, (s, e, l) => !inComment(s) && add(s, e, l));
    findSedPlaceholders(text, (s, e, l) => !inComment(s) && add(s, e, l));
    return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
/** UCR: `@%@variable@%@` on one line, `@!@ python @!@` blocks across lines (an open block runs to the end). */
function findUnivention(text, add) {
    for (let i = text.indexOf('@!@'); i !== -1;) {
        const close = text.indexOf('@!@', i + 3);
        const end = close === -1 ? text.length : close + 3;
        add(i, end, 'univention');
        i = close === -1 ? -1 : text.indexOf('@!@', end);
    }
    for (const m of text.matchAll(/@%@[^\n]*?@%@/g))
        add(m.index, m.index + m[0].length, 'univention');
}
/** Jinja `{{ }}` `{% %}` `{# #}` and Go `{{ }}`. */
function findBraceTags(text, add) {
    for (let i = text.indexOf('{'); i !== -1 && i < text.length - 1; i = text.indexOf('{', i + 1)) {
        const next = text[i + 1];
        let close;
        if (next === '{')
            close = '}}';
        else if (next === '%')
            close = '%}';
        else if (next === '#')
            close = '#}';
        else
            continue;
        if (next === '{' && isPostfixDoubleBrace(text, i)) {
            i += 1; // skip the second brace too: it belongs to the same Postfix construct
            continue;
        }
        const end = findClose(text, i + 2, close, next !== '#');
        if (end === -1)
            continue;
        const language = next === '{' && isGoAction(text.slice(i + 2, end - 2)) ? 'go-template' : 'jinja';
        add(i, end, language);
        i = end - 1;
    }
}
/** `{{` right after `$` (relational expansion) or after a brace-capable table type such as `inline:`. */
function isPostfixDoubleBrace(text, at) {
    if (at > 0 && text[at - 1] === '$')
        return true;
    // `${name?{{braced}}}` / `${name:{{braced}}}`: the value of a conditional expansion starts with a brace.
    if (/\$\{[A-Za-z0-9_]+[?:]$/.test(text.slice(Math.max(0, at - 128), at)))
        return true;
    if (at === 0 || text[at - 1] !== ':')
        return false;
    let s = at - 1;
    while (s > 0 && /[A-Za-z0-9_]/.test(text[s - 1]))
        s--;
    return BRACE_TABLE_TYPES.has(text.slice(s, at - 1).toLowerCase());
}
function isGoAction(inner) {
    const body = inner.replace(/^-?\s*/, '');
    if (body.startsWith('.') || body.startsWith('$') || body.startsWith('/*'))
        return true;
    if (GO_KEYWORDS.test(body))
        return true;
    // A function call without parentheses, `printf "%s" .X` / `env "NAME"`, is Go; Jinja would need parentheses.
    return /^[A-Za-z_]\w*\s+["'`.$]/.test(body);
}
/**
 * Offset just past `close`, searching from `from`; quoted strings are skipped when `quotes` is set
 * (Mailu writes `{{ "[{}]/{}".format(...) }}`). Falls back to a plain search if quotes never balance.
 */
function findClose(text, from, close, quotes) {
    if (quotes) {
        let quote;
        for (let j = from; j < text.length; j++) {
            const ch = text[j];
            if (quote) {
                // A string literal of these languages does not span lines; an apostrophe in prose is no quote.
                if (ch === '\\')
                    j++;
                else if (ch === quote || ch === '\n')
                    quote = undefined;
            }
            else if (ch === '"' || ch === "'")
                quote = ch;
            else if (text.startsWith(close, j))
                return j + close.length;
        }
    }
    const plain = text.indexOf(close, from);
    return plain === -1 ? -1 : plain + close.length;
}
/** `<%= %>`, `<% %>`, `<%- -%>`, `<%# %>` (ERB, EPP, Mojolicious); `<%%` is a literal `<%`. */
function findPercentTags(text, hint, add) {
    const mojoLines = /^[ \t]*%(?:==?|#)?[ \t]/m.test(text);
    for (let i = text.indexOf('<%'); i !== -1; i = text.indexOf('<%', i + 2)) {
        if (text[i + 2] === '%')
            continue;
        const end = findClose(text, i + 2, '%>', true);
        if (end === -1)
            continue;
        add(i, end, percentTagLanguage(text.slice(i + 2, end - 2), hint, mojoLines));
        i = end - 2;
    }
}
function percentTagLanguage(inner, hint, mojoLines) {
    if (hint === 'erb' || hint === 'mojolicious')
        return hint;
    if (mojoLines)
        return 'mojolicious';
    // Mojolicious writes Perl `$var`; ERB writes Ruby `@var` or bare method names.
    const perlish = /(^|[^\w@])\$[A-Za-z_]/.test(inner) && !/@[A-Za-z_]/.test(inner);
    return perlish ? 'mojolicious' : 'erb';
}
/** Zimbra zmconfigd: `%%zimbraVar%%`, `%%uncomment VAR:name%%`, `%%comment ...%%`, `%%list ...%%` ... */
function findZimbra(text, add) {
    for (const m of text.matchAll(/%%[A-Za-z][^%\n]*%%/g))
        add(m.index, m.index + m[0].length, 'percent-var');
}
/**
 * Mojolicious line code: a line whose first non-blank character is `%` followed by a blank, `=`, `==` or `#`.
 * No Postfix line starts so (a parameter name never begins with "%", a service name neither).
 */
function findMojoliciousLines(text, add) {
    for (const m of text.matchAll(/^[ \t]*%(?:==?|#)?(?:[ \t][^\n]*)?$/gm)) {
        if (/^[ \t]*%%/.test(m[0]))
            continue;
        add(m.index, m.index + m[0].length, 'mojolicious');
    }
}
/** `${NAME}`, `${NAME:-default}`, `$NAME` with an all-capitals name; `$$` is Postfix's literal dollar. */
function findEnvsubst(text, add) {
    for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
        if (text[i + 1] === '$') {
            i++;
            continue;
        }
        const braced = /^\$\{([A-Z][A-Z0-9_]*)(?:(?::?[-=?+])[^}\n]*)?\}/.exec(text.slice(i, i + 512));
        if (braced) {
            add(i, i + braced[0].length, 'envsubst');
            continue;
        }
        const bare = /^\$([A-Z][A-Z0-9_]*)(?![a-z0-9_])/.exec(text.slice(i, i + 256));
        if (bare)
            add(i, i + bare[0].length, 'envsubst');
    }
}
/**
 * Values that an install script replaces with sed: iRedMail's `PH_NAME`, autoconf-style `@name@`,
 * and `__NAME__`. None of these is valid Postfix syntax for a real value.
 */
function findSedPlaceholders(text, add) {
    for (const m of text.matchAll(/(?<![A-Za-z0-9_])PH_[A-Z0-9_]+/g))
        add(m.index, m.index + m[0].length, 'sed-placeholder');
    for (const m of text.matchAll(/(?<![\w.@%!-])@[A-Za-z_][A-Za-z0-9_]*@(?![\w.@%!-])/g)) {
        add(m.index, m.index + m[0].length, 'sed-placeholder');
    }
    for (const m of text.matchAll(/(?<![A-Za-z0-9_])__[A-Z][A-Z0-9_]*?__(?![A-Za-z0-9_])/g)) {
        add(m.index, m.index + m[0].length, 'sed-placeholder');
    }
}
/** [start, end) of every physical line whose first non-blank character is `#` (Postfix comment lines, §1.1). */
function commentLineRanges(text) {
    const out = [];
    for (const m of text.matchAll(/^[ \t\r\v\f]*#[^\n]*/gm))
        out.push([m.index, m.index + m[0].length]);
    return out;
}

;// CONCATENATED MODULE: ./src/postfix/main-cf.ts



/** split_nameval(): offsets are into `text`. */
function splitNameValue(text) {
    let i = 0;
    while (i < text.length && isPostfixSpace(text[i]))
        i++;
    if (i >= text.length)
        return { error: 'missing attribute name' };
    const nameStart = i;
    while (i < text.length && !isPostfixSpace(text[i]) && text[i] !== '=')
        i++;
    const nameEnd = i;
    while (i < text.length && isPostfixSpace(text[i]))
        i++;
    if (nameEnd === nameStart)
        return { error: 'missing attribute name' };
    if (text[i] !== '=')
        return { error: "missing '=' after attribute name" };
    i++;
    while (i < text.length && isPostfixSpace(text[i]))
        i++;
    const valueStart = i;
    let valueEnd = text.length;
    while (valueEnd > valueStart && isPostfixSpace(text[valueEnd - 1]))
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
    return placeholders.some((p) => p.start < Math.max(end, start + 1) && start < p.end);
}
function parseMainCf(source) {
    const items = readLogicalLines(source);
    const entries = [];
    const values = new Map();
    const diagnostics = [];
    let placeholders = [];
    try {
        placeholders = findPlaceholders(source.text);
    }
    catch {
        placeholders = [];
    }
    const path = source.path;
    let fatal;
    for (const item of items) {
        if (item.kind !== 'logical')
            continue;
        const lineSpan = spanOf(source, item.startOffset, item.endOffset);
        if (item.startsWithWhitespace) {
            diagnostics.push({
                severity: 'warning',
                code: 'main-cf/leading-whitespace',
                message: 'This line starts with whitespace and nothing precedes it, so Postfix ignores it.',
                path,
                span: lineSpan,
                postfixMessage: leadingWhitespaceWarning(path, item),
            });
            continue;
        }
        const split = splitNameValue(item.text);
        if ('error' in split) {
            // dict_load_fp(): the first bad line is fatal; Postfix reads no further.
            fatal = {
                severity: 'fatal',
                code: split.error === 'missing attribute name' ? 'main-cf/missing-name' : 'main-cf/missing-equals',
                message: split.error === 'missing attribute name'
                    ? 'This line has no parameter name before "="; Postfix refuses the whole file.'
                    : 'This line has no "=" after the parameter name; Postfix refuses the whole file.',
                path,
                span: lineSpan,
                postfixMessage: `${path}, line ${item.firstLine}: ${split.error}: "${item.text}"`,
            };
            diagnostics.push(fatal);
            break;
        }
        const nameSpan = spanOf(source, sourceOffsetOf(item, split.nameStart), sourceOffsetOf(item, split.nameEnd - 1) + 1);
        const valueStartSrc = sourceOffsetOf(item, split.valueStart);
        const valueEndSrc = split.valueEnd > split.valueStart ? sourceOffsetOf(item, split.valueEnd - 1) + 1 : valueStartSrc;
        const entry = {
            name: split.name,
            value: split.value,
            nameSpan,
            valueSpan: spanOf(source, valueStartSrc, valueEndSrc),
            line: item,
            templated: overlapsPlaceholder(placeholders, valueStartSrc, valueEndSrc),
        };
        const previous = values.get(split.name);
        // dict_update(): only a different value is reported (S:v3.7.11 src/util/dict.c).
        if (previous && previous.value !== split.value) {
            diagnostics.push({
                severity: 'warning',
                code: 'main-cf/duplicate',
                message: `"${split.name}" is set again here; Postfix uses only this last value ("${split.value}"), not the one on line ${previous.line.firstLine}.`,
                path,
                span: nameSpan,
                postfixMessage: `${path}, line ${item.firstLine}: overriding earlier entry: ${split.name}=${previous.value}`,
            });
        }
        entries.push(entry);
        values.set(split.name, entry);
    }
    const result = { source, items, entries, values, diagnostics };
    if (fatal)
        result.fatal = fatal;
    return result;
}

;// CONCATENATED MODULE: ./src/postfix/master-cf.ts



/** PCF_MASTER_BLANKS / master_blanks: the field separators. Note: no \v or \f. */
const MASTER_BLANKS = ' \t\r\n';
const isBlank = (ch) => ch !== undefined && MASTER_BLANKS.includes(ch);
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
const VALID_TYPES = ['unix', 'unix-dgram', 'fifo', 'inet', 'pass'];
/** argv_splitq()/mystrtokq(): split on blanks, but not inside balanced {} (a "}" without "{" is text). */
function splitQuoted(text, offset = 0) {
    const out = [];
    let i = offset;
    while (i < text.length) {
        while (i < text.length && isBlank(text[i]))
            i++;
        if (i >= text.length)
            break;
        const start = i;
        let level = 0;
        for (; i < text.length; i++) {
            const ch = text[i];
            if (ch === '{')
                level++;
            else if (level > 0 && ch === '}')
                level--;
            else if (level === 0 && isBlank(ch))
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
    while (b > a && isPostfixSpace(text[b - 1]))
        b--;
    while (a < b && isPostfixSpace(text[a]))
        a++;
    return error === undefined ? { start: a, end: b } : { start: a, end: b, error };
}
/** split_nameval() on text[start, end): name and value ranges, or the error Postfix reports. */
function master_cf_splitNameValue(text, start, end) {
    let np = start;
    while (np < end && isPostfixSpace(text[np]))
        np++;
    if (np >= end || text[np] === '=')
        return { error: 'missing attribute name' };
    let ep = np;
    while (ep < end && !isPostfixSpace(text[ep]) && text[ep] !== '=')
        ep++;
    let cp = ep;
    while (cp < end && isPostfixSpace(text[cp]))
        cp++;
    if (cp >= end || text[cp] !== '=')
        return { error: "missing '=' after attribute name" };
    let vp = cp + 1;
    while (vp < end && isPostfixSpace(text[vp]))
        vp++;
    let ve = end;
    while (ve > vp && isPostfixSpace(text[ve - 1]))
        ve--;
    return { nameStart: np, nameEnd: ep, valueStart: vp, valueEnd: ve };
}
/** Options with a value in the server skeletons' getopt strings (single/multi/trigger_server.c). */
const DAEMON_OPTIONS_WITH_VALUE = 'imnost';
const DAEMON_FLAG_OPTIONS = 'cdDlSuvVz';
/** postconf: pcf_daemon_options_expecting_value[] */
const PCF_OPTIONS_WITH_VALUE = 'o';
/** Daemons that accept non-option arguments; every other Postfix daemon exits on one. */
const DAEMONS_TAKING_ARGUMENTS = new Set(['pipe', 'spawn']);
const KNOWN_POSTFIX_DAEMONS = new Set([
    'anvil', 'bounce', 'cleanup', 'discard', 'dnsblog', 'error', 'flush', 'lmtp', 'local', 'oqmgr', 'pickup',
    'pipe', 'postlogd', 'postscreen', 'proxymap', 'qmgr', 'qmqpd', 'scache', 'showq', 'smtp', 'smtpd', 'spawn',
    'tlsmgr', 'tlsproxy', 'trivial-rewrite', 'verify', 'virtual',
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
                const nv = master_cf_splitNameValue(v, 0, v.length);
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
    if (!VALID_TYPES.includes(type))
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
    const digits = /^[0-9]*/.exec(wakeup)?.[0].length ?? 0;
    if (!(wakeup[0] === '-' && len === 1) && digits !== len)
        return `invalid wakeup field "${wakeup}" in "${rawText}"`;
    const maxproc = argv[6];
    if (maxproc !== '-' && !/^[0-9]*$/.test(maxproc))
        return `invalid process_limit field "${maxproc}" in "${rawText}"`;
    return undefined;
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
    return ph.some((p) => p.start < Math.max(end, start + 1) && p.end > start);
}
function parseMasterCf(source) {
    const items = readLogicalLines(source);
    const services = [];
    const diagnostics = [];
    const postconfWarnings = [];
    let fatal;
    let postconfFatal;
    let placeholders = [];
    try {
        placeholders = findPlaceholders(source.text);
    }
    catch {
        placeholders = [];
    }
    for (const item of items) {
        if (item.kind !== 'logical')
            continue;
        const line = item;
        const text = line.text;
        const srcSpan = (a, b) => {
            const s = sourceOffsetOf(line, a);
            const e = b > a ? sourceOffsetOf(line, b - 1) + 1 : s;
            return spanOf(source, s, e);
        };
        const srcRange = (a, b) => {
            const s = sourceOffsetOf(line, a);
            return [s, b > a ? sourceOffsetOf(line, b - 1) + 1 : s];
        };
        const lineSpan = spanOf(source, line.startOffset, line.endOffset);
        const diag = (severity, code, message, span, postfixMessage) => {
            const d = postfixMessage === undefined
                ? { severity, code, message, path: source.path, span }
                : { severity, code, message, path: source.path, span, postfixMessage };
            diagnostics.push(d);
            return d;
        };
        if (line.startsWithWhitespace) {
            const w = leadingWhitespaceWarning(source.path, line);
            diag('warning', 'master-cf/leading-whitespace', `Postfix ignores this line: it starts with whitespace, so it does not belong to any service (line ${line.firstLine}).`, lineSpan, w);
            if (!postconfFatal)
                postconfWarnings.push({ line: line.firstLine, text: w.slice(source.path.length + 2), pathPrefixed: true });
            continue;
        }
        const tokens = splitQuoted(text);
        if (tokens.length < 8) {
            const d = diag('fatal', 'master-cf/bad-field-count', `A master.cf entry needs at least 8 fields; this one has ${tokens.length}. postconf and master refuse the whole file.`, lineSpan, `file ${source.path}: line ${line.firstLine}: bad field count`);
            if (!fatal) {
                fatal = d;
                postconfFatal = { kind: 'field-count', line: line.firstLine };
            }
            continue;
        }
        const fields = tokens.slice(0, 8).map((t) => t.text);
        const fieldError = checkMasterFields(fields, text);
        if (fieldError !== undefined) {
            const d = diag('fatal', 'master-cf/invalid-field', `Invalid master.cf field: ${fieldError}. postconf and master refuse the whole file.`, lineSpan, fieldError);
            if (!fatal) {
                fatal = d;
                postconfFatal = { kind: 'field', line: line.firstLine, text: fieldError };
            }
            continue;
        }
        const norm = normalizeDaemonArgs(tokens.map((t) => t.text));
        if (!postconfFatal)
            for (const w of norm.warnings)
                postconfWarnings.push({ line: line.firstLine, text: w, pathPrefixed: false });
        const [name, type, priv, unpriv, chroot, wakeup, maxproc, command] = fields;
        const fieldSpans = tokens.slice(0, 8).map((t) => srcSpan(t.start, t.end));
        // The daemon's reading: master strips braces only from tokens that start with "{" (§2.3).
        const daemonArgs = [];
        for (const t of tokens.slice(8)) {
            if (t.text[0] === '{') {
                const r = extractBraces(text, t.start, t.end);
                if (r.error !== undefined) {
                    diag('error', 'master-cf/unbalanced-brace', `master(8) refuses this argument: ${r.error}.`, srcSpan(t.start, t.end), r.error);
                }
                daemonArgs.push({ text: text.slice(r.start, r.end), start: r.start, end: r.end, tokStart: t.start, tokEnd: t.end, braced: true });
            }
            else {
                daemonArgs.push({ text: t.text, start: t.start, end: t.end, tokStart: t.start, tokEnd: t.end, braced: false });
            }
        }
        const options = [];
        const strayArguments = [];
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
                            diag('warning', 'master-cf/glued-brace', `"-o{" is one token for master(8): the braces are not removed, so the daemon sees the text with its braces. postconf hides this. Put a space between -o and "{".`, srcSpan(a.tokStart, a.tokEnd));
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
                        diag('error', 'master-cf/missing-option-value', `"-${letter}" at the end of the line has no value; the daemon exits at start-up.`, srcSpan(a.tokStart, a.tokEnd));
                        break getopt;
                    }
                    if (letter === 'o') {
                        const nv = master_cf_splitNameValue(text, valStart, valEnd);
                        if ('error' in nv) {
                            diag('error', 'master-cf/bad-option-value', `The daemon exits at start-up: "-o ${text.slice(valStart, valEnd)}": ${nv.error}.`, srcSpan(a.tokStart, endTok));
                        }
                        else {
                            const [s0, s1] = srcRange(a.tokStart, endTok);
                            options.push({
                                name: text.slice(nv.nameStart, nv.nameEnd),
                                value: text.slice(nv.valueStart, nv.valueEnd),
                                span: spanOf(source, s0, s1),
                                nameSpan: srcSpan(nv.nameStart, nv.nameEnd),
                                valueSpan: srcSpan(nv.valueStart, nv.valueEnd),
                                form,
                                templated: overlaps(placeholders, s0, s1),
                            });
                        }
                    }
                    continue getopt;
                }
                if (!DAEMON_FLAG_OPTIONS.includes(letter)) {
                    diag('error', 'master-cf/invalid-daemon-option', `Postfix daemons do not know the option "-${letter}"; the daemon exits at start-up.`, srcSpan(a.tokStart, a.tokEnd));
                }
            }
        }
        for (; i < daemonArgs.length; i++) {
            const a = daemonArgs[i];
            strayArguments.push({ text: a.text, span: srcSpan(a.tokStart, a.tokEnd) });
        }
        const base = command.slice(command.lastIndexOf('/') + 1);
        const first = strayArguments[0];
        if (first && KNOWN_POSTFIX_DAEMONS.has(base) && !DAEMONS_TAKING_ARGUMENTS.has(base)) {
            const ignoredOptions = strayArguments.filter((s) => s.text === '-o').length;
            let why = `${base} takes no arguments and exits when it gets one ("fatal: unexpected command-line argument: ${first.text}"), so the service does not work.`;
            if (first.text.startsWith('#'))
                why += ' "#" does not start a comment inside a master.cf line.';
            else if (i > 0 && /,$/.test(daemonArgs[daemonArgs.length - strayArguments.length - 1]?.text ?? '')) {
                why += ' A short "-o name=value" cannot contain spaces; use -o { name = value, more }.';
            }
            if (ignoredOptions > 0)
                why += ` The ${ignoredOptions} later -o option(s) are not applied either: option parsing stops at the first non-option argument.`;
            diag('error', 'master-cf/unexpected-argument', why, first.span, `unexpected command-line argument: ${first.text}`);
        }
        if (type === 'inet' && (priv === 'y' || priv === '-')) {
            diag('error', 'master-cf/private-inet', `master(8) refuses this file: an inet service cannot be private (the private field ${priv === '-' ? 'defaults to "y"' : 'is "y"'}).`, fieldSpans[2], 'inet service cannot be private');
        }
        services.push({
            name,
            type,
            private: priv,
            unprivileged: unpriv,
            chroot,
            wakeup,
            maxproc,
            command,
            normalizedArgv: norm.argv,
            options,
            strayArguments,
            line,
            fieldSpans,
            templated: overlaps(placeholders, line.startOffset, line.endOffset),
            endpointKey: endpointKey(name, type, priv),
            daemonArguments: daemonArgs.map((a) => ({ text: a.text, span: srcSpan(a.tokStart, a.tokEnd) })),
        });
    }
    // Duplicate endpoints: master(8) logs "duplicate master.cf entry ... -- using the last entry" (§2.2).
    const lastByKey = new Map();
    for (const s of services)
        lastByKey.set(s.endpointKey, s);
    for (const s of services) {
        const last = lastByKey.get(s.endpointKey);
        if (last === s)
            continue;
        s.supersededByLine = last.line.firstLine;
        diagnostics.push({
            severity: 'warning',
            code: 'master-cf/duplicate-service',
            message: `"${s.name} ${s.type}" (line ${s.line.firstLine}) and "${last.name} ${last.type}" (line ${last.line.firstLine}) are the same endpoint; master(8) uses only the last entry (line ${last.line.firstLine}), while postconf -M lists both.`,
            path: source.path,
            span: spanOf(source, s.line.startOffset, s.line.endOffset),
        });
    }
    const result = { source, items, services, diagnostics, postconfWarnings };
    if (fatal)
        result.fatal = fatal;
    if (postconfFatal)
        result.postconfFatal = postconfFatal;
    return result;
}

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
    const m = /^[ \t\n\r\v\f]*([^ \t\n\r\v\f=]+)[ \t\n\r\v\f]*=[ \t\n\r\v\f]*([\s\S]*?)[ \t\n\r\v\f]*$/.exec(arg);
    if (!m)
        return undefined;
    return { name: m[1], value: m[2] };
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
    return {
        label: `${argv[0] ?? ''}/${argv[1] ?? ''}`,
        serviceName: argv[0] ?? '',
        command: argv[7] ?? '',
        params,
        validNames: new Set(),
    };
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
    // postconf_dbms.c: type:name with a database client type validates name_<suffix>.
    const registerDbms = (value, scope) => {
        const expanded = input.expandForDbms(value, scope);
        warnings.push(...expanded.warnings);
        if (expanded.error) {
            fatal ??= 'macro processing error';
            return;
        }
        for (const token of tokenize(expanded.value)) {
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
            const suffixes = DBMS_SUFFIXES.get(dbType);
            if (!suffixes)
                continue;
            if (prefix.startsWith('/')) {
                checkClientConfig(dbType, prefix);
                continue;
            }
            if (prefix.startsWith('.'))
                continue;
            for (const s of suffixes)
                flag(`${prefix}_${s}`, scope, true);
        }
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
        const local = scope?.params.get(name);
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
    return macExpand(value, (name) => lookupParameter(src, m, name, scope), { recurse: true });
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
        if (mode.expand && !RAW_PARAMETERS.has(name)) {
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
        const argv = s.normalizedArgv;
        for (let f = 8; f < argv.length; f++) {
            const arg = argv[f];
            if (arg[0] !== '-' || arg === '--')
                break;
            if (arg === '-o' && f + 1 < argv.length) {
                const v = argv[f + 1];
                const nv = master_cf_splitNameValue(v, 0, v.length);
                if (!('error' in nv))
                    ns.set(v.slice(nv.nameStart, nv.nameEnd), v.slice(nv.valueStart, nv.valueEnd));
                f += 1;
            }
        }
    }
    for (const n of READ_ONLY_PARAMETERS)
        ns.delete(n);
    return ns;
}
/** Every -o name=value of the whole postconf name space group, in argv order (for warnings). */
function rawNamespaceEntries(master, key) {
    const out = [];
    for (const s of master.services) {
        if (`${s.name}/${s.type}` !== key)
            continue;
        const argv = s.normalizedArgv;
        for (let f = 8; f < argv.length; f++) {
            const arg = argv[f];
            if (arg[0] !== '-' || arg === '--')
                break;
            if (arg === '-o' && f + 1 < argv.length) {
                const v = argv[f + 1];
                const nv = master_cf_splitNameValue(v, 0, v.length);
                if (!('error' in nv))
                    out.push([v.slice(nv.nameStart, nv.nameEnd), v.slice(nv.valueStart, nv.valueEnd)]);
                f += 1;
            }
        }
    }
    return out;
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
        const r = macExpand(v, lookup, { recurse: true });
        warnings.push(...r.warnings);
        if (r.error)
            throw new ExpansionFatal('macro processing error');
        return r.value;
    };
}
/** pcf_print_line(): normalize whitespace to single spaces, optionally fold at 80 columns. */
function master_views_printLine(text, fold) {
    let out = '';
    let lineLen = 0;
    const words = text.split(/[ \t\r\n]+/).filter((w) => w.length > 0);
    for (const w of words) {
        if (lineLen > 0) {
            if (!fold || lineLen + w.length < master_views_LINE_LIMIT) {
                out += ' ';
                lineLen += 1;
            }
            else {
                out += '\n' + INDENT_TEXT;
                lineLen = INDENT_LEN;
            }
        }
        out += w;
        lineLen += w.length;
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
function appendArguments(argv, start, state, fold, extra, expand) {
    let inOptions = true;
    for (let field = start; field < argv.length; field++) {
        const arg = argv[field];
        let argLen = arg.length;
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
                argLen += aval.length + extra;
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
        state.lineLen += arg.length + (braced ? 2 : 0);
        if (aval !== undefined) {
            state.out += ' ' + (needParens ? `{${aval}}` : aval);
            field += 1;
            state.lineLen = master_views_LINE_LIMIT;
        }
    }
}
function printMasterEntry(service, fold, expand) {
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
        state.lineLen += arg.length;
    }
    appendArguments(argv, 8, state, fold, 3, expand);
    return state.out + '\n';
}
function printMasterField(service, field, fold, expand) {
    const argv = service.normalizedArgv;
    const state = { out: '', lineLen: 0 };
    state.out = `${argv[0]}/${argv[1]}/${MASTER_FIELD_NAMES[field]} = `;
    state.lineLen = state.out.length;
    const value = argv[field];
    // Unlike the rest, this break does not depend on -f.
    if (state.lineLen + value.length > master_views_LINE_LIMIT) {
        state.out += '\n' + INDENT_TEXT;
        state.lineLen = INDENT_LEN;
    }
    state.out += value;
    state.lineLen += value.length;
    if (field === 7)
        appendArguments(argv, 8, state, fold, 1, expand);
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
    const warnings = master.postconfWarnings.map((w) => printableAsPostfix(w.pathPrefixed ? `${masterPath}: ${w.text}` : w.text, enc));
    const f = master.postconfFatal;
    if (!f)
        return { warnings };
    const fatal = f.kind === 'field-count' ? `file ${masterPath}: line ${f.line}: bad field count` : printableAsPostfix(f.text, enc);
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
        return { stdout, warnings: warnings.map((w) => printableAsPostfix(w, master.source.encoding)), exitCode: 0 };
    }
    catch (e) {
        if (e instanceof ExpansionFatal || e instanceof FilterFatal) {
            return { stdout: '', warnings, fatal: e.message, exitCode: 1 };
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
    return run(master, opts, undefined, (warnings) => filterRun(master, filters, 1, 2, '-M option requires service_name[/type]', warnings, (s) => printMasterEntry(s, opts.fold ?? false, opts.expand ? expander(master, s, opts, warnings) : undefined)));
}
/** `postconf -F [-f] [-x] [filters]` */
function showMasterFields(master, filters = [], opts = {}) {
    const fieldIndex = (name) => (name === '*' ? -1 : MASTER_FIELD_NAMES.indexOf(name));
    return run(master, opts, undefined, (warnings) => filterRun(master, filters, 1, 3, '-F option requires service_name[/type[/field]]', warnings, (s, p) => {
        const exp = opts.expand ? expander(master, s, opts, warnings) : undefined;
        const idx = p ? fieldIndex(p[2]) : -1;
        if (idx >= 0)
            return printMasterField(s, idx, opts.fold ?? false, exp);
        let out = '';
        for (let f = 0; f < 8; f++)
            out += printMasterField(s, f, opts.fold ?? false, exp);
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
        const printParam = (s, name, value, exp) => master_views_printLine(`${s.name}/${s.type}/${name} = ${exp ? exp(value) : value}`, fold);
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
/** postconf only creates a service's name space when some -o name=value parsed (even if later read-only-deleted). */
function hasNamespace(master, s) {
    return rawNamespaceEntries(master, `${s.name}/${s.type}`).length > 0;
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
                if (ch === 'c')
                    configDir = value;
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
    return { flags, configDir, overrides, names: argv.slice(i) };
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
        return { bytes: (0,external_node_fs_namespaceObject.readFileSync)(path) };
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
/** pcf_read_parameters(): main.cf into CONFIG_DICT, with config_directory preset by pcf_set_config_dir(). */
function readMain(configDir, o) {
    const path = `${configDir}/main.cf`;
    const r = readConfigFile(path);
    if ('error' in r)
        throw new Exit(`open ${path}: ${r.error}`);
    const source = makeSource(path, r.bytes);
    const parsed = parseMainCf(source);
    const main = new Map([['config_directory', configDir]]);
    const warn = (text) => {
        o.warnings.push(printableAsPostfix(text, source.encoding));
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
        throw new Exit(printableAsPostfix(parsed.fatal.postfixMessage, source.encoding));
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
    const master = parseMasterCf(makeSource(path, r.bytes));
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
        const scope = masterScopeFromArgv(s.normalizedArgv);
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
        return macExpand(v, (n) => main.get(n), { recurse: true }).value;
    };
    const facts = {};
    const mydomainSetting = evalMain('mydomain');
    if (mydomainSetting !== undefined)
        facts.mydomainSetting = mydomainSetting;
    const host = computeHostDerivedDefaults(currentEnv.pid === undefined ? facts : { ...facts, pid: currentEnv.pid });
    const myhostname = evalMain('myhostname') ?? host.get('myhostname');
    const dot = myhostname.indexOf('.');
    host.set('mydomain', dot < 0 ? 'localdomain' : myhostname.slice(dot + 1));
    const compat = evalMain('compatibility_level') ?? '0';
    const styleRaw = evalMain('mynetworks_style') ?? '${{$compatibility_level} <level {2} ? {subnet} : {host}}';
    const style = macExpand(styleRaw, (n) => (n === 'compatibility_level' ? compat : undefined), { recurse: true }).value.trim();
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
    const ifs = Object.values((0,external_node_os_namespaceObject.networkInterfaces)()).flatMap((l) => l ?? []);
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
    return subnetStyleNetworks({ x: [a] });
}
function loadAll(opts, o, readMainCf, masterFirst) {
    let main = new Map();
    let mainEncoding = 'utf8';
    let master;
    if (masterFirst)
        master = readMaster(opts.configDir, o, true);
    if (readMainCf) {
        const r = readMain(opts.configDir, o);
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
    const serviceScopes = loaded.master ? loaded.master.services.map((s) => masterScopeFromArgv(s.normalizedArgv)) : [];
    const mainForView = showDefaults ? new Map() : loaded.main;
    const holder = {};
    const srcRef = {
        get universe() {
            return holder.universe;
        },
        main: mainForView,
        defaultOf: (name) => host.get(name) ?? holder.universe?.table.get(name)?.defaultValue ?? builtin.get(name),
    };
    const universe = buildParameterUniverse({
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
                if (!(0,external_node_fs_namespaceObject.existsSync)(path))
                    return { error: 'No such file or directory' };
                if (!(0,external_node_fs_namespaceObject.statSync)(path).isFile())
                    return { error: 'not a regular file' };
                return { text: (0,external_node_fs_namespaceObject.readFileSync)(path, 'latin1') };
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
        o.warnings.push(printableAsPostfix(w, loaded.mainEncoding));
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
    const builtin = builtinDefaults(currentEnv.postfixVersion ?? '3.7');
    const loaded = loadAll(opts, o, !mode.showDefaults, false);
    o.encoding = loaded.mainEncoding;
    const { universe, src } = universeFor(loaded, o, builtin, mode.showDefaults, opts.configDir);
    const view = showParameters(src, mode, opts.names, byteLengthFor(loaded.mainEncoding));
    o.out += view.stdout;
    o.warnings.push(...view.warnings.map((w) => printableAsPostfix(w, loaded.mainEncoding)));
    if (view.fatal)
        throw new Exit(view.fatal);
    if (!mode.showDefaults) {
        const unused = unusedParameterWarnings(universe, loaded.main, loaded.masters, opts.configDir);
        o.warnings.push(...unused.map((w) => printableAsPostfix(w, loaded.mainEncoding)));
    }
}
function runMasterMode(opts, o) {
    const f = opts.flags;
    // postconf checks -M filters only after reading master.cf and scanning parameters, so a broken
    // master.cf's messages come first (showMasterEntries checks them at that point).
    const builtin = builtinDefaults(currentEnv.postfixVersion ?? '3.7');
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
    o.warnings.push(...unusedMasterParameterWarnings(universe, loaded.masters, opts.configDir).map((w) => printableAsPostfix(w, master.source.encoding)));
}

;// CONCATENATED MODULE: ./src/report/scan-text.ts
const MAX_VALUE_CHARS = 120;
/** Config text is shown on one line, with control characters made visible. */
function oneLine(value) {
    // Runs of whitespace print as one space, as postconf prints values.
    const flat = value.trim().replace(/[ \t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
    return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}
function formatDiagnostic(d) {
    const where = d.span ? `${d.path}:${d.span.start.line}:${d.span.start.column}` : d.path;
    return `${where}: ${d.severity}: ${d.message} [${d.code}]`;
}
function formatSet(loaded, out) {
    const { set, main, master } = loaded;
    out.push(`config set ${set.directory === '.' ? '(repository root)' : set.directory}`);
    out.push(`  files: ${set.files.map((f) => `${f.path}${f.template ? ` (template: ${f.template})` : ''}`).join(', ')}`);
    if (loaded.masterIsStock && master)
        out.push('  master.cf: none in this directory; Postfix\'s stock master.cf assumed');
    if (!set.main)
        out.push('  main.cf: none in this directory; built-in defaults assumed');
    if (main) {
        const effective = main.entries.filter((e) => main.values.get(e.name) === e);
        out.push(`  ${main.source.path}: ${effective.length} parameter${effective.length === 1 ? '' : 's'}`);
        const width = Math.min(40, Math.max(0, ...effective.map((e) => e.name.length)));
        for (const e of effective) {
            const tag = e.templated ? '  (templated)' : '';
            out.push(`    ${e.name.padEnd(width)} = ${oneLine(e.value)}  [line ${e.nameSpan.start.line}]${tag}`);
        }
    }
    if (master) {
        const services = master.services;
        out.push(`  ${loaded.masterIsStock ? 'stock master.cf' : master.source.path}: ${services.length} service${services.length === 1 ? '' : 's'}`);
        const width = Math.min(32, Math.max(0, ...services.map((s) => `${s.name}/${s.type}`.length)));
        // Internal services without overrides are listed on one line: they carry no TLS settings.
        const plain = services.filter((s) => s.type !== 'inet' && s.type !== 'pass' && s.options.length === 0 && s.strayArguments.length === 0);
        for (const s of services) {
            if (plain.includes(s))
                continue;
            const head = `${s.name}/${s.type}`.padEnd(width);
            const where = loaded.masterIsStock ? '' : `  [line ${s.line.firstLine}]`;
            // Non-option arguments (pipe's flags=..., or a stray word that stops option parsing) stay with the command.
            const command = oneLine([s.command, ...s.strayArguments.map((a) => a.text)].join(' '));
            out.push(`    ${head}  ${command}${where}${s.templated ? '  (templated)' : ''}`);
            for (const o of s.options)
                out.push(`      -o ${o.name}=${oneLine(o.value)}  [line ${o.span.start.line}]`);
        }
        if (plain.length > 0)
            out.push(`    internal services without overrides: ${plain.map((s) => `${s.name}/${s.type}`).join(', ')}`);
    }
    if (loaded.diagnostics.length > 0) {
        out.push('  problems:');
        for (const d of loaded.diagnostics)
            out.push(`    ${formatDiagnostic(d)}`);
    }
}
function formatScanText(result) {
    const out = [];
    const files = result.sets.reduce((n, s) => n + s.set.files.length, 0);
    out.push(`Scanned ${result.root}: ${result.sets.length} config set${result.sets.length === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}.`);
    for (const d of result.diagnostics)
        out.push(formatDiagnostic(d));
    for (const loaded of result.sets) {
        out.push('');
        formatSet(loaded, out);
    }
    return `${out.join('\n')}\n`;
}

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
function setToJson(loaded) {
    const { set, main, master } = loaded;
    return {
        directory: set.directory,
        files: set.files.map((f) => ({ path: f.path, kind: f.kind, ...(f.template ? { template: f.template } : {}) })),
        masterIsStock: loaded.masterIsStock,
        parameters: (main?.entries ?? []).map((e) => ({
            name: e.name,
            value: e.value,
            file: main.source.path,
            line: e.nameSpan.start.line,
            column: e.nameSpan.start.column,
            effective: main.values.get(e.name) === e,
            templated: e.templated,
        })),
        services: (master?.services ?? []).map((s) => ({
            name: s.name,
            type: s.type,
            command: s.command,
            file: master.source.path,
            line: s.line.firstLine,
            templated: s.templated,
            options: s.options.map((o) => ({
                name: o.name,
                value: o.value,
                line: o.span.start.line,
                column: o.span.start.column,
                templated: o.templated,
            })),
            strayArguments: s.strayArguments.map((a) => ({ text: a.text, line: a.span.start.line, column: a.span.start.column })),
        })),
        diagnostics: loaded.diagnostics.map(diagnosticToJson),
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
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
    for (const kind of CONFIG_FILE_KINDS) {
        if (baseName === kind)
            return { kind, variant: '' };
    }
    const template = templateLanguageFromName(baseName);
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
function runGit(cwd, args) {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    for (const name of REPOSITORY_ENV)
        delete env[name];
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, env, encoding: 'buffer', maxBuffer: MAX_LISTING_BYTES }, (error, stdout, stderr) => {
            const err = error;
            const code = !err ? 0 : err.code === 'ENOENT' ? 'ENOENT' : typeof err.code === 'number' ? err.code : 'ERROR';
            resolve({ code, stdout: Buffer.from(stdout ?? []), stderr: Buffer.from(stderr ?? []).toString('utf8') });
        });
    });
}
function firstLine(text) {
    return text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? 'no message';
}
/** Entries relative to `root`, sorted by path, without duplicates. */
async function listGitFiles(root) {
    const probe = await runGit(root, ['rev-parse', '--is-inside-work-tree']);
    if (probe.code === 'ENOENT')
        return { kind: 'not-a-work-tree' };
    if (probe.code !== 0) {
        if (/not a git repository/i.test(probe.stderr))
            return { kind: 'not-a-work-tree' };
        return { kind: 'failed', reason: firstLine(probe.stderr) };
    }
    if (probe.stdout.toString('utf8').trim() !== 'true')
        return { kind: 'not-a-work-tree' };
    const rootIgnored = await runGit(root, ['check-ignore', '-q', '.']);
    if (rootIgnored.code === 0)
        return { kind: 'root-ignored' };
    // Two listings: tracked entries with their index mode (so symlinks and submodules are known without a
    // stat of every file), then untracked entries that no ignore rule excludes.
    const tracked = await runGit(root, ['ls-files', '-z', '--cached', '--stage']);
    if (tracked.code !== 0)
        return { kind: 'failed', reason: firstLine(tracked.stderr) };
    const untracked = await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']);
    if (untracked.code !== 0)
        return { kind: 'failed', reason: firstLine(untracked.stderr) };
    const entries = new Map();
    for (const record of tracked.stdout.toString('utf8').split('\0')) {
        // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
        const tab = record.indexOf('\t');
        if (tab === -1)
            continue;
        const filePath = record.slice(tab + 1);
        if (!entries.has(filePath))
            entries.set(filePath, { path: filePath, mode: record.slice(0, record.indexOf(' ')) });
    }
    for (const filePath of untracked.stdout.toString('utf8').split('\0')) {
        if (filePath.length > 0 && !entries.has(filePath))
            entries.set(filePath, { path: filePath });
    }
    return { kind: 'listed', entries: [...entries.values()].sort((a, b) => compareStrings(a.path, b.path)) };
}
/** Plain code-unit order: the same on every machine and locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
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






class Lister {
    root;
    realRoot;
    candidates = [];
    diagnostics = [];
    visited = new Set();
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
        return real === this.realRoot || real.startsWith(this.realRoot.endsWith(external_node_path_namespaceObject.sep) ? this.realRoot : this.realRoot + external_node_path_namespaceObject.sep);
    }
    report(severity, code, relPath, message) {
        this.diagnostics.push({ severity, code, message, path: relPath === '' ? '.' : relPath });
    }
    addFile(relPath, absolutePath) {
        const name = classifyFileName(external_node_path_namespaceObject.posix.basename(relPath));
        if (name && this.wanted(relPath))
            this.candidates.push({ relPath, absolutePath, name });
    }
    markVisited(real) {
        this.visited.add(real);
    }
    /** Walk one directory; `relDir` is "" for the root. */
    async walk(relDir, absDir, inherited) {
        let real;
        try {
            real = await (0,promises_namespaceObject.realpath)(absDir);
        }
        catch (error) {
            this.report('warning', 'discover/unreadable-directory', relDir, `cannot resolve directory: ${errorCode(error)}`);
            return;
        }
        if (this.visited.has(real))
            return;
        this.visited.add(real);
        let entries;
        try {
            entries = await (0,promises_namespaceObject.readdir)(absDir, { withFileTypes: true });
        }
        catch (error) {
            this.report('warning', 'discover/unreadable-directory', relDir, `directory not searched: ${errorCode(error)}`);
            return;
        }
        entries.sort((a, b) => compareStrings(a.name, b.name));
        let chain = inherited;
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const ignorePath = join(relDir, '.gitignore');
            try {
                chain = chain.with(relDir, await (0,promises_namespaceObject.readFile)(external_node_path_namespaceObject.join(absDir, '.gitignore'), 'utf8'));
            }
            catch (error) {
                this.report('warning', 'discover/unreadable-gitignore', ignorePath, `.gitignore not applied: ${errorCode(error)}`);
            }
        }
        for (const entry of entries) {
            if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name))
                continue;
            const rel = join(relDir, entry.name);
            const abs = external_node_path_namespaceObject.join(absDir, entry.name);
            if (entry.isSymbolicLink()) {
                await this.symlink(rel, abs, chain, real);
            }
            else if (entry.isDirectory()) {
                if (!chain.ignores(rel, true) && !this.excluded(rel))
                    await this.walk(rel, abs, chain);
            }
            else if (entry.isFile()) {
                if (!chain.ignores(rel, false))
                    this.addFile(rel, abs);
            }
        }
    }
    /** A symbolic link met in a walk or in git's list; `parentReal` is the real path of its directory. */
    async symlink(relPath, absolutePath, chain, parentReal) {
        if (chain.ignores(relPath, false))
            return;
        const named = classifyFileName(external_node_path_namespaceObject.posix.basename(relPath)) !== undefined;
        let target;
        try {
            target = await (0,promises_namespaceObject.realpath)(absolutePath);
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
            info = await (0,promises_namespaceObject.stat)(target);
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
            this.addFile(relPath, absolutePath);
        }
    }
    /** Directories reached through symlinks, after all real directories. */
    async walkDeferred() {
        for (let next = this.deferred.shift(); next; next = this.deferred.shift()) {
            if (this.visited.has(next.realPath)) {
                const parent = next.linkParentReal;
                if (parent === next.realPath || parent.startsWith(next.realPath + external_node_path_namespaceObject.sep)) {
                    this.report('warning', 'discover/symlink-loop', next.relPath, 'symbolic link points to a directory that contains it; not followed');
                }
                continue;
            }
            await this.walk(next.relPath, next.absolutePath, next.chain);
        }
    }
    /** git's list of files. Only entries whose kind the index does not tell are looked at with lstat. */
    async fromGit(entries) {
        const kept = entries
            .map((e) => ({ ...e, path: e.path.endsWith('/') ? e.path.slice(0, -1) : e.path, nested: e.path.endsWith('/') }))
            .filter((e) => !e.path.split('/').some((s) => ALWAYS_SKIPPED_DIRECTORIES.has(s)));
        // git lists real paths only (it never descends through a symlink), so every prefix is a real directory.
        const directories = new Set();
        for (const e of kept) {
            for (let slash = e.path.indexOf('/'); slash !== -1; slash = e.path.indexOf('/', slash + 1)) {
                directories.add(e.path.slice(0, slash));
            }
        }
        for (const dir of directories)
            this.visited.add(external_node_path_namespaceObject.join(this.realRoot, ...dir.split('/')));
        for (const e of kept) {
            const abs = external_node_path_namespaceObject.join(this.root, ...e.path.split('/'));
            const named = classifyFileName(external_node_path_namespaceObject.posix.basename(e.path)) !== undefined;
            if (e.mode !== undefined && e.mode !== '120000' && e.mode !== '160000' && !named)
                continue;
            let info;
            try {
                info = await (0,promises_namespaceObject.lstat)(abs);
            }
            catch {
                continue; // in the index but deleted from the work tree
            }
            if (info.isSymbolicLink()) {
                const parentReal = external_node_path_namespaceObject.dirname(external_node_path_namespaceObject.join(this.realRoot, ...e.path.split('/')));
                await this.symlink(e.path, abs, IgnoreChain.empty(), parentReal);
            }
            else if (info.isDirectory()) {
                // A submodule or a nested repository: git does not list its files, so walk it.
                if (!this.excluded(e.path))
                    await this.walk(e.path, abs, IgnoreChain.empty());
            }
            else if (info.isFile()) {
                this.addFile(e.path, abs);
            }
        }
    }
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
    const absoluteRoot = external_node_path_namespaceObject.resolve(root);
    let realRoot;
    try {
        realRoot = await (0,promises_namespaceObject.realpath)(absoluteRoot);
        if (!(await (0,promises_namespaceObject.stat)(realRoot)).isDirectory()) {
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
    const git = await listGitFiles(absoluteRoot);
    let mode = 'walk';
    if (git.kind === 'listed') {
        mode = 'git';
        lister.markVisited(realRoot);
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
    lister.candidates.sort((a, b) => compareStrings(a.relPath, b.relPath));
    return { candidates: lister.candidates, diagnostics: lister.diagnostics, mode };
}

;// CONCATENATED MODULE: ./src/discover/stock-master-cf.ts
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
        const file = await inspect(candidate, diagnostics);
        if (file)
            files.push({ file, variant: candidate.name.variant });
    }
    const sets = groupIntoSets(files, diagnostics);
    diagnostics.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.code, b.code));
    return { sets, diagnostics, mode: listing.mode };
}
/** Read a candidate (bounded) to check it is readable and to tell a template from its content. */
async function inspect(candidate, diagnostics) {
    const { relPath, absolutePath, name } = candidate;
    let bytes;
    try {
        const handle = await (0,promises_namespaceObject.open)(absolutePath, 'r');
        try {
            const info = await handle.stat();
            if (info.size > MAX_DISCOVERED_FILE_BYTES) {
                diagnostics.push({
                    severity: 'error',
                    code: 'discover/file-too-large',
                    message: `${relPath} is ${info.size} bytes, over the ${MAX_DISCOVERED_FILE_BYTES}-byte limit; not read`,
                    path: relPath,
                });
                return undefined;
            }
            bytes = await handle.readFile();
        }
        finally {
            await handle.close();
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
    const text = bytes.toString('latin1');
    const file = { path: relPath, absolutePath, kind: name.kind, bytes };
    const fromContent = name.template === undefined || name.template === 'unknown'
        ? templateLanguageOfText(text, name.template ? { hint: name.template } : {})
        : undefined;
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
        const directory = external_node_path_namespaceObject.posix.dirname(file.path);
        const key = `${directory}\0${variant}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { directory, variant, files: [] }));
        group.files.push(file);
    }
    const ordered = [...groups.values()].sort((a, b) => compareStrings(a.directory, b.directory) || compareStrings(a.variant, b.variant));
    return ordered.map(({ directory, variant, files: members }) => {
        members.sort((a, b) => compareStrings(a.path, b.path));
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
                .sort((a, b) => Number(isTemplateName(a)) - Number(isTemplateName(b)) || compareStrings(a.path, b.path));
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
    return external_node_path_namespaceObject.posix.basename(file.path) !== file.kind;
}

;// CONCATENATED MODULE: ./src/postfix/config-set.ts




/** Discovery already read (and size-checked) each file; it is decoded here, never read again. */
function sourceOf(file) {
    return makeSource(file.path, file.bytes);
}
function loadConfigSet(set) {
    const diagnostics = [];
    const mainSource = set.main ? sourceOf(set.main) : undefined;
    const masterSource = set.master ? sourceOf(set.master) : undefined;
    const mainOverrideSource = set.mainOverride ? sourceOf(set.mainOverride) : undefined;
    const masterOverrideSource = set.masterOverride ? sourceOf(set.masterOverride) : undefined;
    const main = mainSource ? parseMainCf(mainSource) : undefined;
    const masterIsStock = !set.master;
    const master = masterSource
        ? parseMasterCf(masterSource)
        : masterIsStock && set.main
            ? parseMasterCf(makeSource(`(stock master.cf: ${STOCK_MASTER_CF_ORIGIN})`, STOCK_MASTER_CF))
            : undefined;
    const mainOverride = mainOverrideSource ? parseMainCf(mainOverrideSource) : undefined;
    for (const parsed of [main, master, mainOverride])
        if (parsed)
            diagnostics.push(...parsed.diagnostics);
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

;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The whole scan of one repository: discover config sets, then load and parse each one.
 * Used by both entry points (CLI and Action); it never prints.
 */


async function scanRepository(root, options = {}) {
    const discovery = await discoverConfigSets(root, options);
    const sets = [];
    for (const set of discovery.sets)
        sets.push(loadConfigSet(set));
    return { root, sets, diagnostics: discovery.diagnostics };
}

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version; a test keeps it equal to package.json's. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * The CLI as a function of its arguments, so tests run it in-process and the binary stays a thin
 * shell around it.
 */








const run_USAGE = `Usage:
  postfix-tls-audit scan [PATH] [--format text|json] [--include GLOB]... [--exclude GLOB]...
      Find the Postfix config sets under PATH (default: .) and list their files, services and parameters.
  postfix-tls-audit postconf -c DIR [-n] [-d] [-x] [-h] [-f] [-M] [-F] [-P] [--postfix-version V] [NAME...]
      Show what Postfix's postconf would show for the config directory DIR, without Postfix installed.
  postfix-tls-audit --version | --help
`;
function usageError(message) {
    return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\n${run_USAGE}`, exitCode: 2 };
}
async function scanCommand(args, cwd) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
            },
        });
    }
    catch (error) {
        return usageError(error.message);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        return usageError('scan takes one PATH');
    if (values.format !== 'text' && values.format !== 'json')
        return usageError(`unknown --format "${values.format}" (text or json)`);
    const root = external_node_path_default().resolve(cwd, positionals[0] ?? '.');
    const result = await scanRepository(root, {
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
    });
    const shown = { ...result, root: external_node_path_default().relative(cwd, root) || '.' };
    const stdout = values.format === 'json' ? `${JSON.stringify(scanToJson(shown, TOOL_VERSION), null, 2)}\n` : formatScanText(shown);
    return { stdout, stderr: '', exitCode: 0 };
}
function postconfCommand(args) {
    // --postfix-version is ours; everything else is postconf's own syntax.
    const rest = [];
    let postfixVersion;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--postfix-version') {
            postfixVersion = args[++i];
            if (postfixVersion === undefined)
                return usageError('--postfix-version needs a value');
        }
        else if (a.startsWith('--postfix-version='))
            postfixVersion = a.slice('--postfix-version='.length);
        else
            rest.push(a);
    }
    if (postfixVersion !== undefined && !isSupportedPostfixVersion(postfixVersion)) {
        return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${SUPPORTED_POSTFIX_VERSIONS.join(', ')}, optionally with a patch level)`);
    }
    const r = runPostconf(rest, postfixVersion ? { postfixVersion } : {});
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}
async function runCli(argv, cwd) {
    const [command, ...args] = argv;
    switch (command) {
        case 'scan':
            return scanCommand(args, cwd);
        case 'postconf':
            return postconfCommand(args);
        case '--version':
        case '-V':
            return { stdout: `postfix-tls-audit ${TOOL_VERSION}\n`, stderr: '', exitCode: 0 };
        case undefined:
        case '--help':
        case '-h':
        case 'help':
            return { stdout: run_USAGE, stderr: '', exitCode: command === undefined ? 2 : 0 };
        default:
            return usageError(`unknown command "${command}"`);
    }
}


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
