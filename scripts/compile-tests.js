// Compiles src and test with tsc into out/ (two projects: node code, and the renderer with DOM types),
// so mocha runs plain JavaScript. Fails with tsc's own diagnostics on a type error.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc');
fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
for (const project of ['tsconfig.json', 'tsconfig.renderer.json']) {
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' });
}
