// What a user sees: the packaged .vsix installed into code-server, samples/welcome.actnb opened in
// Chromium, Run All pressed, and the chart canvases checked for non-blank pixels. Screenshots are
// kept in .test-artifacts/e2e/ to look at.
// Usage: node out/test/e2e/browser-check.js <path to .vsix>
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../host/browser';
import { installVsix, makeStateDir, prepareStateDir, startCodeServer } from '../host/code-server';
import { ensureTestHost } from '../host/test-host-paths';
import { artifactsDir, copySamplesWorkspace } from '../host/workspace';
import { openNotebookFromExplorer, runAll } from './workbench-actions';
import { checkExportAndThemes } from './theme-check';
import { checkTrainingOutputs, writeTrainingFixture } from './training-check';

export interface E2eCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** Counts non-transparent pixels of every canvas in the output webview. */
async function paintedPixelsPerCanvas(outputs: FrameLocator): Promise<number[]> {
  return outputs.locator('canvas').evaluateAll((canvases) =>
    // Runs in the page: typed loosely because this file is compiled without DOM types.
    (canvases as unknown as Array<{ width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null }>).map((canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return 0;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      return painted;
    }),
  );
}

export async function runBrowserCheck(vsix: string): Promise<E2eCheck[]> {
  const host = ensureTestHost();
  const artifacts = artifactsDir('e2e');
  const stateDir = makeStateDir('actlab-e2e-');
  prepareStateDir(stateDir);
  await installVsix(host, stateDir, vsix);
  const workspace = copySamplesWorkspace(stateDir);
  writeTrainingFixture(workspace);
  const server = await startCodeServer(host, { stateDir, logFile: path.join(artifacts, 'code-server.log') });
  const browser = await launchChromium(host);
  const checks: E2eCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  let pageForShots: Page | undefined;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    pageForShots = page;
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await openNotebookFromExplorer(page, 'welcome.actnb');
    check('welcome.actnb opens in the notebook editor', true, 'cell list visible');
    await runAll(page);
    const outputs = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    let pixels: number[] = [];
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      pixels = await paintedPixelsPerCanvas(outputs).catch(() => []);
      if (pixels.length > 0 && pixels.every((p) => p > 0)) break;
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(500);
    const shot = path.join(artifacts, 'welcome-run-all.png');
    await page.screenshot({ path: shot });
    check('the chart output has canvases', pixels.length > 0, `${pixels.length} canvas(es)`);
    check('every chart canvas is non-blank', pixels.length > 0 && pixels.every((p) => p > 1000), `painted pixels per canvas: ${pixels.join(', ')}`);
    // Text outputs render inside shadow roots: Playwright's text locators pierce them, innerText does not.
    const shown: string[] = [];
    for (const expected of ['0', '[0, 0, 0, 1, 2]', '-0.2']) {
      const count = await outputs.getByText(expected, { exact: true }).count().catch(() => 0);
      if (count > 0) shown.push(expected);
    }
    check('the text outputs show 0, [0, 0, 0, 1, 2] and -0.2', shown.length === 3, `shown: ${shown.join(' | ') || 'none'}`);
    check('a screenshot was kept', fs.statSync(shot).size > 10_000, shot);
    await checkExportAndThemes(page, outputs, artifacts, check);
    await checkTrainingOutputs(page, artifacts, check);
  } catch (error) {
    await pageForShots?.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => undefined);
    check('the browser check ran to the end', false, String(error instanceof Error ? error.stack : error));
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks;
}

if (require.main === module) {
  const vsix = process.argv[2];
  assert.ok(vsix, 'usage: browser-check.js <path to .vsix>');
  runBrowserCheck(path.resolve(vsix))
    .then((checks) => {
      for (const c of checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name} (${c.detail})`);
      const failed = checks.filter((c) => !c.ok).length;
      console.log(`e2e: ${checks.length - failed} passed, ${failed} failed`);
      process.exit(failed > 0 ? 1 : 0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
