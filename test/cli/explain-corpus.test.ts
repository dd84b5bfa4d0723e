/**
 * Every config set of the shared corpus runs through `explain` without crashing; each set's JSON is
 * kept as a reviewed snapshot under test/fixtures/explain/. The corpus stores each repository's
 * files as "<owner>__<repo>/<path with / replaced by __>"; the test rebuilds the paths in a temp
 * repository so discovery sees the original layout (templates included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';

const SNAPSHOTS = path.resolve(__dirname, '../fixtures/explain');

describe.skipIf(!corpusPresent())('explain on every corpus set', () => {
  let dir: string;
  beforeAll(() => {
    dir = stageCorpusRepository('pta-explain-corpus-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('text and JSON, no crash; per-set JSON matches its snapshot', async () => {
    const t = await runCli(['explain', dir], dir);
    expect(t.exitCode).toBe(0);
    const r = await runCli(['explain', dir, '--format', 'json'], dir);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout.toString());
    expect(json.configSets.length).toBeGreaterThanOrEqual(18);
    const seen = new Map<string, number>();
    for (const set of json.configSets) {
      for (const e of set.endpoints) {
        expect(['mx', 'submission', 'submissions', 'other-public', 'local-only', 'client-smtp', 'client-lmtp']).toContain(e.role);
        if (e.tls.dead !== null || !e.tls.offered) expect(e.tls.protocols).toEqual([]);
      }
      // Template variants of one directory share a root: number the later ones.
      const base = set.root.replace(/\//g, '__');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const name = n === 1 ? `${base}.json` : `${base}.${n}.json`;
      await expect(`${JSON.stringify(set, null, 2)}\n`).toMatchFileSnapshot(path.join(SNAPSHOTS, name));
    }
  });
});
