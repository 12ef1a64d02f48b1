import * as assert from 'assert';
import { errorText } from '../../src/cli/format-text';
import { formatCellError, stripAnsi } from '../../src/extension/notebook/error-output';

describe('cli/format-text: errors in the terminal', () => {
  it('the caret under a tab-indented line keeps the tab, so it lines up (the review case)', () => {
    const text = errorText({ message: "unknown function 'gleu'; did you mean 'gelu'?", line: 1, column: 2, endLine: 1, endColumn: 5 }, '\tgleu(1)');
    assert.strictEqual(text, "error: unknown function 'gleu'; did you mean 'gelu'?\n  at line 1, column 2\n  \tgleu(1)\n  \t^^^^\n");
  });
  it('draws the same source line and caret as the notebook error output', () => {
    const error = { message: 'm', line: 2, column: 4, endLine: 2, endColumn: 6 };
    const source = 'a = 1\n\t  bad(1)';
    const cliLines = errorText(error, source).split('\n').slice(2, 4).map((l) => l.slice(2));
    const notebookLines = stripAnsi(formatCellError(error, source).stack).split('\n').slice(2, 4).map((l) => l.slice('2 | '.length)); // the notebook colours the caret (ANSI); the text is the same
    assert.deepStrictEqual(cliLines, notebookLines);
    assert.deepStrictEqual(cliLines, ['\t  bad(1)', '\t  ^^^']);
  });
  it('a line not in the source: message and position only', () => {
    assert.strictEqual(errorText({ message: 'm', line: 3, column: 1 }, 'x'), 'error: m\n  at line 3, column 1\n');
  });
});
