/**
 * The committed cipher table equals what the system OpenSSL reports now, and every alias of
 * aliases.ts selects exactly what `openssl ciphers ALIAS` selects (default provider, and with the
 * legacy provider).
 * Regenerate the table: UPDATE_CIPHER_TABLE=1 npx vitest run test/tls/cipher-table.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CIPHER_ALIASES } from '../../src/tls/ciphers/aliases.js';
import { collectFromOpenssl, renderTable } from '../../src/tls/ciphers/generate-table.js';
import { evaluateCipherString } from '../../src/tls/ciphers/evaluate.js';
import { opensslCiphers, opensslUnavailable } from './cipher-oracle.js';

const TABLE = fileURLToPath(new URL('../../src/tls/ciphers/table.ts', import.meta.url));
const skip = opensslUnavailable();

/** The table without the lines naming the exact OpenSSL build (3.0.x patch releases keep the suites). */
const suitesOnly = (table: string): string =>
  table.split('\n').filter((l) => !l.startsWith('// Source: OpenSSL') && !l.startsWith('export const TABLE_OPENSSL_VERSION')).join('\n');

describe.skipIf(skip !== undefined)('cipher table generated from openssl', () => {
  it('table.ts is what generate-table.ts makes from this OpenSSL (suites, ids, classes, aliases)', () => {
    const text = renderTable(collectFromOpenssl());
    if (process.env.UPDATE_CIPHER_TABLE === '1') writeFileSync(TABLE, text);
    expect(suitesOnly(readFileSync(TABLE, 'utf8'))).toBe(suitesOnly(text));
  });
});

describe.skipIf(skip !== undefined).concurrent('every alias selects what openssl selects', () => {
  for (const legacy of [false, true]) {
    for (const a of CIPHER_ALIASES) {
      it(`${a.name}${legacy ? ' (legacy provider)' : ''}`, async () => {
        const real = await opensslCiphers(a.name, legacy ? ['-provider', 'legacy', '-provider', 'default'] : []);
        const ours = evaluateCipherString(a.name, { legacyProvider: legacy });
        expect(ours.ok ? ours.suites.map((s) => s.name) : ours.error).toEqual(real.ok ? real.suites : 'no cipher match');
      });
    }
  }
});
