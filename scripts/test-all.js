// `npm test`: every test, in order of cost, on a fresh machine or a warm one.
//   1. type-check and compile (tsc), 2. unit tests (mocha), 3. build the bundles,
//   4. the integration suite inside a real VS Code (code-server + Chromium, installed on first use
//      into ~/.cache/activation-lab by scripts/install-test-host.sh),
//   5. package the .vsix and list it, 6. the browser end-to-end check of the installed .vsix.
// Ends with one line "N passed, N failed" summing every phase; exits non-zero on any failure.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
let passed = 0;
let failed = 0;

/** Runs a command without stdin, echoing its output, and returns {status, output}. */
function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  console.log(`--- ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

/**
 * Adds a phase's counts, read from its own summary line (mocha's "N passing"/"N failing", or our
 * "<label>: N passed, N failed"). A 'step' (compile, build, package) is not a test: it counts only
 * as one failure when it fails.
 */
function count(label, { status, output }, style) {
  if (style === 'step') {
    if (status !== 0) failed += 1;
    return status === 0;
  }
  let p = 0;
  let f = 0;
  if (style === 'mocha') {
    p = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
    f = Number(/(\d+) failing/.exec(output)?.[1] ?? 0);
  } else {
    const match = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm').exec(output);
    p = Number(match?.[1] ?? 0);
    f = Number(match?.[2] ?? 0);
  }
  if (status !== 0 && f === 0) f = 1; // a phase that crashed before counting still fails the run
  if (status === 0 && p === 0) f += 1; // a phase that ran no test is a failure, not a pass
  passed += p;
  failed += f;
  return status === 0;
}

const node = process.execPath;
const mocha = require.resolve('mocha/bin/mocha.js', { paths: [root] });
const stopIfFailed = (ok) => {
  if (!ok) finish();
};

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

stopIfFailed(count('compile', run('compile (tsc)', node, ['scripts/compile-tests.js']), 'step'));
count('unit', run('unit tests', node, [mocha]), 'mocha');
stopIfFailed(count('build', run('build (esbuild)', node, ['esbuild.js']), 'step'));
count('integration', run('integration tests in VS Code (code-server)', node, ['out/test/extension/run-in-code-server.js']), 'summary');
const packaged = run('package the .vsix', node, ['scripts/package-vsix.js']);
stopIfFailed(count('package', packaged, 'step'));
const vsix = packaged.output.split('\n').filter((line) => line.trim().endsWith('.vsix')).pop().trim();
count('vsix', run('list the .vsix', node, ['out/test/extension/vsix-contents.js', vsix]), 'summary');
count('e2e', run('browser end-to-end check', node, ['out/test/e2e/browser-check.js', vsix]), 'summary');
finish();
