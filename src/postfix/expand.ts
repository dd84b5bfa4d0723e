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

export type LookupMode = 'use' | 'test';
/** Returns the raw value of a parameter, or undefined when it is not defined. */
export type MacroLookup = (name: string, mode: LookupMode) => string | undefined;

export interface MacExpandOptions {
  /** Expand `$name` inside looked-up values (MAC_EXP_FLAG_RECURSE). */
  recurse?: boolean;
  /** Only visit names, including both branches of conditionals (MAC_EXP_FLAG_SCAN). */
  scan?: boolean;
}

export interface MacExpandOutcome {
  value: string;
  /** Postfix's warnings in order, without the "postconf: warning: " prefix. */
  warnings: string[];
  /** MAC_PARSE_ERROR: a syntax error or runaway recursion (postconf: "macro processing error"). */
  error: boolean;
  /** Names that were expanded unconditionally but are not defined (MAC_PARSE_UNDEF). */
  undefinedNames: string[];
}

const NESTING_LIMIT = 100;

function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Length of the run of " \t\r\n" at `from` (the blanks mac_expand() skips around names and operators). */
function spanOfWhitespace(s: string, from: number): number {
  let i = from;
  for (;;) {
    const c = s.charCodeAt(i); // NaN past the end
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return i - from;
    i++;
  }
}

function allDigits(s: string): boolean {
  return s.length > 0 && /^[0-9]+$/.test(s);
}

/** compat_level_from_string(): "major[.minor[.patch]]", all decimal. */
function parseCompatLevel(s: string): number[] | undefined {
  if (!/^[0-9]+(\.[0-9]+){0,2}$/.test(s)) return undefined;
  const parts = s.split('.').map((p) => Number(p));
  while (parts.length < 3) parts.push(0);
  return parts;
}

type Token = { kind: 'literal' | 'name'; text: string };

interface Ctx {
  opts: MacExpandOptions;
  lookup: MacroLookup;
  out: string[];
  warnings: string[];
  undefinedNames: string[];
  error: boolean;
  level: number;
  /** Characters of macro text still allowed to be processed, shared with operand sub-expansions. */
  budget: Budget;
}

/** Work left, shared by a value's expansion and its operand sub-expansions. */
interface Budget {
  left: number;
  /** Macro callbacks in progress across a value's operand sub-expansions (each restarts Postfix's count). */
  depth: number;
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
function macParse(ctx: Ctx, value: string, action: (t: Token) => void): void {
  let failed = false; // this call's MAC_PARSE_ERROR, from the callbacks' results
  const act = (t: Token): void => {
    action(t);
    if (ctx.error) failed = true;
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
        if (value[j] === open) level++;
        if (value[j] === close) level--;
      }
      if (failed) return;
      buf = value.slice(i + 1, j - 1);
      i = j;
    } else {
      let j = i;
      while (j < value.length && (isAlnum(value[j]) || value[j] === '_')) j++;
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
  if (buf.length > 0 && !failed) act({ kind: 'literal', text: buf });
}

function fail(ctx: Ctx, message: string): void {
  ctx.warnings.push(message);
  ctx.error = true;
}

/** Extract a balanced {payload} starting at s[pos] === '{'; returns payload and the index after trailing space. */
function curlyPayload(ctx: Ctx, s: string, pos: number): { payload: string; next: number } | undefined {
  let level = 1;
  let j = pos + 1;
  for (; ; j++) {
    if (j >= s.length) {
      fail(ctx, `unbalanced {} in attribute expression: "${s.slice(pos)}"`);
      return undefined;
    }
    if (s[j] === '{') level++;
    else if (s[j] === '}' && --level <= 0) break;
  }
  const payload = s.slice(pos + 1, j);
  const after = j + 1;
  return { payload, next: after + spanOfWhitespace(s, after) };
}

function findLeftCurly(s: string, pos: number): number | undefined {
  const p = pos + spanOfWhitespace(s, pos);
  return s[p] === '{' ? p : undefined;
}

function subExpand(ctx: Ctx, pattern: string): string {
  if (ctx.budget.depth >= TOTAL_DEPTH_LIMIT) {
    if (ctx.error) return '';
    fail(ctx, `unreasonable macro call nesting in a comparison operand: "${pattern}" (real Postfix crashes here)`);
    return '';
  }
  const sub = runExpand(pattern, ctx.lookup, ctx.opts, ctx.budget);
  ctx.warnings.push(...sub.warnings);
  ctx.undefinedNames.push(...sub.undefinedNames);
  if (sub.error) ctx.error = true;
  return sub.value;
}

const OPERATORS = ['==', '!=', '<', '<=', '>=', '>'];
const OPERATOR_CHARS = '<>!=?+-*/~&|%';

/** Relational expression; returns the fake lookup value ("true"/"") or undefined after an error. */
function parseRelational(ctx: Ctx, s: string, pos: number): { value: string | undefined; next: number } | undefined {
  const left = curlyPayload(ctx, s, pos);
  if (!left) return undefined;
  let cp = left.next;
  const opPos = cp;
  let opLen = 0;
  while (cp + opLen < s.length && OPERATOR_CHARS.includes(s[cp + opLen] as string)) opLen++;
  const op = s.slice(cp, cp + opLen);
  if (!OPERATORS.includes(op)) {
    fail(
      ctx,
      `"==" or "!="" or "<"" or "<="" or ">="" or ">" expected at: "...${left.payload}}>>>${s.slice(cp, cp + 20)}"`,
    );
    return undefined;
  }
  cp += opLen;
  let suffix = '';
  if (isAlnum(s[cp])) {
    let n = 1;
    while (isAlnum(s[cp + n])) n++;
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
  if (!right) return undefined;
  const l = subExpand(ctx, left.payload);
  const r = subExpand(ctx, right.payload);
  let result: boolean | undefined;
  if (!ctx.opts.scan) {
    let delta: number;
    if (suffix === 'level') {
      const a = parseCompatLevel(l);
      const b = parseCompatLevel(r);
      if (!a || !b) {
        for (const bad of [a ? undefined : l, b ? undefined : r]) {
          if (bad !== undefined) ctx.warnings.push(`${bad}: bad compatibility level syntax`);
        }
        ctx.error = true;
        return undefined;
      }
      delta = (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number);
    } else if (allDigits(l) && allDigits(r)) {
      delta = Number(BigInt(l) - BigInt(r) > 0n ? 1 : BigInt(l) === BigInt(r) ? 0 : -1);
    } else {
      delta = Buffer.compare(Buffer.from(l, 'latin1'), Buffer.from(r, 'latin1'));
    }
    switch (op) {
      case '==': result = delta === 0; break;
      case '!=': result = delta !== 0; break;
      case '<': result = delta < 0; break;
      case '<=': result = delta <= 0; break;
      case '>=': result = delta >= 0; break;
      default: result = delta > 0;
    }
  }
  if (ctx.error) return undefined;
  return { value: ctx.opts.scan ? undefined : result ? 'true' : '', next: right.next };
}

function callback(ctx: Ctx, token: Token): void {
  ctx.budget.depth++;
  try {
    expandToken(ctx, token);
  } finally {
    ctx.budget.depth--;
  }
}

function expandToken(ctx: Ctx, token: Token): void {
  if (ctx.level++ > NESTING_LIMIT) fail(ctx, `unreasonable macro call nesting: "${token.text}"`);
  if (ctx.error) return;
  ctx.budget.left -= token.text.length + 1;
  if (ctx.budget.left < 0) {
    fail(ctx, `unreasonable macro expansion size: stopped after ${WORK_LIMIT} characters`);
    return;
  }

  if (token.kind === 'literal') {
    if (!ctx.opts.scan) ctx.out.push(token.text);
    ctx.level--;
    return;
  }

  const s = token.text;
  let cp: number;
  let lookup: string | undefined;
  let ch: string | undefined;
  const curly = findLeftCurly(s, 0);
  if (curly !== undefined) {
    const rel = parseRelational(ctx, s, curly);
    if (!rel) return;
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
  } else {
    const start = spanOfWhitespace(s, 0);
    cp = start;
    let mode: LookupMode;
    let nameEnd: number;
    for (; ; cp++) {
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
        let ifTrue: string;
        const p = findLeftCurly(s, rest);
        if (p !== undefined) {
          const pl = curlyPayload(ctx, s, p);
          if (!pl) return;
          ifTrue = pl.payload;
          rest = pl.next;
        } else {
          ifTrue = s.slice(rest);
          rest = s.length;
        }
        if ((lookup !== undefined && lookup !== '') || ctx.opts.scan) macParse(ctx, ifTrue, (t) => callback(ctx, t));
        if (rest >= s.length) break;
        if (s[rest] !== ':') {
          fail(ctx, `":" expected at: "...${ifTrue}}>>>${s.slice(rest, rest + 20)}"`);
          return;
        }
        rest += 1;
      }
      let ifFalse: string;
      const p = findLeftCurly(s, rest);
      if (p !== undefined) {
        const pl = curlyPayload(ctx, s, p);
        if (!pl) return;
        ifFalse = pl.payload;
        rest = pl.next;
      } else {
        ifFalse = s.slice(rest);
        rest = s.length;
      }
      if (lookup === undefined || lookup === '' || ctx.opts.scan) macParse(ctx, ifFalse, (t) => callback(ctx, t));
      if (rest < s.length) {
        fail(ctx, `unexpected input at: "...${ifFalse}}>>>${s.slice(rest, rest + 20)}"`);
        return;
      }
      break;
    }
    default:
      if (lookup === undefined) {
        ctx.undefinedNames.push(s.trim());
      } else if (lookup === '' || ctx.opts.scan) {
        /* nothing */
      } else if (ctx.opts.recurse) {
        macParse(ctx, lookup, (t) => callback(ctx, t));
      } else {
        ctx.out.push(lookup);
      }
  }
  ctx.level--;
}

function runExpand(pattern: string, lookup: MacroLookup, opts: MacExpandOptions, budget: Budget = { left: WORK_LIMIT, depth: 0 }): MacExpandOutcome {
  const ctx: Ctx = { opts, lookup, out: [], warnings: [], undefinedNames: [], error: false, level: 0, budget };
  macParse(ctx, pattern, (t) => callback(ctx, t));
  return { value: ctx.out.join(''), warnings: ctx.warnings, error: ctx.error, undefinedNames: ctx.undefinedNames };
}

/** mac_expand() with Postfix's exact warnings. Never throws, never loops forever. */
export function macExpand(pattern: string, lookup: MacroLookup, opts: MacExpandOptions = { recurse: true }): MacExpandOutcome {
  return runExpand(pattern, lookup, opts);
}

/** Every `$name` a value refers to, in both branches of conditionals (MAC_EXP_FLAG_SCAN). */
export function scanMacroNames(pattern: string): { names: string[]; warnings: string[]; error: boolean } {
  const names: string[] = [];
  const r = runExpand(
    pattern,
    (name) => {
      names.push(name);
      return undefined;
    },
    { scan: true },
  );
  return { names, warnings: r.warnings, error: r.error };
}

export interface ExpandResult {
  value: string;
  undefinedNames: string[];
  /** A templated value was involved (the raw text or a referenced name is a template placeholder). */
  unknown: boolean;
  /** Postfix would report a macro processing error (syntax error or runaway recursion). */
  error?: string;
}

export interface ExpandValueOptions {
  /** Names whose values are template placeholders (their expansion is unknown). */
  isTemplated?: (name: string) => boolean;
  /** The raw text itself contains a template placeholder. */
  rawTemplated?: boolean;
}

/** Postfix mac_expand semantics: $name ${name} $(name) ${name?v} ${name:v} ${name?{a}:{b}} ${{a} op {b} ? {c} : {d}} $$ */
export function expandValue(
  raw: string,
  lookup: (name: string) => string | undefined,
  options: ExpandValueOptions = {},
): ExpandResult {
  let unknown = options.rawTemplated ?? false;
  // Most values name nothing: without a "$" the text is the value (as one literal within the work limit).
  if (raw.length < WORK_LIMIT && !raw.includes('$')) return { value: raw, undefinedNames: [], unknown };
  const r = runExpand(
    raw,
    (name) => {
      if (options.isTemplated?.(name)) unknown = true;
      return lookup(name);
    },
    { recurse: true },
  );
  const result: ExpandResult = { value: r.value, undefinedNames: [...new Set(r.undefinedNames)], unknown };
  if (r.error) result.error = r.warnings.join('; ') || 'macro processing error';
  return result;
}
