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
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { builtinDefaults, computeHostDerivedDefaults, subnetStyleNetworks } from '../postfix/defaults/index.js';
import { macExpand } from '../postfix/expand.js';
import { parseMainCf } from '../postfix/main-cf.js';
import { parseMasterCf, printableAsPostfix, type MasterCf } from '../postfix/master-cf.js';
import {
  buildParameterUniverse,
  masterScopeFromArgv,
  unusedMasterParameterWarnings,
  unusedParameterWarnings,
  type MasterScope,
  type ParameterUniverse,
} from '../postfix/param-universe.js';
import { makeSource, type SourceEncoding } from '../postfix/source.js';
import { expandParameter, lookupParameter, showParameters, type MainViewMode, type ParameterSource } from './main-views.js';
import { masterReadMessages, showMasterEntries, showMasterFields, showMasterParams } from './master-views.js';

export interface PostconfResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

const PROGRAM = 'postconf';

export interface PostconfEnvironment {
  /** process_id to report (default: our own pid). Tests pass the real postconf's pid. */
  pid?: number;
  /**
   * Built-in defaults of this Postfix version (default "3.7"). Only 3.7 is verified byte for byte;
   * other versions use builtinDefaults(version) with 3.7's postconf behaviour.
   */
  postfixVersion?: string;
}
let currentEnv: PostconfEnvironment = {};
const DEFAULT_CONFIG_DIR = '/etc/postfix';
/** VSTREAM buffer size: on a fatal exit only whole 4096-byte blocks of stdout have been written. */
const STDOUT_BLOCK = 4096;

const USAGE =
  'usage: postconf [-a (server SASL types)] [-A (client SASL types)] [-b (bounce templates)] [-c config_dir] ' +
  '[-c param_class] [-d (parameter defaults)] [-e (edit configuration)] [-f (fold lines)] [-F (master.cf fields)] ' +
  '[-h (no names)] [-H (no values)] [-l (lock types)] [-m (map types)] [-M (master.cf)] [-n (non-default parameters)] ' +
  '[-o name=value (override parameter value)] [-p (main.cf, default)] [-P (master.cf parameters)] [-t (bounce templates)] ' +
  '[-T compile-version|run-version|public-key-algorithms] [-v (verbose)] [-x (expand parameter values)] [-X (exclude)] ' +
  '[-# (comment-out)] [name...]';

/** Option letters in pcf_compat_names order (the order postconf lists them in messages). */
const FLAG_ORDER = ['a', 'A', 'b', 'C', 'd', 'e', 'f', 'F', 'h', 'H', 'l', 'm', 'M', 'n', 'o', 'p', 'P', 't', 'T', 'x', 'X', '#'];
const MAJOR = ['a', 'A', 'b', 'l', 'm', 't', 'p', 'M', 'F', 'P', 'T'];
const EXCLUSIVE: string[][] = [
  MAJOR,
  ['d', 'e', 'n', '#', 'X'],
  ['f', 'e', '#', 'X'],
  ['x', 'e', '#', 'X'],
  ['o', 'd', 'e', '#', 'X'],
  ['h', 'e', '#', 'X', 'H'],
];
const COMPAT: [string, string[]][] = [
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
  constructor(readonly fatal: string) {
    super(fatal);
  }
}

interface Outcome {
  out: string;
  warnings: string[];
  fatal?: string;
  encoding: SourceEncoding;
}

function byteLengthFor(encoding: SourceEncoding): (s: string) => number {
  return (s) => Buffer.byteLength(s, encoding);
}

/** Emulate `postconf` with the given argv (e.g. ['-c', dir, '-n']). Never throws for bad config input. */
export function runPostconf(argv: string[], env: PostconfEnvironment = {}): PostconfResult {
  const o: Outcome = { out: '', warnings: [], encoding: 'utf8' };
  currentEnv = env;
  try {
    run(argv, o);
  } catch (e) {
    if (e instanceof Exit) o.fatal = e.fatal;
    else if (e instanceof ExitWithPlainLine) {
      return { stdout: Buffer.alloc(0), stderr: `${e.line}\n${PROGRAM}: fatal: ${e.fatal}\n`, exitCode: 1 };
    } else o.fatal = `internal error: ${(e as Error).message}`;
  }
  let stdout = Buffer.from(o.out, o.encoding);
  if (o.fatal !== undefined) stdout = stdout.subarray(0, Math.floor(stdout.length / STDOUT_BLOCK) * STDOUT_BLOCK);
  const lines = o.warnings.map((w) => `${PROGRAM}: warning: ${w}\n`);
  if (o.fatal !== undefined) lines.push(`${PROGRAM}: fatal: ${o.fatal}\n`);
  return { stdout, stderr: lines.join(''), exitCode: o.fatal === undefined ? 0 : 1 };
}

interface Options {
  flags: Set<string>;
  configDir: string;
  /** -c or MAIL_CONFIG named the directory: only then is config_directory a main.cf setting (pcf_set_config_dir). */
  configDirGiven: boolean;
  overrides: string[];
  names: string[];
}

/** GETOPT with a leading "+": stop at the first non-option argument (sys_defs.h). */
function parseOptions(argv: string[], o: Outcome): Options {
  const flags = new Set<string>();
  let configDir = process.env.MAIL_CONFIG ?? DEFAULT_CONFIG_DIR;
  let configDirGiven = process.env.MAIL_CONFIG !== undefined;
  const overrides: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let k = 1; k < arg.length; k++) {
      const ch = arg[k] as string;
      if (!KNOWN_OPTIONS.has(ch)) {
        o.warnings.length = 0;
        throw new UsageError(`invalid option -- '${ch}'`);
      }
      if (WITH_ARGUMENT.has(ch)) {
        let value = arg.slice(k + 1);
        if (value === '') {
          if (i + 1 >= argv.length) throw new UsageError(`option requires an argument -- '${ch}'`);
          value = argv[++i] as string;
        }
        if (ch === 'c') {
          configDir = value;
          configDirGiven = true;
        }
        else if (ch === 'o') {
          overrides.push(value);
          flags.add('o');
        } else flags.add(ch);
        break;
      }
      flags.add(ch);
    }
  }
  return { flags, configDir, configDirGiven, overrides, names: argv.slice(i) };
}

class UsageError extends Error {}

function listFlags(flags: string[]): string {
  return FLAG_ORDER.filter((f) => flags.includes(f))
    .map((f) => `-${f}`)
    .join(' ');
}

function checkOptions(flags: Set<string>): void {
  for (const row of EXCLUSIVE) {
    const set = row.filter((f) => flags.has(f));
    if (set.length > 1) throw new Exit(`specify one of ${listFlags(set)}`);
  }
  for (const [major, allowed] of COMPAT) {
    if (!flags.has(major)) continue;
    const excess = [...flags].filter((f) => f !== major && !allowed.includes(f) && f !== 'v' && f !== 'c' && f !== 'q');
    if (excess.length > 0) throw new Exit(`with option ${listFlags([major])}, do not specify ${listFlags(excess)}`);
  }
}

function readConfigFile(path: string): { bytes: Buffer } | { error: string } {
  try {
    // Opened without blocking and checked: a FIFO named main.cf would otherwise wait for a writer forever.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) return { error: 'Is a directory' };
      if (!info.isFile()) return { error: 'not a regular file' };
      return { bytes: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const text =
      code === 'ENOENT' ? 'No such file or directory'
      : code === 'EACCES' ? 'Permission denied'
      : code === 'EISDIR' ? 'Is a directory'
      : code === 'ENOTDIR' ? 'Not a directory'
      : String(code);
    return { error: text };
  }
}

function run(argv: string[], o: Outcome): void {
  let opts: Options;
  try {
    opts = parseOptions(argv, o);
  } catch (e) {
    if (e instanceof UsageError) {
      // glibc getopt prints its complaint without the "warning:" label.
      o.warnings = [];
      throw new ExitWithPlainLine(`${PROGRAM}: ${e.message}`, USAGE);
    }
    throw e;
  }
  const { flags, configDir, names } = opts;
  if (!MAJOR.some((f) => flags.has(f))) flags.add('p');
  if ((flags.has('p') || flags.has('M') || flags.has('F') || flags.has('P')) && names[0]?.includes('=')) flags.add('e');
  checkOptions(flags);
  if (flags.has('e') && names.length === 0) throw new Exit('-e requires name=value argument');
  for (const f of flags) {
    if (!EMULATED.has(f)) throw new Exit(`option -${f} is not emulated by postfix-tls-audit`);
  }
  if (flags.has('M') || flags.has('F') || flags.has('P')) runMasterMode(opts, o);
  else runMainMode(opts, o);
}

class ExitWithPlainLine extends Error {
  constructor(
    readonly line: string,
    readonly fatal: string,
  ) {
    super(fatal);
  }
}

interface Loaded {
  main: Map<string, string>;
  mainEncoding: SourceEncoding;
  master?: MasterCf;
  masters: MasterScope[];
}

/**
 * pcf_read_parameters(): main.cf into CONFIG_DICT. pcf_set_config_dir() presets config_directory there only
 * when MAIL_CONFIG names the directory (postconf -c sets it), so plain `postconf -n` does not list it.
 */
function readMain(configDir: string, configDirGiven: boolean, o: Outcome): { main: Map<string, string>; encoding: SourceEncoding } {
  const path = `${configDir}/main.cf`;
  const r = readConfigFile(path);
  if ('error' in r) throw new Exit(`open ${path}: ${r.error}`);
  const source = makeSource(path, r.bytes);
  const parsed = parseMainCf(source);
  const main = new Map<string, string>(configDirGiven ? [['config_directory', configDir]] : []);
  const warn = (text: string): void => {
    o.warnings.push(printableAsPostfix(text, source.encoding));
  };
  for (const d of parsed.diagnostics) {
    if (d.severity === 'fatal') continue;
    if (d.code === 'main-cf/duplicate') continue;
    if (d.postfixMessage) warn(d.postfixMessage);
  }
  for (const e of parsed.entries) {
    const previous = main.get(e.name);
    if (previous !== undefined && previous !== e.value) warn(`${path}, line ${e.line.firstLine}: overriding earlier entry: ${e.name}=${previous}`);
    main.set(e.name, e.value);
  }
  if (parsed.fatal?.postfixMessage) throw new Exit(printableAsPostfix(parsed.fatal.postfixMessage, source.encoding));
  return { main, encoding: source.encoding };
}

/** pcf_read_master(): a missing master.cf is a warning (main.cf modes) or fatal (master.cf modes). */
function readMaster(configDir: string, o: Outcome, failOnOpen: boolean): MasterCf | undefined {
  const path = `${configDir}/master.cf`;
  const r = readConfigFile(path);
  if ('error' in r) {
    const text = `open ${path}: ${r.error}`;
    if (failOnOpen) throw new Exit(text);
    o.warnings.push(text);
    return undefined;
  }
  const master = parseMasterCf(makeSource(path, r.bytes));
  const read = masterReadMessages(master, path);
  o.warnings.push(...read.warnings);
  if (read.fatal !== undefined) throw new Exit(read.fatal);
  return master;
}

/** One name space per "service/type" (postconf shares it between entries with the same key). */
function masterScopes(master: MasterCf | undefined): { scopes: MasterScope[]; services: MasterScope[] } {
  if (!master) return { scopes: [], services: [] };
  const byKey = new Map<string, MasterScope>();
  const services: MasterScope[] = [];
  for (const s of master.services) {
    const scope = masterScopeFromArgv(s.normalizedArgv);
    services.push(scope);
    const existing = byKey.get(scope.label);
    if (existing) for (const [k, v] of scope.params) existing.params.set(k, v);
    else byKey.set(scope.label, scope);
  }
  return { scopes: [...byKey.values()].filter((s) => s.params.size > 0), services };
}

/** Host-derived defaults as postconf computes them (postconf_builtin.c), given main.cf. */
function hostDefaults(main: Map<string, string>, showDefaults: boolean): Map<string, string> {
  const evalMain = (name: string): string | undefined => {
    if (showDefaults) return undefined;
    const v = main.get(name);
    if (v === undefined) return undefined;
    return macExpand(v, (n) => main.get(n), { recurse: true }).value;
  };
  const facts: { mydomainSetting?: string } = {};
  const mydomainSetting = evalMain('mydomain');
  if (mydomainSetting !== undefined) facts.mydomainSetting = mydomainSetting;
  const host = computeHostDerivedDefaults(currentEnv.pid === undefined ? facts : { ...facts, pid: currentEnv.pid });
  const myhostname = evalMain('myhostname') ?? (host.get('myhostname') as string);
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
function computeMynetworks(style: string, inetInterfaces: string, inetProtocols: string): string {
  const protos = inetProtocols.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const want4 = protos.includes('all') || protos.includes('ipv4');
  const want6 = protos.includes('all') || protos.includes('ipv6');
  const ifs = Object.values(networkInterfaces()).flatMap((l) => l ?? []);
  const requested = inetInterfaces.toLowerCase().split(/[\s,]+/).filter(Boolean);
  let addrs: NetworkInterfaceInfo[];
  if (requested.includes('all')) addrs = ifs;
  else if (requested.includes('loopback-only')) addrs = ifs.filter((a) => a.internal);
  else addrs = ifs.filter((a) => requested.some((r) => r.replace(/^\[|\]$/g, '') === a.address.toLowerCase()));
  const v4 = want4 ? addrs.filter((a) => a.family === 'IPv4') : [];
  const v6 = want6 ? addrs.filter((a) => a.family === 'IPv6') : [];
  const out: string[] = [];
  const s = style.toLowerCase();
  for (const a of v4) {
    if (s === 'host') out.push(`${a.address}/32`);
    else if (s === 'class') {
      const first = Number(a.address.split('.')[0]);
      const bits = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
      out.push(`${maskV4(a.address, bits)}/${bits}`);
    } else out.push(subnetOf(a));
  }
  for (const a of v6) {
    if (s === 'host') out.push(`[${a.address.replace(/%.*$/, '')}]/128`);
    else out.push(subnetOf(a));
  }
  // mynetworks() appends "network/bits " for each address: the value ends in a space.
  return out.map((n) => `${n} `).join('');
}

function maskV4(address: string, bits: number): string {
  const n = address.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const m = (n & mask) >>> 0;
  return [24, 16, 8, 0].map((sh) => (m >>> sh) & 255).join('.');
}

function subnetOf(a: NetworkInterfaceInfo): string {
  // DEFAULTS' subnet formatter for a single interface address.
  return computeHostDerivedDefaultsSubnet(a);
}

function computeHostDerivedDefaultsSubnet(a: NetworkInterfaceInfo): string {
  return subnetStyleNetworks({ x: [a] });
}

function loadAll(opts: Options, o: Outcome, readMainCf: boolean, masterFirst: boolean): Loaded {
  let main = new Map<string, string>();
  let mainEncoding: SourceEncoding = 'utf8';
  let master: MasterCf | undefined;
  if (masterFirst) master = readMaster(opts.configDir, o, true);
  if (readMainCf) {
    const r = readMain(opts.configDir, opts.configDirGiven, o);
    main = r.main;
    mainEncoding = r.encoding;
    for (const ov of opts.overrides) {
      const m = /^\s*([^\s=]+)\s*=\s*([\s\S]*?)\s*$/.exec(ov);
      if (!m) throw new Exit(`invalid parameter override: ${ov}: missing '=' after attribute name`);
      main.set(m[1] as string, m[2] as string);
    }
  }
  if (!masterFirst) master = readMaster(opts.configDir, o, false);
  const { scopes } = masterScopes(master);
  const loaded: Loaded = { main, mainEncoding, masters: scopes };
  if (master) loaded.master = master;
  return loaded;
}

function universeFor(loaded: Loaded, o: Outcome, builtin: ReadonlyMap<string, string>, showDefaults: boolean, configDir: string): { universe: ParameterUniverse; src: ParameterSource } {
  const host = hostDefaults(loaded.main, showDefaults);
  // Service parameters come from every entry, not only those with -o settings.
  const serviceScopes = loaded.master ? loaded.master.services.map((s) => masterScopeFromArgv(s.normalizedArgv)) : [];
  const mainForView = showDefaults ? new Map<string, string>() : loaded.main;
  const holder: { universe?: ParameterUniverse } = {};
  const srcRef: ParameterSource = {
    get universe() {
      return holder.universe as ParameterUniverse;
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
        if (!existsSync(path)) return { error: 'No such file or directory' };
        if (!statSync(path).isFile()) return { error: 'not a regular file' };
        return { text: readFileSync(path, 'latin1') };
      } catch {
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
  for (const w of universe.warnings) o.warnings.push(printableAsPostfix(w, loaded.mainEncoding));
  if (universe.fatal) throw new Exit(universe.fatal);
  return { universe, src };
}

function runMainMode(opts: Options, o: Outcome): void {
  const f = opts.flags;
  const mode: MainViewMode = {
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
  if (view.fatal) throw new Exit(view.fatal);
  if (!mode.showDefaults) {
    const unused = unusedParameterWarnings(universe, loaded.main, loaded.masters, opts.configDir);
    o.warnings.push(...unused.map((w) => printableAsPostfix(w, loaded.mainEncoding)));
  }
}

function runMasterMode(opts: Options, o: Outcome): void {
  const f = opts.flags;
  // postconf checks -M filters only after reading master.cf and scanning parameters, so a broken
  // master.cf's messages come first (showMasterEntries checks them at that point).
  const builtin = builtinDefaults(currentEnv.postfixVersion ?? '3.7');
  const loaded = loadAll(opts, o, true, true);
  const master = loaded.master as MasterCf;
  o.encoding = master.source.encoding;
  const { universe, src } = universeFor(loaded, o, builtin, false, opts.configDir);
  const viewOpts = {
    fold: f.has('f'),
    expand: f.has('x'),
    masterPath: `${opts.configDir}/master.cf`,
    lookup: (name: string) => lookupParameter(src, { showDefaults: false, nonDefault: false }, name),
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
  if (view.fatal !== undefined) throw new Exit(view.fatal);
  o.warnings.push(...unusedMasterParameterWarnings(universe, loaded.masters, opts.configDir).map((w) => printableAsPostfix(w, master.source.encoding)));
}

