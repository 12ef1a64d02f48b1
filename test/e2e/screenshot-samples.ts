// Looks at the product as a user does: installs the packaged .vsix into code-server, opens each
// sample notebook named on the command line (default: every samples/*.actnb), presses Run All and
// saves tall screenshots of the result to .test-artifacts/screenshots/<name>-<n>.png.
// Usage: node out/test/e2e/screenshot-samples.js <path to .vsix> [tour.actnb ...]
import * as fs from 'fs';
import * as path from 'path';
import { launchChromium } from '../host/browser';
import { installVsix, makeStateDir, prepareStateDir, startCodeServer } from '../host/code-server';
import { ensureTestHost, repoRoot } from '../host/test-host-paths';
import { artifactsDir, copySamplesWorkspace } from '../host/workspace';
import { openNotebookFromExplorer, runAll } from './workbench-actions';

async function main(): Promise<void> {
  const vsix = path.resolve(process.argv[2] ?? '');
  const names = process.argv.slice(3);
  const notebooks = names.length ? names : fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => f.endsWith('.actnb'));
  const host = ensureTestHost();
  const out = artifactsDir('screenshots');
  const stateDir = makeStateDir('actlab-shots-');
  prepareStateDir(stateDir);
  await installVsix(host, stateDir, vsix);
  const workspace = copySamplesWorkspace(stateDir);
  const server = await startCodeServer(host, { stateDir, logFile: path.join(out, 'code-server.log') });
  const browser = await launchChromium(host);
  try {
    // One window for every notebook: a second window on the same folder competes with the first.
    const page = await browser.newPage({ viewport: { width: 1400, height: 2400 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    for (const name of notebooks) {
      await openNotebookFromExplorer(page, name);
      await runAll(page);
      await page.waitForTimeout(6000);
      const base = path.basename(name, '.actnb');
      for (let n = 1; n <= 4; n++) {
        const file = path.join(out, `${base}-${n}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        // Scroll the notebook's own list with the wheel, in steps as a mouse does.
        await page.mouse.move(900, 1200);
        for (let step = 0; step < 40; step++) {
          await page.mouse.wheel(0, 200);
          await page.waitForTimeout(100);
        }
        await page.waitForTimeout(2500);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
