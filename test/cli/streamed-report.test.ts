/**
 * The CLI writes its text and JSON scan reports as the scan goes (auditRepository with retain 'report',
 * onDiscovered, onSet; the JSON in parts). These check the parts against the whole: the same bytes as
 * one JSON.stringify, the same excerpts and diff as an audit that keeps every file's text, and the same
 * stdout whether it is streamed to a writer or returned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { auditRepository } from '../../src/audit.js';
import { runCli } from '../../src/cli/run.js';
import type { SetListing } from '../../src/listing.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import { shownLines } from '../../src/report/findings-text.js';
import { scanJsonHead, scanJsonSet, scanToJson, writeScanJsonTail } from '../../src/report/scan-json.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';

const examples = path.resolve(__dirname, '../../examples');
let corpus = '';
beforeAll(() => {
  if (corpusPresent()) corpus = stageCorpusRepository('pta-streamed-');
});
afterAll(() => {
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});
const roots = (): string[] => [examples, ...(corpus ? [corpus] : [])];

describe('streamed scan reports', () => {
  it('the JSON written in parts is JSON.stringify of the whole', async () => {
    const listing = (directory: string, value: string): SetListing => ({
      directory,
      files: [{ path: `${directory}/main.cf`, kind: 'main.cf' }],
      masterIsStock: true,
      hasMain: true,
      main: { path: `${directory}/main.cf`, parameters: [{ name: 'a', value, file: `${directory}/main.cf`, line: 1, column: 1, effective: true, templated: false }] },
      diagnostics: [],
    });
    const diagnostics = [{ severity: 'warning' as const, code: 'discover/x', message: 'two\nlines "quoted" ✓', path: 'p' }];
    const findings = [{ ruleId: 'r', message: 'm\n', nested: { list: [1, [2, { a: [] }]], empty: {} } }, { ruleId: 's', gone: undefined }];
    for (const more of [{ policy: { profile: 'baseline' }, summary: { error: 0 }, findings: [], absent: undefined }, { policy: {}, findings }]) {
      for (const sets of [[], [listing('one', 'x\ny')], [listing('one', ''), listing('two\n', '{"a": [1, 2]}\t\u0001 ü 😀')]]) {
        for (const diags of [[], diagnostics]) {
          const parts = [scanJsonHead('./root\n', '1.2.3'), ...sets.map((s, i) => scanJsonSet(s, i))];
          writeScanJsonTail(sets.length, diags, more, (text) => parts.push(text));
          expect(parts.join('')).toBe(`${JSON.stringify({ ...scanToJson({ root: './root\n', sets, diagnostics: diags }, '1.2.3'), ...more }, null, 2)}\n`);
        }
      }
    }
  });

  it("an audit that keeps only the report's parts shows the same excerpts and diff as one that keeps the files", async () => {
    const policy = policyFromProfile('baseline')!;
    for (const root of roots()) {
      const files = await auditRepository(root, { policy, keepModels: false });
      const listings: SetListing[] = [];
      const report = await auditRepository(root, { policy, keepModels: false, retain: 'report', onSet: (l) => listings.push(l) });
      expect(report.findings).toEqual(files.findings);
      expect(listings).toEqual(files.listing.sets);
      expect(report.listing.sets).toEqual([]);
      expect(report.sources.size).toBe(0);
      expect(report.fixesDiff()).toEqual(files.fixesDiff());
      expect(files.fixesDiff().applied).toBeGreaterThan(0);
      for (const f of files.findings) {
        const { first, last } = shownLines(f);
        for (let l = first; l <= last; l++) expect(report.findingLine(f.file, l)).toBe(files.findingLine(f.file, l));
      }
      expect(() => report.fixes()).toThrow(/retain/);
    }
  }, 120_000);

  it.each([['text'], ['json']])('%s: streamed to a writer, the same stdout as returned', async (format) => {
    for (const root of roots()) {
      const args = ['scan', root, '--format', format, '--fail-on', 'never'];
      const returned = await runCli(args, root);
      const chunks: string[] = [];
      const streamed = await runCli(args, root, (chunk) => chunks.push(chunk));
      expect(streamed.stdout).toBe('');
      expect(chunks.join('')).toBe(returned.stdout);
      expect(streamed.exitCode).toBe(returned.exitCode);
      expect(chunks.length).toBeGreaterThan(2);
    }
  }, 120_000);
});
