/**
 * The CLI in-process (runCli with an in-memory io): `run` skips code cells in other languages and
 * numbers each result with its cell's index; source that starts with '-' is source (E1).
 */
import * as assert from 'assert';
import type { CliIo } from '../../src/cli/io';
import { runCli, USAGE } from '../../src/cli/run-cli';
import { notebookText } from './notebook-text';

function cli(argv: string[], files: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p];
    },
  };
  const status = runCli(argv, io);
  return { status, stdout, stderr };
}

const notebook = (cells: Parameters<typeof notebookText>[0]): string => notebookText(cells);

const MIXED = notebook([
  { kind: 'markdown', source: '# title' },
  { kind: 'code', source: 'a = 2\nrelu(-a)' },
  { kind: 'code', language: 'python', source: 'import torch\nprint(torch.relu(torch.tensor(-2.0)))' },
  { kind: 'markdown', source: 'between' },
  { kind: 'code', source: 'a * 3' },
]);

describe('cli run: only activation cells, each with its index', () => {
  it('--json: results carry the cell index; the python cell is skipped and listed; exit 0', () => {
    const r = cli(['run', 'nb.actnb', '--json'], { 'nb.actnb': MIXED });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out.cells.map((c: { index: number; ok: boolean }) => [c.index, c.ok]), [[1, true], [4, true]]);
    assert.strictEqual(out.cells[1].outputs[0].items[0].data, '6', 'the cells ran in one session');
    assert.deepStrictEqual(out.skipped, [{ index: 2, language: 'python' }]);
  });

  it('text: says which cell was skipped and why', () => {
    const r = cli(['run', 'nb.actnb'], { 'nb.actnb': MIXED });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '[cell 2]\n0\n[cell 3] skipped: language python\n[cell 5]\n6\n');
    assert.strictEqual(r.stderr, '');
  });

  it('a notebook without other languages lists nothing as skipped', () => {
    const r = cli(['run', 'ok.actnb', '--json'], { 'ok.actnb': notebook([{ kind: 'code', source: 'relu(1)' }]) });
    assert.deepStrictEqual(JSON.parse(r.stdout).skipped, []);
  });
});

describe('cli arguments: source that starts with -', () => {
  const numberOf = (r: { stdout: string }) => JSON.parse(r.stdout).outputs[0].items[1].data;
  it('eval "-relu(1)" is source, not an unknown option (the review case)', () => {
    const r = cli(['eval', '-relu(1)', '--json']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(numberOf(r), -1);
  });
  it('-x style and negative numbers are source', () => {
    assert.strictEqual(numberOf(cli(['eval', '-2', '--json'])), -2);
    assert.strictEqual(numberOf(cli(['eval', '-sigmoid(0) * 4', '--json'])), -2);
  });
  it('-- still ends the options: source that looks like a long option', () => {
    const r = cli(['eval', '--json', '--', '--2']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(numberOf(r), 2);
  });
  it('a misspelt long option is still reported, with the -- hint', () => {
    const r = cli(['eval', 'relu(1)', '--jsn']);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /^error: unknown option '--jsn' \(to pass it as source or a file name, put it after --: eval -- "--jsn"\)/);
  });
  it('-h and -v stay options', () => {
    assert.strictEqual(cli(['-h']).stdout, USAGE);
    assert.strictEqual(cli(['-h']).status, 0);
  });
  it('the usage text mentions -- and source that starts with -', () => {
    assert.match(USAGE, /\n  -- +end of options/);
    assert.match(USAGE, /eval "-relu\(1\)"/);
  });
});

describe('cli eval describe', () => {
  it('prints the chart line once (the description, then the chart output with its own text)', () => {
    const r = cli(['eval', 'describe(relu)']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(r.stdout.split('\n').filter((l) => l.startsWith('chart:')), ['chart: relu on [-4, 4]']);
    assert.match(r.stdout, /^ReLU \(relu\)/);
  });
  it('a user function without derivative notes: its definition, table and one chart line', () => {
    const r = cli(['eval', 'f(x) = x * sigmoid(x)\ndescribe(f)']);
    assert.strictEqual(r.stdout.split('\n').filter((l) => l.startsWith('chart:')).length, 1, r.stdout);
  });
});
