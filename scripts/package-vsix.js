// Builds the production bundles and packages the extension as activation-lab-<version>.vsix
// (only what .vscodeignore lets through). Prints the .vsix path as its last line.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { version, name } = require(path.join(root, 'package.json'));
const out = path.join(root, `${name}-${version}.vsix`);

execFileSync(process.execPath, [path.join(root, 'esbuild.js'), '--production'], { cwd: root, stdio: 'inherit' });
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', out], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(out);
