/**
 * The fix proven on a real Postfix: a submission service with opportunistic TLS and the 3.7 default
 * protocol lists is judged, its verified fixes are written into the running instance's config, and
 * after `postfix reload` the service refuses TLS 1.0 and 1.1 and accepts TLS 1.2 and 1.3.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEditsToFiles } from '../../src/fix/edits.js';
import { buildConfigSetModel } from '../../src/model/index.js';
import { combineFixes } from '../../src/policy/combine-fixes.js';
import { evaluatePolicy, modelOptionsFor } from '../../src/policy/evaluate.js';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import type { Policy } from '../../src/policy/types.js';
import { scanRepository } from '../../src/scan.js';
import { livePostfixUnavailable, POSTFIX, probeHandshake, sleep, smtpDialogue, startLivePostfix, waitForListeners, type LivePostfix } from '../support/live-postfix.js';

const unavailable = livePostfixUnavailable();

describe.skipIf(unavailable)('a verified fix on a live Postfix', () => {
  let live: LivePostfix;
  let policy: Policy;
  beforeAll(async () => {
    live = await startLivePostfix({
      portCount: 1,
      masterCf: (ports) => [`127.0.0.1:${ports[0]} inet n - n - - smtpd -o syslog_name=live-submission -o smtpd_tls_security_level=may`],
    });
    await waitForListeners(live.ports);
    const base = policyFromProfile('baseline')!;
    policy = { ...base, services: { [`127.0.0.1:${live.ports[0]}`]: { role: 'submission' } } };
  }, 90_000);
  afterAll(async () => {
    await live?.stop();
  }, 60_000);

  it('submission: TLS required and TLS 1.2+ after the fix', async () => {
    const scan = await scanRepository(live.configDir, {});
    const models = scan.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy)));
    const findings = evaluatePolicy(models, policy);
    const port = live.ports[0] as number;
    const mine = findings.filter((f) => f.service === `127.0.0.1:${port}/inet`);
    // Opportunistic TLS with the 3.7 default list ">=TLSv1": below the floor, and not required.
    expect(mine.map((f) => f.ruleId).sort()).toEqual(['protocol-floor', 'submission-tls-not-required']);
    const combined = combineFixes(mine, models, policy);
    expect(combined.applied).toHaveLength(2);
    const texts = new Map(['main.cf', 'master.cf'].map((f) => [f, readFileSync(path.join(live.configDir, f), 'utf8')]));
    for (const [file, t] of applyEditsToFiles(texts, combined.edits)) writeFileSync(path.join(live.configDir, file), t);
    const fixedMaster = readFileSync(path.join(live.configDir, 'master.cf'), 'utf8');
    for (const o of ['-o smtpd_tls_security_level=encrypt', '-o smtpd_tls_mandatory_protocols=>=TLSv1.2', '-o smtpd_tls_protocols=>=TLSv1.2']) expect(fixedMaster).toContain(o);

    const reload = spawnSync(POSTFIX as string, ['-c', live.configDir, 'reload'], { encoding: 'utf8', timeout: 30_000 });
    expect(reload.status).toBe(0);
    await sleep(1500);
    await waitForListeners(live.ports);

    // Re-scan of the fixed config: clean for this service.
    const again = await scanRepository(live.configDir, {});
    const after = evaluatePolicy(again.sets.map((s) => buildConfigSetModel(s, modelOptionsFor(policy))), policy).filter((f) => f.service === `127.0.0.1:${port}/inet`);
    expect(after).toEqual([]);

    const dialogue = await smtpDialogue(port, false);
    expect(JSON.stringify(dialogue)).toMatch(/STARTTLS/);
    const results: Record<string, boolean> = {};
    for (const version of ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const) {
      results[version] = (await probeHandshake({ port, starttls: true, version })).ok;
    }
    expect(results).toEqual({ TLSv1: false, 'TLSv1.1': false, 'TLSv1.2': true, 'TLSv1.3': true });
  }, 120_000);
});
