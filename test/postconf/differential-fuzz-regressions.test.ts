/**
 * Minimal inputs of the disagreements differential-fuzz.test.ts found between runPostconf() (and the
 * model) and the real postconf 3.7, shrunk by hand: each compared with the real postconf here, and
 * each checked to fail before its fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPostconf } from '../../src/postconf/command.js';
import { expandValue } from '../../src/postfix/expand.js';
import { POSTCONF, distinctMessages, postconfUnavailable } from '../support/postconf.js';

const skip = postconfUnavailable();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function stage(main: string, master = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcf-fuzzreg-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main.cf'), main);
  writeFileSync(join(dir, 'master.cf'), master);
  const past = new Date(Date.now() - 3_600_000);
  for (const f of ['main.cf', 'master.cf']) utimesSync(join(dir, f), past, past);
  return dir;
}

/** Ours and the real postconf on the same files: stdout, status, distinct stderr lines. */
function both(main: string, master: string, flags: string[]) {
  const dir = stage(main, master);
  const args = ['-c', dir, ...flags];
  const r = spawnSync(POSTCONF as string, args, { argv0: 'postconf', env: { PATH: '/usr/bin:/bin', LANG: 'C' } });
  const real = { stdout: r.stdout, stderr: r.stderr.toString('latin1'), status: r.status ?? -1 };
  const ours = runPostconf(args);
  const strip = (m: string[]): string[] => m.map((l) => l.replaceAll(dir, 'DIR'));
  return {
    real: { stdout: real.stdout.toString('utf8'), status: real.status, stderr: strip(distinctMessages(real.stderr)) },
    ours: { stdout: ours.stdout.toString('utf8'), status: ours.exitCode, stderr: strip(distinctMessages(ours.stderr)) },
  };
}

describe.skipIf(skip !== undefined)('disagreements found by differential fuzzing, fixed', () => {
  it('a value of a known parameter is searched for table names inside {} (postconf_dbms.c): its brace errors are warnings', () => {
    const main = 'smtpd_tls_protocols = {a}b, {x {y}\n';
    const r = both(main, '', ['-n']);
    expect(r.ours).toEqual(r.real);
    expect(r.ours.stderr).toEqual([
      `postconf: warning: main.cf: missing '}' in "{x {y}"`,
      `postconf: warning: main.cf: syntax error after '}' in "{a}b"`,
    ]);
  });

  it('... also in a master.cf -o value, labelled with the service', () => {
    const r = both('', 'smtp inet - - - - - smtpd -o { smtpd_tls_protocols = {a, b } -o {mua_level={y}\n', ['-P']);
    expect(r.ours).toEqual(r.real);
    expect(r.ours.stderr).toContain(`postconf: warning: master.cf:smtp/inet: missing '}' in "{mua_level={y}"`);
  });

  it('... and a database named inside inline:{...} makes its parameters used (no "unused parameter")', () => {
    const main = 'smtpd_tls_ciphers = inline:{a, mysql:foo} pcre:{ {x} {y}z }, {{q}r}\nfoo_hosts = h\n';
    const r = both(main, '', ['-n']);
    expect(r.ours).toEqual(r.real);
    expect(r.ours.stderr.join('\n')).not.toContain('unused parameter: foo_hosts');
    expect(r.ours.stderr).toEqual([
      `postconf: warning: main.cf: syntax error after '}' in "{q}r"`,
      `postconf: warning: main.cf: syntax error after '}' in "{y}z"`,
    ]);
  });

  it('postconf -P: an entry without -o before its namesake with -o shows nothing (the name space did not exist yet)', () => {
    const master = 'relay inet - y y - 1 tlsproxy\nrelay inet n n n - - smtpd -o {a = }\n';
    const r = both('', master, ['-P']);
    expect(r.ours).toEqual(r.real);
    expect(r.ours.stdout).toBe('relay/inet/a =\n');
    // ...but after it, the entry shares it (both entries print it).
    const after = both('', 'relay inet n n n - - smtpd -o {a = }\nrelay inet - y y - 1 tlsproxy\n', ['-Px']);
    expect(after.ours).toEqual(after.real);
    expect(after.ours.stdout).toBe('relay/inet/a =\nrelay/inet/a =\n');
  });

  it('past the nesting limit, a ${name} or $(name) after a failed callback ends mac_parse; a bare $name does not', () => {
    const [r, ...others] = ['SSLv3:$(p2)', 'x${p2}y$(p2)z', 'x$p2$p2'].map((value) => both(`p2 = ${value}\n`, '', ['-x', 'p2']));
    for (const o of [r!, ...others]) expect(o.ours).toEqual(o.real);
    expect(r!.ours.stderr).toEqual(['postconf: fatal: macro processing error', 'postconf: warning: unreasonable macro call nesting: "SSLv3:"']);
  });

  it('in a service\'s scope, service_name and process_name come first (ro_params), also for the scan of database names', () => {
    // The -o refers to itself only when service_name is empty: postconf never sees it empty here.
    const master = 'smtp inet n - n - - /usr/lib/postfix/sbin/tlsproxy -o {smtpd_tls_security_level=${service_name ? {} : {$smtpd_tls_security_level}} } -o {syslog_name=${process_name?{x}:{$syslog_name}}}\n';
    for (const flags of [['-n'], ['-Px']]) {
      const r = both('', master, flags);
      expect(r.ours, flags[0]).toEqual(r.real);
      expect(r.ours.status).toBe(0);
    }
  });

  it('warnings before a master.cf expansion fatal are printable as Postfix prints them (a tab becomes "?")', () => {
    const master = 'relay pass - n y - 0 postscreen -o {mua_level=NO\t$()}\n';
    for (const flags of [['-Px'], ['-Mx']]) {
      const r = both('', master, flags);
      expect(r.ours, flags[0]).toEqual(r.real);
      expect(r.ours.stderr).toContain('postconf: warning: empty macro name: "NO?$()"');
    }
  });

  it('-Pf, -Mf and -F fold at 80 bytes, not 80 characters (a UTF-8 "é" is two)', () => {
    const e = 'é'.repeat(30);
    const master = `smtp inet n - n - - smtpd -o {syslog_name = x${e} y${e}}\nsubmission inet n - n - - /usr/lib/${e}/smtpd -v\nx unix - n n - - pipe flags=R user=v argv=/bin/${e.slice(18)} a${e.slice(18)} b${e.slice(18)} c${e.slice(18)}\n`;
    for (const flags of [['-Pf'], ['-Mf'], ['-F']]) {
      const r = both('', master, flags);
      expect(r.ours, flags[0]).toEqual(r.real);
    }
    expect(both('', master, ['-Pf']).ours.stdout).toBe(`smtp/inet/syslog_name =\n    x${e}\n    y${e}\n`);
  });

  it('a comparison operand that refers to its own parameter: real postconf dies of SIGSEGV, we stop cleanly (deliberate)', () => {
    const main = 'p1 = ${{$p1} == {x} ? {a} : {b}}\n';
    const r = both(main, '', ['-nx']);
    // Real postconf recurses without limit: each operand's mac_expand() restarts the nesting count.
    expect(r.real.status).not.toBe(0);
    expect(r.real.status).not.toBe(1);
    expect(r.ours.status).toBe(1);
    expect(r.ours.stderr).toContain('postconf: fatal: macro processing error');
    // Deeper: 98 parameters each naming the next, then the self-reference twice. No stack overflow.
    const chain = Array.from({ length: 98 }, (_, i) => `p${i} = $p${i + 1} x`).join('\n');
    const deep = runPostconf(['-c', stage(`${chain}\np98 = \${{$p0} == {x} ? {a} : {b}} \${{$p0} == {x} ? {a} : {b}}\n`), '-x', 'p0']);
    expect(deep.exitCode).toBe(1);
    expect(deep.stderr).not.toContain('internal error');
    expect(deep.stderr).toContain('fatal: macro processing error');
  });
});

describe('the expander on a self-referencing comparison (no Postfix needed)', () => {
  it('ends with an error instead of exhausting the stack', () => {
    const r = expandValue('${{$p1} == {x} ? {a} : {b}}', (n) => (n === 'p1' ? '${{$p1} == {x} ? {a} : {b}}' : undefined));
    expect(r.error).toMatch(/unreasonable macro call nesting in a comparison operand/);
  });
});
