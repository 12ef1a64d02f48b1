/** The operator precedence table: each source against the value written out by hand with explicit grouping. */
import * as assert from 'assert';
import { printExpr } from '../../../src/lang/syntax/print-ast';
import { parseProgram } from '../../../src/lang/syntax/parser';
import { close, last, numberOf } from '../lang-helpers';

describe('lang: operator precedence and associativity', () => {
  const cases: Array<{ name: string; source: string; expected: number | boolean }> = [
    { name: '* before +', source: '1 + 2 * 3', expected: 1 + 2 * 3 },
    { name: '/ before -', source: '10 - 6 / 3', expected: 10 - 6 / 3 },
    { name: '- is left-associative', source: '10 - 4 - 3', expected: (10 - 4) - 3 },
    { name: '/ is left-associative', source: '24 / 4 / 2', expected: (24 / 4) / 2 },
    { name: '^ before *', source: '2 * 3 ^ 2', expected: 2 * Math.pow(3, 2) },
    { name: '^ is right-associative', source: '2 ^ 3 ^ 2', expected: Math.pow(2, Math.pow(3, 2)) },
    { name: '^ binds tighter than unary minus', source: '-2 ^ 2', expected: -Math.pow(2, 2) },
    { name: 'unary minus in the exponent', source: '2 ^ -1', expected: Math.pow(2, -1) },
    { name: 'unary minus of an exponent chain', source: '-2 ^ -2 ^ 2', expected: -Math.pow(2, -Math.pow(2, 2)) },
    { name: 'parentheses give (-2)^2', source: '(-2) ^ 2', expected: Math.pow(-2, 2) },
    { name: 'double negation', source: '--3', expected: 3 },
    { name: 'unary plus', source: '+-3', expected: -3 },
    { name: 'unary minus before *', source: '-2 * 3', expected: -6 },
    { name: 'comparison after arithmetic', source: '1 + 2 > 2 * 1', expected: 1 + 2 > 2 * 1 },
    { name: 'equality after arithmetic', source: '2 ^ 3 == 8', expected: true },
    { name: 'not-equal', source: '1 / 3 != 0.333', expected: true },
    { name: '<= and >=', source: '3 <= 3', expected: true },
    { name: 'call binds tighter than ^', source: 'relu(-2) ^ 2', expected: 0 },
    { name: 'index binds tighter than unary minus', source: '-[1, 2][1]', expected: -2 },
    { name: 'index binds tighter than ^', source: '[3, 4][0] ^ 2', expected: 9 },
    { name: 'booleans are 1 and 0 in arithmetic', source: '(2 > 1) * 5 + (2 < 1)', expected: 5 },
    { name: 'scientific notation', source: '1e-3 * 2.5e3', expected: 1e-3 * 2.5e3 },
    { name: 'constants', source: 'pi - e', expected: Math.PI - Math.E },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = last(c.source);
      if (typeof c.expected === 'boolean') assert.deepStrictEqual(v, { kind: 'boolean', value: c.expected });
      else assert.ok(close(numberOf(c.source), c.expected), `${c.source} = ${JSON.stringify(v)}`);
    });
  }

  const printed: Array<{ source: string; text: string }> = [
    { source: '-2 ^ 2', text: '-2^2' },
    { source: '(-2) ^ 2', text: '(-2)^2' },
    { source: '(1 + 2) * 3', text: '(1 + 2) * 3' },
    { source: '1 - (2 - 3)', text: '1 - (2 - 3)' },
    { source: '(2 ^ 3) ^ 2', text: '(2^3)^2' },
    { source: '2 ^ 3 ^ 2', text: '2^3^2' },
    { source: 'x -> x * tanh(softplus(x))', text: 'x -> x * tanh(softplus(x))' },
    { source: '(x, beta=1.5) -> x * sigmoid(beta * x)', text: '(x, beta=1.5) -> x * sigmoid(beta * x)' },
    { source: 'v[1:3] + v[-1] + v[:2][0]', text: 'v[1:3] + v[-1] + v[:2][0]' },
    { source: '(a < b) * 2', text: '(a < b) * 2' },
    { source: 'leaky_relu(x, negative_slope=0.1)', text: 'leaky_relu(x, negative_slope=0.1)' },
  ];
  for (const p of printed) {
    it(`prints ${p.source} with only the parentheses it needs`, () => {
      const [s] = parseProgram(p.source).statements;
      assert.ok(s.kind === 'expression');
      assert.strictEqual(printExpr(s.expression), p.text);
      // and the text parses back to the same tree
      const [again] = parseProgram(p.text).statements;
      assert.ok(again.kind === 'expression');
      assert.strictEqual(printExpr(again.expression), p.text);
    });
  }
});
