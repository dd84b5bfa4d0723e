/**
 * The Action on the whole shared corpus (many real repositories in one workspace): the json-file is
 * accepted by the fork-safe recipe's strict reader, every suggestion applies, the summary and the
 * annotations stay within GitHub's limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readUntrustedReport } from '../../src/github/artifact.js';
import { applySuggestion } from '../../src/report/suggestion.js';
import { applyEdits } from '../../src/fix/edits.js';
import { corpusPresent, stageCorpusRepository } from '../support/corpus.js';
import { removeRunnerDir, runInProcess } from './harness.js';

let ws: string;
beforeAll(() => {
  if (corpusPresent()) ws = stageCorpusRepository('pta-action-corpus-');
});
afterAll(() => {
  if (ws) rmSync(ws, { recursive: true, force: true });
  removeRunnerDir();
});

describe.skipIf(!corpusPresent())('the Action on the shared corpus', () => {
  it('writes a report the strict reader accepts, suggestions that apply, bounded annotations and summary', async () => {
    const r = await runInProcess(ws, { 'json-file': 'report.json', 'fail-on': 'never' });
    const report = r.result.report!;
    expect(report.findings.length).toBeGreaterThan(20);
    expect(report.configSets.length).toBeGreaterThan(10);
    const read = readUntrustedReport(readFileSync(path.join(ws, 'report.json'), 'utf8'));
    expect(read.ok ? [] : read.errors).toEqual([]);
    for (const f of report.findings) {
      if (!f.suggestion) continue;
      const text = readFileSync(path.join(ws, f.suggestion.file), 'utf8');
      if (text.includes('\uFFFD')) continue; // not UTF-8: the decoded text differs from this reading
      expect(applySuggestion(text, f.suggestion), `${f.file}:${f.line} ${f.ruleId}`).toBe(applyEdits(text, f.fix!.edits));
    }
    for (const level of ['error', 'warning', 'notice']) {
      expect(r.annotations.filter((a) => a.startsWith(`::${level} `)).length).toBeLessThanOrEqual(10);
    }
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(r.outputs.errors).toBe(String(report.counts.error));
  });
});
