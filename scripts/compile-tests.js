// Compiles src and test with tsc into out/ (two projects: node code, and the renderer with DOM types),
// so mocha runs plain JavaScript. Fails with tsc's own diagnostics on a type error.
// Compiles into a fresh folder and swaps it in at the end, so stale files of deleted tests never run
// and a concurrent run (another terminal, a watcher) sees out/ missing only for an instant.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc');
const fresh = path.join(root, `out.tmp-${process.pid}`);
const old = path.join(root, `out.old-${process.pid}`);
fs.rmSync(fresh, { recursive: true, force: true });
try {
  for (const project of ['tsconfig.json', 'tsconfig.renderer.json']) {
    execFileSync(process.execPath, [tsc, '-p', project, '--outDir', fresh], { cwd: root, stdio: 'inherit' });
  }
  const out = path.join(root, 'out');
  if (fs.existsSync(out)) fs.renameSync(out, old);
  fs.renameSync(fresh, out);
  fs.rmSync(old, { recursive: true, force: true });
} catch (error) {
  fs.rmSync(fresh, { recursive: true, force: true });
  process.exitCode = 1;
  if (!error.status) console.error(error);
}
