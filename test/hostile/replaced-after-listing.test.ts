/**
 * A config file replaced by a FIFO between discovery's listing and its read (a race that a test can
 * only stage): listCandidates is wrapped so that the swap happens right after the real listing. The
 * read must not block on the FIFO (an open for reading waits for a writer forever) and must report it.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverConfigSets } from '../../src/discover/index.js';

const SWAP = 'swapped/main.cf';

vi.mock('../../src/discover/candidates.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/discover/candidates.js')>();
  return {
    ...real,
    listCandidates: async (...args: Parameters<typeof real.listCandidates>) => {
      const listing = await real.listCandidates(...args);
      const file = path.join(args[0], SWAP);
      unlinkSync(file);
      execFileSync('mkfifo', [file]);
      return listing;
    },
  };
});

const root = mkdtempSync(path.join(os.tmpdir(), 'pta-swap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a file replaced by a FIFO after it was listed', () => {
  it('is reported and not opened blocking; the other files are read', async () => {
    mkdirSync(path.join(root, 'swapped'));
    mkdirSync(path.join(root, 'good'));
    writeFileSync(path.join(root, SWAP), 'smtpd_tls_security_level = may\n');
    writeFileSync(path.join(root, 'good/main.cf'), 'smtpd_tls_security_level = may\n');
    const r = await discoverConfigSets(root);
    expect(r.sets.map((s) => s.directory)).toEqual(['good']);
    expect(r.diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`)).toEqual([
      `discover/not-a-regular-file ${SWAP}: ${SWAP} is not a regular file (a FIFO, socket or device); not read`,
    ]);
  });
});
