import * as assert from 'assert';
import { formatDefault, safeUrl } from '../../../src/lang/builtins/doc-text';
import { formatTableMarkdown } from '../../../src/kernel/format/format-table';

describe('lang/doc-text: one escaping, one link rule, one default format', () => {
  it('tables escape their cells and notes (the escaping itself: markup-escape.test.ts)', () => {
    const table = formatTableMarkdown({ kind: 'table', title: 't', columns: ['f', 'range'], rows: [['x_1', '[0, ∞)']], notes: ['a <note>'] });
    // Short cells keep their spaces non-breaking (format-table.ts keepTogether).
    assert.ok(table.replace(/\u00a0/g, ' ').includes('| x\\_1 | \\[0, ∞) |'), table);
    assert.ok(table.includes('_a \\<note\\>_'), table);
  });
  it('links: only http(s), no whitespace, quotes or angle brackets; parentheses encoded', () => {
    assert.strictEqual(safeUrl('https://arxiv.org/abs/1606.08415'), 'https://arxiv.org/abs/1606.08415');
    assert.strictEqual(safeUrl('https://en.wikipedia.org/wiki/Rectifier_(neural_networks)'), 'https://en.wikipedia.org/wiki/Rectifier_%28neural_networks%29');
    for (const bad of ['javascript:alert(1)', 'http://a b', 'https://x"onmouseover="y', 'https://x<script>', 'ftp://x', '', undefined]) assert.strictEqual(safeUrl(bad), undefined, String(bad));
  });
  it('defaults as written in a call', () => {
    assert.deepStrictEqual([formatDefault('none'), formatDefault(0.01), formatDefault(false), formatDefault(-1)], ['"none"', '0.01', 'false', '-1']);
  });
});
