/** `activation-lab run` reads a notebook as strict UTF-8 and refuses what the extension refuses (exit 2, with the position). */
import * as assert from 'assert';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run-cli';

function run(bytes: Uint8Array): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: () => bytes };
  return { status: runCli(['run', 'nb.actnb'], io), stdout, stderr };
}

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('cli run: the bytes of the notebook', () => {
  const refused: Array<[string, number[], RegExp]> = [
    ['a Latin-1 byte in a source line', [...utf8('{"cells": [\n  {"kind": "code", "source": ["x = \''), 0xe9, ...utf8('\'"]}]}')], /byte offset 48[\s\S]*at line 2, column 37/],
    ['a truncated sequence at the end', [...utf8('{}'), 0xe2, 0x82], /byte offset 2[\s\S]*at line 1, column 3/],
  ];
  for (const [name, bytes, where] of refused) {
    it(`refuses ${name}: exit 2, nothing run`, () => {
      const r = run(new Uint8Array(bytes));
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /not a valid notebook: the file is not valid UTF-8/);
      assert.match(r.stderr, where);
      assert.strictEqual(r.stdout, '');
    });
  }
  const refusedJson: Array<[string, string, RegExp]> = [
    ['two "cells"', '{"cells": [], "cells": []}', /duplicate key "cells"[\s\S]*at line 1, column 15/],
    ['a number it cannot keep', '{"metadata": {"id": 12345678901234567890}}', /more digits[\s\S]*at line 1, column 21/],
  ];
  for (const [name, text, message] of refusedJson) {
    it(`refuses ${name}: exit 2`, () => {
      const r = run(new TextEncoder().encode(text));
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, message);
    });
  }
  it('runs valid UTF-8 (non-ASCII included) as before', () => {
    const r = run(new TextEncoder().encode('{"cells": [{"kind": "code", "source": ["# é ∞ 😀", "relu(-2)"]}]}'));
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /0/);
  });
});
