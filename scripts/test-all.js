// `npm test`: every test, in order of cost, on a fresh machine or a warm one.
//   1. type-check and compile (tsc), 2. install what the tests need, once per machine
//      (scripts/install-test-host.js: Debian's chromium, python3-nbformat, python3-torch, ...; Node 24
//      and code-server into ACTIVATION_LAB_CACHE or ~/.cache/activation-lab; a no-op when warm),
//   3. unit tests (mocha), 4. build the bundles, 5. the integration suite inside a real VS Code
//      (code-server + Chromium),
//   6. package the .vsix and list it, 7. the browser end-to-end check of the installed .vsix.
// Ends with one line "N passed, N failed" summing every phase; exits non-zero on any failure.
'use strict';
const path = require('path');
const { runPhases } = require('./lib/test-phases');

const root = path.resolve(__dirname, '..');
const node = process.execPath;
const mocha = require.resolve('mocha/bin/mocha.js', { paths: [root] });
let vsix = '';
const readVsix = ({ output }) => {
  vsix = output.split('\n').filter((line) => line.trim().endsWith('.vsix')).pop()?.trim() ?? '';
};

runPhases(
  [
    { label: 'compile (tsc)', name: 'compile', command: node, args: ['scripts/compile-tests.js'], style: 'step', stopOnFailure: true },
    { label: 'install the test host (apt, Node 24, code-server)', name: 'install', command: node, args: ['scripts/install-test-host.js'], style: 'step' },
    { label: 'unit tests', name: 'unit', command: node, args: [mocha], style: 'mocha' },
    { label: 'build (esbuild)', name: 'build', command: node, args: ['esbuild.js'], style: 'step', stopOnFailure: true },
    { label: 'integration tests in VS Code (code-server)', name: 'integration', command: node, args: ['out/test/extension/run-in-code-server.js'], style: 'summary' },
    { label: 'package the .vsix', name: 'package', command: node, args: ['scripts/package-vsix.js'], style: 'step', stopOnFailure: true, after: readVsix },
    { label: 'list the .vsix', name: 'vsix', command: node, args: () => ['out/test/extension/vsix-contents.js', vsix], style: 'summary' },
    { label: 'browser end-to-end check', name: 'e2e', command: node, args: () => ['out/test/e2e/browser-check.js', vsix], style: 'summary' },
  ],
  { cwd: root },
);
