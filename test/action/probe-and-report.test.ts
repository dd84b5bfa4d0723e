/**
 * The Action with the real probe half (a server that refuses connections on 127.0.0.1) and the real
 * reader of the fork-safe recipe: probe findings reach the report, annotations and summary, stay out
 * of SARIF; the json-file passes the untrusted-report validation and round-trips through from-report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { GithubHalf, ProbeHalf } from '../../src/action/halves.js';
import type { ActionReport } from '../../src/report/report-types.js';
import { readReportFile, readUntrustedReport } from '../../src/github/artifact.js';
import { probeForAction } from '../../src/action/probe.js';
import { parseTargetSpec } from '../../src/probe/target.js';
import { removeRunnerDir, runInProcess } from './harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let base: string;
let ws: string;
let closedPort: number;

const probe: ProbeHalf = { validateTarget: (t) => void parseTargetSpec(t), probeForAction };

/** A port that was just free on 127.0.0.1: connecting to it is refused at once. */
async function refusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-action-probe-'));
  ws = path.join(base, 'ws');
  mkdirSync(ws);
  cpSync(path.join(repo, 'examples'), path.join(ws, 'examples'), { recursive: true });
  closedPort = await refusedPort();
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  removeRunnerDir();
});

describe('probe-targets', () => {
  it('a target that cannot be probed is a finding on the server, reported everywhere but SARIF', async () => {
    const target = `127.0.0.1:${closedPort}`;
    const r = await runInProcess(ws, { path: 'examples/good', 'probe-targets': `${target}=submission`, 'sarif-file': 'p.sarif', 'json-file': 'p.json' }, { probe });
    const report = r.result.report!;
    const probed = report.findings.filter((f) => f.target);
    expect(probed.length).toBeGreaterThanOrEqual(1);
    for (const f of probed) {
      expect(f).toMatchObject({ target, file: null, line: null, column: null, configSet: null });
    }
    const annotation = r.annotations.find((a) => a.includes(`[server ${target}]`));
    expect(annotation).toBeDefined();
    expect(annotation).not.toContain('file=');
    expect(r.summary).toContain(`server ${target}`);
    const sarif = JSON.parse(readFileSync(path.join(ws, 'p.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(report.findings.length - probed.length);
    expect(sarif.runs[0].properties.probeFindingsOmitted).toBe(probed.length);
    // The report with probe findings is still a valid artifact for the fork-safe recipe.
    expect(readUntrustedReport(readFileSync(path.join(ws, 'p.json'), 'utf8'))).toMatchObject({ ok: true });
  });

  it('a malformed target is refused as an input error', async () => {
    const r = await runInProcess(ws, { path: 'examples', 'probe-targets': 'mx.example.org' }, { probe });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]).toMatch(/^::error::input "probe-targets": target "mx\.example\.org" is not HOST:PORT/);
  });
});

describe('json-file and from-report with the real reader', () => {
  it('the json-file is a valid untrusted report and from-report publishes it unchanged', async () => {
    const first = await runInProcess(ws, { path: 'examples', 'json-file': 'artifact/report.json', 'fail-on': 'warning' });
    const file = path.join(ws, 'artifact/report.json');
    const read = readUntrustedReport(readFileSync(file, 'utf8'));
    expect(read).toEqual({ ok: true, report: first.result.report });
    const published: ActionReport[] = [];
    const github: GithubHalf = {
      preparePublish: async () => ({ canWrite: true }),
      publish: async (report) => {
        published.push(report);
        return {};
      },
      readReport: readReportFile,
    };
    const r = await runInProcess(ws, { 'from-report': 'artifact/report.json' }, { github });
    expect(r.exitCode).toBeUndefined();
    expect(published).toEqual([first.result.report]);
    expect(r.outputs.passed).toBe('false');
  });

  it('a tampered report is refused with the reader\'s reasons', async () => {
    const file = path.join(ws, 'artifact/report.json');
    const report = JSON.parse(readFileSync(file, 'utf8')) as ActionReport;
    report.counts.error = 0;
    writeFileSync(path.join(ws, 'artifact/tampered.json'), JSON.stringify(report));
    const github: GithubHalf = { preparePublish: async () => ({ canWrite: true }), publish: async () => ({}), readReport: readReportFile };
    const r = await runInProcess(ws, { 'from-report': 'artifact/tampered.json' }, { github });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]).toMatch(/^::error::input "from-report": not a valid postfix-tls-audit report \(\/counts\/error is 0 but the findings hold 2/);
  });
});
