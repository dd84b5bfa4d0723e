/**
 * Issue 5, "tests that prove it" (c): the example repository's submission service, fixed by the
 * fix builders to require TLS with `>=TLSv1.2` mandatory protocols, runs on a real Postfix 3.7 and
 * refuses TLS 1.0/1.1 while accepting TLS 1.2 and 1.3. Controls on the same instance: the unfixed
 * service (its main.cf include list `TLSv1.2` drops TLS 1.3) and a `>=TLSv1` service (this OpenSSL
 * does accept TLS 1.0 when Postfix allows it, so the refusal comes from the fix).
 *
 * Adaptation for the loopback harness (test/support/live-postfix.ts), applied to a copy: the
 * service name becomes 127.0.0.1:PORT, chroot is off, SASL is off (no Dovecot socket here), and
 * main.cf takes the example's smtpd_tls_* settings except file paths (the harness has its own
 * certificate) and the session cache.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfigSetModel } from '../../src/model/index.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import { applyEdits, protocolListFor, setServiceOption, verifyFix, type BuildResult, type TextEdit } from '../../src/fix/index.js';
import { livePostfixUnavailable, probeHandshake, smtpDialogue, startLivePostfix, waitForListeners, type LivePostfix, type ProbeVersion } from '../support/live-postfix.js';
import { loadedSetsUnder } from './support.js';

const unavailable = livePostfixUnavailable();

const edits = (...results: BuildResult[]): TextEdit[] =>
  results.flatMap((r) => {
    if (!r.ok) throw new Error(r.reason);
    return r.edits;
  });

/** The service's logical line as written (all physical lines), adapted to the harness. */
function adaptedService(masterText: string, service: string, port: number, syslog: string): string {
  let master = parseMasterCf(makeSource('master.cf', masterText));
  const extra = edits(setServiceOption(master, service, 'smtpd_sasl_auth_enable', 'no'), setServiceOption(master, service, 'syslog_name', syslog));
  masterText = applyEdits(masterText, extra);
  master = parseMasterCf(makeSource('master.cf', masterText));
  const s = master.services.filter((x) => x.name === service).at(-1)!;
  const text = masterText.slice(s.line.startOffset, s.line.endOffset);
  const fields = text.split(/[ \t]+/);
  // service type private unpriv chroot ...: new name, chroot off.
  fields[0] = `127.0.0.1:${port}`;
  fields[4] = 'n';
  return fields.join(' ').replace(/ (\n|$)/g, '$1');
}

describe.skipIf(unavailable !== undefined)('live: the example submission service after its fix', () => {
  let live: LivePostfix | undefined;
  let fixedMaster = '';
  /** The same fix written for a Postfix < 3.6 target: braced main.cf-style list, and the short comma form. */
  let fixedOldBraced = '';
  let fixedOldShort = '';
  const versions: ProbeVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

  beforeAll(async () => {
    const [loaded] = await loadedSetsUnder(join(process.cwd(), 'examples/mail-stack'));
    if (!loaded?.master || !loaded.main) throw new Error('example set not found');
    const before = buildConfigSetModel(loaded);
    const fix = edits(
      setServiceOption(loaded.master, 'submission', 'smtpd_tls_security_level', 'encrypt'),
      setServiceOption(loaded.master, 'submission', 'smtpd_tls_mandatory_protocols', protocolListFor(before.postfixVersion.version, 'option')),
    );
    const verified = verifyFix(loaded, fix, () => true, {}, before);
    expect(verified.ok).toBe(true);
    fixedMaster = verified.fixed!.texts.get('postfix/master.cf')!;
    const original = loaded.master.source.text;
    const forOld = (as: 'main' | 'option') =>
      applyEdits(original, edits(
        setServiceOption(loaded.master!, 'submission', 'smtpd_tls_security_level', 'encrypt'),
        setServiceOption(loaded.master!, 'submission', 'smtpd_tls_mandatory_protocols', protocolListFor('3.5', as)),
      ));
    fixedOldBraced = forOld('main');
    fixedOldShort = forOld('option');
    const mainExtra = loaded.main.entries
      .filter((e) => /^smtpd_(tls_|use_tls)/.test(e.name) && !/_file$|_cache_database$/.test(e.name))
      .map((e) => `${e.name} = ${e.value}`);

    live = await startLivePostfix({
      portCount: 5,
      mainCf: () => mainExtra,
      masterCf: (ports) => [
        adaptedService(fixedMaster, 'submission', ports[0]!, 'fix-fixed'),
        adaptedService(original, 'submission', ports[1]!, 'fix-original'),
        `127.0.0.1:${ports[2]} inet n - n - - smtpd -o syslog_name=fix-control -o smtpd_tls_protocols=>=TLSv1`,
        adaptedService(fixedOldBraced, 'submission', ports[3]!, 'fix-old-braced'),
        adaptedService(fixedOldShort, 'submission', ports[4]!, 'fix-old-short'),
      ],
    });
    await waitForListeners(live.ports);
  }, 120_000);

  afterAll(async () => {
    await live?.stop();
  }, 60_000);

  const accepted = async (port: number): Promise<ProbeVersion[]> => {
    const out: ProbeVersion[] = [];
    for (const version of versions) if ((await probeHandshake({ port, starttls: true, version })).ok) out.push(version);
    return out;
  };

  it('the fix is the service\'s own -o lines', () => {
    expect(fixedMaster).toContain('  -o smtpd_tls_security_level=encrypt\n');
    expect(fixedMaster).toContain('  -o milter_macro_daemon_name=ORIGINATING\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\nsmtps ');
  });

  it('refuses TLS 1.0 and 1.1, accepts TLS 1.2 and 1.3, and requires TLS', async () => {
    const port = live!.ports[0]!;
    expect(await accepted(port), live!.log()).toEqual(['TLSv1.2', 'TLSv1.3']);
    const d = await smtpDialogue(port, false);
    expect(d.starttlsAdvertised).toBe(true);
    expect(d.mailFrom).toBe(530);
    const logged = live!.log().split('\n').filter((l) => /fix-fixed.*(warning|fatal)/.test(l) && !/TLS library problem: .*unsupported protocol/.test(l));
    expect(logged).toEqual([]);
  }, 60_000);

  it('the pre-3.6 form of the fix (exclusions, braced and short) has the same effect', async () => {
    expect(fixedOldBraced).toContain('  -o { smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 }\n');
    expect(fixedOldShort).toContain('  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1.1\n');
    for (const port of [live!.ports[3]!, live!.ports[4]!]) {
      expect(await accepted(port), live!.log()).toEqual(['TLSv1.2', 'TLSv1.3']);
      expect((await smtpDialogue(port, false)).mailFrom).toBe(530);
    }
    // Postfix 3.7 knows SSLv2 in a protocol list: no warning about the list (the refused TLS 1.0/1.1
    // probes log "TLS library problem: ... unsupported protocol", which is the refusal itself).
    const logged = live!.log().split('\n').filter((l) => /fix-old.*(warning|fatal)/.test(l) && !/TLS library problem: .*unsupported protocol/.test(l));
    expect(logged).toEqual([]);
  }, 60_000);

  it('controls: the unfixed service drops TLS 1.3 and does not require TLS; a >=TLSv1 service accepts TLS 1.0', async () => {
    expect(await accepted(live!.ports[1]!)).toEqual(['TLSv1.2']);
    expect((await smtpDialogue(live!.ports[1]!, false)).mailFrom).not.toBe(530);
    expect(await accepted(live!.ports[2]!)).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
  }, 60_000);
});
