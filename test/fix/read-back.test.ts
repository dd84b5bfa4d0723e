/**
 * The builders read their result back from the edited lines only where they can. For master.cf,
 * setServiceOption parses the edited service's own lines when the edits stay inside them
 * (editedEntryHolds); a yes there must be a yes of the whole-file read-back: the same number of
 * entries, and the service's last -o of the name has the value. For main.cf, setMainCfParameter
 * parses the lines from the first edit to the last (editedLinesHold); a yes there must be a yes of
 * the whole file: no refused line, and the last definition of the name has the value. Checked on
 * generated files with arbitrary edits (line breaks, comments, new entries, blanks at line starts,
 * edits at the edges of the lines) and on the fixtures (corpus copies among them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, editAtOffsets, type TextEdit } from '../../src/fix/edits.js';
import { editedLinesHold, setMainCfParameter } from '../../src/fix/main-cf-edits.js';
import { editedEntryHolds, setServiceOption } from '../../src/fix/master-cf-edits.js';
import { parseMainCf, type MainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf, type MasterCf } from '../../src/postfix/master-cf.js';
import { makeSource, type SourceText } from '../../src/postfix/source.js';

/** Fixture files whose names end in `suffix`, under the given folders (relative to this file). */
function fixtureFiles(suffix: string, dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith(suffix)) files.push(p);
    }
  };
  for (const dir of dirs) walk(path.resolve(__dirname, dir));
  return files;
}

/** The whole-file read-back, as setServiceOption did it before: the value the service ends up with, or null when entries were gained or lost. */
function wholeFileValue(master: MasterCf, index: number, edits: readonly TextEdit[], name: string): string | undefined | null {
  const after = parseMasterCf(makeSource(master.source.path, Buffer.from(applyEdits(master.source.text, edits), master.source.encoding)));
  if (after.services.length !== master.services.length) return null;
  return after.services[index]?.options.filter((o) => o.name === name).at(-1)?.value;
}

/** Edits at the given points, in order, leaving out any that would overlap an earlier one. */
function nonOverlappingEdits(source: SourceText, points: ReadonlyArray<{ start: number; end: number; rep: string }>): TextEdit[] {
  const edits: TextEdit[] = [];
  let last = -1;
  for (const p of points) {
    if (p.start < last) continue;
    edits.push(editAtOffsets(source, p.start, p.end, p.rep));
    last = p.end === p.start ? p.end + 1 : p.end;
  }
  return edits;
}

const NAME = 'smtpd_tls_security_level';
const entry = fc.constantFrom('smtp      inet  n       -       n       -       -       smtpd', 'submission inet n - n - - smtpd', 'relay unix - - n - - smtp', 'x inet n - n - - smtpd {', 'bad line', '\u00e9t\u00e9 unix - - n - - smtpd');
const continuation = fc.constantFrom(`  -o ${NAME}=encrypt`, `  -o { ${NAME} = may }`, `\t-o ${NAME}=none -o other=1`, '  -o smtpd_sasl_auth_enable=yes', '  stray', '  -o', `  -o${NAME}=may`, '  }', '  # comment inside', '');
const block = fc.oneof(
  fc.tuple(entry, fc.array(continuation, { maxLength: 4 })).map(([e, c]) => [e, ...c]),
  fc.constantFrom(['# comment'], [''], ['   '], ['  indented orphan']),
);
const masterText = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean()).map(([blocks, crlf, finalNl]) => {
  const lines = blocks.flat();
  const nl = crlf ? '\r\n' : '\n';
  return lines.join(nl) + (finalNl ? nl : '');
});
const insertion = fc.constantFrom('', '\n', ' ', '\n  ', '{', '}', '#', ' -o x=1', `  -o ${NAME}=dane\n`, `\n  -o ${NAME}=dane`, 'new unix - - n - - smtpd\n', '\nnew unix - - n - - smtpd', '=', 'é', '\r');
const VALUES = ['encrypt', 'may', 'none', 'dane', '1', ''];

describe('master.cf read-back of the edited entry alone', () => {
  it('agrees with the whole-file read-back whenever it says yes', () => {
    let yes = 0;
    fc.assert(
      fc.property(masterText, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), insertion), { minLength: 1, maxLength: 3 }), (text, pick, cuts) => {
        const master = parseMasterCf(makeSource('master.cf', text));
        if (master.services.length === 0) return true;
        const index = pick % master.services.length;
        const service = master.services[index]!;
        // Non-overlapping edits anywhere in the file (mostly inside the entry's lines).
        const lo = master.source.lineStarts[service.line.firstLine - 1]!;
        const hi = master.source.lineStarts[service.line.lastLine] ?? text.length;
        // Edits anywhere, inside the entry's lines, or at their edges (the first character, the final newline, the next line's start).
        const edges = [lo, lo + 1, hi - 2, hi - 1, hi, hi + 1];
        const points = cuts.map(([at, len, rep]) => {
          const where = at % 6;
          const start = Math.max(0, Math.min(text.length, where === 0 ? at % (text.length + 1) : where < 3 ? lo + (at % (hi - lo + 1)) : edges[at % edges.length]!));
          return { start, end: Math.min(text.length, start + (len > 3 ? 0 : len)), rep };
        }).sort((a, b) => a.start - b.start);
        const edits = nonOverlappingEdits(master.source, points);
        for (const candidate of [...VALUES, wholeFileValue(master, index, edits, NAME)]) {
          if (typeof candidate !== 'string') continue;
          if (editedEntryHolds(master, service, edits, NAME, candidate)) {
            yes++;
            expect(wholeFileValue(master, index, edits, NAME)).toBe(candidate);
          }
        }
        return true;
      }),
      { numRuns: 3000 },
    );
    expect(yes).toBeGreaterThan(150);
  });

  it('setServiceOption on every service of the master.cf fixtures: an offered edit reads back in the whole file', () => {
    const files = fixtureFiles('master.cf', ['../fixtures/master', '../postfix/templates-fixtures']);
    expect(files.length).toBeGreaterThan(5);
    let offered = 0;
    for (const f of files) {
      const master = parseMasterCf(makeSource(f, readFileSync(f)));
      master.services.forEach((s, index) => {
        for (const [n, v] of [[NAME, 'encrypt'], ['smtpd_tls_mandatory_protocols', '>=TLSv1.2'], ['smtpd_tls_exclude_ciphers', 'aNULL, RC4'], ['smtpd_tls_auth_only', 'yes']] as const) {
          const r = setServiceOption(master, s, n, v);
          if (!r.ok || r.edits.length === 0) continue;
          offered++;
          expect(wholeFileValue(master, index, r.edits, n)).toBe(v);
        }
      });
    }
    expect(offered).toBeGreaterThan(100);
  });
});

/** The whole-file read-back of main.cf: the value Postfix ends up with, or null when a line is refused. */
function wholeMainValue(main: MainCf, edits: readonly TextEdit[], name: string): string | undefined | null {
  const after = parseMainCf(makeSource(main.source.path, Buffer.from(applyEdits(main.source.text, edits), main.source.encoding)));
  return after.fatal ? null : after.values.get(name)?.value;
}

const MAIN_NAME = 'smtpd_tls_protocols';
const mainLine = fc.constantFrom(`${MAIN_NAME} = >=TLSv1.2`, `${MAIN_NAME}=!SSLv2,`, '    !SSLv3', '\t!TLSv1', 'myhostname = mx', `${MAIN_NAME} = may`, '# comment', '', '   ', '  # indented comment', 'no equals here', '  orphan = 1', 'smtpd_tls_cert_file = /x', '\u00e9t\u00e9 = 1');
const mainText = fc.tuple(fc.array(mainLine, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.boolean()).map(([lines, crlf, finalNl]) => lines.join(crlf ? '\r\n' : '\n') + (finalNl ? (crlf ? '\r\n' : '\n') : ''));
const mainInsertion = fc.constantFrom('', '\n', ' ', '\n  ', '#', '=', ' x', `${MAIN_NAME} = encrypt\n`, `\n${MAIN_NAME} = encrypt`, '\n  !TLSv1.1', 'nothing\n', 'é', '\r');
const MAIN_VALUES = ['>=TLSv1.2', '!SSLv2,!SSLv3', '!SSLv2,!SSLv3\t!TLSv1', 'may', 'encrypt', ''];

describe('main.cf read-back of the edited lines alone', () => {
  it('agrees with the whole-file read-back whenever it says yes', () => {
    let yes = 0;
    fc.assert(
      fc.property(mainText, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), mainInsertion), { minLength: 1, maxLength: 3 }), (text, cuts) => {
        const main = parseMainCf(makeSource('main.cf', text));
        if (main.fatal || main.entries.length === 0) return true;
        // Edits anywhere, or at the edges of a line: its start, its second character, its end, the next line's start.
        const edges = main.entries.flatMap((e) => {
          const lo = e.line.startOffset;
          const hi = main.source.lineStarts[e.line.lastLine] ?? text.length;
          return [lo, lo + 1, hi - 1, hi, (lo + hi) >> 1];
        });
        const points = cuts.map(([at, len, rep]) => {
          const start = Math.max(0, Math.min(text.length, at % 3 === 0 ? at % (text.length + 1) : edges[at % edges.length]!));
          return { start, end: Math.min(text.length, start + (len > 3 ? 0 : len)), rep };
        }).sort((a, b) => a.start - b.start);
        const edits = nonOverlappingEdits(main.source, points);
        for (const candidate of [...MAIN_VALUES, wholeMainValue(main, edits, MAIN_NAME)]) {
          if (typeof candidate !== 'string') continue;
          if (editedLinesHold(main, MAIN_NAME, edits, (got) => got === candidate)) {
            yes++;
            expect(wholeMainValue(main, edits, MAIN_NAME)).toBe(candidate);
          }
        }
        return true;
      }),
      { numRuns: 3000 },
    );
    expect(yes).toBeGreaterThan(150);
  });

  it('setMainCfParameter on the main.cf fixtures: an offered edit reads back in the whole file, and asking again gives the same answer', () => {
    const files = fixtureFiles('main.cf', ['../fixtures', '../postfix/templates-fixtures']);
    let offered = 0;
    for (const f of files) {
      const main = parseMainCf(makeSource(f, readFileSync(f)));
      for (const [n, v] of [['smtpd_tls_security_level', 'encrypt'], ['smtpd_tls_protocols', '>=TLSv1.2'], ['smtp_tls_mandatory_protocols', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1'], ['smtpd_tls_auth_only', 'yes'], ['tls_ssl_options', 'NO_RENEGOTIATION']] as const) {
        const r = setMainCfParameter(main, n, v);
        expect(setMainCfParameter(main, n, v)).toEqual(r);
        if (!r.ok || r.edits.length === 0) continue;
        offered++;
        const got = wholeMainValue(main, r.edits, n);
        expect(got === v || got?.split(/[\s,]+/).join(',') === v.split(/[\s,]+/).join(',')).toBe(true);
      }
    }
    expect(offered).toBeGreaterThan(100);
  });
});
