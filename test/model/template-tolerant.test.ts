/** Template neutralization for the model: lines a template renders away are blanked or fielded with "-". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tolerantMainCf, tolerantMasterCf } from '../../src/model/template-tolerant.js';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf, type MasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import { overlapsPlaceholder, placeholdersOfSource } from '../../src/postfix/templates.js';

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * The plain reading of the rule, one line at a time with a parse of the whole file after each: the
 * first fatal line (in file order) that overlaps a placeholder of the original file is tried with its
 * whole-field placeholders as "-", else blanked. The one-pass implementation must give the same file.
 */
function referenceMaster(text: string): { text: string; lines: number[] } {
  const ph = placeholdersOfSource(makeSource('master.cf', text));
  let current = text;
  const lines: number[] = [];
  const done = new Set<number>();
  for (;;) {
    const parsed = parseMasterCf(makeSource('master.cf', current));
    const fatal = parsed.diagnostics.find(
      (d) => d.severity === 'fatal' && d.span && !done.has(d.span.start.offset) && overlapsPlaceholder(ph, d.span.start.offset, d.span.end.offset),
    );
    if (!fatal?.span || lines.length >= 256) break;
    const [a, b] = [fatal.span.start.offset, fatal.span.end.offset];
    done.add(a);
    const line = current.slice(a, b);
    let fielded = line;
    for (const p of ph.filter((x) => x.start >= a && x.end <= b).reverse()) {
      const before = current[p.start - 1];
      const after = current[p.end];
      const whole = (p.start === a || before === ' ' || before === '\t') && (after === undefined || after === ' ' || after === '\t' || after === '\n' || p.end === b);
      fielded = fielded.slice(0, p.start - a) + (whole ? '-'.padEnd(p.end - p.start) : blank(fielded.slice(p.start - a, p.end - a))) + fielded.slice(p.end - a);
    }
    if (/^[ \t]/.test(fielded)) fielded = blank(line);
    const attempt = current.slice(0, a) + fielded + current.slice(b);
    const stillFatal = parseMasterCf(makeSource('master.cf', attempt)).diagnostics.some((d) => d.severity === 'fatal' && d.span?.start.offset === a);
    current = stillFatal ? current.slice(0, a) + blank(line) + current.slice(b) : attempt;
    lines.push(fatal.span.start.line);
  }
  return { text: current, lines };
}

const services = (m: MasterCf): string[] => m.services.map((s) => s.normalizedArgv.join(' '));

describe('tolerantMasterCf', () => {
  it('fields a whole-token placeholder with "-" and blanks control lines', () => {
    const text = '{% if tls %}\nsubmission inet n - {{ chroot }} - - smtpd\n  -o smtpd_tls_security_level=encrypt\n{% endif %}\nsmtp inet n - n - - smtpd\n';
    const { master, neutralizedLines } = tolerantMasterCf(parseMasterCf(makeSource('master.cf.j2', text)));
    expect(neutralizedLines).toEqual([1, 2, 4]);
    expect(master.fatal).toBeUndefined();
    expect(services(master)).toEqual(['submission inet n - - - - smtpd -o smtpd_tls_security_level=encrypt', 'smtp inet n - n - - smtpd']);
    expect(master.source.text.length).toBe(text.length);
    expect(master.services[0]?.fieldSpans[4]?.start).toMatchObject({ line: 2, column: 21 });
  });

  it('blanks a line whose placeholder is inside a field when fielding leaves it fatal', () => {
    const text = 'smtp inet n - x{{ y }} - - smtpd\nrelay unix - - n - - smtp\n';
    const { master, neutralizedLines } = tolerantMasterCf(parseMasterCf(makeSource('master.cf.j2', text)));
    expect(neutralizedLines).toEqual([1]);
    expect(services(master)).toEqual(['relay unix - - n - - smtp']);
  });

  it('leaves fatal lines without a placeholder fatal, and later templated lines are still neutralized', () => {
    const text = 'broken line\n{% if a %}\nsmtp inet n - n - - smtpd\n';
    const { master, neutralizedLines } = tolerantMasterCf(parseMasterCf(makeSource('master.cf.j2', text)));
    expect(neutralizedLines).toEqual([2]);
    expect(master.fatal?.span?.start.line).toBe(1);
  });

  it('a multi-line Univention block is template code throughout, as in main.cf', () => {
    const text = '@!@\nx = 1\nprint "smtp inet n - n - - smtpd"\n@!@\nrelay unix - - n - - smtp\n';
    const { master, neutralizedLines } = tolerantMasterCf(parseMasterCf(makeSource('master.cf', text)));
    expect(neutralizedLines).toEqual([1, 2, 3, 4]);
    expect(master.fatal).toBeUndefined();
    expect(services(master)).toEqual(['relay unix - - n - - smtp']);
  });

  it('one pass gives the same file as neutralizing one line at a time (property)', () => {
    const line = fc.constantFrom(
      'smtp inet n - n - - smtpd',
      'submission inet n - {{ c }} - - smtpd',
      '{{ name }} inet n - n - - smtpd -o a=b',
      'relay unix - - {{ c }}x - - smtp',
      '{% if x %}',
      '{% endif %}',
      '  -o smtpd_tls_security_level={{ level }}',
      '  -o {{ opt }}',
      '{{ whole_line }}',
      'bad line',
      '# comment {{ x }}',
      '',
      'pickup unix n - n 60 1 pickup',
      '<%= @x %> unix - - n - - smtp',
      'x inet n - n - - smtpd {{ a }}',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n') + '\n';
        const expected = referenceMaster(text);
        const got = tolerantMasterCf(parseMasterCf(makeSource('master.cf.j2', text)));
        expect(got.master.source.text).toBe(expected.text);
        expect(got.neutralizedLines).toEqual(expected.lines);
        expect(JSON.stringify(got.master.services)).toBe(JSON.stringify(parseMasterCf(makeSource('master.cf.j2', expected.text)).services));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tolerantMainCf', () => {
  it('blanks template control lines from the first fatal one on', () => {
    const text = 'a = 1\n{% if x %}\nb = {{ y }}\n{% endif %}\n';
    const { main, neutralizedLines } = tolerantMainCf(parseMainCf(makeSource('main.cf.j2', text)));
    expect(neutralizedLines).toEqual([2, 4]);
    expect(main.fatal).toBeUndefined();
    expect(main.entries.map((e) => [e.name, e.templated])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});
