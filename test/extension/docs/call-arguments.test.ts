import * as assert from 'assert';
import { callArgumentsAt, literalValue, openParenAfter, type WrittenArgument } from '../../../src/extension/docs/call-arguments';

describe('extension call-arguments', () => {
  const cases: Array<{ name: string; line: string; args: WrittenArgument[] | undefined }> = [
    { name: 'one keyword', line: 'leaky_relu(x, negative_slope=0.2)', args: [{ text: 'x' }, { keyword: 'negative_slope', text: '0.2', value: 0.2 }] },
    { name: 'positional number', line: 'nn.LeakyReLU(0.2)', args: [{ text: '0.2', value: 0.2 }] },
    { name: 'Python boolean', line: 'jax.nn.gelu(x, approximate=False)', args: [{ text: 'x' }, { keyword: 'approximate', text: 'False', value: false }] },
    { name: 'JavaScript boolean and spaces', line: 'f( a ,  b = true )', args: [{ text: 'a' }, { keyword: 'b', text: 'true', value: true }] },
    { name: 'strings with commas and parentheses', line: `gelu(x, approximate="ta,n)h")`, args: [{ text: 'x' }, { keyword: 'approximate', text: '"ta,n)h"', value: 'ta,n)h' }] },
    { name: 'single-quoted string', line: `nn.GELU(approximate='tanh')`, args: [{ keyword: 'approximate', text: `'tanh'`, value: 'tanh' }] },
    { name: 'nested call and vector stay one argument', line: 'f(g(1, 2), [3, 4], y=-1.5e-3)', args: [{ text: 'g(1, 2)' }, { text: '[3, 4]' }, { keyword: 'y', text: '-1.5e-3', value: -1.5e-3 }] },
    { name: 'a comparison is not a keyword', line: 'f(a == 1)', args: [{ text: 'a == 1' }] },
    { name: 'empty call', line: 'nn.ReLU()', args: [] },
    { name: 'unclosed call keeps what is written', line: 'nn.Hardtanh(-2, max_val=2', args: [{ text: '-2', value: -2 }, { keyword: 'max_val', text: '2', value: 2 }] },
    { name: 'a Python comment ends the line', line: 'nn.ELU(0.5 # alpha', args: [{ text: '0.5', value: 0.5 }] },
    { name: 'only the call at the parenthesis', line: 'F.elu(x, alpha=2) + F.relu(y)', args: [{ text: 'x' }, { keyword: 'alpha', text: '2', value: 2 }] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const open = c.line.indexOf('(');
      assert.deepStrictEqual(callArgumentsAt(c.line, open), c.args);
    });
  }

  it('is undefined when the index is not a parenthesis', () => {
    assert.strictEqual(callArgumentsAt('relu(x)', 0), undefined);
  });

  it('finds the parenthesis after a name, spaces allowed', () => {
    assert.strictEqual(openParenAfter('nn.ReLU ()', 7), 8);
    assert.strictEqual(openParenAfter('nn.ReLU', 7), -1);
    assert.strictEqual(openParenAfter('x = F.relu + 1', 10), -1);
  });

  it('decodes literals and nothing else', () => {
    const table: Array<[string, unknown]> = [
      ['0.2', 0.2], ['-3', -3], ['.5', 0.5], ['1e-3', 0.001], ['+2', 2], ['True', true], ['false', false],
      ['"a\\"b"', 'a"b'], ["'tanh'", 'tanh'], ['x', undefined], ['1 + 2', undefined], ['None', undefined], ['"open', undefined],
    ];
    for (const [text, value] of table) assert.strictEqual(literalValue(text), value, text);
  });
});
