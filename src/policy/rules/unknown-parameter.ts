import { builtinDefaults, serviceParameterDefaults } from '../../postfix/defaults/index.js';
import { LEGACY_PARAMETERS } from '../../postfix/param-universe.js';
import { editOfSpan } from '../../fix/edits.js';
import { distanceLowerBound, uniqueClosest } from '../../fix/value-repair.js';
import type { MainCf } from '../../postfix/main-cf.js';
import type { MasterCf, MasterOption } from '../../postfix/master-cf.js';
import type { Fix, Rule } from '../types.js';
import { endpointAt } from './helpers.js';

/** How many distinct unknown names of one config set get a did-you-mean search and a rename fix. */
export const MAX_GUESSED_NAMES = 256;

/** Names that look like TLS/SMTP daemon parameters (a typo there is silently ignored). */
const LOOKS_LIKE_PARAMETER = /^(smtpd?|lmtp|tlsproxy|postscreen|tls)_/;

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min((prev[j] as number) + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}

export function closestName(name: string, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const max = Math.max(2, Math.floor(name.length / 6));
  for (const n of names) {
    // A name further than max never decides (the answer is within max, or there is none).
    if (Math.abs(n.length - name.length) > max || distanceLowerBound(name, n) > max) continue;
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
const knownByVersion = new WeakMap<ReadonlyMap<string, string>, { known: ReadonlySet<string>; names: readonly string[]; guesses: Map<string, { closest: string | undefined; unique: string | undefined }> }>();
function knownNamesOf(builtin: ReadonlyMap<string, string>): { known: ReadonlySet<string>; names: readonly string[]; guesses: Map<string, { closest: string | undefined; unique: string | undefined }> } {
  let k = knownByVersion.get(builtin);
  if (!k) {
    const known = new Set<string>([...builtin.keys(), ...LEGACY_PARAMETERS]);
    for (const v of builtin.values()) for (const m of v.matchAll(/\$(?:\{|\()?([A-Za-z0-9_]+)/g)) known.add(m[1] as string);
    k = { known, names: [...builtin.keys()], guesses: new Map() };
    knownByVersion.set(builtin, k);
  }
  return k;
}

/** The parameters a master.cf delivery service defines (lmtp_destination_recipient_limit...), per version. */
const serviceNamesByVersion = new WeakMap<ReadonlyMap<string, string>, Map<string, readonly string[]>>();
function serviceParameterNames(name: string, command: string, builtin: ReadonlyMap<string, string>): readonly string[] {
  let perVersion = serviceNamesByVersion.get(builtin);
  if (!perVersion) serviceNamesByVersion.set(builtin, (perVersion = new Map()));
  const key = `${name}\0${command}`;
  let names = perVersion.get(key);
  if (!names) {
    names = [...serviceParameterDefaults(name, command, builtin).keys()];
    if (perVersion.size < 4096) perVersion.set(key, names);
  }
  return names;
}

/** The parameters every service of a master.cf defines, per file and version (parsed files are never changed). */
const serviceNamesByFile = new WeakMap<MasterCf, { builtin: ReadonlyMap<string, string>; names: ReadonlySet<string> }>();
function serviceNamesOf(master: MasterCf, builtin: ReadonlyMap<string, string>): ReadonlySet<string> {
  const cached = serviceNamesByFile.get(master);
  if (cached?.builtin === builtin) return cached.names;
  const names = new Set<string>();
  for (const s of master.services) for (const n of serviceParameterNames(s.name, s.command, builtin)) names.add(n);
  serviceNamesByFile.set(master, { builtin, names });
  return names;
}

/**
 * Names that the values of a parsed file refer to ($name, ${name}, $(name)). Parsed files are never
 * changed, and a fix's re-analysis reuses the files it does not edit: computed once per file.
 */
const referencedByFile = new WeakMap<object, ReadonlySet<string>>();
function referencedNames(file: MainCf | MasterCf, values: () => readonly string[]): ReadonlySet<string> {
  let names = referencedByFile.get(file);
  if (!names) {
    const found = new Set<string>();
    for (const t of values()) if (t.includes('$')) for (const m of t.matchAll(/\$(?:\{|\()?([A-Za-z0-9_]+)/g)) found.add(m[1] as string);
    referencedByFile.set(file, (names = found));
  }
  return names;
}

export const unknownParameter: Rule = {
  id: 'unknown-parameter',
  title: 'Unknown parameter name (typo?)',
  defaultSeverity: 'warning',
  rationale: 'Postfix silently ignores a main.cf name or -o name it does not know (postconf -n lists it, only "postconf" warns about unused names): a typo in a TLS parameter means the setting never applies.',
  references: ['reference postfix-semantics §1.5'],
  check(ctx) {
    const builtin = builtinDefaults(ctx.model.postfixVersion.version);
    const base = knownNamesOf(builtin);
    const main = ctx.model.loaded.main;
    const master = ctx.model.loaded.master;
    const names = base.names;
    // Nearly every name is a built-in one: what the files' services define and their values refer to
    // is gathered only when a name is not.
    const definedByFiles = (name: string): boolean =>
      (master !== undefined && serviceNamesOf(master, builtin).has(name)) ||
      (main !== undefined && referencedNames(main, () => main.entries.map((e) => e.value)).has(name)) ||
      (master !== undefined && referencedNames(master, () => master.services.flatMap((s) => s.options.map((o) => o.value))).has(name));
    // The nearest names of an unknown name, once per version (the same typo recurs in every re-analysis).
    // A search costs a few milliseconds, so only the first MAX_GUESSED_NAMES distinct unknown names of a
    // set get one (a hostile main.cf of 8 MiB of distinct typos would otherwise take many minutes); the
    // count is per set, cached or not, so that what a set shows never depends on the sets before it.
    const guessed = new Set<string>();
    const noGuess = { closest: undefined, unique: undefined };
    const guessesOf = (name: string): { closest: string | undefined; unique: string | undefined } => {
      if (!guessed.has(name)) {
        if (guessed.size >= MAX_GUESSED_NAMES) return noGuess;
        guessed.add(name);
      }
      let g = base.guesses.get(name);
      if (!g) {
        g = { closest: closestName(name, names), unique: uniqueClosest(name, names, Math.max(2, Math.floor(name.length / 6))) };
        if (base.guesses.size < 10_000) base.guesses.set(name, g);
      }
      return g;
    };
    const judge = (name: string): string | undefined => {
      if (base.known.has(name) || !LOOKS_LIKE_PARAMETER.test(name) || definedByFiles(name)) return undefined;
      const guess = guessesOf(name).closest;
      return guess ? ` Did you mean "${guess}"?` : '';
    };
    // A rename only when exactly one known name is that close (never a guess between two), and the
    // name is not already set in the same place (the rename would override it).
    // Digits carry meaning (smtp_skip_4xx_greeting is an old parameter, not a typo of the 5xx one).
    const renameTo = (name: string): string | undefined => {
      const to = guessesOf(name).unique;
      return to !== undefined && to.replace(/\D/g, '') === name.replace(/\D/g, '') ? to : undefined;
    };
    for (const entry of main?.values.values() ?? []) {
      const hint = judge(entry.name);
      if (hint === undefined) continue;
      const to = renameTo(entry.name);
      const fix: Fix | undefined = to && !main!.values.has(to) && !entry.templated
        ? { description: `Rename ${entry.name} to ${to}`, edits: main!.entries.filter((x) => x.name === entry.name).map((x) => editOfSpan(main!.source, x.nameSpan, to)) }
        : undefined;
      ctx.report({ message: `"${entry.name}" is not a Postfix ${ctx.model.postfixVersion.version} parameter: Postfix ignores it silently.${hint}`, file: main!.source.path, span: entry.nameSpan, parameter: entry.name, ...(fix ? { fix } : {}) });
    }
    if (!master || ctx.model.loaded.masterIsStock) return;
    for (const s of master.services) {
      // Each name's options on the service, once: a service with thousands of -o options must not
      // search them all once per option.
      const byName = new Map<string, MasterOption[]>();
      for (const o of s.options) {
        const list = byName.get(o.name);
        if (list) list.push(o);
        else byName.set(o.name, [o]);
      }
      for (const o of s.options) {
        const hint = judge(o.name);
        if (hint === undefined) continue;
        const e = endpointAt(ctx.model, { severity: 'warning', code: '', message: '', path: master.source.path, span: o.span });
        const to = renameTo(o.name);
        const same = byName.get(o.name) as MasterOption[];
        // The rename edits every option of that name, so only the last one (the one the daemon applies)
        // carries it, as in main.cf: one fix per name, not one copy of it per duplicate.
        const fix: Fix | undefined = to && same.at(-1) === o && !byName.has(to) && !o.templated
          ? { description: `Rename -o ${o.name} to ${to} on ${s.name}`, edits: same.map((x) => editOfSpan(master.source, x.nameSpan, to)) }
          : undefined;
        ctx.report({ message: `-o ${o.name} on ${s.name}: not a Postfix ${ctx.model.postfixVersion.version} parameter, ignored silently.${hint}`, file: master.source.path, span: o.nameSpan, ...(e ? { endpoint: e } : {}), parameter: o.name, key: `${s.name}/${s.type}`, ...(fix ? { fix } : {}) });
      }
    }
  },
};
