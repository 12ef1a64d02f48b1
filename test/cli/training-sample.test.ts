/**
 * The CLI on training: `run samples/training.actnb` runs every cell without an error (relative CSV
 * paths from the notebook's folder), and `eval` runs the snippet.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run-cli';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function cli(argv: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: (p) => fs.readFileSync(p, 'utf8') };
  const status = runCli(argv, io);
  return { status, stdout, stderr };
}

describe('CLI: training', function () {
  this.timeout(60000);

  it('runs samples/training.actnb: every cell ok, runs shown', () => {
    const cwd = process.cwd();
    // From another folder: the CSV cell must read relative to the notebook, not the working directory.
    process.chdir(path.join(ROOT, 'test'));
    let result;
    try {
      result = cli(['run', path.join(ROOT, 'samples', 'training.actnb'), '--json']);
    } finally {
      process.chdir(cwd);
    }
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(result.status, 0, result.stdout.slice(0, 2000));
    const cells = JSON.parse(result.stdout).cells as Array<{ ok: boolean; outputs: Array<{ items: Array<{ mime: string; data: unknown }> }> }>;
    assert.ok(cells.length >= 10);
    assert.ok(cells.every((c) => c.ok));
    const text = cells.flatMap((c) => c.outputs.map((o) => String(o.items[0].data))).join('\n');
    assert.match(text, /run: mlp \[2, 16, 16, 1\], gelu, linear output; bce loss, adam lr=0\.01, batch 32\n  completed: 300 epochs, 2,400 steps/);
    assert.match(text, /run: mlp \[2, 8, 8, 1\], f, linear output/);
    assert.match(text, /dataset data\/points\.csv \(label="class"\)\n  60 points/);
    assert.match(text, /diverged: /);
  });

  it('eval runs the issue\'s snippet', () => {
    const source = [
      'data = dataset("spiral", n=500, noise=0.2, seed=1)',
      'net  = mlp([2, 16, 16, 1], activation=gelu, seed=1)',
      'run  = train(net, data, epochs=30, batch=32, optimizer="adam", lr=0.01)',
      'run',
      'predict(run, [0.5, -1.0])',
      'f(x) = x * sigmoid(1.5 * x)',
      'train(mlp([2, 8, 8, 1], activation=f), data, epochs=10)',
    ].join('\n');
    const { status, stdout } = cli(['eval', source]);
    assert.strictEqual(status, 0, stdout);
    assert.match(stdout, /^run: mlp \[2, 16, 16, 1\], gelu/m);
    // Several values in one cell: each is echoed after its statement.
    assert.match(stdout, /^predict\(run, \[0\.5, -1\.0\]\)  →  -?[\d.]+(e[-+]\d+)?\ntrain\(mlp\(\[2, 8, 8, 1\], activation=f\), data, epochs=10\)  →\nrun: mlp \[2, 8, 8, 1\], f/m);
  });
});
