import { repairSecurityLevel } from '../../fix/value-repair.js';
import { diagnosticRule, replaceSetting } from './helpers.js';

export const invalidSecurityLevel = diagnosticRule(
  {
    id: 'invalid-security-level',
    title: 'Invalid TLS security level: the service dies',
    defaultSeverity: 'error',
    rationale: 'A server TLS level other than none/may/encrypt (fingerprint/verify/secure become encrypt with a warning) is fatal at start-up: the daemon exits and the port does not answer.',
    references: ['reference postfix-semantics §4.4', 'Postfix tls_level_lookup()'],
  },
  ['tls/invalid-level'],
  {
    // Did you mean: the one level the value is a typo or a synonym of ("maybe" → may, "required" → encrypt).
    fix: (d, ctx) =>
      replaceSetting(ctx.model, d, (name, current) => {
        if (current.includes('$')) return undefined;
        return repairSecurityLevel(current, /^(smtp|lmtp)_/.test(name) ? 'client' : 'server');
      }, (name, v) => `Set ${name} = ${v} (the valid level the value stands for)`),
  },
);
