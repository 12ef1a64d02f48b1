import * as assert from 'assert';
import { formatNumber, formatVector } from '../../../src/kernel/format/format-value';

describe('lang/format-value', () => {
  const numbers: Array<[number, string]> = [
    [0, '0'], [-0, '-0'], [2, '2'], [-0.2, '-0.2'], [1 / 3, '0.333333'], [2 / 3, '0.666667'], [0.1 + 0.2, '0.3'],
    [123456, '123456'], [1234567, '1234567'], [1234567.5, '1.23457e+6'], [1e7, '10000000'], [49999995000000, '49999995000000'],
    [2 ** 53, '9007199254740992'], [-(2 ** 53), '-9007199254740992'], [2 ** 53 + 2, '9.0072e+15'], [-1234567, '-1234567'], [1e-5, '0.00001'], [1.5e-7, '1.5e-7'], [1e21, '1e+21'],
    [NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity'], [0.8413447460685429, '0.841345'],
  ];
  for (const [x, text] of numbers) it(`${x} → ${text}`, () => assert.strictEqual(formatNumber(x), text));

  it('short vectors in full', () => assert.strictEqual(formatVector([0, 0, 0, 1, 2]), '[0, 0, 0, 1, 2]'));
  it('exactly 20 items in full', () => assert.strictEqual(formatVector(Array.from({ length: 20 }, (_, i) => i)).split(', ').length, 20));
  it('long vectors abbreviated with a count', () => {
    assert.strictEqual(formatVector(Array.from({ length: 100 }, (_, i) => i + 1)), '[1, 2, 3, …, 98, 99, 100] (100 items)');
  });
  it('whole numbers near 1e7 stay distinct', () => {
    assert.strictEqual(formatVector(Array.from({ length: 30 }, (_, i) => 9999970 + i)), '[9999970, 9999971, 9999972, …, 9999997, 9999998, 9999999] (30 items)');
  });
  it('empty vector', () => assert.strictEqual(formatVector([]), '[]'));
});
