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

function stripControls(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

/** Longest run of `ch` in `text`. */
function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    if (c === ch) {
      run += 1;
      if (run > best) best = run;
    } else run = 0;
  }
  return best;
}

/**
 * Text shown as plain prose on one line: Markdown punctuation backslash-escaped, HTML as entities,
 * mentions and references broken by a zero-width joiner, line breaks folded to spaces.
 */
export function inlineText(text: string): string {
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
export function codeSpan(text: string): string {
  const one = stripControls(text).replace(/\r\n?|\n/g, ' ');
  if (one === '') return '` `';
  const ticks = '`'.repeat(longestRun(one, '`') + 1);
  // A leading/trailing backtick or space would merge with the delimiter or be stripped.
  const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') || one.endsWith(' ') ? ' ' : '';
  return `${ticks}${pad}${one}${pad}${ticks}`;
}

/** A fence for `text`: at least three backticks and longer than any backtick run inside. */
export function fenceFor(text: string): string {
  return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}

/** A fenced code block (```lang … ```) whose content cannot close it. */
export function fencedBlock(text: string, info = ''): string {
  const body = stripControls(text).replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const fence = fenceFor(body);
  return `${fence}${info}\n${body}\n${fence}`;
}

/** A value for an HTML attribute or a hidden-comment field: percent-encoded, so "-->" or quotes cannot appear. */
export function markerValue(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*~-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A link whose URL we built ourselves from trusted parts; the label is escaped, the URL percent-safe. */
export function link(label: string, url: string): string {
  const safeUrl = url.replace(/[\s()<>"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
  return `[${label}](${safeUrl})`;
}

/** Percent-encode each segment of a repository-relative path for a blob URL. */
export function pathForUrl(file: string): string {
  return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}

/** Text inside an HTML element we write (e.g. <summary>): entities, and mentions/refs broken. */
export function htmlText(text: string): string {
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
