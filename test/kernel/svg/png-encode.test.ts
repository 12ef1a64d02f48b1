import * as assert from 'assert';
import { inflateSync } from 'zlib';
import { crc32, encodePng, pngDataUri } from '../../../src/kernel/svg/png-encode';

describe('kernel/svg/png-encode', () => {
  it('crc32 of "123456789" is the standard check value', () => assert.strictEqual(crc32(Buffer.from('123456789')), 0xcbf43926));

  it('a 2×1 image: signature, IHDR, IDAT that inflates to filter byte + pixels, IEND', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 128]);
    const png = encodePng(2, 1, rgba);
    assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.strictEqual(png.toString('ascii', 12, 16), 'IHDR');
    assert.strictEqual(png.readUInt32BE(16), 2);
    assert.strictEqual(png.readUInt32BE(20), 1);
    assert.deepStrictEqual([png[24], png[25]], [8, 6]);
    assert.strictEqual(png.readUInt32BE(29), crc32(png.subarray(12, 29)));
    const idatLength = png.readUInt32BE(33);
    assert.strictEqual(png.toString('ascii', 37, 41), 'IDAT');
    assert.deepStrictEqual([...inflateSync(png.subarray(41, 41 + idatLength))], [0, ...rgba]);
    assert.strictEqual(png.toString('ascii', png.length - 8, png.length - 4), 'IEND');
  });

  it('refuses a buffer of the wrong size', () => assert.throws(() => encodePng(2, 2, new Uint8Array(4)), /needs 16 bytes/));
  it('a data URI', () => assert.match(pngDataUri(1, 1, new Uint8Array(4)), /^data:image\/png;base64,iVBORw0KGgo/));
});
