/**
 * SARIF from hostile config text: messages stay plain text (no embedded link, SARIF 2.1.0 §3.11.6,
 * which viewers render), and locations stay repository-relative whatever a path looks like.
 */
import { describe, expect, it } from 'vitest';
import { policyFromProfile } from '../../src/policy/policy-file.js';
import type { Finding } from '../../src/policy/types.js';
import { findingsToSarif, sarifText } from '../../src/report/sarif.js';

/** An embedded link in SARIF message text: an unescaped "[", text, an unescaped "](". */
const EMBEDDED_LINK = /(?<!\\)(?:\\\\)*\[[^\]]*(?<!\\)(?:\\\\)*\]\(/;

function hostile(file: string, message: string): Finding {
  return {
    ruleId: 'protocol-floor', severity: 'error', message, file, line: 1, column: 1, endLine: 1, endColumn: 5,
    configSet: '.', service: '[svc](https://evil.example)/inet', role: 'mx', fingerprint: '0123456789abcdef',
    fix: { description: 'set [x](1) \\[y](2)', edits: [{ file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 5, replacement: '[z](3)' }] },
  } as Finding;
}

describe('SARIF from hostile text', () => {
  it('messages and fix descriptions hold no embedded link', () => {
    const log = findingsToSarif([hostile('a/main.cf', 'value [click here](https://evil.example/login) and [rel](1) and \\[x](2)')], policyFromProfile('baseline')!, { toolVersion: '0' }) as any;
    const result = log.runs[0].results[0];
    for (const text of [result.message.text, result.fixes[0].description.text]) expect(text).not.toMatch(EMBEDDED_LINK);
    expect(result.message.text).toContain('\\[click here\\](https://evil.example/login)');
    // The replacement is file content, not a message: verbatim.
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('[z](3)');
  });

  it('sarifText escapes brackets and a backslash in front of one', () => {
    expect(sarifText('a\\[b] c\\d')).toBe('a\\\\\\[b\\] c\\d');
  });

  it.each(['file:/etc/passwd/main.cf', 'C:/x/main.cf', 'https:/evil.example/main.cf', '..x/main.cf', '%2e%2e/main.cf'])('%s stays a relative URI reference', (file) => {
    const log = findingsToSarif([hostile(file, 'm')], policyFromProfile('baseline')!, { toolVersion: '0' }) as any;
    const uri: string = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i);
    expect(decodeURIComponent(uri.split('/')[0]!)).toBe(file.split('/')[0]);
    expect(uri.split('/')).not.toContain('..');
  });
});
