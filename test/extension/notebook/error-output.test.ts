import * as assert from 'assert';
import { ANSI, formatCellError as formatColoured, formatInternalError, stripAnsi } from '../../../src/extension/notebook/error-output';

/** The error as a reader sees it: the colour codes are checked once, below, and stripped elsewhere. */
const formatCellError = (...args: Parameters<typeof formatColoured>) => {
  const value = formatColoured(...args);
  return { ...value, stack: stripAnsi(value.stack) };
};

describe('extension error-output', () => {
  it('names line and column in the message and puts a caret under the column', () => {
    const value = formatCellError({ message: "expected an expression, found ','", line: 1, column: 8 }, 'relu(1,,2)');
    assert.strictEqual(value.name, 'ActivationLabError');
    assert.strictEqual(value.message, "line 1, column 8: expected an expression, found ','");
    const [heading, blank, sourceLine, caretLine] = value.stack.split('\n');
    assert.strictEqual(heading, `ActivationLabError: ${value.message}`);
    assert.strictEqual(blank, '');
    assert.ok(sourceLine.endsWith('relu(1,,2)'));
    // The caret sits under the 8th character of the source, whatever the gutter is.
    const sourceStart = sourceLine.indexOf('relu');
    assert.strictEqual(caretLine.indexOf('^'), sourceStart + 7);
    assert.strictEqual(sourceLine[caretLine.indexOf('^')], ',');
  });

  it('shows the right line of a multi-line cell and underlines a span on that line', () => {
    const source = 'x = 1\ny = gelu(x, approximate="fast")\nz = 2';
    const value = formatCellError({ message: 'bad value', line: 2, column: 25, endLine: 2, endColumn: 30 }, source);
    const lines = value.stack.split('\n');
    const sourceLine = lines[2];
    const caretLine = lines[3];
    assert.ok(sourceLine.endsWith('y = gelu(x, approximate="fast")'));
    const first = caretLine.indexOf('^');
    assert.strictEqual(caretLine.slice(first).trimEnd(), '^^^^^^');
    assert.strictEqual(sourceLine.slice(first, first + 6), '"fast"');
  });

  it('keeps tabs in the padding so the caret lines up', () => {
    const value = formatCellError({ message: 'm', line: 1, column: 3 }, '\t\tbad');
    const caretLine = value.stack.split('\n')[3];
    assert.match(caretLine, /\t\t\^$/);
  });

  it('copes with CRLF sources and positions past the end of the line', () => {
    const value = formatCellError({ message: 'unexpected end of input', line: 2, column: 40 }, 'a = 1\r\nrelu(');
    const lines = value.stack.split('\n');
    assert.ok(lines[2].endsWith('relu('));
    assert.ok(!lines[2].includes('\r'));
    assert.strictEqual(lines[3].indexOf('^'), lines[2].indexOf('relu(') + 5);
  });

  it('without a matching source line still gives the message', () => {
    const value = formatCellError({ message: 'm', line: 9, column: 1 }, 'one line');
    assert.strictEqual(value.message, 'line 9, column 1: m');
    assert.ok(value.stack.includes(value.message));
  });

  it('turns an unexpected exception into a readable internal error', () => {
    const value = formatInternalError(new TypeError('boom'));
    assert.match(value.message, /internal error.*boom/);
    assert.match(value.stack, /TypeError: boom/);
  });

  it('colours the heading bold red and the caret red, so the error is styled as one', () => {
    const { stack } = formatColoured({ message: 'm', line: 1, column: 3, endLine: 1, endColumn: 4 }, 'a bc');
    const lines = stack.split('\n');
    assert.ok(lines[0].startsWith(`${ANSI.boldRed}ActivationLabError: line 1, column 3: m`) && lines[0].endsWith(ANSI.reset), JSON.stringify(lines[0]));
    assert.ok(lines[3].endsWith(`${ANSI.red}^^${ANSI.reset}`), JSON.stringify(lines[3]));
    assert.strictEqual(stripAnsi(lines[3]).indexOf('^'), lines[2].indexOf('bc'));
  });
});
