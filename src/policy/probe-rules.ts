/**
 * Rules that judge live observations (issue 7 §3). Where the meaning is the same as a config rule the id is
 * shared (protocol-floor, protocol-ceiling, weak-cipher-suites, auth-before-tls, submission-tls-not-required,
 * mx-requires-tls), so baselines, policy `rules:` overrides and docs/rules pages make sense for both; the
 * others exist only for the probe (docs/rules/<id>.md each).
 */
import type { Rule, Severity } from './types.js';
import { RULES } from './rules/index.js';

export type ProbeRuleInfo = Omit<Rule, 'check'>;

const shared = (id: string): ProbeRuleInfo => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no config rule ${id}`);
  const { check: _check, ...info } = r;
  return info;
};

const own = (id: string, title: string, defaultSeverity: Severity, rationale: string, references: string[]): ProbeRuleInfo => ({ id, title, defaultSeverity, rationale, references });

export const SHARED_RULE_IDS = ['protocol-floor', 'protocol-ceiling', 'weak-cipher-suites', 'auth-before-tls', 'submission-tls-not-required', 'mx-requires-tls'] as const;

/** Every rule a probe finding can carry, in report order. */
export const PROBE_RULES: readonly ProbeRuleInfo[] = [
  own('probe-failed', 'The target could not be probed', 'error',
    'Nothing could be observed (no answer, refused, reset, garbage or a deadline): the target is not judged, and the absence of other findings says nothing about it.',
    ['issue 7 §5']),
  own('probe-untested', 'Part of the target could not be tested', 'notice',
    'An aspect the policy judges was left untested: a protocol version this machine\'s TLS library cannot offer (SSLv3 with Node\'s OpenSSL), suites not probed (quick mode, or TLS 1.2 refused while older versions are accepted), or a probe that failed. Untested is never a pass.',
    ['issue 7 §2']),
  ...SHARED_RULE_IDS.map(shared),
  own('tls-not-available', 'TLS is not available where the policy expects it', 'error',
    'The policy says this role offers TLS, but the server does not advertise STARTTLS, answers it with an error (454: e.g. no certificate or a broken TLS setting), or refuses every handshake the client can offer.',
    ['RFC 3207', 'RFC 8314 §3', 'reference postfix-semantics §5.2']),
  own('key-exchange', 'Key exchange the policy does not allow is accepted', 'warning',
    'The profile lists the key-exchange groups its standard accepts and the smallest finite-field DH group: a group accepted when offered alone that the list does not name, or DHE suites with a smaller DH group, is reported. Error where the policy requires TLS.',
    ['RFC 9325 §4.1', 'RFC 7919', 'the profile\'s live demands (docs/profiles)']),
  own('certificate-expiry', 'The server certificate has expired or expires soon', 'warning',
    'An expired certificate fails every verifying client (MTA-STS, DANE-TA, submission clients); a renewal that did not happen within the warning window usually means automation broke. Expired: error; expiring: warning.',
    ['RFC 5280 §4.1.2.5', 'RFC 8461 §4.2 (MTA-STS)']),
  own('certificate-weak-key', 'The server certificate key is too small', 'warning',
    'RSA, DSA and DH keys below the profile\'s minimum (default 2048 bits) and EC keys below 256 bits are too weak (RFC 9325 §4.3, NIST SP 800-57). Error where the policy requires TLS.',
    ['RFC 9325 §4.3', 'NIST SP 800-57 Part 1 §5.6.1']),
  own('certificate-weak-signature', 'A certificate in the chain is signed with MD5 or SHA-1', 'warning',
    'MD5 and SHA-1 signatures can be forged (chosen-prefix collisions); verifying clients reject them. Self-signed roots are not judged: their signature is never checked.',
    ['RFC 9155', 'RFC 6151']),
  own('certificate-name-mismatch', 'The server certificate does not name the host probed', 'warning',
    'A verifying client (MTA-STS, submission clients) checks that the certificate names the host it connected to (RFC 6125). Judged only when the target was given as a host name and the policy requires a certificate for this role.',
    ['RFC 6125 §6', 'RFC 8461 §4.2']),
  own('config-drift', 'The live server differs from the config (--compare)', 'error',
    'The server does something the repository\'s config does not predict (or does not do what it predicts): the deployed config is not this one. Error where the server allows what the config forbids; warning where it is stricter or could not be paired.',
    ['issue 7 §4']),
];

export const PROBE_RULE_IDS: readonly string[] = PROBE_RULES.map((r) => r.id);

export function probeRule(id: string): ProbeRuleInfo {
  const r = PROBE_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`unknown probe rule ${id}`);
  return r;
}
