/**
 * The policy judges live observations (issue 7 §3): the same Policy, RolePolicy and rule ids as the config scan,
 * applied to what a server was seen to do. Findings carry the target ("host:port") instead of a file position.
 * What could not be observed is reported as untested (probe-untested / probe-failed), never as a pass.
 */
import { createHash } from 'node:crypto';
import net from 'node:net';
import type { Finding, Policy, Role, RolePolicy, Severity } from '../policy/types.js';
import { CIPHER_SUITES } from '../tls/ciphers/index.js';
import { classifySuite, type SuiteClassName } from '../tls/ciphers/classify.js';
import { TLS_PROTOCOLS, type TlsProtocol } from '../tls/protocols.js';
import type { CompareResult } from './compare.js';
import type { ProbeResult } from './probe.js';
import { PROBE_RULES, probeRule } from './rules.js';
import { POLICY_ROLE_OF } from './target.js';

export interface JudgeOptions {
  /** Policy role per target ("host:port"), e.g. from "host:port=role"; otherwise from the port. */
  roles?: ReadonlyMap<string, Role>;
  /** Judgement time (epoch ms) for certificate expiry; default now. */
  now?: number;
  /** certificate-expiry warns this many days ahead; default 30. */
  expiryWarningDays?: number;
}

export { POLICY_ROLE_OF };

/** Role policy for a target: its role's policy, then the policy's `services` entries for "host:port" or the port. */
export function rolePolicyForTarget(policy: Policy, r: ProbeResult, explicit?: Role): { role: Role; rp: RolePolicy } {
  let role: Role = explicit ?? POLICY_ROLE_OF[r.role];
  let rp = policy.roles[role];
  for (const k of [...new Set([String(r.port), `${r.host}:${r.port}`, r.target])]) {
    const o = policy.services[k];
    if (!o) continue;
    const { role: overrideRole, ...rest } = o;
    if (overrideRole && !explicit) {
      role = overrideRole;
      rp = policy.roles[overrideRole];
    }
    rp = { ...rp, ...rest };
  }
  return { role, rp };
}

const SUITE_BY_NAME = new Map(CIPHER_SUITES.map((s) => [s.name, s]));
const below = (p: string, floor: TlsProtocol): boolean => TLS_PROTOCOLS.indexOf(p as TlsProtocol) < TLS_PROTOCOLS.indexOf(floor);
/** The probe's group names and the OpenSSL names a profile may use for them. */
const GROUP_ALIASES: Readonly<Record<string, string[]>> = { 'P-256': ['P-256', 'secp256r1', 'prime256v1'], 'P-384': ['P-384', 'secp384r1'], 'P-521': ['P-521', 'secp521r1'] };
const WEAK_SIGNATURE = /^(md5|sha1|dsa-with-SHA1|ecdsa-with-SHA1)/i;
const list = (xs: readonly string[], n = 6): string => xs.slice(0, n).join(', ') + (xs.length > n ? `, ... (${xs.length} in all)` : '');

/** RFC 6125 §6.4: exact (case-insensitive) or a wildcard for the whole left-most label. */
export function certificateNames(names: readonly string[], host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return names.some((n) => {
    const name = n.toLowerCase().replace(/\.$/, '');
    if (name === h) return true;
    if (!name.startsWith('*.')) return false;
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === name.slice(2) && name.slice(2).includes('.');
  });
}

export function judgeProbe(results: readonly ProbeResult[], policy: Policy, options: JudgeOptions = {}, compare?: CompareResult | null): Finding[] {
  const findings: Finding[] = [];
  const now = options.now ?? Date.now();
  const warnDays = options.expiryWarningDays ?? 30;
  for (const r of results) {
    const { role, rp } = rolePolicyForTarget(policy, r, options.roles?.get(r.target));
    const seen = new Set<string>();
    const report = (ruleId: string, subject: string, message: string, severity?: Severity): void => {
      const level = policy.rules[ruleId]?.level;
      if (level === 'off') return;
      const fingerprint = createHash('sha256').update(['probe', ruleId, r.target, subject].join('\u0000')).digest('hex').slice(0, 16);
      if (seen.has(fingerprint)) return;
      seen.add(fingerprint);
      findings.push({
        ruleId, severity: level ?? severity ?? probeRule(ruleId).defaultSeverity, message,
        file: '', line: 0, column: 0, endLine: 0, endColumn: 0, configSet: '', service: null, role, fingerprint, target: r.target,
      });
    };
    const who = `${r.target} (${role})`;
    const profile = policy.profile.id;

    // Nothing observed: judge nothing, say so.
    // (An implicit-TLS port that refuses every handshake counts as unreachable in the result, but it did answer.)
    const observedNothing = r.handshakeRefused === null && (!r.reachable || (r.starttlsAdvertised === null && !r.starttls && r.tlsRequired === null));
    if (observedNothing) {
      report('probe-failed', 'unreachable', `${who} could not be probed: ${r.errors.map((e) => e.message).join('; ') || 'no answer'}. Nothing about it was judged.`);
      continue;
    }
    const tlsUsable = r.starttls;
    const noTls = !tlsUsable;
    const untested: string[] = [];
    const untestedByError: string[] = [];

    // TLS offered at all.
    if ((rp.tlsOffered || rp.tls === 'required') && noTls) {
      const cause = r.starttlsAdvertised === false
        ? 'does not advertise STARTTLS'
        : r.errors.some((e) => e.kind === 'starttls-refused')
          ? `advertises STARTTLS but refuses it (${r.errors.find((e) => e.kind === 'starttls-refused')!.message})`
          : r.handshakeRefused !== null
            ? `refuses every TLS handshake this client can offer (${r.handshakeRefused})`
            : `completed no TLS handshake (${r.errors.map((e) => e.message).join('; ') || 'no reason given'})`;
      report('tls-not-available', 'tls', `${who} ${cause}; the policy (${profile}) expects TLS here.`);
    }

    // TLS required / must not be required; AUTH before TLS.
    if (rp.tls === 'required' && r.tlsRequired === false) {
      report('submission-tls-not-required', 'tls-required', `${who} accepts MAIL FROM before TLS${r.authBeforeTls ? ' and offers AUTH in plaintext' : ''}: clients may submit mail in plaintext. The policy (${profile}) requires TLS here (RFC 8314).`);
    }
    // Implicit TLS has no plaintext phase: nothing to ask there.
    if (rp.tls === 'required' && r.tlsRequired === null && r.mode !== 'implicit') untestedByError.push('whether TLS is required (MAIL FROM before TLS was not answered)');
    if (rp.tls === 'must-not-require' && r.tlsRequired === true) {
      report('mx-requires-tls', 'tls-required', `${who} requires TLS${r.implicit ? ' (implicit TLS)' : ' (MAIL FROM before STARTTLS answered 530)'}: senders that cannot do TLS are refused instead of delivering in plaintext (RFC 3207 §4).`);
    }
    if (rp.authOnlyAfterTls && r.authBeforeTls) {
      report('auth-before-tls', 'auth', `${who} offers SASL AUTH before STARTTLS: passwords can be sent in cleartext.`);
    }

    // Protocol versions: only what was accepted counts; what was not tested is said.
    const maybeTls = tlsUsable || r.handshakeRefused !== null;
    // STARTTLS was there (or implicit TLS was tried) but the handshake ended in an error, not a refusal.
    if (!maybeTls && (r.starttlsAdvertised === true || r.mode === 'implicit') && !r.errors.some((e) => e.kind === 'starttls-refused')) {
      untestedByError.push('TLS itself (protocol versions, suites, groups, certificate)');
    }
    if (maybeTls) {
      for (const p of TLS_PROTOCOLS) {
        const machine = r.protocolsNotTestable.find((u) => u.what === p);
        const known = r.protocols.includes(p) || r.protocolsRefused.includes(p);
        const matters = (rp.minProtocol !== null && below(p, rp.minProtocol)) || p === rp.maxProtocol;
        if (!known && matters) (machine ? untested : untestedByError).push(machine ? `${p} (${machine.reason})` : p);
      }
      if (rp.minProtocol) {
        const low = r.protocols.filter((p) => below(p, rp.minProtocol!));
        if (low.length) report('protocol-floor', 'protocols', `${who} accepts ${low.join(', ')}: the policy (${profile}) needs ${rp.minProtocol} or newer.`);
      }
      if (rp.maxProtocol && tlsUsable && r.protocols.length > 0 && r.protocolsRefused.includes(rp.maxProtocol as never)) {
        report('protocol-ceiling', 'protocols-max', `${who} refuses ${rp.maxProtocol}: it accepts only ${r.protocols.join(', ')}.`);
      }
    }

    // Suites: TLS 1.2 suites as probed; TLS 1.0/1.1-only servers' suites were not probed.
    if (tlsUsable) {
      const forbidden = new Set<SuiteClassName>(rp.forbiddenCipherClasses);
      const judgeSuites = forbidden.size > 0 || rp.allowedCiphers !== undefined;
      const bad: string[] = [];
      const classes = new Set<string>();
      if (judgeSuites && r.protocols.some((p) => p !== 'TLSv1.3')) {
        if (r.tls12Ciphers === null) {
          (r.protocols.includes('TLSv1.2') && r.errors.length > 0 ? untestedByError : untested).push(
            r.protocols.includes('TLSv1.2') ? 'TLS 1.2 suites (not probed)' : `suites of ${r.protocols.filter((p) => p !== 'TLSv1.3').join(', ')} (only TLS 1.2 suites are probed)`,
          );
        } else {
          for (const name of r.tls12Ciphers) {
            const suite = SUITE_BY_NAME.get(name);
            if (!suite) continue;
            const c = classifySuite(suite);
            const hit = [...forbidden].filter((k) => c[k]);
            const notAllowed = rp.allowedCiphers !== undefined && !rp.allowedCiphers.includes(name);
            if (hit.length || notAllowed) {
              bad.push(name);
              for (const h of hit) classes.add(h);
              if (!hit.length) classes.add('not in the allowed list');
            }
          }
          if (!r.protocols.includes('TLSv1.2')) untested.push('suites of TLS 1.0/1.1');
        }
      }
      if (rp.allowedTls13Ciphersuites && r.protocols.includes('TLSv1.3')) {
        if (r.tls13Ciphers === null) (r.errors.length ? untestedByError : untested).push('TLS 1.3 suites (not probed)');
        else for (const s of r.tls13Ciphers) if (!rp.allowedTls13Ciphersuites.includes(s)) {
          bad.push(s);
          classes.add('TLS 1.3 suite not in the allowed list');
        }
      }
      if (bad.length) {
        report('weak-cipher-suites', [...classes].sort().join(','), `${who} accepts suites the policy (${profile}) forbids [${[...classes].join(', ')}]: ${list(bad)}.`, rp.tls === 'required' ? 'error' : undefined);
      }
    }

    // Key exchange: only where the profile says something (its live demands).
    const live = policy.profile.live;
    if (tlsUsable && live) {
      const strict = rp.tls === 'required' ? ('error' as const) : undefined;
      if (live.groups) {
        const allowed = new Set(live.groups.map((g) => g.toLowerCase()));
        if (r.groups === null) (r.errors.length ? untestedByError : untested).push('key-exchange groups (not probed)');
        else {
          const extra = r.groups.filter((g) => !(GROUP_ALIASES[g] ?? [g]).some((a) => allowed.has(a.toLowerCase())));
          if (extra.length) report('key-exchange', 'groups', `${who} accepts key-exchange groups the policy (${profile}) does not list: ${extra.join(', ')}.`, strict);
        }
      }
      const dhe = (r.tls12Ciphers ?? []).some((n) => SUITE_BY_NAME.get(n)?.kx === 'DH');
      if (live.minDhBits !== undefined && dhe) {
        if (r.dhBits === null) untested.push('the DH group size of the accepted DHE suites');
        else if (r.dhBits < live.minDhBits) report('key-exchange', 'dh', `${who} accepts DHE suites with a ${r.dhBits}-bit DH group; the policy (${profile}) needs ${live.minDhBits} bits.`, strict);
      }
    }

    // Certificate.
    const c = r.certificate;
    if (c) {
      const strict = rp.tls === 'required' ? ('error' as const) : undefined;
      const days = Math.floor((Date.parse(c.notAfter) - now) / 86_400_000);
      if (Date.parse(c.notAfter) < now) report('certificate-expiry', 'expired', `${who}: the certificate expired on ${c.notAfter.slice(0, 10)} (${-days} days ago).`, 'error');
      else if (days < warnDays) report('certificate-expiry', 'expiring', `${who}: the certificate expires on ${c.notAfter.slice(0, 10)}, in ${days} days (warning window ${warnDays} days).`);
      const minBits = c.keyType === 'EC' ? 256 : /^(RSA|RSA-PSS|DSA|DH)$/.test(c.keyType) ? (policy.profile.live?.minRsaBits ?? 2048) : 0;
      if (c.keyBits !== null && c.keyBits < minBits) report('certificate-weak-key', 'key', `${who}: the certificate has a ${c.keyType} ${c.keyBits}-bit key; at least ${minBits} bits are needed.`, strict);
      const weakSigned = r.chain.filter((x) => !x.selfSigned && WEAK_SIGNATURE.test(x.signatureAlgorithm));
      if (weakSigned.length) report('certificate-weak-signature', 'signature', `${who}: ${weakSigned.map((x) => `"${x.subject}" is signed with ${x.signatureAlgorithm}`).join('; ')}.`, strict);
      if (rp.certificateRequired && net.isIP(r.host) === 0 && !certificateNames(c.names, r.host)) {
        report('certificate-name-mismatch', 'name', `${who}: the certificate names ${c.names.length ? c.names.join(', ') : 'no host'}, not ${r.host}.`, strict);
      }
    }

    // Untested: a machine limit is a notice; an aspect lost to a probe error is a warning.
    if (untested.length) report('probe-untested', 'untested', `${who}: not tested here: ${untested.join('; ')}. Untested is not a pass.`);
    if (untestedByError.length) {
      report('probe-untested', 'untested-error', `${who}: left untested by probe errors: ${untestedByError.join('; ')} (${r.errors.map((e) => e.message).join('; ') || 'no error recorded'}). Untested is not a pass.`, 'warning');
    }
  }
  if (compare) findings.push(...driftFindings(compare, policy, results, options));
  const order = new Map(PROBE_RULES.map((rule, i) => [rule.id, i]));
  const targets = results.map((r) => r.target);
  return findings.sort((a, b) => targets.indexOf(a.target ?? '') - targets.indexOf(b.target ?? '') || (order.get(a.ruleId) ?? 99) - (order.get(b.ruleId) ?? 99));
}

/** --compare drift as findings of rule config-drift (same report, same --fail-on). */
export function driftFindings(compare: CompareResult, policy: Policy, results: readonly ProbeResult[], options: JudgeOptions = {}): Finding[] {
  const level = policy.rules['config-drift']?.level;
  if (level === 'off') return [];
  return compare.drift.map((d) => {
    const r = results.find((x) => x.target === d.target);
    const role = r ? rolePolicyForTarget(policy, r, options.roles?.get(r.target)).role : null;
    const subject = `${d.aspect}|${d.subject ?? ''}`;
    return {
      ruleId: 'config-drift',
      severity: level ?? d.severity,
      message: d.message,
      file: '', line: 0, column: 0, endLine: 0, endColumn: 0,
      configSet: d.endpoint?.configSet ?? '',
      service: d.endpoint ? `${d.endpoint.service}/${d.endpoint.type}` : null,
      role,
      fingerprint: createHash('sha256').update(['probe', 'config-drift', d.target, subject].join('\u0000')).digest('hex').slice(0, 16),
      target: d.target,
    };
  });
}
