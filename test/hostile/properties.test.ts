/**
 * Properties of every parser, the expander and the postconf emulation on arbitrary and hostile input:
 * they never throw, always end, and take time roughly proportional to the input (issue 8).
 * Time is checked as a ratio between input sizes (per byte), never as an absolute duration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandValue } from '../../src/postfix/expand.js';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { parseMasterCf } from '../../src/postfix/master-cf.js';
import { parseMasterOverrides } from '../../src/postfix/master-overrides.js';
import { splitOptionNameValue } from '../../src/postfix/param-universe.js';
import { makeSource } from '../../src/postfix/source.js';
import { findPlaceholders } from '../../src/postfix/templates.js';
import { runPostconf } from '../../src/postconf/command.js';
import { perByteGrowth } from '../support/growth.js';
import { tolerantMainCf, tolerantMasterCf } from '../../src/model/template-tolerant.js';

/** Fragments that exercise every syntax the parsers and the template detector know. */
const FRAGMENTS = [
  'smtpd_tls_security_level = may', 'a = $b', 'b = ${a}', '${x?{y}:{z}}', '$(', '${', '}', '{', '{{ x }}', '{% if %}',
  '<%= @x %>', '<%', '%>', '%% zimbra %%', '@%@ucr@%@', '@!@', 'PH_HOST', '@name@', '__X__', '$HOME', '${VAR:-d}',
  'smtp inet n - y - - smtpd', '  -o smtpd_tls_security_level=encrypt', '-o { a = b c }', '-o{x=y}', 'submission/inet/x=y',
  '#', '# comment', ' ', '\t', '=', '\\', '"', "'", 'inline:{{a=b}}', '\r', '\u00e9', '\uFEFF', '\0', '$$', '\n', '\n ', '\n#\n',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const hostileBytes = fc.oneof(
  hostileText.map((t) => Buffer.from(t, 'utf8')),
  fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)),
);

const PROPERTY_RUNS = 300;

describe('parsers never throw on arbitrary bytes', () => {
  it('parseMainCf', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const r = parseMainCf(makeSource('main.cf', bytes));
        for (const d of r.diagnostics) expect(d.path).toBe('main.cf');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
  it('parseMasterCf', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const r = parseMasterCf(makeSource('master.cf', bytes));
        expect(Array.isArray(r.services)).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
  it('parseMasterOverrides (postfix-master.cf)', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const r = parseMasterOverrides(makeSource('postfix-master.cf', bytes));
        expect(Array.isArray(r.overrides)).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
  it('findPlaceholders: sorted, disjoint, inside the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const found = findPlaceholders(text);
        let end = 0;
        for (const p of found) {
          expect(p.start).toBeGreaterThanOrEqual(end);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          end = p.end;
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
  it('expandValue with arbitrary, self-referencing parameter tables', () => {
    const names = fc.constantFrom('a', 'b', 'c', 'myhostname', 'x_y');
    fc.assert(
      fc.property(hostileText, fc.dictionary(names, hostileText), (raw, table) => {
        const r = expandValue(raw, (name) => table[name]);
        expect(typeof r.value).toBe('string');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('splitOptionNameValue (split_nameval of -o arguments)', () => {
  // The regex it replaced: right on short input, quadratic on a long run of blanks inside the value.
  const REGEX = /^[ \t\n\r\v\f]*([^ \t\n\r\v\f=]+)[ \t\n\r\v\f]*=[ \t\n\r\v\f]*([\s\S]*?)[ \t\n\r\v\f]*$/;
  it('splits like the split_nameval regex', () => {
    const text = fc.array(fc.constantFrom('a', '=', ' ', '\t', '\n', '\v', 'x', '{', '}', '\u00e9'), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (arg) => {
        const m = REGEX.exec(arg);
        expect(splitOptionNameValue(arg)).toEqual(m ? { name: m[1], value: m[2] } : undefined);
      }),
      { numRuns: 2000 },
    );
  });
  it('takes linear time on long runs of blanks', () => {
    const make = (units: number): string => `name = x${' '.repeat(units * 10)}y`;
    expect(perByteGrowth(make, (t) => splitOptionNameValue(t))).toBeLessThan(4);
  });
});

describe('runPostconf on arbitrary config directories', () => {
  let base = '';
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-pc-'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  let n = 0;
  const FLAGS: string[][] = [['-n'], ['-nx'], ['-M'], ['-Mf'], ['-F'], ['-P'], ['-x', 'smtpd_tls_security_level', 'a'], ['-d', 'smtpd_tls_protocols']];

  it('never throws, never reports an internal error, exits 0 or 1', () => {
    fc.assert(
      fc.property(hostileBytes, fc.option(hostileBytes, { nil: undefined }), fc.constantFrom(...FLAGS), (main, master, flags) => {
        const dir = path.join(base, String(n++));
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'main.cf'), main);
        if (master) writeFileSync(path.join(dir, 'master.cf'), master);
        const r = runPostconf(['-c', dir, ...flags], { pid: 1 });
        expect(r.stderr).not.toContain('internal error');
        expect([0, 1]).toContain(r.exitCode);
        rmSync(dir, { recursive: true });
      }),
      { numRuns: 150 },
    );
  });
});


/** Hostile repeated units: each one stresses a structure that an unwary parser handles per line or per match. */
const UNITS: Record<string, (i: number) => string> = {
  'comment lines and template markers': (i) => `# c ${i}\n$A x PH_X @y@ __Z__ {{ v }}\n`,
  'main.cf parameters referring to each other': (i) => `p${i} = $p${i + 1} \${p${i}?{x}:{y}} <%= @v %>\n`,
  'master.cf services with options': (i) => `s${i} inet n - n - - smtpd -o a=$b -o { c = {{ d }} } PH_Q\n`,
  'continuation lines': (i) => `  more_${i} {{ x }}\n`,
  'postfix-master.cf overrides': (i) => `s${i}/inet/smtpd_tls_security_level=encrypt\n# c\n`,
};

describe('time grows linearly with the input', () => {
  const parsers: Record<string, (text: string) => unknown> = {
    parseMainCf: (t) => parseMainCf(makeSource('main.cf', t)),
    parseMasterCf: (t) => parseMasterCf(makeSource('master.cf', t)),
    parseMasterOverrides: (t) => parseMasterOverrides(makeSource('postfix-master.cf', t)),
    findPlaceholders: (t) => findPlaceholders(t),
  };
  for (const [parser, run] of Object.entries(parsers)) {
    for (const [unitName, unit] of Object.entries(UNITS)) {
      it(`${parser}: ${unitName}`, () => {
        const make = (units: number): string => {
          const head = unitName === 'continuation lines' ? 'x = y\n' : '';
          return head + Array.from({ length: units }, (_, i) => unit(i)).join('');
        };
        expect(perByteGrowth(make, run)).toBeLessThan(4);
      });
    }
  }

  it('expandValue: long values and long chains of references', () => {
    const table = new Map<string, string>();
    for (let i = 0; i < 90; i++) table.set(`p${i}`, `$p${i + 1} x`);
    const make = (units: number): string => Array.from({ length: units }, (_, i) => `$p${i % 90} \${q?{a}:{b}} $$ `).join('');
    expect(perByteGrowth(make, (t) => expandValue(t, (n) => table.get(n)), 200)).toBeLessThan(4);
  });

  // Templates whose control lines are not Postfix syntax: the model neutralizes each such line.
  it('template neutralization (main.cf): thousands of {% %} lines', () => {
    const make = (units: number): string => Array.from({ length: units }, (_, i) => `{% if x${i} %}\np${i} = v {{ y }}\n{% endif %}\n`).join('');
    expect(perByteGrowth(make, (t) => tolerantMainCf(parseMainCf(makeSource('main.cf.j2', t))), 200)).toBeLessThan(4);
  });

  // Bounded: at most 256 lines are neutralized, each checked alone, then the file is parsed once.
  it('template neutralization (master.cf): thousands of {% %} lines and placeholder fields', () => {
    const make = (units: number): string => Array.from({ length: units }, (_, i) => `{% if x${i} %}\ns${i} inet n - {{ c }} - - smtpd\n{% endif %}\n`).join('');
    expect(perByteGrowth(make, (t) => tolerantMasterCf(parseMasterCf(makeSource('master.cf.j2', t))), 50)).toBeLessThan(4);
  });

  it('findPlaceholders: one huge line', () => {
    const make = (units: number): string => `x = ${'{{ a }} $B PH_C '.repeat(units)}\n`;
    expect(perByteGrowth(make, (t) => findPlaceholders(t))).toBeLessThan(4);
  });

  it('runPostconf -n / -M on growing files', () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'pta-hostile-lin-'));
    try {
      let n = 0;
      const run = (text: string): void => {
        const dir = path.join(base, String(n++));
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'main.cf'), text);
        writeFileSync(path.join(dir, 'master.cf'), text.replace(/^p(\d+) = .*$/gm, 's$1 inet n - n - - smtpd -o a=$p$1'));
        runPostconf(['-c', dir, '-n']);
        runPostconf(['-c', dir, '-M']);
        rmSync(dir, { recursive: true });
      };
      const make = (units: number): string => Array.from({ length: units }, (_, i) => `p${i} = $p${i + 1} x\n`).join('');
      expect(perByteGrowth(make, run, 250)).toBeLessThan(4);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
