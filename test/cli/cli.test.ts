import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { notebookText } from './notebook-text';

/** The repository root, found from the compiled test's location. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const root = repoRoot();
let workDir: string;
let cli: string;

/** Runs the bundled CLI like a user would. */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: workDir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const notebook = (cells: Parameters<typeof notebookText>[0]): string => notebookText(cells, 2);

describe('cli (the CLI bundled as esbuild.js bundles dist/cli.js, run with node)', function () {
  this.timeout(30000);

  before(async () => {
    // The same bundle options as esbuild.js, into a temporary folder (so a half-edited extension or
    // renderer elsewhere in the tree cannot break this test). The folder sits in the repo, so
    // `activation-lab --version` finds package.json above it as it does from dist/.
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'activation-lab-cli-'));
    const outDir = fs.mkdtempSync(path.join(root, 'out', 'cli-test-'));
    cli = path.join(outDir, 'cli.js');
    await esbuild.build({
      entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
      outfile: cli,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      logLevel: 'silent',
    });
  });

  after(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(cli), { recursive: true, force: true });
  });

  describe('eval', () => {
    it('--json prints exactly one CellResult and exits 0', () => {
      const r = runCli(['eval', 'relu([-1, 2])', '--json']);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(JSON.parse(r.stdout), {
        ok: true,
        outputs: [{ items: [{ mime: 'text/plain', data: '[0, 2]' }, { mime: 'application/json', data: [0, 2] }] }],
        error: null,
      });
      assert.strictEqual(r.stdout.trim().split('\n').length, 1);
    });

    it('--json on an error: ok false, the error with its position, exit 1', () => {
      const r = runCli(['eval', 'relu(-2); relu(1,,2)', '--json']);
      assert.strictEqual(r.status, 1);
      const result = JSON.parse(r.stdout);
      assert.strictEqual(result.ok, false);
      assert.deepStrictEqual(result.error, { message: "expected an expression, found ','", line: 1, column: 18, endLine: 1, endColumn: 18 });
    });

    it('text mode prints values one per line, each after its statement when there are several', () => {
      const r = runCli(['eval', 'relu(-2)\nleaky_relu(-2, negative_slope=0.1)\nplot(relu, gelu)']);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, 'relu(-2)  →  0\nleaky_relu(-2, negative_slope=0.1)  →  -0.2\nplot(relu, gelu)  →  chart: relu, gelu on [-4, 4]\n');
      assert.strictEqual(runCli(['eval', 'x = 3\nrelu(x)']).stdout, '3\n');
    });

    it('text mode error: message, position, source line and caret on stderr', () => {
      const r = runCli(['eval', 'relu(1)\n  gleu(2)']);
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.stdout, '1\n');
      assert.strictEqual(r.stderr, "error: unknown function 'gleu'; did you mean 'gelu'?\n  at line 2, column 3\n    gleu(2)\n    ^^^^\n");
    });

    it('definitions, lambdas and a table: aligned text columns', () => {
      const r = runCli(['eval', 'f(x, k=2) = k * x\ng = x -> x^2\ntable(f, g, at=[-1, 0.5], derivative=false)']);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, ['  x  f(x)  g(x)', '---  ----  ----', ' -1    -2     1', '0.5     1  0.25', ''].join('\n'));
    });

    it('--json: a table carries text/plain, text/markdown, text/html and full-precision application/json', () => {
      const r = runCli(['eval', 'table(sigmoid, at=[1], derivative=false)', '--json']);
      assert.strictEqual(r.status, 0, r.stderr);
      const items = JSON.parse(r.stdout).outputs[0].items;
      assert.deepStrictEqual(items.map((i: { mime: string }) => i.mime), ['text/plain', 'text/markdown', 'text/html', 'application/json']);
      assert.strictEqual(items[1].data, '| x | sigmoid(x) |\n| ---: | ---: |\n| 1 | 0.731059 |');
      assert.deepStrictEqual(items[3].data.rows, [[1, 1 / (1 + Math.exp(-1))]]);
    });

    it('a syntax error in a later line: caret under its column, nothing run', () => {
      const r = runCli(['eval', 'relu(1)\nx = [1, 2\n']);
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.stderr, "error: expected ']' after the vector elements, found end of input (the '[' is at line 2, column 5)\n  at line 2, column 10\n  x = [1, 2\n           ^\n");
    });

    it('a negative number as the source is not taken for an option', () => {
      const r = runCli(['eval', '-2', '--json']);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(JSON.parse(r.stdout).outputs[0].items[1].data, -2);
    });
  });

  describe('run', () => {
    it('--json runs every code cell in one session; a failing cell does not stop later ones', () => {
      const file = path.join(workDir, 'nb.actnb');
      fs.writeFileSync(
        file,
        notebook([
          { kind: 'markdown', source: '# title' },
          { kind: 'code', source: 'x = [-2, 3]\nrelu(x)' },
          { kind: 'code', source: 'gleu(x)' },
          { kind: 'code', source: 'leaky_relu(x, negative_slope=0.5)' },
        ]),
      );
      const r = runCli(['run', file, '--json']);
      assert.strictEqual(r.status, 1);
      const { cells } = JSON.parse(r.stdout);
      assert.strictEqual(cells.length, 3);
      assert.deepStrictEqual(cells[0].outputs[0].items[1].data, [0, 3]);
      assert.strictEqual(cells[1].ok, false);
      assert.strictEqual(cells[1].error.message, "unknown function 'gleu'; did you mean 'gelu'?");
      assert.deepStrictEqual(cells[2], { index: 3, ok: true, outputs: [{ items: [{ mime: 'text/plain', data: '[-1, 3]' }, { mime: 'application/json', data: [-1, 3] }] }], error: null });
    });

    it('exits 0 when every cell succeeds', () => {
      const file = path.join(workDir, 'ok.actnb');
      fs.writeFileSync(file, notebook([{ kind: 'code', source: 'relu(-2)' }, { kind: 'code', source: 'plot(relu, tanh)' }]));
      const r = runCli(['run', file, '--json']);
      assert.strictEqual(r.status, 0, r.stderr);
      const { cells } = JSON.parse(r.stdout);
      assert.deepStrictEqual(cells.map((c: { ok: boolean }) => c.ok), [true, true]);
      assert.strictEqual(cells[1].outputs[0].items[1].mime, 'application/vnd.activation-lab.chart+json');
    });

    it('a notebook that does not parse: a clear error with line and column, exit 2', () => {
      const file = path.join(workDir, 'broken.actnb');
      fs.writeFileSync(file, '{\n  "format": "activation-lab-notebook",\n  "cells": [\n    {,\n  ]\n}\n');
      const r = runCli(['run', file, '--json']);
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^error: .*broken\.actnb is not a valid notebook: .+\n  at line 4, column \d+\n$/);
    });

    it('a missing file: exit 2', () => {
      const r = runCli(['run', path.join(workDir, 'nope.actnb')]);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /cannot read .*nope\.actnb: no such file/);
    });
  });

  describe('docs', () => {
    it('--json prints the record plus name and aliases', () => {
      const r = runCli(['docs', 'lrelu', '--json']);
      assert.strictEqual(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.strictEqual(doc.name, 'leaky_relu');
      assert.deepStrictEqual(doc.aliases, ['leakyrelu', 'lrelu']);
      assert.strictEqual(doc.origin.year, 2013);
      assert.deepStrictEqual(doc.params[0], { name: 'negative_slope', default: 0.01, description: 'Slope for x < 0 (PyTorch default 0.01).' });
      for (const p of doc.params) assert.deepStrictEqual(Object.keys(p).sort(), ['default', 'description', 'name']);
      for (const key of ['displayName', 'summary', 'formula', 'derivative', 'range']) assert.ok(key in doc, key);
    });

    it('text page names the activation and its origin', () => {
      const r = runCli(['docs', 'gelu']);
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, /^GELU \(gelu\)\n/);
      assert.match(r.stdout, /Hendrycks, Kevin Gimpel \(2016\), "Gaussian Error Linear Units \(GELUs\)"/);
    });

    it('unknown name: did you mean, exit 1', () => {
      const r = runCli(['docs', 'gleu']);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /^error: unknown activation 'gleu'; did you mean 'gelu'\?/);
    });
  });

  describe('help, version and usage errors', () => {
    it('--help prints usage, exit 0', () => {
      const r = runCli(['--help']);
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, /Usage: activation-lab <command>/);
    });
    it('--version prints the package version', () => {
      const r = runCli(['--version']);
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
      assert.strictEqual(r.stdout, `${pkg.version}\n`);
    });
    it('an unknown command exits 2', () => {
      const r = runCli(['evaluate', '1']);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /unknown command 'evaluate'/);
    });
    it('eval without a source exits 2', () => {
      assert.strictEqual(runCli(['eval']).status, 2);
    });
  });

  describe('--kink <convention> (the setting activationLab.derivatives.kinkConvention)', () => {
    // relu's one-sided slopes at 0 are 0 (left) and 1 (right); PyTorch autograd gives 0.
    const cases: Array<{ name: string; args: string[]; expected: string }> = [
      { name: 'no option: pytorch', args: [], expected: '0' },
      { name: '--kink pytorch', args: ['--kink', 'pytorch'], expected: '0' },
      { name: '--kink left', args: ['--kink', 'left'], expected: '0' },
      { name: '--kink right', args: ['--kink', 'right'], expected: '1' },
      { name: '--kink=mean', args: ['--kink=mean'], expected: '0.5' },
    ];
    for (const c of cases) {
      it(`eval d(relu)(0) with ${c.name}`, () => {
        const r = runCli(['eval', 'd(relu)(0)', ...c.args]);
        assert.strictEqual(r.status, 0, r.stderr);
        assert.strictEqual(r.stdout.trim(), c.expected);
      });
    }
    it('a kink= keyword in the call wins over --kink', () => {
      const r = runCli(['eval', '--kink', 'right', 'd(relu)(0, kink="left")']);
      assert.strictEqual(r.stdout.trim(), '0');
    });
    it('run applies it to every cell', () => {
      const file = path.join(workDir, 'kink.actnb');
      fs.writeFileSync(file, notebook([{ kind: 'code', source: 'g(x) = 2 * relu(x)' }, { kind: 'code', source: 'd(g)(0)' }]));
      const r = runCli(['run', file, '--json', '--kink', 'mean']);
      assert.strictEqual(r.status, 0, r.stderr);
      const cells = JSON.parse(r.stdout).cells;
      assert.strictEqual(cells[1].outputs[0].items.find((i: { mime: string }) => i.mime === 'application/json').data, 1);
    });
    it('an unknown convention or a missing one exits 2 naming the choices', () => {
      const bad = runCli(['eval', 'd(relu)(0)', '--kink', 'middle']);
      assert.strictEqual(bad.status, 2);
      assert.match(bad.stderr, /unknown kink convention 'middle'; choose one of pytorch, left, right, mean/);
      const missing = runCli(['eval', 'd(relu)(0)', '--kink']);
      assert.strictEqual(missing.status, 2);
      assert.match(missing.stderr, /--kink needs a convention/);
    });
  });
});
