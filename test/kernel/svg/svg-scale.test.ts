import * as assert from 'assert';
import { dataRange, formatPower, formatTick, logTicks, niceTicks } from '../../../src/kernel/svg/svg-scale';

describe('kernel/svg/svg-scale', () => {
  const ticks: Array<{ name: string; range: [number, number]; max: number; expected: number[] }> = [
    { name: '[-4, 4] by 1', range: [-4, 4], max: 9, expected: [-4, -3, -2, -1, 0, 1, 2, 3, 4] },
    { name: '[-5, 3] keeps 0 and the grid, not the ends off it', range: [-5, 3], max: 9, expected: [-5, -4, -3, -2, -1, 0, 1, 2, 3] },
    { name: '[0, 1] by 0.2, no float noise', range: [0, 1], max: 6, expected: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { name: '[-0.7, 0.7] has 0', range: [-0.7, 0.7], max: 6, expected: [-0.5, 0, 0.5] },
    { name: 'epochs [1, 200]', range: [1, 200], max: 7, expected: [50, 100, 150, 200] },
  ];
  for (const c of ticks) it(`niceTicks ${c.name}`, () => assert.deepStrictEqual(niceTicks(c.range[0], c.range[1], c.max), c.expected));

  const formats: Array<[number, string]> = [[0, '0'], [-2, '−2'], [0.30000000000000004, '0.3'], [1234567, '1.23e6'], [0.00001234, '1.23e−5'], [12.3456, '12.35']];
  for (const [x, text] of formats) it(`formatTick ${x} → ${text}`, () => assert.strictEqual(formatTick(x), text));

  it('log ticks are the powers of ten inside', () => assert.deepStrictEqual(logTicks(0.001, 10), [0.001, 0.01, 0.1, 1, 10]));
  it('powers of ten far out in exponent form', () => assert.deepStrictEqual([1e-5, 0.01, 1000, 1e6].map(formatPower), ['1e−5', '0.01', '1000', '1e6']));

  const ranges: Array<{ name: string; values: Array<number | null>; log?: boolean; expected: [number, number] }> = [
    { name: 'padded to nice bounds', values: [0, 4], expected: [-0.5, 4.5] },
    { name: 'nulls and NaN ignored', values: [null, 1, NaN, 2, Infinity], expected: [0.8, 2.2] },
    { name: 'a constant gets ±1', values: [3, 3], expected: [2, 4] },
    { name: 'nothing finite: [0, 1]', values: [null, NaN], expected: [0, 1] },
    { name: 'log: whole decades, non-positive ignored', values: [0, -1, 0.03, 2], log: true, expected: [0.01, 10] },
  ];
  for (const c of ranges) it(`dataRange ${c.name}`, () => assert.deepStrictEqual(dataRange(c.values, c.log), c.expected));
});
