/** explain reports, per endpoint, how many of its TLS <= 1.2 suites fall in each class (issue 4, item 5). */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { CIPHER_SUITES } from '../../src/tls/ciphers/table.js';
import { classifySuite } from '../../src/tls/ciphers/classify.js';

const repo = path.resolve(__dirname, '../..');

describe('explain cipher class counts', () => {
  it('match the classification of the listed suites, for every endpoint of the examples', async () => {
    const r = await runCli(['explain', 'examples', '--format', 'json'], repo);
    const json = JSON.parse(r.stdout.toString());
    let checked = 0;
    for (const set of json.configSets) {
      for (const e of set.endpoints) {
        const t = e.tls;
        if (!t.ciphers) continue;
        expect(t.cipherClassCounts.total).toBe(t.ciphers.length);
        const suites = t.ciphers.map((n: string) => CIPHER_SUITES.find((s) => s.name === n));
        expect(suites.every(Boolean)).toBe(true);
        for (const [cls, n] of Object.entries(t.cipherClassCounts)) {
          if (cls === 'total') continue;
          const expected = suites.filter((s: (typeof CIPHER_SUITES)[number]) => (classifySuite(s) as unknown as Record<string, boolean>)[cls]).length;
          expect(n, `${e.service} ${cls}`).toBe(expected);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('the default medium grade counts static-RSA suites (reference §8 gotcha 13)', async () => {
    const r = await runCli(['explain', 'examples/good', '--format', 'json'], repo);
    const smtp = JSON.parse(r.stdout.toString()).configSets[0].endpoints.find((e: { service: string }) => e.service === 'smtp');
    expect(smtp.tls.cipherClassCounts.staticRsa).toBeGreaterThan(0);
  });
});
