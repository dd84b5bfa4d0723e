import { CIPHER_SUITES } from '../../tls/ciphers/index.js';
import { classifySuite, type SuiteClassName } from '../../tls/ciphers/classify.js';
import type { CipherSuite } from '../../tls/ciphers/suite.js';
import type { Rule } from '../types.js';
import { valueLocation } from './helpers.js';

const BY_NAME = new Map<string, CipherSuite>(CIPHER_SUITES.map((s) => [s.name, s]));

export const weakCipherSuites: Rule = {
  id: 'weak-cipher-suites',
  title: 'Cipher suites the policy forbids are negotiable',
  defaultSeverity: 'warning',
  rationale: 'The policy lists suite classes (no encryption, RC4, 3DES, static RSA, SHA-1 MACs...) or an exact allow-list per role. The negotiable suites come from the cipher engine: grade, exclusions and the cipher lists, as OpenSSL evaluates them.',
  references: ['RFC 9325 §4', 'TLSRef guideline 6.0', 'NCSC-NL 2025-05', 'BSI TR-02102-2 §3.3.1', 'NIST SP 800-52r2 §3.3.1'],
  check(ctx) {
    for (const e of ctx.model.endpoints) {
      const rp = ctx.policyFor(e);
      if (!e.tls.offered) continue;
      const forbidden = new Set<SuiteClassName>(rp.forbiddenCipherClasses);
      const bad: string[] = [];
      const classes = new Set<string>();
      const tls12 = e.tls.protocols.some((p) => p !== 'TLSv1.3');
      for (const name of tls12 ? e.tls.ciphers ?? [] : []) {
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
        }
      }
      if (e.tls.protocols.includes('TLSv1.3') && rp.allowedTls13Ciphersuites) {
        for (const s of e.tls.tls13Ciphersuites ?? []) if (!rp.allowedTls13Ciphersuites.includes(s)) {
          bad.push(s);
          classes.add('TLS 1.3 suite not in the allowed list');
        }
      }
      if (bad.length === 0) continue;
      const gradeParam = e.tls.required ? `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_mandatory_ciphers` : `${e.command === 'postscreen' ? 'tlsproxy' : e.command}_tls_ciphers`;
      const at = valueLocation(ctx.model, e, gradeParam);
      const shown = bad.slice(0, 6).join(', ') + (bad.length > 6 ? `, ... (${bad.length} in all)` : '');
      ctx.report({
        message: `${e.service}/${e.type} (${e.role}) can negotiate suites the policy (${ctx.policy.profile.id}) forbids [${[...classes].join(', ')}]: ${shown}. Grade "${e.tls.cipherGrade ?? ''}"${e.tls.cipherExclusions.length ? `, exclusions ${e.tls.cipherExclusions.join(' ')}` : ''}.`,
        ...at,
        endpoint: e,
        parameter: gradeParam,
        key: [...classes].sort().join(','),
        ...(rp.tls === 'required' ? { severity: 'error' as const } : {}),
      });
    }
  },
};
