import * as assert from 'assert';
import { datasetFromArrays } from '../../../../src/core/training/datasets/make-dataset';
import { throwsDatasetError } from './helpers';

describe('core/training/datasets: user data from arrays', () => {
  const GOOD: Array<{ name: string; inputs: unknown; labels: unknown; options?: Record<string, unknown>; task: string; targets: number[]; d: number; classNames: string[] }> = [
    { name: 'rows of 2 numbers, 0/1 labels → binary', inputs: [[1, 2], [3, 4], [5, 6]], labels: [1, 0, 1], task: 'binary', targets: [1, -1, 1], d: 2, classNames: ['0', '1'] },
    { name: 'a flat list is 1-D data; real labels → regression', inputs: [0.5, 1.5, 2.5], labels: [0.25, 2.25, 6.25], task: 'regression', targets: [0.25, 2.25, 6.25], d: 1, classNames: [] },
    { name: 'class names → multiclass', inputs: [[0], [1], [2], [3]], labels: ['b', 'c', 'a', 'b'], task: 'multiclass', targets: [1, 2, 0, 1], d: 1, classNames: ['a', 'b', 'c'] },
    { name: 'two numbers other than 0/1 or ±1 with task binary: the smaller is −1', inputs: [[0], [1], [2]], labels: [5, 2, 5], options: { task: 'binary' }, task: 'binary', targets: [1, -1, 1], d: 1, classNames: ['2', '5'] },
    { name: 'typed arrays are accepted', inputs: [Float64Array.of(1, 2), Float64Array.of(3, 4)], labels: Float64Array.of(-1, 1), task: 'binary', targets: [-1, 1], d: 2, classNames: ['-1', '1'] },
  ];
  for (const c of GOOD) {
    it(c.name, () => {
      const ds = datasetFromArrays(c.inputs as ArrayLike<unknown>, c.labels as ArrayLike<unknown>, { ...c.options, shuffle: false });
      assert.strictEqual(ds.task, c.task);
      assert.strictEqual(ds.d, c.d);
      assert.deepStrictEqual(Array.from(ds.targets), c.targets);
      assert.deepStrictEqual(ds.classNames, c.classNames);
      assert.strictEqual(ds.generator, 'arrays');
    });
  }

  const BAD: Array<[string, unknown, unknown, RegExp, string]> = [
    ['empty inputs', [], [], /inputs is empty/, 'inputs'],
    ['a ragged row', [[1, 2], [3]], [0, 1], /inputs\[1\] has 1 values, expected 2 \(as inputs\[0\]\)/, 'inputs'],
    ['a NaN', [[1, 2], [3, NaN]], [0, 1], /inputs\[1\]\[1\] is NaN; inputs must be finite numbers/, 'inputs'],
    ['an infinity in a flat list', [1, Infinity], [0, 1], /inputs\[1\] is Infinity/, 'inputs'],
    ['a string among the numbers', [[1, 2], [3, 'x']], [0, 1], /inputs\[1\]\[1\] must be a number, got "x"/, 'inputs'],
    ['a row that is not a list', [[1, 2], 3], [0, 1], /inputs\[1\] must be a list of 2 numbers like inputs\[0\], got 3/, 'inputs'],
    ['an empty first row', [[], []], [0, 1], /inputs\[0\] is an empty list/, 'inputs'],
    ['fewer labels than rows', [[1], [2], [3]], [0, 1], /labels has 2 values but inputs has 3 rows/, 'labels'],
    ['mixed label types', [[1], [2]], [0, 'a'], /labels must be all numbers or all strings; labels\[0\] is a number, labels\[1\] a string/, 'labels'],
    ['a NaN label', [[1], [2]], [0, NaN], /labels\[1\] is NaN; labels must be finite/, 'labels'],
    ['one row only', [[1]], [0], /at least 2 rows/, 'none'],
  ];
  for (const [name, inputs, labels, message, option] of BAD) {
    it(`refuses ${name}`, () => {
      throwsDatasetError(() => datasetFromArrays(inputs as ArrayLike<unknown>, labels as ArrayLike<unknown>), message, option === 'none' ? {} : { option });
    });
  }

  it('refuses data past the row and column limits', () => {
    throwsDatasetError(() => datasetFromArrays([[1], [2], [3]], [0, 1, 0], {}, { maxRows: 2, maxColumns: 5 }), /inputs has 3 rows, more than the row limit 2/);
    throwsDatasetError(() => datasetFromArrays([[1, 2, 3], [4, 5, 6]], [0, 1], {}, { maxRows: 10, maxColumns: 2 }), /inputs rows have 3 values, more than the column limit 2/);
  });

  it('multiclass asked on numbers maps the sorted distinct values to indices', () => {
    const ds = datasetFromArrays([[0], [1], [2], [3]], [10, -3, 10, 4], { task: 'multiclass', shuffle: false });
    assert.deepStrictEqual(Array.from(ds.targets), [2, 0, 2, 1]);
    assert.deepStrictEqual(ds.classNames, ['-3', '4', '10']);
  });
});
