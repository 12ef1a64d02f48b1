/**
 * Issue 11, the syntax part: the nesting limit and its message agree (200 levels parse, 201 do not),
 * a chain one term too long is reported at the term that passes the limit, a statement's span ends
 * at its last token (the ')' of `g = x -> (x)`), a lone "\r" breaks a line as "\n" and "\r\n" do,
 * and error collection stops after MAX_REPORTED_ERRORS, in time linear in the source.
 */
import * as assert from 'assert';
import { MAX_REPORTED_ERRORS } from '../../../src/lang/syntax/errors';
import { scan } from '../../../src/lang/syntax/lexer';
import { MAX_EXPRESSION_DEPTH, MAX_NESTING, parse, parseProgram } from '../../../src/lang/syntax/parser';

const parens = (n: number) => '('.repeat(n) + '1' + ')'.repeat(n);
const sum = (n: number) => Array(n).fill('x').join(' + ');

describe('lang/syntax: limits and spans (issue 11)', () => {
  describe('the nesting limit is what its message says', () => {
    const cases: Array<{ name: string; source: string; ok: boolean }> = [
      { name: `${MAX_NESTING} parentheses parse`, source: parens(MAX_NESTING), ok: true },
      { name: `${MAX_NESTING + 1} parentheses are "more than ${MAX_NESTING} levels"`, source: parens(MAX_NESTING + 1), ok: false },
      { name: `${MAX_NESTING} parentheses in an assignment parse`, source: `y = ${parens(MAX_NESTING)}`, ok: true },
      { name: `${MAX_NESTING} signs parse`, source: '-'.repeat(MAX_NESTING) + '1', ok: true },
      { name: `${MAX_NESTING + 1} signs do not`, source: '-'.repeat(MAX_NESTING + 1) + '1', ok: false },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { errors } = parse(c.source);
        if (c.ok) assert.deepStrictEqual(errors, []);
        else {
          assert.strictEqual(errors.length, 1);
          assert.match(errors[0].message, new RegExp(`^expression nested too deeply \\(more than ${MAX_NESTING} levels`));
        }
      });
    }
  });

  describe('a chain one term too long is reported at the term that passes the limit', () => {
    const cases: Array<{ name: string; source: string; underlined: string }> = [
      { name: `a sum of ${MAX_EXPRESSION_DEPTH + 1} terms: the last "+ x"`, source: sum(MAX_EXPRESSION_DEPTH + 1), underlined: '+ x' },
      { name: 'assigned, with a different last term', source: `s = ${sum(MAX_EXPRESSION_DEPTH)} + last`, underlined: '+ last' },
      { name: 'a sum of calls, one level deeper each: the first term past the limit', source: Array(MAX_EXPRESSION_DEPTH).fill('f(x)').join(' + '), underlined: '+ f(x)' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { errors } = parse(c.source);
        assert.strictEqual(errors.length, 1);
        assert.match(errors[0].message, /^expression too long/);
        assert.strictEqual(c.source.slice(errors[0].span.start, errors[0].span.end), c.underlined);
        assert.ok(errors[0].span.start > c.source.length / 2, 'not at the first operator');
      });
    }
  });

  describe("a statement's span runs to its last token", () => {
    const cases: Array<{ name: string; source: string }> = [
      { name: 'a lambda whose body is in parentheses', source: 'g = x -> (x)' },
      { name: 'a definition whose body is in parentheses', source: 'f(x) = (x + 1)' },
      { name: 'an expression statement in parentheses', source: '(1 + 2)' },
      { name: 'nested parentheses at the end', source: 'h = (x) -> ((x * 2))' },
      { name: 'a lambda with parameters in parentheses', source: 'k = (x, b=(2)) -> (x * b)' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const [statement] = parseProgram(c.source).statements;
        assert.strictEqual(c.source.slice(statement.span.start, statement.span.end), c.source);
        if (statement.kind === 'assignment' && statement.value.kind === 'lambda') {
          assert.strictEqual(c.source.slice(statement.value.span.start, statement.value.span.end), c.source.slice(c.source.indexOf('=') + 2));
        }
      });
    }
  });

  describe('line breaks: "\\n", "\\r\\n" and a lone "\\r"', () => {
    const cases: Array<{ name: string; source: string }> = [
      { name: '\\n', source: 'a = 1\nb = 2\nc = @' },
      { name: '\\r\\n', source: 'a = 1\r\nb = 2\r\nc = @' },
      { name: 'a lone \\r', source: 'a = 1\rb = 2\rc = @' },
      { name: 'mixed', source: 'a = 1\rb = 2\r\nc = @' },
      { name: 'a comment ends at a lone \\r', source: 'a = 1 # note\rb = 2\nc = @' },
    ];
    for (const c of cases) {
      it(`${c.name}: three statements, the error on line 3, column 5`, () => {
        const { program, errors } = parse(c.source.replace('@', '3') );
        assert.deepStrictEqual(errors, []);
        assert.strictEqual(program.statements.length, 3);
        const bad = parse(c.source).errors;
        assert.deepStrictEqual(bad.map((e) => [e.span.line, e.span.column]), [[3, 5]]);
      });
    }
    it('a string does not run on past a lone \\r', () => {
      const { errors } = parse('s = "abc\rt = 1');
      assert.strictEqual(errors.length, 1);
      assert.match(errors[0].message, /^unterminated string/);
    });
  });

  describe(`error collection stops after ${MAX_REPORTED_ERRORS} errors`, () => {
    const cases: Array<{ name: string; source: string }> = [
      { name: 'a megabyte of @', source: '@'.repeat(1 << 20) },
      { name: 'a megabyte of bad lines', source: ')\n'.repeat(1 << 19) },
      { name: 'bad escapes in one long string', source: '"' + '\\q'.repeat(1 << 18) + '"' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { errors } = parse(c.source);
        assert.strictEqual(errors.length, MAX_REPORTED_ERRORS);
        assert.deepStrictEqual(errors.map((e) => e.span.start), [...errors.map((e) => e.span.start)].sort((a, b) => a - b));
      });
    }
    it('the lexer is linear: twice the source is at most about twice the tokens and never more errors', () => {
      const small = scan('@ 1 '.repeat(50_000));
      const large = scan('@ 1 '.repeat(100_000));
      assert.strictEqual(small.errors.length, MAX_REPORTED_ERRORS);
      assert.strictEqual(large.errors.length, MAX_REPORTED_ERRORS);
      assert.strictEqual(large.tokens.length, 2 * small.tokens.length - 1);
    });
  });
});
