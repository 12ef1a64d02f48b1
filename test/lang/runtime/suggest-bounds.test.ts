/** Issue 11: "did you mean" is bounded: long names get no suggestion, and long candidates are never compared. */
import * as assert from 'assert';
import { MAX_SUGGESTED_LENGTH, suggestNames } from '../../../src/lang/runtime/suggest';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { parseProgram } from '../../../src/lang/syntax/parser';
import { analyzeCells } from '../../../src/lang/analysis/analysis';

describe('lang/runtime: suggestions are bounded (issue 11)', () => {
  const long = 'relu'.repeat(1 << 18); // a megabyte
  const cases: Array<{ name: string; word: string; candidates: string[]; expected: string[] }> = [
    { name: 'a typo still gets its suggestion', word: 'rleu', candidates: ['relu', 'gelu'], expected: ['relu'] },
    { name: `a name of ${MAX_SUGGESTED_LENGTH} characters is still guessed at`, word: 'a'.repeat(MAX_SUGGESTED_LENGTH - 1) + 'b', candidates: ['a'.repeat(MAX_SUGGESTED_LENGTH)], expected: ['a'.repeat(MAX_SUGGESTED_LENGTH)] },
    { name: `a name of ${MAX_SUGGESTED_LENGTH + 1} characters is not`, word: 'a'.repeat(MAX_SUGGESTED_LENGTH) + 'b', candidates: ['a'.repeat(MAX_SUGGESTED_LENGTH + 1)], expected: [] },
    { name: 'a megabyte name gets none', word: long, candidates: ['relu', long.slice(1)], expected: [] },
    { name: 'a short name against a megabyte candidate', word: 'relx', candidates: [long, 'relu'], expected: ['relu'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const started = process.hrtime.bigint();
      assert.deepStrictEqual(suggestNames(c.word, c.candidates), c.expected);
      // Work, not a wall-time bound, is the contract; this only catches a quadratic walk (seconds).
      assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 500);
    });
  }

  it('the kernel: an unknown megabyte name is an error without a suggestion', () => {
    const evaluator = new Evaluator();
    const [statement] = parseProgram(long).statements;
    assert.throws(() => evaluator.execute(statement), (e: Error) => /^unknown name/.test(e.message) && !/did you mean/.test(e.message));
  });

  it("the editor's diagnostics: a megabyte name is reported, with no suggestion", () => {
    const problems = analyzeCells([`y = ${long} + 1`]).problems(0);
    assert.strictEqual(problems.length, 1);
    assert.ok(!/did you mean/.test(problems[0].message));
  });
});
