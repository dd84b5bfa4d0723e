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

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

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

/***/ 5595:
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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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
} = __nccwpck_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

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

/***/ 4234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iX: () => (/* binding */ auditSetsInOrder),
  qW: () => (/* binding */ enableAuditWorkers),
  FY: () => (/* binding */ serveAuditWorker)
});

// UNUSED EXPORTS: auditSets

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/listing.ts
var listing = __nccwpck_require__(4907);
// EXTERNAL MODULE: ./src/model/index.ts
var src_model = __nccwpck_require__(4365);
// EXTERNAL MODULE: ./src/postfix/config-set.ts
var config_set = __nccwpck_require__(7046);
// EXTERNAL MODULE: ./src/policy/combine-fixes.ts
var combine_fixes = __nccwpck_require__(8233);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 1 modules
var evaluate = __nccwpck_require__(6012);
// EXTERNAL MODULE: ./src/policy/report.ts
var report = __nccwpck_require__(2742);
// EXTERNAL MODULE: ./src/policy/suppressions.ts
var suppressions = __nccwpck_require__(8212);
;// CONCATENATED MODULE: ./src/audit-set.ts







function auditSet(set, options) {
    const { policy, baseline } = options;
    const loaded = (0,config_set/* loadConfigSet */.p)(set);
    const model = (0,src_model/* buildConfigSetModel */.ET)(loaded, options.modelOptions);
    const own = (0,report/* sourcesOf */.u)([model]);
    const kept = (0,suppressions/* applySuppressions */.px)((0,evaluate/* evaluatePolicy */.Uz)([model], policy), [model], policy).filter((f) => !baseline?.has(f.fingerprint));
    // applySuppressions appends the suppressions that matched nothing; a judgement of the whole
    // repository puts them after every other finding, so they are kept apart.
    const findings = kept.filter((f) => f.ruleId !== suppressions/* UNUSED_SUPPRESSION */.Zf);
    const unused = kept.filter((f) => f.ruleId === suppressions/* UNUSED_SUPPRESSION */.Zf);
    const result = { listing: (0,listing/* listingOf */.K)(loaded), sources: [...own.values()], findings, unused };
    if (options.combineFixes) {
        const texts = new Map([...own].map(([file, source]) => [file, source.text]));
        const decided = (0,combine_fixes/* decideFixesOfSet */.zc)(findings.filter((f) => f.fix), model, policy, texts);
        result.decisions = findings.flatMap((f, i) => {
            const d = decided.get(f);
            return d === undefined ? [] : [[i, d]];
        });
    }
    if (options.keepModel)
        result.model = model;
    return result;
}

// EXTERNAL MODULE: ./src/postfix/source.ts
var source = __nccwpck_require__(7900);
;// CONCATENATED MODULE: ./src/audit-workers.ts
/**
 * Config sets audited in parallel, on request: each set is independent (auditSet), so a repository with
 * many sets can be shared out to worker threads, one set at a time, with the results put back in
 * discovery order. Off by default (see workerCount for the measurement).
 *
 * A worker runs the entry point's own file (the bundle), which calls serveAuditWorker() first; the
 * entry point names itself with enableAuditWorkers(). Without that (tests run the sources in-process),
 * for a handful of sets, or unless POSTFIX_TLS_AUDIT_WORKERS asks for them, everything runs on the
 * calling thread.
 */




const WORKER_KIND = 'postfix-tls-audit/audit-set';
/** Below this many sets, starting workers (each loads the bundle) costs more than it saves. */
const MIN_SETS_FOR_WORKERS = 24;
const MAX_WORKERS = 8;
let entry;
/** Let auditSets() use worker threads that run `file` (the entry point's import.meta.url). */
function enableAuditWorkers(file) {
    entry = file;
}
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
    result.sources = result.sources.map((s) => (0,source/* makeSource */.mt)(s.path, s.text, s.encoding));
    return result;
}
/**
 * In a worker started by auditSets(): serve its requests and return true (the entry point then does
 * nothing else). On the main thread, or in any other worker: false.
 */
function serveAuditWorker() {
    const init = external_node_worker_threads_namespaceObject.workerData;
    if (external_node_worker_threads_namespaceObject.isMainThread || !external_node_worker_threads_namespaceObject.parentPort || init?.kind !== WORKER_KIND)
        return false;
    const port = external_node_worker_threads_namespaceObject.parentPort;
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
        const worker = new external_node_worker_threads_namespaceObject.Worker(entry, { workerData: init, stdout: true, stderr: true });
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


/***/ }),

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _audit_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4234);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(485);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Command-line entry point: `postfix-tls-audit scan [PATH]` and `postfix-tls-audit postconf ...`.
 * Exit status: 0 done, 2 usage error, 1 the command failed (as postconf does for fatal input).
 * An unexpected error exits 2 with its message; a scan's report written so far is then incomplete.
 * The same file serves as the worker of a scan with many config sets (src/audit-workers.ts).
 */



// A scan keeps little (about 25 MB live after 1,000 sets) but allocates fast, and V8's default heap
// growing lets old-space garbage reach several times the live size before a full collection. Growing
// the heap by half instead keeps the peak RSS of 1,000 sets at about 160 MB instead of 175-250 MB, with
// no measurable CPU cost (npm run bench). The flag is V8's own, read at every full collection.
(0,node_v8__WEBPACK_IMPORTED_MODULE_2__.setFlagsFromString)('--heap-growing-percent=50');
if (!(0,_audit_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .serveAuditWorker */ .FY)()) {
    (0,_audit_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .enableAuditWorkers */ .qW)(new URL(import.meta.url));
    // A scan's report is written as it is made, in pieces of about 64 KiB.
    let pending = [];
    let size = 0;
    const flush = () => {
        if (size > 0)
            process.stdout.write(pending.join(''));
        pending = [];
        size = 0;
    };
    try {
        const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), process.cwd(), (chunk) => {
            pending.push(chunk);
            size += chunk.length;
            if (size >= 65536)
                flush();
        });
        flush();
        if (result.stdout.length > 0)
            process.stdout.write(result.stdout);
        if (result.stderr.length > 0)
            process.stderr.write(result.stderr);
        process.exitCode = result.exitCode;
    }
    catch (error) {
        // Not exit 1, which means "findings reached --fail-on".
        flush();
        process.stderr.write(`postfix-tls-audit: internal error, any report above is incomplete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 2;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 5 modules
var defaults = __nccwpck_require__(6985);
// EXTERNAL MODULE: ./src/postfix/expand.ts
var expand = __nccwpck_require__(8921);
// EXTERNAL MODULE: ./src/postfix/main-cf.ts
var main_cf = __nccwpck_require__(9188);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __nccwpck_require__(2081);
// EXTERNAL MODULE: ./src/postfix/param-universe.ts
var param_universe = __nccwpck_require__(502);
// EXTERNAL MODULE: ./src/postfix/source.ts
var postfix_source = __nccwpck_require__(7900);
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
        const argv = s.normalizedArgv;
        for (let f = 8; f < argv.length; f++) {
            const arg = argv[f];
            if (arg[0] !== '-' || arg === '--')
                break;
            if (arg === '-o' && f + 1 < argv.length) {
                const v = argv[f + 1];
                const nv = (0,master_cf/* splitNameValue */.bF)(v, 0, v.length);
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
                const nv = (0,master_cf/* splitNameValue */.bF)(v, 0, v.length);
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
        const r = (0,expand/* macExpand */.eY)(v, lookup, { recurse: true });
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
    state.out = `${argv[0]}/${argv[1]}/${master_cf/* MASTER_FIELD_NAMES */.ZN[field]} = `;
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
    const fieldIndex = (name) => (name === '*' ? -1 : master_cf/* MASTER_FIELD_NAMES */.ZN.indexOf(name));
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
        // Opened without blocking and checked: a FIFO named main.cf would otherwise wait for a writer forever.
        const fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        try {
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (info.isDirectory())
                return { error: 'Is a directory' };
            if (!info.isFile())
                return { error: 'not a regular file' };
            return { bytes: (0,external_node_fs_namespaceObject.readFileSync)(fd) };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
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
/** pcf_read_parameters(): main.cf into CONFIG_DICT, with config_directory preset by pcf_set_config_dir(). */
function readMain(configDir, o) {
    const path = `${configDir}/main.cf`;
    const r = readConfigFile(path);
    if ('error' in r)
        throw new Exit(`open ${path}: ${r.error}`);
    const source = (0,postfix_source/* makeSource */.mt)(path, r.bytes);
    const parsed = (0,main_cf/* parseMainCf */.g)(source);
    const main = new Map([['config_directory', configDir]]);
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

// EXTERNAL MODULE: ./src/audit-workers.ts + 2 modules
var audit_workers = __nccwpck_require__(4234);
// EXTERNAL MODULE: ./src/postfix/templates.ts
var templates = __nccwpck_require__(5858);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
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
/**
 * Settings given on git's command line, which win over the repository's own config: a scanned tree
 * that is not a fresh checkout (an unpacked archive, a copied work tree) may hold its own .git/config,
 * and `core.fsmonitor` there names a command that `git ls-files` runs.
 */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false'];
function runGit(cwd, args) {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    for (const name of REPOSITORY_ENV)
        delete env[name];
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', [...SAFE_CONFIG, ...args], { cwd, env, encoding: 'buffer', maxBuffer: MAX_LISTING_BYTES }, (error, stdout, stderr) => {
            const err = error;
            const code = !err ? 0 : err.code === 'ENOENT' ? 'ENOENT' : typeof err.code === 'number' ? err.code : 'ERROR';
            resolve({ code, stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout ?? []), stderr: Buffer.from(stderr ?? []).toString('utf8') });
        });
    });
}
function firstLine(text) {
    return text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? 'no message';
}
/** Entries relative to `root`, sorted by path, without duplicates. */
async function listGitFiles(root) {
    // The four git runs start together (they only read); their answers are looked at in order below.
    const [probe, rootIgnored, tracked, untracked] = await Promise.all([
        runGit(root, ['rev-parse', '--is-inside-work-tree']),
        runGit(root, ['check-ignore', '-q', '.']),
        runGit(root, ['ls-files', '-z', '--cached', '--stage']),
        runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    if (probe.code === 'ENOENT')
        return { kind: 'not-a-work-tree' };
    if (probe.code !== 0) {
        if (/not a git repository/i.test(probe.stderr))
            return { kind: 'not-a-work-tree' };
        return { kind: 'failed', reason: firstLine(probe.stderr) };
    }
    if (probe.stdout.toString('utf8').trim() !== 'true')
        return { kind: 'not-a-work-tree' };
    if (rootIgnored.code === 0)
        return { kind: 'root-ignored' };
    // Two listings: tracked entries with their index mode (so symlinks and submodules are known without a
    // stat of every file), then untracked entries that no ignore rule excludes.
    if (tracked.code !== 0)
        return { kind: 'failed', reason: firstLine(tracked.stderr) };
    if (untracked.code !== 0)
        return { kind: 'failed', reason: firstLine(untracked.stderr) };
    // The listings are read in place (no string per record, no map: a large repository lists 100k+ files).
    // The paths are views of the decoded listing: those kept beyond discovery are copied (detachedCopy).
    const entries = [];
    const listed = tracked.stdout.toString('utf8');
    for (let at = 0; at < listed.length;) {
        const end = endOfRecord(listed, at);
        // "<mode> <object> <stage>\t<path>"; a conflicted path appears once per stage.
        const tab = listed.indexOf('\t', at);
        if (tab !== -1 && tab < end) {
            const space = listed.indexOf(' ', at);
            entries.push({ path: listed.slice(tab + 1, end), mode: modeOf(listed.slice(at, space === -1 || space > tab ? tab : space)) });
        }
        at = end + 1;
    }
    const others = untracked.stdout.toString('utf8');
    for (let at = 0; at < others.length;) {
        const end = endOfRecord(others, at);
        if (end > at)
            entries.push({ path: others.slice(at, end) });
        at = end + 1;
    }
    // A stable sort keeps the first of equal paths: a conflicted path's first stage, a tracked entry before
    // an untracked one.
    entries.sort((a, b) => compareStrings(a.path, b.path));
    return { kind: 'listed', entries: entries.filter((e, i) => i === 0 || entries[i - 1].path !== e.path), unopened: unopenedFolders(untracked.stderr) };
}
/**
 * git's "could not open directory 'PATH/': REASON" warnings (dir.c). git cuts a warning at 4 KiB, so a
 * very long path may come without its end.
 */
function unopenedFolders(stderr) {
    const prefix = "warning: could not open directory '";
    const out = [];
    for (const line of stderr.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const rest = line.slice(prefix.length);
        const close = rest.lastIndexOf("'");
        const found = close === -1 ? { path: `${rest}…`, reason: 'path too long to show' } : { path: rest.slice(0, close), reason: rest.slice(close + 1).replace(/^:\s*/, '') || 'no reason given' };
        out.push({ path: found.path.replace(/\/$/, ''), reason: found.reason });
    }
    return out;
}
function endOfRecord(listing, at) {
    const end = listing.indexOf('\0', at);
    return end === -1 ? listing.length : end;
}
const MODES = new Map(['100644', '100755', '120000', '160000'].map((m) => [m, m]));
/** One string per usual mode, not one per entry. */
function modeOf(mode) {
    return MODES.get(mode) ?? mode;
}
/** Plain code-unit order: the same on every machine and locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A copy of a string that shares no storage with the one it was cut from. V8 keeps a substring as a
 * view of its parent, so one path cut from git's listing (megabytes in a large repository) or one line
 * cut from a file would keep the whole listing or file alive as long as it is kept.
 */
function detachedCopy(text) {
    return Buffer.from(text, 'utf16le').toString('utf16le');
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
        return real === this.realRoot || real.startsWith(this.realRoot.endsWith(external_node_path_.sep) ? this.realRoot : this.realRoot + external_node_path_.sep);
    }
    report(severity, code, relPath, message) {
        this.diagnostics.push({ severity, code, message, path: relPath === '' ? '.' : relPath });
    }
    addFile(relPath, absolutePath) {
        const name = classifyFileName(external_node_path_.posix.basename(relPath));
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
                chain = chain.with(relDir, await (0,promises_namespaceObject.readFile)(external_node_path_.join(absDir, '.gitignore'), 'utf8'));
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
                    this.addFile(rel, abs);
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
        else {
            this.notRegular(relPath);
        }
    }
    /** Directories reached through symlinks, after all real directories. */
    async walkDeferred() {
        for (let next = this.deferred.shift(); next; next = this.deferred.shift()) {
            if (this.visited.has(next.realPath)) {
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
        for (const e of entries) {
            const p = e.path.endsWith('/') ? e.path.slice(0, -1) : e.path;
            if (mayHaveSkippedSegment(p) && p.split('/').some((s) => ALWAYS_SKIPPED_DIRECTORIES.has(s)))
                continue;
            kept.push(p === e.path ? e : { ...e, path: p });
        }
        // git lists real paths only (it never descends through a symlink), so every prefix is a real directory.
        const directories = new Set();
        for (const e of kept) {
            // Deepest prefix first: once a prefix is known, so are all of its ancestors.
            for (let slash = e.path.lastIndexOf('/'); slash > 0; slash = e.path.lastIndexOf('/', slash - 1)) {
                const dir = e.path.slice(0, slash);
                if (directories.has(dir))
                    break;
                directories.add(dir);
            }
        }
        for (const dir of directories)
            this.visited.add(external_node_path_.join(this.realRoot, ...dir.split('/')));
        const looked = kept.filter((e) => {
            if (e.mode === undefined || e.mode === '120000' || e.mode === '160000')
                return true;
            return classifyFileName(e.path.slice(e.path.lastIndexOf('/') + 1)) !== undefined;
        });
        for (const e of looked) {
            // Synchronous: one lstat is a few microseconds, its promise form a thread-pool round trip that
            // costs the main thread ten times that (see inspect in index.ts).
            let info;
            try {
                info = (0,external_node_fs_namespaceObject.lstatSync)(external_node_path_.join(this.root, ...e.path.split('/')));
            }
            catch {
                // In the index but not in the work tree: deleted or left out by a sparse checkout (nothing to
                // say), or a name that is not valid UTF-8 (git lists its bytes; decoded, it names no file).
                if (undecodable(e.path) && classifyFileName(e.path.slice(e.path.lastIndexOf('/') + 1)) !== undefined && this.wanted(e.path)) {
                    this.reportUndecodable(detachedCopy(e.path), 'not read');
                }
                continue;
            }
            // Kept beyond discovery (candidates, diagnostics): not a view of git's whole listing.
            const relPath = detachedCopy(e.path);
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
                if (classifyFileName(external_node_path_.posix.basename(relPath)) !== undefined && !this.gitFileInside(relPath, abs))
                    continue;
                this.addFile(relPath, abs);
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
     */
    gitFileInside(relPath, abs) {
        let real;
        try {
            real = external_node_fs_namespaceObject.realpathSync.native(abs); // synchronous for the reason given in the loop above
        }
        catch {
            return true; // the read reports what is wrong with it
        }
        if (this.inside(real))
            return true;
        this.report('warning', 'discover/outside-root', relPath, `its real path is outside the scanned root (${real}); not read`);
        return false;
    }
}
/** Does a path hold U+FFFD, the stand-in of bytes that are not UTF-8 (Node decodes file names as UTF-8)? */
function undecodable(relPath) {
    return relPath.includes('\uFFFD');
}
/** A fast pre-test: could some segment of this path be one of ALWAYS_SKIPPED_DIRECTORIES? */
function mayHaveSkippedSegment(p) {
    for (const name of ALWAYS_SKIPPED_DIRECTORIES)
        if (p.includes(name))
            return true;
    return false;
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
    lister.candidates.sort((a, b) => compareStrings(a.relPath, b.relPath));
    return { candidates: lister.candidates, diagnostics: lister.diagnostics, mode };
}

// EXTERNAL MODULE: ./src/discover/stock-master-cf.ts
var stock_master_cf = __nccwpck_require__(6860);
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
    diagnostics.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.code, b.code));
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
        const fd = (0,external_node_fs_namespaceObject.openSync)(absolutePath, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        try {
            // Listed as a regular file, but it may have been replaced since (by a FIFO, a socket, a device).
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
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
            bytes = (0,external_node_fs_namespaceObject.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
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
    let fromContent;
    if (name.template === undefined || name.template === 'unknown') {
        // The text as the parsers decode it, and no language hint ("unknown" labels placeholders as no hint
        // does, templates.ts): these are the placeholders the parsers would look for again, handed over.
        const found = (0,templates/* findPlaceholders */.GY)((0,postfix_source/* decodeBytes */.yj)(bytes).text);
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
    return external_node_path_.posix.basename(file.path) !== file.kind;
}

// EXTERNAL MODULE: ./src/fix/edits.ts
var fix_edits = __nccwpck_require__(5130);
;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * Unified diff of edits (`--- a/path` / `+++ b/path`, 3 lines of context), as `git apply` and
 * `patch -p1` read it.
 *
 * The changed lines come from the edits themselves (no general diff algorithm): every edit
 * touches the physical lines from its start line to its end line; touched blocks that overlap or
 * touch are merged, the block's new text is the old lines with the edits applied, and lines equal
 * at both ends of a block are given back to the context.
 */

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
    const starts = (0,fix_edits/* lineStartsOf */.xV)(text);
    const count = text.length === 0 || text.endsWith('\n') ? starts.length - 1 : starts.length;
    const at = (i) => {
        const next = starts[i + 1];
        return next === undefined ? { text: text.slice(starts[i]), newline: false } : { text: text.slice(starts[i], next - 1), newline: true };
    };
    return { count, starts, at };
}
function changesOf(text, oldLines, edits) {
    const lineStarts = oldLines.starts;
    const resolved = (0,fix_edits/* resolveEdits */.Oo)(text, edits, lineStarts);
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
        const newText = (0,fix_edits/* applyEdits */.ct)(oldText, rebased);
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
/** Unified diff of all edits, file by file in the order files first appear in `edits`. */
function unifiedDiff(texts, edits) {
    let out = '';
    for (const [file, list] of (0,fix_edits/* editsByFile */.dG)(edits)) {
        const text = texts.get(file);
        if (text === undefined)
            throw new Error(`edit for a file that is not given: ${file}`);
        out += unifiedDiffOfFile(file, text, list);
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/report.ts
var report = __nccwpck_require__(2742);
;// CONCATENATED MODULE: ./src/report/findings-text.ts

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
    const c = (0,report/* countBySeverity */.O)(findings);
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
        summary: (0,report/* countBySeverity */.O)(findings),
        findings: findings.map((f) => ({ ...f })),
    };
}

// EXTERNAL MODULE: ./src/policy/combine-fixes.ts
var combine_fixes = __nccwpck_require__(8233);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 1 modules
var evaluate = __nccwpck_require__(6012);
;// CONCATENATED MODULE: ./src/policy/profiles/common.ts
/** Never acceptable anywhere TLS is used: no encryption, export, RC4, MD5 MACs (RFC 9325 §4.1). */
const BROKEN_CLASSES = ['nullEncryption', 'export', 'rc4', 'md5Mac'];
const NO_DEMANDS = {
    minProtocol: null,
    maxProtocol: null,
    tls: 'optional',
    tlsOffered: false,
    forbiddenCipherClasses: [],
    authOnlyAfterTls: false,
    certificateRequired: false,
};
/**
 * Opportunistic inbound MX: any TLS beats plaintext (RFC 7435, RFC 3207): never require TLS on port 25.
 * Where port 25 offers SASL AUTH at all (smtpd_sasl_auth_enable in main.cf reaches it), passwords must
 * not travel in cleartext there either (RFC 8314 §4): smtpd_tls_auth_only hides AUTH until STARTTLS and
 * does not affect server-to-server delivery, which never authenticates.
 */
const OPPORTUNISTIC_MX = {
    ...NO_DEMANDS,
    tls: 'must-not-require',
    tlsOffered: true,
    certificateRequired: true,
    maxProtocol: 'TLSv1.3',
    authOnlyAfterTls: true,
};
/** Submission carrying passwords (RFC 8314, RFC 9325 §3.1-3.2): TLS 1.2+, TLS required, AUTH only after TLS. */
const STRICT_SUBMISSION = {
    minProtocol: 'TLSv1.2',
    maxProtocol: 'TLSv1.3',
    tls: 'required',
    tlsOffered: true,
    // Anonymous suites stay: Postfix offers them by default and MUAs never pick them (reference §5.2).
    forbiddenCipherClasses: [...BROKEN_CLASSES, 'tripleDes'],
    authOnlyAfterTls: true,
    certificateRequired: true,
};
/**
 * Baseline's loopback/unix server (reference postfix-semantics §5.3 item 5): the traffic never leaves
 * the host, and no standard in the reference speaks about it.
 */
const LOCAL_ONLY = NO_DEMANDS;
/**
 * Baseline's outbound client (smtp, lmtp): opportunistic by default (RFC 7435; a failed handshake
 * retries in plaintext, reference §0.3), so no floor on *_tls_protocols and TLS never required; where
 * delivery must be encrypted (level encrypt or stronger, TLS policy tables) the mandatory list decides
 * (postfix-semantics §3.3), and there RFC 8996 holds: TLS 1.2 or newer. No NULL encryption anywhere.
 */
const OPPORTUNISTIC_CLIENT = { ...NO_DEMANDS, forbiddenCipherClasses: ['nullEncryption'], minProtocolMandatory: 'TLSv1.2' };
/** Every role stated explicitly: no role falls back to "no demands" silently. */
function statedRoles(s) {
    const roles = {};
    const roleBasis = {};
    for (const [role, st] of Object.entries(s)) {
        roles[role] = st.policy;
        roleBasis[role] = { basis: st.basis, inheritsBaseline: st.inheritsBaseline === true };
    }
    return { roles, roleBasis };
}

;// CONCATENATED MODULE: ./src/policy/profiles/baseline.ts

/**
 * The default: RFC 8314 + RFC 9325 for submission (TLS 1.2+, TLS required, AUTH only after TLS), an
 * opportunistic-friendly MX (port 25 must not require TLS and must not refuse old TLS: plaintext is
 * worse, RFC 7435 / RFC 3207), opportunistic outbound delivery with TLS 1.2+ where it is enforced.
 */
const baseline = {
    id: 'baseline',
    version: '1.2.0',
    title: 'Baseline: RFC 8314 + RFC 9325 submission, opportunistic MX',
    description: 'Submission (587/465) requires TLS 1.2 or newer and AUTH only after TLS; port 25 stays opportunistic and keeps old TLS versions (refusing them means plaintext); outbound delivery (smtp and lmtp) is opportunistic, with TLS 1.2+ where it is enforced.',
    sources: [
        { title: 'RFC 8314: Cleartext Considered Obsolete (submission)', ref: 'https://www.rfc-editor.org/rfc/rfc8314' },
        { title: 'RFC 9325: Recommendations for Secure Use of TLS (BCP 195)', ref: 'https://www.rfc-editor.org/rfc/rfc9325' },
        { title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1', ref: 'https://www.rfc-editor.org/rfc/rfc8996' },
        { title: 'RFC 7435: Opportunistic Security; RFC 3207 §4 (public MX must not require TLS)', ref: 'https://www.rfc-editor.org/rfc/rfc3207' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, forbiddenCipherClasses: ['nullEncryption'] },
            basis: 'RFC 3207 §4 (a publicly referenced MX must not require TLS); RFC 7435 (any TLS beats plaintext: no protocol floor, since refusing old TLS means plaintext); RFC 9325 §4.1 (no NULL encryption); TLS 1.3 kept (RFC 9325 §3.1.1); AUTH, where port 25 offers it, only after TLS (RFC 8314 §4).',
        },
        submission: {
            policy: STRICT_SUBMISSION,
            basis: 'RFC 8314 §3, §4 (require TLS, no cleartext credentials: smtpd_tls_auth_only); RFC 8996 and RFC 9325 §3.1.1 (TLS 1.2+, TLS 1.3 supported); RFC 9325 §4.1 (no NULL, export, RC4, MD5; no 3DES).',
        },
        submissions: {
            policy: STRICT_SUBMISSION,
            basis: 'RFC 8314 §3 (implicit TLS on 465: the mandatory lists apply); otherwise as submission.',
        },
        'other-public': {
            policy: { ...STRICT_SUBMISSION, tls: 'optional' },
            basis: 'A public smtpd on another port: RFC 9325 §3.1.1 and §4.1 wherever TLS is used, RFC 8314 §4 for AUTH; TLS not required (who connects there is unknown).',
        },
        'local-only': {
            policy: LOCAL_ONLY,
            basis: 'Loopback or unix-socket smtpd (content-filter re-injection, reference postfix-semantics §5.3 item 5): the traffic never leaves the host; no standard in the reference addresses it. Validity rules (invalid lists, dead services) still apply.',
        },
        'client-smtp': {
            policy: OPPORTUNISTIC_CLIENT,
            basis: 'RFC 7435: outbound delivery stays opportunistic (no floor on smtp_tls_protocols, TLS not required: a failed handshake retries in plaintext); where TLS is enforced (encrypt or stronger, smtp_tls_policy_maps) smtp_tls_mandatory_protocols decides and RFC 8996 asks for TLS 1.2+; RFC 9325 §4.1 (no NULL encryption).',
        },
        'client-lmtp': {
            policy: OPPORTUNISTIC_CLIENT,
            basis: 'LMTP usually reaches the local store over a unix socket (no TLS). Where lmtp_tls_security_level enforces TLS, lmtp_tls_mandatory_protocols decides and RFC 8996 asks for TLS 1.2+, as for smtp.',
        },
    }),
    live: {
        minRsaBits: 2048,
        minDhBits: 2048,
        basis: 'RFC 9325 (reference tls-policies §A.8: RSA ≥ 2048, DH ≥ 2048, ECC ≥ 224 bits; exact wording unverified there).',
    },
    legacyParameters: 'notice',
};

;// CONCATENATED MODULE: ./src/policy/profiles/bsi-tr-02102-2.ts


/** TR-02102-2 §3.3.1 recommended TLS 1.2 suites Postfix can use (no CHACHA20, no SHA-1 CBC, no CCM_8; reference §A.3). */
const TLS12 = [
    'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384',
    'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384',
    'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256',
    'DHE-DSS-AES128-GCM-SHA256', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-DSS-AES128-SHA256', 'DHE-DSS-AES256-SHA256',
];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256'];
const CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'];
const server = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: CLASSES,
    allowedCiphers: TLS12,
    allowedTls13Ciphersuites: TLS13,
};
const RULES = 'TR-02102-2 2022-01 §3.2 (TLS 1.2 and 1.3 recommended; TLS 1.0/1.1 not recommended, SSL must not) and §3.3.1 (recommended suites: (EC)DHE with AES-GCM/CCM/CBC-SHA2, TLS 1.3 without CHACHA20)';
const bsiTr021022 = {
    id: 'bsi-tr-02102-2',
    version: '2022.01.1',
    title: 'BSI TR-02102-2 (Use of TLS), version 2022-01',
    description: 'TLS 1.2/1.3 with (EC)DHE and AES-GCM/CCM/CBC-SHA2 suites; no CHACHA20. Opt-in: it conflicts with the TLSRef lists and Postfix defaults. Outbound: TLS 1.2+ where TLS is enforced.',
    sources: [
        { title: 'BSI TR-02102-2 2022-01 §3.2, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'stfbk/tls-compliance-dataset@998299b:markdown/' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: CLASSES, allowedCiphers: TLS12, allowedTls13Ciphersuites: TLS13 },
            basis: `${RULES}. The TR makes no exception for opportunistic SMTP; requiring TLS stays wrong on a public MX (RFC 3207 §4).`,
        },
        submission: { policy: server, basis: `${RULES}; TLS required and AUTH only after TLS from RFC 8314.` },
        submissions: { policy: server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...server, tls: 'optional' }, basis: `${RULES}; TLS not required (the TR does not say).` },
        'local-only': {
            policy: baseline.roles['local-only'],
            basis: 'The reference extraction of the TR says nothing about loopback or unix-socket services: baseline applies.',
            inheritsBaseline: true,
        },
        'client-smtp': {
            policy: { ...baseline.roles['client-smtp'], minProtocolMandatory: 'TLSv1.2' },
            basis: 'The reference extraction does not separate clients from servers. Where delivery enforces TLS, §3.2 (TLS 1.2+) applies to smtp_tls_mandatory_protocols; opportunistic delivery keeps baseline (RFC 7435: a refused handshake means plaintext).',
        },
        'client-lmtp': {
            policy: baseline.roles['client-lmtp'],
            basis: 'Not addressed in the reference extraction: baseline applies (TLS 1.2+ where lmtp enforces TLS, the same floor as §3.2).',
            inheritsBaseline: true,
        },
    }),
    live: {
        groups: ['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1', 'brainpoolP256r1tls13', 'brainpoolP384r1tls13', 'brainpoolP512r1tls13', 'ffdhe3072', 'ffdhe4096'],
        minRsaBits: 3000,
        minDhBits: 3000,
        basis: 'TR-02102-2 groups: NIST P-256/384/521, brainpool, ffdhe3072/4096 (x25519 not mentioned, ffdhe2048 only until 2022); RSA and DH ≥ 3000 bits.',
    },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/ncsc-nl-2025.ts


/** "Sufficient" or better (NCSC-NL TLS guidelines 2025-05, as internet.nl's mail test applies them, reference §A.2). */
const SUFFICIENT_TLS12 = [
    'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305',
];
const ncsc_nl_2025_TLS13 = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256'];
const ncsc_nl_2025_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'];
const ncsc_nl_2025_server = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: ncsc_nl_2025_CLASSES,
    allowedCiphers: SUFFICIENT_TLS12,
    allowedTls13Ciphersuites: ncsc_nl_2025_TLS13,
};
const TIERS = 'NCSC-NL 2025-05 tiers: TLS 1.0/1.1 insufficient, TLS 1.2 sufficient, TLS 1.3 good; suites outside the sufficient list (static RSA, CBC-SHA1, 3DES, RC4, CCM_8) insufficient';
const ncscNl2025 = {
    id: 'ncsc-nl-2025',
    version: '2025.05.1',
    title: 'NCSC-NL TLS guidelines 2025-05 (sufficient or better)',
    description: 'TLS 1.0/1.1 insufficient everywhere, including port 25 (internet.nl probes only port 25); static RSA, CBC-SHA1, 3DES, RC4 insufficient; DHE phase-out. Outbound delivery: baseline (the reference has no outbound text).',
    sources: [
        { title: 'NCSC-NL ICT-beveiligingsrichtlijnen voor TLS (2025-05)', ref: 'https://www.ncsc.nl/en/transport-layer-security/ICT-beveiligingsrichtlijnen-voor-TLS' },
        { title: 'internet.nl "Update to NCSC 2025 requirements"', ref: 'internetstandards/Internet.nl@397777a2:checks/tasks/tls/tls_constants.py' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: ncsc_nl_2025_CLASSES, allowedCiphers: SUFFICIENT_TLS12, allowedTls13Ciphersuites: ncsc_nl_2025_TLS13 },
            basis: `${TIERS}. internet.nl's mail test probes exactly this role (port 25 of every MX) and requires STARTTLS to be offered; requiring TLS stays wrong (RFC 3207 §4).`,
        },
        submission: {
            policy: ncsc_nl_2025_server,
            basis: `${TIERS}; internet.nl does not test submission ports, so the guideline's general tiers apply. TLS required and AUTH only after TLS from RFC 8314.`,
        },
        submissions: { policy: ncsc_nl_2025_server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...ncsc_nl_2025_server, tls: 'optional' }, basis: `${TIERS}; TLS not required (the guideline does not say).` },
        'local-only': {
            policy: baseline.roles['local-only'],
            basis: 'The guideline and internet.nl address connections over networks; a loopback or unix-socket smtpd is not addressed: baseline applies.',
            inheritsBaseline: true,
        },
        'client-smtp': {
            policy: baseline.roles['client-smtp'],
            basis: 'The reference has no NCSC-NL text about outbound SMTP (internet.nl judges only the receiving side): baseline applies, which already asks TLS 1.2+ (NCSC-NL: below is insufficient) where delivery enforces TLS.',
            inheritsBaseline: true,
        },
        'client-lmtp': {
            policy: baseline.roles['client-lmtp'],
            basis: 'Not addressed by the guideline or internet.nl: baseline applies.',
            inheritsBaseline: true,
        },
    }),
    live: {
        groups: ['X25519MLKEM768', 'SecP256r1MLKEM768', 'SecP384r1MLKEM1024', 'secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'X25519', 'X448', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1', 'ffdhe3072', 'ffdhe4096', 'ffdhe6144', 'ffdhe8192'],
        minRsaBits: 2048,
        minDhBits: 3072,
        basis: 'NCSC-NL 2025-05 key exchange: ffdhe2048 and self-generated groups insufficient, ffdhe3072+ phase-out, the listed curves sufficient, hybrid ML-KEM groups good; RSA certificates ≥ 3072 sufficient, 2048-3071 phase-out, < 2048 insufficient. Postfix 3.8-3.10 default tls_ffdhe_auto_groups = "ffdhe2048 ffdhe3072".',
    },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/nist-sp800-52r2.ts


/** SP 800-52r2 §3.3.1 TLS 1.2 suites Postfix can use (no CHACHA20; CBC-SHA1 and CCM_8 allowed; reference §A.4). */
const nist_sp800_52r2_TLS12 = [
    'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES256-CCM8',
    'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA',
    'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA',
    'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-CCM8', 'DHE-RSA-AES256-CCM8',
    'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA',
];
const nist_sp800_52r2_TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256'];
const nist_sp800_52r2_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes'];
const nist_sp800_52r2_server = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: nist_sp800_52r2_CLASSES,
    allowedCiphers: nist_sp800_52r2_TLS12,
    allowedTls13Ciphersuites: nist_sp800_52r2_TLS13,
};
const nist_sp800_52r2_RULES = 'SP 800-52r2 §3.1 (TLS 1.2 required, TLS 1.3 expected; SSL must not; TLS 1.0/1.1 not recommended for citizen- or business-facing servers) and §3.3.1 (the suites listed; "all not listed MUST NOT"; CHACHA20 not FIPS-approved)';
const nistSp80052r2 = {
    id: 'nist-sp800-52r2',
    version: '2019.08.1',
    title: 'NIST SP 800-52 Rev. 2 (August 2019)',
    description: 'TLS 1.2 minimum with FIPS-based suites (no CHACHA20); static RSA only for transition (not listed here). Outbound: TLS 1.2+ where TLS is enforced.',
    sources: [
        { title: 'NIST SP 800-52r2 §3.1, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'https://www.nist.gov/news-events/news/2019/08/guidelines-selection-configuration-and-use-transport-layer-security-tls' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: nist_sp800_52r2_CLASSES, allowedCiphers: nist_sp800_52r2_TLS12, allowedTls13Ciphersuites: nist_sp800_52r2_TLS13 },
            basis: `${nist_sp800_52r2_RULES}. Applied to port 25 as to any server; requiring TLS stays wrong on a public MX (RFC 3207 §4).`,
        },
        submission: { policy: nist_sp800_52r2_server, basis: `${nist_sp800_52r2_RULES}; TLS required and AUTH only after TLS from RFC 8314.` },
        submissions: { policy: nist_sp800_52r2_server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...nist_sp800_52r2_server, tls: 'optional' }, basis: `${nist_sp800_52r2_RULES}; TLS not required (the guideline does not say).` },
        'local-only': {
            policy: baseline.roles['local-only'],
            basis: 'The reference covers servers reached over networks only; loopback and unix-socket services are not addressed: baseline applies.',
            inheritsBaseline: true,
        },
        'client-smtp': {
            policy: baseline.roles['client-smtp'],
            basis: 'The reference has only the server text of SP 800-52r2 (its client section is not in the reference): baseline applies, whose TLS 1.2+ where delivery enforces TLS matches §3.1\'s floor.',
            inheritsBaseline: true,
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: 'Not addressed in the reference: baseline applies.', inheritsBaseline: true },
    }),
    live: {
        groups: ['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'X25519', 'X448', 'ffdhe2048', 'ffdhe3072', 'ffdhe4096', 'ffdhe6144', 'ffdhe8192'],
        minRsaBits: 2048,
        minDhBits: 2048,
        basis: 'SP 800-52r2 groups: P-256 or P-384 required, P-521 optional, x25519/x448 recommended in the dataset, ffdhe2048-8192 optional; RSA certificates ≥ 2048 (≥ 3072 beyond 2030).',
    },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/pci-dss-4.ts


const pci_dss_4_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes'];
const strong = { ...STRICT_SUBMISSION, forbiddenCipherClasses: pci_dss_4_CLASSES };
const FAQ = 'PCI SSC FAQ on Appendix A2: SSL and early TLS are not strong cryptography and may not be used as a security control (req. 4.2.1, 8.2.1 for credentials in transit); PCI publishes no suite list, so NULL/EXPORT/RC4/3DES/anonymous are excluded as not strong';
/**
 * PCI DSS v4 (req. 4.2.1, 8.2.1; Appendix A2): no SSL or early TLS as a security control. PCI publishes
 * no suite list (reference §A.5): TLS 1.2 minimum where credentials travel, no NULL/EXPORT/RC4/3DES/anonymous.
 */
const pciDss4 = {
    id: 'pci-dss-4',
    version: '4.0.1',
    title: 'PCI DSS v4 (strong cryptography for credentials in transit)',
    description: 'TLS 1.2 minimum on submission and other public services; port 25 stays opportunistic but must not offer SSL/early TLS; outbound: TLS 1.2+ where TLS is enforced.',
    sources: [
        { title: 'PCI SSC FAQ: Appendix A2 after the SSL/early TLS migration deadline', ref: 'https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/How-does-PCI-DSS-Appendix-A2-apply-after-the-SSL-early-TLS-migration-deadline' },
    ],
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.1', forbiddenCipherClasses: pci_dss_4_CLASSES },
            basis: `${FAQ}. Port 25 carries no credentials and stays opportunistic (RFC 3207 §4), but "early TLS enabled but not needed must be disabled": TLS 1.1+ there.`,
        },
        submission: { policy: strong, basis: `${FAQ}; submission carries credentials: TLS 1.2+ (the assessors' "strong cryptography"), TLS required and AUTH only after TLS (RFC 8314).` },
        submissions: { policy: strong, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
        'other-public': { policy: { ...strong, tls: 'optional' }, basis: `${FAQ}; a public smtpd may take AUTH: TLS 1.2+, AUTH only after TLS; TLS not required.` },
        'local-only': { policy: baseline.roles['local-only'], basis: 'Traffic that never leaves the host is not "in transit" over a network: the FAQ does not address it; baseline applies.', inheritsBaseline: true },
        'client-smtp': {
            policy: baseline.roles['client-smtp'],
            basis: 'Outbound MX delivery carries no credentials: the FAQ does not address it; baseline applies (TLS 1.2+ where TLS is enforced). A relay login (smtp_sasl_auth_enable) does carry credentials: require TLS to that relay in smtp_tls_policy_maps — not judged by a rule yet.',
            inheritsBaseline: true,
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: 'Not addressed by the FAQ: baseline applies.', inheritsBaseline: true },
    }),
    live: { basis: 'PCI names no groups or key sizes: the NIST lists are the assessors\' usual reference (use nist-sp800-52r2 for them).' },
    legacyParameters: 'notice',
};

;// CONCATENATED MODULE: ./src/policy/profiles/tlsref.ts


const SOURCES = [
    { title: 'TLSRef server-side TLS guideline 6.0 (successor of Mozilla Server Side TLS)', ref: 'https://data.tlsref.org/guidelines/6.0.json' },
    { title: 'tlsref/configurator Postfix template', ref: 'tlsref/configurator@1b22dc6:src/js/helpers/postfix.js' },
];
const INTERMEDIATE_TLS12 = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'];
const tlsref_TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
/** Guideline 6.0 groups (`tls_curves`), the same for modern and intermediate (reference §A.1). */
const GROUPS = ['X25519MLKEM768', 'X25519', 'prime256v1', 'secp384r1'];
const INTERMEDIATE_CLASSES = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'dhe', 'cbc', 'sha1Mac'];
const intermediateServer = {
    ...STRICT_SUBMISSION,
    forbiddenCipherClasses: INTERMEDIATE_CLASSES,
    allowedCiphers: INTERMEDIATE_TLS12,
    allowedTls13Ciphersuites: tlsref_TLS13,
};
const modernServer = { ...intermediateServer, minProtocol: 'TLSv1.3', allowedCiphers: [] };
/**
 * The template writes the same floor into smtp_tls_protocols and smtp_tls_mandatory_protocols and
 * keeps smtp_tls_security_level = may (reference §A.1, pitfall (a)); its tls_medium_cipherlist is
 * shared by the client's default "medium" grade. So the outbound client gets the guideline's floor
 * and suites, opportunistic.
 */
const intermediateClient = {
    ...baseline.roles['client-smtp'],
    minProtocol: 'TLSv1.2',
    minProtocolMandatory: 'TLSv1.2',
    maxProtocol: 'TLSv1.3',
    forbiddenCipherClasses: INTERMEDIATE_CLASSES,
    allowedCiphers: INTERMEDIATE_TLS12,
    allowedTls13Ciphersuites: tlsref_TLS13,
};
const modernClient = { ...intermediateClient, minProtocol: 'TLSv1.3', minProtocolMandatory: 'TLSv1.3', allowedCiphers: [] };
const LOCAL = 'The guideline is written for servers that clients reach over a network; a loopback or unix-socket smtpd is not addressed (and the template sets nothing per service): baseline applies.';
const LMTP = 'Neither the guideline nor the Postfix template mentions LMTP (lmtp_tls_*): baseline applies.';
/**
 * Guideline 6.0 "intermediate": TLS 1.2 + 1.3, ECDHE + AEAD suites only. The guideline is written for
 * servers in general; unlike its Postfix template we do not ask port 25 to require TLS (that
 * template's pitfall (a), reference §A.1), but its floor applies to every server role that offers TLS.
 */
const tlsrefIntermediate = {
    id: 'tlsref-intermediate',
    version: '6.0.1',
    title: 'TLSRef (Mozilla) intermediate, guideline 6.0',
    description: 'TLS 1.2 and 1.3 with ECDHE + AEAD suites on every server role and on outbound delivery, as the TLSRef Postfix template writes it; port 25 stays opportunistic (TLS not required).',
    sources: SOURCES,
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: INTERMEDIATE_CLASSES, allowedCiphers: INTERMEDIATE_TLS12, allowedTls13Ciphersuites: tlsref_TLS13 },
            basis: 'Guideline 6.0 intermediate (protocols TLSv1.2/1.3, the six ECDHE AEAD suites, the three TLS 1.3 suites); the template writes smtpd_tls_protocols = >=TLSv1.2 with smtpd_tls_security_level = may, so TLS is not required (RFC 3207 §4).',
        },
        submission: {
            policy: intermediateServer,
            basis: 'Guideline 6.0 intermediate; AUTH only after TLS from the template (smtpd_tls_auth_only = yes); TLS required from RFC 8314 (the guideline does not speak about requiring TLS).',
        },
        submissions: { policy: intermediateServer, basis: 'As submission; implicit TLS uses the mandatory lists, which the template sets to the same floor.' },
        'other-public': {
            policy: { ...intermediateServer, tls: 'optional' },
            basis: 'Guideline 6.0 intermediate for any server; TLS not required (the guideline does not say), AUTH only after TLS (template).',
        },
        'local-only': { policy: baseline.roles['local-only'], basis: LOCAL, inheritsBaseline: true },
        'client-smtp': {
            policy: intermediateClient,
            basis: 'Template: smtp_tls_protocols and smtp_tls_mandatory_protocols = >=TLSv1.2, smtp_tls_security_level = may (opportunistic, not required), tls_medium_cipherlist = the six suites (the client\'s default grade).',
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: LMTP, inheritsBaseline: true },
    }),
    live: { groups: GROUPS, minRsaBits: 2048, basis: 'Guideline 6.0 intermediate: groups X25519MLKEM768, X25519, prime256v1, secp384r1; ECDSA or RSA ≥ 2048 certificates.' },
    legacyParameters: 'warning',
};
/** Guideline 6.0 "modern": TLS 1.3 only. */
const tlsrefModern = {
    id: 'tlsref-modern',
    version: '6.0.1',
    title: 'TLSRef (Mozilla) modern, guideline 6.0',
    description: 'TLS 1.3 only on every server role and on outbound delivery, as the TLSRef Postfix template writes it; port 25 stays opportunistic (TLS not required).',
    sources: SOURCES,
    ...statedRoles({
        mx: {
            policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.3', allowedTls13Ciphersuites: tlsref_TLS13 },
            basis: 'Guideline 6.0 modern (TLSv1.3 only, the three TLS 1.3 suites); the template writes >=TLSv1.3 with smtpd_tls_security_level = may: TLS not required (RFC 3207 §4).',
        },
        submission: { policy: modernServer, basis: 'Guideline 6.0 modern; AUTH only after TLS from the template; TLS required from RFC 8314.' },
        submissions: { policy: modernServer, basis: 'As submission (implicit TLS: the mandatory lists, set to >=TLSv1.3 by the template).' },
        'other-public': { policy: { ...modernServer, tls: 'optional' }, basis: 'Guideline 6.0 modern for any server; TLS not required (the guideline does not say).' },
        'local-only': { policy: baseline.roles['local-only'], basis: LOCAL, inheritsBaseline: true },
        'client-smtp': {
            policy: modernClient,
            basis: 'Template for modern: smtp_tls_protocols and smtp_tls_mandatory_protocols = >=TLSv1.3, level may (opportunistic, not required). Destinations without TLS 1.3 then get plaintext: a knowing choice of this profile.',
        },
        'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: LMTP, inheritsBaseline: true },
    }),
    live: { groups: GROUPS, basis: 'Guideline 6.0 modern: groups X25519MLKEM768, X25519, prime256v1, secp384r1; ECDSA (P-256/P-384) certificates only.' },
    legacyParameters: 'warning',
};

;// CONCATENATED MODULE: ./src/policy/profiles/index.ts






const PROFILES = new Map([baseline, tlsrefIntermediate, tlsrefModern, ncscNl2025, bsiTr021022, nistSp80052r2, pciDss4].map((p) => [p.id, p]));
const DEFAULT_PROFILE = 'baseline';
const PROFILE_IDS = [...PROFILES.keys()];

;// CONCATENATED MODULE: ./src/policy/schema.ts
/** The policy file's JSON Schema; published as docs/policy.schema.json (a test keeps them equal). */
const POLICY_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/postfix-tls-audit/postfix-tls-audit/docs/policy.schema.json",
    "title": "postfix-tls-audit policy",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "extends": {
            "type": "string",
            "enum": [
                "baseline",
                "tlsref-intermediate",
                "tlsref-modern",
                "ncsc-nl-2025",
                "bsi-tr-02102-2",
                "nist-sp800-52r2",
                "pci-dss-4"
            ]
        },
        "postfixVersion": {
            "type": "string",
            "pattern": "^3\\.(4|5|6|7|8|9|10|11)(\\.[0-9]+)?$"
        },
        "ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            }
        },
        "roles": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "mx": {
                    "$ref": "#/definitions/rolePolicy"
                },
                "submission": {
                    "$ref": "#/definitions/rolePolicy"
                },
                "submissions": {
                    "$ref": "#/definitions/rolePolicy"
                },
                "other-public": {
                    "$ref": "#/definitions/rolePolicy"
                },
                "local-only": {
                    "$ref": "#/definitions/rolePolicy"
                },
                "client-smtp": {
                    "$ref": "#/definitions/rolePolicy"
                },
                "client-lmtp": {
                    "$ref": "#/definitions/rolePolicy"
                }
            }
        },
        "services": {
            "type": "object",
            "additionalProperties": {
                "$ref": "#/definitions/rolePolicy"
            }
        },
        "rules": {
            "type": "object",
            "additionalProperties": {
                "type": "string",
                "enum": [
                    "off",
                    "error",
                    "warning",
                    "notice"
                ]
            }
        }
    },
    "definitions": {
        "role": {
            "type": "string",
            "enum": [
                "mx",
                "submission",
                "submissions",
                "other-public",
                "local-only",
                "client-smtp",
                "client-lmtp"
            ]
        },
        "protocol": {
            "enum": [
                "SSLv3",
                "TLSv1",
                "TLSv1.1",
                "TLSv1.2",
                "TLSv1.3",
                null
            ]
        },
        "rolePolicy": {
            "type": "object",
            "properties": {
                "role": {
                    "$ref": "#/definitions/role"
                },
                "minProtocol": {
                    "$ref": "#/definitions/protocol"
                },
                "minProtocolMandatory": {
                    "$ref": "#/definitions/protocol"
                },
                "maxProtocol": {
                    "$ref": "#/definitions/protocol"
                },
                "tls": {
                    "type": "string",
                    "enum": [
                        "required",
                        "optional",
                        "must-not-require"
                    ]
                },
                "tlsOffered": {
                    "type": "boolean"
                },
                "forbiddenCipherClasses": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "forwardSecrecy",
                            "aead",
                            "sha1Mac",
                            "md5Mac",
                            "cbc",
                            "tripleDes",
                            "rc4",
                            "nullEncryption",
                            "anonymous",
                            "export",
                            "staticRsa",
                            "dhe",
                            "ecdhe",
                            "needsPsk",
                            "needsSrp"
                        ]
                    }
                },
                "allowedCiphers": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "allowedTls13Ciphersuites": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "authOnlyAfterTls": {
                    "type": "boolean"
                },
                "certificateRequired": {
                    "type": "boolean"
                }
            },
            "additionalProperties": false
        }
    }
};

// EXTERNAL MODULE: ./src/policy/rules/index.ts + 25 modules
var policy_rules = __nccwpck_require__(6039);
;// CONCATENATED MODULE: ./src/policy/probe-rules.ts

const shared = (id) => {
    const r = policy_rules/* RULES */.y.find((x) => x.id === id);
    if (!r)
        throw new Error(`no config rule ${id}`);
    const { check: _check, ...info } = r;
    return info;
};
const own = (id, title, defaultSeverity, rationale, references) => ({ id, title, defaultSeverity, rationale, references });
const SHARED_RULE_IDS = ['protocol-floor', 'protocol-ceiling', 'weak-cipher-suites', 'auth-before-tls', 'submission-tls-not-required', 'mx-requires-tls'];
/** Every rule a probe finding can carry, in report order. */
const PROBE_RULES = [
    own('probe-failed', 'The target could not be probed', 'error', 'Nothing could be observed (no answer, refused, reset, garbage or a deadline): the target is not judged, and the absence of other findings says nothing about it.', ['issue 7 §5']),
    own('probe-untested', 'Part of the target could not be tested', 'notice', 'An aspect the policy judges was left untested: a protocol version this machine\'s TLS library cannot offer (SSLv3 with Node\'s OpenSSL), suites not probed (quick mode, or TLS 1.2 refused while older versions are accepted), or a probe that failed. Untested is never a pass.', ['issue 7 §2']),
    ...SHARED_RULE_IDS.map(shared),
    own('tls-not-available', 'TLS is not available where the policy expects it', 'error', 'The policy says this role offers TLS, but the server does not advertise STARTTLS, answers it with an error (454: e.g. no certificate or a broken TLS setting), or refuses every handshake the client can offer.', ['RFC 3207', 'RFC 8314 §3', 'reference postfix-semantics §5.2']),
    own('key-exchange', 'Key exchange the policy does not allow is accepted', 'warning', 'The profile lists the key-exchange groups its standard accepts and the smallest finite-field DH group: a group accepted when offered alone that the list does not name, or DHE suites with a smaller DH group, is reported. Error where the policy requires TLS.', ['RFC 9325 §4.1', 'RFC 7919', 'the profile\'s live demands (docs/profiles)']),
    own('certificate-expiry', 'The server certificate has expired or expires soon', 'warning', 'An expired certificate fails every verifying client (MTA-STS, DANE-TA, submission clients); a renewal that did not happen within the warning window usually means automation broke. Expired: error; expiring: warning.', ['RFC 5280 §4.1.2.5', 'RFC 8461 §4.2 (MTA-STS)']),
    own('certificate-weak-key', 'The server certificate key is too small', 'warning', 'RSA, DSA and DH keys below the profile\'s minimum (default 2048 bits) and EC keys below 256 bits are too weak (RFC 9325 §4.3, NIST SP 800-57). Error where the policy requires TLS.', ['RFC 9325 §4.3', 'NIST SP 800-57 Part 1 §5.6.1']),
    own('certificate-weak-signature', 'A certificate in the chain is signed with MD5 or SHA-1', 'warning', 'MD5 and SHA-1 signatures can be forged (chosen-prefix collisions); verifying clients reject them. Self-signed roots are not judged: their signature is never checked.', ['RFC 9155', 'RFC 6151']),
    own('certificate-name-mismatch', 'The server certificate does not name the host probed', 'warning', 'A verifying client (MTA-STS, submission clients) checks that the certificate names the host it connected to (RFC 6125). Judged only when the target was given as a host name and the policy requires a certificate for this role.', ['RFC 6125 §6', 'RFC 8461 §4.2']),
    own('config-drift', 'The live server differs from the config (--compare)', 'error', 'The server does something the repository\'s config does not predict (or does not do what it predicts): the deployed config is not this one. Error where the server allows what the config forbids; warning where it is stricter or could not be paired.', ['issue 7 §4']),
];
const PROBE_RULE_IDS = PROBE_RULES.map((r) => r.id);
function probeRule(id) {
    const r = PROBE_RULES.find((x) => x.id === id);
    if (!r)
        throw new Error(`unknown probe rule ${id}`);
    return r;
}

// EXTERNAL MODULE: ./src/policy/rules/unknown-parameter.ts
var unknown_parameter = __nccwpck_require__(974);
// EXTERNAL MODULE: ./src/tls/ciphers/index.ts
var ciphers = __nccwpck_require__(4810);
;// CONCATENATED MODULE: ./src/discover/glob-limits.ts
/**
 * What a glob may hold. picomatch turns a glob into a backtracking regular expression, so some globs take
 * time that grows as a power of the path's length when they do not match: three `**` against a path of
 * 2,000 folders took 19 s, `{a,aa,aaa,aaaa}*` three times over 4 s on one 250-character name, twenty
 * `{a,a}` in a row 145 ms (twice that for each one more), and an extended glob like `@(a+|a+)+c` grows
 * exponentially. So wildcard runs and brace groups are counted together. A policy file can
 * come from the pull request being scanned, so its `ignore` globs are checked before use, and so are the
 * include and exclude globs of the CLI and the Action, for the same clear error.
 *
 * Measured worst cases within these limits (4,000-character paths): about 40 ms per path.
 */
/** Wildcard runs (`*`, `**`) and brace groups (`{…}`) together. */
const MAX_GLOB_WILDCARDS = 3;
const MAX_GLOB_GLOBSTARS = 2;
const MAX_GLOB_LENGTH = 1024;
/** Why a glob is refused, or undefined when it is within the limits. */
function globProblem(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `longer than ${MAX_GLOB_LENGTH} characters`;
    if (/[@!+*?]\(/.test(glob))
        return 'extended glob syntax like @(…), +(…) or !(…) is not supported';
    const runs = glob.match(/\*+/g) ?? [];
    const braces = glob.match(/\{/g)?.length ?? 0;
    if (runs.length + braces > MAX_GLOB_WILDCARDS)
        return `more than ${MAX_GLOB_WILDCARDS} wildcards and brace groups (*, ** or {…}) together: such a glob can take minutes on a long path`;
    if (runs.filter((r) => r.length > 1).length > MAX_GLOB_GLOBSTARS)
        return `more than ${MAX_GLOB_GLOBSTARS} ** wildcards: such a glob can take minutes on a deep path`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/policy-file.ts







const DEFAULT_POLICY_PATH = '.github/postfix-tls-policy.yml';
// Compiled on first use: most runs have no policy file, and compiling costs a noticeable part of start-up.
// yaml and ajv are imported on the first policy file (the built-in profiles need neither): the bundle keeps
// them in chunks of their own, off the start-up path.
let libraries;
const policyLibraries = () => (libraries ??= Promise.all([__nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)), __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23))]).then(([yamlModule, ajvModule]) => {
    // Both are CommonJS: the bundle's dynamic import hands over module.exports as the default export only.
    const yaml = (yamlModule.default ?? yamlModule);
    const { Ajv } = (ajvModule.default ?? ajvModule);
    return { yaml, validate: new Ajv({ allErrors: true, strict: false, verbose: true }).compile(POLICY_SCHEMA) };
}));
/** The built-in profile as a policy (no file). */
function policyFromProfile(id = DEFAULT_PROFILE) {
    const profile = PROFILES.get(id);
    if (!profile)
        return undefined;
    return { profile, roles: { ...profile.roles }, services: {}, rules: {}, ignore: [], origin: `profile:${id}` };
}
/** Parse and validate a policy file's text; `profileOverride` (--profile) replaces its `extends`. */
async function parsePolicy(file, text, profileOverride) {
    const { yaml, validate } = await policyLibraries();
    const { isMap, isSeq } = yaml;
    const nodeAt = (root, pointer, key) => nodeAtWith(isMap, isSeq, root, pointer, key);
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    if (doc.errors.length > 0) {
        return { ok: false, errors: doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` })) };
    }
    let data;
    try {
        data = doc.toJS() ?? {};
    }
    catch (error) {
        // yaml refuses to expand aliases beyond a count (a "billion laughs" document) by throwing.
        return { ok: false, errors: [{ file, line: 1, column: 1, message: `YAML: ${error.message}` }] };
    }
    if (!validate(data)) {
        const errors = (validate.errors ?? []).map((e) => schemaError(file, e, doc.contents, at, nodeAt));
        return { ok: false, errors: dedupe(errors) };
    }
    const d = data;
    const cipherErrors = cipherNameErrors(file, d, doc.contents, at, nodeAt);
    if (cipherErrors.length > 0)
        return { ok: false, errors: cipherErrors };
    const globErrors = (d.ignore ?? []).flatMap((glob, i) => {
        const problem = globProblem(glob);
        if (!problem)
            return [];
        const range = nodeAt(doc.contents, `/ignore/${i}`).node?.range;
        return [{ file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message: `ignore: the glob "${glob}" is refused: ${problem}` }];
    });
    if (globErrors.length > 0)
        return { ok: false, errors: globErrors };
    const ruleIds = [...new Set([...policy_rules/* RULES */.y.map((r) => r.id), 'unused-suppression', ...PROBE_RULE_IDS])];
    const unknownRules = Object.keys(d.rules ?? {}).filter((k) => !ruleIds.includes(k));
    if (unknownRules.length > 0) {
        return {
            ok: false,
            errors: unknownRules.map((k) => {
                const { keyNode } = nodeAt(doc.contents, '/rules', k);
                const range = keyNode?.range;
                return { file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message: `rules: unknown rule "${k}" (allowed: ${ruleIds.join(', ')})` };
            }),
        };
    }
    const id = profileOverride ?? d.extends ?? DEFAULT_PROFILE;
    const base = policyFromProfile(id);
    if (!base)
        return { ok: false, errors: [{ file, line: 1, column: 1, message: `unknown profile "${id}" (allowed: ${PROFILE_IDS.join(', ')})` }] };
    const roles = { ...base.roles };
    for (const [role, o] of Object.entries(d.roles ?? {}))
        roles[role] = { ...roles[role], ...o };
    const rules = {};
    for (const [id, level] of Object.entries(d.rules ?? {}))
        rules[id] = { level };
    return {
        ok: true,
        policy: {
            profile: base.profile,
            roles,
            services: d.services ?? {},
            rules,
            ignore: d.ignore ?? [],
            ...(d.postfixVersion !== undefined ? { postfixVersion: d.postfixVersion } : {}),
            origin: file,
        },
    };
}
function dedupe(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        const k = `${e.line}:${e.column}:${e.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function nodeAtWith(isMap, isSeq, root, pointer, key) {
    let node = root;
    let keyNode = null;
    const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (key !== undefined)
        parts.push(key);
    for (const part of parts) {
        if (isMap(node)) {
            const pair = node.items.find((i) => i.key?.value === part);
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value ?? keyNode;
        }
        else if (isSeq(node)) {
            node = node.items[Number(part)] ?? node;
            keyNode = null;
        }
        else
            break;
    }
    return { node, keyNode };
}
const TYPE_HINT = {
    boolean: 'a boolean (allowed: true, false)',
    array: 'a list (YAML "- item" lines or [a, b])',
    object: 'a mapping (YAML "key: value" lines)',
    string: 'a string',
};
const TLS12_NAMES = new Set(ciphers/* CIPHER_SUITES */.eD.map((c) => c.name));
const TLS13_NAMES = ciphers/* TLS13_SUITES */.IA.map((c) => c.name);
/**
 * Cipher names of allowedCiphers / allowedTls13Ciphersuites must be ones OpenSSL 3.0 knows: an unknown
 * name would silently make every suite "not allowed" (the JSON Schema only says "string").
 */
function cipherNameErrors(file, d, root, at, nodeAt) {
    const errors = [];
    const scopes = [
        ...Object.entries(d.roles ?? {}).map(([k, v]) => [`/roles/${k}`, v]),
        ...Object.entries(d.services ?? {}).map(([k, v]) => [`/services/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, v]),
    ];
    for (const [pointer, rp] of scopes) {
        const check = (key, known, names, what, listAll) => {
            (rp?.[key] ?? []).forEach((name, i) => {
                if (known(name))
                    return;
                const guess = (0,unknown_parameter/* closestName */.Nf)(name, names);
                const range = nodeAt(root, `${pointer}/${key}/${i}`).node?.range;
                const where = `${pointer.slice(1).replace(/\//g, '.')}.${key}.${i}`.replace(/~1/g, '/').replace(/~0/g, '~');
                errors.push({
                    file,
                    ...(range ? at(range[0]) : { line: 1, column: 1 }),
                    message: `${where}: ${JSON.stringify(name)} is not ${what}${guess ? ` (did you mean "${guess}"?)` : ''}${listAll ? ` (allowed: ${names.join(', ')})` : ''}`,
                });
            });
        };
        check('allowedCiphers', (n) => TLS12_NAMES.has(n), [...TLS12_NAMES], 'an OpenSSL 3.0 cipher suite name (TLS 1.2 and older, e.g. ECDHE-RSA-AES128-GCM-SHA256)', false);
        check('allowedTls13Ciphersuites', (n) => TLS13_NAMES.includes(n), TLS13_NAMES, 'a TLS 1.3 cipher suite', true);
    }
    return errors;
}
function schemaError(file, e, root, at, nodeAt) {
    const where = e.instancePath === '' ? 'the policy' : e.instancePath.slice(1).replace(/\//g, '.');
    let message;
    let target;
    if (e.keyword === 'additionalProperties') {
        const extra = e.params.additionalProperty;
        const { keyNode, node } = nodeAt(root, e.instancePath, extra);
        target = keyNode ?? node;
        // With a $ref, ajv's schemaPath is relative to the referenced schema: the parent schema is exact.
        const parent = e.parentSchema?.properties;
        const allowed = Object.keys(parent ?? propertiesAt(e.schemaPath));
        message = `unknown key "${extra}" in ${where}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
    }
    else {
        target = nodeAt(root, e.instancePath).node;
        if (e.keyword === 'enum')
            message = `${where}: ${JSON.stringify(e.data)} is not allowed (allowed: ${e.params.allowedValues.map((v) => (v === null ? 'null' : String(v))).join(', ')})`;
        else if (e.keyword === 'pattern')
            message = `${where}: ${JSON.stringify(e.data)} is not a supported Postfix version (3.4 to 3.11, optionally with a patch level)`;
        else if (e.keyword === 'type')
            message = `${where}: ${JSON.stringify(e.data)} is not ${TYPE_HINT[e.params.type] ?? `of type ${e.params.type}`}`;
        else
            message = `${where} ${e.message ?? 'is invalid'}`;
    }
    const range = target?.range;
    return { file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message };
}
/** The `properties` of the schema object at an ajv schemaPath like "#/definitions/rolePolicy/additionalProperties". */
function propertiesAt(schemaPath) {
    const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let s = POLICY_SCHEMA;
    for (const p of parts)
        s = s?.[p];
    return (s?.properties) ?? {};
}

;// CONCATENATED MODULE: ./src/audit.ts
/**
 * The whole audit of one repository, shared by the CLI and the Action: load the policy, scan, build
 * the models, judge them, and (on demand) combine the verified fixes. It never prints.
 */












async function loadPolicy(source) {
    const file = source.file !== undefined ? external_node_path_default().resolve(source.cwd, source.file) : external_node_path_default().join(source.root, DEFAULT_POLICY_PATH);
    if (source.file === undefined && !(0,external_node_fs_namespaceObject.existsSync)(file)) {
        const policy = policyFromProfile(source.profile);
        if (!policy)
            return { ok: false, messages: [`unknown profile "${source.profile}" (${PROFILE_IDS.join(', ')})`], errors: [] };
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
        const real = (0,external_node_fs_namespaceObject.realpathSync)(file);
        const rel = external_node_path_default().relative((0,external_node_fs_namespaceObject.realpathSync)(confinedTo), real);
        if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel)) {
            throw new Error(`it is a symbolic link that leads outside the scanned folder (to ${real}); not read`);
        }
    }
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile())
            throw new Error('not a regular file; not read');
        if (info.size > MAX_POLICY_FILE_BYTES)
            throw new Error(`${info.size} bytes, over the ${MAX_POLICY_FILE_BYTES}-byte limit; not read`);
        return (0,external_node_fs_namespaceObject.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The config sets are audited one at a time (auditSets: on worker threads when enabled) and only plain
 * results are kept, unless keepModels asks for the models.
 */
async function auditRepository(root, options) {
    const { policy, postfixVersion, baseline, keepModels = true, combineFixes: combine = true, retain = 'files', onDiscovered, onSet, ...scanOptions } = options;
    const discovery = await discoverConfigSets(root, scanOptions);
    onDiscovered?.(discovery);
    const listings = [];
    const models = [];
    const sources = new Map();
    const kept = new KeptForReport();
    const judged = [];
    const unused = [];
    const decided = new Map();
    const setOptions = { policy, modelOptions: (0,evaluate/* modelOptionsFor */.Zf)(policy, postfixVersion), ...(baseline ? { baseline } : {}), combineFixes: combine, keepModel: keepModels };
    const { sets } = discovery;
    await (0,audit_workers/* auditSetsInOrder */.iX)(sets, setOptions, (result, index) => {
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
    // As one judgement of all sets orders them: sorted (a stable sort of per-set sorted lists), then the
    // unused suppressions in file order.
    const findings = [...(0,evaluate/* sortFindings */.Tc)(judged), ...unused];
    let combined;
    const fixes = () => {
        if (!combine)
            throw new Error('auditRepository: fixes() after an audit with combineFixes: false');
        if (retain !== 'files')
            throw new Error("auditRepository: fixes() after an audit with retain: 'report'");
        return (combined ??= (0,combine_fixes/* assembleFixes */.W4)(findings, decided, new Map([...sources].map(([file, source]) => [file, source.text]))));
    };
    const fixesDiff = () => {
        if (retain === 'files') {
            const all = fixes();
            return { diff: unifiedDiff(all.texts, all.edits), applied: all.applied.length, edits: all.edits.length };
        }
        if (!combine)
            throw new Error('auditRepository: fixesDiff() after an audit with combineFixes: false');
        // The edits in report order only tell the order of the files; each file's diff was made with its set.
        const order = (0,combine_fixes/* assembleFixes */.W4)(findings, decided, new Map());
        return { diff: kept.diffOf((0,fix_edits/* editsByFile */.dG)(order.edits).keys()), applied: order.applied.length, edits: order.edits.length };
    };
    const findingLine = retain === 'files' ? (file, line) => lineText(sources.get(file), line) : (file, line) => kept.line(file, line);
    return { listing: { root, sets: listings, diagnostics: discovery.diagnostics }, models, sources, policy, findings, fixes, fixesDiff, findingLine };
}
/**
 * What the reports show of the sets' files (retain 'report'): the lines of the findings' excerpts and
 * each file's diff of its set's combined fixes. Copies, not slices: V8 keeps a substring as a view of the
 * string it was cut from, so one kept line would keep its whole file.
 */
class KeptForReport {
    lines = new Map();
    diffs = new Map();
    add(audit) {
        const own = new Map(audit.sources.map((s) => [s.path, s]));
        for (const f of [...audit.findings, ...audit.unused]) {
            const source = own.get(f.file);
            if (!source)
                continue;
            let lines = this.lines.get(f.file);
            if (!lines)
                this.lines.set(f.file, (lines = new Map()));
            const { first, last } = shownLines(f);
            for (let l = first; l <= last; l++) {
                const t = lines.has(l) ? undefined : lineText(source, l);
                if (t !== undefined)
                    lines.set(l, detachedCopy(t));
            }
        }
        if (!audit.decisions)
            return;
        // A set's fixes touch only its own files, and in the same order as among all findings (their
        // sort is stable), so each file's diff is the one the combination of all sets gives.
        const set = (0,combine_fixes/* assembleFixes */.W4)(audit.findings, new Map(audit.decisions.map(([i, d]) => [audit.findings[i], d])), new Map());
        for (const [file, edits] of (0,fix_edits/* editsByFile */.dG)(set.edits)) {
            const source = own.get(file);
            if (source === undefined)
                throw new Error(`edit for a file that is not given: ${file}`);
            this.diffs.set(file, unifiedDiffOfFile(file, source.text, edits));
        }
    }
    line(file, line) {
        return this.lines.get(file)?.get(line);
    }
    diffOf(files) {
        let out = '';
        for (const file of files)
            out += this.diffs.get(file) ?? '';
        return out;
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

;// CONCATENATED MODULE: ./src/probe/target.ts
/** "host:port", "[v6addr]:port"; throws a readable error otherwise. */
function parseTarget(text) {
    const m = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:\s]+):(\d+)$/.exec(text);
    if (!m)
        throw new Error(`target "${text}" is not HOST:PORT (IPv6: [ADDR]:PORT)`);
    const port = Number(m[2]);
    if (port < 1 || port > 65535)
        throw new Error(`target "${text}": port out of range`);
    return { host: m[1], port };
}
/** Role from the well-known port (known_tcp_ports: lmtp=24, smtp=25, submissions=465, submission=587). */
function roleFromPort(port, implicit) {
    if (port === 25)
        return { role: 'mx', reason: 'port 25' };
    if (port === 587)
        return { role: 'submission', reason: 'port 587' };
    if (port === 465)
        return { role: 'submissions', reason: 'port 465' };
    if (port === 24)
        return { role: 'lmtp', reason: 'port 24' };
    if (implicit)
        return { role: 'submissions', reason: 'implicit TLS observed' };
    return { role: 'other', reason: `port ${port}` };
}
/** The wire mode `auto` starts with. */
function modeFromPort(port) {
    if (port === 465)
        return 'implicit';
    if (port === 24)
        return 'lmtp';
    return 'starttls';
}
/** The policy role a probe role stands for (LMTP servers are local delivery; other ports: a public service). */
const POLICY_ROLE_OF = { mx: 'mx', submission: 'submission', submissions: 'submissions', lmtp: 'local-only', other: 'other-public' };
/** "host:port", with IPv6 addresses in brackets: the name findings and pairings use. */
function targetName(host, port) {
    return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}
/** Roles a target may be given ("HOST:PORT=ROLE"): the probe's own names and the server roles of a policy. */
const TARGET_ROLES = ['mx', 'submission', 'submissions', 'lmtp', 'other', 'other-public', 'local-only'];
const ROLE_PAIRS = {
    mx: { probe: 'mx', policy: 'mx' },
    submission: { probe: 'submission', policy: 'submission' },
    submissions: { probe: 'submissions', policy: 'submissions' },
    lmtp: { probe: 'lmtp', policy: 'local-only' },
    other: { probe: 'other', policy: 'other-public' },
    'other-public': { probe: 'other', policy: 'other-public' },
    'local-only': { probe: 'other', policy: 'local-only' },
};
/** "HOST:PORT" or "HOST:PORT=ROLE"; throws a readable error otherwise. */
function parseTargetSpec(text) {
    const t = text.trim();
    const eq = t.lastIndexOf('=');
    const hostPort = eq >= 0 ? t.slice(0, eq) : t;
    const parsed = parseTarget(hostPort);
    const spec = { ...parsed, target: targetName(parsed.host, parsed.port) };
    if (eq >= 0) {
        const name = t.slice(eq + 1);
        if (!TARGET_ROLES.includes(name))
            throw new Error(`target "${text}": unknown role "${name}" (${TARGET_ROLES.join(', ')})`);
        spec.role = { name: name, ...ROLE_PAIRS[name] };
    }
    return spec;
}

;// CONCATENATED MODULE: ./src/probe/compare.ts


const refOf = (m, e) => ({ configSet: m.root, service: e.service, type: e.type, line: e.line, role: e.role });
/** `HOST:PORT=service` (service name as in master.cf, optionally "/type"). */
function parsePair(text) {
    const eq = text.lastIndexOf('=');
    if (eq <= 0 || eq === text.length - 1)
        throw new Error(`--pair "${text}" is not HOST:PORT=service`);
    return { target: text.slice(0, eq), service: text.slice(eq + 1) };
}
function pairTargets(results, models, explicit) {
    const all = models.flatMap((m) => m.endpoints.filter((e) => e.kind === 'server').map((e) => ({ m, e })));
    return results.map((r) => {
        const wanted = explicit.get(r.target);
        if (wanted !== undefined) {
            const hits = all.filter(({ e }) => e.service === wanted || `${e.service}/${e.type}` === wanted);
            if (hits.length === 1)
                return { pairing: { target: r.target, endpoint: refOf(hits[0].m, hits[0].e), how: 'explicit', reason: null }, endpoint: hits[0].e };
            return { pairing: { target: r.target, endpoint: null, how: null, reason: hits.length === 0 ? `no server endpoint named "${wanted}"` : `"${wanted}" names ${hits.length} endpoints; add "/type" or narrow PATH` }, endpoint: null };
        }
        const byPort = all.filter(({ e }) => e.type === 'inet' && e.listen?.port === r.port);
        const byHost = byPort.filter(({ e }) => e.listen?.host === r.host);
        const portHits = byHost.length > 0 ? byHost : byPort;
        if (portHits.length === 1)
            return { pairing: { target: r.target, endpoint: refOf(portHits[0].m, portHits[0].e), how: 'port', reason: null }, endpoint: portHits[0].e };
        if (portHits.length > 1)
            return { pairing: { target: r.target, endpoint: null, how: null, reason: `${portHits.length} endpoints listen on port ${r.port}; use --pair ${r.target}=SERVICE` }, endpoint: null };
        // The probe's role names (from the port) stand for the model's roles: other → other-public, lmtp → local-only.
        const byRole = all.filter(({ e }) => e.type === 'inet' && e.role === POLICY_ROLE_OF[r.role]);
        if (byRole.length === 1)
            return { pairing: { target: r.target, endpoint: refOf(byRole[0].m, byRole[0].e), how: 'role', reason: null }, endpoint: byRole[0].e };
        return { pairing: { target: r.target, endpoint: null, how: null, reason: byRole.length > 1 ? `${byRole.length} endpoints have role ${r.role}; use --pair ${r.target}=SERVICE` : `no endpoint on port ${r.port} or with role ${r.role}` }, endpoint: null };
    });
}
/** "smtpd_tls_mandatory_protocols = >=TLSv1.2 (master.cf:17)" */
function protocolSetting(e) {
    const list = e.tls.protocolList;
    if (!list)
        return 'the config';
    const source = e.values.get(list.parameter)?.source;
    return `${list.parameter} = ${list.value || '(empty)'}${source ? ` (${source})` : ''}`;
}
const AUTH_OF_KEY = { RSA: 'RSA', EC: 'ECDSA' };
/** Every difference between the model's endpoint and the observation. */
function driftOf(r, e, ref) {
    const out = [];
    const t = e.tls;
    const where = `port ${r.port}`;
    const add = (aspect, severity, message, observed, expected, subject) => out.push({ target: r.target, endpoint: ref, aspect, severity, message, observed, expected, ...(subject !== undefined ? { subject } : {}) });
    if (!r.reachable) {
        add('reachable', 'error', `${r.target} did not answer (${r.errors[0]?.message ?? 'no reply'}) although ${ref.service} is configured`, false, true);
        return out;
    }
    if (t.dead) {
        add('reachable', 'error', `${r.target} answers although the model says the daemon dies: ${t.dead}`, true, false);
        return out;
    }
    if (r.implicit !== t.implicit)
        add('implicit', 'error', `${where} ${r.implicit ? 'uses' : 'does not use'} implicit TLS although the config says ${t.implicit ? 'wrapper mode' : 'STARTTLS'}`, r.implicit, t.implicit);
    if (r.starttls !== t.offered)
        add('offered', t.offered ? 'error' : 'warning', `${where} ${r.starttls ? 'completes' : 'does not complete'} a TLS handshake although the config ${t.offered ? 'offers' : 'does not offer'} TLS`, r.starttls, t.offered);
    if (!t.implicit && r.starttlsAdvertised !== null && t.advertised !== null && r.starttlsAdvertised !== t.advertised) {
        add('advertised', 'error', `${where} ${r.starttlsAdvertised ? 'advertises' : 'does not advertise'} STARTTLS although the config ${t.advertised ? 'does' : 'does not'}`, r.starttlsAdvertised, t.advertised);
    }
    if (r.tlsRequired !== null && r.tlsRequired !== t.required) {
        add('required', t.required ? 'error' : 'warning', `${where} ${r.tlsRequired ? 'requires' : 'does not require'} TLS before MAIL FROM although the config ${t.required ? 'requires' : 'does not require'} it (level ${t.level})`, r.tlsRequired, t.required);
    }
    if (r.authBeforeTls !== t.authBeforeTls) {
        add('authBeforeTls', r.authBeforeTls ? 'error' : 'warning', `${where} ${r.authBeforeTls ? 'offers' : 'does not offer'} AUTH before TLS although the config ${t.authBeforeTls ? 'does' : 'does not'}`, r.authBeforeTls, t.authBeforeTls);
    }
    if (r.starttls || t.offered) {
        const model = new Set(t.protocols);
        for (const v of [...r.protocols, ...r.protocolsRefused]) {
            const accepted = r.protocols.includes(v);
            if (accepted && !model.has(v))
                add('protocol', 'error', `${where} accepts ${v} although ${protocolSetting(e)} allows ${t.protocols.length ? t.protocols.join(', ') : 'no protocol'}: the deployed config is not this one`, true, false, v);
            if (!accepted && model.has(v))
                add('protocol', 'warning', `${where} refuses ${v} although ${protocolSetting(e)} allows it`, false, true, v);
        }
    }
    if (r.tls12Ciphers && t.ciphers) {
        const model = new Set(t.ciphers);
        const accepted = r.tls12Ciphers.filter((s) => !model.has(s));
        if (accepted.length)
            add('tls12Cipher', 'error', `${where} accepts TLS 1.2 suites the config excludes: ${accepted.join(' ')}`, accepted, [], 'accepts');
        // Only suites this certificate can serve: an RSA certificate never negotiates ECDSA suites.
        const au = AUTH_OF_KEY[r.certificate?.keyType ?? ''];
        const byName = new Map(ciphers/* CIPHER_SUITES */.eD.map((s) => [s.name, s]));
        const probed = new Set(r.tls12Ciphers);
        const refused = t.ciphers.filter((s) => !probed.has(s) && au !== undefined && byName.get(s)?.au === au && /^(ECDH|RSA)$/.test(byName.get(s)?.kx ?? ''));
        if (refused.length)
            add('tls12Cipher', 'warning', `${where} refuses TLS 1.2 suites the config allows: ${refused.join(' ')}`, [], refused, 'refuses');
    }
    if (r.tls13Ciphers && t.tls13Ciphersuites && t.protocols.includes('TLSv1.3')) {
        const model = new Set(t.tls13Ciphersuites);
        const extra = r.tls13Ciphers.filter((s) => !model.has(s));
        if (extra.length)
            add('tls13Cipher', 'error', `${where} accepts TLS 1.3 suites the config excludes: ${extra.join(' ')}`, extra, [], 'accepts');
        const missing = t.tls13Ciphersuites.filter((s) => !r.tls13Ciphers.includes(s));
        if (missing.length)
            add('tls13Cipher', 'warning', `${where} refuses TLS 1.3 suites the config allows: ${missing.join(' ')}`, [], missing, 'refuses');
    }
    return out;
}
/** Compare every probed target with already built models (the Action passes the audit's models). */
function compareWithModels(results, models, explicit, configPath) {
    const paired = pairTargets(results, models, explicit);
    const drift = [];
    paired.forEach(({ pairing, endpoint }, i) => {
        const r = results[i];
        if (!endpoint || !pairing.endpoint) {
            drift.push({ target: r.target, endpoint: null, aspect: 'unpaired', severity: 'warning', message: `${r.target}: not compared (${pairing.reason})`, observed: null, expected: null });
            return;
        }
        const front = driftOf(r, endpoint, pairing.endpoint);
        // postscreen: a client it allowlists (or that passed its tests) talks to the smtpd pass service, the others
        // get postscreen's own STARTTLS via tlsproxy when after-220 tests are on (reference §5.3). The probe cannot
        // tell which it was, so the observation drifts only when it matches neither.
        const passName = endpoint.postscreen?.passService;
        const model = models.find((m) => m.endpoints.includes(endpoint));
        const pass = passName ? model?.endpoints.find((e) => e.type === 'pass' && e.service === passName) : undefined;
        if (front.length > 0 && pass && model) {
            const passRef = refOf(model, pass);
            const behind = driftOf(r, pass, passRef);
            if (behind.length < front.length) {
                pairing.endpoint = passRef;
                pairing.reason = `answered like the ${passName} pass service behind postscreen ${endpoint.service} (the probing client is allowlisted or passed)`;
                drift.push(...behind);
                return;
            }
        }
        drift.push(...front);
    });
    return { path: configPath, pairings: paired.map((p) => p.pairing), drift };
}

// EXTERNAL MODULE: ./src/model/index.ts
var model = __nccwpck_require__(4365);
// EXTERNAL MODULE: ./src/postfix/config-set.ts
var config_set = __nccwpck_require__(7046);
;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The whole scan of one repository: discover config sets, then load and parse each one.
 * Used by both entry points (CLI and Action); it never prints.
 */


async function scanRepository(root, options = {}) {
    const discovery = await discoverConfigSets(root, options);
    const sets = [];
    for (const set of discovery.sets)
        sets.push((0,config_set/* loadConfigSet */.p)(set));
    return { root, sets, diagnostics: discovery.diagnostics };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
// EXTERNAL MODULE: ./src/tls/ciphers/classify.ts
var classify = __nccwpck_require__(7278);
// EXTERNAL MODULE: ./src/tls/protocols.ts
var protocols = __nccwpck_require__(9320);
;// CONCATENATED MODULE: ./src/probe/rules.ts
/** The probe's rule metadata lives with the policy (policy files may override these ids too). */


;// CONCATENATED MODULE: ./src/probe/judge.ts
/**
 * The policy judges live observations (issue 7 §3): the same Policy, RolePolicy and rule ids as the config scan,
 * applied to what a server was seen to do. Findings carry the target ("host:port") instead of a file position.
 * What could not be observed is reported as untested (probe-untested / probe-failed), never as a pass.
 */








/** Role policy for a target: its role's policy, then the policy's `services` entries for "host:port" or the port. */
function rolePolicyForTarget(policy, r, explicit) {
    let role = explicit ?? POLICY_ROLE_OF[r.role];
    let rp = policy.roles[role];
    for (const k of [...new Set([String(r.port), `${r.host}:${r.port}`, r.target])]) {
        const o = policy.services[k];
        if (!o)
            continue;
        const { role: overrideRole, ...rest } = o;
        if (overrideRole && !explicit) {
            role = overrideRole;
            rp = policy.roles[overrideRole];
        }
        rp = { ...rp, ...rest };
    }
    return { role, rp };
}
const SUITE_BY_NAME = new Map(ciphers/* CIPHER_SUITES */.eD.map((s) => [s.name, s]));
const below = (p, floor) => protocols/* TLS_PROTOCOLS */.AL.indexOf(p) < protocols/* TLS_PROTOCOLS */.AL.indexOf(floor);
/** The probe's group names and the OpenSSL names a profile may use for them. */
const GROUP_ALIASES = { 'P-256': ['P-256', 'secp256r1', 'prime256v1'], 'P-384': ['P-384', 'secp384r1'], 'P-521': ['P-521', 'secp521r1'] };
const WEAK_SIGNATURE = /^(md5|sha1|dsa-with-SHA1|ecdsa-with-SHA1)/i;
const list = (xs, n = 6) => xs.slice(0, n).join(', ') + (xs.length > n ? `, ... (${xs.length} in all)` : '');
/** RFC 6125 §6.4: exact (case-insensitive) or a wildcard for the whole left-most label. */
function certificateNames(names, host) {
    const h = host.toLowerCase().replace(/\.$/, '');
    return names.some((n) => {
        const name = n.toLowerCase().replace(/\.$/, '');
        if (name === h)
            return true;
        if (!name.startsWith('*.'))
            return false;
        const dot = h.indexOf('.');
        return dot > 0 && h.slice(dot + 1) === name.slice(2) && name.slice(2).includes('.');
    });
}
function judgeProbe(results, policy, options = {}, compare) {
    const findings = [];
    const now = options.now ?? Date.now();
    const warnDays = options.expiryWarningDays ?? 30;
    for (const r of results) {
        const { role, rp } = rolePolicyForTarget(policy, r, options.roles?.get(r.target));
        const seen = new Set();
        const report = (ruleId, subject, message, severity) => {
            const level = policy.rules[ruleId]?.level;
            if (level === 'off')
                return;
            const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(['probe', ruleId, r.target, subject].join('\u0000')).digest('hex').slice(0, 16);
            if (seen.has(fingerprint))
                return;
            seen.add(fingerprint);
            findings.push({
                ruleId, severity: level ?? severity ?? probeRule(ruleId).defaultSeverity, message,
                file: '', line: 0, column: 0, endLine: 0, endColumn: 0, configSet: '', service: null, role, fingerprint, target: r.target,
            });
        };
        const who = `${r.target} (${role})`;
        const profile = policy.profile.id;
        // Nothing observed: judge nothing, say so.
        // (An implicit-TLS port that refuses every handshake counts as unreachable in the result, but it did answer.)
        const observedNothing = r.handshakeRefused === null && (!r.reachable || (r.starttlsAdvertised === null && !r.starttls && r.tlsRequired === null));
        if (observedNothing) {
            report('probe-failed', 'unreachable', `${who} could not be probed: ${r.errors.map((e) => e.message).join('; ') || 'no answer'}. Nothing about it was judged.`);
            continue;
        }
        const tlsUsable = r.starttls;
        const noTls = !tlsUsable;
        const untested = [];
        const untestedByError = [];
        // TLS offered at all.
        if ((rp.tlsOffered || rp.tls === 'required') && noTls) {
            const cause = r.starttlsAdvertised === false
                ? 'does not advertise STARTTLS'
                : r.errors.some((e) => e.kind === 'starttls-refused')
                    ? `advertises STARTTLS but refuses it (${r.errors.find((e) => e.kind === 'starttls-refused').message})`
                    : r.handshakeRefused !== null
                        ? `refuses every TLS handshake this client can offer (${r.handshakeRefused})`
                        : `completed no TLS handshake (${r.errors.map((e) => e.message).join('; ') || 'no reason given'})`;
            report('tls-not-available', 'tls', `${who} ${cause}; the policy (${profile}) expects TLS here.`);
        }
        // TLS required / must not be required; AUTH before TLS.
        if (rp.tls === 'required' && r.tlsRequired === false) {
            report('submission-tls-not-required', 'tls-required', `${who} accepts MAIL FROM before TLS${r.authBeforeTls ? ' and offers AUTH in plaintext' : ''}: clients may submit mail in plaintext. The policy (${profile}) requires TLS here (RFC 8314).`);
        }
        // Implicit TLS has no plaintext phase: nothing to ask there.
        if (rp.tls === 'required' && r.tlsRequired === null && r.mode !== 'implicit')
            untestedByError.push('whether TLS is required (MAIL FROM before TLS was not answered)');
        if (rp.tls === 'must-not-require' && r.tlsRequired === true) {
            report('mx-requires-tls', 'tls-required', `${who} requires TLS${r.implicit ? ' (implicit TLS)' : ' (MAIL FROM before STARTTLS answered 530)'}: senders that cannot do TLS are refused instead of delivering in plaintext (RFC 3207 §4).`);
        }
        if (rp.authOnlyAfterTls && r.authBeforeTls) {
            report('auth-before-tls', 'auth', `${who} offers SASL AUTH before STARTTLS: passwords can be sent in cleartext.`);
        }
        // Protocol versions: only what was accepted counts; what was not tested is said.
        const maybeTls = tlsUsable || r.handshakeRefused !== null;
        // STARTTLS was there (or implicit TLS was tried) but the handshake ended in an error, not a refusal.
        if (!maybeTls && (r.starttlsAdvertised === true || r.mode === 'implicit') && !r.errors.some((e) => e.kind === 'starttls-refused')) {
            untestedByError.push('TLS itself (protocol versions, suites, groups, certificate)');
        }
        if (maybeTls) {
            for (const p of protocols/* TLS_PROTOCOLS */.AL) {
                const machine = r.protocolsNotTestable.find((u) => u.what === p);
                const known = r.protocols.includes(p) || r.protocolsRefused.includes(p);
                const matters = (rp.minProtocol !== null && below(p, rp.minProtocol)) || p === rp.maxProtocol;
                if (!known && matters)
                    (machine ? untested : untestedByError).push(machine ? `${p} (${machine.reason})` : p);
            }
            if (rp.minProtocol) {
                const low = r.protocols.filter((p) => below(p, rp.minProtocol));
                if (low.length)
                    report('protocol-floor', 'protocols', `${who} accepts ${low.join(', ')}: the policy (${profile}) needs ${rp.minProtocol} or newer.`);
            }
            if (rp.maxProtocol && tlsUsable && r.protocols.length > 0 && r.protocolsRefused.includes(rp.maxProtocol)) {
                report('protocol-ceiling', 'protocols-max', `${who} refuses ${rp.maxProtocol}: it accepts only ${r.protocols.join(', ')}.`);
            }
        }
        // Suites: TLS 1.2 suites as probed; TLS 1.0/1.1-only servers' suites were not probed.
        if (tlsUsable) {
            const forbidden = new Set(rp.forbiddenCipherClasses);
            const judgeSuites = forbidden.size > 0 || rp.allowedCiphers !== undefined;
            const bad = [];
            const classes = new Set();
            if (judgeSuites && r.protocols.some((p) => p !== 'TLSv1.3')) {
                if (r.tls12Ciphers === null) {
                    (r.protocols.includes('TLSv1.2') && r.errors.length > 0 ? untestedByError : untested).push(r.protocols.includes('TLSv1.2') ? 'TLS 1.2 suites (not probed)' : `suites of ${r.protocols.filter((p) => p !== 'TLSv1.3').join(', ')} (only TLS 1.2 suites are probed)`);
                }
                else {
                    for (const name of r.tls12Ciphers) {
                        const suite = SUITE_BY_NAME.get(name);
                        if (!suite)
                            continue;
                        const c = (0,classify/* classifySuite */.$9)(suite);
                        const hit = [...forbidden].filter((k) => c[k]);
                        const notAllowed = rp.allowedCiphers !== undefined && !rp.allowedCiphers.includes(name);
                        if (hit.length || notAllowed) {
                            bad.push(name);
                            for (const h of hit)
                                classes.add(h);
                            if (!hit.length)
                                classes.add('not in the allowed list');
                        }
                    }
                    if (!r.protocols.includes('TLSv1.2'))
                        untested.push('suites of TLS 1.0/1.1');
                }
            }
            if (rp.allowedTls13Ciphersuites && r.protocols.includes('TLSv1.3')) {
                if (r.tls13Ciphers === null)
                    (r.errors.length ? untestedByError : untested).push('TLS 1.3 suites (not probed)');
                else
                    for (const s of r.tls13Ciphers)
                        if (!rp.allowedTls13Ciphersuites.includes(s)) {
                            bad.push(s);
                            classes.add('TLS 1.3 suite not in the allowed list');
                        }
            }
            if (bad.length) {
                report('weak-cipher-suites', [...classes].sort().join(','), `${who} accepts suites the policy (${profile}) forbids [${[...classes].join(', ')}]: ${list(bad)}.`, rp.tls === 'required' ? 'error' : undefined);
            }
        }
        // Key exchange: only where the profile says something (its live demands).
        const live = policy.profile.live;
        if (tlsUsable && live) {
            const strict = rp.tls === 'required' ? 'error' : undefined;
            if (live.groups) {
                const allowed = new Set(live.groups.map((g) => g.toLowerCase()));
                if (r.groups === null)
                    (r.errors.length ? untestedByError : untested).push('key-exchange groups (not probed)');
                else {
                    const extra = r.groups.filter((g) => !(GROUP_ALIASES[g] ?? [g]).some((a) => allowed.has(a.toLowerCase())));
                    if (extra.length)
                        report('key-exchange', 'groups', `${who} accepts key-exchange groups the policy (${profile}) does not list: ${extra.join(', ')}.`, strict);
                }
            }
            const dhe = (r.tls12Ciphers ?? []).some((n) => SUITE_BY_NAME.get(n)?.kx === 'DH');
            if (live.minDhBits !== undefined && dhe) {
                if (r.dhBits === null)
                    untested.push('the DH group size of the accepted DHE suites');
                else if (r.dhBits < live.minDhBits)
                    report('key-exchange', 'dh', `${who} accepts DHE suites with a ${r.dhBits}-bit DH group; the policy (${profile}) needs ${live.minDhBits} bits.`, strict);
            }
        }
        // Certificate.
        const c = r.certificate;
        if (c) {
            const strict = rp.tls === 'required' ? 'error' : undefined;
            const days = Math.floor((Date.parse(c.notAfter) - now) / 86_400_000);
            if (Date.parse(c.notAfter) < now)
                report('certificate-expiry', 'expired', `${who}: the certificate expired on ${c.notAfter.slice(0, 10)} (${-days} days ago).`, 'error');
            else if (days < warnDays)
                report('certificate-expiry', 'expiring', `${who}: the certificate expires on ${c.notAfter.slice(0, 10)}, in ${days} days (warning window ${warnDays} days).`);
            const minBits = c.keyType === 'EC' ? 256 : /^(RSA|RSA-PSS|DSA|DH)$/.test(c.keyType) ? (policy.profile.live?.minRsaBits ?? 2048) : 0;
            if (c.keyBits !== null && c.keyBits < minBits)
                report('certificate-weak-key', 'key', `${who}: the certificate has a ${c.keyType} ${c.keyBits}-bit key; at least ${minBits} bits are needed.`, strict);
            const weakSigned = r.chain.filter((x) => !x.selfSigned && WEAK_SIGNATURE.test(x.signatureAlgorithm));
            if (weakSigned.length)
                report('certificate-weak-signature', 'signature', `${who}: ${weakSigned.map((x) => `"${x.subject}" is signed with ${x.signatureAlgorithm}`).join('; ')}.`, strict);
            if (rp.certificateRequired && external_node_net_default().isIP(r.host) === 0 && !certificateNames(c.names, r.host)) {
                report('certificate-name-mismatch', 'name', `${who}: the certificate names ${c.names.length ? c.names.join(', ') : 'no host'}, not ${r.host}.`, strict);
            }
        }
        // Untested: a machine limit is a notice; an aspect lost to a probe error is a warning.
        if (untested.length)
            report('probe-untested', 'untested', `${who}: not tested here: ${untested.join('; ')}. Untested is not a pass.`);
        if (untestedByError.length) {
            report('probe-untested', 'untested-error', `${who}: left untested by probe errors: ${untestedByError.join('; ')} (${r.errors.map((e) => e.message).join('; ') || 'no error recorded'}). Untested is not a pass.`, 'warning');
        }
    }
    if (compare)
        findings.push(...driftFindings(compare, policy, results, options));
    const order = new Map(PROBE_RULES.map((rule, i) => [rule.id, i]));
    const targets = results.map((r) => r.target);
    return findings.sort((a, b) => targets.indexOf(a.target ?? '') - targets.indexOf(b.target ?? '') || (order.get(a.ruleId) ?? 99) - (order.get(b.ruleId) ?? 99));
}
/** --compare drift as findings of rule config-drift (same report, same --fail-on). */
function driftFindings(compare, policy, results, options = {}) {
    const level = policy.rules['config-drift']?.level;
    if (level === 'off')
        return [];
    return compare.drift.map((d) => {
        const r = results.find((x) => x.target === d.target);
        const role = r ? rolePolicyForTarget(policy, r, options.roles?.get(r.target)).role : null;
        const subject = `${d.aspect}|${d.subject ?? ''}`;
        return {
            ruleId: 'config-drift',
            severity: level ?? d.severity,
            message: d.message,
            file: '', line: 0, column: 0, endLine: 0, endColumn: 0,
            configSet: d.endpoint?.configSet ?? '',
            service: d.endpoint ? `${d.endpoint.service}/${d.endpoint.type}` : null,
            role,
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(['probe', 'config-drift', d.target, subject].join('\u0000')).digest('hex').slice(0, 16),
            target: d.target,
        };
    });
}

;// CONCATENATED MODULE: ./src/probe/limiter.ts
/** A counting semaphore: never more than `limit` tasks at once; records the highest concurrency seen. */
class Limiter {
    limit;
    active = 0;
    queue = [];
    maxSeen = 0;
    started = 0;
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.queue.push(resolve));
        this.active++;
        this.started++;
        this.maxSeen = Math.max(this.maxSeen, this.active);
        try {
            return await task();
        }
        finally {
            this.active--;
            this.queue.shift()?.();
        }
    }
    map(items, fn) {
        return Promise.all(items.map((item) => this.run(() => fn(item))));
    }
}

;// CONCATENATED MODULE: external "node:dns/promises"
const external_node_dns_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: ./src/probe/capabilities.ts
/**
 * What this machine's TLS library (Node's OpenSSL) can offer as a client: which protocol versions, which TLS
 * 1.2 suites of the cipher table, which TLS 1.3 suites and groups. What it cannot offer cannot be tested.
 */


const PROBE_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** Offer everything the client has at security level 0, so only the server decides. */
const BROAD_CIPHERS = 'ALL:COMPLEMENTOFALL:@SECLEVEL=0';
const PROBE_GROUPS = ['X25519', 'P-256', 'P-384', 'P-521', 'X448', 'ffdhe2048', 'ffdhe3072', 'ffdhe4096'];
function contextError(options) {
    try {
        external_node_tls_default().createSecureContext(options);
        return null;
    }
    catch (e) {
        return e.message;
    }
}
let cached;
function clientCapabilities() {
    if (cached)
        return cached;
    const protocols = [];
    const untestableProtocols = [];
    for (const p of PROBE_PROTOCOLS) {
        // Node refuses SSLv3 outright (no SSLv3_method): minVersion has no 'SSLv3' value.
        const error = p === 'SSLv3'
            ? (contextError({ secureProtocol: 'SSLv3_method' }) ?? null)
            : contextError({ minVersion: p, maxVersion: p, ciphers: BROAD_CIPHERS });
        if (error)
            untestableProtocols.push({ what: p, reason: `Node ${process.version} with OpenSSL ${process.versions.openssl}: ${error}` });
        else
            protocols.push(p);
    }
    const tls12Candidates = [];
    const untestableSuites = [];
    for (const s of ciphers/* CIPHER_SUITES */.eD) {
        if (/PSK|SRP/.test(s.kx)) {
            untestableSuites.push({ what: s.name, reason: 'PSK/SRP suites need credentials a probe does not have' });
            continue;
        }
        const error = contextError({ ciphers: `${s.name}:@SECLEVEL=0`, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
        if (error)
            untestableSuites.push({ what: s.name, reason: `not offered by this client's OpenSSL ${process.versions.openssl}${s.legacyProvider ? ' (legacy provider)' : ''}` });
        else
            tls12Candidates.push(s.name);
    }
    const tls13Candidates = ciphers/* TLS13_SUITES */.IA.map((s) => s.name).filter((n) => contextError({ ciphers: n, minVersion: 'TLSv1.3' }) === null);
    const groups = PROBE_GROUPS.filter((g) => contextError({ ecdhCurve: g }) === null);
    cached = { protocols, untestableProtocols, tls12Candidates, untestableSuites, tls13Candidates, groups, library: `OpenSSL ${process.versions.openssl}` };
    return cached;
}

;// CONCATENATED MODULE: ./src/probe/certificate.ts
/** Facts about the server's certificate chain, from the DER bytes it sent (node:crypto X509Certificate). */

const SIGNATURE_OIDS = {
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.113549.1.1.10': 'rsassaPss',
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '1.3.101.112': 'ED25519',
    '1.3.101.113': 'ED448',
    '1.2.840.10040.4.3': 'dsa-with-SHA1',
    '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
};
const CURVE_BITS = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 };
/** One DER TLV header at `offset`: tag, content start and length. */
function tlv(der, offset) {
    if (offset + 2 > der.length)
        return null;
    const tag = der[offset];
    let len = der[offset + 1];
    let start = offset + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || start + n > der.length)
            return null;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[start + i];
        start += n;
    }
    if (start + len > der.length)
        return null;
    return { tag, start, length: len };
}
function decodeOid(bytes) {
    const first = bytes[0];
    const parts = [Math.floor(first / 40), first % 40];
    let value = 0;
    for (let i = 1; i < bytes.length; i++) {
        const b = bytes[i];
        value = value * 128 + (b & 0x7f);
        if ((b & 0x80) === 0) {
            parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, signature } (RFC 5280 §4.1). */
function signatureAlgorithmOf(der) {
    const outer = tlv(der, 0);
    if (!outer || outer.tag !== 0x30)
        return 'unknown';
    const tbs = tlv(der, outer.start);
    if (!tbs)
        return 'unknown';
    const alg = tlv(der, tbs.start + tbs.length);
    if (!alg || alg.tag !== 0x30)
        return 'unknown';
    const oid = tlv(der, alg.start);
    if (!oid || oid.tag !== 0x06)
        return 'unknown';
    const dotted = decodeOid(der.subarray(oid.start, oid.start + oid.length));
    return SIGNATURE_OIDS[dotted] ?? dotted;
}
function certificateFacts(der, now = Date.now()) {
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(der);
    }
    catch {
        return null;
    }
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    const curve = details.namedCurve ?? null;
    const keyBits = details.modulusLength ?? (curve ? (CURVE_BITS[curve] ?? null) : key.asymmetricKeyType === 'ed25519' ? 256 : key.asymmetricKeyType === 'ed448' ? 456 : null);
    const dns = (cert.subjectAltName ?? '')
        .split(/,\s*/)
        .filter((x) => x.startsWith('DNS:'))
        .map((x) => x.slice(4));
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1];
    const notAfter = new Date(cert.validTo);
    return {
        subject: cert.subject.replace(/\n/g, ', '),
        issuer: cert.issuer.replace(/\n/g, ', '),
        names: dns.length > 0 ? dns : cn ? [cn] : [],
        keyType: (key.asymmetricKeyType ?? 'unknown').toUpperCase(),
        keyBits,
        curve,
        signatureAlgorithm: signatureAlgorithmOf(der),
        notBefore: new Date(cert.validFrom).toISOString(),
        notAfter: notAfter.toISOString(),
        daysToExpiry: Math.floor((notAfter.getTime() - now) / 86_400_000),
        selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
        sha256: cert.fingerprint256,
    };
}

;// CONCATENATED MODULE: ./src/probe/smtp-reader.ts
/** A reply longer than this (bytes) is garbage, not SMTP. */
const MAX_BUFFER = 64 * 1024;
class SmtpReader {
    buffer = '';
    closedError;
    waiter;
    socket;
    constructor(socket) {
        this.socket = socket;
        socket.setEncoding('latin1');
        socket.on('data', this.onData);
        socket.on('end', this.onEnd);
        socket.on('close', this.onEnd);
        socket.on('error', this.onError);
    }
    onData = (chunk) => {
        this.buffer += chunk;
        this.waiter?.();
    };
    onEnd = () => {
        if (this.closedError === undefined)
            this.closedError = null;
        this.waiter?.();
    };
    onError = (e) => {
        this.closedError = describeSocketError(e);
        this.waiter?.();
    };
    /** One (possibly multi-line) reply, within `timeoutMs`. */
    async read(timeoutMs) {
        const until = Date.now() + timeoutMs;
        for (;;) {
            const parsed = this.take();
            if (parsed)
                return parsed;
            if (this.closedError !== undefined)
                return { kind: 'closed', partial: this.buffer, error: this.closedError };
            const left = until - Date.now();
            if (left <= 0)
                return { kind: 'timeout', partial: this.buffer };
            await new Promise((resolve) => {
                const t = setTimeout(resolve, left);
                this.waiter = () => {
                    clearTimeout(t);
                    resolve();
                };
            });
            this.waiter = undefined;
        }
    }
    take() {
        if (this.buffer.length > MAX_BUFFER)
            return { kind: 'garbage', text: this.buffer.slice(0, 80) };
        const lines = [];
        let offset = 0;
        for (;;) {
            const nl = this.buffer.indexOf('\n', offset);
            if (nl < 0) {
                // A first line that cannot become a reply code is garbage already.
                const head = this.buffer.slice(offset, offset + 4);
                if (head.length >= 4 && !/^\d{3}[ -]/.test(head))
                    return { kind: 'garbage', text: this.buffer.slice(offset, offset + 80) };
                return null;
            }
            const line = this.buffer.slice(offset, nl).replace(/\r$/, '');
            if (!/^\d{3}([ -]|$)/.test(line))
                return { kind: 'garbage', text: line.slice(0, 80) };
            offset = nl + 1;
            lines.push(line);
            if (line[3] !== '-') {
                this.buffer = this.buffer.slice(offset);
                return { kind: 'reply', reply: { code: Number(line.slice(0, 3)), lines } };
            }
        }
    }
    send(line) {
        if (this.closedError === undefined)
            this.socket.write(`${line}\r\n`);
    }
    /** Stop reading: the socket is handed to node:tls. */
    detach() {
        this.socket.removeListener('data', this.onData);
        this.socket.removeListener('end', this.onEnd);
        this.socket.removeListener('close', this.onEnd);
        this.socket.removeListener('error', this.onError);
    }
}
/** A readable message for a socket error (errno code first). */
function describeSocketError(e) {
    const code = e.code;
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ECONNRESET':
            return 'connection reset by peer';
        case 'EHOSTUNREACH':
            return 'host unreachable';
        case 'ENETUNREACH':
            return 'network unreachable';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host name not resolved (${code})`;
        case 'EPIPE':
            return 'connection closed by peer while sending';
        default:
            return code ? `${code}: ${e.message}` : e.message;
    }
}
/** Printable form of untrusted server text (control characters escaped, length bounded). */
function printable(text, max = 80) {
    const cut = text.length > max ? `${text.slice(0, max)}...` : text;
    return cut.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/probe/session.ts
/**
 * One connection to a target: TCP connect, the SMTP/LMTP greeting and EHLO/LHLO, STARTTLS, and the TLS
 * handshake with the given client settings. Every stage is bounded by its own timeout and by the probe's total
 * deadline; the socket is always destroyed before the promise settles.
 */



const fail = (kind, stage, message) => ({ kind, stage, message });
function bounded(plan, ms) {
    return Math.max(0, Math.min(ms, plan.deadline - Date.now()));
}
function connectTcp(plan) {
    const ms = bounded(plan, plan.timeouts.connectMs);
    if (ms <= 0)
        return Promise.resolve({ failure: fail('deadline', 'connect', 'total deadline reached before connecting') });
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: plan.address, port: plan.port });
        const timer = setTimeout(() => {
            socket.destroy();
            const byDeadline = ms < plan.timeouts.connectMs;
            resolve({ failure: byDeadline ? fail('deadline', 'connect', 'total deadline reached while connecting') : fail('connect-timeout', 'connect', `TCP connect timed out after ${ms} ms`) });
        }, ms);
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.removeAllListeners('error');
            resolve({ socket });
        });
        socket.once('error', (e) => {
            clearTimeout(timer);
            socket.destroy();
            const message = describeSocketError(e);
            const code = e.code;
            resolve({ failure: fail(code === 'ECONNREFUSED' ? 'refused' : code === 'ECONNRESET' ? 'reset' : 'connect-error', 'connect', message) });
        });
    });
}
function readFailure(outcome, stage, what, ms, byDeadline) {
    switch (outcome.kind) {
        case 'timeout':
            if (byDeadline)
                return fail('deadline', stage, `total deadline reached waiting for ${what}`);
            return outcome.partial.length > 0
                ? fail('garbage', stage, `incomplete reply (${what}) within ${ms} ms: "${printable(outcome.partial)}"`)
                : fail(stage === 'banner' ? 'silent' : 'closed', stage, stage === 'banner' ? `no SMTP banner within ${ms} ms (silent or slow server)` : `no reply to ${what} within ${ms} ms`);
        case 'closed':
            if (outcome.error === 'connection reset by peer')
                return fail('reset', stage, `connection reset by peer waiting for ${what}`);
            return fail('closed', stage, `connection closed waiting for ${what}${outcome.error ? ` (${outcome.error})` : ''}${outcome.partial ? `: "${printable(outcome.partial)}"` : ''}`);
        case 'garbage':
            return fail('garbage', stage, `not an SMTP reply (${what}): "${printable(outcome.text)}"`);
    }
}
async function readReply(reader, plan, stage, what) {
    const ms = bounded(plan, plan.timeouts.readMs);
    const outcome = await reader.read(ms);
    if (outcome.kind === 'reply')
        return outcome.reply;
    return readFailure(outcome, stage, what, ms, ms < plan.timeouts.readMs);
}
const isFailure = (x) => 'kind' in x;
function keywordsOf(reply) {
    return reply.lines.slice(1).map((l) => l.slice(4).trim());
}
function handshake(plan, socket) {
    const ms = bounded(plan, plan.timeouts.handshakeMs);
    const servername = external_node_net_default().isIP(plan.host) === 0 ? plan.host : undefined;
    const secure = external_node_tls_default().connect({ ...plan.tlsOptions, socket, rejectUnauthorized: false, ...(servername ? { servername } : {}) });
    return new Promise((resolve) => {
        let settled = false;
        const done = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const timer = setTimeout(() => {
            done({
                secure,
                failure: ms < plan.timeouts.handshakeMs
                    ? fail('deadline', 'handshake', 'total deadline reached during the TLS handshake')
                    : fail('tls-stall', 'handshake', `TLS handshake stalled: not completed within ${ms} ms`),
            });
        }, ms);
        secure.once('secureConnect', () => done({ secure }));
        secure.once('error', (e) => {
            const code = e.code;
            const kind = code === 'ECONNRESET' ? 'reset' : 'tls-refused';
            done({ secure, failure: fail(kind, 'handshake', kind === 'reset' ? 'connection reset during the TLS handshake' : `TLS handshake failed: ${e.message.replace(/^error:[0-9A-F]+:SSL routines::/, '')}`) });
        });
        secure.once('close', () => done({ secure, failure: fail('tls-refused', 'handshake', 'connection closed during the TLS handshake') }));
    });
}
function chainOf(secure) {
    const chain = [];
    let cert = secure.getPeerCertificate(true);
    const seen = new Set();
    while (cert && cert.raw && !seen.has(cert.fingerprint256) && chain.length < 10) {
        seen.add(cert.fingerprint256);
        chain.push(cert.raw);
        cert = cert.issuerCertificate;
    }
    return chain;
}
function tlsFacts(secure) {
    const key = secure.getEphemeralKeyInfo();
    const group = key && key.type ? (key.name ?? (key.type === 'DH' && key.size ? `ffdhe${key.size}` : key.type)) : null;
    return { protocol: secure.getProtocol(), cipher: secure.getCipher()?.name ?? null, group, chain: chainOf(secure) };
}
/** Run one session; never throws, never leaves a socket open. */
async function runSession(plan) {
    const result = { failure: null, banner: null, keywords: null, mailFromBeforeTls: null, starttlsReply: null, tls: null, keywordsAfterTls: null };
    const connected = await connectTcp(plan);
    if ('failure' in connected)
        return { ...result, failure: connected.failure };
    const socket = connected.socket;
    let secure;
    try {
        const hello = plan.mode === 'lmtp' ? 'LHLO' : 'EHLO';
        if (plan.mode === 'implicit') {
            const hs = await handshake(plan, socket);
            secure = hs.secure;
            if ('failure' in hs)
                return { ...result, failure: hs.failure };
            result.tls = tlsFacts(hs.secure);
            if (!plan.dialogue)
                return result;
            const reader = new SmtpReader(hs.secure);
            const banner = await readReply(reader, plan, 'banner', 'the banner inside TLS');
            if (isFailure(banner))
                return { ...result, failure: banner };
            result.banner = banner.lines;
            if (banner.code !== 220)
                return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${printable(banner.lines[0] ?? '')}"`) };
            reader.send(`${hello} ${plan.heloName}`);
            const ehlo = await readReply(reader, plan, 'after-tls', hello);
            if (isFailure(ehlo))
                return { ...result, failure: ehlo };
            result.keywords = ehlo.code === 250 ? keywordsOf(ehlo) : [];
            reader.send('QUIT');
            return result;
        }
        const reader = new SmtpReader(socket);
        const banner = await readReply(reader, plan, 'banner', 'the banner');
        if (isFailure(banner))
            return { ...result, failure: banner };
        result.banner = banner.lines;
        if (banner.code !== 220)
            return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${printable(banner.lines[0] ?? '')}"`) };
        reader.send(`${hello} ${plan.heloName}`);
        const ehlo = await readReply(reader, plan, 'ehlo', hello);
        if (isFailure(ehlo))
            return { ...result, failure: ehlo };
        if (ehlo.code !== 250)
            return { ...result, failure: fail('rejected', 'ehlo', `${hello} refused: "${printable(ehlo.lines[0] ?? '')}"`) };
        result.keywords = keywordsOf(ehlo);
        if (plan.dialogue) {
            reader.send('MAIL FROM:<>');
            const mail = await readReply(reader, plan, 'ehlo', 'MAIL FROM');
            if (isFailure(mail))
                return { ...result, failure: mail };
            result.mailFromBeforeTls = mail.code;
            reader.send('RSET');
            const rset = await readReply(reader, plan, 'ehlo', 'RSET');
            if (isFailure(rset))
                return { ...result, failure: rset };
        }
        if (!result.keywords.some((k) => /^STARTTLS$/i.test(k))) {
            reader.send('QUIT');
            return { ...result, failure: fail('no-starttls', 'starttls', `STARTTLS not advertised in the ${hello} reply`) };
        }
        reader.send('STARTTLS');
        const starttls = await readReply(reader, plan, 'starttls', 'STARTTLS');
        if (isFailure(starttls))
            return { ...result, failure: starttls };
        result.starttlsReply = starttls.code;
        if (starttls.code !== 220)
            return { ...result, failure: fail('starttls-refused', 'starttls', `STARTTLS answered "${printable(starttls.lines[0] ?? '')}"`) };
        reader.detach();
        const hs = await handshake(plan, socket);
        secure = hs.secure;
        if ('failure' in hs)
            return { ...result, failure: hs.failure };
        result.tls = tlsFacts(hs.secure);
        if (!plan.dialogue)
            return result;
        const inner = new SmtpReader(hs.secure);
        inner.send(`${hello} ${plan.heloName}`);
        const ehlo2 = await readReply(inner, plan, 'after-tls', `${hello} after STARTTLS`);
        if (isFailure(ehlo2))
            return { ...result, failure: ehlo2 };
        result.keywordsAfterTls = ehlo2.code === 250 ? keywordsOf(ehlo2) : [];
        inner.send('QUIT');
        return result;
    }
    finally {
        // The connection counts against the concurrency bound until the kernel socket is really closed.
        const closed = new Promise((resolve) => (socket.destroyed && socket.closed ? resolve() : socket.once('close', () => resolve())));
        secure?.destroy();
        socket.destroy();
        await closed;
    }
}

;// CONCATENATED MODULE: ./src/probe/probe.ts
/**
 * Probe one live SMTP/LMTP server (issue 7): greeting, STARTTLS, AUTH before TLS, each protocol version, the TLS
 * 1.2 suites (one handshake per candidate of the cipher table), the TLS 1.3 suites, key-exchange groups and the
 * certificate. Only the named host and port are contacted; never more than `concurrency` connections at once;
 * nothing runs past the deadline.
 */







const DEFAULT_TIMEOUTS = { connectMs: 5000, readMs: 10_000, handshakeMs: 10_000 };
const DEFAULT_DEADLINE_MS = 120_000;
const DEFAULT_CONCURRENCY = 8;
const GROUP_NAMES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const groupName = (g) => (g ? (GROUP_NAMES[g] ?? g) : null);
/** Outcomes of a handshake-only probe that say "the server refuses this", not "we could not tell". */
const REFUSAL = new Set(['tls-refused', 'reset']);
async function probeTarget(options) {
    const started = Date.now();
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const deadline = Math.min(started + (options.deadlineMs ?? DEFAULT_DEADLINE_MS), options.deadlineAt ?? Infinity);
    const limiter = options.limiter ?? new Limiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const startedBefore = limiter.started;
    const caps = clientCapabilities();
    const requested = options.mode ?? 'auto';
    let mode = requested === 'auto' ? modeFromPort(options.port) : requested;
    const errors = [];
    const addError = (f, what) => {
        const message = what ? `${what}: ${f.message}` : f.message;
        if (!errors.some((e) => e.kind === f.kind && e.stage === f.stage))
            errors.push({ stage: f.stage, kind: f.kind, message });
    };
    // Resolve a name once: every connection must reach the same server, and nothing else is contacted.
    let address = options.host;
    if (external_node_net_default().isIP(options.host) === 0) {
        const resolved = await resolveOnce(options.host, Math.min(timeouts.connectMs, Math.max(0, deadline - Date.now())));
        if ('error' in resolved)
            return unresolved(options, mode, resolved.error, started);
        address = resolved.address;
    }
    const plan = (tlsOptions, dialogue) => ({
        address,
        host: options.host, port: options.port, mode, timeouts, deadline, heloName: options.heloName ?? 'probe.postfix-tls-audit.invalid', tlsOptions, dialogue,
    });
    const broad = { minVersion: 'TLSv1', maxVersion: 'TLSv1.3', ciphers: BROAD_CIPHERS };
    let first = await limiter.run(() => runSession(plan(broad, true)));
    if (requested === 'auto' && mode !== 'implicit' && first.failure?.kind === 'silent') {
        // No plaintext banner: maybe wrapper mode on a port that does not say so.
        mode = 'implicit';
        const second = await limiter.run(() => runSession(plan(broad, true)));
        if (second.tls) {
            first = second;
            if (second.failure)
                addError(second.failure);
        }
        else {
            mode = modeFromPort(options.port);
            addError(first.failure);
            addError(second.failure ?? first.failure, 'implicit TLS attempt');
        }
    }
    else if (first.failure && !(first.failure.stage === 'handshake' && REFUSAL.has(first.failure.kind))) {
        addError(first.failure);
    }
    const implicit = mode === 'implicit' && first.tls !== null;
    const roleInfo = options.role ? { role: options.role, reason: 'given' } : roleFromPort(options.port, implicit);
    const auth = (kw) => kw?.find((k) => /^AUTH[ =]/i.test(k)) ?? null;
    const result = {
        target: targetName(options.host, options.port),
        host: options.host,
        port: options.port,
        mode,
        role: roleInfo.role,
        roleReason: roleInfo.reason,
        reachable: first.banner !== null || first.tls !== null,
        banner: first.banner?.[0] ?? null,
        starttlsAdvertised: mode === 'implicit' || first.keywords === null ? null : first.keywords.some((k) => /^STARTTLS$/i.test(k)),
        starttls: first.tls !== null,
        implicit,
        tlsRequired: implicit ? true : first.mailFromBeforeTls === null ? null : first.mailFromBeforeTls === 530,
        authBeforeTls: mode !== 'implicit' && auth(first.keywords) !== null,
        authAfterTls: implicit ? auth(first.keywords) : auth(first.keywordsAfterTls),
        protocols: [],
        protocolsRefused: [],
        protocolsNotTestable: caps.untestableProtocols,
        tls12Ciphers: null,
        tls12CandidateCount: caps.tls12Candidates.length,
        tls13Ciphers: null,
        group: groupName(first.tls?.group ?? null),
        groups: null,
        dhBits: null,
        negotiated: first.tls ? { protocol: first.tls.protocol, cipher: first.tls.cipher } : null,
        handshakeRefused: null,
        certificate: null,
        chain: [],
        errors,
        connections: 0,
        maxConcurrentConnections: 0,
        durationMs: 0,
    };
    const chain = (first.tls?.chain ?? []).map((der) => certificateFacts(der)).filter((c) => c !== null);
    result.chain = chain;
    result.certificate = chain[0] ?? null;
    // Going on only makes sense when a TLS handshake can start at all.
    const refusedHandshake = first.failure?.stage === 'handshake' && REFUSAL.has(first.failure.kind) ? first.failure.message : null;
    result.handshakeRefused = refusedHandshake;
    const canHandshake = first.tls !== null || refusedHandshake !== null;
    if (canHandshake) {
        const handshakeOnly = (o, what) => limiter.run(async () => {
            if (Date.now() >= deadline) {
                addError({ kind: 'deadline', stage: 'connect', message: 'total deadline reached; remaining probes skipped' });
                return null;
            }
            const r = await runSession(plan(o, false));
            if (r.failure && !(r.failure.stage === 'handshake' && REFUSAL.has(r.failure.kind))) {
                addError(r.failure, what);
                return null;
            }
            return r;
        });
        const testable = caps.protocols;
        const versionResults = await Promise.all(testable.map((v) => handshakeOnly({ minVersion: v, maxVersion: v, ciphers: BROAD_CIPHERS }, `${v} probe`)));
        testable.forEach((v, i) => {
            const r = versionResults[i];
            if (r === null || r === undefined)
                return;
            if (r.tls && r.tls.protocol === v)
                result.protocols.push(v);
            else
                result.protocolsRefused.push(v);
        });
        if (!options.quick) {
            const jobs = [];
            if (result.protocols.includes('TLSv1.2')) {
                jobs.push(Promise.all(caps.tls12Candidates.map((s) => handshakeOnly({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: `${s}:@SECLEVEL=0` }, `TLS 1.2 suite ${s}`))).then((rs) => {
                    if (rs.some((r) => r === null))
                        return; // incomplete: say nothing rather than something wrong
                    result.tls12Ciphers = caps.tls12Candidates.filter((s, i) => rs[i]?.tls?.cipher === s);
                    const dh = rs.map((r) => /^ffdhe(\d+)$/.exec(r?.tls?.group ?? '')?.[1]).filter((b) => b !== undefined).map(Number);
                    result.dhBits = dh.length ? Math.min(...dh) : null;
                }));
            }
            if (result.protocols.includes('TLSv1.3')) {
                jobs.push(Promise.all(caps.tls13Candidates.map((s) => handshakeOnly({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', ciphers: s }, `TLS 1.3 suite ${s}`))).then((rs) => {
                    if (rs.some((r) => r === null))
                        return;
                    result.tls13Ciphers = caps.tls13Candidates.filter((s, i) => rs[i]?.tls?.cipher === s);
                }));
            }
            const best = result.protocols.includes('TLSv1.3') ? 'TLSv1.3' : result.protocols.includes('TLSv1.2') ? 'TLSv1.2' : null;
            if (best) {
                jobs.push(Promise.all(caps.groups.map((g) => handshakeOnly({ minVersion: best, maxVersion: best, ciphers: BROAD_CIPHERS, ecdhCurve: g }, `group ${g}`))).then((rs) => {
                    if (rs.some((r) => r === null))
                        return;
                    result.groups = caps.groups.filter((g, i) => groupName(rs[i]?.tls?.group ?? null) === g);
                }));
            }
            await Promise.all(jobs);
        }
    }
    result.connections = limiter.started - startedBefore;
    result.maxConcurrentConnections = limiter.maxSeen;
    result.durationMs = Date.now() - started;
    return result;
}
async function resolveOnce(host, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `name lookup of ${host} timed out after ${ms} ms` }), ms);
    });
    try {
        return await Promise.race([
            (0,external_node_dns_promises_namespaceObject.lookup)(host).then((r) => ({ address: r.address }), (e) => ({ error: `name lookup of ${host} failed (${e.code ?? e.message})` })),
            timeout,
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
function unresolved(options, mode, message, started) {
    const caps = clientCapabilities();
    const roleInfo = options.role ? { role: options.role, reason: 'given' } : roleFromPort(options.port, false);
    return {
        target: targetName(options.host, options.port), host: options.host, port: options.port, mode, role: roleInfo.role, roleReason: roleInfo.reason,
        reachable: false, banner: null, starttlsAdvertised: null, starttls: false, implicit: false, tlsRequired: null, authBeforeTls: false, authAfterTls: null,
        protocols: [], protocolsRefused: [], protocolsNotTestable: caps.untestableProtocols, tls12Ciphers: null, tls12CandidateCount: caps.tls12Candidates.length,
        tls13Ciphers: null, group: null, groups: null, dhBits: null, negotiated: null, handshakeRefused: null, certificate: null, chain: [],
        errors: [{ stage: 'connect', kind: 'resolve', message }], connections: 0, maxConcurrentConnections: 0, durationMs: Date.now() - started,
    };
}

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
function inlineText(text) {
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
function codeSpan(text) {
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
function fencedBlock(text, info = '') {
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
function pathForUrl(file) {
    return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}
/** Text inside an HTML element we write (e.g. <summary>): entities, and mentions/refs broken. */
function htmlText(text) {
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

const RULE_DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';
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
function findingsToMarkdown(findings, policy, diff) {
    const c = (0,report/* countBySeverity */.O)(findings);
    const out = [];
    out.push(`## postfix-tls-audit: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
    out.push('');
    out.push(`Policy: \`${policy.profile.id}\` ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` from ${mdText(policy.origin)}`}`);
    if (findings.length) {
        out.push('', '| severity | rule | where | service | finding |', '|---|---|---|---|---|');
        for (const f of findings) {
            const where = f.target ? mdText(f.target) : `${mdText(f.file)}:${f.line}`;
            out.push(`| ${f.severity} | [${f.ruleId}](${RULE_DOCS}/${f.ruleId}.md) | ${where} | ${f.service ? `${mdText(f.service)} (${f.role})` : ''} | ${mdText(f.message)}${f.fix ? ` **Fix:** ${mdText(f.fix.description)}` : ''} |`);
        }
    }
    if (diff) {
        // fencedBlock: also control, bidi and zero-width characters of the config lines become U+FFFD.
        out.push('', '<details><summary>Suggested changes (verified)</summary>', '', fencedBlock(diff.trimEnd(), 'diff'), '', '</details>');
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/probe-report.ts






const DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';
const probe_report_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatProbeFindings(findings, policy, format) {
    return format === 'markdown' ? findingsToMarkdown(findings, policy, '') : formatFindingsText(findings, policy, new Map());
}
function probeFindingsToSarif(findings, policy, toolVersion) {
    const ids = PROBE_RULES.map((r) => r.id);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: {
                    driver: {
                        name: 'postfix-tls-audit', version: toolVersion, informationUri: 'https://github.com/postfix-tls-audit/postfix-tls-audit',
                        rules: PROBE_RULES.map((r) => {
                            const o = policy.rules[r.id]?.level;
                            return {
                                id: r.id, name: r.id, shortDescription: { text: r.title }, fullDescription: { text: r.rationale },
                                help: { text: `${r.rationale}\n\nMore: ${DOCS}/${r.id}.md` }, helpUri: `${DOCS}/${r.id}.md`,
                                defaultConfiguration: { level: probe_report_LEVEL[o !== undefined && o !== 'off' ? o : r.defaultSeverity] },
                                properties: { references: r.references },
                            };
                        }),
                    },
                },
                automationDetails: { id: 'postfix-tls-audit-probe/' },
                properties: { profile: policy.profile.id, profileVersion: policy.profile.version, policy: policy.origin },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ids.indexOf(f.ruleId),
                    level: probe_report_LEVEL[f.severity],
                    message: { text: sarifText(f.message) },
                    locations: [{ logicalLocations: [{ fullyQualifiedName: f.target ?? '', kind: 'resource' }] }],
                    partialFingerprints: { 'postfixTlsAudit/v1': f.fingerprint },
                })),
            }],
    };
}
function probeToJson(results, toolVersion, compare, findings, policy) {
    return {
        tool: { name: 'postfix-tls-audit', version: toolVersion },
        targets: results.map((r) => ({
            target: r.target,
            mode: r.mode,
            role: r.role,
            roleReason: r.roleReason,
            reachable: r.reachable,
            banner: r.banner === null ? null : printable(r.banner, 200),
            starttls: r.starttls,
            starttlsAdvertised: r.starttlsAdvertised,
            implicit: r.implicit,
            tlsRequired: r.tlsRequired,
            authBeforeTls: r.authBeforeTls,
            authAfterTls: r.authAfterTls === null ? null : printable(r.authAfterTls, 200),
            protocols: r.protocols,
            protocolsRefused: r.protocolsRefused,
            protocolsNotTestable: r.protocolsNotTestable,
            tls12Ciphers: r.tls12Ciphers,
            tls13Ciphers: r.tls13Ciphers,
            group: r.group,
            groups: r.groups,
            dhBits: r.dhBits,
            negotiated: r.negotiated,
            handshakeRefused: r.handshakeRefused,
            certificate: r.certificate,
            chain: r.chain,
            errors: r.errors,
            connections: r.connections,
            durationMs: r.durationMs,
        })),
        ...(compare ? { compare } : {}),
        ...(policy ? { policy: { profile: policy.profile.id, profileVersion: policy.profile.version, origin: policy.origin } } : {}),
        ...(findings ? { summary: (0,report/* countBySeverity */.O)(findings), findings: findings.map((f) => ({ ...f })) } : {}),
    };
}
const yesNo = (b) => (b === null ? 'unknown' : b ? 'yes' : 'no');
function formatProbeText(results, compare) {
    const out = [];
    for (const r of results) {
        out.push(`${r.target} (${r.role}: ${r.roleReason}; ${r.mode})`);
        if (r.banner !== null)
            out.push(`  banner: ${printable(r.banner)}`);
        if (!r.implicit)
            out.push(`  STARTTLS advertised: ${yesNo(r.starttlsAdvertised)}`);
        out.push(`  TLS handshake: ${r.starttls ? 'yes' : 'no'}${r.implicit ? ' (implicit TLS)' : ''}${r.handshakeRefused ? ` (refused even with every protocol and suite offered: ${r.handshakeRefused})` : ''}`);
        out.push(`  TLS required before MAIL: ${yesNo(r.tlsRequired)}`);
        out.push(`  AUTH before TLS: ${r.authBeforeTls ? 'yes' : 'no'}${r.authAfterTls ? `; inside TLS: ${printable(r.authAfterTls)}` : ''}`);
        if (r.starttls || r.protocols.length || r.protocolsRefused.length) {
            out.push(`  protocols accepted: ${r.protocols.join(' ') || 'none'}${r.protocolsRefused.length ? `; refused: ${r.protocolsRefused.join(' ')}` : ''}`);
        }
        for (const u of r.protocolsNotTestable)
            out.push(`  not testable here: ${u.what} (${u.reason})`);
        if (r.tls12Ciphers)
            out.push(`  TLS 1.2 suites (${r.tls12Ciphers.length} of ${r.tls12CandidateCount} offered): ${r.tls12Ciphers.join(' ') || 'none'}`);
        if (r.tls13Ciphers)
            out.push(`  TLS 1.3 suites: ${r.tls13Ciphers.join(' ') || 'none'}`);
        if (r.group)
            out.push(`  key exchange: ${r.group}${r.groups ? `; groups accepted: ${r.groups.join(' ') || 'none'}` : ''}${r.dhBits !== null ? `; DHE suites: ${r.dhBits}-bit DH group` : ''}`);
        const c = r.certificate;
        if (c) {
            out.push(`  certificate: ${printable(c.subject, 200)}, ${c.keyType} ${c.keyBits ?? '?'} bits${c.curve ? ` (${c.curve})` : ''}, ${c.signatureAlgorithm}, expires ${c.notAfter.slice(0, 10)} (${c.daysToExpiry} days)${c.selfSigned ? ', self-signed' : ''}`);
            out.push(`  names: ${c.names.map((n) => printable(n)).join(' ') || 'none'}`);
        }
        for (const e of r.errors)
            out.push(`  error (${e.stage}, ${e.kind}): ${e.message}`);
        out.push(`  ${r.connections} connections, ${(r.durationMs / 1000).toFixed(1)} s`);
        out.push('');
    }
    if (compare) {
        out.push(`Compared with ${compare.path}:`);
        for (const p of compare.pairings) {
            out.push(p.endpoint ? `  ${p.target} = ${p.endpoint.configSet}: ${p.endpoint.service}/${p.endpoint.type}${p.endpoint.line !== null ? ` (master.cf:${p.endpoint.line})` : ''}, paired by ${p.how}${p.reason ? ` (${p.reason})` : ''}` : `  ${p.target}: not paired (${p.reason})`);
        }
        if (compare.drift.length === 0)
            out.push('  no drift: every observation matches the config');
        for (const d of compare.drift)
            out.push(`  ${d.severity}: ${d.message}`);
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/terminal-safe.ts
/**
 * The last step of the CLI's reports on stdout, which a terminal shows and a CI log reads. The
 * formatters already show control characters of paths and values as \xNN; this pass covers what
 * slipped past them (names of parameters and services, C1 controls) and two things no formatter
 * knew about:
 *
 * - The GitHub Actions runner takes a line as a workflow command when it starts with "::" after
 *   leading white space (ActionCommand.TryParseV2 trims first), and it still takes the legacy
 *   "##[command]data" form ANYWHERE in a line (ActionCommand.TryParse: IndexOf("##[")). Config text
 *   in the report (a service named "::error::x", a value "##[add-mask]…") would otherwise forge
 *   annotations or masks when the CLI runs in a workflow step (actions/runner
 *   src/Runner.Common/ActionCommand.cs).
 * - Bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) reorder what a
 *   terminal shows ("Trojan Source").
 *
 * `--diff` and `postconf` print config text verbatim by design (a patch to apply, postconf's bytes).
 */
const terminal_safe_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Leading white space as .NET's String.TrimStart removes it (char.IsWhiteSpace), CR/LF aside. */
const LEADING_COMMAND = /^([\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/gm;
const hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, '0');
/** Human-readable report text: no control or bidi character, no line the runner reads as a command. */
function terminalSafe(text) {
    return text
        .replace(terminal_safe_CONTROL, (c) => `\\x${hex(c, 2)}`)
        .replace(BIDI, (c) => `\\u${hex(c, 4)}`)
        .replace(/##\[/g, '#\\x23[')
        .replace(LEADING_COMMAND, '$1\\x3a');
}
/**
 * JSON text with the same guarantees and the same data: these characters can only occur inside
 * JSON strings, where "\u0023" is "#" and "\u009b" is U+009B. (JSON.stringify already escapes C0
 * controls; its output never starts a line with "::".)
 */
function jsonSafe(json) {
    return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${hex(c, 4)}`).replace(BIDI, (c) => `\\u${hex(c, 4)}`).replace(/##\[/g, '#\\u0023[');
}

;// CONCATENATED MODULE: ./src/cli/probe-command.ts
/** `postfix-tls-audit probe HOST:PORT... [options]`: argument handling, kept out of src/cli/run.ts. */













const PROBE_USAGE = `  postfix-tls-audit probe HOST:PORT[=ROLE]... [--policy FILE | --profile ID] [--format text|json|sarif|markdown]
        [--fail-on error|warning|notice|never] [--compare PATH [--pair HOST:PORT=SERVICE]...]
        [--timeout MS] [--deadline MS] [--concurrency N] [--mode auto|starttls|implicit|lmtp] [--role ROLE] [--quick]
      Connect to live SMTP/LMTP servers (only the named ones): STARTTLS, AUTH before TLS, protocol versions,
      TLS 1.2 and 1.3 suites, groups, certificate, and judge them with the policy (loaded as scan loads it; the
      role comes from the port unless given: ${TARGET_ROLES.join(', ')}). --compare PATH pairs each target with an
      endpoint of the config under PATH and reports drift as config-drift findings. Exit 1 when a finding reaches
      --fail-on (default error; a target that cannot be probed is a probe-failed error), 2 for usage errors.
`;
const probe_command_MODES = ['auto', 'starttls', 'implicit', 'lmtp'];
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
function positiveInt(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new Error(`${name} must be a positive integer, got "${value}"`);
    return Number(value);
}
async function runProbeCommand(args, cwd, toolVersion) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                compare: { type: 'string' },
                pair: { type: 'string', multiple: true },
                timeout: { type: 'string' },
                deadline: { type: 'string' },
                concurrency: { type: 'string' },
                mode: { type: 'string', default: 'auto' },
                role: { type: 'string' },
                quick: { type: 'boolean', default: false },
                'postfix-version': { type: 'string' },
                policy: { type: 'string' },
                profile: { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
            },
        }));
    }
    catch (error) {
        return usage(error.message);
    }
    let targets, timeout, deadline, concurrency;
    const pairs = new Map();
    const format = values.format;
    const failOn = values['fail-on'];
    try {
        if (positionals.length === 0)
            throw new Error('probe needs at least one HOST:PORT');
        targets = positionals.map(parseTargetSpec);
        if (!FORMATS.includes(format))
            throw new Error(`unknown --format "${format}" (${FORMATS.join(', ')})`);
        if (!FAIL_ON.includes(failOn))
            throw new Error(`unknown --fail-on "${failOn}" (${FAIL_ON.join(', ')})`);
        if (!probe_command_MODES.includes(values.mode))
            throw new Error(`unknown --mode "${values.mode}" (${probe_command_MODES.join(', ')})`);
        if (values.role !== undefined && !TARGET_ROLES.includes(values.role))
            throw new Error(`unknown --role "${values.role}" (${TARGET_ROLES.join(', ')})`);
        if (values.policy !== undefined && values.profile !== undefined)
            throw new Error('--policy and --profile exclude each other (a policy file names its profile)');
        timeout = positiveInt('--timeout', values.timeout, 10_000);
        deadline = positiveInt('--deadline', values.deadline, DEFAULT_DEADLINE_MS);
        concurrency = positiveInt('--concurrency', values.concurrency, DEFAULT_CONCURRENCY);
        for (const p of values.pair ?? []) {
            const { target, service } = parsePair(p);
            parseTarget(target);
            pairs.set(target, service);
        }
        if (pairs.size > 0 && values.compare === undefined)
            throw new Error('--pair needs --compare PATH');
    }
    catch (error) {
        return usage(error.message);
    }
    const root = values.compare !== undefined ? external_node_path_default().resolve(cwd, values.compare) : cwd;
    const loaded = await loadPolicy({ root, cwd, ...(values.policy !== undefined ? { file: values.policy } : {}), ...(values.profile !== undefined ? { profile: values.profile } : {}) });
    if (!loaded.ok)
        return { stdout: '', stderr: loaded.messages.map((m) => `postfix-tls-audit: ${m}\n`).join(''), exitCode: 2 };
    const policy = loaded.policy;
    // --role applies to targets without their own "=ROLE".
    const roleOf = (t) => t.role ?? (values.role !== undefined ? parseTargetSpec(`${t.target}=${values.role}`).role : undefined);
    // One limiter for all targets, probed one after another: never more than N connections at once in total.
    const limiter = new Limiter(concurrency);
    // --deadline bounds the whole run, all targets together.
    const deadlineAt = Date.now() + deadline;
    const results = [];
    const roles = new Map();
    for (const t of targets) {
        const role = roleOf(t);
        if (role)
            roles.set(t.target, role.policy);
        // A role given outright also names the wire: submissions is implicit TLS (RFC 8314), lmtp speaks LHLO.
        const wire = { lmtp: 'lmtp', submissions: 'implicit' };
        const mode = values.mode === 'auto' && role ? (wire[role.probe] ?? 'auto') : values.mode;
        results.push(await probeTarget({
            host: t.host,
            port: t.port,
            mode,
            ...(role ? { role: role.probe } : {}),
            timeouts: { connectMs: Math.min(timeout, 5000), readMs: timeout, handshakeMs: timeout },
            deadlineMs: deadline,
            deadlineAt,
            limiter,
            quick: values.quick === true,
        }));
    }
    let compare = null;
    if (values.compare !== undefined)
        compare = await compareWithConfig(results, root, pairs, (0,evaluate/* modelOptionsFor */.Zf)(policy, values['postfix-version']));
    if (compare)
        compare = { ...compare, path: values.compare ?? compare.path };
    const findings = judgeProbe(results, policy, { roles }, compare);
    let stdout;
    if (format === 'json')
        stdout = jsonSafe(`${JSON.stringify(probeToJson(results, toolVersion, compare, findings, policy), null, 2)}\n`);
    else if (format === 'sarif')
        stdout = jsonSafe(`${JSON.stringify(probeFindingsToSarif(findings, policy, toolVersion), null, 2)}\n`);
    else if (format === 'markdown')
        stdout = formatProbeFindings(findings, policy, 'markdown');
    else
        stdout = terminalSafe(`${formatProbeText(results, compare)}\n${formatProbeFindings(findings, policy, 'text')}`);
    const failed = failOn !== 'never' && findings.some((f) => (0,evaluate/* severityAtLeast */._2)(f.severity, failOn));
    return { stdout, stderr: '', exitCode: failed ? 1 : 0 };
}
function usage(message) {
    return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\nUsage:\n${PROBE_USAGE}`, exitCode: 2 };
}
/** Load the config sets under `configPath` (as `explain` does) and compare every probed target with them. */
async function compareWithConfig(results, configPath, explicit, postfixVersion) {
    const scan = await scanRepository(external_node_path_default().resolve(configPath));
    const options = typeof postfixVersion === 'string' ? { postfixVersion } : (postfixVersion ?? {});
    const models = scan.sets.map((set) => (0,model/* buildConfigSetModel */.ET)(set, options));
    return compareWithModels(results, models, explicit, configPath);
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
function scan_text_visible(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function formatDiagnostic(d) {
    const where = scan_text_visible(d.span ? `${d.path}:${d.span.start.line}:${d.span.start.column}` : d.path);
    return `${where}: ${d.severity}: ${scan_text_visible(d.message)} [${d.code}]`;
}
/** One config set's part of the listing: an empty line, then the set. */
function formatSetText(listing) {
    const { main, master } = listing;
    const out = [''];
    out.push(`config set ${listing.directory === '.' ? '(repository root)' : scan_text_visible(listing.directory)}`);
    out.push(`  files: ${listing.files.map((f) => `${scan_text_visible(f.path)}${f.template ? ` (template: ${f.template})` : ''}`).join(', ')}`);
    if (listing.masterIsStock && master)
        out.push('  master.cf: none in this directory; Postfix\'s stock master.cf assumed');
    if (!listing.hasMain)
        out.push('  main.cf: none in this directory; built-in defaults assumed');
    if (main) {
        const effective = main.parameters.filter((p) => p.effective);
        out.push(`  ${scan_text_visible(main.path)}: ${effective.length} parameter${effective.length === 1 ? '' : 's'}`);
        const width = Math.min(40, Math.max(0, ...effective.map((p) => p.name.length)));
        for (const p of effective) {
            const tag = p.templated ? '  (templated)' : '';
            out.push(`    ${p.name.padEnd(width)} = ${oneLine(p.value)}  [line ${p.line}]${tag}`);
        }
    }
    if (master) {
        const services = master.services;
        out.push(`  ${listing.masterIsStock ? 'stock master.cf' : scan_text_visible(master.path)}: ${services.length} service${services.length === 1 ? '' : 's'}`);
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
    out.push(`Scanned ${scan_text_visible(root)}: ${sets} config set${sets === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}.`);
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
const explain_text_yesNo = (b) => (b === null ? 'n/a' : b ? 'yes' : 'no');
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
        out.push(`    TLS: ${t.implicit ? 'implicit (wrapper mode)' : `STARTTLS advertised: ${explain_text_yesNo(t.advertised)}`}, usable: ${explain_text_yesNo(t.offered)}, required: ${explain_text_yesNo(t.required)}, level: ${t.level}`);
    }
    else {
        out.push(`    TLS: level ${t.level}, used: ${explain_text_yesNo(t.offered)}, required: ${explain_text_yesNo(t.required)}${t.implicit ? ', implicit (wrapper mode)' : ''}`);
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
            out.push(`    certificate configured: ${explain_text_yesNo(t.certificateConfigured)}, AUTH before TLS: ${explain_text_yesNo(t.authBeforeTls)}`);
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

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version; a test keeps it equal to package.json's. */
const TOOL_VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/policy/suppressions.ts
var suppressions = __nccwpck_require__(8212);
// EXTERNAL MODULE: ./src/listing.ts
var listing = __nccwpck_require__(4907);
;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * The CLI as a function of its arguments, so tests run it in-process and the binary stays a thin
 * shell around it.
 */



























const run_USAGE = `Usage:
  postfix-tls-audit scan [PATH] [--policy FILE] [--profile P] [--postfix-version V]
                         [--format text|json|sarif|markdown] [--fail-on error|warning|notice|never]
                         [--diff] [--fix] [--baseline FILE] [--list] [--include GLOB]... [--exclude GLOB]...
      Find the Postfix config sets under PATH (default: .), list their files, services and parameters, and
      judge them against a TLS policy (default: PATH/.github/postfix-tls-policy.yml if present, else the
      profile, default "baseline"). Exit 1 when a finding reaches --fail-on (default error), 2 for usage,
      policy or internal errors. --diff: only the unified diff of all verified fixes; --fix: write them. --baseline:
      suppress the findings of an earlier \`scan --format json\` (by fingerprint). Inline suppression: a
      comment line "# postfix-tls-audit: ignore RULE -- reason" right above the setting.
      --list: only the listing, no policy. Profiles: ${PROFILE_IDS.join(', ')}.
  postfix-tls-audit explain [PATH] [--format text|json] [--postfix-version V] [--include GLOB]... [--exclude GLOB]...
      For every TLS endpoint of every config set under PATH: role, listen address, whether TLS is offered,
      required or implicit, the protocol versions and ciphers a peer can negotiate, and where each value comes from.
  postfix-tls-audit postconf -c DIR [-n] [-d] [-x] [-h] [-f] [-M] [-F] [-P] [--postfix-version V] [NAME...]
      Show what Postfix's postconf would show for the config directory DIR, without Postfix installed.
${PROBE_USAGE}  postfix-tls-audit --version | --help
`;
function usageError(message) {
    return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\n${run_USAGE}`, exitCode: 2 };
}
async function scanCommand(args, cwd, streamed) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                policy: { type: 'string' },
                profile: { type: 'string' },
                'postfix-version': { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
                list: { type: 'boolean', default: false },
                diff: { type: 'boolean', default: false },
                fix: { type: 'boolean', default: false },
                baseline: { type: 'string' },
            },
        });
    }
    catch (error) {
        return usageError(error.message);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        return usageError('scan takes one PATH');
    const format = values.format;
    if (!['text', 'json', 'sarif', 'markdown'].includes(format))
        return usageError(`unknown --format "${format}" (text, json, sarif or markdown)`);
    if (values.list && (format === 'sarif' || format === 'markdown'))
        return usageError(`--list has no ${format} form (text or json)`);
    const failOn = values['fail-on'];
    if (!['error', 'warning', 'notice', 'never'].includes(failOn))
        return usageError(`unknown --fail-on "${failOn}" (error, warning, notice or never)`);
    const postfixVersion = values['postfix-version'];
    if (postfixVersion !== undefined && !(0,defaults/* isSupportedPostfixVersion */.KN)(postfixVersion)) {
        return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${defaults/* SUPPORTED_POSTFIX_VERSIONS */.nh.join(', ')}, optionally with a patch level)`);
    }
    if (values.profile !== undefined && !PROFILES.has(values.profile))
        return usageError(`unknown --profile "${values.profile}" (${PROFILE_IDS.join(', ')})`);
    const badGlob = globOptionError(values);
    if (badGlob)
        return usageError(badGlob);
    const root = external_node_path_default().resolve(cwd, positionals[0] ?? '.');
    const scanOptions = {
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
    };
    if (values.list) {
        const result = await scanRepository(root, scanOptions);
        const shown = { ...(0,listing/* listingOfScan */.L)(result), root: external_node_path_default().relative(cwd, root) || '.' };
        const stdout = values.format === 'json' ? jsonSafe(`${JSON.stringify(scanToJson(shown, TOOL_VERSION), null, 2)}\n`) : terminalSafe(formatScanText(shown));
        return { stdout, stderr: '', exitCode: 0 };
    }
    const loaded = await loadPolicy({ root, cwd, ...(values.policy !== undefined ? { file: values.policy } : {}), ...(values.profile !== undefined ? { profile: values.profile } : {}) });
    if (!loaded.ok)
        return { stdout: '', stderr: loaded.messages.map((m) => (m.includes(': policy error: ') ? `${m}\n` : `postfix-tls-audit: ${m}\n`)).join(''), exitCode: 2 };
    const policy = loaded.policy;
    let baseline;
    if (values.baseline !== undefined) {
        try {
            baseline = (0,suppressions/* baselineFingerprints */.h$)(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().resolve(cwd, values.baseline), 'utf8')));
        }
        catch (error) {
            return { stdout: '', stderr: `postfix-tls-audit: cannot read baseline ${values.baseline}: ${error.message}\n`, exitCode: 2 };
        }
        if (!baseline)
            return { stdout: '', stderr: `postfix-tls-audit: ${values.baseline} is not a baseline (scan --format json output, or a JSON array of fingerprints)\n`, exitCode: 2 };
    }
    // Only the text and Markdown reports, --diff and --fix show the combined fixes. No output needs the
    // models, so each set's are dropped once it is judged.
    const combineFixes = values.diff || values.fix || format === 'text' || format === 'markdown';
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
    if (!values.diff && !values.fix && (format === 'text' || format === 'json')) {
        // The text and JSON reports are written as the scan goes: the listing's head once the sets are found,
        // each set's listing once it is judged, the findings at the end. Only the lines the findings show
        // and the diff of the fixes are kept of the files.
        const chunks = [];
        const sink = streamed ?? ((chunk) => void chunks.push(chunk));
        // Every piece is whole lines (terminalSafe looks at line starts).
        const write = (chunk) => sink(format === 'json' ? jsonSafe(chunk) : terminalSafe(chunk));
        let sets = 0;
        const audit = await auditRepository(root, {
            ...auditOptions,
            retain: 'report',
            onDiscovered: (found) => {
                sets = found.sets.length;
                const files = found.sets.reduce((n, set) => n + set.files.length, 0);
                write(format === 'json' ? scanJsonHead(shownRoot, TOOL_VERSION) : formatScanHead(shownRoot, found.sets.length, files, found.diagnostics));
            },
            onSet: (listing, index) => write(format === 'json' ? scanJsonSet(listing, index) : formatSetText(listing)),
        });
        const { findings } = audit;
        if (format === 'json')
            writeScanJsonTail(sets, audit.listing.diagnostics, findingsToJson(findings, policy), write);
        else {
            write('\n');
            writeFindingsText(findings, policy, audit.findingLine, write);
            write(suggestedChanges(audit.fixesDiff()));
        }
        return { stdout: chunks.join(''), stderr: '', exitCode: exitOf(findings) };
    }
    const audit = await auditRepository(root, auditOptions);
    const { sources, findings } = audit;
    const exitCode = exitOf(findings);
    if (values.diff || values.fix) {
        const combined = audit.fixes();
        const diff = unifiedDiff(combined.texts, combined.edits);
        let stderr = combined.skipped.length ? `postfix-tls-audit: ${combined.skipped.length} fix(es) overlap earlier ones and were left out: ${combined.skipped.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n` : '';
        if (combined.conflicting.length)
            stderr += `postfix-tls-audit: ${combined.conflicting.length} fix(es) do not verify together with earlier ones and were left out: ${combined.conflicting.map((f) => `${f.file}:${f.line} [${f.ruleId}]`).join(', ')}\n`;
        if (values.fix) {
            const written = [];
            for (const [file, t] of (0,fix_edits/* applyEditsToFiles */.yu)(combined.texts, combined.edits)) {
                (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(root, file), (0,postfix_source/* encodeText */.wx)(t, sources.get(file)?.encoding ?? 'utf8'));
                written.push(file);
            }
            stderr += `postfix-tls-audit: applied ${combined.applied.length} fix(es) to ${written.length} file(s): ${written.join(', ')}\n`;
        }
        return { stdout: values.diff ? diff : '', stderr, exitCode };
    }
    if (format === 'sarif') {
        const uriOf = (file) => external_node_path_default().relative(cwd, external_node_path_default().join(root, file)).split((external_node_path_default()).sep).join('/');
        return { stdout: jsonSafe(`${JSON.stringify(findingsToSarif(findings, policy, { toolVersion: TOOL_VERSION, uriOf }), null, 2)}\n`), stderr: '', exitCode };
    }
    return { stdout: findingsToMarkdown(findings, policy, audit.fixesDiff().diff), stderr: '', exitCode };
}
/** The verified fixes as one diff, for the text report. */
function suggestedChanges({ diff, applied, edits }) {
    if (edits === 0)
        return '';
    return `\nSuggested changes (${applied} verified fix(es); --diff prints only this, --fix writes it):\n\n${diff}`;
}
async function explainCommand(args, cwd) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                'postfix-version': { type: 'string' },
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
        return usageError('explain takes one PATH');
    if (values.format !== 'text' && values.format !== 'json')
        return usageError(`unknown --format "${values.format}" (text or json)`);
    const postfixVersion = values['postfix-version'];
    if (postfixVersion !== undefined && !(0,defaults/* isSupportedPostfixVersion */.KN)(postfixVersion)) {
        return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${defaults/* SUPPORTED_POSTFIX_VERSIONS */.nh.join(', ')}, optionally with a patch level)`);
    }
    const badGlob = globOptionError(values);
    if (badGlob)
        return usageError(badGlob);
    const root = external_node_path_default().resolve(cwd, positionals[0] ?? '.');
    const result = await scanRepository(root, {
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
    });
    const models = result.sets.map((set) => (0,model/* buildConfigSetModel */.ET)(set, postfixVersion !== undefined ? { postfixVersion } : {}));
    const stdout = values.format === 'json'
        ? jsonSafe(`${JSON.stringify(explainToJson(models, TOOL_VERSION, result.diagnostics), null, 2)}\n`)
        : terminalSafe(formatExplainText(models, result.diagnostics));
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
    if (postfixVersion !== undefined && !(0,defaults/* isSupportedPostfixVersion */.KN)(postfixVersion)) {
        return usageError(`--postfix-version ${postfixVersion} is not supported (supported: ${defaults/* SUPPORTED_POSTFIX_VERSIONS */.nh.join(', ')}, optionally with a patch level)`);
    }
    const r = runPostconf(rest, postfixVersion ? { postfixVersion } : {});
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}
/**
 * `write`: where a scan's text or JSON report goes as it is made (the binary passes stdout); without it,
 * the report is the result's stdout.
 */
async function runCli(argv, cwd, write) {
    const [command, ...args] = argv;
    // Messages on stderr name files and values too (fixes left out, files written): the same pass as the reports.
    const safeErr = (r) => ({ ...r, stderr: terminalSafe(r.stderr) });
    switch (command) {
        case 'scan':
            return safeErr(await scanCommand(args, cwd, write));
        case 'explain':
            return safeErr(await explainCommand(args, cwd));
        case 'postconf':
            return postconfCommand(args);
        case 'probe':
            return safeErr(await runProbeCommand(args, cwd, TOOL_VERSION));
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
/** The first --include or --exclude glob over the limits of discover/glob-limits.ts, as a usage error. */
function globOptionError(values) {
    for (const option of ['include', 'exclude']) {
        for (const glob of values[option] ?? []) {
            const problem = globProblem(glob);
            if (problem)
                return `--${option} "${glob}": ${problem}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 6860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _postfix_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7900);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ removeMainCfParameter),
/* harmony export */   YK: () => (/* binding */ setMainCfParameter)
/* harmony export */ });
/* unused harmony exports editedLinesHold, familyAnchor */
/* harmony import */ var _postfix_main_cf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9188);
/* harmony import */ var _postfix_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7900);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5130);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9274);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z6: () => (/* binding */ removeServiceOption),
/* harmony export */   re: () => (/* binding */ optionText),
/* harmony export */   ry: () => (/* binding */ setServiceOption)
/* harmony export */ });
/* unused harmony exports findService, needsBracedForm, editedEntryHolds */
/* harmony import */ var _postfix_master_cf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2081);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5130);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9274);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bb: () => (/* binding */ distanceLowerBound),
  oR: () => (/* binding */ repairBoolean),
  k8: () => (/* binding */ repairCipherGrade),
  U3: () => (/* binding */ repairProtocolList),
  UZ: () => (/* binding */ repairSecurityLevel),
  z5: () => (/* binding */ uniqueClosest)
});

// UNUSED EXPORTS: CLIENT_LEVELS, SERVER_LEVELS, editDistance, floorList

// EXTERNAL MODULE: ./src/tls/protocols.ts
var protocols = __nccwpck_require__(9320);
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

/***/ 4907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listingOf),
/* harmony export */   L: () => (/* binding */ listingOfScan)
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
function listingOfScan(scan) {
    return { root: scan.root, sets: scan.sets.map(listingOf), diagnostics: scan.diagnostics };
}


/***/ }),

/***/ 2532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ buildConfigSetModel)
});

// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 5 modules
var defaults = __nccwpck_require__(6985);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __nccwpck_require__(2081);
// EXTERNAL MODULE: ./src/postfix/source.ts
var postfix_source = __nccwpck_require__(7900);
// EXTERNAL MODULE: ./src/postfix/templates.ts
var templates = __nccwpck_require__(5858);
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
var main_cf = __nccwpck_require__(9188);
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
var postfix_ciphers = __nccwpck_require__(6673);
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
var tls_protocols = __nccwpck_require__(9320);
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
    const bools = new Map();
    for (const name of boolNames) {
        if (!input.has(name))
            continue;
        const b = bool(name);
        if (b === 'fatal') {
            const v = read(name);
            return dead(v.expansionError ? `macro processing error in ${name}` : badBooleanMessage(name, v.value), name === 'smtpd_tls_wrappermode' ? false : bools.get('smtpd_tls_wrappermode') ?? false);
        }
        bools.set(name, b);
    }
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
    const bools = new Map();
    for (const name of [useTls, enforceTls, t('enforce_peername'), t('wrappermode')]) {
        if (!input.has(name))
            continue;
        const v = read(name);
        const b = parseBoolean(v.value);
        if (b === undefined) {
            report('error', 'tls/bad-boolean', `${name} = "${v.value}" is not "yes" or "no": the ${prefix} client exits at start-up and mail for this transport stays queued.`, v, `fatal: ${badBooleanMessage(name, v.value)}`);
            return dead(badBooleanMessage(name, v.value));
        }
        bools.set(name, b);
    }
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
var namespace = __nccwpck_require__(9622);
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
var model_version = __nccwpck_require__(2621);
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
        let startupFatal = mainFatalReason;
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
        const bools = new Map();
        for (const n of ['postscreen_use_tls', 'postscreen_enforce_tls', ...DEEP_TESTS]) {
            const v = read(n);
            const b = parseBoolean(v.value);
            if (b === undefined) {
                report('error', 'tls/bad-boolean', `${n} = "${v.value}" is not "yes" or "no": postscreen exits at start-up and port ${listen.port ?? s.name} does not answer.`, v, `fatal: bad boolean configuration: ${n} = ${v.value}`);
                return finish(deadTls(`bad boolean configuration: ${n} = ${v.value}`), undefined);
            }
            bools.set(n, b);
        }
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* reexport safe */ _config_set_model_js__WEBPACK_IMPORTED_MODULE_0__.E)
/* harmony export */ });
/* harmony import */ var _config_set_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2532);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9622);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2621);
/** The effective TLS model (issue 3): see config-set-model.ts. */






/***/ }),

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ ParameterNamespace),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   qP: () => (/* binding */ makeDefinition)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _postfix_expand_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8921);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ resolveTargetVersion)
/* harmony export */ });
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6985);
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

/***/ 8233:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W4: () => (/* binding */ assembleFixes),
/* harmony export */   zc: () => (/* binding */ decideFixesOfSet)
/* harmony export */ });
/* unused harmony export combineFixes */
/* harmony import */ var _fix_edits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5130);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6012);
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
 * conflicting. Usually all fixes of a set hold together: one re-analysis of the whole combination.
 * Only when it fails is the combination built up one fix at a time, each step verified.
 */
function decideFixesOfSet(list, model, policy, texts) {
    const whole = combineSet(list, texts, () => true);
    const taken = list.filter((f) => typeof whole.get(f) === 'object');
    const together = !model || taken.length < 2 || (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .combinationVerified */ .Y3)(model, policy, taken.flatMap((f) => whole.get(f).fresh), taken);
    return together ? whole : combineSet(list, texts, (edits, fixed) => (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .combinationVerified */ .Y3)(model, policy, edits, fixed));
}
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
            for (const [file, mine] of (0,_fix_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .editsByFile */ .dG)(fresh)) {
                const text = texts.get(file);
                if (text === undefined)
                    throw new _fix_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .EditError */ .F(`edit for a file that is not part of the config set: ${file}`);
                let starts = lineStarts.get(file);
                if (!starts)
                    lineStarts.set(file, (starts = (0,_fix_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStartsOf */ .xV)(text)));
                (0,_fix_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveEdits */ .Oo)(text, [...(byFile.get(file) ?? []), ...mine], starts);
            }
        }
        catch (e) {
            if (!(e instanceof _fix_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .EditError */ .F))
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


/***/ }),

/***/ 6012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y3: () => (/* binding */ combinationVerified),
  Uz: () => (/* binding */ evaluatePolicy),
  Zf: () => (/* binding */ modelOptionsFor),
  _2: () => (/* binding */ severityAtLeast),
  Tc: () => (/* binding */ sortFindings)
});

// UNUSED EXPORTS: isIgnored, rolePolicyFor, serviceKeys, serviceLocation

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/policy/locations.ts
var locations = __nccwpck_require__(5474);
// EXTERNAL MODULE: ./src/policy/rules/index.ts + 25 modules
var policy_rules = __nccwpck_require__(6039);
// EXTERNAL MODULE: ./src/postfix/main-cf.ts
var main_cf = __nccwpck_require__(9188);
// EXTERNAL MODULE: ./src/postfix/master-cf.ts
var master_cf = __nccwpck_require__(2081);
// EXTERNAL MODULE: ./src/model/config-set-model.ts + 8 modules
var config_set_model = __nccwpck_require__(2532);
// EXTERNAL MODULE: ./src/fix/edits.ts
var fix_edits = __nccwpck_require__(5130);
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
 * Outcomes of re-analyses, per model: the edits applied (and the findings they are meant to remove)
 * → whether the result verified. combineFixes asks again for what verifyFixesOf already checked.
 */
const verdicts = new WeakMap();
const verdictKey = (edits, gone) => `${edits.map(editKey).join('\n')}\n\n${[...gone].sort().join('\n')}`;
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
    const after = new Map();
    for (const f of withFix) {
        const key = f.fix.edits.map(editKey).join('\n');
        let found = after.get(key);
        if (found === undefined) {
            let captured = null;
            const r = verifyFix(model.loaded, f.fix.edits, (fixed) => {
                captured = identitiesOf(fixed, policy, policy_rules/* RULES */.y);
                return true;
            }, options, model);
            found = r.ok ? captured : null;
            after.set(key, found);
        }
        const target = identityOf(f);
        if (!found || found.has(target) || !isSubset(found, known))
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
    const gone = known?.gone ?? new Set(fixed.map(identityOf));
    let cache = verdicts.get(model);
    if (!cache)
        verdicts.set(model, (cache = new Map()));
    const key = verdictKey(edits, gone);
    const cached = cache.get(key);
    if (cached !== undefined)
        return cached;
    const before = known?.before ?? evaluateModel(model, policy, policy_rules/* RULES */.y);
    const seen = new Set(before.map(identityOf));
    const options = known?.options ?? { ...modelOptionsFor(policy), postfixVersion: model.postfixVersion.version };
    const r = verifyFix(model.loaded, [...edits], (after) => {
        const found = identitiesOf(after, policy, policy_rules/* RULES */.y);
        return isSubset(found, seen) && ![...gone].some((id) => found.has(id));
    }, options, model);
    cache.set(key, r.ok);
    return r.ok;
}
/** Report order: config set, file, position, rule (a stable sort: ties keep their order). */
function sortFindings(findings) {
    return findings.sort((a, b) => a.configSet.localeCompare(b.configSet) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ serviceLocation),
/* harmony export */   fg: () => (/* binding */ stockMasterNote)
/* harmony export */ });
/* unused harmony export fromStockMaster */
/* harmony import */ var _postfix_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7900);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6985);
/* harmony import */ var _tls_protocols_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9320);
/* harmony import */ var _fix_main_cf_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8870);
/* harmony import */ var _fix_master_cf_edits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4943);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5474);





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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/policy/locations.ts
var locations = __nccwpck_require__(5474);
// EXTERNAL MODULE: ./src/policy/rules/helpers.ts
var helpers = __nccwpck_require__(8071);
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
var edits = __nccwpck_require__(5130);
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
 * neutralised by the model before rules run, so what reaches this rule is really refused.
 */
const configRefused = (0,helpers/* diagnosticRule */.iG)({
    id: 'config-refused',
    title: 'Postfix refuses the whole file (nothing starts)',
    defaultSeverity: 'error',
    rationale: 'A main.cf line without "=" (or with nothing before it) and a master.cf entry with too few or invalid fields are fatal errors for postconf, master and every daemon: mail stops entirely, and `postfix check` is the first to die. Every other verdict about this set assumes a config Postfix would load.',
    references: ['reference postfix-semantics §1.2 (dict_load_fp, src/util/dict.c)', 'reference postfix-semantics §2.1 (pcf_check_master_entry)'],
}, ['main-cf/missing-equals', 'main-cf/missing-name', 'master-cf/bad-field-count', 'master-cf/invalid-field'], {
    // A template line that only breaks before rendering is the templated-value rule's business.
    filter: (d, ctx) => !ctx.model.neutralizedLines.some((n) => n.path === d.path && d.span !== undefined && n.lines.includes(d.span.start.line)),
});

// EXTERNAL MODULE: ./src/postfix/defaults/index.ts + 5 modules
var postfix_defaults = __nccwpck_require__(6985);
// EXTERNAL MODULE: ./src/fix/main-cf-edits.ts
var main_cf_edits = __nccwpck_require__(8870);
// EXTERNAL MODULE: ./src/fix/master-cf-edits.ts
var master_cf_edits = __nccwpck_require__(4943);
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
var protocols = __nccwpck_require__(9320);
;// CONCATENATED MODULE: ./src/policy/rules/include-list-drops-tls13.ts


const includeListDropsTls13 = (0,helpers/* diagnosticRule */.iG)({
    id: 'include-list-drops-tls13',
    title: 'An include list of protocols disables TLS 1.3',
    defaultSeverity: 'warning',
    rationale: 'A protocol list that names versions ("TLSv1.2", or "!SSLv3, TLSv1.2") enables only the named ones: TLS 1.3 and every future version are off. Use ">=TLSv1.2" (Postfix 3.6+) or exclusions only.',
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
var value_repair = __nccwpck_require__(9352);
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
var postfix_ciphers = __nccwpck_require__(6673);
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
var unknown_parameter = __nccwpck_require__(974);
// EXTERNAL MODULE: ./src/tls/ciphers/index.ts
var ciphers = __nccwpck_require__(4810);
// EXTERNAL MODULE: ./src/tls/ciphers/classify.ts
var classify = __nccwpck_require__(7278);
// EXTERNAL MODULE: ./src/tls/ciphers/evaluate.ts + 2 modules
var evaluate = __nccwpck_require__(3689);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   Yl: () => (/* binding */ unknownParameter)
/* harmony export */ });
/* unused harmony exports MAX_GUESSED_NAMES, levenshtein */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6985);
/* harmony import */ var _postfix_param_universe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(502);
/* harmony import */ var _fix_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5130);
/* harmony import */ var _fix_value_repair_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9352);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8071);





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

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ UNUSED_SUPPRESSION),
/* harmony export */   h$: () => (/* binding */ baselineFingerprints),
/* harmony export */   px: () => (/* binding */ applySuppressions)
/* harmony export */ });
/* unused harmony exports SUPPRESSION_MARKER, suppressionsIn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2742);
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
    const sources = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sourcesOf */ .u)(models);
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
/** Fingerprints from a baseline file: `scan --format json` output, or a JSON array of fingerprints. */
function baselineFingerprints(json) {
    const list = Array.isArray(json) ? json : json?.findings;
    if (!Array.isArray(list))
        return undefined;
    const out = new Set();
    for (const x of list) {
        if (typeof x === 'string')
            out.add(x);
        else if (x && typeof x.fingerprint === 'string')
            out.add(x.fingerprint);
    }
    return out;
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ loadConfigSet)
/* harmony export */ });
/* harmony import */ var _discover_stock_master_cf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6860);
/* harmony import */ var _main_cf_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9188);
/* harmony import */ var _master_cf_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2081);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5858);





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

/***/ 6985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ro: () => (/* reexport */ DEFAULTS_DELTAS),
  FH: () => (/* reexport */ DEFAULT_POSTFIX_VERSION),
  nh: () => (/* reexport */ SUPPORTED_POSTFIX_VERSIONS),
  sk: () => (/* binding */ builtinDefaults),
  Zy: () => (/* reexport */ compareVersions),
  $W: () => (/* reexport */ computeHostDerivedDefaults),
  KN: () => (/* reexport */ isSupportedPostfixVersion),
  ot: () => (/* reexport */ parseVersion),
  $Z: () => (/* reexport */ serviceParameterDefaults),
  qn: () => (/* reexport */ subnetStyleNetworks),
  Vh: () => (/* reexport */ supportedMinorOf)
});

// UNUSED EXPORTS: HOST_DERIVED_PARAMETERS, POSTFIX_3_7_VERSION, parameterExistsIn

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
var external_node_os_ = __nccwpck_require__(8161);
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


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eY: () => (/* binding */ macExpand),
/* harmony export */   eb: () => (/* binding */ expandValue),
/* harmony export */   w1: () => (/* binding */ scanMacroNames)
/* harmony export */ });
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
 * Our own bound, not Postfix's: 40 parameters each referring twice to the next stay under the nesting limit
 * yet expand to 2^40 characters (Postfix runs out of memory). Real configurations use a few kilobytes.
 */
const WORK_LIMIT = 16 * 1024 * 1024;
/** mac_parse(): split into literal text and macro references, calling back for each. */
function macParse(ctx, value, action) {
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
function runExpand(pattern, lookup, opts, budget = { left: WORK_LIMIT }) {
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


/***/ }),

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ spanInLine),
/* harmony export */   X6: () => (/* binding */ readLogicalLines),
/* harmony export */   kD: () => (/* binding */ leadingWhitespaceWarning)
/* harmony export */ });
/* unused harmony exports sourceOffsetOf, printItems */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7900);
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
            items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset);
        slot = items.length;
        items.push(null); // filled when the line is complete
        pieces = [{ textStart: 0, sourceStart: start, length: end - start }];
        firstLine = i + 1;
        lastLine = i + 1;
        endOffset = end;
    }
    if (slot !== -1)
        items[slot] = logicalLine(text, pieces, firstLine, lastLine, endOffset);
    return items;
}
function logicalLine(text, pieces, firstLine, lastLine, endOffset) {
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
    return {
        kind: 'logical',
        text: joined,
        firstLine,
        lastLine,
        startOffset: head.sourceStart,
        endOffset,
        pieces,
        startsWithWhitespace: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isPostfixSpaceCode */ .Pt)(text.charCodeAt(head.sourceStart)),
    };
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ splitNameValue),
/* harmony export */   g: () => (/* binding */ parseMainCf)
/* harmony export */ });
/* harmony import */ var _logical_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8800);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5858);



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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ parseMasterCf),
/* harmony export */   PO: () => (/* binding */ activeServices),
/* harmony export */   Xz: () => (/* binding */ printableAsPostfix),
/* harmony export */   ZN: () => (/* binding */ MASTER_FIELD_NAMES),
/* harmony export */   bF: () => (/* binding */ splitNameValue)
/* harmony export */ });
/* unused harmony exports splitQuoted, extractBraces, normalizeDaemonArgs, checkMasterFields, endpointKey, isServiceDisabled */
/* harmony import */ var _logical_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8800);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7900);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5858);



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

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ LEGACY_PARAMETERS),
/* harmony export */   FH: () => (/* binding */ unusedParameterWarnings),
/* harmony export */   Xn: () => (/* binding */ buildParameterUniverse),
/* harmony export */   ZN: () => (/* binding */ masterScopeFromArgv),
/* harmony export */   b3: () => (/* binding */ unusedMasterParameterWarnings),
/* harmony export */   uh: () => (/* binding */ RAW_PARAMETERS)
/* harmony export */ });
/* unused harmony exports READONLY_PARAMETERS, DBMS_SUFFIXES, splitOptionNameValue */
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8921);
/* harmony import */ var _defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6985);
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
        for (const [name, value] of (0,_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceParameterDefaults */ .$Z)(m.serviceName, m.command, builtin)) {
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
        const r = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .scanMacroNames */ .w1)(value);
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
            const evaluated = (0,_expand_js__WEBPACK_IMPORTED_MODULE_1__/* .macExpand */ .eY)(classes, lookup, { recurse: true }).value;
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


/***/ }),

/***/ 7900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ positionOnLines),
/* harmony export */   KG: () => (/* binding */ isPostfixSpace),
/* harmony export */   Pt: () => (/* binding */ isPostfixSpaceCode),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   mt: () => (/* binding */ makeSource),
/* harmony export */   t$: () => (/* binding */ positionAt),
/* harmony export */   wx: () => (/* binding */ encodeText),
/* harmony export */   yj: () => (/* binding */ decodeBytes)
/* harmony export */ });
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
/**
 * A source from bytes (decoded as decodeBytes does), or from text already decoded: `textEncoding`
 * then says how that text was decoded (default utf8). Every SourceText is made here, so that all
 * have one shape (V8 optimizes the parsers for it; a copy made with `{ ...source }` has another).
 */
function makeSource(path, bytesOrText, textEncoding = 'utf8') {
    let text;
    let encoding;
    if (typeof bytesOrText === 'string') {
        text = bytesOrText;
        encoding = textEncoding;
    }
    else
        ({ text, encoding } = decodeBytes(bytesOrText));
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return { path, text, encoding, lineStarts };
}
/** Position of a character offset (binary search over line starts). */
function positionAt(source, offset) {
    return positionOnLines(source, offset, 1, source.lineStarts.length);
}
/** Position of a character offset known to be on one of the physical lines firstLine..lastLine (1-based). */
function positionOnLines(source, offset, firstLine, lastLine) {
    const starts = source.lineStarts;
    let lo = firstLine - 1;
    let hi = lastLine - 1;
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
/** isPostfixSpace() of a char code (NaN, past the end of a string, is no space). */
function isPostfixSpaceCode(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d); // " ", "\t" "\n" "\v" "\f" "\r"
}


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ placeholdersOfSource),
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   Kb: () => (/* binding */ templateLanguageFromName),
/* harmony export */   QO: () => (/* binding */ seedPlaceholders),
/* harmony export */   oc: () => (/* binding */ overlapsPlaceholder),
/* harmony export */   yi: () => (/* binding */ languageOfPlaceholders)
/* harmony export */ });
/* unused harmony exports TEMPLATE_EXTENSIONS, templateLanguageOfText, commentLineTest */
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
const LANGUAGE_OF_EXTENSION = new Map(EXTENSION_LANGUAGES);
const LONGEST_EXTENSION = Math.max(...EXTENSION_LANGUAGES.map(([ext]) => ext.length));
/** Template extensions recognised on file names (with the leading dot). */
const TEMPLATE_EXTENSIONS = EXTENSION_LANGUAGES.map(([ext]) => ext);
/**
 * The template language a file name announces: a language, 'unknown' for a generic template extension
 * (.tmpl, .tpl, .template, .in), or undefined when the name is not a template name at all.
 */
function templateLanguageFromName(fileName) {
    // Each extension has one dot, so only the part from the last dot can be one (discovery asks for every
    // file name of a repository: a lookup, not a loop over the extensions). The dot must be in the base
    // name, and not its first character.
    const dot = fileName.lastIndexOf('.');
    if (dot === -1 || fileName.length - dot > LONGEST_EXTENSION)
        return undefined;
    const baseStart = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1;
    return dot > baseStart ? LANGUAGE_OF_EXTENSION.get(fileName.slice(dot).toLowerCase()) : undefined;
}
/**
 * The language of a file's content: the language of most placeholders (ties go to the earliest one),
 * or undefined when the text has none.
 */
function templateLanguageOfText(text, options = {}) {
    return languageOfPlaceholders(findPlaceholders(text, options));
}
/** The language of most of these placeholders (ties go to the earliest one), or undefined for none. */
function languageOfPlaceholders(found) {
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
/**
 * Placeholders of a source text, found once per SourceText: discovery already looked for them (to tell
 * a template from its content) and hands them over with seedPlaceholders; the template-tolerant model
 * asks again for the text it parsed. Detection that throws (it should not) counts as no placeholders.
 */
const placeholdersBySource = new WeakMap();
function placeholdersOfSource(source) {
    let found = placeholdersBySource.get(source);
    if (!found) {
        try {
            found = findPlaceholders(source.text);
        }
        catch {
            found = [];
        }
        placeholdersBySource.set(source, found);
    }
    return found;
}
/** Record placeholders already found in exactly `source.text` (without a language hint). */
function seedPlaceholders(source, found) {
    placeholdersBySource.set(source, found);
}
/** Template placeholders in a config text; Postfix's own inline:{{ ... }} / cidr:{ ... } syntax is NOT a placeholder. */
function findPlaceholders(text, options = {}) {
    const found = new PlaceholderSet();
    const add = (start, end, language) => found.add(start, end, language);
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
function overlapsPlaceholder(sorted, start, end) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
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
    accepted = [];
    /** Accepted since the last merge, in the order they came (one finder emits increasing offsets). */
    pending = [];
    add(start, end, language) {
        if (end <= start)
            return;
        const last = this.pending[this.pending.length - 1];
        if (last !== undefined && start < last.start)
            this.merge();
        const tail = this.pending[this.pending.length - 1];
        if (tail !== undefined && start < tail.end)
            return; // pending ones are disjoint and sorted: only the last can overlap
        if (this.overlapsAccepted(start, end))
            return;
        this.pending.push({ start, end, language });
    }
    sorted() {
        this.merge();
        return this.accepted;
    }
    overlapsAccepted(start, end) {
        // First accepted placeholder that ends after `start`; it overlaps when it also starts before `end`.
        const a = this.accepted;
        let lo = 0;
        let hi = a.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (a[mid].end <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        const hit = a[lo];
        return hit !== undefined && hit.start < end;
    }
    merge() {
        if (this.pending.length === 0)
            return;
        const a = this.accepted;
        const b = this.pending;
        const out = [];
        let i = 0;
        let j = 0;
        while (i < a.length || j < b.length) {
            const x = a[i];
            const y = b[j];
            if (y === undefined || (x !== undefined && (x.start < y.start || (x.start === y.start && x.end <= y.end)))) {
                out.push(x);
                i++;
            }
            else {
                out.push(y);
                j++;
            }
        }
        this.accepted = out;
        this.pending = [];
    }
}
/** UCR: `@%@variable@%@` on one line, `@!@ python @!@` blocks across lines (an open block runs to the end). */
function findUnivention(text, add) {
    for (let i = text.indexOf('@!@'); i !== -1;) {
        const close = text.indexOf('@!@', i + 3);
        const end = close === -1 ? text.length : close + 3;
        add(i, end, 'univention');
        i = close === -1 ? -1 : text.indexOf('@!@', end);
    }
    if (!text.includes('@%@'))
        return; // each whole-text regex below runs only where its literal part occurs
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
    const before = text.charCodeAt(at - 1);
    if ((before === 0x3f /* ? */ || before === 0x3a /* : */) && /\$\{[A-Za-z0-9_]+[?:]$/.test(text.slice(Math.max(0, at - 128), at)))
        return true;
    if (before !== 0x3a /* : */)
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
        const first = close.charCodeAt(0);
        let quote = -1; // the char code of the open quote
        for (let j = from; j < text.length; j++) {
            const c = text.charCodeAt(j);
            if (quote !== -1) {
                // A string literal of these languages does not span lines; an apostrophe in prose is no quote.
                if (c === 0x5c /* \\ */)
                    j++;
                else if (c === quote || c === 0x0a /* \n */)
                    quote = -1;
            }
            else if (c === 0x22 /* " */ || c === 0x27 /* ' */)
                quote = c;
            else if (c === first && text.startsWith(close, j))
                return j + close.length;
        }
    }
    const plain = text.indexOf(close, from);
    return plain === -1 ? -1 : plain + close.length;
}
/** `<%= %>`, `<% %>`, `<%- -%>`, `<%# %>` (ERB, EPP, Mojolicious); `<%%` is a literal `<%`. */
function findPercentTags(text, hint, add) {
    let mojoLines; // a whole-text regex: only run when there is a tag at all
    for (let i = text.indexOf('<%'); i !== -1; i = text.indexOf('<%', i + 2)) {
        mojoLines ??= /^[ \t]*%(?:==?|#)?[ \t]/m.test(text);
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
    if (!text.includes('%%'))
        return;
    for (const m of text.matchAll(/%%[A-Za-z][^%\n]*%%/g))
        add(m.index, m.index + m[0].length, 'percent-var');
}
/**
 * Mojolicious line code: a line whose first non-blank character is `%` followed by a blank, `=`, `==` or `#`.
 * No Postfix line starts so (a parameter name never begins with "%", a service name neither).
 */
function findMojoliciousLines(text, add) {
    if (!text.includes('%'))
        return; // the multi-line regex below is slow on large texts
    for (const m of text.matchAll(/^[ \t]*%(?:==?|#)?(?:[ \t][^\n]*)?$/gm)) {
        if (/^[ \t]*%%/.test(m[0]))
            continue;
        add(m.index, m.index + m[0].length, 'mojolicious');
    }
}
/** `${NAME}`, `${NAME:-default}`, `$NAME` with an all-capitals name; `$$` is Postfix's literal dollar. */
function findEnvsubst(text, add) {
    for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next === 0x24 /* $ */) {
            i++;
            continue;
        }
        // Both forms need a capital letter first (directly or after "{"): most "$name" stop here.
        if (!isCapital(next === 0x7b /* { */ ? text.charCodeAt(i + 2) : next))
            continue;
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
function isCapital(c) {
    return c >= 0x41 && c <= 0x5a;
}
const AT_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@(?![\w.@%!-])/y;
/** [\w.@%!-]: a character that joins an `@name@` to the text around it (an e-mail address, `%d@x`). */
function isSedNeighbour(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x40 || c === 0x25 || c === 0x21 || c === 0x2d;
}
/**
 * Values that an install script replaces with sed: iRedMail's `PH_NAME`, autoconf-style `@name@`,
 * and `__NAME__`. None of these is valid Postfix syntax for a real value.
 */
function findSedPlaceholders(text, add) {
    if (text.includes('PH_')) {
        for (const m of text.matchAll(/(?<![A-Za-z0-9_])PH_[A-Z0-9_]+/g))
            add(m.index, m.index + m[0].length, 'sed-placeholder');
    }
    // `@name@` not preceded by [\w.@%!-]: tried at each "@" (a regex that starts with the lookbehind
    // tries every position of the text, ~4x slower on main.cf files full of comments).
    for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
        if (i > 0 && isSedNeighbour(text.charCodeAt(i - 1)))
            continue;
        AT_PLACEHOLDER.lastIndex = i;
        const m = AT_PLACEHOLDER.exec(text);
        if (m === null)
            continue;
        add(i, i + m[0].length, 'sed-placeholder');
        i += m[0].length - 1;
    }
    if (!text.includes('__'))
        return;
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
function commentLineTest(text) {
    let lineStart = -1;
    let lineEnd = -1;
    let commentStart = -1;
    return (offset) => {
        if (offset < lineStart || offset >= lineEnd) {
            lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            lineEnd = text.indexOf('\n', offset);
            if (lineEnd === -1)
                lineEnd = text.length;
            const comment = /^[ \t\r\v\f]*#/m.exec(text.slice(lineStart, lineEnd));
            commentStart = comment === null ? -1 : lineStart + comment.index;
        }
        return commentStart !== -1 && offset >= commentStart && offset < lineEnd;
    };
}


/***/ }),

/***/ 3214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ DISABLED_DEFAULT_PROVIDER),
/* harmony export */   Mh: () => (/* binding */ OPENSSL_DEFAULT_CIPHER_LIST),
/* harmony export */   OI: () => (/* binding */ DISABLED_WITH_LEGACY_PROVIDER),
/* harmony export */   PX: () => (/* binding */ CIPHER_ALIASES),
/* harmony export */   uo: () => (/* binding */ OPENSSL_DEFAULT_TLS13_CIPHERSUITES)
/* harmony export */ });
/* harmony import */ var _masks_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3295);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ cipherNames),
  i: () => (/* binding */ evaluateCipherString)
});

// EXTERNAL MODULE: ./src/tls/ciphers/aliases.ts
var ciphers_aliases = __nccwpck_require__(3214);
// EXTERNAL MODULE: ./src/tls/ciphers/masks.ts
var masks = __nccwpck_require__(3295);
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
var table = __nccwpck_require__(9662);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.IA),
/* harmony export */   eD: () => (/* reexport safe */ _table_js__WEBPACK_IMPORTED_MODULE_0__.eD)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9662);
/* harmony import */ var _aliases_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3214);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3689);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7278);
/** The OpenSSL 3.0 cipher engine: table, cipher-string evaluation, classification. */






/***/ }),

/***/ 3295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ postfixCipherSuites)
/* harmony export */ });
/* unused harmony export exclusionTokens */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6985);
/* harmony import */ var _ciphers_classify_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7278);
/* harmony import */ var _ciphers_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3689);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ TLS_PROTOCOLS),
/* harmony export */   I: () => (/* binding */ evaluateProtocolList)
/* harmony export */ });
/* unused harmony export protocolOfWireVersion */
/* harmony import */ var _postfix_defaults_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6985);
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
