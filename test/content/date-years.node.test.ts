/**
 * The pattern alternatives for a range of numbers (src/content/date-years.ts), from which the
 * schema's year pattern is built: tried on ranges other than the years a payload may name, so that
 * the pattern stays right when those change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numbersBetween } from '../../src/content/date-years.js';

/** Every number written with `digits` digits, leading zeros and all. */
const written = (digits: number) => Array.from({ length: 10 ** digits }, (_, number) => String(number).padStart(digits, '0'));

describe('the alternatives for a range of numbers', () => {
  it('match exactly the numbers of the range, whatever digits its ends start or end with', () => {
    const ranges = [
      ['1900', '2200'], ['1950', '2150'], ['1234', '1256'], ['0999', '1000'], ['2024', '2024'], ['0000', '9999'], ['0001', '9998'],
      ['100', '999'], ['105', '195'], ['110', '189'], ['300', '399'], ['00', '99'], ['05', '95'], ['19', '20'], ['0', '9'], ['3', '3'], ['4', '7'],
    ];
    for (const [low, high] of ranges) {
      const pattern = new RegExp(`^(?:${numbersBetween(low!, high!).join('|')})$`);
      const wrong = written(low!.length).filter((number) => pattern.test(number) !== (number >= low! && number <= high!));
      assert.deepEqual(wrong, [], `${low} to ${high}: ${pattern}`);
    }
  });

  it('are one number for a range of one, and one class of digits for a whole run of them', () => {
    assert.deepEqual(numbersBetween('2024', '2024'), ['2024']);
    assert.deepEqual(numbersBetween('0', '9'), ['\\d']);
    assert.deepEqual(numbersBetween('4', '7'), ['[4-7]']);
    assert.deepEqual(numbersBetween('1900', '2200'), ['19\\d\\d', '2[0-1]\\d\\d', '2200']);
  });
});
