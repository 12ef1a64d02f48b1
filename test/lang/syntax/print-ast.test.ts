/** printExpr is the inverse of parsing: printing any parsed expression and parsing the text gives the same tree. */
import * as assert from 'assert';
import fc from 'fast-check';
import type { Expr } from '../../../src/lang/syntax/ast';
import { parse } from '../../../src/lang/syntax/parser';
import { printExpr } from '../../../src/lang/syntax/print-ast';
import { program } from '../program-arbitrary';

/** The tree without spans. */
function shape(e: Expr): string {
  return JSON.stringify(e, (key, value) => (key === 'span' || key.endsWith('Span') ? undefined : value));
}

function expressionsOf(source: string): Expr[] {
  const { program: p, errors } = parse(source);
  if (errors.length > 0) return [];
  return p.statements.flatMap((s) => (s.kind === 'expression' ? [s.expression] : s.kind === 'assignment' ? [s.value] : [s.body]));
}

describe('lang/print-ast: print then parse is the identity on trees', () => {
  it('for 20,000 generated programs', () => {
    let checked = 0;
    fc.assert(
      fc.property(program, (source) => {
        for (const e of expressionsOf(source)) {
          const text = printExpr(e);
          const again = expressionsOf(text);
          assert.strictEqual(again.length, 1, `${text} (from ${source}) parses to one expression`);
          assert.strictEqual(shape(again[0]), shape(e), `${source} printed as ${text}`);
          checked++;
        }
      }),
      { numRuns: 20_000, seed: 11 },
    );
    assert.ok(checked > 15_000, `expressions checked: ${checked}`);
  });

  const literals = ['"a\\"b\\\\c"', '"tab\\there"', '1e400', '0.1', '1e-7', '(x, k=(y -> y)) -> k(x)'];
  for (const source of literals) {
    it(`round trip of ${source}`, () => {
      const [e] = expressionsOf(source);
      assert.strictEqual(shape(expressionsOf(printExpr(e))[0]), shape(e));
    });
  }
});
