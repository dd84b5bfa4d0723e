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

export function sourceLabel(file: string, line: number): string {
  return `${path.posix.basename(file)}:${line}`;
}

export class ParameterNamespace {
  private readonly defs = new Map<string, Definition>();
  private readonly cache = new Map<string, EffectiveValue>();

  private readonly defaults: ReadonlyMap<string, string>;

  constructor(defaults: ReadonlyMap<string, string>) {
    this.defaults = defaults;
    for (const [name, raw] of defaults) this.defs.set(name, { raw, source: 'default', templated: false });
  }

  /**
   * The value as if `name` had its built-in default: what the model decides with when the real
   * value is a template placeholder (unknown until rendered).
   */
  getAssumingDefault(name: string): EffectiveValue {
    const copy = this.clone();
    const raw = this.defaults.get(name) ?? '';
    copy.defs.set(name, { raw, source: 'default', templated: false });
    return copy.get(name);
  }

  /** Layer a main.cf-syntax file (main.cf, postfix-main.cf): its last definition of each name. */
  addMainCf(main: MainCf): this {
    for (const [name, e] of main.values) {
      this.defs.set(name, {
        raw: e.value,
        source: sourceLabel(main.source.path, e.nameSpan.start.line),
        file: main.source.path,
        span: e.nameSpan,
        templated: e.templated,
      });
    }
    this.cache.clear();
    return this;
  }

  /** An independent copy (the service layers go on top of a shared main.cf layer). */
  clone(): ParameterNamespace {
    const copy = new ParameterNamespace(new Map());
    (copy as unknown as { defaults: ReadonlyMap<string, string> }).defaults = this.defaults;
    for (const [name, def] of this.defs) copy.defs.set(name, def);
    return copy;
  }

  set(name: string, def: Definition): this {
    this.defs.set(name, def);
    this.cache.clear();
    return this;
  }

  definition(name: string): Definition | undefined {
    return this.defs.get(name);
  }

  has(name: string): boolean {
    return this.defs.has(name);
  }

  /** The effective (expanded) value; an undefined name is the empty string, as in the daemons. */
  get(name: string): EffectiveValue {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const def = this.defs.get(name) ?? { raw: '', source: 'undefined', templated: false };
    const chain: string[] = [];
    const seen = new Set<string>();
    const r = expandValue(
      def.raw,
      (n) => {
        const d = this.defs.get(n);
        if (!seen.has(n)) {
          seen.add(n);
          chain.push(`${d ? d.source : 'undefined'} ${n}`);
        }
        return d?.raw;
      },
      { rawTemplated: def.templated, isTemplated: (n) => this.defs.get(n)?.templated ?? false },
    );
    const v: EffectiveValue = {
      ...def,
      name,
      value: r.value,
      chain,
      undefinedNames: r.undefinedNames,
      unknown: r.unknown,
      ...(r.error ? { expansionError: r.error } : {}),
    };
    this.cache.set(name, v);
    return v;
  }
}
