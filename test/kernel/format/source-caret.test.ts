import * as assert from 'assert';
import { sourceCaret } from '../../../src/kernel/format/source-caret';

describe('shared/source-caret', () => {
  const cases: Array<{ name: string; error: { line: number; column: number; endLine?: number; endColumn?: number }; source: string; line?: string; caret?: string }> = [
    { name: 'one column', error: { line: 1, column: 8 }, source: 'relu(1,,2)', line: 'relu(1,,2)', caret: '       ^' },
    { name: 'a span on one line', error: { line: 2, column: 3, endLine: 2, endColumn: 6 }, source: 'a = 1\n  gleu(2)', line: '  gleu(2)', caret: '  ^^^^' },
    { name: 'tabs before the column are kept (the review case)', error: { line: 1, column: 2, endLine: 1, endColumn: 5 }, source: '\tgleu(1)', line: '\tgleu(1)', caret: '\t^^^^' },
    { name: 'mixed tabs and spaces', error: { line: 1, column: 5 }, source: '\t \tx bad', line: '\t \tx bad', caret: '\t \t ^' },
    { name: 'a span ending on a later line: one caret', error: { line: 1, column: 5, endLine: 2, endColumn: 1 }, source: 'relu(\n)', line: 'relu(', caret: '    ^' },
    { name: 'a column past the end (end of input): just after the text', error: { line: 2, column: 40 }, source: 'a = 1\r\nrelu(', line: 'relu(', caret: '     ^' },
    { name: 'a span past the end of the line is cut at it', error: { line: 1, column: 3, endLine: 1, endColumn: 99 }, source: 'a bcd', line: 'a bcd', caret: '  ^^^' },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepStrictEqual(sourceCaret(c.error, c.source), { line: c.line, caret: c.caret }));
  }
  it('a line that is not in the source: nothing to show', () => assert.strictEqual(sourceCaret({ line: 9, column: 1 }, 'one line'), undefined));
});
