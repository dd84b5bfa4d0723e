/**
 * The TLS an smtp/lmtp client transport uses for destinations without a policy-table entry:
 * reference §4.4 (client levels, legacy smtp_enforce_tls = verify), §3.3 (may uses the
 * opportunistic list, everything above the mandatory one; DANE drops SSLv3), §6.2 (grades and
 * exclusions per level). S:v3.7.11 src/smtp/smtp_tls_policy.c global_tls_level(), policy_create().
 */
import { evaluateProtocolList } from '../tls/protocols.js';
import { badBooleanMessage, daemonParameterNames, lookupGrade, lookupLevel, parseBoolean, splitExclusions, type ClientLevel } from './levels.js';
import type { EffectiveValue } from './namespace.js';
import type { Reporter } from './report.js';
import { deadTls, endpointTls, protocolListChoice } from './server-tls.js';
import type { EndpointTls } from './types.js';

export interface ClientTlsInput {
  prefix: 'smtp' | 'lmtp';
  version: string;
  read: (name: string) => EffectiveValue;
  has: (name: string) => boolean;
  report: Reporter;
  startupFatal?: string;
}

export interface ClientTlsOutcome {
  tls: EndpointTls;
  cipherInput?: { grade: string; exclusions: string[] };
}

const REQUIRED_LEVELS: readonly ClientLevel[] = ['encrypt', 'dane-only', 'fingerprint', 'verify', 'secure'];

export function clientTls(input: ClientTlsInput): ClientTlsOutcome {
  const { prefix, read, report } = input;
  const { tls: t, useTls, enforceTls } = daemonParameterNames(prefix);
  const dead = (reason: string): ClientTlsOutcome => {
    const tls = deadTls(reason);
    tls.advertised = null;
    return { tls };
  };
  if (input.startupFatal) return dead(input.startupFatal);

  // Every bad boolean is reported: each alone is fatal, and the client names only the first (§1.6).
  const bools = new Map<string, boolean>();
  let firstFatal: string | undefined;
  for (const name of [useTls, enforceTls, t('enforce_peername'), t('wrappermode')]) {
    if (!input.has(name)) continue;
    const v = read(name);
    const b = parseBoolean(v.value);
    if (b === undefined) {
      report('error', 'tls/bad-boolean', `${name} = "${v.value}" is not "yes" or "no": the ${prefix} client exits at start-up and mail for this transport stays queued.`, v, `fatal: ${badBooleanMessage(name, v.value)}`);
      firstFatal ??= badBooleanMessage(name, v.value);
      continue;
    }
    bools.set(name, b);
  }
  if (firstFatal !== undefined) return dead(firstFatal);

  const levelValue = read(t('security_level'));
  let level: ClientLevel;
  if (levelValue.value !== '') {
    const l = lookupLevel(levelValue.value);
    if (!l) {
      report('error', 'tls/invalid-level', `${t('security_level')} = "${levelValue.value}" is not a TLS level (none, may, encrypt, dane, dane-only, fingerprint, verify, secure): the ${prefix} client exits and mail stays queued.`, levelValue, `fatal: Invalid TLS level "${levelValue.value}"`);
      return dead(`Invalid TLS level "${levelValue.value}"`);
    }
    level = l;
  } else if (bools.get(enforceTls)) {
    // Legacy smtp_enforce_tls = yes means verify (with the default smtp_tls_enforce_peername = yes), §4.4.
    level = (bools.get(t('enforce_peername')) ?? true) ? 'verify' : 'encrypt';
  } else if (bools.get(useTls)) {
    level = 'may';
  } else {
    level = 'none';
  }
  const implicit = bools.get(t('wrappermode')) ?? false;
  const required = REQUIRED_LEVELS.includes(level);
  if (level === 'none') {
    return { tls: endpointTls({ offered: false, advertised: null, required, implicit, protocols: [], protocolList: null, cipherGrade: null, cipherExclusions: [], certificateConfigured: null, authBeforeTls: false, dead: null, level }) };
  }

  let usable = true;
  const mandatory = level !== 'may';
  const listName = mandatory ? t('mandatory_protocols') : t('protocols');
  const listValue = read(listName);
  const list = evaluateProtocolList(listValue.value, { postfixVersion: input.version });
  if (!list.valid) {
    usable = false;
    report('error', 'tls/invalid-protocol-list', `${listName} = "${listValue.value}" is invalid: ${list.invalidReason}. The client aborts every TLS session ("Invalid TLS protocol list"): ${mandatory ? 'mail is deferred' : 'mail goes out in plaintext'}.`, listValue, `warning: <peer>: Invalid TLS protocol list "${listValue.value}": aborting TLS session`);
  } else if (list.noProtocolsAvailable) {
    usable = false;
    report('error', 'tls/no-protocols-available', `${listName} = "${listValue.value}" leaves no protocol version enabled: every TLS handshake fails.`, listValue);
  } else if (list.included.length > 0 && !list.enabled.includes('TLSv1.3') && !list.excluded.includes('TLSv1.3') && list.floor === 0 && list.ceiling === 0) {
    report('warning', 'tls/include-list-drops-tls13', `${listName} = "${listValue.value}" is an include list: every protocol not named, TLSv1.3 included, is disabled.`, listValue);
  }

  const gradeName = mandatory ? t('mandatory_ciphers') : t('ciphers');
  const gradeValue = read(gradeName);
  const grade = lookupGrade(gradeValue.value);
  if (grade === undefined) {
    usable = false;
    report('error', 'tls/invalid-cipher-grade', `${gradeName} = "${gradeValue.value}" is not a cipher grade (high, medium, low, export, null): every TLS session aborts.`, gradeValue, `warning: invalid cipher grade: "${gradeValue.value}"`);
  }
  const exclusions: string[] = [];
  for (const n of [t('exclude_ciphers'), ...(mandatory ? [t('mandatory_exclude_ciphers')] : [])]) {
    const v = read(n);
    const ex = splitExclusions(v.value);
    if (ex.badToken !== undefined) {
      usable = false;
      report('error', 'tls/invalid-cipher-exclusion', `${n} contains "${ex.badToken}": exclusions are bare cipher names; every TLS session aborts.`, v, `warning: invalid unary '!+-@' in cipher exclusion: ${ex.badToken}`);
    }
    // Postfix appends every token (a repeat is harmless); the model lists each once.
    for (const tok of ex.tokens) if (!exclusions.includes(tok)) exclusions.push(tok);
  }
  // §6.2: encrypt adds eNULL; certificate-checking levels also aNULL.
  if (mandatory && !exclusions.includes('eNULL')) exclusions.push('eNULL');
  if (mandatory && level !== 'encrypt' && !exclusions.includes('aNULL')) exclusions.push('aNULL');

  let protocols = usable ? [...list.enabled] : [];
  // DANE levels always exclude SSLv2 and SSLv3 (tls_client.c; §3.3).
  if (level === 'dane' || level === 'dane-only') protocols = protocols.filter((x) => x !== 'SSLv3');
  if (protocols.length === 0) usable = false;

  const policy = read(t('policy_maps'));
  if (policy.value !== '') {
    report('notice', 'tls/policy-maps', `${t('policy_maps')} is set: destinations listed there use their own level, protocols and ciphers; this model shows the defaults for all other destinations.`, policy);
  }
  const outcome: ClientTlsOutcome = {
    tls: endpointTls({
      offered: usable,
      advertised: null,
      required,
      implicit,
      protocols,
      protocolList: protocolListChoice(listName, listValue.value, list),
      cipherGrade: grade ?? gradeValue.value,
      cipherExclusions: exclusions,
      certificateConfigured: null,
      authBeforeTls: false,
      dead: null,
      level,
    }),
  };
  if (grade !== undefined) outcome.cipherInput = { grade, exclusions };
  return outcome;
}

const clientNamesByPrefix = new Map<string, readonly string[]>();

export function clientParameterNames(prefix: 'smtp' | 'lmtp'): readonly string[] {
  let names = clientNamesByPrefix.get(prefix);
  if (!names) {
    const { tls: t, useTls, enforceTls } = daemonParameterNames(prefix);
    names = Object.freeze([
      t('security_level'),
      useTls,
      enforceTls,
      t('enforce_peername'),
      t('wrappermode'),
      t('protocols'),
      t('mandatory_protocols'),
      t('ciphers'),
      t('mandatory_ciphers'),
      t('exclude_ciphers'),
      t('mandatory_exclude_ciphers'),
      t('policy_maps'),
      t('cert_file'),
    ]);
    clientNamesByPrefix.set(prefix, names);
  }
  return names;
}
