import { diagnosticRule, replaceSetting } from './helpers.js';

export const invalidCipherExclusion = diagnosticRule(
  {
    id: 'invalid-cipher-exclusion',
    title: '"!" (or + - @) in a cipher exclusion list: every handshake aborts',
    defaultSeverity: 'error',
    rationale: '*_exclude_ciphers takes bare names (aNULL, RC4); Postfix adds the "!" itself. A token that starts with ! + - or @ makes every TLS handshake fail.',
    references: ['reference postfix-semantics §6.1 (gotcha 12)'],
  },
  ['tls/invalid-cipher-exclusion'],
  {
    fix: (d, ctx) => replaceSetting(ctx.model, d, (_n, current) => current.replace(/(^|[\s,:])[!+\-@]+(?=[^\s,:])/g, '$1'), (n, v) => `Set ${n} = ${v} (bare names: Postfix adds the "!")`),
  },
);
