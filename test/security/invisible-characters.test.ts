/**
 * Characters that change what a reader sees without showing themselves: C1 controls, bidi controls
 * ("Trojan Source": U+202E reverses the text after it; LRM/RLM/ALM and isolates reorder it) and
 * zero-width characters (a value that reads "may" but is "ma\u200By"). In the PR comment (and the
 * review and issue bodies, which use the same escaping) they become U+FFFD; in the job summary they
 * are written out as \uNNNN or \xNN.
 */
import { describe, expect, it } from 'vitest';
import { codeSpan, fencedBlock, htmlText, inlineText } from '../../src/report/markdown-safe.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { finding, report } from '../support/fake-github/reports.js';

const INVISIBLE = ['\u202E', '\u202A', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u0085', '\u009B'];
const ANY_INVISIBLE = /[\u0080-\u009f\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

function hostileReport() {
  const text = INVISIBLE.map((c) => `x${c}y`).join(' ');
  return report(
    [finding({ ruleId: 'protocol-floor', line: 1, file: `mail/a${'\u202E'}fc.niam`, message: `value ${text}`, service: `s\u200Bubmission/inet` })],
    { diff: `--- a/mail/a\u202Efc.niam\n+++ b/mail/a\u202Efc.niam\n@@ -1 +1 @@\n-smtpd_tls_security_level = ma\u200By\n+smtpd_tls_security_level = ${text}\n` },
  );
}

describe('invisible characters', () => {
  it.each(INVISIBLE.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s: Markdown escaping shows it as U+FFFD', (_name, c) => {
    for (const out of [inlineText(`a${c}b`), codeSpan(`a${c}b`), fencedBlock(`a${c}b`), htmlText(`a${c}b`)]) {
      expect(out).not.toContain(c);
      expect(out).toContain('\uFFFD');
    }
  });

  it('the PR comment holds none of them (findings, paths, services, the diff)', () => {
    const body = renderPrComment(hostileReport(), { blobBase: 'https://github.com/acme/mail/blob/abc1234/' });
    expect(body).toContain('`protocol-floor`');
    expect(body).not.toMatch(ANY_INVISIBLE);
  });

  it('the job summary holds none of them and names each', () => {
    const html = renderJobSummary(hostileReport());
    expect(html).not.toMatch(ANY_INVISIBLE);
    expect(html).toContain('ma\\u200by');
    expect(html).toContain('a\\u202efc.niam');
    expect(html).toContain('x\\x9by');
  });
});
