/**
 * ParameterNamespace's caches (expansions shared with clones, defaults-only expansions shared by every
 * name space of a version) give the same answer as expanding from scratch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterNamespace, type Definition, type EffectiveValue } from '../../src/model/namespace.js';
import { builtinDefaults } from '../../src/postfix/defaults/index.js';
import { expandValue } from '../../src/postfix/expand.js';

/** Expansion with no cache at all: the definitions in force, looked up as the daemons do. */
function uncached(defaults: ReadonlyMap<string, string>, own: ReadonlyMap<string, Definition>, name: string): EffectiveValue {
  const lookupDef = (n: string): Definition | undefined => {
    const d = own.get(n);
    if (d) return d;
    const raw = defaults.get(n);
    return raw === undefined ? undefined : { raw, source: 'default', templated: false };
  };
  const def = lookupDef(name) ?? { raw: '', source: 'undefined', templated: false };
  const chain: string[] = [];
  const seen = new Set<string>();
  const r = expandValue(
    def.raw,
    (n) => {
      const d = lookupDef(n);
      if (!seen.has(n)) {
        seen.add(n);
        chain.push(`${d ? d.source : 'undefined'} ${n}`);
      }
      return d?.raw;
    },
    { rawTemplated: def.templated, isTemplated: (n) => lookupDef(n)?.templated ?? false },
  );
  return { ...def, name, value: r.value, chain, undefinedNames: r.undefinedNames, unknown: r.unknown, ...(r.error ? { expansionError: r.error } : {}) };
}

// Built-in names whose defaults refer to each other (3.7), plus names no version knows.
const NAMES = [
  'smtpd_tls_security_level',
  'postscreen_tls_security_level',
  'smtp_tls_security_level',
  'tlsproxy_client_security_level',
  'tlsproxy_client_level',
  'smtp_tls_dane_insecure_mx_policy',
  'smtpd_tls_cert_file',
  'smtpd_tls_key_file',
  'compatibility_level',
  'smtpd_tls_fingerprint_digest',
  'smtp_tls_protocols',
  'lmtp_tls_protocols',
  'not_a_parameter',
];
const VALUES = ['may', 'dane', '', '3.6', '2', '$smtpd_tls_security_level', '${compatibility_level}', '$not_a_parameter', '$smtp_tls_protocols', '$lmtp_tls_protocols', '${tlsproxy_client_level:x}', '${unbalanced'];

const definitions = fc.array(
  fc.record({ name: fc.constantFrom(...NAMES), raw: fc.constantFrom(...VALUES), templated: fc.boolean() }),
  { maxLength: 5 },
);

describe('ParameterNamespace caches', () => {
  const defaults = builtinDefaults('3.7');

  it('every answer equals an uncached expansion, whatever was asked before in other name spaces and clones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ base: definitions, service: definitions, later: definitions, nested: definitions, asked: fc.array(fc.constantFrom(...NAMES), { maxLength: 6 }) }), { minLength: 1, maxLength: 4 }),
        (spaces) => {
          for (const { base, service, later, nested, asked } of spaces) {
            const own = new Map<string, Definition>();
            const ns = new ParameterNamespace(defaults);
            base.forEach((d, i) => {
              const def = { raw: d.raw, source: `main.cf:${i + 1}`, templated: d.templated };
              own.set(d.name, def);
              ns.set(d.name, def);
            });
            for (const n of asked) expect(ns.get(n)).toEqual(uncached(defaults, own, n));
            const clone = ns.clone();
            const cloneOwn = new Map(own);
            service.forEach((d, i) => {
              const def = { raw: d.raw, source: `master.cf:${i + 1}`, templated: d.templated };
              cloneOwn.set(d.name, def);
              clone.set(d.name, def);
            });
            for (const n of NAMES) expect(clone.get(n)).toEqual(uncached(defaults, cloneOwn, n));
            for (const n of NAMES) expect(ns.get(n)).toEqual(uncached(defaults, own, n));
            // The origin changed after cloning, and a clone of the clone: each keeps its own definitions.
            const nestedClone = clone.clone();
            const nestedOwn = new Map(cloneOwn);
            later.forEach((d, i) => {
              const def = { raw: d.raw, source: `postfix-main.cf:${i + 1}`, templated: d.templated };
              own.set(d.name, def);
              ns.set(d.name, def);
            });
            nested.forEach((d, i) => {
              const def = { raw: d.raw, source: `postfix-master.cf:${i + 1}`, templated: d.templated };
              nestedOwn.set(d.name, def);
              nestedClone.set(d.name, def);
            });
            for (const n of NAMES) {
              expect(ns.get(n)).toEqual(uncached(defaults, own, n));
              expect(clone.get(n)).toEqual(uncached(defaults, cloneOwn, n));
              expect(nestedClone.get(n)).toEqual(uncached(defaults, nestedOwn, n));
              expect([ns.has(n), clone.has(n), nestedClone.has(n)]).toEqual([own.has(n) || defaults.has(n), cloneOwn.has(n) || defaults.has(n), nestedOwn.has(n) || defaults.has(n)]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a defaults-only expansion is not used where a name it read is redefined', () => {
    const plain = new ParameterNamespace(defaults);
    expect(plain.get('postscreen_tls_security_level').chain).toEqual(['default smtpd_tls_security_level']);
    const set = new ParameterNamespace(defaults).set('smtpd_tls_security_level', { raw: 'encrypt', source: 'main.cf:1', templated: false });
    expect(set.get('postscreen_tls_security_level')).toMatchObject({ value: 'encrypt', chain: ['main.cf:1 smtpd_tls_security_level'] });
    expect(plain.get('postscreen_tls_security_level').value).toBe('');
  });
});
