/** Elementwise operators and broadcasting between numbers, vectors and booleans, as a table. */
import * as assert from 'assert';
import { errorTable, last } from '../lang-helpers';

describe('lang: broadcasting', () => {
  const cases: Array<{ name: string; source: string; expected: number[] | number | boolean }> = [
    { name: 'vector + number', source: '[1, 2, 3] + 1', expected: [2, 3, 4] },
    { name: 'number + vector', source: '1 + [1, 2, 3]', expected: [2, 3, 4] },
    { name: 'vector - vector', source: '[5, 7] - [1, 2]', expected: [4, 5] },
    { name: 'number - vector keeps the order', source: '10 - [1, 2]', expected: [9, 8] },
    { name: 'vector * vector', source: '[1, 2, 3] * [4, 5, 6]', expected: [4, 10, 18] },
    { name: 'number / vector', source: '1 / [2, 4, 0]', expected: [0.5, 0.25, Infinity] },
    { name: 'vector ^ number', source: '[1, 2, 3] ^ 2', expected: [1, 4, 9] },
    { name: 'number ^ vector', source: '2 ^ [0, 1, 10]', expected: [1, 2, 1024] },
    { name: 'unary minus of a vector', source: '-[1, -2]', expected: [-1, 2] },
    { name: 'empty vector stays empty', source: '[] * 3', expected: [] },
    { name: 'vector > number gives 1 and 0', source: '[-1, 0, 1] > 0', expected: [0, 0, 1] },
    { name: 'number <= vector', source: '0 <= [-1, 0, 1]', expected: [0, 1, 1] },
    { name: 'vector == vector itemwise', source: '[1, 2, 3] == [1, 0, 3]', expected: [1, 0, 1] },
    { name: 'vector != number', source: '[1, 2] != 2', expected: [1, 0] },
    { name: 'NaN compares false', source: '[nan, 1] == [nan, 1]', expected: [0, 1] },
    { name: 'number comparison is a boolean', source: '2 < 3', expected: true },
    { name: 'strings compare equal', source: '"adam" == "adam"', expected: true },
    { name: 'strings compare unequal', source: '"adam" != "sgd"', expected: true },
    { name: 'string and number are never equal', source: '"1" == 1', expected: false },
    { name: 'boolean + vector', source: 'true + [1, 2]', expected: [2, 3] },
    { name: 'mask times vector', source: '([-2, -1, 1, 2] > 0) * [-2, -1, 1, 2]', expected: [-0, -0, 1, 2] },
    { name: 'activation of vector arithmetic', source: 'relu([-1, 1] * 3)', expected: [0, 3] },
    { name: 'math built-in elementwise', source: 'abs([-1.5, 2])', expected: [1.5, 2] },
    { name: 'max broadcasts a number over a vector', source: 'max([-1, 0, 2], 0.5)', expected: [0.5, 0.5, 2] },
    { name: 'clip with vector bounds', source: 'clip([0, 5, 10], [1, 1, 1], [2, 4, 8])', expected: [1, 4, 8] },
    { name: 'where with a vector condition and scalar branches', source: 'where([1, 0, 1] > 0, 10, -10)', expected: [10, -10, 10] },
    { name: 'where with vector branches', source: 'where([1, 0], [1, 2], [3, 4])', expected: [1, 4] },
    { name: 'user function on a vector', source: 'f(x) = x * sigmoid(x)\nf([0, 0])', expected: [0, 0] },
    { name: 'lambda on a vector', source: '(x -> x ^ 2 + 1)([1, 2])', expected: [2, 5] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = last(c.source);
      if (typeof c.expected === 'boolean') assert.deepStrictEqual(v, { kind: 'boolean', value: c.expected });
      else if (typeof c.expected === 'number') assert.deepStrictEqual(v, { kind: 'number', value: c.expected });
      else {
        assert.strictEqual(v.kind, 'vector');
        assert.deepStrictEqual([...v.items], c.expected);
      }
    });
  }

  errorTable([
    { name: 'lengths differ', source: '[1, 2] + [1, 2, 3]', message: "cannot apply '+' to vectors of different lengths (2 and 3)", line: 1, column: 8 },
    { name: 'comparison lengths differ', source: '[1] < [1, 2]', message: "cannot apply '<' to vectors of different lengths (1 and 2)", line: 1, column: 5 },
    { name: 'string in arithmetic', source: '"a" * 2', message: "cannot apply '*' to a string and a number", line: 1, column: 5 },
    { name: 'ordering strings', source: '"a" < "b"', message: "cannot compare a string and a string with '<'", line: 1, column: 5 },
    { name: 'function in a comparison', source: 'relu > 0', message: "cannot compare the function relu and a number with '>'", line: 1, column: 6 },
    { name: 'negating a string', source: '-"a"', message: "cannot apply unary '-' to a string", line: 1, column: 1 },
    { name: 'max lengths differ', source: 'max([1, 2], [1, 2, 3])', message: 'cannot apply max to vectors of different lengths (2 and 3)', line: 1, column: 1 },
  ]);
});
