import * as assert from 'assert';
import { LangError } from '../../../src/lang/syntax/errors';
import { scan, tokenize } from '../../../src/lang/syntax/lexer';

function kinds(source: string): string[] {
  return tokenize(source).map((t) => (t.type === 'number' || t.type === 'string' ? `${t.type}:${t.value}` : t.type === 'identifier' ? `id:${t.lexeme}` : t.type));
}

describe('lang/lexer', () => {
  const cases: Array<{ name: string; source: string; tokens: string[] }> = [
    { name: 'integer', source: '1', tokens: ['number:1', 'eof'] },
    { name: 'decimal and exponent', source: '2.5 1e-3 1E+2 .5 3.', tokens: ['number:2.5', 'number:0.001', 'number:100', 'number:0.5', 'number:3', 'eof'] },
    { name: 'unary minus is an operator', source: '-2.5', tokens: ['-', 'number:2.5', 'eof'] },
    { name: 'call with keyword', source: 'leaky_relu(-2, negative_slope=0.1)', tokens: ['id:leaky_relu', '(', '-', 'number:2', ',', 'id:negative_slope', '=', 'number:0.1', ')', 'eof'] },
    { name: 'comments are skipped', source: 'relu # the rectifier\n# whole line\ngelu', tokens: ['id:relu', 'newline', 'newline', 'id:gelu', 'eof'] },
    { name: 'newlines inside brackets are ignored', source: 'plot(relu,\n  gelu)\n[1,\n2]', tokens: ['id:plot', '(', 'id:relu', ',', 'id:gelu', ')', 'newline', '[', 'number:1', ',', 'number:2', ']', 'eof'] },
    { name: 'semicolons and operators', source: 'x=1;x^2*3/4+5', tokens: ['id:x', '=', 'number:1', ';', 'id:x', '^', 'number:2', '*', 'number:3', '/', 'number:4', '+', 'number:5', 'eof'] },
    { name: 'strings with escapes', source: `"tanh" 'a\\"b'`, tokens: ['string:tanh', 'string:a"b', 'eof'] },
    { name: 'booleans are keywords', source: 'true false truex', tokens: ['true', 'false', 'id:truex', 'eof'] },
    { name: 'comparison operators', source: 'a==b!=c<d<=e>f>=g', tokens: ['id:a', '==', 'id:b', '!=', 'id:c', '<', 'id:d', '<=', 'id:e', '>', 'id:f', '>=', 'id:g', 'eof'] },
    { name: 'arrow and minus', source: 'x -> -x - 1', tokens: ['id:x', '->', '-', 'id:x', '-', 'number:1', 'eof'] },
    { name: 'slice colon', source: 'v[1:-1]', tokens: ['id:v', '[', 'number:1', ':', '-', 'number:1', ']', 'eof'] },
    { name: 'a huge literal is Infinity', source: '1e400', tokens: ['number:Infinity', 'eof'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(kinds(c.source), c.tokens));

  it('token spans are 1-based lines and columns, end inclusive', () => {
    const tokens = tokenize('relu(x)\n  gelu');
    const gelu = tokens.find((t) => t.lexeme === 'gelu')!;
    assert.deepStrictEqual(gelu.span, { start: 10, end: 14, line: 2, column: 3, endLine: 2, endColumn: 6 });
    const open = tokens[1];
    assert.deepStrictEqual([open.span.line, open.span.column, open.span.endColumn], [1, 5, 5]);
  });

  const errors: Array<{ name: string; source: string; message: string; line: number; column: number }> = [
    { name: 'unexpected character', source: 'relu(1) @ 2', message: "unexpected character '@'", line: 1, column: 9 },
    { name: 'exponent without digits', source: '\n 1e+', message: "malformed number '1e+': expected digits after the exponent", line: 2, column: 2 },
    { name: 'digits run into letters', source: '2x', message: "malformed number '2x'; write 2 * x for a product", line: 1, column: 1 },
    { name: 'a hexadecimal number', source: 'y = 0x10', message: "malformed number '0x10': hexadecimal numbers are not supported, only decimal ones; write 16", line: 1, column: 5 },
    { name: 'a binary number', source: '0b101', message: "malformed number '0b101': binary numbers are not supported, only decimal ones; write 5", line: 1, column: 1 },
    { name: 'an octal number', source: '0o17', message: "malformed number '0o17': octal numbers are not supported, only decimal ones; write 15", line: 1, column: 1 },
    { name: 'a bad hexadecimal number', source: '0xzz', message: "malformed number '0xzz': hexadecimal numbers are not supported, only decimal ones", line: 1, column: 1 },
    { name: 'a _ separator', source: '1_000', message: "malformed number '1_000': '_' separators in numbers are not supported; write 1000", line: 1, column: 1 },
    { name: 'a _ separator with a fraction', source: 'x + 1_000_000.25', message: "malformed number '1_000_000.25': '_' separators in numbers are not supported; write 1000000.25", line: 1, column: 5 },
    { name: 'a product still gets the product hint', source: '3beta', message: "malformed number '3beta'; write 3 * beta for a product", line: 1, column: 1 },
    { name: 'unterminated string', source: 'gelu(1, approximate="tanh)', message: 'unterminated string: missing the closing quote', line: 1, column: 21 },
    { name: 'unknown escape', source: '"a\\qb"', message: "unknown escape '\\q' in a string", line: 1, column: 3 },
    { name: 'a lone !', source: 'x ! y', message: "unexpected character '!'; write '!=' for 'not equal'", line: 1, column: 3 },
    { name: '** from Python', source: 'x ** 2', message: "'**' is not an operator here; write powers with '^', as in x^2", line: 1, column: 3 },
    { name: '&& from C', source: 'a && b', message: "'&&' is not an operator here; multiply conditions, as in (x > 0) * (x < 1), or use where(cond, a, b)", line: 1, column: 3 },
    { name: 'exponent with no digits', source: '1e', message: "malformed number '1e': expected digits after the exponent", line: 1, column: 1 },
    { name: 'a character outside the BMP', source: 'relu(\u{1F600})', message: "unexpected character '\u{1F600}'", line: 1, column: 6 },
  ];
  it('scan reports every lexical error and keeps going', () => {
    const { tokens, errors } = scan('a @ b\n2x + "open');
    assert.deepStrictEqual(errors.map((e) => [e.message, e.span.line, e.span.column]), [
      ["unexpected character '@'", 1, 3],
      ["malformed number '2x'; write 2 * x for a product", 2, 1],
      ['unterminated string: missing the closing quote', 2, 6],
    ]);
    assert.deepStrictEqual(tokens.map((t) => t.type), ['identifier', 'identifier', 'newline', 'number', '+', 'string', 'eof']);
  });

  for (const e of errors) {
    it(`error: ${e.name}`, () => {
      assert.throws(
        () => tokenize(e.source),
        (err: unknown) => err instanceof LangError && err.kind === 'lex' && err.message === e.message && err.span.line === e.line && err.span.column === e.column,
      );
    });
  }
});
