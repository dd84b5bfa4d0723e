/**
 * The effective TLS model of one config set (issue 3): every TLS endpoint master(8) really runs,
 * its role, and what a peer can negotiate with it, decided as Postfix decides (reference §2-§7).
 */
import type { LoadedConfigSet } from '../postfix/config-set.js';
import { builtinDefaults } from '../postfix/defaults/index.js';
import type { Diagnostic } from '../postfix/diagnostics.js';
import { activeServices, isServiceDisabled, type MasterCf, type MasterService } from '../postfix/master-cf.js';
import { applyMasterOverrides, parseMasterOverrides, type EffectiveOption } from '../postfix/master-overrides.js';
import { spanOf } from '../postfix/source.js';
import { overlapsPlaceholder, placeholdersOfSource } from '../postfix/templates.js';
import type { MainCf } from '../postfix/main-cf.js';
import { tolerantMainCf, tolerantMasterCf } from './template-tolerant.js';
import { attachCipherSuites } from './ciphers.js';
import { clientParameterNames, clientTls } from './client-tls.js';
import { parseBoolean } from './levels.js';
import { interfacesAreLoopbackOnly, isLoopbackHost, resolvePort, splitInetName, type Listen } from './listen.js';
import { makeDefinition, ParameterNamespace, sourceLabel, type EffectiveValue } from './namespace.js';
import { makeReporter, type Reporter } from './report.js';
import { deadTls, endpointTls, serverParameterNames, serverTls } from './server-tls.js';
import type { ConfigSetModel, Endpoint, EndpointTls, ModelOptions, Role } from './types.js';
import { resolveTargetVersion } from './version.js';

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

const basename = (command: string): string => command.slice(command.lastIndexOf('/') + 1);

interface ServiceContext {
  service: MasterService;
  options: EffectiveOption[];
  ns: ParameterNamespace;
  line: number | null;
  startupFatal?: string;
}

export function buildConfigSetModel(loaded: LoadedConfigSet, options: ModelOptions = {}): ConfigSetModel {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // Template lines that are not Postfix syntax as written are neutralized for the model (see
  // template-tolerant.ts); the set's own diagnostics still report them.
  const neutralized: { path: string; lines: number[] }[] = [];
  const tolerantMain = (m: MainCf | undefined): MainCf | undefined => {
    if (!m?.fatal) return m;
    const t = tolerantMainCf(m);
    if (t.neutralizedLines.length) neutralized.push({ path: m.source.path, lines: t.neutralizedLines });
    return t.main;
  };
  const main = tolerantMain(loaded.main);
  const mainOverride = tolerantMain(loaded.mainOverride);
  let master = loaded.master;
  if (master?.fatal) {
    const t = tolerantMasterCf(master);
    if (t.neutralizedLines.length) neutralized.push({ path: master.source.path, lines: t.neutralizedLines });
    master = t.master;
  }

  const postfixVersion = resolveTargetVersion({ main, mainOverride, master }, options.postfixVersion);
  const version = postfixVersion.version;

  const base = new ParameterNamespace(builtinDefaults(version));
  if (main) base.addMainCf(main);
  if (mainOverride) base.addMainCf(mainOverride);

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
  let services: MasterService[] = [];
  /** The options of services that postfix-master.cf edits (the others have their master.cf -o). */
  const overriddenOptions = new Map<MasterService, EffectiveOption[]>();
  if (master) {
    services = activeServices(master, base.get('master_service_disable').value);
    if (loaded.masterOverrideSource) {
      const file = parseMasterOverrides(loaded.masterOverrideSource);
      const applied = applyMasterOverrides(master, file);
      diagnostics.push(...file.diagnostics, ...applied.diagnostics);
      for (const o of applied.services) overriddenOptions.set(o.service, o.options);
    }
  }
  // An argument that starts with "{" but does not close (or has text after its "}") is only a warning
  // for postconf, but master(8) refuses the whole master.cf at start-up: "fatal: .../master.cf: line N:
  // missing '}' in ..." and nothing runs. Checked with the real 3.7.11 master (test/postfix/
  // master-refuses-brace.test.ts); a line that master_service_disable turns off is not read that far.
  const masterRefusal = master && !mainFatalReason ? masterRefusalOf(master, base.get('master_service_disable').value) : undefined;
  if (masterRefusal) {
    diagnostics.push({
      severity: 'error',
      code: 'tls/master-refuses-file',
      message: `master(8) refuses the whole master.cf at start-up (line ${masterRefusal.line}: ${masterRefusal.error}), so Postfix does not start and no service runs; postconf only warns about it.`,
      path: master!.source.path,
      ...(masterRefusal.span ? { span: masterRefusal.span } : {}),
      postfixMessage: `fatal: ${master!.source.path}: line ${masterRefusal.line}: ${masterRefusal.error}`,
    });
  }
  const startupFatalOfAll = mainFatalReason ?? (masterRefusal ? `fatal: master.cf: line ${masterRefusal.line}: ${masterRefusal.error}` : undefined);

  // Only the services that become endpoints are asked for (contextOf).
  const optionsOf = (s: MasterService): EffectiveOption[] =>
    overriddenOptions.get(s) ?? s.options.map((o) => ({ name: o.name, value: o.value, origin: 'master.cf' as const, option: o }));

  // The few master.cf diagnostics that stop a daemon at start-up, found once for all services.
  const contexts = new Map<MasterService, ServiceContext>();
  const contextOf = (s: MasterService): ServiceContext => {
    let c = contexts.get(s);
    if (c) return c;
    const ns = base.clone();
    const opts = optionsOf(s);
    for (const o of opts) {
      if (o.origin === 'override' && o.override) {
        ns.set(o.name, makeDefinition(o.value, sourceLabel(loaded.masterOverrideSource!.path, o.override.line), o.override.templated, loaded.masterOverrideSource!.path, o.override.span));
      } else if (o.option) {
        ns.set(o.name, makeDefinition(o.value, sourceLabel(master!.source.path, o.option.span.start.line), o.option.templated, master!.source.path, o.option.span));
      } else {
        ns.set(o.name, makeDefinition(o.value, sourceLabel(master!.source.path, s.line.firstLine), false, master!.source.path));
      }
    }
    ns.set('service_name', makeDefinition(s.name, 'service', false));
    const cmd = basename(s.command);
    ns.set('process_name', makeDefinition(cmd, 'service', false));
    let startupFatal = startupFatalOfAll;
    const lineStart = s.line.startOffset;
    const lineEnd = s.line.endOffset;
    if (!startupFatal && NO_ARGUMENT_DAEMONS.has(cmd) && s.strayArguments[0]) startupFatal = `unexpected command-line argument: ${s.strayArguments[0].text}`;
    if (!startupFatal) {
      const bad = firstStartupFatal(master!, lineStart, lineEnd);
      if (bad) startupFatal = bad.message;
    }
    c = { service: s, options: opts, ns, line: loaded.masterIsStock ? null : s.line.firstLine };
    if (startupFatal) c.startupFatal = startupFatal;
    contexts.set(s, c);
    return c;
  };

  const serviceReporter = (s: MasterService): Reporter =>
    makeReporter(diagnostics, { path: master!.source.path, span: () => spanOf(master!.source, s.line.startOffset, s.line.endOffset) });

  /**
   * A reader that records what the daemon consulted and flags silent surprises in it. A value that
   * depends on a template placeholder is shown as written, but decided on as the built-in default
   * (the name is listed in `templated`).
   */
  const readerFor = (ns: ParameterNamespace, values: Map<string, EffectiveValue>, report: Reporter, templated?: string[]) => (name: string): EffectiveValue => {
    const v = ns.get(name);
    if (v.unknown && templated && !templated.includes(name)) templated.push(name);
    if (!values.has(name)) {
      values.set(name, v);
      if (v.undefinedNames.length > 0 && v.source !== 'default') {
        report('warning', 'tls/undefined-parameter', `${name} = "${v.raw}" refers to ${v.undefinedNames.map((n) => `$${n}`).join(', ')}, which ${v.undefinedNames.length === 1 ? 'is' : 'are'} not defined: Postfix expands ${v.undefinedNames.length === 1 ? 'it' : 'them'} to the empty string, so the value is "${v.value}".`, v);
      }
      if (v.unknown) report('notice', 'tls/templated-value', `${name} depends on a template placeholder: its rendered value is unknown here, so the decisions use the built-in default "${ns.getAssumingDefault(name).value}".`, v);
    }
    // For file names only presence matters, and a placeholder will render to a path.
    return v.unknown && !TEMPLATED_PRESENCE.test(name) ? ns.getAssumingDefault(name) : v;
  };

  const inetInterfaces = base.get('inet_interfaces').value;
  let loopbackOnly: boolean | undefined;
  const interfacesLoopbackOnly = (): boolean => (loopbackOnly ??= interfacesAreLoopbackOnly(inetInterfaces));
  const knownTcpPorts = base.has('known_tcp_ports') ? base.get('known_tcp_ports').value : '';
  const listenOf = (s: MasterService): Listen => {
    const { host, port } = splitInetName(s.name);
    return { host, port: resolvePort(port, version, knownTcpPorts) };
  };
  const masterPlaceholders = master ? placeholdersOfSource(master.source) : [];
  const roleOf = (s: MasterService, listen: Listen | null, wrap: boolean): { role: Role; reason: string; assumed?: true } => {
    if (options.roles) {
      const keys = [s.name, `${s.name}/${s.type}`];
      if (listen?.port != null) keys.push(listen.host ? `${listen.host}:${listen.port}` : String(listen.port));
      for (const k of keys) {
        const r = roleGiven(options, k);
        if (r) return { role: r, reason: `role given for "${k}"` };
      }
    }
    // A listen address that a template fills in (PH_LOCAL_ADDRESS:10025, {{ bind }}:587) may be loopback or
    // public: the role below is a guess, and rules say so instead of judging it as certain.
    const nameSpan = s.fieldSpans[0];
    if (listen && nameSpan && overlapsPlaceholder(masterPlaceholders, nameSpan.start.offset, Math.max(nameSpan.end.offset, nameSpan.start.offset + 1))) {
      const guess = roleByAddress(s, listen, wrap);
      return { role: guess.role, reason: `${guess.reason}; the listen address "${s.name}" is a template placeholder, so this role is assumed (give it under services: in the policy)`, assumed: true };
    }
    return roleByAddress(s, listen, wrap);
  };
  const roleByAddress = (s: MasterService, listen: Listen | null, wrap: boolean): { role: Role; reason: string } => {
    if (!listen) return { role: 'local-only', reason: `${s.type} service: only local processes connect to it` };
    if (listen.host !== null && isLoopbackHost(listen.host)) return { role: 'local-only', reason: `listens on loopback address ${listen.host}` };
    if (listen.host === null && interfacesLoopbackOnly()) return { role: 'local-only', reason: `inet_interfaces = ${inetInterfaces} (loopback only)` };
    if (listen.port === 25) return { role: 'mx', reason: 'port 25' };
    if (listen.port === 587) return { role: 'submission', reason: 'port 587' };
    if (listen.port === 465) return { role: 'submissions', reason: 'port 465' };
    if (wrap) return { role: 'submissions', reason: 'wrapper mode (implicit TLS)' };
    return { role: 'other-public', reason: listen.port === null ? `port "${splitInetName(s.name).port}" unknown` : `port ${listen.port}` };
  };

  const serviceFiles = new Set([master?.source.path, loaded.masterOverrideSource?.path].filter((x) => x !== undefined));
  const isServiceOption = (v: EffectiveValue): boolean => v.file !== undefined && serviceFiles.has(v.file);

  const endpoints: Endpoint[] = [];
  const passEndpoints = new Map<MasterService, Endpoint>();
  const pendingPass: Endpoint[] = [];

  const smtpdEndpoint = (s: MasterService, listen: Listen | null, roleFrom?: { role: Role; reason: string; assumed?: true }): Endpoint => {
    const ctx = contextOf(s);
    const report = serviceReporter(s);
    const values = new Map<string, EffectiveValue>();
    const templated: string[] = [];
    const read = readerFor(ctx.ns, values, report, templated);
    for (const n of serverParameterNames('smtpd')) if (ctx.ns.has(n)) read(n);
    const outcome = serverTls({ prefix: 'smtpd', version, read, has: (n) => ctx.ns.has(n), report, isServiceOption, startupFatal: ctx.startupFatal });
    if (outcome.use) for (const n of GLOBAL_TLS_NAMES) if (ctx.ns.has(n)) read(n);
    const tls = outcome.tls;
    if (outcome.cipherInput && tls.offered) attachCipherSuites(tls, outcome.cipherInput, read, version, report);
    flagClientParamsOnServer(ctx, report, [SMTP, LMTP]);
    const { role, reason, assumed } = roleFrom ?? roleOf(s, listen, tls.implicit);
    if (templated.length) tls.templated = templated;
    return makeEndpoint({ service: s.name, type: s.type, command: basename(s.command), line: ctx.line, kind: 'server', role, roleReason: reason, roleAssumed: assumed, listen, tls, values, masterService: s });
  };

  const findService = (name: string, type: string): MasterService | undefined => services.find((x) => x.name === name && x.type === type);

  for (const s of services) {
    const cmd = basename(s.command);
    if (cmd === 'smtpd' && (s.type === 'inet' || s.type === 'unix')) {
      endpoints.push(smtpdEndpoint(s, s.type === 'inet' ? listenOf(s) : null));
    } else if (cmd === 'postscreen' && s.type === 'inet') {
      endpoints.push(postscreenEndpoint(s));
      // The smtpd pass service right after the first postscreen that feeds it.
      endpoints.push(...pendingPass.splice(0));
    } else if ((cmd === 'smtp' || cmd === 'lmtp') && s.type !== 'pass') {
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

  function postscreenEndpoint(s: MasterService): Endpoint {
    const ctx = contextOf(s);
    const report = serviceReporter(s);
    const values = new Map<string, EffectiveValue>();
    const templated: string[] = [];
    const read = readerFor(ctx.ns, values, report, templated);
    const listen = listenOf(s);
    const roleInfo = roleOf(s, listen, false);
    const passName = read('smtpd_service_name').value;
    const proxyName = read('tlsproxy_service_name').value;
    const passService = findService(passName, 'pass');
    const proxyService = findService(proxyName, 'unix');

    let pass: Endpoint | undefined;
    if (passService) {
      pass = passEndpoints.get(passService);
      if (!pass) {
        pass = smtpdEndpoint(passService, listen, roleInfo);
        pass.behind = [];
        passEndpoints.set(passService, pass);
        pendingPass.push(pass);
      }
      pass.behind!.push(s.name);
    }
    const finish = (tls: EndpointTls, front: Endpoint['postscreen']): Endpoint => {
      if (templated.length) tls.templated = [...(tls.templated ?? []), ...templated.filter((n) => !tls.templated?.includes(n))];
      return makeEndpoint({ service: s.name, type: s.type, command: 'postscreen', line: ctx.line, kind: 'server', role: roleInfo.role, roleReason: roleInfo.reason, listen, tls, values, postscreen: front, masterService: s });
    };
    if (ctx.startupFatal) return finish(deadTls(ctx.startupFatal), undefined);

    // Every bad boolean is reported: each alone is fatal, and postscreen names only the first (§1.6).
    const bools = new Map<string, boolean>();
    let firstFatal: string | undefined;
    for (const n of ['postscreen_use_tls', 'postscreen_enforce_tls', ...DEEP_TESTS]) {
      const v = read(n);
      const b = parseBoolean(v.value);
      if (b === undefined) {
        report('error', 'tls/bad-boolean', `${n} = "${v.value}" is not "yes" or "no": postscreen exits at start-up and port ${listen.port ?? s.name} does not answer.`, v, `fatal: bad boolean configuration: ${n} = ${v.value}`);
        firstFatal ??= `bad boolean configuration: ${n} = ${v.value}`;
        continue;
      }
      bools.set(n, b);
    }
    if (firstFatal !== undefined) return finish(deadTls(firstFatal), undefined);
    const deep = DEEP_TESTS.filter((n) => bools.get(n));
    const front = {
      deepProtocolTests: deep,
      starttlsBy: (deep.length > 0 ? 'tlsproxy' : 'smtpd') as 'tlsproxy' | 'smtpd',
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
    let use = bools.get('postscreen_use_tls') as boolean;
    let enforce = bools.get('postscreen_enforce_tls') as boolean;
    if (level.value !== '') {
      const l = level.value.toLowerCase();
      if (l === 'none') use = enforce = false;
      else if (l === 'may') {
        use = true;
        enforce = false;
      } else if (l === 'encrypt' || l === 'fingerprint' || l === 'verify' || l === 'secure') use = enforce = true;
      else {
        report('error', 'tls/invalid-level', `postscreen_tls_security_level = "${level.value}" is not a server TLS level: postscreen exits at start-up.`, level, `fatal: Invalid TLS level "${level.value}"`);
        return finish(deadTls(`Invalid TLS level "${level.value}"`), front);
      }
    }
    use = use || enforce;
    let tls: EndpointTls;
    if (!use) {
      tls = endpointTls({ ...deadTls(''), dead: null, level: 'none', certificateConfigured: null, authBeforeTls: pass?.tls.authBeforeTls ?? false });
    } else if (!proxyService) {
      report('error', 'tls/postscreen-without-tlsproxy', `postscreen offers STARTTLS but master.cf has no "${proxyName} unix" tlsproxy service: STARTTLS fails for clients in postscreen's tests.`, level);
      tls = endpointTls({ ...deadTls(''), dead: null, advertised: true, required: enforce, level: enforce ? 'encrypt' : 'may', authBeforeTls: pass?.tls.authBeforeTls ?? false });
    } else {
      // tlsproxy: main.cf plus the tlsproxy service's own -o (reference §2.5, §5.3).
      const pctx = contextOf(proxyService);
      const preport = serviceReporter(proxyService);
      const pread = readerFor(pctx.ns, values, preport, templated);
      for (const n of serverParameterNames('tlsproxy')) if (pctx.ns.has(n)) pread(n);
      const proxy = serverTls({ prefix: 'tlsproxy', version, read: pread, has: (n) => pctx.ns.has(n), report: preport, startupFatal: pctx.startupFatal });
      if (proxy.cipherInput && proxy.tls.offered) attachCipherSuites(proxy.tls, proxy.cipherInput, pread, version, preport);
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

  function clientEndpoint(s: MasterService, cmd: 'smtp' | 'lmtp'): Endpoint {
    const ctx = contextOf(s);
    const report = serviceReporter(s);
    const values = new Map<string, EffectiveValue>();
    const templated: string[] = [];
    const read = readerFor(ctx.ns, values, report, templated);
    for (const n of clientParameterNames(cmd)) if (ctx.ns.has(n)) read(n);
    const outcome = clientTls({ prefix: cmd, version, read, has: (n) => ctx.ns.has(n), report, startupFatal: ctx.startupFatal });
    if (outcome.cipherInput && outcome.tls.offered) attachCipherSuites(outcome.tls, outcome.cipherInput, read, version, report);
    flagClientParamsOnServer(ctx, report, cmd === 'smtp' ? [SMTPD, LMTP] : [SMTPD, SMTP]);
    if (s.strayArguments[0]) {
      report('notice', 'tls/client-stray-argument', `"${s.strayArguments[0].text}" is not an option: the Postfix 3.7 ${cmd} client ignores it (its binary has no "unexpected command-line argument" check), but any -o after it is not applied.`, undefined);
    }
    const keys = [s.name, `${s.name}/${s.type}`];
    let role: Role = cmd === 'smtp' ? 'client-smtp' : 'client-lmtp';
    let reason = `${cmd} client transport`;
    for (const k of keys) {
      const r = roleGiven(options, k);
      if (r) {
        role = r;
        reason = `role given for "${k}"`;
        break;
      }
    }
    if (templated.length) outcome.tls.templated = templated;
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
function makeEndpoint(e: Endpoint): Endpoint {
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

/** The TLS parameter names of a daemon family, made once. */
interface TlsFamily {
  name: string;
  tlsPrefix: string;
  useTls: string;
  enforceTls: string;
}
const tlsFamily = (name: string): TlsFamily => ({ name, tlsPrefix: `${name}_tls_`, useTls: `${name}_use_tls`, enforceTls: `${name}_enforce_tls` });
const SMTPD = tlsFamily('smtpd');
const SMTP = tlsFamily('smtp');
const LMTP = tlsFamily('lmtp');

/** -o of another daemon family's TLS parameters does nothing, and nothing warns (§2.3, gotcha 10). */
function flagClientParamsOnServer(ctx: ServiceContext, report: Reporter, foreign: readonly TlsFamily[]): void {
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
function roleGiven(options: ModelOptions, key: string): Role | undefined {
  return options.roles !== undefined && Object.hasOwn(options.roles, key) ? options.roles[key] : undefined;
}

/**
 * The first unbalanced-brace argument master(8) reads (services that master_service_disable turns off
 * excepted; a line with template placeholders is assumed to render valid), or undefined.
 */
function masterRefusalOf(master: MasterCf, masterServiceDisable: string): { line: number; error: string; span?: Diagnostic['span'] } | undefined {
  const braces = master.diagnostics.filter((d) => d.code === 'master-cf/unbalanced-brace' && d.span);
  if (braces.length === 0) return undefined;
  for (const s of master.services) {
    if (s.templated || isServiceDisabled(s, masterServiceDisable)) continue;
    const d = braces.find((b) => b.span!.start.offset >= s.line.startOffset && b.span!.start.offset < s.line.endOffset);
    if (d) return { line: s.line.firstLine, error: d.postfixMessage ?? d.message, span: d.span };
  }
  return undefined;
}

/** master.cf's start-up-fatal diagnostics by offset, with their place in the file's list. */
const fatalIndexes = new WeakMap<MasterCf, { offset: number; order: number; d: Diagnostic }[]>();

/**
 * The first (in the file's list) start-up-fatal diagnostic at an offset in [start, end): a binary
 * search instead of a search of all of them per service (quadratic with thousands of services).
 */
function firstStartupFatal(master: MasterCf, start: number, end: number): Diagnostic | undefined {
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
    if ((index[mid] as { offset: number }).offset < start) lo = mid + 1;
    else hi = mid;
  }
  let best: { order: number; d: Diagnostic } | undefined;
  for (let i = lo; i < index.length && (index[i] as { offset: number }).offset < end; i++) {
    const x = index[i] as { order: number; d: Diagnostic };
    if (!best || x.order < best.order) best = x;
  }
  return best?.d;
}
