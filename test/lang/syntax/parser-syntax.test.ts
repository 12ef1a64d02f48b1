/** The issue-4 syntax: comparisons, definitions, lambdas, indexing and slicing; error recovery with several errors per cell. */
import * as assert from 'assert';
import { show, showStatement } from './show-ast';
import { analyzeCells } from '../../../src/lang/analysis/analysis';
import { MAX_EXPRESSION_DEPTH, MAX_NESTING, parse, parseProgram } from '../../../src/lang/syntax/parser';
import { printExpr } from '../../../src/lang/syntax/print-ast';
import { numberOf } from '../lang-helpers';


describe('lang/parser: issue-4 syntax', () => {
  const cases: Array<{ name: string; source: string; tree: string[] }> = [
    { name: 'comparison below arithmetic', source: 'x + 1 > 2 * y', tree: ['(> (+ x 1) (* 2 y))'] },
    { name: 'every comparison operator', source: 'a == b; a != b; a < b; a <= b; a > b; a >= b', tree: ['(== a b)', '(!= a b)', '(< a b)', '(<= a b)', '(> a b)', '(>= a b)'] },
    { name: 'definition', source: 'f(x) = x^2', tree: ['(def f (x) (^ x 2))'] },
    { name: 'definition with a keyword parameter', source: 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)', tree: ['(def swish_b (x beta=1.5) (* x (call sigmoid (* beta x))))'] },
    { name: 'definition without parameters', source: 'k() = 3', tree: ['(def k () 3)'] },
    { name: 'lambda', source: 'x -> x * tanh(softplus(x))', tree: ['(-> (x) (* x (call tanh (call softplus x))))'] },
    { name: 'lambda with parameters in parentheses', source: '(x, beta=1.5) -> x * beta', tree: ['(-> (x beta=1.5) (* x beta))'] },
    { name: 'lambda without parameters', source: '() -> 1', tree: ['(-> () 1)'] },
    { name: 'lambda as an argument', source: 'plot(f, x -> x^2)', tree: ['(call plot f (-> (x) (^ x 2)))'] },
    { name: 'derivative of a lambda, called', source: 'd(x -> x^3)(2)', tree: ['(call (call d (-> (x) (^ x 3))) 2)'] },
    { name: 'lambda body extends to the end', source: 'x -> x + 1 > 0', tree: ['(-> (x) (> (+ x 1) 0))'] },
    { name: 'lambda returning a lambda', source: 'a -> b -> a * b', tree: ['(-> (a) (-> (b) (* a b)))'] },
    { name: 'assigned lambda', source: 'g = x -> x', tree: ['(= g (-> (x) x))'] },
    { name: 'parenthesised expression is not a lambda', source: '(x + 1) * 2', tree: ['(* (+ x 1) 2)'] },
    { name: 'index', source: 'v[0]', tree: ['(index v 0)'] },
    { name: 'negative index', source: 'v[-1]', tree: ['(index v (- 1))'] },
    { name: 'slices', source: 'v[1:3]; v[:2]; v[2:]; v[:]', tree: ['(slice v 1 3)', '(slice v _ 2)', '(slice v 2 _)', '(slice v _ _)'] },
    { name: 'index of a call and a call of an index', source: 'f(1)[0]; fs[0](1)', tree: ['(index (call f 1) 0)', '(call (index fs 0) 1)'] },
    { name: 'index binds tighter than unary minus', source: '-v[0]', tree: ['(- (index v 0))'] },
    { name: 'keyword argument that is a lambda', source: 'plot(f, range=[0, 1])', tree: ['(call plot f range=[0 1])'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(parseProgram(c.source).statements.map(showStatement), c.tree));

  const errors: Array<{ name: string; source: string; message: string; line: number; column: number }> = [
    { name: 'an argument list missing a comma', source: 'relu(1 2)', message: "expected ')' after arguments, found number 2 (the '(' is at line 1, column 5)", line: 1, column: 8 },
    { name: 'comparisons do not chain', source: '0 < x < 1', message: 'comparisons do not chain: write (a < b) * (b < c) or use where(...)', line: 1, column: 7 },
    { name: 'definition parameter not a name', source: 'f(x + 1) = 2', message: 'parameter 1 of f must be a name, as in f(x) = x^2', line: 1, column: 3 },
    { name: 'duplicate parameter', source: 'f(x, x) = 2', message: "parameter 'x' is declared twice", line: 1, column: 6 },
    { name: 'required after a default', source: '(a=1, b) -> a', message: "parameter 'b' without a default cannot follow one with a default", line: 1, column: 7 },
    { name: 'lambda parameter not a name', source: '(1) -> 2', message: 'expected a parameter name, found number 1', line: 1, column: 2 },
    { name: 'a single = where == was meant', source: 'x + 1 = 2', message: "only a name (x = 1) or a function head (f(x) = x^2) can be assigned to; write '==' to compare", line: 1, column: 7 },
    { name: 'empty index', source: 'v[]', message: "expected an expression, found ']'", line: 1, column: 3 },
    { name: 'unclosed index', source: 'v[1', message: "expected ']' after the index, found end of input (the '[' is at line 1, column 2)", line: 1, column: 4 },
    { name: 'empty parentheses', source: '() + 1', message: "expected an expression inside '( )', found ')'", line: 1, column: 2 },
    { name: 'lambda without a body', source: 'x ->', message: 'expected an expression, found end of input', line: 1, column: 5 },
  ];
  for (const e of errors) {
    it(`error: ${e.name}`, () => {
      const { errors: found } = parse(e.source);
      assert.ok(found.length >= 1, 'an error is reported');
      assert.strictEqual(found[0].message, e.message);
      assert.deepStrictEqual([found[0].span.line, found[0].span.column], [e.line, e.column]);
    });
  }

  it('reports several syntax errors in one cell and keeps the statements that parse', () => {
    const source = 'a = 1 +\nb = relu(2)\nc = (3\n';
    const { program, errors } = parse('x = 1 +\nrelu(2)\ny = * 3\nz = [1, 2]\nf(1 2)');
    assert.deepStrictEqual(errors.map((e) => [e.span.line, e.span.column, e.message]), [
      [1, 8, 'expected an expression, found end of line'],
      [3, 5, "expected an expression, found '*'"],
      [5, 5, "expected ')' after arguments, found number 2 (the '(' is at line 5, column 2)"],
    ]);
    assert.deepStrictEqual(program.statements.map(showStatement), ['(call relu 2)', '(= z [1 2])']);
    // An unclosed bracket swallows the lines after it (newlines inside brackets are not separators).
    assert.strictEqual(parse(source).errors.length, 2);
  });

  it('lexical and syntax errors are reported together, in source order, without echoes', () => {
    const { errors } = parse('relu(1) @ 2\nx = (1 +\n');
    assert.deepStrictEqual(errors.map((e) => [e.kind, e.span.line, e.message]), [
      ['lex', 1, "unexpected character '@'"],
      ['parse', 2, 'expected an expression, found end of input'],
    ]);
  });

  it(`nesting deeper than ${MAX_NESTING} levels is an error, not a stack overflow`, () => {
    for (const source of ['('.repeat(MAX_NESTING + 5) + '1' + ')'.repeat(MAX_NESTING + 5), '-'.repeat(5000) + '1', 'f' + '(1)'.repeat(3000), 'x -> '.repeat(3000) + '1', '2^'.repeat(3000) + '1']) {
      const { errors } = parse(source);
      assert.strictEqual(errors.length, 1, source.slice(0, 20));
      assert.match(errors[0].message, /^expression nested too deeply \(more than 200 levels of brackets, calls, signs, powers and lambdas\)/);
    }
    assert.deepStrictEqual(parse('('.repeat(MAX_NESTING - 5) + '1' + ')'.repeat(MAX_NESTING - 5)).errors, []);
  });

  describe('flat chains are not nesting', () => {
    const sum = (n: number, op = '+') => Array(n).fill('1').join(` ${op} `);
    it('a sum of 202 terms parses and evaluates (the review case)', () => {
      assert.deepStrictEqual(parse(sum(202)).errors, []);
      assert.strictEqual(numberOf(sum(202)), 202);
    });
    it(`a sum of ${MAX_EXPRESSION_DEPTH} terms is the longest chain: it evaluates, prints, differentiates and is analysed`, () => {
      const n = MAX_EXPRESSION_DEPTH;
      assert.strictEqual(numberOf(sum(n)), n);
      assert.strictEqual(numberOf(sum(n - 1, '*') + ' * 3'), 3, 'a product chain of the same length');
      // f(x) = x + x + … (n terms): f(2) = 2n, d(f) = n everywhere.
      const body = Array(n).fill('x').join(' + ');
      assert.strictEqual(numberOf(`f(x) = ${body}\nf(2)`), 2 * n);
      assert.strictEqual(numberOf(`f(x) = ${body}\nd(f)(0.5)`), n);
      const [statement] = parseProgram(`g = ${sum(n)}`).statements;
      assert.strictEqual(statement.kind === 'assignment' ? printExpr(statement.value) : statement.kind, sum(n));
      assert.deepStrictEqual(analyzeCells([`g = ${sum(n)}`]).problems(0), []);
    });
    it(`one term more is an error at the operator that passes the limit, with line and column`, () => {
      const source = `y = 1\nz = ${sum(MAX_EXPRESSION_DEPTH + 1)}`;
      const { errors } = parse(source);
      assert.strictEqual(errors.length, 1);
      assert.strictEqual(errors[0].message, `expression too long: more than ${MAX_EXPRESSION_DEPTH} operations inside one another (a sum of at most ${MAX_EXPRESSION_DEPTH} terms); split it into steps with names`);
      // The last '+' adds the term one too many (issue 11: it used to point at the first '+'): "+ 1" at the end.
      const lastPlus = source.lastIndexOf('+');
      assert.deepStrictEqual([errors[0].span.line, errors[0].span.start, errors[0].span.end], [2, lastPlus, source.length]);
    });
    it('a chain inside brackets adds to the depth of the chain around it', () => {
      const half = sum(MAX_EXPRESSION_DEPTH / 2 + 1);
      assert.strictEqual(parse(`(${half}) + ${half}`).errors.length, 1);
      assert.deepStrictEqual(parse(`(${sum(MAX_EXPRESSION_DEPTH / 2)}) + ${sum(MAX_EXPRESSION_DEPTH / 2)}`).errors, []);
    });
    it('left associativity is kept: 1 - 1 - 1 is -1, 8 / 4 / 2 is 1', () => {
      assert.strictEqual(numberOf('1 - 1 - 1'), -1);
      assert.strictEqual(numberOf('8 / 4 / 2'), 1);
      assert.strictEqual(numberOf(Array(300).fill('2').join(' / ')), 2 ** -298, '2 divided by 2 299 times');
    });
  });
});
