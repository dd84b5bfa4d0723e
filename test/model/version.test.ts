/** The target-version inference's shortcut for names no version knows. */
import { describe, expect, it } from 'vitest';
import { builtinDefaults, DEFAULTS_DELTAS, SUPPORTED_POSTFIX_VERSIONS } from '../../src/postfix/defaults/index.js';

describe('resolveTargetVersion', () => {
  it('every name a modelled version knows is in the 3.7 table or set by a delta (names outside both are looked up in no version table)', () => {
    const known37 = builtinDefaults('3.7');
    const added = new Set(DEFAULTS_DELTAS.flatMap((d) => Object.keys(d.set ?? {})));
    for (const v of SUPPORTED_POSTFIX_VERSIONS) {
      const beyond = [...builtinDefaults(v).keys()].filter((n) => !known37.has(n) && !added.has(n));
      expect(beyond, `Postfix ${v}`).toEqual([]);
    }
  });
});
