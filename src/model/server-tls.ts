/**
 * What a TLS server daemon (smtpd, or tlsproxy's server role behind postscreen) really does with
 * its effective parameters: reference §4.4 and §7.1 (level vs legacy booleans, wrapper mode), §3.3
 * (which protocol list), §5.2 (cipher grade, exclusions, certificates), §7 (AUTH before TLS).
 * The code follows S:v3.7.11 src/smtpd/smtpd.c pre_jail_init() and src/tlsproxy/tlsproxy.c
 * pre_jail_init_server(), which tlsproxy's comment says was "pasted literally from smtpd(8)".
 */
import { compareVersions } from '../postfix/defaults/index.js';
import { evaluateProtocolList, type TlsProtocol } from '../tls/protocols.js';
import { badBooleanMessage, daemonParameterNames, decideServerLevel, lookupGrade, parseBoolean, splitExclusions } from './levels.js';
import type { EffectiveValue } from './namespace.js';
import type { Reporter } from './report.js';
import type { EndpointTls, ProtocolListChoice } from './types.js';

export interface ServerTlsInput {
  prefix: 'smtpd' | 'tlsproxy';
  version: string;
  /** Read a parameter as this daemon sees it (and remember it for the report). */
  read: (name: string) => EffectiveValue;
  has: (name: string) => boolean;
  report: Reporter;
  /** The value was set by this service's own -o (master.cf or postfix-master.cf), not main.cf. */
  isServiceOption?: (v: EffectiveValue) => boolean;
  /** The daemon exits before TLS matters (stray argument, bad -o, fatal main.cf line). */
  startupFatal?: string;
}

export interface ServerTlsOutcome {
  tls: EndpointTls;
  use: boolean;
  enforce: boolean;
  /** The TLS context initializes and a handshake can succeed. */
  usable: boolean;
  /** Inputs for the cipher engine (valid grade and exclusions). */
  cipherInput?: { grade: string; exclusions: string[] };
}

/**
 * Every EndpointTls is made here, with every field present (absent ones undefined) in one order:
 * V8 then keeps one shape for them all, where object spreads of differently shaped objects took its
 * slow generic path (and made the later property stores and reads polymorphic).
 */
export function endpointTls(t: EndpointTls): EndpointTls {
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

export function deadTls(reason: string, implicit = false): EndpointTls {
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

export function serverTls(input: ServerTlsInput): ServerTlsOutcome {
  const { prefix, read, report } = input;
  const { tls: p, useTls: useName, enforceTls: enforceName } = daemonParameterNames(prefix);
  const dead = (reason: string, implicit = false): ServerTlsOutcome => ({ tls: deadTls(reason, implicit), use: false, enforce: false, usable: false });

  if (input.startupFatal) return dead(input.startupFatal);

  // Expansion errors in parameters the daemon reads at start-up are fatal (mail_conf_eval).
  const bool = (name: string): boolean | 'fatal' => {
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
  // Each bad boolean alone stops the daemon; it names only the first (its table order), and fixing that
  // one shows the next, so every one is reported (checked with the real 3.7.11 smtpd, §1.6).
  const bools = new Map<string, boolean>();
  let firstFatal: ServerTlsOutcome | undefined;
  for (const name of boolNames) {
    if (!input.has(name)) continue;
    const b = bool(name);
    if (b === 'fatal') {
      const v = read(name);
      firstFatal ??= dead(v.expansionError ? `macro processing error in ${name}` : badBooleanMessage(name, v.value), name === 'smtpd_tls_wrappermode' ? false : bools.get('smtpd_tls_wrappermode') ?? false);
      continue;
    }
    bools.set(name, b);
  }
  if (firstFatal) return firstFatal;
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
  if (decision.warning) report('warning', 'tls/unsupported-server-level', `${decision.warning}: a server cannot verify clients this way; it behaves as "encrypt".`, levelValue, `warning: ${decision.warning}`);
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
    if (haveCert) report('warning', 'tls/chain-files-and-legacy', `${p('chain_files')} and the legacy ${p('cert_file')}/${p('eccert_file')}/${p('dcert_file')} are both set: the legacy parameters are ignored.`, chain);
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
  if (!enforce && (bools.get(p('req_ccert')) ?? false)) report('warning', 'tls/req-ccert-without-enforce', `${p('req_ccert')} = yes has no effect unless TLS is required ("Can't require client certs unless TLS is required").`, read(p('req_ccert')), "warning: Can't require client certs unless TLS is required");
  if (!haveCert && !(anonymous && !askCcert)) {
    usable = false;
    report('warning', 'tls/no-server-certificate', `No server certificate is configured (${p('cert_file')}, ${p('eccert_file')}, ${p('dcert_file')}${chain ? `, ${p('chain_files')}` : ''} are empty): ${wrap ? 'every implicit-TLS connection is dropped' : 'STARTTLS is advertised but answered "454 4.7.0 TLS not available due to local problem"'}.`, certFile, "warning: No server certs available. TLS won't be enabled");
  }

  const listName = enforce ? p('mandatory_protocols') : p('protocols');
  const listValue = read(listName);
  const list = evaluateProtocolList(listValue.value, { postfixVersion: input.version });
  if (!list.valid) {
    usable = false;
    const hint = /^(>=|<=)/.test(list.invalidToken ?? '') && compareVersions(input.version, '3.6') < 0 ? ' (">=" needs Postfix 3.6 or later)' : '';
    report('error', 'tls/invalid-protocol-list', `${listName} = "${listValue.value}" is invalid: ${list.invalidReason}${hint}. Postfix then disables TLS for this service without failing: ${wrap ? 'implicit-TLS connections are dropped' : enforce ? 'STARTTLS gets 454 and every mail transaction 530' : 'STARTTLS gets 454 and mail flows in plaintext'}.`, listValue, `warning: ${list.postfixWarning}`);
  } else if (list.noProtocolsAvailable) {
    usable = false;
    report('error', 'tls/no-protocols-available', `${listName} = "${listValue.value}" leaves no protocol version enabled: every TLS handshake fails ("no protocols available"), with no warning at start-up.`, listValue);
  } else {
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
  } else if ((grade === 'low' || grade === 'export') && compareVersions(input.version, '3.8') >= 0) {
    report('notice', 'tls/grade-maps-to-medium', `${gradeName} = "${gradeValue.value}" means "medium" since Postfix 3.8.`, gradeValue);
  }
  const exclusions: string[] = [];
  const exclNames = [p('exclude_ciphers'), ...(enforce ? [p('mandatory_exclude_ciphers')] : [])];
  for (const n of exclNames) {
    const v = read(n);
    const ex = splitExclusions(v.value);
    if (ex.badToken !== undefined) {
      usable = false;
      report('error', 'tls/invalid-cipher-exclusion', `${n} contains "${ex.badToken}": exclusions are bare cipher names without "!", "+", "-" or "@"; every TLS handshake aborts.`, v, `warning: invalid unary '!+-@' in cipher exclusion: ${ex.badToken}`);
    }
    // Postfix appends every token (a repeat is harmless); the model lists each once.
    for (const tok of ex.tokens) if (!exclusions.includes(tok)) exclusions.push(tok);
  }
  // Requesting client certificates removes anonymous suites (smtpd.c; reference §5.2).
  if (askCcert && !exclusions.includes('aNULL')) exclusions.push('aNULL');

  let protocols: TlsProtocol[] = usable ? [...list.enabled] : [];
  if (usable && !haveCert && anonymous) {
    // TLS 1.3 has no anonymous key exchange: a server without a certificate cannot do it (§5.2).
    if (protocols.includes('TLSv1.3')) {
      report('notice', 'tls/anonymous-no-tls13', `${p('cert_file')} = none (anonymous TLS only): TLS 1.3 needs a certificate, so only TLS 1.2 and older with anonymous ciphers can work.`, certFile);
    }
    protocols = protocols.filter((x) => x !== 'TLSv1.3');
    if (protocols.length === 0) usable = false;
  }
  const outcome: ServerTlsOutcome = {
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
  if (grade !== undefined) outcome.cipherInput = { grade, exclusions };
  return outcome;
}

/** The protocol list a daemon uses (invalidToken only when the list is invalid). */
export function protocolListChoice(parameter: string, value: string, list: { valid: boolean; invalidToken?: string }): ProtocolListChoice {
  const choice: ProtocolListChoice = { parameter, value, valid: list.valid };
  if (list.invalidToken !== undefined) choice.invalidToken = list.invalidToken;
  return choice;
}

const serverNamesByPrefix = new Map<string, readonly string[]>();

/** Parameters worth showing for a server daemon of this family, in display order. */
export function serverParameterNames(prefix: 'smtpd' | 'tlsproxy'): readonly string[] {
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
