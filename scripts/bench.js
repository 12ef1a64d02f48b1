// `npm run bench`: bundles bench/main.ts with esbuild (node, CommonJS) into out/bench/ and runs it,
// passing on any arguments (`npm run bench -- --only relu,softmax --rounds 7`). Exit code 0 even
// when a target is missed: a benchmark reports, it does not test (docs/benchmarks.md).
'use strict';
const esbuild = require('esbuild');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'out', 'bench', 'bench.js');

esbuild.buildSync({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (run.error) throw run.error;
// A crash of the bench itself (not a MISS) is still a failure.
process.exit(run.status === null ? 1 : run.status);
