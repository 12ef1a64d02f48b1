/** Issue 11: the error caret finds its line however the lines end ("\n", "\r\n", a lone "\r"), as the lexer counts them. */
import * as assert from 'assert';
import { sourceCaret } from '../../../src/kernel/format/source-caret';
import { KernelSession } from '../../../src/kernel/session';

describe('kernel/format: the caret under lines broken by \\r (issue 11)', () => {
  const cases: Array<{ name: string; source: string }> = [
    { name: '\\n', source: 'a = 1\nb = a +* 2' },
    { name: '\\r\\n', source: 'a = 1\r\nb = a +* 2' },
    { name: 'a lone \\r', source: 'a = 1\rb = a +* 2' },
  ];
  for (const c of cases) {
    it(`${c.name}: the error is on line 2, and the caret shows that line`, () => {
      const result = new KernelSession().executeSync(c.source);
      assert.strictEqual(result.ok, false);
      const error = result.error!;
      assert.deepStrictEqual([error.line, error.column], [2, 8]);
      assert.deepStrictEqual(sourceCaret(error, c.source), { line: 'b = a +* 2', caret: '       ^' });
    });
  }
});
