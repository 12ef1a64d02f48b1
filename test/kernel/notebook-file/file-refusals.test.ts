/** What the .actnb reader refuses because a save could not write it back unchanged, each with its line and column. */
import * as assert from 'assert';
import { numberLoss } from '../../../src/kernel/notebook-file/json-number';
import { isCanonicalBase64, isWellFormedText } from '../../../src/kernel/notebook-file/item-data';
import { parseNotebookFile, serializeNotebookFile } from '../../../src/kernel/notebook-file/notebook-file';

function error(text: string): { message: string; line: number; column: number } {
  const result = parseNotebookFile(text);
  if (result.ok) assert.fail(`expected a refusal, it parsed: ${JSON.stringify(result.notebook)}`);
  return result.error;
}

/** A cell with one output item, on known lines: the item's `data` value starts at line 3, column 43. */
function withItem(mime: string, dataJson: string, extra = ''): string {
  return `{"cells": [\n  {"kind": "code", "source": [], "outputs": [\n    {"items": [{"mime": ${JSON.stringify(mime)}, ${extra}"data": ${dataJson}}]}]}\n]}`;
}

describe('notebook-file: refusing what a round trip would change', () => {
  describe('duplicate keys: the second one, naming the first', () => {
    const cases: Array<[string, string, number, number, RegExp]> = [
      ['two "cells"', '{\n  "cells": [],\n  "cells": []\n}', 3, 3, /duplicate key "cells" \(first at line 2, column 3\)/],
      ['two "source" in a cell', '{"cells": [\n  {"kind": "code", "source": ["a"], "source": ["b"]}\n]}', 2, 37, /duplicate key "source"/],
      ['two keys in metadata', '{"metadata": {"x": 1,\n "x": 2}}', 2, 2, /duplicate key "x"/],
      ['two keys in an unknown field', '{"future": {"a": {"b": 1, "b": 1}}}', 1, 27, /duplicate key "b"/],
      ['"__proto__" twice', '{"metadata": {"__proto__": 1, "__proto__": 2}}', 1, 31, /duplicate key "__proto__"/],
    ];
    for (const [name, text, line, column, message] of cases) {
      it(name, () => {
        const e = error(text);
        assert.match(e.message, message);
        assert.deepStrictEqual([e.line, e.column], [line, column], e.message);
      });
    }
    it('the same key in two objects is fine', () => assert.ok(parseNotebookFile('{"metadata": {"a": {"x": 1}, "b": {"x": 1}}}').ok));
  });

  describe('numbers a 64-bit float cannot give back', () => {
    const refused: Array<[string, RegExp]> = [
      ['1e400', /too large.*saved as null/],
      ['-1e400', /too large/],
      ['1e-400', /too small.*saved as 0/],
      ['-0', /negative zero/],
      ['-0.0', /negative zero/],
      ['-0e5', /negative zero/],
      ['12345678901234567890', /more digits.*saved as 12345678901234567000/],
      ['0.1000000000000000000001', /more digits/],
      ['9007199254740993', /more digits/],
    ];
    for (const [text, message] of refused) {
      it(`refuses ${text} in metadata, at its position`, () => {
        assert.match(numberLoss(text) ?? '', message);
        const e = error(`{\n  "metadata": {"n": ${text}}\n}`);
        assert.match(e.message, message);
        assert.deepStrictEqual([e.line, e.column], [2, 21]);
      });
    }
    const kept: Array<[string, number]> = [
      ['0', 0], ['1', 1], ['-1.5', -1.5], ['0.1', 0.1], ['1.0', 1], ['1E5', 1e5], ['100e-2', 1], ['0.30000000000000004', 0.30000000000000004],
      ['9007199254740992', 2 ** 53], ['1.7976931348623157e308', Number.MAX_VALUE], ['5e-324', 5e-324], ['0e10', 0], ['123456789012345680000', 123456789012345680000],
    ];
    for (const [text, value] of kept) {
      it(`keeps ${text} (its value; written in the shortest form)`, () => {
        assert.strictEqual(numberLoss(text), undefined);
        const r = parseNotebookFile(`{"metadata": {"n": ${text}}}`);
        assert.ok(r.ok && r.notebook.metadata.n === value);
      });
    }
  });

  describe('output items', () => {
    const refused: Array<[string, string, string, string, RegExp]> = [
      ['text/plain data 5', 'text/plain', '5', '', /must be a string for text\/plain, found number 5/],
      ['text/markdown data {}', 'text/markdown', '{}', '', /must be a string/],
      ['stdout data null', 'application/vnd.code.notebook.stdout', 'null', '', /must be a string/],
      ['SVG data as a JSON array', 'image/svg+xml', '[1]', '', /must be a string/],
      ['base64 with a stray character', 'image/png', '"iVBOR!w0K"', '"encoding": "base64", ', /not canonical base64/],
      ['base64 without padding', 'image/png', '"QQ"', '"encoding": "base64", ', /not canonical base64/],
      ['base64 with non-zero unused bits', 'image/png', '"QR=="', '"encoding": "base64", ', /not canonical base64/],
      ['base64 with a line break escape', 'image/png', '"QUFB\\nQUFB"', '"encoding": "base64", ', /not canonical base64/],
      ['URL-safe base64', 'image/png', '"-_-_"', '"encoding": "base64", ', /not canonical base64/],
      ['text with an unpaired surrogate', 'text/plain', '"a\\ud800b"', '', /unpaired surrogate/],
    ];
    for (const [name, mime, data, extra, message] of refused) {
      it(name, () => {
        const text = withItem(mime, data, extra);
        const e = error(text);
        assert.match(e.message, message);
        const at = text.split('\n')[e.line - 1].slice(e.column - 1);
        assert.ok(at.startsWith(data), `points at the data: ${at}`);
      });
    }
    const kept: Array<[string, string, string, string]> = [
      ['canonical base64', 'image/png', '"iVBORw0KGgo="', '"encoding": "base64", '],
      ['empty base64', 'image/png', '""', '"encoding": "base64", '],
      ['SVG text', 'image/svg+xml', '"<svg/>"', ''],
      ['JSON data of a JSON type', 'application/json', '{"a": [1, 2]}', ''],
      ['a JSON value of an unknown binary type', 'application/x-thing', '{"a": 1}', ''],
      ['surrogate pairs in text', 'text/plain', '"\\ud83d\\ude00 😀"', ''],
      ['an unpaired surrogate inside JSON data (JSON escapes it)', 'application/json', '"\\ud800"', ''],
    ];
    for (const [name, mime, data, extra] of kept) it(`keeps ${name}`, () => assert.ok(parseNotebookFile(withItem(mime, data, extra)).ok));
  });

  it('two items of one MIME type in an output (VS Code keeps only the first), at the second', () => {
    const text = '{"cells": [{"kind": "code", "outputs": [{"items": [\n  {"mime": "text/plain", "data": "a"},\n  {"mime": "text/plain", "data": "b"}]}]}]}';
    const e = error(text);
    assert.match(e.message, /"text\/plain" is already item 0 of this output/);
    assert.deepStrictEqual([e.line, e.column], [3, 12]);
  });

  it('an empty language', () => assert.match(error('{"cells": [{"kind": "code", "language": ""}]}').message, /must not be empty/));

  it('helpers', () => {
    assert.deepStrictEqual(['', 'QQ==', 'QUE=', 'QUFB', 'QR==', 'QUF=', 'QQ', ' QUFB', 'QUFB\n'].map(isCanonicalBase64), [true, true, true, true, false, false, false, false, false]);
    assert.deepStrictEqual(['a', '\ud83d\ude00', '\ud800', '\udc00x', 'x\ud83d'].map(isWellFormedText), [true, true, false, false, false]);
  });

  it('what is kept is written back with the same values', () => {
    const r = parseNotebookFile('{"metadata": {"n": 1.0, "m": 1E5, "s": "\\u00e9"}}');
    assert.ok(r.ok);
    assert.match(serializeNotebookFile(r.notebook), /"m": 100000,\n {4}"n": 1,\n {4}"s": "é"/);
  });
});
