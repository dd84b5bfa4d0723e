/**
 * Fix verification parses an edited master.cf again by parsing only its edited entries and moving the
 * rest (reparseMasterCf). Whenever it answers, the answer must be what parseMasterCf gives for the whole
 * edited text, field for field (positions, items, services, diagnostics, postconf's warnings): checked
 * with the builders' edits on every master.cf of the fixtures (corpus copies among them) and with
 * arbitrary edits on generated files. It must also answer often, or verification gains nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, editAtOffsets, editedSource, EditError, type TextEdit } from '../../src/fix/edits.js';
import { removeServiceOption, setServiceOption } from '../../src/fix/master-cf-edits.js';
import { reparseMasterCf } from '../../src/fix/reparse.js';
import { applyEditsToConfigSet } from '../../src/fix/verify.js';
import { loadConfigSet } from '../../src/postfix/config-set.js';
import { parseMasterCf, type MasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';

function filesNamed(name: string, dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n === name || n.endsWith(`.${name}`) || n.startsWith(`${name}.`)) files.push(p);
    }
  };
  for (const dir of dirs) walk(path.resolve(__dirname, dir));
  return files;
}

/** Everything of a MasterCf but the SourceText object itself (its text is compared). */
const comparable = (m: MasterCf): unknown => ({ text: m.source.text, lineStarts: m.source.lineStarts, encoding: m.source.encoding, items: m.items, services: m.services, diagnostics: m.diagnostics, postconfWarnings: m.postconfWarnings, fatal: m.fatal, postconfFatal: m.postconfFatal });

/** reparseMasterCf against the whole parse of the same edits: true when it answered. */
function agrees(master: MasterCf, edits: readonly TextEdit[]): boolean {
  let text: string;
  try {
    text = applyEdits(master.source.text, edits, master.source.lineStarts);
  } catch (e) {
    if (e instanceof EditError) return false;
    throw e;
  }
  const quick = reparseMasterCf(master, editedSource(master.source.path, text, master.source.encoding), edits);
  if (!quick) return false;
  const whole = parseMasterCf(editedSource(master.source.path, text, master.source.encoding));
  expect(comparable(quick)).toStrictEqual(comparable(whole));
  // Each service's logical line is the item of the file's list, as in a parse.
  for (const s of quick.services) expect(quick.items).toContain(s.line);
  return true;
}

const NAMES: Array<[string, string]> = [
  ['smtpd_tls_security_level', 'encrypt'],
  ['smtpd_tls_auth_only', 'yes'],
  ['smtpd_tls_mandatory_protocols', 'TLSv1.2 TLSv1.3'],
  ['smtpd_tls_mandatory_protocols', '>=TLSv1.2'],
  ['smtpd_sasl_auth_enable', 'no'],
  ['syslog_name', 'postfix/x'],
];

describe('reparseMasterCf', () => {
  it("equals the whole parse for the builders' edits on every master.cf fixture, alone and two services at once", () => {
    const files = filesNamed('master.cf', ['../fixtures/master', '../postfix/templates-fixtures', '../fixtures/rules']);
    expect(files.length).toBeGreaterThan(20);
    let answered = 0;
    let asked = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      const master = parseMasterCf(makeSource(path.basename(file), bytes));
      const single: TextEdit[][] = [];
      for (const s of master.services) {
        for (const [name, value] of NAMES) {
          const set = setServiceOption(master, s, name, value);
          if (set.ok && set.edits.length) single.push(set.edits);
          const removed = removeServiceOption(master, s, name);
          if (removed.ok && removed.edits.length) single.push(removed.edits);
        }
      }
      // A sample of each file's edits (every service's first, spread over the file), and pairs of them.
      const step = Math.max(1, Math.floor(single.length / 12));
      const sample = single.filter((_, i) => i % step === 0);
      const pairs = sample.flatMap((a, i) => (i % 2 === 0 && sample[i + 3] ? [[...a, ...sample[i + 3]!]] : []));
      for (const edits of [...sample, ...pairs]) {
        asked++;
        if (agrees(master, edits)) answered++;
      }
    }
    // Most fixture files have no diagnostics and no placeholders: the quick path must be the usual one.
    expect(answered).toBeGreaterThan(asked / 3);
  });

  // Service lines with a name each (the index of their block), mostly valid ones: the quick path needs
  // a file without diagnostics.
  const entry = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('%      inet  n       -       n       -       -       smtpd', '% unix - - n - - smtp', '127.0.0.1:1%  inet n - n - - smtpd', '\u00e9t\u00e9% unix - - n - - smtpd', '% unix - - n - - lmtp flags=O') },
    { weight: 1, arbitrary: fc.constantFrom('x% inet n - n - - smtpd {', 'bad line', 'smtp inet n - n - - smtpd') },
  );
  const continuation = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('  -o smtpd_tls_security_level=encrypt', '  -o { smtpd_tls_security_level = may }', '\t-o smtpd_tls_auth_only=yes -o other=1', '  -o smtpd_sasl_auth_enable=yes', '  # comment inside', '') },
    { weight: 1, arbitrary: fc.constantFrom('  stray', '  -o', '  }') },
  );
  const block = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(entry, fc.array(continuation, { maxLength: 4 })).map(([e, c]) => [e, ...c]) },
    { weight: 1, arbitrary: fc.constantFrom(['# comment'], [''], ['   '], ['  indented orphan']) },
  );
  const masterText = fc.tuple(fc.array(block, { minLength: 1, maxLength: 7 }), fc.boolean(), fc.boolean()).map(([blocks, crlf, finalNl]) => {
    const nl = crlf ? '\r\n' : '\n';
    return blocks.flatMap((b, i) => b.map((l) => l.replace('%', String(i)))).join(nl) + (finalNl ? nl : '');
  });
  const insertion = fc.constantFrom('', '\n', ' ', '\n  ', '{', '}', '#', ' -o x=1', '  -o smtpd_tls_security_level=dane\n', '\n  -o smtpd_tls_auth_only=no', 'new unix - - n - - smtpd\n', '\nnew unix - - n - - smtpd', '\nsmtp inet n - n - - smtpd', '=', 'é', '\r', '{{ x }}', '😀');

  it('equals the whole parse for arbitrary edits of generated files whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(masterText, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), insertion), { minLength: 1, maxLength: 4 }), (text, cuts) => {
        const master = parseMasterCf(makeSource('master.cf', text));
        // Edits mostly inside service lines, at their edges, or anywhere.
        const lines = master.services.map((s) => [master.source.lineStarts[s.line.firstLine - 1]!, master.source.lineStarts[s.line.lastLine] ?? text.length] as const);
        const points = cuts.map(([at, len, rep]) => {
          const pick = lines[at % Math.max(1, lines.length)];
          const where = at % 5;
          const start = !pick || where === 0 ? at % (text.length + 1) : where === 1 ? pick[0] + 1 : where === 2 ? pick[1] : Math.min(text.length, pick[0] + (at % (pick[1] - pick[0] + 1)));
          return { start, end: Math.min(text.length, start + (len > 3 ? 0 : len)), rep };
        }).sort((a, b) => a.start - b.start);
        const edits: TextEdit[] = [];
        let last = -1;
        for (const p of points) {
          if (p.start < last) continue;
          edits.push(editAtOffsets(master.source, p.start, p.end, p.rep));
          last = p.end === p.start ? p.end + 1 : p.end;
        }
        if (agrees(master, edits)) answered++;
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(50);
  });

  it("equals the whole parse for the builders' edits of generated files whenever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(masterText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NAMES), fc.boolean()), { minLength: 1, maxLength: 3 }), (text, picks) => {
        const master = parseMasterCf(makeSource('master.cf', text));
        if (master.services.length === 0) return;
        const edits = picks.flatMap(([at, [name, value], remove]) => {
          const s = master.services[at % master.services.length]!;
          const r = remove ? removeServiceOption(master, s, name) : setServiceOption(master, s, name, value);
          return r.ok ? r.edits : [];
        });
        if (edits.length > 0 && agrees(master, edits)) answered++;
      }),
      { numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(200);
  });

  it('gives verification the same config set as parsing the whole file', () => {
    const dir = path.resolve(__dirname, '../fixtures/master/corpus-DanWin__mail-hosting--etc__postfix');
    const file = readdirSync(dir).find((n) => n === 'master.cf')!;
    const bytes = readFileSync(path.join(dir, file));
    const set = { directory: 'x', master: { path: 'x/master.cf', bytes, kind: 'master' } } as unknown as Parameters<typeof loadConfigSet>[0];
    const loaded = loadConfigSet(set);
    const master = loaded.master!;
    const edits = master.services.flatMap((s) => {
      const r = setServiceOption(master, s, 'smtpd_tls_auth_only', 'yes');
      return r.ok ? r.edits : [];
    });
    expect(edits.length).toBeGreaterThan(1);
    const fixed = applyEditsToConfigSet(loaded, edits);
    const whole = parseMasterCf(makeSource('x/master.cf', fixed.texts.get('x/master.cf')!));
    expect(comparable(fixed.loaded.master!)).toStrictEqual(comparable(whole));
  });
});
