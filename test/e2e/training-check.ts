// The browser check of training outputs (issue 10): a small notebook that trains a run and compares
// three activations is opened and run; in a dark and a light theme, every canvas of the training
// outputs (loss curves, decision boundary, layer health, comparison panels) must be non-blank, and
// screenshots are kept in .test-artifacts/e2e/ (training-dark.png, training-light.png, ...) to look at.
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import { THEMES } from './theme-check';
import { openNotebookFromExplorer, runAll, selectColorTheme } from './workbench-actions';

type Check = (name: string, ok: boolean, detail: string) => void;

export const TRAINING_FIXTURE = 'training-view.actnb';

/** Writes the notebook the check opens into the workspace (before code-server starts). */
export function writeTrainingFixture(workspace: string): void {
  const cell = (source: string[]) => ({ kind: 'code', language: 'activation', source, metadata: {}, outputs: [] });
  const notebook = {
    format: 'activation-lab-notebook',
    version: 1,
    metadata: {},
    cells: [
      cell(['data = dataset("spiral", n=300, noise=0.2, seed=1)', 'run = train(mlp([2, 16, 16, 1], activation=tanh, seed=1), data, epochs=150)']),
      cell(['compare_training(relu, tanh, gelu, data=data, hidden=[8, 8], epochs=40)']),
    ],
  };
  fs.writeFileSync(path.join(workspace, TRAINING_FIXTURE), `${JSON.stringify(notebook, null, 2)}\n`);
}

/** The outputs' frame that holds training outputs (two notebooks are open: each has its webview), or undefined. */
async function trainingFrame(page: Page): Promise<Frame | undefined> {
  let best: { frame: Frame; n: number } | undefined;
  for (const frame of page.frames()) {
    const n = await frame.locator('.al-training').count().catch(() => 0);
    if (n > 0 && (!best || n > best.n)) best = { frame, n };
  }
  return best?.frame;
}

/** Painted pixels of every canvas inside the training outputs. */
async function trainingCanvases(frame: Frame | undefined): Promise<number[]> {
  if (!frame) return [];
  return frame.locator('.al-training canvas').evaluateAll((canvases) =>
    (canvases as unknown as Array<{ width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null }>).map((canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return 0;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      return painted;
    }),
  ).catch(() => []);
}

export async function checkTrainingOutputs(page: Page, artifacts: string, check: Check): Promise<void> {
  // Tall enough for both outputs to be on screen (the renderer draws what the notebook shows).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1440, height: 2200 });
  await openNotebookFromExplorer(page, TRAINING_FIXTURE);
  await runAll(page);
  for (const theme of THEMES.filter((t) => t.file === 'dark' || t.file === 'light')) {
    await selectColorTheme(page, theme.label).catch(async (e: unknown) => {
      check(`training: the theme picker offers ${theme.setting}`, false, String(e));
      await page.keyboard.press('Escape');
    });
    let pixels: number[] = [];
    let bodyClass = '';
    let frame: Frame | undefined;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      frame = await trainingFrame(page);
      bodyClass = (await frame?.locator('body').getAttribute('class').catch(() => '')) ?? '';
      pixels = await trainingCanvases(frame);
      // A finished run (4 health charts, loss, boundary) and a comparison (loss, 3 panels): at least 10 canvases.
      if (bodyClass.split(/\s+/).includes(theme.bodyClass) && pixels.length >= 10 && pixels.every((p) => p > 0)) break;
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(800);
    pixels = await trainingCanvases(frame);
    const views = frame?.locator('.al-training');
    const count = (await views?.count().catch(() => 0)) ?? 0;
    for (let i = 0; i < count && views; i++) await views.nth(i).screenshot({ path: path.join(artifacts, `training-${theme.file}-${i + 1}.png`) }).catch(() => undefined);
    const shot = path.join(artifacts, `training-${theme.file}.png`);
    await page.screenshot({ path: shot });
    if (theme.file === 'dark' && viewport) await page.setViewportSize(viewport);
    check(`training outputs in ${theme.setting}: every panel's canvas is non-blank`, bodyClass.split(/\s+/).includes(theme.bodyClass) && pixels.length >= 10 && pixels.every((p) => p > 200), `body class "${bodyClass}"; ${pixels.length} canvases, painted pixels ${pixels.join(', ')}; ${shot}`);
  }
}
