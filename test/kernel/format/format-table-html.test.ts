import * as assert from 'assert';
import { formatTableHtml } from '../../../src/kernel/format/format-table-html';
import type { TableValue } from '../../../src/lang/runtime/values';

function table(extra: Partial<TableValue>): TableValue {
  return { kind: 'table', title: 't', columns: ['x', 'f(x)'], rows: [[0, 0.5]], notes: [], ...extra } as TableValue;
}

describe('kernel/format/format-table-html', () => {
  const cases: Array<{ name: string; table: TableValue; has: string[]; hasNot?: string[] }> = [
    { name: 'header, rows, caption', table: table({}), has: ['<caption', '>t</caption>', '<th ', '>x</th>', '>f(x)</th>', '<td style="padding:2px 8px;border-bottom:1px solid var(--vscode-editorWidget-border, #d0d7de);text-align:right;white-space:nowrap">0.5</td>'] },
    { name: 'text columns left-aligned', table: table({ columns: ['name'], rows: [['relu']] }), has: ['text-align:left;white-space:nowrap">relu</td>'] },
    { name: 'cells, columns, title and notes escaped', table: table({ title: '<i>', columns: ['a<b', 'c&d'], rows: [['<script>', 1]], notes: ['"n" & <m>'] }), has: ['&lt;i&gt;', 'a&lt;b', 'c&amp;d', '&lt;script&gt;', '&quot;n&quot; &amp; &lt;m&gt;'], hasNot: ['<script>', '<i>', '<m>'] },
    { name: 'non-finite numbers as text', table: table({ rows: [[0, Infinity]] }), has: ['>Infinity</td>'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const html = formatTableHtml(c.table);
      for (const h of c.has) assert.ok(html.includes(h), `${h} in ${html}`);
      for (const h of c.hasNot ?? []) assert.ok(!html.includes(h), `no ${h} in ${html}`);
    });
  }
});
