/**
 * Effective parameter values of one daemon process, with provenance (reference §2.5, §7.1):
 *
 *   built-in default (target version) ⊕ main.cf (last wins) ⊕ postfix-main.cf ⊕ the service's -o
 *   (in order, last wins), then $name expansion in that combined name space, plus the read-only
 *   service_name / process_name the daemon sets for itself.
 *
 * A separate daemon (tlsproxy for postscreen) gets its own name space: main.cf plus its own -o.
 */
import path from 'node:path';
import { expandValue } from '../postfix/expand.js';
import type { MainCf } from '../postfix/main-cf.js';
import type { Span } from '../postfix/source.js';

/** One definition of a parameter. */
export interface Definition {
  raw: string;
  /** "default", "main.cf:12", "master.cf:17", "postfix-main.cf:3", "postfix-master.cf:2", "service" */
  source: string;
  /** Where to point a diagnostic (absent for defaults and read-only names). */
  file?: string;
  span?: Span;
  templated: boolean;
}

export interface EffectiveValue extends Definition {
  name: string;
  /** Expanded value. */
  value: string;
  /** Every parameter the expansion read, in order: "<source> <name>". */
  chain: string[];
  undefinedNames: string[];
  /** A template placeholder was involved: the real value is not known. */
  unknown: boolean;
  /** Macro processing error (runaway recursion or bad syntax), as Postfix would report it. */
  expansionError?: string;
}

/** The last file labelled and its base name (a set's labels are nearly all of one or two files). */
let labelled = { file: '', base: '' };

export function sourceLabel(file: string, line: number): string {
  if (file !== labelled.file) labelled = { file, base: path.posix.basename(file) };
  return `${labelled.base}:${line}`;
}

/**
 * A definition with every field present (absent ones undefined): definitions and values made in
 * one shape keep V8's property accesses on them monomorphic, where an object spread of differently
 * shaped definitions made each value in the slow generic way (about 8 µs per expansion).
 */
export function makeDefinition(raw: string, source: string, templated: boolean, file?: string, span?: Span): Definition {
  return { raw, source, file, span, templated };
}

/** Definitions of the built-in defaults, made once per defaults map (they never change). */
const defaultDefinitions = new WeakMap<ReadonlyMap<string, string>, Map<string, Definition>>();

function defaultDefinition(defaults: ReadonlyMap<string, string>, name: string): Definition | undefined {
  let made = defaultDefinitions.get(defaults);
  if (!made) defaultDefinitions.set(defaults, (made = new Map()));
  let def = made.get(name);
  if (def === undefined) {
    const raw = defaults.get(name);
    if (raw === undefined) return undefined;
    made.set(name, (def = makeDefinition(raw, 'default', false)));
  }
  return def;
}

interface Cached {
  value: EffectiveValue;
  /** Every name the expansion looked up (the name itself included). */
  reads: readonly string[];
}

/**
 * Expansions of built-in parameters in a name space that defines nothing but the defaults, per
 * defaults map. Such an expansion is valid in any name space that defines none of the names it read,
 * which is most TLS parameters of most config sets: they are expanded once per version, not once
 * per set. Only built-in names are held, so the maps cannot grow with the input.
 */
const defaultExpansions = new WeakMap<ReadonlyMap<string, string>, Map<string, Cached>>();

/**
 * Definitions are layered: the built-in defaults are looked up (never copied), and only names that a
 * file or a service sets are held here. A clone (one per service) looks up its origin's definitions
 * instead of copying them, and shares the expansions of its origin that read no name the clone
 * redefines, so main.cf values are expanded once per set.
 */
export class ParameterNamespace {
  private own = new Map<string, Definition>();
  /** A clone's origin's definitions at clone time (the origin copies its map before changing it again). */
  private inherited: ReadonlyMap<string, Definition> | undefined;
  /** `own` is some clone's `inherited`: copy it before a change. */
  private ownIsInherited = false;
  private cache = new Map<string, Cached>();
  private readonly assumingDefault = new Map<string, EffectiveValue>();
  /** A clone's view of its origin: the origin's expansions (valid for its definitions at clone time), and the names this clone redefined. */
  private shared: Map<string, Cached> | undefined;
  private overridden: Set<string> | undefined;

  private readonly defaults: ReadonlyMap<string, string>;

  constructor(defaults: ReadonlyMap<string, string>) {
    this.defaults = defaults;
  }

  private def(name: string): Definition | undefined {
    return this.own.get(name) ?? this.inherited?.get(name) ?? defaultDefinition(this.defaults, name);
  }

  /** A file or a service defines the name (not just a built-in default). */
  private defines(name: string): boolean {
    return this.own.has(name) || (this.inherited !== undefined && this.inherited.has(name));
  }

  private writableOwn(): Map<string, Definition> {
    if (this.ownIsInherited) {
      this.own = new Map(this.own);
      this.ownIsInherited = false;
    }
    return this.own;
  }

  /** Definitions changed: expansions made so far stay with the clones that already share them. */
  private invalidate(name: string | undefined): void {
    if (this.cache.size > 0) this.cache = new Map();
    // (Map.clear() allocates a new table even for an empty map: one per service option.)
    if (this.assumingDefault.size > 0) this.assumingDefault.clear();
    if (this.shared) {
      if (name === undefined) this.shared = undefined;
      else (this.overridden ??= new Set()).add(name);
    }
  }

  /**
   * The value as if `name` had its built-in default: what the model decides with when the real
   * value is a template placeholder (unknown until rendered).
   */
  getAssumingDefault(name: string): EffectiveValue {
    let v = this.assumingDefault.get(name);
    if (!v) {
      const def = makeDefinition(this.defaults.get(name) ?? '', 'default', false);
      v = this.expand(name, def, (n) => (n === name ? def : this.def(n))).value;
      this.assumingDefault.set(name, v);
    }
    return v;
  }

  /** Layer a main.cf-syntax file (main.cf, postfix-main.cf): its last definition of each name. */
  addMainCf(main: MainCf): this {
    const own = this.writableOwn();
    for (const [name, e] of main.values) {
      own.set(name, makeDefinition(e.value, sourceLabel(main.source.path, e.nameSpan.start.line), e.templated, main.source.path, e.nameSpan));
    }
    this.invalidate(undefined);
    return this;
  }

  /** An independent copy (the service layers go on top of a shared main.cf layer). */
  clone(): ParameterNamespace {
    const copy = new ParameterNamespace(this.defaults);
    if (this.inherited) {
      copy.own = new Map([...this.inherited, ...this.own]);
    } else {
      copy.inherited = this.own;
      this.ownIsInherited = true;
    }
    // Expansions of this namespace (and of its own origin, where still valid) serve the copy too.
    copy.shared = this.cache;
    return copy;
  }

  set(name: string, def: Definition): this {
    this.writableOwn().set(name, def);
    this.invalidate(name);
    return this;
  }

  definition(name: string): Definition | undefined {
    return this.def(name);
  }

  has(name: string): boolean {
    // Nearly every name asked about is built in: one lookup.
    return this.defaults.has(name) || this.defines(name);
  }

  /** The effective (expanded) value; an undefined name is the empty string, as in the daemons. */
  get(name: string): EffectiveValue {
    // A clone first asks its origin's expansions: most names read nothing the clone redefines, and
    // only the others are held in its own cache.
    const shared = this.shared?.get(name);
    if (shared !== undefined && !this.readsOverridden(shared.reads)) return shared.value;
    const hit = this.cache.get(name);
    if (hit) return hit.value;
    let computed = this.defaultExpansion(name);
    if (!computed) {
      const def = this.def(name) ?? makeDefinition('', 'undefined', false);
      computed = this.expand(name, def, (n) => this.def(n));
    }
    // Valid for the origin too when no redefined name was read.
    if (this.shared && !this.readsOverridden(computed.reads)) this.shared.set(name, computed);
    else this.cache.set(name, computed);
    return computed.value;
  }

  /** An expansion that read a name this clone redefined is not its origin's. */
  private readsOverridden(reads: readonly string[]): boolean {
    const overridden = this.overridden;
    if (overridden === undefined) return false;
    for (const n of reads) if (overridden.has(n)) return true;
    return false;
  }

  /** The defaults-only expansion of a built-in name, when this name space defines none of the names it reads. */
  private defaultExpansion(name: string): Cached | undefined {
    if (this.defines(name) || !this.defaults.has(name)) return undefined;
    let made = defaultExpansions.get(this.defaults);
    if (!made) defaultExpansions.set(this.defaults, (made = new Map()));
    let c = made.get(name);
    if (c === undefined) {
      c = this.expand(name, defaultDefinition(this.defaults, name)!, (n) => defaultDefinition(this.defaults, n));
      made.set(name, c);
    }
    return c.reads.some((n) => this.defines(n)) ? undefined : c;
  }

  private expand(name: string, def: Definition, lookupDef: (n: string) => Definition | undefined): Cached {
    const chain: string[] = [];
    const seen = new Set<string>();
    const reads = [name];
    const r = expandValue(
      def.raw,
      (n) => {
        const d = lookupDef(n);
        if (!seen.has(n)) {
          seen.add(n);
          if (n !== name) reads.push(n);
          chain.push(`${d ? d.source : 'undefined'} ${n}`);
        }
        return d?.raw;
      },
      { rawTemplated: def.templated, isTemplated: (n) => lookupDef(n)?.templated ?? false },
    );
    const value: EffectiveValue = {
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
