import * as assert from 'assert';
import { show, showStatement } from './show-ast';
import { LangError } from '../../../src/lang/syntax/errors';
import { parseProgram as parse } from '../../../src/lang/syntax/parser';


function tree(source: string): string[] {
  return parse(source).statements.map(showStatement);
}

describe('lang/parser', () => {
  const cases: Array<{ name: string; source: string; tree: string[] }> = [
    { name: 'number', source: '1', tree: ['1'] },
    { name: 'negative literal', source: '-2.5', tree: ['(- 2.5)'] },
    { name: 'vector', source: '[-2, -1, 0, 1, 2]', tree: ['[(- 2) (- 1) 0 1 2]'] },
    { name: 'empty vector and trailing comma', source: '[]; [1,]', tree: ['[]', '[1]'] },
    { name: 'call on a vector', source: 'relu([-2, 1])', tree: ['(call relu [(- 2) 1])'] },
    { name: 'positional and keyword arguments', source: 'leaky_relu(-2, negative_slope=0.1)', tree: ['(call leaky_relu (- 2) negative_slope=0.1)'] },
    { name: 'function values as arguments', source: 'plot(relu, gelu, range=[-1, 1])', tree: ['(call plot relu gelu range=[(- 1) 1])'] },
    { name: 'statements on lines and after ;', source: '\nrelu(1)\n\ngelu(2); tanh(3);\n', tree: ['(call relu 1)', '(call gelu 2)', '(call tanh 3)'] },
    { name: 'precedence of + and *', source: '1 + 2 * 3 - 4 / 5', tree: ['(- (+ 1 (* 2 3)) (/ 4 5))'] },
    { name: '^ is right-associative', source: '2 ^ 3 ^ 2', tree: ['(^ 2 (^ 3 2))'] },
    { name: '^ binds tighter than unary minus', source: '-2 ^ 2', tree: ['(- (^ 2 2))'] },
    { name: 'negative exponent', source: '2 ^ -1', tree: ['(^ 2 (- 1))'] },
    { name: 'parentheses', source: '(1 + 2) * 3', tree: ['(* (+ 1 2) 3)'] },
    { name: 'assignment', source: 'x = relu(2)', tree: ['(= x (call relu 2))'] },
    { name: 'call of a call result', source: 'leaky_relu(negative_slope=0.2)(-1)', tree: ['(call (call leaky_relu negative_slope=0.2) (- 1))'] },
    { name: 'strings and booleans', source: 'gelu(1, approximate="tanh"); true', tree: ['(call gelu 1 approximate="tanh")', 'true'] },
    { name: 'only comments', source: '# nothing here\n', tree: [] },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(tree(c.source), c.tree));

  it('nodes carry spans of their source text', () => {
    const source = 'x = 1\nleaky_relu(-2, negative_slope=0.1)';
    const [assign, stmt] = parse(source).statements;
    assert.strictEqual(assign.kind, 'assignment');
    assert.deepStrictEqual(assign.span, { start: 0, end: 5, line: 1, column: 1, endLine: 1, endColumn: 5 });
    assert.strictEqual(stmt.kind, 'expression');
    const call = stmt.kind === 'expression' ? stmt.expression : undefined;
    assert.ok(call && call.kind === 'call');
    assert.deepStrictEqual(call.span, { start: 6, end: 40, line: 2, column: 1, endLine: 2, endColumn: 34 });
    assert.strictEqual(source.slice(call.span.start, call.span.end), 'leaky_relu(-2, negative_slope=0.1)');
    const [x, kw] = call.args;
    assert.strictEqual(source.slice(x.span.start, x.span.end), '-2');
    assert.deepStrictEqual([x.span.line, x.span.column, x.span.endColumn], [2, 12, 13]);
    assert.ok(kw.kind === 'keyword');
    assert.strictEqual(source.slice(kw.nameSpan.start, kw.nameSpan.end), 'negative_slope');
    assert.strictEqual(source.slice(kw.span.start, kw.span.end), 'negative_slope=0.1');
  });

  it('a binary node spans both operands and knows its operator', () => {
    const source = '[1, 2] + 3';
    const [stmt] = parse(source).statements;
    assert.ok(stmt.kind === 'expression' && stmt.expression.kind === 'binary');
    const b = stmt.expression;
    assert.strictEqual(source.slice(b.span.start, b.span.end), source);
    assert.deepStrictEqual([b.operatorSpan.column, b.operatorSpan.endColumn], [8, 8]);
  });

  const errors: Array<{ name: string; source: string; message: string; line: number; column: number }> = [
    { name: 'empty argument', source: 'relu(1,,2)', message: "expected an expression, found ','", line: 1, column: 8 },
    { name: 'missing closing parenthesis', source: 'relu(1', message: "expected ')' after arguments, found end of input (the '(' is at line 1, column 5)", line: 1, column: 7 },
    { name: 'missing closing bracket', source: 'x = 1\nrelu([1, 2)', message: "expected ']' after the vector elements, found ')' (the '[' is at line 2, column 6)", line: 2, column: 11 },
    { name: 'two expressions on a line', source: 'relu(1) gelu(2)', message: "expected a new line or ';' after the statement, found name 'gelu'", line: 1, column: 9 },
    { name: 'dangling operator', source: '1 +', message: 'expected an expression, found end of input', line: 1, column: 4 },
    { name: 'positional after keyword', source: 'plot(range=[0, 1], relu)', message: 'a positional argument cannot follow a keyword argument', line: 1, column: 20 },
    { name: 'keyword given twice', source: 'plot(relu, range=[0, 1], range=[1, 2])', message: "keyword argument 'range' is given twice", line: 1, column: 26 },
    { name: 'a definition head with a number', source: 'relu(1) = 2', message: 'parameter 1 of relu must be a name, as in relu(x) = x^2', line: 1, column: 6 },
    { name: 'assignment to an expression', source: '1 + x = 2', message: "only a name (x = 1) or a function head (f(x) = x^2) can be assigned to; write '==' to compare", line: 1, column: 7 },
    { name: 'error on a later line', source: 'relu(1)\n\n  gelu(]', message: "expected an expression, found ']'", line: 3, column: 8 },
  ];
  for (const e of errors) {
    it(`error: ${e.name}`, () => {
      assert.throws(
        () => parse(e.source),
        (err: unknown) => {
          assert.ok(err instanceof LangError);
          assert.strictEqual(err.kind, 'parse');
          assert.strictEqual(err.message, e.message);
          assert.deepStrictEqual([err.span.line, err.span.column], [e.line, e.column]);
          return true;
        },
      );
    });
  }
});
