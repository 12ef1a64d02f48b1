// Renders an SVG document as an <img> in Chromium (as GitHub or nbviewer shows an image/svg+xml
// output) and counts its coloured pixels, so a test can assert a chart is visible: grid, frame and
// text are grey, the series and the heatmap are saturated colours.
import type { Page } from 'playwright-core';

export interface InkCount {
  width: number;
  height: number;
  /** Pixels whose channels differ by more than 60 (not white, grey or black) inside the region. */
  coloured: number;
}

/** Loads the SVG and counts coloured pixels in the region (fractions of the image; default all of it). */
export async function colouredPixels(page: Page, svg: string, region = { x: 0, y: 0, w: 1, h: 1 }): Promise<InkCount> {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent('<body style="margin:0;background:#fff"></body>');
  const script = `new Promise((resolve, reject) => {
    const img = new Image();
    img.onerror = () => reject(new Error('the SVG did not load as an image'));
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const r = ${JSON.stringify(region)};
      const x0 = Math.floor(r.x * c.width), y0 = Math.floor(r.y * c.height);
      const w = Math.max(1, Math.floor(r.w * c.width)), h = Math.max(1, Math.floor(r.h * c.height));
      const d = g.getImageData(x0, y0, w, h).data;
      let coloured = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) coloured++;
      }
      resolve({ width: c.width, height: c.height, coloured });
    };
    img.src = ${JSON.stringify(src)};
  })`;
  return (await page.evaluate(script)) as InkCount;
}
