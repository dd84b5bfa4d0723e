/**
 * What goes into GitHub bodies: escaping of repository text, the 65,536-character budget of the PR
 * comment, review-suggestion planning against diff hunks, patch hunk parsing, and the strict reader
 * of untrusted report artifacts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUntrustedReport } from '../../src/github/artifact.js';
import { parsePatchHunks } from '../../src/github/pull-request.js';
import { codeSpan, fencedBlock, htmlText, inlineText } from '../../src/report/markdown-safe.js';
import { GITHUB_BODY_LIMIT, renderPrComment } from '../../src/report/pr-comment.js';
import { MAX_REVIEW_COMMENTS, planSuggestions, renderSuggestionBody } from '../../src/report/review.js';
import { finding, report } from '../support/fake-github/reports.js';

const ZWJ = '\u200D';
const HOSTILE = [
  '@everyone please look',
  '@acme/security-team',
  'fixes #123 and GH-45',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden --> <details open>',
  '[click](javascript:alert(1)) ![x](https://evil.example/p.png)',
  '**bold** _it_ `code` ~~gone~~',
  '```\nclosing the fence\n```',
  '| a | b |\n|---|---|',
  '::error file=x::workflow command',
  'https://evil.example/path www.evil.example',
  '\u202Egnp.exe\u202C bidi',
];

/** Markdown-significant characters left after removing backslash escapes. */
function unescaped(text: string): string {
  return text.replace(/\\[\\`*_{}[\]()#+\-.!|~"']/g, '').replace(/[^\\`*_{}[\]()#+!|~<>]/g, '');
}

describe('markdown-safe', () => {
  it('inline text: no raw HTML, no live Markdown punctuation, mentions and refs broken, one line', () => {
    for (const s of HOSTILE) {
      const out = inlineText(s);
      expect(out).not.toMatch(/[<>\n\r]/);
      expect(unescaped(out)).toBe('');
      expect(out).not.toMatch(new RegExp(`@(?!${ZWJ})`));
      expect(out).not.toMatch(new RegExp(`#(?!${ZWJ})`));
      expect(out).not.toMatch(/:\/\//);
      expect(out).not.toMatch(/[\u202A-\u202E]/);
    }
    expect(inlineText('GH-45')).toBe(`GH\\-${ZWJ}45`);
  });

  it('code spans and fenced blocks cannot be closed from inside (any backtick runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', 'a', ' ', '\n', '~') }), (s) => {
        const span = codeSpan(s);
        const ticks = /^`+/.exec(span)![0];
        const inner = span.slice(ticks.length, span.length - ticks.length);
        expect(span.endsWith(ticks)).toBe(true);
        expect(inner.includes(ticks)).toBe(false);
        expect(span).not.toMatch(/\n/);
        const block = fencedBlock(s, 'diff');
        const lines = block.split('\n');
        const fence = /^`+/.exec(lines[0]!)![0];
        expect(fence.length).toBeGreaterThanOrEqual(3);
        expect(lines.at(-1)).toBe(fence);
        for (const line of lines.slice(1, -1)) expect(line.trim().startsWith(fence) && /^`+$/.test(line.trim())).toBe(false);
      }),
    );
  });

  it('html text (inside <summary>): entities only, no tags, mentions broken', () => {
    const out = htmlText('<b>@all</b> & "x" `y` #1');
    expect(out).not.toMatch(/[<>"`]/);
    expect(out).toContain(`@${ZWJ}all`);
    expect(out).toContain(`#${ZWJ}1`);
  });
});

describe('PR comment body', () => {
  const hostile = (i: number) =>
    finding({
      ruleId: 'protocol-floor',
      line: i + 1,
      message: HOSTILE[i % HOSTILE.length]!,
      file: `mail/${HOSTILE[i % HOSTILE.length]!.replace(/[\n/]/g, ' ')}.cf`,
      service: `${HOSTILE[(i + 1) % HOSTILE.length]!.replace(/\n/g, ' ')}/inet`,
      configSet: '@everyone',
    });

  it('quotes nothing from the report unescaped', () => {
    const r = report(HOSTILE.map((_, i) => hostile(i)), { diff: '--- a/mail/@everyone please look.cf\n+++ b/mail/@everyone please look.cf\n@@ -1 +1 @@\n-```\n+<img src=x> @everyone #1\n' });
    const body = renderPrComment(r, { blobBase: 'https://github.com/acme/mail/blob/abc1234/', runUrl: 'https://github.com/acme/mail/actions/runs/1' });
    // What Markdown interprets: outside fenced blocks, code spans and our own link destinations.
    const live = body
      .replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '')
      .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
      .replace(/\]\(https:\/\/github\.com\/[^\s()]*\)/g, ']');
    expect(live).not.toMatch(/<(?!\/?(details|summary)>)/);
    expect(live).not.toMatch(new RegExp(`@(?!${ZWJ})`));
    expect(live.match(new RegExp(`.{0,30}#(?![${ZWJ}# ]).{0,30}`, 'g')) ?? []).toEqual([]);
    expect(live).not.toMatch(/\]\((?!https:\/\/github\.com)/);
    expect(body).toMatch(/^`{4,}diff$/m);
  });

  it('passing: short', () => {
    const body = renderPrComment(report([]), { runUrl: 'https://github.com/acme/mail/actions/runs/1' });
    expect(body).toContain('✅ postfix-tls-audit: passed');
    expect(body.length).toBeLessThan(400);
  });

  it('shows the edits for the files of the shown findings only', () => {
    const diff = '--- a/mail/main.cf\n+++ b/mail/main.cf\n@@ -1 +1 @@\n-a\n+b\n--- a/other/main.cf\n+++ b/other/main.cf\n@@ -1 +1 @@\n--- x\n+y\n';
    const body = renderPrComment(report([finding({ ruleId: 'x', line: 1, file: 'mail/main.cf' })], { diff, hiddenByOnlyChanged: 1 }));
    expect(body).toContain('--- a/mail/main.cf');
    expect(body).not.toContain('other/main.cf');
    expect(body).toContain('Suggested edits (1 file)');
  });

  it('only-changed: says how many findings are hidden', () => {
    expect(renderPrComment(report([finding({ ruleId: 'x', line: 1 })], { hiddenByOnlyChanged: 7 }))).toContain('7 findings in files this pull request does not change are not shown');
  });

  it('at the limit: a body that fits exactly is kept whole; one character less collapses, then cuts, always within budget', () => {
    const findings = Array.from({ length: 400 }, (_, i) => finding({ ruleId: 'weak-cipher-suites', line: i + 1, severity: i % 3 === 0 ? 'error' : 'warning', message: `cipher list ${'x'.repeat(100)} ${i}` }));
    const diff = `--- a/mail/master.cf\n+++ b/mail/master.cf\n${Array.from({ length: 300 }, (_, i) => `@@ -${i + 1} +${i + 1} @@\n-old ${i}\n+new ${i}`).join('\n')}\n`;
    const r = report(findings, { diff });
    const full = renderPrComment(r, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(renderPrComment(r, { maxLength: full.length })).toBe(full);
    const collapsed = renderPrComment(r, { maxLength: full.length - 1 });
    expect(collapsed.length).toBeLessThanOrEqual(full.length - 1);
    expect(collapsed).toContain('<details><summary>');
    for (const max of [40_000, 20_000, 5_000, 1_500]) {
      const body = renderPrComment(r, { maxLength: max, runUrl: 'https://github.com/acme/mail/actions/runs/1' });
      expect(body.length).toBeLessThanOrEqual(max);
      expect(body).toContain('TLS policy not met');
      expect((body.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
      expect(body).toMatch(/job summary\]\(https:\/\/github\.com\/acme\/mail\/actions\/runs\/1\)/);
    }
    expect(renderPrComment(r, { maxLength: 20_000 })).toMatch(/The diff is cut after \d+ of \d+ lines|more finding/);
    expect(renderPrComment(r, { maxLength: 5_000 })).toMatch(/… and \d+ more findings/);
  });

  it('any report fits any budget from 2,000 characters up, with balanced fences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ message: fc.string({ maxLength: 400 }), severity: fc.constantFrom('error', 'warning', 'notice') as fc.Arbitrary<'error' | 'warning' | 'notice'>, line: fc.integer({ min: 1, max: 500 }) }), { maxLength: 150 }),
        fc.array(fc.string({ maxLength: 120 }), { maxLength: 400 }),
        fc.integer({ min: 2_000, max: 70_000 }),
        (items, diffLines, max) => {
          const findings = items.map((it, i) => finding({ ruleId: 'protocol-floor', line: it.line, severity: it.severity, message: it.message || 'm', service: `svc${i % 7}/inet` }));
          const diff = `--- a/mail/master.cf\n+++ b/mail/master.cf\n@@ -1 +1 @@\n${diffLines.map((l) => `+${l.replace(/\n/g, ' ')}`).join('\n')}\n`;
          const body = renderPrComment(report(findings, { diff }), { maxLength: max, runUrl: 'https://github.com/acme/mail/actions/runs/1' });
          expect(body.length).toBeLessThanOrEqual(max);
          const fences = body.split('\n').filter((l) => /^`{3,}/.test(l));
          expect(fences.length % 2).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('probe findings: grouped by server, no file link', () => {
    const body = renderPrComment(
      report([finding({ ruleId: 'live-protocol', file: null, configSet: null, service: null, role: null, target: 'mx1.example.org:25', line: null, endLine: null, column: null, endColumn: null } as never)]),
      { blobBase: 'https://github.com/acme/mail/blob/abc1234/' },
    );
    expect(body).toContain('### Probed server `mx1.example.org:25`');
    expect(body).not.toContain('/blob/');
  });

  it('a very large report stays under GitHub\'s 65,536 characters by default', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding({ ruleId: 'protocol-floor', line: i + 1, message: 'm'.repeat(300) }));
    const body = renderPrComment(report(findings, { diff: 'x\n'.repeat(100_000) }));
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  });
});

describe('review suggestions plan', () => {
  const hunks = new Map([['mail/master.cf', { hunks: [{ start: 10, end: 14 }, { start: 30, end: 30 }] }]]);
  const s = (start: number, end: number, file = 'mail/master.cf') =>
    finding({ ruleId: 'protocol-floor', line: start, endLine: end, fingerprint: `f${start}-${end}`, suggestion: { file, startLine: start, endLine: end, text: `line ${start}\n` } });

  it('only suggestions entirely inside one hunk; hunk edges included', () => {
    const plan = planSuggestions(report([s(10, 14), s(14, 14), s(9, 10), s(14, 15), s(30, 30), s(13, 30), s(10, 10, 'mail/main.cf')]), hunks);
    expect(plan.suggestions.map((p) => [p.startLine, p.endLine])).toEqual([[10, 14], [14, 14], [30, 30]]);
    expect(plan.outsideDiff).toBe(4);
  });

  it('identical suggestions are merged; at most 30 per review, the rest counted', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding({ ruleId: 'x', line: 100 + i, fingerprint: `g${i}`, suggestion: { file: 'a.cf', startLine: 100 + i, endLine: 100 + i, text: 'y' } }));
    const plan = planSuggestions(report([s(10, 10), s(10, 10), ...many]), new Map([...hunks, ['a.cf', { hunks: [{ start: 1, end: 500 }] }]]));
    expect(plan.suggestions).toHaveLength(MAX_REVIEW_COMMENTS);
    expect(plan.suggestions[0]!.findings).toHaveLength(2);
    expect(plan.overLimit).toBe(41 - MAX_REVIEW_COMMENTS);
  });

  it('the suggestion block holds the replacement lines verbatim with a fence it cannot close', () => {
    const f = finding({ ruleId: 'x', line: 1, suggestion: { file: 'a', startLine: 1, endLine: 2, text: '  -o a=```\n  -o b=2\n' } });
    const [p] = planSuggestions(report([f]), new Map([['a', { hunks: [{ start: 1, end: 2 }] }]])).suggestions;
    expect(renderSuggestionBody(p!)).toContain('````suggestion\n  -o a=```\n  -o b=2\n````');
  });
});

describe('patch hunks', () => {
  it('new-side ranges, with default counts, new files and pure deletions', () => {
    expect(parsePatchHunks('@@ -1,3 +1,4 @@ main\n a\n+b\n c\n d\n@@ -20 +21 @@\n-x\n+y\n@@ -40,2 +41,0 @@\n-p\n-q')).toEqual([
      { start: 1, end: 4 },
      { start: 21, end: 21 },
    ]);
    expect(parsePatchHunks('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual([{ start: 1, end: 3 }]);
    expect(parsePatchHunks('')).toEqual([]);
  });
});

describe('untrusted report artifact', () => {
  const good = () => report([finding({ ruleId: 'protocol-floor', line: 3, fingerprint: 'a1b2c3', suggestion: { file: 'mail/master.cf', startLine: 3, endLine: 3, text: 'x' } })], { pullRequest: 5 });

  it('accepts what the Action writes', () => {
    const r = readUntrustedReport(JSON.stringify(good()));
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an extra property', (r: any) => (r.extra = 1), /must NOT have additional properties/],
    ['a path outside the repository', (r: any) => (r.findings[0].file = '../../etc/passwd'), /findings\/0\/file/],
    ['an absolute path', (r: any) => (r.findings[0].suggestion.file = '/etc/passwd'), /suggestion\/file/],
    ['an over-long message', (r: any) => (r.findings[0].message = 'm'.repeat(5000)), /message/],
    ['an unknown severity', (r: any) => (r.findings[0].severity = 'critical'), /severity/],
    ['a rule id with Markdown', (r: any) => (r.findings[0].ruleId = '[x](y)'), /ruleId/],
    ['counts that are not the findings\'', (r: any) => (r.counts.error = 0), /counts\/error/],
    ['passed with an error at fail-on', (r: any) => (r.passed = true), /passed/],
    ['a non-hex commit', (r: any) => (r.commit = 'main; rm -rf /'), /commit/],
    ['a help link that is not https', (r: any) => (r.findings[0].helpUri = 'javascript:alert(1)'), /helpUri/],
    ['too many findings', (r: any) => (r.findings = Array.from({ length: 20_001 }, () => r.findings[0])), /findings/],
  ])('refuses %s', (_name, mutate, message) => {
    const r = good() as any;
    mutate(r);
    const out = readUntrustedReport(JSON.stringify(r));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join('\n')).toMatch(message);
  });

  it('refuses what is not JSON', () => {
    expect(readUntrustedReport('{"schema":')).toMatchObject({ ok: false });
  });
});
