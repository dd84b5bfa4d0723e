/**
 * The per-byte growth measure behind the hostile-input time checks must tell a quadratic algorithm from
 * a linear one, or those checks could never fail.
 */
import { describe, expect, it } from 'vitest';
import { perByteGrowth } from '../support/growth.js';

const make = (units: number): string => 'ab'.repeat(units);

function linear(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i);
  return n;
}

function quadratic(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) n += text.charCodeAt(j) & 1;
  return n;
}

describe('perByteGrowth', () => {
  it('flags a quadratic algorithm', () => {
    expect(perByteGrowth(make, quadratic, 100)).toBeGreaterThan(4);
  });

  it('passes a linear one', () => {
    expect(perByteGrowth(make, linear, 2_000)).toBeLessThan(4);
  });
});
