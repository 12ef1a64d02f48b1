// Browser checks of a drawn chart beyond its pixels: the export toolbar (CSV reaches the clipboard
// through the extension) and the themes: for Light, Dark and High Contrast, the user setting is
// picked (command palette) while the notebook stays open, the chart must redraw, and its dominant line colours must
// contrast (ratio >= 3) with the background of a screenshot of the chart. Screenshots are kept.
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { hex, pngColours, themeColours } from './theme-contrast';
import { selectColorTheme } from './workbench-actions';

type Check = (name: string, ok: boolean, detail: string) => void;

/** `setting` is the workbench.colorTheme id; the picker lists the theme by `label` (VS Code 1.139). */
export const THEMES: Array<{ setting: string; label: string; bodyClass: string; file: string }> = [
  { setting: 'Default Light Modern', label: 'Light Modern', bodyClass: 'vscode-light', file: 'light' },
  { setting: 'Default Dark Modern', label: 'Dark Modern', bodyClass: 'vscode-dark', file: 'dark' },
  { setting: 'Default High Contrast', label: 'Dark High Contrast', bodyClass: 'vscode-high-contrast', file: 'high-contrast' },
];

/** A cheap fingerprint of the first chart canvas, to tell that it was drawn again. */
async function canvasHash(outputs: FrameLocator): Promise<string> {
  return outputs
    .locator('.activation-lab-chart canvas')
    .first()
    .evaluate((canvas) => {
      const c = canvas as unknown as { width: number; height: number; getContext(k: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null };
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let h = 2166136261;
      for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 16777619);
      return `${c.width}x${c.height}:${(h >>> 0).toString(16)}`;
    })
    .catch(() => '');
}

export async function checkExportAndThemes(page: Page, outputs: FrameLocator, artifacts: string, check: Check): Promise<void> {
  // Export: CSV through the extension's clipboard.
  const chart = outputs.locator('.activation-lab-chart').first();
  await chart.locator('.al-export-csv').click();
  const status = chart.locator('.al-export-status');
  let said = '';
  for (let i = 0; i < 40 && !/copied|failed/.test(said); i++) {
    await page.waitForTimeout(250);
    said = (await status.textContent().catch(() => '')) ?? '';
  }
  const clip = String(await page.evaluate('navigator.clipboard.readText()').catch((e: unknown) => `(clipboard unreadable: ${String(e)})`));
  check('the CSV button copies the chart data', /copied/.test(said) && clip.startsWith('x,'), `status "${said}", clipboard starts ${JSON.stringify(clip.slice(0, 60))}`);

  let previous = await canvasHash(outputs);
  for (const theme of THEMES) {
    await selectColorTheme(page, theme.label, path.join(artifacts, `theme-${theme.file}-picker.png`)).catch(async (e: unknown) => {
      check(`the theme picker offers ${theme.setting}`, false, String(e));
      await page.keyboard.press('Escape');
    });
    let bodyClass = '';
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !bodyClass.split(/\s+/).includes(theme.bodyClass)) {
      await page.waitForTimeout(300);
      bodyClass = (await outputs.locator('body').getAttribute('class').catch(() => '')) ?? '';
    }
    check(`the outputs switch to ${theme.setting}`, bodyClass.split(/\s+/).includes(theme.bodyClass), `body class "${bodyClass}"`);
    let hash = previous;
    for (let i = 0; i < 20 && hash === previous; i++) {
      await page.waitForTimeout(250);
      hash = await canvasHash(outputs);
    }
    check(`the chart redraws for ${theme.setting}`, hash !== previous && hash !== '', `canvas ${previous} -> ${hash}`);
    previous = hash;
    await page.waitForTimeout(400);
    const chartShot = path.join(artifacts, `theme-${theme.file}-chart.png`);
    const png = await chart.screenshot({ path: chartShot });
    await page.screenshot({ path: path.join(artifacts, `theme-${theme.file}.png`) });
    const { total, colours } = await pngColours(page, png);
    const found = themeColours(total, colours);
    const detail = `background ${hex(found.background)}; lines ${found.lines.map((l) => `${hex(l.rgb)} (${l.contrast.toFixed(2)}:1, ${l.count} px)`).join(', ') || 'none found'}; ${chartShot}`;
    check(`${theme.setting}: the two dominant line colours contrast >= 3 with the background`, found.lines.length === 2 && found.lines.every((l) => l.contrast >= 3), detail);
  }
}
