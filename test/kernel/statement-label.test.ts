import * as assert from 'assert';
import { markdownCode, MAX_STATEMENT_CHARS, statementText } from '../../src/kernel/statement-label';

describe('kernel/statement-label', () => {
  it('puts a statement on one line and shortens a long one', () => {
    assert.strictEqual(statementText('  plot(relu,\n     gelu)  '), 'plot(relu, gelu)');
    const long = statementText(`table(${'relu, '.repeat(60)}gelu)`);
    assert.strictEqual(long.length, MAX_STATEMENT_CHARS);
    assert.ok(long.endsWith('…'));
  });

  it('makes a Markdown code span that holds backticks', () => {
    assert.strictEqual(markdownCode('relu(1)'), '`relu(1)`');
    assert.strictEqual(markdownCode('a `b` c'), '``a `b` c``');
    assert.strictEqual(markdownCode('`x'), '`` `x ``');
  });
});
