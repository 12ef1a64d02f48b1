/** Issue 11: --json caps large outputs (each capped vector says how to get the rest) and never crashes building its line. */
import * as assert from 'assert';
import { evalCommand } from '../../src/cli/eval-command';
import { runCommand } from '../../src/cli/run-command';
import { jsonLine, OUTPUT_TOO_LARGE } from '../../src/cli/json-output';
import type { CliIo } from '../../src/cli/io';
import { CLI_JSON_MAX_NUMBERS, CLI_JSON_MAX_NUMBERS_PER_CELL, capCellResult, type TruncatedVector } from '../../src/kernel/notebook-value-cap';
import type { CellResult } from '../../src/kernel/cell-result';

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: () => '' };
}

describe('cli: --json of large outputs (issue 11)', function () {
  this.timeout(60_000);

  it('x = linspace(0, 1, 1e7); x; x; x prints one JSON line, each vector capped with a note', () => {
    const io = capture();
    const code = evalCommand('x = linspace(0, 1, 1e7); x; x; x', true, io);
    assert.strictEqual(code, 0);
    assert.strictEqual(io.out.length, 1);
    const result = JSON.parse(io.out[0]) as CellResult;
    assert.strictEqual(result.ok, true);
    assert.strictEqual(result.outputs.length, 3);
    for (const output of result.outputs) {
      const json = output.items.find((i) => i.mime === 'application/json')!.data as TruncatedVector;
      assert.strictEqual(json.truncated, true);
      assert.strictEqual(json.length, 10_000_000);
      assert.strictEqual(json.items.length, CLI_JSON_MAX_NUMBERS);
      assert.strictEqual(json.items[1], 1 / 9_999_999);
      assert.match(json.note, /^1,000,000 of 10,000,000 numbers are stored in this output .*v\[1000000:2000000\]/);
    }
  });

  it('run --json caps the vectors of each cell the same way', () => {
    const io = capture();
    io.readFile = () =>
      JSON.stringify({ format: 'activation-lab-notebook', version: 1, metadata: {}, cells: [{ kind: 'code', language: 'activation', source: ['x = linspace(0, 1, 2e6)', 'x'], metadata: {}, outputs: [] }] });
    const code = runCommand('big.actnb', true, io);
    assert.strictEqual(code, 0, io.err.join(''));
    const { cells } = JSON.parse(io.out.join('')) as { cells: CellResult[] };
    const json = cells[0].outputs[0].items.find((i) => i.mime === 'application/json')!.data as TruncatedVector;
    assert.deepStrictEqual([json.truncated, json.length, json.items.length], [true, 2_000_000, CLI_JSON_MAX_NUMBERS]);
  });

  const cases: Array<{ name: string; lengths: number[]; kept: number[] }> = [
    { name: 'short vectors pass unchanged', lengths: [3, 5], kept: [3, 5] },
    { name: 'one long vector is capped per item', lengths: [CLI_JSON_MAX_NUMBERS + 1], kept: [CLI_JSON_MAX_NUMBERS] },
    {
      name: 'many long vectors share the per-cell total',
      lengths: Array(7).fill(CLI_JSON_MAX_NUMBERS),
      kept: [...Array(CLI_JSON_MAX_NUMBERS_PER_CELL / CLI_JSON_MAX_NUMBERS).fill(CLI_JSON_MAX_NUMBERS), 0, 0],
    },
  ];
  for (const c of cases) {
    it(`cap: ${c.name}`, () => {
      const result: CellResult = { ok: true, error: null, outputs: c.lengths.map((n) => ({ items: [{ mime: 'application/json', data: new Array(n).fill(0) }] })) };
      const capped = capCellResult(result, CLI_JSON_MAX_NUMBERS, CLI_JSON_MAX_NUMBERS_PER_CELL);
      const kept = capped.outputs.map((o) => {
        const d = o.items[0].data as unknown[] | TruncatedVector;
        return Array.isArray(d) ? d.length : d.items.length;
      });
      assert.deepStrictEqual(kept, c.kept);
    });
  }

  it('a line too long for one string is a JSON error line, not a RangeError', () => {
    const huge = { toJSON: () => { throw new RangeError('Invalid string length'); } };
    const line = jsonLine(huge);
    assert.deepStrictEqual(JSON.parse(line), { ok: false, outputs: [], error: { message: OUTPUT_TOO_LARGE, line: 1, column: 1 } });
    assert.throws(() => jsonLine({ toJSON: () => { throw new TypeError('other'); } }), TypeError);
  });
});
