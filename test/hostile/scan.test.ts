/**
 * Hostile and broken input through the whole scan (discovery, reading, parsing): each case gives a clear
 * diagnostic or finding, the other config sets are still analysed, nothing throws or hangs, and nothing is
 * written anywhere (issue 8). Expansion limits are compared with the real postconf where it is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_DISCOVERED_FILE_BYTES } from '../../src/discover/index.js';
import { expandValue } from '../../src/postfix/expand.js';
import { runPostconf } from '../../src/postconf/command.js';
import { scanRepository, type ScanResult } from '../../src/scan.js';
import { postconfUnavailable, runRealPostconf } from '../support/postconf.js';

const GOOD_MAIN = 'smtpd_tls_security_level = may\n';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const repo = path.resolve(__dirname, '../..');

function write(root: string, rel: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

/** Every path under `dir` with its size and mtime, to prove that a scan wrote nothing. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) out.push(`${p} -> link`);
      else if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out.push(`${p} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

function problems(r: ScanResult): string[] {
  return [...r.diagnostics, ...r.sets.flatMap((s) => s.diagnostics)].map((d) => `${d.code} ${d.path}`);
}

describe('a repository full of hostile files', () => {
  let base = '';
  let root = '';
  let outside = '';
  let result: ScanResult;
  let before: string[];
  let elapsed = 0;

  beforeAll(async () => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-'));
    root = path.join(base, 'workspace');
    outside = path.join(base, 'outside');
    mkdirSync(root);
    mkdirSync(outside);
    write(outside, 'main.cf', 'secret_parameter = do-not-read\n');
    // A well-formed set that must survive everything else.
    write(root, 'good/main.cf', GOOD_MAIN);
    // Binary files with config names.
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    write(root, 'binary/main.cf', binary);
    write(root, 'binary/master.cf', binary);
    // Above the size limit (sparse: no 8 MiB really written).
    write(root, 'huge/main.cf', '');
    truncateSync(path.join(root, 'huge/main.cf'), MAX_DISCOVERED_FILE_BYTES + 1);
    // A 1 MiB single line, invalid UTF-8, and 100k continuation lines.
    write(root, 'long-line/main.cf', `smtpd_banner = ${'x'.repeat(1024 * 1024)}\n${GOOD_MAIN}`);
    write(root, 'latin1/main.cf', Buffer.concat([Buffer.from('myhostname = caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(`\n${GOOD_MAIN}`)]));
    write(root, 'continuations/main.cf', `smtpd_tls_protocols = !SSLv2\n${'  , !SSLv3\n'.repeat(100_000)}`);
    write(root, 'continuations/master.cf', `smtp inet n - n - - smtpd\n${'  -o smtpd_tls_security_level=encrypt\n'.repeat(100_000)}`);
    // Thousands of services and a main.cf with thousands of duplicates.
    write(root, 'services/master.cf', Array.from({ length: 5000 }, (_, i) => `s${i} inet n - n - - smtpd -o smtpd_tls_security_level={{ lvl }}\n`).join(''));
    write(root, 'services/main.cf', Array.from({ length: 50_000 }, (_, i) => `smtpd_tls_security_level = ${i % 2 ? 'may' : 'encrypt'}\n`).join(''));
    // Pathological expansion and self reference (parsing must not expand; the values stay as written).
    write(root, 'expansion/main.cf', `a = $b\nb = $a\nc = ${'${a?'.repeat(5000)}x${'}'.repeat(5000)}\n`);
    // Symbolic links: a loop, a directory and a file outside the workspace, a dangling link.
    mkdirSync(path.join(root, 'links'));
    symlinkSync('..', path.join(root, 'links/up'));
    symlinkSync('self', path.join(root, 'links/self'));
    symlinkSync(outside, path.join(root, 'links/outside-dir'));
    symlinkSync(path.join(outside, 'main.cf'), path.join(root, 'links/main.cf'));
    symlinkSync('/nonexistent/master.cf', path.join(root, 'links/master.cf'));

    before = snapshot(base);
    const t0 = performance.now();
    result = await scanRepository(root);
    elapsed = performance.now() - t0;
  }, 120_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('finishes in bounded time and writes nothing', () => {
    expect(elapsed).toBeLessThan(60_000);
    expect(snapshot(base)).toEqual(before);
  });

  it('keeps the good set and every readable set', () => {
    const dirs = result.sets.map((s) => s.set.directory);
    expect(dirs).toEqual(expect.arrayContaining(['good', 'binary', 'long-line', 'latin1', 'continuations', 'services', 'expansion']));
    const good = result.sets.find((s) => s.set.directory === 'good');
    expect(good?.main?.values.get('smtpd_tls_security_level')?.value).toBe('may');
    expect(good?.diagnostics).toEqual([]);
  });

  it('reports the file above the size limit without reading it', () => {
    expect(problems(result)).toContain('discover/file-too-large huge/main.cf');
    expect(result.sets.some((s) => s.set.directory === 'huge')).toBe(false);
  });

  it('binary files give Postfix-style fatal diagnostics, not exceptions', () => {
    const set = result.sets.find((s) => s.set.directory === 'binary');
    expect(set?.main?.fatal ?? set?.main?.diagnostics[0]).toBeDefined();
    expect(set?.master?.fatal).toBeDefined();
    expect(set?.main?.source.encoding).toBe('latin1');
  });

  it('a 1 MiB line and invalid UTF-8 are parsed byte for byte', () => {
    const long = result.sets.find((s) => s.set.directory === 'long-line');
    expect(long?.main?.values.get('smtpd_banner')?.value.length).toBe(1024 * 1024);
    expect(long?.main?.values.get('smtpd_tls_security_level')?.value).toBe('may');
    const latin1 = result.sets.find((s) => s.set.directory === 'latin1');
    expect(latin1?.main?.source.encoding).toBe('latin1');
    expect(latin1?.main?.values.get('myhostname')?.value).toBe('caf\u00e9\u00ff\u00fe');
    expect(latin1?.main?.values.get('smtpd_tls_security_level')?.value).toBe('may');
  });

  it('100k continuation lines form one logical line with exact positions', () => {
    const set = result.sets.find((s) => s.set.directory === 'continuations');
    const entry = set?.main?.values.get('smtpd_tls_protocols');
    expect(entry?.line.lastLine).toBe(100_001);
    const smtp = set?.master?.services[0];
    expect(smtp?.options.length).toBe(100_000);
    expect(smtp?.options.at(-1)?.span.start.line).toBe(100_001);
  });

  it('thousands of services and duplicates are all listed', () => {
    const set = result.sets.find((s) => s.set.directory === 'services');
    expect(set?.master?.services.length).toBe(5000);
    expect(set?.master?.services.every((s) => s.options[0]?.templated)).toBe(true);
    expect(set?.main?.values.get('smtpd_tls_security_level')?.value).toBe('may');
    expect(set?.main?.diagnostics.filter((d) => d.code === 'main-cf/duplicate').length).toBe(49_999);
  });

  it('symbolic links: loops end, nothing outside the workspace is read', () => {
    const p = problems(result);
    expect(p).toEqual(expect.arrayContaining(['discover/symlink-outside-root links/outside-dir', 'discover/symlink-outside-root links/main.cf']));
    expect(p.some((x) => x.startsWith('discover/symlink-loop links/'))).toBe(true);
    expect(p).toContain('discover/broken-symlink links/master.cf');
    const all = JSON.stringify(result.sets.map((s) => s.set.files.map((f) => f.bytes.toString('latin1'))));
    expect(all).not.toContain('do-not-read');
  });
});

describe('pathological expansion', () => {
  it('self reference stops at the nesting limit with an error, like Postfix', () => {
    const table: Record<string, string> = { a: '$b', b: '$a' };
    const r = expandValue('$a', (n) => table[n]);
    expect(r.error).toMatch(/unreasonable macro call nesting/);
  });

  it('deep ${name?...} nesting stops with an error (nesting limit or our work bound, whichever comes first)', () => {
    const r = expandValue(`${'${a?'.repeat(100_000)}x${'}'.repeat(100_000)}`, () => 'v');
    expect(r.error).toMatch(/unreasonable macro (call nesting|expansion size)/);
    expect(expandValue(`${'${a?'.repeat(1000)}x${'}'.repeat(1000)}`, () => 'v').error).toMatch(/unreasonable macro call nesting/);
  });

  it('a doubling chain under the nesting limit is cut off instead of exhausting memory', () => {
    const table: Record<string, string> = { p40: 'x' };
    for (let i = 0; i < 40; i++) table[`p${i}`] = `$p${i + 1} $p${i + 1}`;
    const r = expandValue('$p0', (n) => table[n]);
    expect(r.error).toMatch(/unreasonable macro expansion size/);
    expect(r.value.length).toBeLessThan(64 * 1024 * 1024);
  });

  describe.skipIf(postconfUnavailable() !== undefined)('against the real postconf', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-expand-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('a = $b, b = $a: the same message and exit status as postconf -x', () => {
      writeFileSync(path.join(dir, 'main.cf'), 'a = $b\nb = $a\nsmtpd_banner = $a\n');
      writeFileSync(path.join(dir, 'master.cf'), '');
      const real = runRealPostconf(['-c', dir, '-x', 'smtpd_banner']);
      const ours = runPostconf(['-c', dir, '-x', 'smtpd_banner']);
      expect(ours.exitCode).toBe(real.status);
      const last = (s: string): string => (s.trim().split('\n').at(-1) ?? '').replace(/^\S*postconf: /, 'postconf: ');
      expect(last(ours.stderr)).toBe(last(real.stderr));
    });
  });
});

describe.skipIf(!isRoot || !existsSync(path.join(repo, 'dist/cli/index.js')))('unreadable files among hostile ones, scanned as user nobody', () => {
  let base = '';
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-nobody-'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('reports the unreadable file and folder, lists the rest, writes nothing', () => {
    chmodSync(base, 0o755);
    write(base, 'open/main.cf', GOOD_MAIN);
    write(base, 'binary/master.cf', Buffer.from([0, 1, 2, 255, 10, 32, 0]));
    write(base, 'locked/main.cf', GOOD_MAIN);
    write(base, 'locked-dir/x/main.cf', GOOD_MAIN);
    chmodSync(path.join(base, 'locked/main.cf'), 0o000);
    chmodSync(path.join(base, 'locked-dir'), 0o000);
    symlinkSync('/etc/shadow', path.join(base, 'open/master.cf'));
    const before = snapshot(base);
    const r = spawnSync(process.execPath, [path.join(repo, 'dist/cli/index.js'), 'scan', base, '--format', 'json', '--fail-on', 'never'], {
      uid: 65534,
      gid: 65534,
      cwd: '/',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.configSets.map((s: { directory: string }) => s.directory)).toEqual(['binary', 'open']);
    const p = json.diagnostics.map((d: { code: string; file: string }) => `${d.code} ${d.file}`);
    expect(p).toEqual(expect.arrayContaining(['discover/unreadable-file locked/main.cf', 'discover/symlink-outside-root open/master.cf']));
    expect(p.some((x: string) => x.startsWith('discover/unreadable-') && x.includes('locked-dir'))).toBe(true);
    chmodSync(path.join(base, 'locked-dir'), 0o755);
    expect(snapshot(base)).toEqual(before);
  });
});
