// Looks at samples/activations.ipynb as a user does: installs the packaged .vsix into code-server,
// opens the Jupyter notebook, presses Run All and screenshots it; prints what each output frame holds.
// Usage: node out/test/e2e/ipynb-look.js <path to .vsix>
import * as path from 'path';
import { launchChromium } from '../host/browser';
import { installVsix, makeStateDir, prepareStateDir, startCodeServer } from '../host/code-server';
import { ensureTestHost } from '../host/test-host-paths';
import { artifactsDir, copySamplesWorkspace } from '../host/workspace';
import { openNotebookFromExplorer, runAll } from './workbench-actions';

async function main(): Promise<void> {
  const vsix = path.resolve(process.argv[2] ?? '');
  const host = ensureTestHost();
  const out = artifactsDir('ipynb');
  const stateDir = makeStateDir('actlab-ipynb-');
  prepareStateDir(stateDir);
  await installVsix(host, stateDir, vsix);
  const workspace = copySamplesWorkspace(stateDir);
  const server = await startCodeServer(host, { stateDir, logFile: path.join(out, 'code-server.log') });
  const browser = await launchChromium(host);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 2000 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await openNotebookFromExplorer(page, 'activations.ipynb');
    await runAll(page);
    // No kernel is chosen yet: Run All asks; Activation Lab is the one offered.
    const picker = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Activation Lab' });
    if (await picker.first().isVisible({ timeout: 5000 }).catch(() => false)) await picker.first().click();
    await page.waitForTimeout(12000);
    await page.screenshot({ path: path.join(out, 'activations-ipynb.png') });
    for (const frame of page.frames()) {
      const text = await frame.evaluate('document.body ? document.body.innerText.slice(0, 300) : ""').catch(() => '');
      console.log(frame.url().slice(0, 80), JSON.stringify(text));
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
