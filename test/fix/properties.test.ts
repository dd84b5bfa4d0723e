/**
 * Properties of the builders on generated files: lines of main.cf / master.cf shapes mixed with
 * comments, blank lines, continuation lines, CRLF and a missing final newline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import { applyEdits, removeMainCfParameter, removeServiceOption, setMainCfParameter, setServiceOption } from '../../src/fix/index.js';

const NAMES = ['smtpd_tls_protocols', 'smtpd_tls_mandatory_protocols', 'smtpd_tls_security_level', 'smtp_tls_security_level', 'myhostname', 'tls_ssl_options'];
const name = fc.constantFrom(...NAMES);
const sep = fc.constantFrom(' = ', '=', ' =\t', '  =  ');
const word = fc.constantFrom('may', 'encrypt', '>=TLSv1', '!SSLv2,', '!SSLv3', 'TLSv1.2', '$x', '');
const mainLine = fc.oneof(
  fc.tuple(name, sep, word, fc.array(fc.tuple(fc.constantFrom(' ', '\t', '    '), word), { maxLength: 2 })).map(([n, s, w, cont]) => [`${n}${s}${w}`.trimEnd(), ...cont.map(([i, c]) => `${i}${c || 'x'}`)]),
  fc.constantFrom(['# comment'], [''], ['   '], ['  # indented comment']),
);
const mainText = fc.tuple(fc.array(mainLine, { maxLength: 10 }), fc.boolean(), fc.boolean()).map(([lines, crlf, finalNl]) => {
  const flat = lines.flat();
  const nl = crlf ? '\r\n' : '\n';
  return flat.join(nl) + (finalNl && flat.length ? nl : '');
});
const value = fc.constantFrom('>=TLSv1.2', '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1', 'encrypt', '');

const others = (text: string, n: string) => [...parseMainCf(makeSource('m', text)).values].filter(([k]) => k !== n).map(([k, e]) => [k, e.value]);
const tokens = (v: string | undefined) => v?.split(/[\s,]+/).filter(Boolean);

describe('main.cf builder properties', () => {
  it('set: the value is read back, other parameters unchanged, newline style kept; remove: gone', () => {
    fc.assert(
      fc.property(mainText, name, value, (text, n, v) => {
        const main = parseMainCf(makeSource('m', text));
        if (main.fatal || main.entries.some((e) => e.line.startsWithWhitespace)) return true;
        const r = setMainCfParameter(main, n, v);
        expect(r.ok).toBe(true);
        if (!r.ok) return false;
        const out = applyEdits(text, r.edits);
        const after = parseMainCf(makeSource('m', out));
        expect(after.fatal).toBeUndefined();
        expect(tokens(after.values.get(n)?.value)).toEqual(tokens(v));
        expect(others(out, n)).toEqual(others(text, n));
        if (text.includes('\r\n')) expect(out.replaceAll('\r\n', '').includes('\n')).toBe(text.replaceAll('\r\n', '').includes('\n'));
        const removed = removeMainCfParameter(main, n);
        if (!removed.ok) return false;
        const gone = applyEdits(text, removed.edits);
        expect(parseMainCf(makeSource('m', gone)).values.has(n)).toBe(false);
        expect(others(gone, n)).toEqual(others(text, n));
        return true;
      }),
      { numRuns: 400 },
    );
  });
});

const opt = fc.tuple(fc.constantFrom('a', 'b', 'smtpd_tls_security_level'), fc.constantFrom('1', 'x,y', 'p q')).map(([n, v]) => (v.includes(' ') ? `-o { ${n} = ${v} }` : `-o ${n}=${v}`));
const service = fc.tuple(
  fc.constantFrom('smtp', 'submission', 'relay'),
  fc.constantFrom('inet', 'unix'),
  fc.array(opt, { maxLength: 2 }),
  fc.array(fc.tuple(fc.constantFrom('  ', '\t', '        '), opt, fc.boolean()), { maxLength: 3 }),
).map(([n, t, inline, cont]) => [
  `${n} ${t} ${t === 'inet' ? 'n' : '-'} - n - - smtpd${inline.map((o) => ` ${o}`).join('')}`,
  ...cont.flatMap(([i, o, comment]) => (comment ? ['#  -o commented=out', `${i}${o}`] : [`${i}${o}`])),
]);
const masterText = fc.tuple(fc.array(fc.oneof(service, fc.constantFrom(['# c'], [''])), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean()).map(([lines, crlf, finalNl]) => {
  const flat = lines.flat();
  const nl = crlf ? '\r\n' : '\n';
  return flat.join(nl) + (finalNl ? nl : '');
});
const view = (text: string) => parseMasterCf(makeSource('m', text)).services.map((s) => ({ s: `${s.name}/${s.type}`, o: s.options.map((o) => [o.name, o.value]) }));

describe('master.cf builder properties', () => {
  it('set/remove change only the chosen service\'s option', () => {
    fc.assert(
      fc.property(masterText, fc.nat(), fc.constantFrom('a', 'smtpd_tls_security_level', 'new_one'), fc.constantFrom('encrypt', '>=TLSv1.2', '!SSLv2, !SSLv3'), (text, pick, n, v) => {
        const master = parseMasterCf(makeSource('m', text));
        if (master.fatal || master.services.length === 0) return true;
        const index = pick % master.services.length;
        const svc = master.services[index]!;
        const before = view(text);
        const r = setServiceOption(master, svc, n, v);
        expect(r.ok).toBe(true);
        if (!r.ok) return false;
        const out = applyEdits(text, r.edits);
        const after = view(out);
        expect(after.length).toBe(before.length);
        after.forEach((s, i) => {
          if (i !== index) expect(s).toEqual(before[i]);
          else {
            expect(s.o.filter(([k]) => k === n).at(-1)?.[1]).toBe(v);
            expect(s.o.filter(([k]) => k !== n)).toEqual(before[i]!.o.filter(([k]) => k !== n));
          }
        });
        const removed = removeServiceOption(master, svc, n);
        if (!removed.ok) return false;
        const gone = view(applyEdits(text, removed.edits));
        expect(gone.length).toBe(before.length);
        gone.forEach((s, i) => {
          if (i !== index) expect(s).toEqual(before[i]);
          else expect(s.o).toEqual(before[i]!.o.filter(([k]) => k !== n));
        });
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
