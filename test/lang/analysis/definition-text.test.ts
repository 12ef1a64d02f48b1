/** Issue 11: the hover and signature text of a definition is its whole statement, closing parentheses included. */
import * as assert from 'assert';
import { analyzeCells } from '../../../src/lang/analysis/analysis';

describe('lang/analysis: definition text runs to the last token (issue 11)', () => {
  const cases: Array<{ name: string; source: string; defined: string }> = [
    { name: 'a lambda with its body in parentheses', source: 'g = x -> (x)', defined: 'g' },
    { name: 'a definition with its body in parentheses', source: 'f(x) = (x * 2)', defined: 'f' },
    { name: 'nested parentheses', source: 'h = (x) -> ((x + 1) * (x - 1))', defined: 'h' },
    { name: 'a value in parentheses', source: 'k = (1 + 2)', defined: 'k' },
    { name: 'after a lone \\r', source: 'a = 1\rm = x -> (x)', defined: 'm' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const analysis = analyzeCells([c.source, `${c.defined}`]);
      const definition = analysis.userDefinition(c.defined, 1, 0);
      assert.ok(definition, 'defined');
      const statement = c.source.split('\r').pop()!;
      assert.strictEqual(definition.source, statement);
      if (definition.signature) assert.ok(JSON.stringify(definition.signature).includes(JSON.stringify(statement).slice(1, -1)), JSON.stringify(definition.signature));
    });
  }
});
