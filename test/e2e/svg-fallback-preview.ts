// Screenshots of the static SVG fallbacks (src/kernel/svg/) as a browser without the renderer shows
// them (an <img> on white, as GitHub or nbviewer does): plots from the kernel and the training preview
// runs. Writes .test-artifacts/svg/<name>.svg and .png, and fails when a chart's plot area is blank.
// Run: node out/test/e2e/svg-fallback-preview.js
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../host/browser';
import { colouredPixels } from '../host/svg-pixels';
import { KernelSession } from '../../src/kernel/session';
import type { ChartPayload } from '../../src/shared/chart-payload';
import { MIME_CHART } from '../../src/shared/mime-types';
import { chartSvg } from '../../src/kernel/svg/chart-svg';
import { trainingSvg } from '../../src/kernel/svg/training-svg';
import { previewCases } from './training-preview-runs';

function plotCase(source: string): string {
  const r = new KernelSession().executeSync(source);
  const item = r.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME_CHART);
  if (!item) throw new Error(`no chart from ${source}: ${JSON.stringify(r.error)}`);
  return chartSvg(item.data as ChartPayload);
}

export async function main(): Promise<void> {
  const dir = path.resolve(process.env.ACTIVATION_LAB_ARTIFACTS ?? '.test-artifacts', 'svg');
  fs.mkdirSync(dir, { recursive: true });
  const cases: Array<{ name: string; svg: string }> = [
    { name: 'plot-relu-gelu', svg: plotCase('plot(relu, gelu, sigmoid, tanh, derivative=true)') },
    { name: 'plot-second', svg: plotCase('f(x) = x^3\nplot(f, d(f), range=[-2, 2])') },
    { name: 'plot-escaping', svg: plotCase('plot(x -> where(x < 0, x > -1, 0), range=[-2, 2])') },
    ...previewCases().map((c) => ({ name: `training-${c.name}`, svg: trainingSvg(c.payload) })),
  ];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const c of cases) {
      const file = path.join(dir, `${c.name}.svg`);
      fs.writeFileSync(file, c.svg);
      const ink = await colouredPixels(page, c.svg);
      if (ink.coloured < 200) throw new Error(`${c.name}: only ${ink.coloured} coloured pixels: the chart looks blank`);
      await page.setContent(`<body style="margin:0;background:#fff"><img id="i" src="data:image/svg+xml;base64,${Buffer.from(c.svg).toString('base64')}"></body>`);
      await page.waitForLoadState('load');
      await page.locator('#i').screenshot({ path: path.join(dir, `${c.name}.png`) });
      console.log(`${c.name}: ${ink.width}×${ink.height}, ${(c.svg.length / 1024).toFixed(1)} kB, ${ink.coloured} coloured pixels`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
