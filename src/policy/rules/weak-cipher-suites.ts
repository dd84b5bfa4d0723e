import { CIPHER_SUITES } from '../../tls/ciphers/index.js';
import { classifySuite, type SuiteClassName } from '../../tls/ciphers/classify.js';
import type { CipherSuite } from '../../tls/ciphers/suite.js';
import { chooseExclusions } from '../../fix/cipher-exclusions.js';
import { postfixCipherSuites, type CipherGrade } from '../../tls/postfix-ciphers.js';
import type { ConfigSetModel, Endpoint } from '../../model/types.js';
import { stockMasterNote } from '../locations.js';
import type { Fix, RolePolicy, Rule } from '../types.js';
import { setForServerEndpoint, valueLocation } from './helpers.js';

const GRADES: readonly CipherGrade[] = ['high', 'medium', 'low', 'export', 'null'];
const BY_NAME = new Map<string, CipherSuite>(CIPHER_SUITES.map((s) => [s.name, s]));

interface Verdict {
  /** TLS <= 1.2 suites the policy forbids. */
  bad: readonly string[];
  /** TLS 1.3 suites outside the allow-list (no Postfix parameter changes them, reference §6.3). */
  bad13: string[];
  /** Usable TLS <= 1.2 suites the policy allows. */
  good: readonly string[];
  classes: Set<string>;
}

/** The verdict on TLS <= 1.2 suites alone: it depends only on the list and the role policy. */
interface SuiteListVerdict {
  bad: readonly string[];
  good: readonly string[];
  /** In the order the message lists them. */
  classes: readonly string[];
}

/**
 * Suite lists come from the cipher engine, frozen and shared by every endpoint and re-analysis
 * with the same cipher string, and role policies are shared by the endpoints of a role: a frozen
 * list is judged once per role policy.
 */
const listVerdicts = new WeakMap<readonly string[], WeakMap<RolePolicy, SuiteListVerdict>>();

function judgeSuiteList(names: readonly string[], rp: RolePolicy): SuiteListVerdict {
  const cacheable = Object.isFrozen(names);
  let perPolicy = cacheable ? listVerdicts.get(names) : undefined;
  const cached = perPolicy?.get(rp);
  if (cached) return cached;
  const forbidden = new Set<SuiteClassName>(rp.forbiddenCipherClasses);
  const bad: string[] = [];
  const good: string[] = [];
  const classes = new Set<string>();
  for (const name of names) {
    const suite = BY_NAME.get(name);
    if (!suite) continue;
    const c = classifySuite(suite);
    if (c.needsPsk || c.needsSrp) continue; // Postfix never configures PSK/SRP: unusable
    const hit = [...forbidden].filter((k) => c[k]);
    const notAllowed = rp.allowedCiphers !== undefined && !rp.allowedCiphers.includes(name);
    if (hit.length || notAllowed) {
      bad.push(name);
      for (const h of hit) classes.add(h);
      if (!hit.length) classes.add('not in the allowed list');
    } else {
      good.push(name);
    }
  }
  const verdict: SuiteListVerdict = Object.freeze({ bad: Object.freeze(bad), good: Object.freeze(good), classes: Object.freeze([...classes]) });
  if (cacheable) {
    if (!perPolicy) listVerdicts.set(names, (perPolicy = new WeakMap()));
    perPolicy.set(rp, verdict);
  }
  return verdict;
}

function judgeSuites(e: Endpoint, rp: RolePolicy, names?: readonly string[]): Verdict {
  const tls12 = e.tls.protocols.some((p) => p !== 'TLSv1.3');
  const list = judgeSuiteList(tls12 ? names ?? e.tls.ciphers ?? [] : [], rp);
  const v: Verdict = { bad: list.bad, bad13: [], good: list.good, classes: new Set(list.classes) };
  if (e.tls.protocols.includes('TLSv1.3') && rp.allowedTls13Ciphersuites) {
    for (const s of e.tls.tls13Ciphersuites ?? []) if (!rp.allowedTls13Ciphersuites.includes(s)) {
      v.bad13.push(s);
      v.classes.add('TLS 1.3 suite not in the allowed list');
    }
  }
  return v;
}

/**
 * The smallest verified change that takes the forbidden suites away: the grade raised to "high" for
 * the list the service's mode uses, or exclusions on the matching *_exclude_ciphers parameter
 * (mandatory_exclude where TLS is required, which leaves opportunistic services alone). A candidate
 * only removes: no new protocol version or suite. Exclusions never remove a suite the policy allows;
 * the grade change may only where TLS is required (a port-25 sender with a single allowed suite must
 * keep it: reference §6.1, RFC 7435).
 */
function cipherFix(model: ConfigSetModel, e: Endpoint, rp: RolePolicy, verdict: Verdict): Fix | undefined {
  if (verdict.bad13.length > 0 || verdict.bad.length === 0 || e.tls.dead) return undefined;
  if (e.kind === 'server' && e.command !== 'smtpd' && e.command !== 'postscreen') return undefined;
  if (e.command === 'postscreen' && e.postscreen?.starttlsBy === 'smtpd') {
    // No after-220 tests: the smtpd pass service answers STARTTLS, its settings are the ones to change (§5.3).
    const pass = model.endpoints.find((x) => x.command === 'smtpd' && x.type === 'pass' && x.service === e.postscreen?.passService);
    return pass ? cipherFix(model, pass, rp, judgeSuites(pass, rp)) : undefined;
  }
  const prefix = e.command === 'postscreen' ? 'tlsproxy' : e.command;
  const mandatory = e.tls.required;
  const gradeParam = `${prefix}_tls_${mandatory ? 'mandatory_' : ''}ciphers`;
  const exclParam = `${prefix}_tls_${mandatory ? 'mandatory_' : ''}exclude_ciphers`;
  const candidates: { fix: Fix; isGrade: boolean; tokens: string[] }[] = [];
  const grade = e.values.get(gradeParam);
  if (grade && grade.value.toLowerCase() !== 'high' && !grade.raw.includes('$')) {
    const f = setForServerEndpoint(model, e, gradeParam, 'high', `Set ${gradeParam} = high for ${e.service}`);
    if (f) candidates.push({ fix: f, isGrade: true, tokens: [] });
  }
  const choice = chooseExclusions(verdict.bad, verdict.good);
  const current = e.values.get(exclParam);
  if (choice && !current?.templated) {
    const raw = current?.raw.trim() ?? '';
    const value = [raw, choice.tokens.join(', ')].filter((x) => x !== '').join(', ');
    const f = setForServerEndpoint(model, e, exclParam, value, `Set ${exclParam} = ${value} for ${e.service} (removes only the suites the policy forbids)`);
    if (f) candidates.push({ fix: f, isGrade: false, tokens: choice.tokens });
  }
  // Each candidate evaluated with the cipher engine on the endpoint's own grade, exclusions and
  // cipher lists (what the model did; the central verification re-analyses the chosen one).
  const cipherlists = Object.fromEntries(GRADES.map((g) => [g, e.values.get(`tls_${g}_cipherlist`)?.value])) as Record<CipherGrade, string | undefined>;
  if (Object.values(cipherlists).some((v) => v === undefined) || !e.tls.cipherGrade) return undefined;
  const before = new Set(e.tls.ciphers ?? []);
  const works = (c: (typeof candidates)[number]): boolean => {
    const r = postfixCipherSuites({
      grade: c.isGrade ? 'high' : (e.tls.cipherGrade as string),
      exclusions: [...e.tls.cipherExclusions, ...c.tokens],
      cipherlists: cipherlists as Record<CipherGrade, string>,
      postfixVersion: model.postfixVersion.version,
    });
    if (!r.ok) return false;
    // Only removals: no suite the service did not offer before (so no protocol version either).
    if (r.names.some((n) => !before.has(n))) return false;
    const v = judgeSuites(e, rp, r.names);
    if (v.bad.length > 0) return false;
    return !(c.isGrade && !mandatory) || verdict.good.every((g) => v.good.includes(g));
  };
  const size = (f: Fix): number => f.edits.reduce((n, x) => n + x.replacement.length, 0);
  const ok = candidates.filter(works).map((c) => c.fix);
  ok.sort((a, b) => a.edits.length - b.edits.length || size(a) - size(b));
  return ok[0];
}

export const weakCipherSuites: Rule = {
  id: 'weak-cipher-suites',
  title: 'Cipher suites the policy forbids are negotiable',
  defaultSeverity: 'warning',
  judgesRole: true,
  rationale: 'The policy lists suite classes (no encryption, RC4, 3DES, static RSA, SHA-1 MACs...) or an exact allow-list per role. The negotiable suites come from the cipher engine: grade, exclusions and the cipher lists, as OpenSSL evaluates them.',
  references: ['RFC 9325 §4', 'TLSRef guideline 6.0', 'NCSC-NL 2025-05', 'BSI TR-02102-2 §3.3.1', 'NIST SP 800-52r2 §3.3.1'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (!e.tls.offered) continue;
      const verdict = judgeSuites(e, rp);
      const bad = [...verdict.bad, ...verdict.bad13];
      if (bad.length === 0) continue;
      const gradeParam = e.tls.required ? `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_mandatory_ciphers` : `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_ciphers`;
      const at = valueLocation(ctx.model, e, gradeParam);
      const shown = bad.slice(0, 6).join(', ') + (bad.length > 6 ? `, ... (${bad.length} in all)` : '');
      const fix = cipherFix(ctx.model, e, rp, verdict);
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}) can negotiate suites the policy (${ctx.policy.profile.id}) forbids [${[...verdict.classes].join(', ')}]: ${shown}. Grade "${e.tls.cipherGrade ?? ''}"${e.tls.cipherExclusions.length ? `, exclusions ${e.tls.cipherExclusions.join(' ')}` : ''}.${stockMasterNote(ctx.model, e)}`,
        ...at,
        endpoint: e,
        parameter: gradeParam,
        key: [...verdict.classes].sort().join(','),
        ...(rp.tls === 'required' ? { severity: 'error' as const } : {}),
        ...(fix ? { fix } : {}),
      });
    }
  },
};
