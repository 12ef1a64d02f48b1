import * as assert from 'assert';
import { parseNotebookFile, serializeNotebookFile, type NotebookFile } from '../../../src/kernel/notebook-file/notebook-file';

function parseOk(text: string): NotebookFile {
  const result = parseNotebookFile(text);
  if (!result.ok) assert.fail(`expected the file to parse, got ${JSON.stringify(result.error)}`);
  return result.notebook;
}

function parseError(text: string): { message: string; line: number; column: number } {
  const result = parseNotebookFile(text);
  if (result.ok) assert.fail('expected a parse error');
  return result.error;
}

/** A file written by hand in the canonical layout, so the expected bytes do not come from our printer. */
const CANONICAL = `{
  "format": "activation-lab-notebook",
  "version": 1,
  "metadata": {
    "a": 1,
    "z": "last"
  },
  "cells": [
    {
      "kind": "markdown",
      "language": "markdown",
      "source": [
        "# Title",
        "",
        "Some *text*."
      ],
      "metadata": {}
    },
    {
      "kind": "code",
      "language": "activation",
      "source": [
        "relu(-2)"
      ],
      "metadata": {},
      "outputs": [
        {
          "items": [
            {
              "mime": "text/plain",
              "data": "0"
            },
            {
              "mime": "application/json",
              "data": 0
            }
          ]
        },
        {
          "items": [
            {
              "mime": "application/vnd.activation-lab.chart+json",
              "data": {
                "range": [-1, 1],
                "series": [
                  {
                    "label": "relu",
                    "order": 0,
                    "y": [0, null, 1]
                  }
                ],
                "title": "relu",
                "version": 1,
                "x": [-1, 0, 1]
              }
            }
          ]
        }
      ],
      "execution": {
        "executionOrder": 3,
        "success": true,
        "timing": {
          "startTime": 100,
          "endTime": 250
        }
      }
    }
  ]
}
`;

describe('notebook-file (.actnb)', () => {
  describe('round trip', () => {
    it('reads a canonical file and writes it back byte for byte', () => {
      assert.strictEqual(serializeNotebookFile(parseOk(CANONICAL)), CANONICAL);
    });

    it('exposes the source as one string with the lines joined by \\n', () => {
      const nb = parseOk(CANONICAL);
      assert.strictEqual(nb.cells[0].source, '# Title\n\nSome *text*.');
      assert.strictEqual(nb.cells[1].source, 'relu(-2)');
    });

    it('keeps sources with trailing newlines, CRLF and empty sources exactly', () => {
      const sources = ['', 'a\n', '\n\n', 'x = 1\r\ny = 2', 'plot(relu)\n# done\n'];
      const nb: NotebookFile = { metadata: {}, cells: sources.map((source) => ({ kind: 'code', language: 'activation', source, metadata: {}, outputs: [] })) };
      const again = parseOk(serializeNotebookFile(nb));
      assert.deepStrictEqual(again.cells.map((c) => c.source), sources);
    });

    it('accepts a source written as a plain string', () => {
      const nb = parseOk('{"cells": [{"kind": "code", "source": "relu(1)\\nrelu(2)"}]}');
      assert.strictEqual(nb.cells[0].source, 'relu(1)\nrelu(2)');
      assert.strictEqual(nb.cells[0].language, 'activation');
    });

    it('is stable: serialize(parse(serialize(x))) === serialize(x)', () => {
      const nb: NotebookFile = {
        metadata: { b: [1, 2], a: { y: true, x: null } },
        cells: [{ kind: 'code', language: 'activation', source: 'gelu(0.5)', metadata: { tag: 't' }, outputs: [{ items: [{ mime: 'application/json', data: { b: 1, a: [1, 'two'] } }] }] }],
      };
      const once = serializeNotebookFile(nb);
      assert.strictEqual(serializeNotebookFile(parseOk(once)), once);
    });
  });

  describe('unknown fields', () => {
    it('keeps unknown fields at every level and writes them after the known keys, sorted', () => {
      const text = JSON.stringify({
        zeta: 1,
        cells: [
          {
            outputs: [{ items: [{ data: 'x', mime: 'text/plain', note: 'item' }], fromTheFuture: [1] }],
            source: 'relu(1)',
            kind: 'code',
            custom: { deep: { keep: 'me' } },
            execution: { success: false, extra: 'e' },
          },
        ],
        alpha: { nested: [1, { k: 'v' }] },
        format: 'activation-lab-notebook',
      });
      const out = serializeNotebookFile(parseOk(text));
      const reread = JSON.parse(out);
      assert.deepStrictEqual(reread.alpha, { nested: [1, { k: 'v' }] });
      assert.strictEqual(reread.zeta, 1);
      assert.deepStrictEqual(reread.cells[0].custom, { deep: { keep: 'me' } });
      assert.strictEqual(reread.cells[0].execution.extra, 'e');
      assert.deepStrictEqual(reread.cells[0].outputs[0].fromTheFuture, [1]);
      assert.strictEqual(reread.cells[0].outputs[0].items[0].note, 'item');
      assert.deepStrictEqual(Object.keys(reread), ['format', 'version', 'metadata', 'cells', 'alpha', 'zeta']);
      assert.deepStrictEqual(Object.keys(reread.cells[0]), ['kind', 'language', 'source', 'metadata', 'outputs', 'execution', 'custom']);
      assert.deepStrictEqual(Object.keys(reread.cells[0].outputs[0].items[0]), ['mime', 'data', 'note']);
    });

    it('keeps unknown fields inside execution.timing, after startTime and endTime', () => {
      const text = '{"cells": [{"kind": "code", "execution": {"timing": {"zone": "utc", "endTime": 2, "startTime": 1, "clock": {"ticks": 3}}}}]}';
      const nb = parseOk(text);
      assert.deepStrictEqual(nb.cells[0].execution?.timing, { startTime: 1, endTime: 2, unknownFields: { zone: 'utc', clock: { ticks: 3 } } });
      const reread = JSON.parse(serializeNotebookFile(nb));
      assert.deepStrictEqual(Object.entries(reread.cells[0].execution.timing), [['startTime', 1], ['endTime', 2], ['clock', { ticks: 3 }], ['zone', 'utc']]);
    });

    it('treats "__proto__" as an ordinary key', () => {
      const nb = parseOk('{"metadata": {"__proto__": {"polluted": true}}, "cells": []}');
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
      assert.ok(Object.prototype.hasOwnProperty.call(nb.metadata, '__proto__'));
      assert.ok(serializeNotebookFile(nb).includes('"__proto__": {'));
    });
  });

  describe('layout', () => {
    it('uses a fixed key order whatever order the input had, 2-space indentation and a trailing newline', () => {
      const a = parseOk('{"cells": [], "metadata": {"b": 1, "a": 2}, "version": 1, "format": "activation-lab-notebook"}');
      const b = parseOk('{"format": "activation-lab-notebook", "version": 1, "metadata": {"a": 2, "b": 1}, "cells": []}');
      const text = serializeNotebookFile(a);
      assert.strictEqual(text, serializeNotebookFile(b));
      assert.strictEqual(text, '{\n  "format": "activation-lab-notebook",\n  "version": 1,\n  "metadata": {\n    "a": 2,\n    "b": 1\n  },\n  "cells": []\n}\n');
    });

    it('sorts numeric-looking keys as strings (not in JavaScript property order)', () => {
      const text = serializeNotebookFile({ metadata: { '9': 'nine', '10': 'ten', a: 'a' }, cells: [] });
      assert.ok(text.indexOf('"10"') < text.indexOf('"9"') && text.indexOf('"9"') < text.indexOf('"a"'));
    });

    it('writes arrays of numbers on one line and non-finite numbers as null', () => {
      const text = serializeNotebookFile({ metadata: { y: [1, NaN, -Infinity, 0.5] }, cells: [] });
      assert.ok(text.includes('"y": [1, null, null, 0.5]'), text);
    });
  });

  describe('empty and minimal files', () => {
    it('reads an empty (or whitespace-only) file as an empty notebook', () => {
      assert.deepStrictEqual(parseOk(''), { metadata: {}, cells: [] });
      assert.deepStrictEqual(parseOk(' \n\t\n'), { metadata: {}, cells: [] });
    });

    it('ignores a byte-order mark', () => {
      assert.strictEqual(parseOk('\ufeff{"cells": []}').cells.length, 0);
    });

    it('a byte-order mark does not count as a column: errors on line 1 and later lines are placed as without it', () => {
      for (const [text, line, column] of [
        ['{"cells": [], "metadata": {"x": tru}}', 1, 33],
        ["{'cells': []}", 1, 2],
        ['{"version": 2}', 1, 13],
        ['[1, 2]', 1, 1],
        ['{\n  "cells": {"kind": "code"}\n}', 2, 12],
      ] as Array<[string, number, number]>) {
        const plain = parseError(text);
        const withBom = parseError('\ufeff' + text);
        assert.deepStrictEqual({ line: withBom.line, column: withBom.column }, { line, column }, `BOM + ${text}`);
        assert.deepStrictEqual({ line: plain.line, column: plain.column }, { line, column }, text);
      }
    });
  });

  describe('errors', () => {
    const cases: Array<{ name: string; text: string; line: number; column: number; message: RegExp }> = [
      { name: 'missing comma between properties', text: '{\n  "format": "activation-lab-notebook"\n  "cells": []\n}', line: 3, column: 3, message: /expected ',' or '}'/ },
      { name: 'trailing comma in an array', text: '{\n  "cells": [\n    {"kind": "code"},\n  ]\n}', line: 4, column: 3, message: /trailing comma/ },
      { name: 'unterminated string', text: '{\n  "cells": [],\n  "metadata": {"a": "oops\n}', line: 3, column: 21, message: /control character|unterminated/ },
      { name: 'truncated file', text: '{\n  "cells": [', line: 2, column: 13, message: /end of file/ },
      { name: 'single quotes', text: "{'cells': []}", line: 1, column: 2, message: /property name in double quotes/ },
      { name: 'text after the value', text: '{"cells": []}\n}', line: 2, column: 1, message: /after the end/ },
      { name: 'bad literal', text: '{"cells": [], "metadata": {"x": tru}}', line: 1, column: 33, message: /expected a value/ },
      { name: 'cells not an array', text: '{\n  "cells": {"kind": "code"}\n}', line: 2, column: 12, message: /^cells: must be an array, found an object/ },
      { name: 'bad cell kind', text: '{\n  "cells": [\n    {"kind": "python", "source": ""}\n  ]\n}', line: 3, column: 14, message: /^cells\[0\]\.kind: must be "code" or "markdown"/ },
      { name: 'source line not a string', text: '{"cells": [{"kind": "code", "source": ["a", 2]}]}', line: 1, column: 45, message: /^cells\[0\]\.source\[1\]: must be a string/ },
      { name: 'output without items', text: '{"cells": [{"kind": "code", "outputs": [{}]}]}', line: 1, column: 41, message: /^cells\[0\]\.outputs\[0\]: missing "items"/ },
      { name: 'wrong format', text: '{"format": "jupyter", "cells": []}', line: 1, column: 12, message: /^format: must be "activation-lab-notebook"/ },
      { name: 'newer version', text: '{"version": 2}', line: 1, column: 13, message: /^version: unsupported notebook version 2/ },
      { name: 'top level not an object', text: '[1, 2]', line: 1, column: 1, message: /^\(file\): must be an object, found an array/ },
    ];
    for (const c of cases) {
      it(`${c.name}: line ${c.line}, column ${c.column}`, () => {
        const error = parseError(c.text);
        assert.match(error.message, c.message);
        assert.deepStrictEqual({ line: error.line, column: error.column }, { line: c.line, column: c.column }, error.message);
      });
    }

    it('agrees with JSON.parse on what is valid JSON', () => {
      const samples = ['{"a": 1e5, "b": -0.5E-2, "c": "\\u00e9\\n", "d": [true, false, null]}', '{"a": 01}', '{"a": .5}', '{"a": "\\x"}', '{"a": 1,}', '{"a": [1 2]}', '{"cells": [], "a": "tab\there"}'];
      for (const text of samples) {
        let jsonOk = true;
        try {
          JSON.parse(text);
        } catch {
          jsonOk = false;
        }
        assert.strictEqual(parseNotebookFile(text).ok, jsonOk, text);
      }
    });
  });
});
