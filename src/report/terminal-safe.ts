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

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Leading white space as .NET's String.TrimStart removes it (char.IsWhiteSpace), CR/LF aside. */
const LEADING_COMMAND = /^([\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/gm;

/** The characters terminalSafe escapes, and whether a line starts a workflow command: for a fast "no". */
const ESCAPED_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const STARTS_COMMAND = /^[\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*::/m;

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, '0');

/** Human-readable report text: no control or bidi character, no line the runner reads as a command. */
export function terminalSafe(text: string): string {
  // Nearly every report needs none of it: the passes below would each copy the text for nothing.
  if (!ESCAPED_CHARACTER.test(text) && !text.includes('##[') && !(text.includes('::') && STARTS_COMMAND.test(text))) return text;
  return text
    .replace(CONTROL, (c) => `\\x${hex(c, 2)}`)
    .replace(BIDI, (c) => `\\u${hex(c, 4)}`)
    .replace(/##\[/g, '#\\x23[')
    .replace(LEADING_COMMAND, '$1\\x3a');
}

/**
 * JSON text with the same guarantees and the same data: these characters can only occur inside
 * JSON strings, where "\u0023" is "#" and "\u009b" is U+009B. (JSON.stringify already escapes C0
 * controls; its output never starts a line with "::".)
 */
const JSON_ESCAPED_CHARACTER = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function jsonSafe(json: string): string {
  if (!JSON_ESCAPED_CHARACTER.test(json) && !json.includes('##[')) return json;
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${hex(c, 4)}`).replace(BIDI, (c) => `\\u${hex(c, 4)}`).replace(/##\[/g, '#\\u0023[');
}
