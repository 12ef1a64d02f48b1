/**
 * The range column of compare: the documented range at default parameters, the whole-line range
 * with other parameters (closed forms: leaky_relu with a positive slope is onto ℝ, celu(alpha) has
 * the open bound -alpha, hardtanh is [min_val, max_val], relu6 is [0, 6], softplus (0, ∞)), and for
 * user functions the range on the interval, labelled with it.
 */
import * as assert from 'assert';
import type { CompareValue } from '../../../src/lang/runtime/values';
import { last } from '../lang-helpers';

function ranges(source: string): string[] {
  return (last(source) as CompareValue).properties.rows.map((row) => String(row[1]));
}

describe('lang/function-range: the range column of compare', () => {
  const cases: Array<{ name: string; source: string; ranges: string[] }> = [
    { name: 'default parameters show the documented range', source: 'compare(relu, tanh, sigmoid)', ranges: ['[0, ∞)', '(-1, 1)', '(0, 1)'] },
    { name: 'leaky_relu with another slope is still onto the real line (the review case)', source: 'compare(leaky_relu(negative_slope=0.1))', ranges: ['(-∞, ∞)'] },
    { name: 'leaky_relu with slope 0 is relu: [0, ∞)', source: 'compare(leaky_relu(negative_slope=0))', ranges: ['[0, ∞)'] },
    { name: 'celu(alpha=2): the open bound -2', source: 'compare(celu(alpha=2))', ranges: ['(-2, ∞)'] },
    { name: 'hardtanh with moved bounds: closed', source: 'compare(hardtanh(min_val=-2, max_val=3))', ranges: ['[-2, 3]'] },
    { name: 'a kink convention changes no value: still the documented range', source: 'compare(relu(kink="right"))', ranges: ['[0, ∞)'] },
    { name: 'a user function: the range seen on the interval, labelled', source: 'compare(x -> x^2, range=[-2, 2])', ranges: ['[0, 4] on [-2, 2]'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(ranges(c.source), c.ranges));
});
