import * as assert from 'assert';
import { callContextAt, inStringOrComment, wordBefore } from '../../../src/lang/analysis/analysis-call-context';

/** Splits "text with a | cursor" into the text and the cursor's offset. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

describe('lang/analysis-call-context', () => {
  const cases: Array<{ name: string; text: string; expect: Record<string, unknown> | undefined }> = [
    { name: 'outside any call', text: 'relu(1) + |', expect: undefined },
    { name: 'first argument', text: 'relu(|', expect: { callee: 'relu', argumentIndex: 0, positionalIndex: 0, keyword: undefined, keywordsGiven: [], atArgumentStart: true } },
    { name: 'after a comma', text: 'leaky_relu(1, |', expect: { callee: 'leaky_relu', argumentIndex: 1, positionalIndex: 1, atArgumentStart: true } },
    { name: 'typing a keyword', text: 'leaky_relu(1, neg|', expect: { argumentIndex: 1, keyword: undefined, atArgumentStart: true } },
    { name: 'after a keyword =', text: 'leaky_relu(1, negative_slope=|', expect: { argumentIndex: 1, positionalIndex: 1, keyword: 'negative_slope', atArgumentStart: false } },
    { name: 'after a finished keyword argument', text: 'f(1, a=2, |', expect: { argumentIndex: 2, positionalIndex: 1, keywordsGiven: ['a'] } },
    { name: 'a comparison is no keyword', text: 'f(a == 1, b <= 2, |', expect: { positionalIndex: 2, keywordsGiven: [] } },
    { name: 'a nested call is skipped', text: 'plot(relu, leaky_relu(negative_slope=0.1), |', expect: { callee: 'plot', argumentIndex: 2, positionalIndex: 2 } },
    { name: 'inside the nested call', text: 'plot(relu, leaky_relu(|', expect: { callee: 'leaky_relu', argumentIndex: 0 } },
    { name: 'commas in a vector do not count', text: 'plot(relu, range=[-1, |', expect: { callee: 'plot', argumentIndex: 1, keyword: 'range', atArgumentStart: false } },
    { name: 'commas and brackets in strings do not count', text: 'gelu(x, approximate=",(", |', expect: { callee: 'gelu', argumentIndex: 2, keywordsGiven: ['approximate'] } },
    { name: 'a comment does not count', text: 'relu(1 # (, \n, |', expect: { callee: 'relu', argumentIndex: 1 } },
    { name: 'a call of an expression has no callee', text: 'd(mish)(|', expect: { callee: undefined, argumentIndex: 0 } },
    { name: 'a space before the parenthesis', text: 'relu (|', expect: { callee: 'relu' } },
    { name: 'spans lines', text: 'leaky_relu(\n  1,\n  |', expect: { callee: 'leaky_relu', argumentIndex: 1 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [text, offset] = at(c.text);
      const got = callContextAt(text, offset);
      if (c.expect === undefined) {
        assert.strictEqual(got, undefined);
        return;
      }
      assert.ok(got, 'a call context');
      for (const [key, value] of Object.entries(c.expect)) {
        assert.deepStrictEqual((got as unknown as Record<string, unknown>)[key], value, key);
      }
    });
  }

  it('wordBefore finds the identifier being typed, and not digits of a number', () => {
    assert.deepStrictEqual(wordBefore('relu(gel', 8), { start: 5, word: 'gel' });
    assert.deepStrictEqual(wordBefore('x + ', 4), { start: 4, word: '' });
    assert.deepStrictEqual(wordBefore('1e5', 3), { start: 3, word: '' });
  });

  it('inStringOrComment', () => {
    const cases: Array<[string, boolean]> = [
      ['relu(|', false],
      ['"abc|"', true],
      ['"abc"|', false],
      ["'unterminated|", true],
      ['x # note|', true],
      ['x # note\n|', false],
      ['|# note', false],
      ['"a\\"b|"', true],
    ];
    for (const [marked, expected] of cases) assert.strictEqual(inStringOrComment(...at(marked)), expected, marked);
  });
});
