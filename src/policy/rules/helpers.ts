/** Shared pieces of the rules: diagnostic-backed rules, positions of settings, protocol-list fixes. */
import type { Diagnostic } from '../../postfix/diagnostics.js';
import type { ConfigSetModel, Endpoint } from '../../model/types.js';
import { compareVersions } from '../../postfix/defaults/index.js';
import { TLS_PROTOCOLS, type TlsProtocol } from '../../tls/protocols.js';
import { setMainCfParameter } from '../../fix/main-cf-edits.js';
import { removeServiceOption, setServiceOption } from '../../fix/master-cf-edits.js';
import type { MasterCf, MasterOption, MasterService } from '../../postfix/master-cf.js';
import type { MainCf, MainCfEntry } from '../../postfix/main-cf.js';
import { serviceLocation } from '../locations.js';
import type { Fix, FindingInput, Rule, RuleContext, Severity } from '../types.js';

export type RuleMeta = Omit<Rule, 'check'>;

/** The endpoint whose master.cf entry contains a diagnostic's position. */
export function endpointAt(model: ConfigSetModel, d: Diagnostic): Endpoint | undefined {
  const master = model.loaded.master;
  if (!master || d.path !== master.source.path || !d.span) return undefined;
  const off = d.span.start.offset;
  // The first endpoint of each service line, by the line's start, searched by bisection: a search of
  // all endpoints per diagnostic was quadratic with thousands of services, each with a finding.
  let index = endpointIndexes.get(model);
  if (!index) {
    const first = new Map<number, Endpoint>();
    for (const e of model.endpoints) if (!first.has(e.masterService.line.startOffset)) first.set(e.masterService.line.startOffset, e);
    index = { starts: [...first.keys()].sort((a, b) => a - b), first };
    endpointIndexes.set(model, index);
  }
  const { starts, first } = index;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= off) lo = mid + 1;
    else hi = mid;
  }
  // Service lines do not overlap: only the last line starting at or before the offset can hold it.
  const e = lo > 0 ? first.get(starts[lo - 1] as number) : undefined;
  return e && off < e.masterService.line.endOffset ? e : undefined;
}

const endpointIndexes = new WeakMap<ConfigSetModel, { starts: number[]; first: Map<number, Endpoint> }>();

/** A rule that turns the model's own diagnostics (facts it decided) into findings. */
export function diagnosticRule(meta: RuleMeta, codes: readonly string[], options: { filter?: (d: Diagnostic, ctx: RuleContext) => boolean; severity?: (d: Diagnostic) => Severity | undefined; fix?: (d: Diagnostic, ctx: RuleContext) => Fix | undefined } = {}): Rule {
  return {
    ...meta,
    check(ctx) {
      for (const d of ctx.model.diagnostics) {
        if (!codes.includes(d.code)) continue;
        if (options.filter && !options.filter(d, ctx)) continue;
        const endpoint = endpointAt(ctx.model, d);
        const severity = options.severity?.(d);
        const fix = options.fix?.(d, ctx);
        // The stock master.cf is not a file of the repository: point at the set's main.cf instead.
        const stock = ctx.model.loaded.masterIsStock && d.path === ctx.model.loaded.master?.source.path;
        const where = stock ? serviceLocation(ctx.model) : { file: d.path, ...(d.span ? { span: d.span } : {}) };
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
export function valueLocation(model: ConfigSetModel, e: Endpoint, name: string): Pick<FindingInput, 'file' | 'span'> & { fromDefault: boolean } {
  const v = e.values.get(name);
  if (v?.file && v.span) return { file: v.file, span: v.span, fromDefault: false };
  return { ...serviceLocation(model, e), fromDefault: true };
}

/** The protocol list meaning "min and newer" in the target version's syntax (reference §3.4). */
export function protocolListFrom(version: string, min: TlsProtocol): string {
  if (compareVersions(version, '3.6') >= 0) return `>=${min}`;
  const below = ['SSLv2', ...TLS_PROTOCOLS.slice(0, TLS_PROTOCOLS.indexOf(min))];
  return below.map((p) => `!${p}`).join(', ');
}

/**
 * Set a parameter for one endpoint: in the service's own -o when master.cf is the set's own (the
 * smallest change that reaches only this service), else in main.cf. undefined when no edit can be built.
 */
export function setForEndpoint(model: ConfigSetModel, e: Endpoint, name: string, value: string, description: string): Fix | undefined {
  const master = model.loaded.master;
  const v = e.values.get(name);
  const inMain = v?.file !== undefined && v.file === model.loaded.main?.source.path;
  // main.cf already decides, and every endpoint reading it would get the new value: only when the
  // set has no master.cf of its own.
  // Client transports share main.cf's smtp_* settings: a main.cf or default value is set in main.cf.
  const sharedClientValue = e.kind === 'client' && (inMain || v?.source === 'default') && model.loaded.main !== undefined;
  if (master && !model.loaded.masterIsStock && !(inMain && model.endpoints.length === 1) && !sharedClientValue) {
    const r = setServiceOption(master, e.masterService, name, value);
    return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
  }
  const main = model.loaded.main;
  if (!main) return undefined;
  const r = setMainCfParameter(main, name, value);
  return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
}

export function isServer(e: Endpoint): boolean {
  return e.kind === 'server';
}

/** The setting a diagnostic points at: a main.cf definition (by its name) or a service's -o. */
export type SettingAt =
  | { kind: 'main'; entry: MainCfEntry }
  | { kind: 'option'; service: MasterService; option: MasterOption };

export function settingAt(model: ConfigSetModel, d: Diagnostic): SettingAt | undefined {
  if (!d.span) return undefined;
  const off = d.span.start.offset;
  const main = model.loaded.main;
  if (main && d.path === main.source.path) {
    const entry = entryAt(main, off);
    return entry && main.values.get(entry.name) === entry ? { kind: 'main', entry } : undefined;
  }
  const master = model.loaded.master;
  if (master && !model.loaded.masterIsStock && d.path === master.source.path) return optionAt(master, off);
  return undefined;
}

// Settings by offset, made once per parsed file: a search of every entry or option per diagnostic was
// quadratic with thousands of them, each with a finding.
const entryIndexes = new WeakMap<MainCf, Map<number, MainCfEntry>>();
const optionIndexes = new WeakMap<MasterCf, Map<number, SettingAt>>();

function entryAt(main: MainCf, offset: number): MainCfEntry | undefined {
  let index = entryIndexes.get(main);
  if (!index) {
    index = new Map();
    for (const e of main.entries) if (!index.has(e.nameSpan.start.offset)) index.set(e.nameSpan.start.offset, e);
    entryIndexes.set(main, index);
  }
  return index.get(offset);
}

function optionAt(master: MasterCf, offset: number): SettingAt | undefined {
  let index = optionIndexes.get(master);
  if (!index) {
    index = new Map();
    for (const service of master.services) for (const option of service.options) {
      if (!index.has(option.span.start.offset)) index.set(option.span.start.offset, { kind: 'option', service, option });
    }
    optionIndexes.set(master, index);
  }
  return index.get(offset);
}

/** A fix that gives the setting at a diagnostic a new value where it is (main.cf or -o). */
export function replaceSetting(model: ConfigSetModel, d: Diagnostic, value: (name: string, current: string) => string | undefined, description: (name: string, v: string) => string): Fix | undefined {
  const at = settingAt(model, d);
  if (!at) return undefined;
  const name = at.kind === 'main' ? at.entry.name : at.option.name;
  const current = at.kind === 'main' ? at.entry.value : at.option.value;
  const v = value(name, current);
  if (v === undefined || v === current) return undefined;
  const r = at.kind === 'main' ? setMainCfParameter(model.loaded.main!, name, v) : setServiceOption(model.loaded.master!, at.service, name, v);
  return r.ok && r.edits.length ? { description: description(name, v), edits: r.edits } : undefined;
}

/** A fix that removes the -o option a diagnostic points at. */
export function removeOptionAt(model: ConfigSetModel, d: Diagnostic): Fix | undefined {
  const at = settingAt(model, d);
  if (at?.kind !== 'option') return undefined;
  const r = removeServiceOption(model.loaded.master!, at.service, at.option.name);
  return r.ok && r.edits.length ? { description: `Remove -o ${at.option.name} from ${at.service.name} (it has no effect there)`, edits: r.edits } : undefined;
}

/**
 * setForEndpoint, except that a tlsproxy_* parameter of a postscreen endpoint goes where tlsproxy
 * reads it (reference §5.3): the tlsproxy service's own -o when it sets that name, else main.cf
 * (an -o on the postscreen line would not reach tlsproxy).
 */
export function setForServerEndpoint(model: ConfigSetModel, e: Endpoint, name: string, value: string, description: string): Fix | undefined {
  if (e.command !== 'postscreen' || !name.startsWith('tlsproxy_')) return setForEndpoint(model, e, name, value, description);
  const master = model.loaded.master;
  const proxyName = e.postscreen?.tlsproxyService;
  const proxy = proxyName && master && !model.loaded.masterIsStock ? master.services.filter((s) => s.name === proxyName && s.type === 'unix').at(-1) : undefined;
  if (master && proxy && proxy.options.some((o) => o.name === name)) {
    const r = setServiceOption(master, proxy, name, value);
    return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
  }
  const main = model.loaded.main;
  if (!main) return undefined;
  const r = setMainCfParameter(main, name, value);
  return r.ok && r.edits.length ? { description, edits: r.edits } : undefined;
}
