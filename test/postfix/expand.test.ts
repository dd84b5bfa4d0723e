import { describe, expect, it } from 'vitest';
import { expandValue, macExpand, scanMacroNames } from '../../src/postfix/expand.js';
import fc from 'fast-check';

const vars: Record<string, string> = { a: 'x', empty: '', compatibility_level: '3.6', r1: '$r2', r2: '$r1', n: '$a$a' };
const look = (name: string) => vars[name];
const ex = (raw: string) => expandValue(raw, look).value;

describe('expandValue (reference §1.4, verified with postconf 3.7.11)', () => {
  it('expands the documented forms', () => {
    expect(ex('$a-$(a)-${a}')).toBe('x-x-x');
    expect(ex('${a?set}|${empty?set}|${nope?set}')).toBe('set||');
    expect(ex('${a:unset}|${empty:unset}|${nope:unset}')).toBe('|unset|unset');
    expect(ex('${a?{yes}:{no}}|${empty?{yes}:{no}}')).toBe('yes|no');
    expect(ex('${{$a} == {x} ? {eq} : {ne}}')).toBe('eq');
    expect(ex('${{$compatibility_level} <level {3.6} ? {old} : {new}}')).toBe('new');
    expect(ex('${{$compatibility_level} <level {3.10} ? {old} : {new}}')).toBe('old');
    expect(ex('$$a')).toBe('$a');
    // Whitespace inside {} is kept; postconf's output normalization hides it.
    expect(ex('${a?{ spaced value }}')).toBe(' spaced value ');
    expect(ex('${{10} < {9} ? {lt} : {ge}} ${{abc} < {abd} ? {lt} : {ge}}')).toBe('ge lt');
    expect(ex('$a.b ${a}b $n')).toBe('x.b xb xx');
  });

  it('reports undefined names and expands them to empty', () => {
    const r = expandValue('[$nope] ${alsonot}', look);
    expect(r.value).toBe('[] ');
    expect(r.undefinedNames).toEqual(['nope', 'alsonot']);
    expect(r.error).toBeUndefined();
  });

  it('bounds recursion like Postfix (100 nested macro calls) and reports it', () => {
    const r = macExpand('$r1', (n) => vars[n]);
    expect(r.error).toBe(true);
    // The 102nd call trips the limit: r1, r2, r1, ... so it is r2 (postconf -x a with a=$b, b=$a names "a").
    expect(r.warnings).toEqual(['unreasonable macro call nesting: "r2"']);
    expect(expandValue('$r1', look).error).toContain('unreasonable macro call nesting');
  });

  it('reports syntax errors with Postfix\'s messages', () => {
    expect(macExpand('${a', look).warnings).toEqual(['truncated macro reference: "${a"']);
    expect(macExpand('$ x', look).warnings).toEqual(['empty macro name: "$ x"']);
    expect(macExpand('${{x} =~ {y}}', look).warnings).toEqual([
      '"==" or "!="" or "<"" or "<="" or ">="" or ">" expected at: "...x}>>>=~ {y}"',
    ]);
    expect(macExpand('${a.b}', look).warnings[0]).toBe('attribute name syntax error at: "...a>>>.b"');
  });

  it('marks a result unknown when a templated name is involved', () => {
    expect(expandValue('$a', look, { isTemplated: (n) => n === 'a' }).unknown).toBe(true);
    expect(expandValue('$a', look).unknown).toBe(false);
  });

  it('scan mode visits names in both branches', () => {
    expect(scanMacroNames('${a?{$b}:{$c}} $d ${{$e} == {x} ? {y} : {$f}}').names).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('expandValue of a value without "$" (its fast path)', () => {
  it('gives what mac_expand gives: the text itself, nothing undefined, no error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).filter((s) => !s.includes('$')), fc.boolean(), (raw, templated) => {
        const slow = macExpand(raw, () => {
          throw new Error('no name to look up');
        });
        const fast = expandValue(raw, look, { rawTemplated: templated });
        expect(fast).toEqual({ value: slow.value, undefinedNames: slow.undefinedNames, unknown: templated });
        expect(slow.error).toBe(false);
      }),
    );
  });
});
