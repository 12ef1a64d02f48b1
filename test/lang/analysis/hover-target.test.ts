import * as assert from 'assert';
import { hoverTargetAt } from '../../../src/lang/analysis/hover-target';

/** The position of the n-th occurrence of `needle` plus `delta`. */
function at(line: string, needle: string, delta = 0, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = line.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not in ${line}`);
  return index + delta;
}

describe('extension hover-target', () => {
  const cases: Array<{ name: string; line: string; character: number; word?: string; keywordOf?: string }> = [
    { name: 'a call name', line: 'plot(relu, gelu)', character: at('plot(relu, gelu)', 'gelu', 2), word: 'gelu' },
    { name: 'start of a name', line: 'relu(-2)', character: 0, word: 'relu' },
    { name: 'just after a name', line: 'relu(-2)', character: 4, word: 'relu' },
    { name: 'a keyword argument', line: 'leaky_relu(-2, negative_slope=0.1)', character: at('leaky_relu(-2, negative_slope=0.1)', 'negative', 3), word: 'negative_slope', keywordOf: 'leaky_relu' },
    { name: 'a keyword argument in a nested call', line: 'plot(gelu, leaky_relu(x, negative_slope = 0.2))', character: at('plot(gelu, leaky_relu(x, negative_slope = 0.2))', 'negative_slope'), word: 'negative_slope', keywordOf: 'leaky_relu' },
    { name: 'a keyword argument after a vector', line: 'gelu([1, 2], approximate="tanh")', character: at('gelu([1, 2], approximate="tanh")', 'approximate'), word: 'approximate', keywordOf: 'gelu' },
    { name: 'an assignment is not a keyword argument', line: 'y = relu(x)', character: 0, word: 'y' },
    { name: 'a comparison is not a keyword argument', line: 'f(a == 1)', character: 2, word: 'a' },
    { name: 'inside a comment', line: 'relu(1) # gelu is nicer', character: at('relu(1) # gelu is nicer', 'gelu', 1) },
    { name: 'inside a string', line: 'gelu(1, approximate="tanh")', character: at('gelu(1, approximate="tanh")', 'tanh', 1) },
    { name: 'a number', line: 'relu(1e5)', character: 6 },
    { name: 'punctuation', line: 'relu( -2)', character: 5 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const target = hoverTargetAt(c.line, c.character);
      if (c.word === undefined) {
        assert.strictEqual(target, undefined);
        return;
      }
      assert.ok(target);
      assert.strictEqual(target.word, c.word);
      assert.strictEqual(c.line.slice(target.start, target.end), c.word);
      assert.strictEqual(target.keywordOf, c.keywordOf);
    });
  }
});
