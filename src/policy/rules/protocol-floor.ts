import { evaluateProtocolList, TLS_PROTOCOLS, type TlsProtocol } from '../../tls/protocols.js';
import { stockMasterNote } from '../locations.js';
import type { Endpoint } from '../../model/types.js';
import { builtinDefaults } from '../../postfix/defaults/index.js';
import { postfixCipherSuites, type CipherGrade } from '../../tls/postfix-ciphers.js';
import type { CipherSuite } from '../../tls/ciphers/suite.js';
import type { Rule } from '../types.js';
import { protocolListFrom, setForEndpoint, valueLocation } from './helpers.js';

export const protocolFloor: Rule = {
  id: 'protocol-floor',
  title: 'Protocol versions below the policy floor are negotiable',
  defaultSeverity: 'error',
  judgesRole: true,
  rationale: 'The policy sets a minimum TLS version for this role (RFC 8996 and RFC 9325 forbid TLS 1.0/1.1 where TLS protects credentials). The list that counts depends on the mode: the mandatory list where TLS is required or implicit, the opportunistic list otherwise.',
  references: ['RFC 8996', 'RFC 9325 §3.1.1', 'RFC 8314 §4.1', 'reference postfix-semantics §3.3'],
  check(ctx) {
    const version = ctx.model.postfixVersion.version;
    /** Opportunistic by default: the mandatory list still decides wherever TLS gets enforced (policy maps). */
    const mandatoryFloor = (e: Parameters<typeof ctx.policyFor>[0], min: (typeof TLS_PROTOCOLS)[number] | null): void => {
      if (!min || e.tls.required || e.tls.dead) return;
      const family = e.command === 'postscreen' ? 'tlsproxy' : e.command;
      const names = parameterNamesOf(family);
      // A level rendered by a template is undetermined, never a pass: judge the list it would use.
      const levelTemplated = e.tls.templated?.includes(names.securityLevel) ?? false;
      if (e.tls.level === 'none' && !levelTemplated) return;
      const param = names.mandatoryProtocols;
      const v = e.values.get(param);
      if (!v) return;
      const list = evaluateProtocolList(v.value, { postfixVersion: version });
      if (!list.valid) return;
      const listed = list.enabled.filter((p) => TLS_PROTOCOLS.indexOf(p) < TLS_PROTOCOLS.indexOf(min));
      if (listed.length === 0) return;
      // Only versions the mandatory cipher settings leave a suite for can be negotiated there (§6.2).
      const below = negotiableWithMandatoryCiphers(e, names, listed, version);
      if (below.length === 0) return;
      // Where nothing enforces TLS yet (no policy table, no DANE level) the list is latent; still a
      // warning: a policy table added later inherits it.
      const maps = e.values.get(names.policyMaps)?.value ?? '';
      const perSite = e.values.get(names.perSite)?.value ?? '';
      const enforcing = maps !== '' || perSite !== '' || e.tls.level === 'dane';
      const at = valueLocation(ctx.model, e, param);
      const value = protocolListFrom(version, min);
      const fix = setForEndpoint(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
      const where = levelTemplated && e.tls.level === 'none'
        ? `if the level the template renders turns TLS on, then where TLS is enforced`
        : enforcing
        ? `where TLS is enforced (${e.tls.level === 'dane' ? 'destinations with usable DANE TLSA records' : `destinations that ${maps !== '' ? `${family}_tls_policy_maps` : `${family}_tls_per_site`} gives an "encrypt" or stronger level`})`
        : `where TLS would be enforced (nothing enforces it yet: no ${family}_tls_policy_maps, no DANE level; a policy table added later would inherit this list)`;
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}): ${where} ${param} = "${v.value}"${at.fromDefault ? ' (default)' : ''} still allows ${below.join(', ')}; the policy (${ctx.policy.profile.id}) needs ${min} or newer there.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
        severity: 'warning',
        ...(fix ? { fix } : {}),
      });
    };
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      mandatoryFloor(e, rp.minProtocolMandatory ?? null);
      // Where TLS is required the mandatory list is the one in use: its floor counts too (§3.3).
      const mandatory = e.tls.required ? rp.minProtocolMandatory ?? null : null;
      const min = [rp.minProtocol, mandatory].reduce<TlsProtocol | null>((a, b) => (b && (!a || TLS_PROTOCOLS.indexOf(b) > TLS_PROTOCOLS.indexOf(a)) ? b : a), null);
      if (!min || !e.tls.offered || !e.tls.protocolList) continue;
      const floor = TLS_PROTOCOLS.indexOf(min);
      const below = e.tls.protocols.filter((p) => TLS_PROTOCOLS.indexOf(p) < floor);
      if (below.length === 0) continue;
      const param = e.tls.protocolList.parameter;
      const at = valueLocation(ctx.model, e, param);
      const value = protocolListFrom(ctx.model.postfixVersion.version, min);
      const fix = setForEndpoint(ctx.model, e, param, value, `Set ${param} = ${value} for ${e.service}`);
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}, ${e.tls.required ? 'TLS required' : 'opportunistic TLS'}) negotiates ${below.join(', ')}: ${param} = "${e.tls.protocolList.value}"${at.fromDefault ? ' (default)' : ''}; the policy (${ctx.policy.profile.id}) needs ${min} or newer.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: param,
        ...(fix ? { fix } : {}),
      });
    }
  },
};

/** The parameters of one family (smtpd, smtp, lmtp, tlsproxy) that the mandatory list's judgement reads. */
interface FamilyParameterNames {
  securityLevel: string;
  mandatoryProtocols: string;
  policyMaps: string;
  perSite: string;
  mandatoryCiphers: string;
  excludeCiphers: string;
  mandatoryExcludeCiphers: string;
}

/** Made once per family, not per endpoint (a name built anew is hashed anew at every lookup). */
const namesByFamily = new Map<string, FamilyParameterNames>();
function parameterNamesOf(family: string): FamilyParameterNames {
  let names = namesByFamily.get(family);
  if (!names) {
    names = {
      securityLevel: `${family}_tls_security_level`,
      mandatoryProtocols: `${family}_tls_mandatory_protocols`,
      policyMaps: `${family}_tls_policy_maps`,
      perSite: `${family}_tls_per_site`,
      mandatoryCiphers: `${family}_tls_mandatory_ciphers`,
      excludeCiphers: `${family}_tls_exclude_ciphers`,
      mandatoryExcludeCiphers: `${family}_tls_mandatory_exclude_ciphers`,
    };
    if (namesByFamily.size < 64) namesByFamily.set(family, names);
  }
  return names;
}

/**
 * The versions of a mandatory protocol list that a suite is left for under the mandatory cipher
 * grade and exclusions (clients add eNULL at "encrypt", reference §6.2): SHA-256/384 and AEAD suites
 * work only in TLS 1.2, so e.g. excluding "SHA" leaves no suite for TLS 1.0/1.1.
 */
function negotiableWithMandatoryCiphers(e: Endpoint, names: FamilyParameterNames, protocols: TlsProtocol[], version: string): TlsProtocol[] {
  const defaults = builtinDefaults(version);
  const value = (n: string): string => e.values.get(n)?.value ?? defaults.get(n) ?? '';
  const grade = value(names.mandatoryCiphers);
  const exclusions = [names.excludeCiphers, names.mandatoryExcludeCiphers].flatMap((n) => value(n).split(/[, \t\r\n:]+/).filter((t) => t.length > 0));
  if (e.kind === 'client') exclusions.push('eNULL');
  const cipherlists: Record<CipherGrade, string> = {
    high: value('tls_high_cipherlist'),
    medium: value('tls_medium_cipherlist'),
    low: value('tls_low_cipherlist'),
    export: value('tls_export_cipherlist'),
    null: value('tls_null_cipherlist'),
  };
  const r = postfixCipherSuites({ grade, exclusions, cipherlists, postfixVersion: version });
  if (!r.ok) return protocols;
  const usable = usableSuites(r.suites);
  return protocols.filter((p) => p === 'TLSv1.3' || p === 'TLSv1.2' || (p === 'SSLv3' ? usable.sslv3 : usable.beforeTls12));
}

/**
 * Whether a suite list (without PSK/SRP suites) has one for SSLv3, and one for versions before TLS 1.2.
 * The lists are the cipher engine's shared, frozen answers: judged once per list.
 */
const usableByList = new WeakMap<readonly CipherSuite[], { sslv3: boolean; beforeTls12: boolean }>();
function usableSuites(suites: readonly CipherSuite[]): { sslv3: boolean; beforeTls12: boolean } {
  let u = usableByList.get(suites);
  if (!u) {
    const usable = suites.filter((x) => !/PSK|SRP/.test(x.mkey) && !/PSK|SRP/.test(x.auth));
    u = { sslv3: usable.some((x) => x.protocol === 'SSLv3'), beforeTls12: usable.some((x) => x.protocol !== 'TLSv1.2') };
    if (Object.isFrozen(suites)) usableByList.set(suites, u);
  }
  return u;
}
