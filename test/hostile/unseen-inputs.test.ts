/**
 * Hostile input the first hostile suite (scan.test.ts, properties.test.ts) did not try, each found to
 * crash, hang, leak, run unbounded or lose findings before its fix (issue 8): the policy file of the
 * scanned tree, YAML alias bombs, service names that are Object.prototype members, long runs of blanks
 * in suppression comments, thousands of findings on one long line, and file names that are not UTF-8 or
 * not regular files. Real files in temporary folders; the CLI is run in-process (runCli) unless noted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { discoverConfigSets, type ConfigSet } from '../../src/discover/index.js';
import { buildConfigSetModel } from '../../src/model/index.js';
import { makeReporter } from '../../src/model/report.js';
import type { ConfigSetModel } from '../../src/model/types.js';
import { loadConfigSet } from '../../src/postfix/config-set.js';
import type { Diagnostic } from '../../src/postfix/diagnostics.js';
import type { MasterCf } from '../../src/postfix/master-cf.js';
import { endpointAt, settingAt } from '../../src/policy/rules/helpers.js';
import { MAX_POLICY_FILE_BYTES } from '../../src/audit.js';
import { makeSource } from '../../src/postfix/source.js';
import { suppressionsIn } from '../../src/policy/suppressions.js';
import { excerpt, MAX_EXCERPT_CHARS } from '../../src/report/findings-text.js';
import { perByteGrowth } from '../support/growth.js';
import { git, gitUnavailable, writeTree } from '../discover/tree-helpers.js';

const GOOD_MAIN = 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = SSLv3\n';

let base = '';
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'pta-unseen-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A fresh folder under the suite's temporary folder, with the given files. */
function tree(files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(base, String(n++));
  mkdirSync(dir);
  writeTree(dir, files);
  return dir;
}

const POLICY = '.github/postfix-tls-policy.yml';

describe('the policy file of the scanned tree is hostile', () => {
  it('a symbolic link out of the tree is not read, and its text is never quoted', async () => {
    // Before: the file was read through the link and a schema error quoted it (with
    // /proc/self/environ, the whole environment of the CI job).
    const outside = tree({ 'environ.yml': 'GITHUB_TOKEN=secret-marker-4711' });
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    mkdirSync(path.join(root, '.github'));
    symlinkSync(path.join(outside, 'environ.yml'), path.join(root, POLICY));
    const r = await runCli(['scan', '.'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot read policy .*postfix-tls-policy\.yml: it is a symbolic link that leads outside the scanned folder/);
    expect(`${r.stdout}${r.stderr}`).not.toContain('secret-marker-4711');
  });

  it('a symbolic link that stays inside the tree is still read', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN, 'policies/strict.yml': 'extends: tlsref-modern\n' });
    mkdirSync(path.join(root, '.github'));
    symlinkSync('../policies/strict.yml', path.join(root, POLICY));
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(String(r.stdout)).policy.profile).toBe('tlsref-modern');
  });

  it('a FIFO is refused at once instead of blocking the scan, and so is a device named with --policy', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    mkdirSync(path.join(root, '.github'));
    execFileSync('mkfifo', [path.join(root, POLICY)]);
    const r = await runCli(['scan', '.'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot read policy .*: not a regular file; not read/);
    const dev = await runCli(['scan', '.', '--policy', '/dev/zero'], root);
    expect(dev.exitCode).toBe(2);
    expect(dev.stderr).toBe('postfix-tls-audit: cannot read policy /dev/zero: not a regular file; not read\n');
  });

  it(`a policy file over ${MAX_POLICY_FILE_BYTES} bytes is not parsed`, async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN, [POLICY]: '' });
    truncateSync(path.join(root, POLICY), MAX_POLICY_FILE_BYTES + 1);
    const r = await runCli(['scan', '.'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${MAX_POLICY_FILE_BYTES + 1} bytes, over the ${MAX_POLICY_FILE_BYTES}-byte limit; not read`);
  });

  it('a YAML alias bomb is a policy error with a position, not an internal error with a stack trace', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', `d: [${Array(20).fill('*c').join(', ')}]`, ''].join('\n');
    const root = tree({ 'good/main.cf': GOOD_MAIN, [POLICY]: bomb });
    const r = await runCli(['scan', '.'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`${POLICY}:1:1: policy error: YAML: Excessive alias count indicates a resource exhaustion attack\n`);
  });
});

describe('services named like members of Object.prototype, under a policy that gives roles', () => {
  const NAMES = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'];
  it('are judged like any other service: same role, same findings', async () => {
    // Before: the role lookup found Object.prototype.constructor (a function) as the role of a service
    // named "constructor": its role was shown as "undefined" and auth-before-tls was lost.
    const service = (name: string): string => `${name} inet n - n - - smtpd -o smtpd_tls_security_level=may -o smtpd_tls_auth_only=no -o smtpd_sasl_auth_enable=yes -o smtpd_tls_cert_file=/c.pem -o smtpd_tls_key_file=/k.pem\n`;
    const root = tree({
      'mail/main.cf': 'smtpd_tls_protocols = >=TLSv1.2\n',
      'mail/master.cf': ['plain', ...NAMES].map(service).join(''),
      [POLICY]: 'services:\n  relay/unix:\n    role: client-smtp\n',
    });
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    expect(r.stderr).toBe('');
    const findings = JSON.parse(String(r.stdout)).findings as { ruleId: string; service: string | null; role: string | null }[];
    const of = (name: string): string[] => findings.filter((f) => f.service === `${name}/inet`).map((f) => `${f.ruleId} ${f.role}`);
    expect(of('plain')).toEqual(['auth-before-tls other-public']);
    for (const name of NAMES) expect(of(name), name).toEqual(of('plain'));
  });
});

describe('names with terminal escape sequences', () => {
  it('are shown escaped in the text listing and in explain, like values and paths', async () => {
    // Before: parameter, service and -o names went to the terminal as written (ESC [ 2 J clears it,
    // backspaces hide text).
    const root = tree({
      'mail/main.cf': 'smtpd_tls_security_level = may\nevil\u001b[2J\b\b\u009b31m = x\n',
      'mail/master.cf': 'sm\u001b]0;pwned\u0007tp inet n - n - - smtpd -o a\u001b[8m=1 -o smtpd_tls_security_level=encrypt\n',
    });
    const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    for (const args of [['scan', '.', '--fail-on', 'never'], ['scan', '.', '--list'], ['explain', '.']]) {
      const r = await runCli(args, root);
      expect(r.stderr).toBe('');
      expect(String(r.stdout), args.join(' ')).not.toMatch(control);
    }
    const listing = String((await runCli(['scan', '.', '--list'], root)).stdout);
    expect(listing).toMatch(/evil\\x1b\[2J\\x08\\x08\\x9b31m +=/);
    expect(listing).toContain('sm\\x1b]0;pwned\\x07tp/inet');
    expect(listing).toContain('-o a\\x1b[8m=1');
  });
});

describe('suppression comments', () => {
  // The regular expression the marker replaced: right, but quadratic on a long run of blanks.
  const OLD = /^[ \t]*#[ \t]*postfix-tls-audit:[ \t]*ignore[ \t]+([A-Za-z0-9_,\- \t]+?)(?:[ \t]+--[ \t]*(.*))?[ \t]*$/;
  const oldParse = (line: string): { rules: string[]; reason: string } | undefined => {
    const m = OLD.exec(line);
    return m ? { rules: (m[1] as string).split(/[\s,]+/).filter(Boolean), reason: (m[2] ?? '').trim() } : undefined;
  };
  const parse = (line: string): { rules: string[]; reason: string } | undefined => {
    const s = suppressionsIn(makeSource('main.cf', line))[0];
    return s ? { rules: s.rules, reason: s.reason } : undefined;
  };

  it('are read as the old expression read them', () => {
    const tail = fc.array(fc.constantFrom('a', 'x1', '-', '--', ' -- ', ' ', '\t', ',', '!', '#', '\r', '\u2028', '\u00a0', 'all'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.constantFrom('# postfix-tls-audit: ignore', '  #postfix-tls-audit:ignore', '#\tpostfix-tls-audit:  ignore'), tail, (head, rest) => {
        const line = `${head}${rest}`;
        if (line.includes('\n')) return;
        expect(parse(line)).toEqual(oldParse(line.replace(/\r$/, '')));
      }),
      { numRuns: 5000 },
    );
  });

  it('take linear time on a long run of blanks (a 40 KiB line took 12 s in a scan)', () => {
    const make = (units: number): string => `smtpd_tls_security_level = may\n# postfix-tls-audit: ignore a${' \t'.repeat(units)}-!\nsmtpd_tls_protocols = SSLv3\n`;
    expect(perByteGrowth(make, (t) => suppressionsIn(makeSource('main.cf', t)), 250)).toBeLessThan(4);
  });
});

describe('thousands of findings on one long line', () => {
  it('a -o name repeated 1,000 times: one rename fix for all of them, not a copy of it per option', async () => {
    // Before: each of the 1,000 findings carried the fix renaming all 1,000 options (a million edits
    // to verify, copy and print: 31 s, 24 MB of JSON; a 1 MiB line of them would not have ended).
    const options = ' -o smtpd_tls_protocol=x'.repeat(1000);
    const root = tree({ 'mail/main.cf': 'smtpd_tls_security_level = may\n', 'mail/master.cf': `submission inet n - n - - smtpd${options}\n` });
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    const findings = (JSON.parse(String(r.stdout)).findings as { ruleId: string; column: number; fix?: { description: string; edits: unknown[] } }[]).filter((f) => f.ruleId === 'unknown-parameter');
    expect(findings.length).toBe(1000);
    const withFix = findings.filter((f) => f.fix);
    expect(withFix.length).toBe(1);
    expect(withFix[0]?.column).toBe(Math.max(...findings.map((f) => f.column)));
    expect(withFix[0]?.fix?.description).toBe('Rename -o smtpd_tls_protocol to smtpd_tls_protocols on submission');
    expect(withFix[0]?.fix?.edits.length).toBe(1000);
    const diff = await runCli(['scan', '.', '--diff', '--fail-on', 'never'], root);
    expect(String(diff.stdout)).toContain(`+submission inet n - n - - smtpd${' -o smtpd_tls_protocols=x'.repeat(1000)}`);
  });

  it('show a window of the line in each excerpt, not the whole line each time', async () => {
    // Before: every finding printed the whole 25 KiB line (1,000 findings: 25 MB of text; a 1 MiB
    // line of options would have printed gigabytes).
    const options = ' -o smtpd_tls_protocol=x'.repeat(1000);
    const root = tree({ 'mail/main.cf': 'smtpd_tls_security_level = may\n', 'mail/master.cf': `submission inet n - n - - smtpd${options}\n` });
    const r = await runCli(['scan', '.', '--fail-on', 'never'], root);
    const text = String(r.stdout);
    expect(text.match(/\[unknown-parameter\]/g)?.length).toBe(1000);
    const excerpts = text.split('\n\n').filter((b) => b.includes('[unknown-parameter]')).map((b) => b.split('\n').find((l) => /^ +1 \| /.test(l)) ?? '');
    expect(excerpts.length).toBe(1000);
    for (const l of excerpts) expect(l.length).toBeLessThanOrEqual('      1 | '.length + MAX_EXCERPT_CHARS + 2);
    expect(text.length).toBeLessThan(2_000_000);
    // The 500th option's excerpt shows that option.
    expect(excerpts[499]).toContain(`-o smtpd_tls_protocol=x -o`);
  });

  it('excerpt: short lines whole; long ones cut around the column, marked where cut', () => {
    expect(excerpt('abc', 2)).toBe('abc');
    const long = `${'a'.repeat(1000)}HERE${'b'.repeat(1000)}`;
    const cut = excerpt(long, 1001);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('HERE');
    expect(cut.length).toBe(MAX_EXCERPT_CHARS + 2);
    expect(excerpt(long, 1)).toBe(`${long.slice(0, MAX_EXCERPT_CHARS)}…`);
    expect(excerpt(long, long.length)).toBe(`…${long.slice(-MAX_EXCERPT_CHARS)}`);
  });
});

describe('a master.cf of thousands of services, each with findings', () => {
  // Searches per diagnostic made 8,000 such services take 37 s (2,000: 4.4 s). Rather than time (the
  // lookups are fast enough that cache effects blur a ratio), the tests count how often the lists are
  // read: once per element in all, not once per element per lookup.
  const services = (units: number): string => Array.from({ length: units }, (_, i) => `s${i} inet n - n - - smtpd -o smtpd_tls_security_level=bogus -o smtpd_tls_protocols=SSLv3\n`).join('');
  /** The array behind a proxy that counts the reads of its elements. */
  const counted = <T>(items: T[]): { list: T[]; reads: () => number } => {
    let reads = 0;
    const list = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { list, reads: () => reads };
  };

  it('the endpoint and the setting a diagnostic points at are found without a search of all of them', () => {
    const units = 2000;
    const master = { path: 'master.cf', absolutePath: '/nonexistent/master.cf', kind: 'master.cf' as const, bytes: Buffer.from(services(units)) };
    const set: ConfigSet = { directory: '.', files: [master], master, pairedWithStockMaster: false, pairedWithBuiltinDefaults: true };
    const built = buildConfigSetModel(loadConfigSet(set));
    const parsed = built.loaded.master as MasterCf;
    const endpoints = counted([...built.endpoints]);
    const serviceList = counted([...parsed.services]);
    const model: ConfigSetModel = { ...built, endpoints: endpoints.list, loaded: { ...built.loaded, master: { ...parsed, services: serviceList.list } } };
    let wrong = 0;
    for (const s of parsed.services) for (const o of s.options) {
      const d = { severity: 'warning' as const, code: 'x', message: 'x', path: 'master.cf', span: o.span };
      const at = settingAt(model, d);
      if (endpointAt(model, d)?.masterService !== s || at?.kind !== 'option' || at.option !== o || at.service !== s) wrong++;
    }
    expect(wrong).toBe(0);
    // Before: about units * units reads of each (4,000 lookups, each a search).
    expect(endpoints.reads()).toBeLessThanOrEqual(2 * units);
    expect(serviceList.reads()).toBeLessThanOrEqual(2 * units);
  });

  it('the model keeps each diagnostic once without a search of all of them', () => {
    const units = 5000;
    const out = counted<Diagnostic>([]);
    const report = makeReporter(out.list, { path: 'master.cf' });
    for (let i = 0; i < units; i++) report('warning', 'x', `message ${i}`);
    report('warning', 'x', 'message 0');
    expect(out.list.length).toBe(units);
    expect(out.reads()).toBeLessThanOrEqual(2 * units);
  });

  it('every service of a large master.cf is judged (an invalid level on each)', async () => {
    const root = tree({ 'mail/master.cf': services(2000) });
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never'], root);
    const findings = JSON.parse(String(r.stdout)).findings as { ruleId: string; service: string }[];
    expect(new Set(findings.filter((f) => f.ruleId === 'invalid-security-level').map((f) => f.service)).size).toBe(2000);
  });
});

describe('files with config names that cannot be read as such', () => {
  const codes = (r: { diagnostics: readonly { code: string; path: string }[] }): string[] => r.diagnostics.map((d) => `${d.code} ${d.path}`);

  it('a FIFO, a socket and a symlink to a FIFO named main.cf or master.cf are reported; the scan goes on', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    mkdirSync(path.join(root, 'fifo'));
    execFileSync('mkfifo', [path.join(root, 'fifo/main.cf')]);
    mkdirSync(path.join(root, 'sock'));
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'sock/master.cf'), resolve));
    try {
      mkdirSync(path.join(root, 'linked'));
      symlinkSync('../fifo/main.cf', path.join(root, 'linked/main.cf'));
      const r = await discoverConfigSets(root);
      expect(r.sets.map((s) => s.directory)).toEqual(['good']);
      expect(codes(r)).toEqual(['discover/not-a-regular-file fifo/main.cf', 'discover/not-a-regular-file linked/main.cf', 'discover/not-a-regular-file sock/master.cf']);
    } finally {
      server.close();
    }
  });

  it('a folder whose name is not UTF-8 is reported, not silently lost (walk)', async () => {
    const root = tree({ 'good/main.cf': GOOD_MAIN });
    const bad = Buffer.concat([Buffer.from(root), Buffer.from('/caf'), Buffer.from([0xe9])]);
    mkdirSync(bad);
    writeFileSync(Buffer.concat([bad, Buffer.from('/main.cf')]), GOOD_MAIN);
    const r = await discoverConfigSets(root);
    expect(r.mode).toBe('walk');
    expect(r.sets.map((s) => s.directory)).toEqual(['good']);
    expect(codes(r)).toEqual(['discover/undecodable-name caf\uFFFD']);
    expect(r.diagnostics[0]?.message).toMatch(/not valid UTF-8/);
  });

  describe.skipIf(gitUnavailable() !== undefined)('in a git work tree', () => {
    it("reads no file outside the root that git's index names through a symlinked folder or with ../", async () => {
      const outside = tree({ 'main.cf': 'secret_parameter = do-not-read\n' });
      const root = tree({ 'good/main.cf': GOOD_MAIN, 'conf/main.cf': GOOD_MAIN, 'up/main.cf': GOOD_MAIN });
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'x');
      // The index still lists conf/main.cf; conf is now a link out of the tree.
      rmSync(path.join(root, 'conf'), { recursive: true });
      symlinkSync(outside, path.join(root, 'conf'));
      // A crafted index (an unpacked archive's .git): up/main.cf becomes ../<outside>/main.cf, same length.
      const index = readFileSync(path.join(root, '.git/index'));
      const from = Buffer.from('up/main.cf');
      const to = Buffer.from(`../${path.basename(outside)}/main.cf`);
      const at = index.indexOf(from);
      const crafted = Buffer.concat([index.subarray(0, at - 2), Buffer.from([index[at - 2]! & 0xf0, to.length]), to, Buffer.alloc(8 - ((62 + to.length) % 8)), index.subarray(at + from.length + (8 - ((62 + from.length) % 8)), index.length - 20)]);
      writeFileSync(path.join(root, '.git/index'), Buffer.concat([crafted, createHash('sha1').update(crafted).digest()]));
      rmSync(path.join(root, 'up'), { recursive: true });
      expect(git(root, 'ls-files')).toContain(`../${path.basename(outside)}/main.cf`);
      const r = await discoverConfigSets(root);
      expect(r.mode).toBe('git');
      expect(r.sets.map((s) => s.directory)).toEqual(['good']);
      // (git also lists the link conf itself, as an untracked file.)
      expect(codes(r)).toEqual([`discover/outside-root ../${path.basename(outside)}/main.cf`, 'discover/symlink-outside-root conf', 'discover/outside-root conf/main.cf']);
      const read = JSON.stringify(r.sets.map((s) => s.files.map((f) => f.bytes.toString('latin1'))));
      expect(read).not.toContain('do-not-read');
    });

    it('a folder git cannot open (a path longer than PATH_MAX) is reported, not lost in silence', async () => {
      const root = tree({ 'good/main.cf': GOOD_MAIN });
      const d = 'd'.repeat(250);
      // Made one short relative step at a time (a path this long cannot be named whole), in a child
      // process (a test worker cannot change its directory), and removed by rm, which can.
      const make = `const fs = require('fs'); for (let i = 0; i < 20; i++) { fs.mkdirSync('${d}'); process.chdir('${d}'); } fs.writeFileSync('main.cf', 'x = 1\\n');`;
      execFileSync(process.execPath, ['-e', make], { cwd: root });
      try {
        git(root, 'init', '-q');
        const r = await discoverConfigSets(root);
        expect(r.mode).toBe('git');
        expect(r.sets.map((s) => s.directory)).toEqual(['good']);
        expect(r.diagnostics.map((x) => x.code)).toEqual(['discover/unreadable-directory']);
        expect(r.diagnostics[0]?.path.startsWith(`${d}/${d}/`)).toBe(true);
        expect(r.diagnostics[0]?.message).toMatch(/^git could not open this folder \(.+\); not searched$/);
      } finally {
        execFileSync('rm', ['-rf', path.join(root, d)]);
      }
    });

    it("runs no command that the scanned tree's own .git/config names (core.fsmonitor)", async () => {
      // A tree that is not a fresh checkout (an unpacked archive) brings its own .git/config; git
      // ls-files ran its core.fsmonitor command.
      const root = tree({ 'good/main.cf': GOOD_MAIN });
      const marker = path.join(base, `fsmonitor-ran-${n}`);
      git(root, 'init', '-q');
      git(root, 'config', 'core.fsmonitor', `touch '${marker}'; false`);
      const r = await discoverConfigSets(root);
      expect(r.mode).toBe('git');
      expect(r.sets.map((s) => s.directory)).toEqual(['good']);
      expect(existsSync(marker)).toBe(false);
    });

    it('a tracked config file whose path is not UTF-8 is reported', async () => {
      const root = tree({ 'good/main.cf': GOOD_MAIN });
      const bad = Buffer.concat([Buffer.from(root), Buffer.from('/caf'), Buffer.from([0xe9])]);
      mkdirSync(bad);
      writeFileSync(Buffer.concat([bad, Buffer.from('/main.cf')]), GOOD_MAIN);
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'x');
      const r = await discoverConfigSets(root);
      expect(r.mode).toBe('git');
      expect(r.sets.map((s) => s.directory)).toEqual(['good']);
      // Before: it vanished without a word (a tracked file deleted from the work tree still does).
      expect(codes(r)).toEqual(['discover/undecodable-name caf\uFFFD/main.cf']);
    });
  });
});
