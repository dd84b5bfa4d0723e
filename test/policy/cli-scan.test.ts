/** `scan` with policies: JSON findings, exit codes, policy files and their errors. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const repo = path.resolve(__dirname, '../..');
const text = (r: { stdout: string | Buffer }) => r.stdout.toString();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pta-cli-policy-'));
  cpSync(path.join(repo, 'examples'), path.join(dir, 'repo'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lineOf(file: string, prefix: string): number {
  return readFileSync(path.join(repo, file), 'utf8').split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
}

describe('scan --format json with the default policy', () => {
  it('gives findings with rule, severity, message, file, line, service, role and verified fix edits', async () => {
    const r = await runCli(['scan', 'examples', '--format', 'json'], repo);
    expect(r.exitCode).toBe(1);
    const j = JSON.parse(text(r));
    expect(j.policy).toMatchObject({ profile: 'baseline', origin: 'profile:baseline' });
    expect(j.summary).toEqual({ error: 2, warning: 5, notice: 3 });
    const sub = j.findings.find((f: { ruleId: string }) => f.ruleId === 'submission-tls-not-required');
    const line = lineOf('examples/mail-stack/postfix/master.cf', '  -o smtpd_tls_security_level=may');
    expect(sub).toMatchObject({
      severity: 'error',
      file: 'mail-stack/postfix/master.cf',
      line,
      column: 3,
      service: 'submission/inet',
      role: 'submission',
      configSet: 'mail-stack/postfix',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      fix: { edits: [{ file: 'mail-stack/postfix/master.cf', startLine: line, endLine: line, replacement: 'encrypt' }] },
    });
    // The listing is still there.
    expect(j.configSets.map((s: { directory: string }) => s.directory)).toEqual(['good', 'mail-stack/postfix']);
  });

  it('fingerprints survive line moves', async () => {
    const master = path.join(dir, 'repo/mail-stack/postfix/master.cf');
    const before = JSON.parse(text(await runCli(['scan', 'repo', '--format', 'json'], dir))).findings;
    const original = readFileSync(master, 'utf8');
    writeFileSync(master, `# a comment\n# and another\n${original}`);
    try {
      const after = JSON.parse(text(await runCli(['scan', 'repo', '--format', 'json'], dir))).findings;
      expect(after.map((f: { fingerprint: string }) => f.fingerprint).sort()).toEqual(before.map((f: { fingerprint: string }) => f.fingerprint).sort());
      expect(after.find((f: { ruleId: string }) => f.ruleId === 'auth-before-tls').line).toBe(before.find((f: { ruleId: string }) => f.ruleId === 'auth-before-tls').line + 2);
    } finally {
      writeFileSync(master, original);
    }
  });
});

describe('scan exit codes', () => {
  it('--fail-on decides the exit code', async () => {
    expect((await runCli(['scan', 'examples/good'], repo)).exitCode).toBe(0);
    expect((await runCli(['scan', 'examples', '--fail-on', 'never'], repo)).exitCode).toBe(0);
    expect((await runCli(['scan', 'examples/mail-stack', '--fail-on', 'error'], repo)).exitCode).toBe(1);
    expect((await runCli(['scan', 'examples/good', '--fail-on', 'notice'], repo)).exitCode).toBe(0);
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['scan', 'examples', '--fail-on', 'sometimes'], repo)).exitCode).toBe(2);
    const p = await runCli(['scan', 'examples', '--profile', 'mozilla-old'], repo);
    expect(p.exitCode).toBe(2);
    expect(p.stderr).toContain('unknown --profile "mozilla-old" (baseline, tlsref-intermediate');
    expect((await runCli(['scan', 'examples', '--postfix-version', '2.11'], repo)).exitCode).toBe(2);
    expect((await runCli(['scan', 'examples', '--policy', 'no/such/file.yml'], repo)).exitCode).toBe(2);
  });
});

describe('policy files', () => {
  it('a policy error names the file and line and exits 2', async () => {
    const f = path.join(dir, 'bad.yml');
    writeFileSync(f, 'extends: baseline\nrules:\n  protocol-floor: loud\n');
    const r = await runCli(['scan', 'repo', '--policy', 'bad.yml'], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('bad.yml:3:19: policy error: rules.protocol-floor: "loud" is not allowed (allowed: off, error, warning, notice)\n');
    expect(text(r)).toBe('');
  });

  it('PATH/.github/postfix-tls-policy.yml is read by default: rules off, severities, services, ignore', async () => {
    mkdirSync(path.join(dir, 'repo/.github'), { recursive: true });
    const policy = path.join(dir, 'repo/.github/postfix-tls-policy.yml');
    writeFileSync(policy, 'extends: baseline\nrules:\n  auth-before-tls: warning\n  deprecated-parameter: off\nignore:\n  - good/**\n');
    try {
      const j = JSON.parse(text(await runCli(['scan', 'repo', '--format', 'json'], dir)));
      expect(j.policy.origin).toBe('repo/.github/postfix-tls-policy.yml');
      expect(j.findings.some((f: { ruleId: string }) => f.ruleId === 'deprecated-parameter')).toBe(false);
      expect(j.findings.find((f: { ruleId: string }) => f.ruleId === 'auth-before-tls').severity).toBe('warning');
      // The submission service re-roled as local-only: no demands left on it.
      writeFileSync(policy, 'services:\n  submission/inet:\n    role: local-only\n');
      const k = JSON.parse(text(await runCli(['scan', 'repo', '--format', 'json'], dir)));
      expect(k.findings.filter((f: { service: string }) => f.service === 'submission/inet').map((f: { ruleId: string }) => f.ruleId)).toEqual(['parameter-no-effect']);
      // --list ignores the policy altogether.
      expect((await runCli(['scan', 'repo', '--list'], dir)).exitCode).toBe(0);
    } finally {
      rmSync(path.join(dir, 'repo/.github'), { recursive: true, force: true });
    }
  });

  it('--profile replaces the file\'s extends; --postfix-version changes the fix syntax', async () => {
    const j = JSON.parse(text(await runCli(['scan', 'examples/mail-stack', '--format', 'json', '--profile', 'tlsref-modern'], repo)));
    expect(j.policy.profile).toBe('tlsref-modern');
    const v = JSON.parse(text(await runCli(['scan', 'examples/mail-stack', '--format', 'json', '--postfix-version', '3.5'], repo)));
    const inc = v.findings.find((f: { ruleId: string; line: number }) => f.ruleId === 'include-list-drops-tls13');
    expect(inc.fix.edits[0].replacement).toMatch(/^!SSLv2, !SSLv3, !TLSv1, !TLSv1\.1$/);
    const w = JSON.parse(text(await runCli(['scan', 'examples/mail-stack', '--format', 'json'], repo)));
    expect(w.findings.find((f: { ruleId: string }) => f.ruleId === 'include-list-drops-tls13').fix.edits[0].replacement).toBe('>=TLSv1.2');
  });
});

describe('scan --format sarif and markdown', () => {
  it('SARIF 2.1.0 with rules, levels, repository-relative locations, fingerprints and fixes', async () => {
    const r = await runCli(['scan', 'examples', '--format', 'sarif'], repo);
    expect(r.exitCode).toBe(1);
    const s = JSON.parse(text(r));
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('protocol-floor');
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'submission-tls-not-required');
    const line = lineOf('examples/mail-stack/postfix/master.cf', '  -o smtpd_tls_security_level=may');
    expect(res).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/mail-stack/postfix/master.cf' }, region: { startLine: line, startColumn: 3 } } }],
      partialFingerprints: { 'postfixTlsAudit/v1': expect.stringMatching(/^[0-9a-f]{16}$/) },
      fixes: [{ artifactChanges: [{ artifactLocation: { uri: 'examples/mail-stack/postfix/master.cf' }, replacements: [{ deletedRegion: { startLine: line }, insertedContent: { text: 'encrypt' } }] }] }],
    });
    expect(run.tool.driver.rules[res.ruleIndex].id).toBe('submission-tls-not-required');
    expect(run.results.filter((x: { level: string }) => x.level === 'note').length).toBe(3);
  });

  it('Markdown: summary, a table of findings and the diff in a fence', async () => {
    const out = text(await runCli(['scan', 'examples', '--format', 'markdown'], repo));
    expect(out).toMatch(/^## postfix-tls-audit: 2 error\(s\), 5 warning\(s\), 3 notice\(s\)\n/);
    expect(out).toContain('| error | [auth-before-tls](');
    expect(out).toMatch(/```diff\n--- a\/mail-stack\/postfix\/main\.cf/);
    expect((await runCli(['scan', 'examples', '--format', 'sarif', '--list'], repo)).exitCode).toBe(2);
  });
});
