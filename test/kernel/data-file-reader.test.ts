import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeDataFileReader } from '../../src/kernel/data-file-reader';
import { DataFileError } from '../../src/lang/runtime/data-file';

describe('kernel/data-file-reader', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-file-reader-'));
  fs.writeFileSync(path.join(dir, 'ok.csv'), 'x,y\n1,2\n');
  fs.writeFileSync(path.join(dir, 'latin1.csv'), Buffer.from([0x78, 0x2c, 0xe9, 0x0a]));
  fs.mkdirSync(path.join(dir, 'folder'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const read = nodeDataFileReader(dir);

  it('reads a path relative to the notebook folder, and says where it read', () => {
    assert.deepStrictEqual(read('ok.csv', 1000), { text: 'x,y\n1,2\n', path: path.join(dir, 'ok.csv') });
  });
  const failures: Array<{ name: string; file: string; max: number; reason: RegExp }> = [
    { name: 'a missing file', file: 'missing.csv', max: 1000, reason: /^no such file$/ },
    { name: 'a folder', file: 'folder', max: 1000, reason: /^not a file$/ },
    { name: 'a file over the limit, before reading it', file: 'ok.csv', max: 3, reason: /^8 bytes, more than the 3/ },
    { name: 'bytes that are not UTF-8 (never replaced silently)', file: 'latin1.csv', max: 1000, reason: /^not valid UTF-8 text$/ },
  ];
  for (const f of failures) {
    it(`refuses ${f.name}`, () => {
      assert.throws(() => read(f.file, f.max), (error: unknown) => error instanceof DataFileError && f.reason.test(error.reason) && error.path === path.join(dir, f.file));
    });
  }
});
