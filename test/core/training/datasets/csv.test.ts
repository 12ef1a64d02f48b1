import * as assert from 'assert';
import { datasetFromCsv } from '../../../../src/core/training/datasets/make-dataset';
import { splitCsv } from '../../../../src/core/training/datasets/csv-text';
import { parseNumber } from '../../../../src/core/training/datasets/parse-number';
import { throwsDatasetError } from './helpers';

interface GoodCase {
  name: string;
  text: string;
  options?: Record<string, unknown>;
  inputs: number[][];
  targets: number[];
  task: string;
  names: string[];
  classNames?: string[];
}

const GOOD: GoodCase[] = [
  {
    name: 'header, numeric inputs, 0/1 labels in the last column → binary (0 → −1)',
    text: 'a,b,y\n1,2,0\n3,4,1\n5,6,1\n',
    inputs: [[1, 2], [3, 4], [5, 6]], targets: [-1, 1, 1], task: 'binary', names: ['a', 'b'], classNames: ['0', '1'],
  },
  {
    name: 'no header (auto), ±1 labels',
    text: '1.5,-2,1\n-0.5,3e2,-1\n',
    inputs: [[1.5, -2], [-0.5, 300]], targets: [1, -1], task: 'binary', names: ['x1', 'x2'], classNames: ['-1', '1'],
  },
  {
    name: 'class names → multiclass indices in sorted order, header detected through the numeric column',
    text: 'len,species\n1,setosa\n2,virginica\n3,versicolor\n4,setosa\n',
    inputs: [[1], [2], [3], [4]], targets: [0, 2, 1, 0], task: 'multiclass', names: ['len'], classNames: ['setosa', 'versicolor', 'virginica'],
  },
  {
    name: 'two class names → binary, the first sorted name is −1',
    text: 'x,label\n0.1,spam\n0.2,ham\n',
    inputs: [[0.1], [0.2]], targets: [1, -1], task: 'binary', names: ['x'], classNames: ['ham', 'spam'],
  },
  {
    name: 'real labels → regression; the label column chosen by name, in the middle',
    text: 'u,target,v\n1,0.5,2\n3,-1.25,4\n5,7,6\n',
    options: { label: 'target' },
    inputs: [[1, 2], [3, 4], [5, 6]], targets: [0.5, -1.25, 7], task: 'regression', names: ['u', 'v'],
  },
  {
    name: 'label column by number (1 = first); task forces multiclass on numbers',
    text: '2,10,20\n0,11,21\n1,12,22\n2,13,23\n',
    options: { label: 1, task: 'multiclass' },
    inputs: [[10, 20], [11, 21], [12, 22], [13, 23]], targets: [2, 0, 1, 2], task: 'multiclass', names: ['x1', 'x2'], classNames: ['0', '1', '2'],
  },
  {
    name: 'quoted fields with the delimiter, doubled quotes and a line break; CRLF; BOM; blank lines',
    text: '\ufeff"x, one",x2,"the ""label"""\r\n1,2,"big\r\ncat"\r\n\r\n3,4,dog\r\n',
    inputs: [[1, 2], [3, 4]], targets: [-1, 1], task: 'binary', names: ['x, one', 'x2'], classNames: ['big\r\ncat', 'dog'],
  },
  {
    name: 'semicolon delimiter, spaces around numbers, header forced off',
    text: ' 1 ; 2 ;0\n3;4;1\n',
    options: { delimiter: ';', header: false },
    inputs: [[1, 2], [3, 4]], targets: [-1, 1], task: 'binary', names: ['x1', 'x2'],
  },
  {
    name: 'numbers in {0, 1} read as regression when asked',
    text: 'x,y\n1,0\n2,1\n3,1\n',
    options: { task: 'regression' },
    inputs: [[1], [2], [3]], targets: [0, 1, 1], task: 'regression', names: ['x'],
  },
];

describe('core/training/datasets: CSV text, good files', () => {
  for (const c of GOOD) {
    it(c.name, () => {
      const ds = datasetFromCsv(c.text, { ...c.options, shuffle: false });
      assert.strictEqual(ds.task, c.task);
      assert.deepStrictEqual(ds.featureNames, c.names);
      assert.deepStrictEqual(Array.from(ds.inputs), c.inputs.flat());
      assert.deepStrictEqual(Array.from(ds.targets), c.targets);
      assert.strictEqual(ds.d, c.names.length);
      if (c.classNames) assert.deepStrictEqual(ds.classNames, c.classNames);
      assert.strictEqual(ds.generator, 'csv');
    });
  }

  it('is shuffled with the seed like any dataset', () => {
    const text = 'x,y\n' + Array.from({ length: 20 }, (_, i) => `${i},${i % 2}`).join('\n');
    const a = datasetFromCsv(text, { seed: 1 });
    const b = datasetFromCsv(text, { seed: 1 });
    const c = datasetFromCsv(text, { seed: 2 });
    assert.deepStrictEqual(Array.from(a.inputs), Array.from(b.inputs));
    assert.notDeepStrictEqual(Array.from(a.inputs), Array.from(c.inputs));
    for (let i = 0; i < 20; i++) assert.strictEqual(a.inputs[i], a.order[i]);
  });
});

interface BadCase {
  name: string;
  text: string;
  options?: Record<string, unknown>;
  limits?: { maxRows: number; maxColumns: number };
  message: RegExp;
  line?: number | null;
  column?: number | null;
}

const BAD: BadCase[] = [
  { name: 'empty text', text: '', message: /the CSV text is empty/ },
  { name: 'only blank lines', text: '\n  \n\r\n', message: /the CSV text is empty/ },
  { name: 'a header and no data', text: 'a,b,c\n', message: /has a header \(line 1\) but no data rows/ },
  { name: 'a bad number names line, column and the column name', text: 'a,b,y\n1,2,0\n3,abc,1\n', message: /^line 3, column 2 \("b"\): "abc" is not a number$/, line: 3, column: 2 },
  { name: 'an empty field', text: '1,2,0\n,4,1\n', message: /^line 2, column 1: the field is empty$/, line: 2, column: 1 },
  { name: 'NaN is refused', text: 'a,b,y\n1,NaN,0\n', message: /line 2, column 2 \("b"\): "NaN" is not finite \(NaN and infinities are refused\)/, line: 2, column: 2 },
  { name: '-inf is refused', text: '1,2,0\n1,-inf,1\n', message: /line 2, column 2: "-inf" is not finite/, line: 2, column: 2 },
  { name: 'Infinity is refused', text: '1,2,0\nInfinity,2,1\n', message: /line 2, column 1: "Infinity" is not finite/, line: 2, column: 1 },
  { name: 'an overflow is refused', text: '1,2,0\n1e999,2,1\n', message: /line 2, column 1: "1e999" is too large for a double/, line: 2, column: 1 },
  { name: 'hex is not a number', text: '1,2,0\n0x10,2,1\n', message: /line 2, column 1: "0x10" is not a number/ },
  { name: 'a row with too few fields', text: 'a,b,y\n1,2,0\n3,1\n', message: /^line 3: 2 fields, expected 3 \(as on line 1\)$/, line: 3 },
  { name: 'a row with too many fields, after a blank line', text: '1,2,0\n\n3,4,5,1\n', message: /^line 3: 4 fields, expected 3 \(as on line 1\)$/, line: 3 },
  { name: 'a single column', text: 'y\n1\n0\n', message: /at least 2 columns \(inputs and a label\), line 1 has 1; is the delimiter "," right\?/ },
  { name: 'an empty label', text: 'a,y\n1,0\n2, \n', message: /line 3, column 2 \("y"\): the label is empty/, line: 3, column: 2 },
  { name: 'a NaN label', text: 'a,y\n1,0\n2,nan\n', message: /line 3, column 2 \("y"\): "nan" is not finite/, line: 3, column: 2 },
  { name: 'a typo among numeric labels', text: 'a,y\n1,0.5\n2,0.7x\n3,1\n', message: /line 3, column 2 \("y"\): the label "0.7x" is not a number while 2 other labels are/, line: 3, column: 2 },
  { name: 'class names for regression', text: 'a,y\n1,cat\n2,dog\n', options: { task: 'regression' }, message: /line 2, column 2 \("y"\): "cat" is not a number; regression needs numeric labels/, line: 2 },
  { name: 'one class only', text: 'a,y\n1,cat\n2,cat\n', message: /labels need at least 2 classes, found only "cat"/ },
  { name: 'binary asked, three classes found', text: 'a,y\n1,a\n2,b\n3,c\n', options: { task: 'binary' }, message: /binary labels need exactly 2 classes, found 3 \("a", "b", "c"\)/ },
  { name: 'unclosed quote names the line it opened on', text: 'a,y\n1,0\n"2,1\n3,0\n', message: /^line 3: a quoted field is never closed/, line: 3, column: 1 },
  { name: 'text after a closing quote', text: 'a,y\n"1"x,0\n', message: /line 2, column 1: text after a closing quote/, line: 2, column: 1 },
  { name: 'label name not in the header', text: 'a,b\n1,0\n', options: { label: 'y' }, message: /label: no column is named "y"; the columns are "a", "b"/ },
  { name: 'label name without a header', text: '1,0\n2,1\n', options: { label: 'y' }, message: /label "y" names a column, but the text has no header row/ },
  { name: 'label number past the last column', text: '1,0\n2,1\n', options: { label: 3 }, message: /label must be a column number from 1 to 2, got 3/ },
  { name: 'more rows than the limit', text: 'a,y\n1,0\n2,1\n3,0\n', limits: { maxRows: 2, maxColumns: 10 }, message: /more than 2 data rows \(the row limit\)/ },
  { name: 'more rows than the limit (stops while reading)', text: Array.from({ length: 50 }, (_, i) => `${i},1`).join('\n'), limits: { maxRows: 5, maxColumns: 10 }, message: /more than 5 data rows \(the row limit\)/ },
  { name: 'several bad rows: the first positioned, the next listed', text: 'a,b,y\n1,2,0\n3,abc,1\n4,5\n6,7,\n8,x,z,1\n9,1e400,0\n', message: /^line 3, column 2 \("b"\): "abc" is not a number \(4 more bad rows: line 4: 2 fields, expected 3 \(as on line 1\); line 5, column 3 \("y"\): the label is empty; line 6: 4 fields, expected 3 \(as on line 1\); line 7, column 2 \("b"\): .*\)$/, line: 3, column: 2 },
  { name: 'many bad rows: five listed, the rest counted', text: 'a,y\n' + Array.from({ length: 20 }, (_, i) => `v${i},1`).join('\n'), message: /^line 2, column 1 \("a"\): "v0" is not a number \(19 more bad rows: line 3, .*; line 7, column 1 \("a"\): "v5" is not a number; and 14 more\)$/, line: 2, column: 1 },
  { name: 'more columns than the limit', text: '1,2,3,4,0\n', limits: { maxRows: 10, maxColumns: 3 }, message: /line 1: more than 3 input columns and a label \(the column limit\)/ },
];

describe('core/training/datasets: CSV text, bad files', () => {
  for (const c of BAD) {
    it(c.name, () => {
      const fields: Record<string, number | null> = {};
      if (c.line !== undefined) fields.line = c.line;
      if (c.column !== undefined) fields.column = c.column;
      throwsDatasetError(() => datasetFromCsv(c.text, c.options, c.limits), c.message, fields);
    });
  }

  it('bad options of the CSV reader', () => {
    throwsDatasetError(() => datasetFromCsv('1,0\n2,1', { delimiter: ';;' }), /delimiter must be a single character other than a quote or a line break, got ";;"/, { option: 'delimiter' });
    throwsDatasetError(() => datasetFromCsv('1,0\n2,1', { header: 'yes' }), /header must be true, false or "auto", got "yes"/, { option: 'header' });
    throwsDatasetError(() => datasetFromCsv('1,0\n2,1', { task: 'classes' }), /task must be one of "auto", "binary", "multiclass", "regression", got "classes"/, { option: 'task' });
    throwsDatasetError(() => datasetFromCsv('1,0\n2,1', { label: 0 }), /label must be a column name or a column number \(1 for the first\), got 0/, { option: 'label' });
  });
});

describe('core/training/datasets: CSV pieces', () => {
  it('splitCsv keeps the line each row starts on', () => {
    const rows = splitCsv('a,b\n\n"x\ny",2\n3,4', ',', { maxRows: 10, maxColumns: 10 });
    assert.deepStrictEqual(rows.map((r) => r.line), [1, 3, 5]);
    assert.deepStrictEqual(rows[1].fields, ['x\ny', '2']);
  });

  const NUMBERS: Array<[string, number | null]> = [
    ['0', 0], ['-1.5', -1.5], ['+2', 2], ['.5', 0.5], ['2.', 2], ['1e-3', 0.001], ['  7  ', 7], ['-0', -0],
    ['1,5', null], ['1e', null], ['--1', null], ['0x1f', null], ['', null], ['nan', null], ['inf', null], ['1e400', null], ['one', null],
  ];
  for (const [text, value] of NUMBERS) {
    it(`parseNumber(${JSON.stringify(text)}) is ${value === null ? 'refused' : value}`, () => {
      const p = parseNumber(text);
      if (value === null) assert.strictEqual(p.ok, false);
      else assert.ok(p.ok && Object.is(p.value, value));
    });
  }
});
