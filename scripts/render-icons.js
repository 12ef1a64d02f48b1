// Renders media/icon.svg to media/icon.png (256×256, transparent corners) with Debian's Chromium,
// for the extension's `icon` (the marketplace and the Extensions view need a PNG of at least 128×128).
// Run after editing the SVG: node scripts/render-icons.js; the PNG is committed.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

(async () => {
  const media = path.resolve(__dirname, '..', 'media');
  const svg = fs.readFileSync(path.join(media, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(media, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
