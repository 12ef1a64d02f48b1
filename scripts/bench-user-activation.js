// `node scripts/bench-user-activation.js [rounds]`: bundles bench/user-activation-bench.ts with
// esbuild (node, CommonJS) into out/bench/ and runs it: the language's user-defined activation
// against the same built-in in training (issue 9's "at least 1/3 of the speed"). Exit code 0 on a MISS.
'use strict';
const esbuild = require('esbuild');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'out', 'bench', 'user-activation-bench.js');
esbuild.buildSync({ entryPoints: [path.join(root, 'bench', 'user-activation-bench.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' });
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (run.error) throw run.error;
process.exit(run.status === null ? 1 : run.status);
