import * as assert from 'assert';
import { decodeNotebookBytes, firstInvalidUtf8 } from '../../../src/kernel/notebook-file/notebook-bytes';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('notebook-file/notebook-bytes: strict UTF-8 with the position of the first bad byte', () => {
  const cases: Array<[string, number[], number, number, number]> = [
    ['a lone continuation byte', [...utf8('{\n  "a": "'), 0x80, ...utf8('"}')], 10, 2, 9],
    ['a truncated sequence at the end', [...utf8('{"é": '), 0xe2, 0x82], 7, 1, 7],
    ['an overlong "/"', [0x7b, 0xc0, 0xaf], 1, 1, 2],
    ['a UTF-16 surrogate encoded in UTF-8', [0x22, 0xed, 0xa0, 0x80, 0x22], 1, 1, 2],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, 1, 1],
    ['Latin-1 é after a line and an emoji', [...utf8('x\n😀'), 0xe9], 6, 2, 3],
    ['0xFF', [0xff], 0, 1, 1],
    ['after a byte-order mark', [0xef, 0xbb, 0xbf, 0x41, 0xff], 4, 1, 2],
  ];
  for (const [name, bytes, offset, line, column] of cases) {
    it(name, () => {
      const data = new Uint8Array(bytes);
      assert.strictEqual(firstInvalidUtf8(data), offset);
      const r = decodeNotebookBytes(data);
      if (r.ok) assert.fail('expected a refusal');
      assert.deepStrictEqual([r.error.byteOffset, r.error.line, r.error.column], [offset, line, column]);
      assert.match(r.error.message, new RegExp(`not valid UTF-8.*byte offset ${offset}`));
    });
  }
  for (const text of ['', '{}', 'é∞😀\u0000', '\ufeff{}']) {
    it(`decodes ${JSON.stringify(text)}`, () => {
      const bytes = new TextEncoder().encode(text);
      assert.strictEqual(firstInvalidUtf8(bytes), -1);
      const r = decodeNotebookBytes(bytes);
      assert.ok(r.ok && r.text === new TextDecoder().decode(bytes));
    });
  }
});
