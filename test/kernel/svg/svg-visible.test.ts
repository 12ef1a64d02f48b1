// The SVG fallbacks as a browser without the renderer shows them (an image on white): Chromium loads
// each one (so it is well-formed XML) and its plot area holds coloured pixels (the series, the heatmap).
import * as assert from 'assert';
import * as fs from 'fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../host/browser';
import { colouredPixels } from '../../host/svg-pixels';
import { KernelSession } from '../../../src/kernel/session';
import { trainingSvg } from '../../../src/kernel/svg/training-svg';
import { MIME_SVG } from '../../../src/shared/mime-types';
import { comparison, view } from './training-fixtures';

const CHROMIUM = '/usr/bin/chromium';

function plotSvg(source: string): string {
  const item = new KernelSession().executeSync(source).outputs.flatMap((o) => o.items).find((i) => i.mime === MIME_SVG);
  assert.ok(item);
  return item.data as string;
}

describe('kernel/svg: the fallbacks are visible in Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  before(async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
  });
  after(async () => browser?.close());

  // The region is the plot area of the first panel (fractions of the image), past the tick labels.
  const cases: Array<{ name: string; svg: () => string; region: { x: number; y: number; w: number; h: number }; min: number }> = [
    { name: 'plot(relu, gelu)', svg: () => plotSvg('plot(relu, gelu)'), region: { x: 0.1, y: 0.2, w: 0.35, h: 0.5 }, min: 300 },
    { name: 'a label full of markup still loads', svg: () => plotSvg('plot(x -> where(x < 0, 0, x), derivative=false)'), region: { x: 0.1, y: 0.2, w: 0.8, h: 0.5 }, min: 200 },
    { name: 'training view (the boundary heatmap)', svg: () => trainingSvg(view()), region: { x: 0.55, y: 0.1, w: 0.4, h: 0.35 }, min: 2000 },
    { name: 'training comparison', svg: () => trainingSvg(comparison()), region: { x: 0.05, y: 0.05, w: 0.9, h: 0.4 }, min: 300 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const ink = await colouredPixels(page, c.svg(), c.region);
      assert.ok(ink.width > 300 && ink.height > 200, `${ink.width}×${ink.height}`);
      assert.ok(ink.coloured >= c.min, `${ink.coloured} coloured pixels in the plot area, expected ≥ ${c.min}`);
    });
  }
});
