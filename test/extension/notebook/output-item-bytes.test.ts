import * as assert from 'assert';
import { bytesToFileItem, fileItemToBytes, isJsonMime, isTextMime } from '../../../src/extension/notebook/output-item-bytes';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('extension output-item-bytes', () => {
  it('classifies MIME types', () => {
    assert.ok(isJsonMime('application/json'));
    assert.ok(isJsonMime('application/vnd.activation-lab.chart+json'));
    assert.ok(isJsonMime('application/vnd.code.notebook.error'));
    assert.ok(!isJsonMime('text/plain'));
    assert.ok(isTextMime('text/plain'));
    assert.ok(isTextMime('text/markdown'));
    assert.ok(isTextMime('application/vnd.code.notebook.stderr'));
    assert.ok(!isTextMime('image/png'));
  });

  it('stores JSON items as JSON values and reads them back to the same bytes VS Code had', () => {
    const chart = { version: 1, title: 'relu', range: [-1, 1], x: [-1, 1], series: [{ label: 'relu', order: 0, y: [0, null] }] };
    const bytes = encode(JSON.stringify(chart));
    const item = bytesToFileItem('application/vnd.activation-lab.chart+json', bytes);
    assert.deepStrictEqual(item, { mime: 'application/vnd.activation-lab.chart+json', data: chart });
    assert.deepStrictEqual(JSON.parse(decode(fileItemToBytes(item))), chart);
  });

  it('stores text as a string, unchanged (including newlines and unicode)', () => {
    const text = 'f′(x) = 1\n[0, 0.5]\n';
    const item = bytesToFileItem('text/plain', encode(text));
    assert.deepStrictEqual(item, { mime: 'text/plain', data: text });
    assert.strictEqual(decode(fileItemToBytes(item)), text);
  });

  it('keeps bytes that are not what their MIME type says as base64, losslessly', () => {
    const notJson = encode('{oops');
    const a = bytesToFileItem('application/json', notJson);
    assert.strictEqual(a.encoding, 'base64');
    assert.deepStrictEqual([...fileItemToBytes(a)], [...notJson]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
    const b = bytesToFileItem('image/png', png);
    assert.deepStrictEqual(b, { mime: 'image/png', data: Buffer.from(png).toString('base64'), encoding: 'base64' });
    assert.deepStrictEqual([...fileItemToBytes(b)], [...png]);
    const badUtf8 = new Uint8Array([0xc3, 0x28]);
    assert.strictEqual(bytesToFileItem('text/plain', badUtf8).encoding, 'base64');
  });

  it('writes a JSON number item as its JSON text (what NotebookCellOutputItem.json gives)', () => {
    assert.strictEqual(decode(fileItemToBytes({ mime: 'application/json', data: -0.2 })), '-0.2');
    assert.strictEqual(decode(fileItemToBytes({ mime: 'application/json', data: 'NaN' })), '"NaN"');
  });
});
