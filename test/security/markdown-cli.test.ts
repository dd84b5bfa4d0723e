/**
 * `scan --format markdown` is made to be posted to GitHub (a comment, a summary): config text in it
 * must not ping anyone, link issues or other sites, or reorder text with bidi controls.
 */
import { describe, expect, it } from 'vitest';
import { mdText } from '../../src/report/findings-markdown.js';

const HOSTILE = [
  '@everyone @acme/security-team',
  'fixes #123 and GH-45 and gh-7',
  'https://evil.example/login www.evil.example',
  '\u202Egnp.exe\u202C \u2066x\u2069 \u200Fy \u061Cz',
  'zero\u200Bwidth\u2060joiner\uFEFF',
  'c1 \u009B31m',
];

describe('CLI Markdown: config text stays inert', () => {
  it.each(HOSTILE)('%s', (s) => {
    const out = mdText(s);
    expect(out).not.toMatch(/@(?!\u200b)/);
    expect(out).not.toMatch(/#(?!\u200b)/);
    expect(out).not.toMatch(/gh-(?!\u200b)\d/i);
    expect(out).not.toMatch(/:\/\/|www\./i);
    expect(out).not.toMatch(/[\u0080-\u009f\u061c\u200c-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/);
    // Our zero-width spaces follow only the characters we break.
    expect(out.replace(/[@#:w-]\u200b/gi, '')).not.toContain('\u200b');
  });
});

describe('math', () => {
  it('"$" is escaped in prose (GitHub renders $…$ and $$…$$ as math: big coloured text)', async () => {
    const { inlineText } = await import('../../src/report/markdown-safe.js');
    const forged = '$$\\Huge\\color{green}\\text{all checks passed}$$';
    for (const out of [inlineText(forged), mdText(forged)]) expect(out).not.toMatch(/(?<!\\)\$/);
  });
});

describe('the diff in the Markdown report', () => {
  it('sits in a fence it cannot close, without control, bidi or zero-width characters', async () => {
    const { findingsToMarkdown } = await import('../../src/report/findings-markdown.js');
    const { policyFromProfile } = await import('../../src/policy/policy-file.js');
    const diff = '--- a/main.cf\n+++ b/main.cf\n@@ -1 +1 @@\n-x = ```\u202Eevil\u200B\n+x = ok\u0007\n';
    const md = findingsToMarkdown([], policyFromProfile('baseline')!, diff);
    expect(md).toContain('````diff\n--- a/main.cf');
    expect(md).toContain('-x = ```\uFFFDevil\uFFFD');
    expect(md).not.toMatch(/[\u0007\u202e\u200b]/);
  });
});
