// `npm start`: compile the tooling, package the extension, and serve VS Code with it installed and
// samples/ opened at http://127.0.0.1:8080 (see test/host/start-product.ts).
'use strict';
const { execFileSync, spawn } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
execFileSync(process.execPath, [path.join(__dirname, 'compile-tests.js')], { cwd: root, stdio: 'inherit' });
const out = execFileSync(process.execPath, [path.join(__dirname, 'package-vsix.js')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const vsix = out.trim().split('\n').pop();
const child = spawn(process.execPath, [path.join(root, 'out', 'test', 'host', 'start-product.js'), vsix], { cwd: root, stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code) => process.exit(code ?? 0));
