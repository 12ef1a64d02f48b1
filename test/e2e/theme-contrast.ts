// The colours of a screenshot of a chart: the background (the most common colour) and the dominant
// line colours (frequent, saturated colours: text, grid and axes are grey), with the WCAG contrast
// ratio of each line colour against the background. The PNG is decoded by Chromium itself.
import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];

export interface ColourCount {
  rgb: Rgb;
  count: number;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const hex = ([r, g, b]: Rgb): string => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** Colours of a PNG (quantised to 5 bits a channel, averaged within a bucket), most frequent first. */
export async function pngColours(page: Page, png: Buffer): Promise<{ total: number; colours: ColourCount[] }> {
  const script = `(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const buckets = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const key = ((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3);
      let b = buckets.get(key);
      if (!b) { b = [0, 0, 0, 0]; buckets.set(key, b); }
      b[0] += d[i]; b[1] += d[i + 1]; b[2] += d[i + 2]; b[3]++;
    }
    const colours = [...buckets.values()].sort((a, b) => b[3] - a[3]).slice(0, 60)
      .map((b) => ({ rgb: [Math.round(b[0] / b[3]), Math.round(b[1] / b[3]), Math.round(b[2] / b[3])], count: b[3] }));
    return { total: d.length / 4, colours };
  })(${JSON.stringify(png.toString('base64'))})`;
  return (await page.evaluate(script)) as { total: number; colours: ColourCount[] };
}

export interface ThemeColours {
  background: Rgb;
  lines: Array<{ rgb: Rgb; count: number; contrast: number }>;
}

/** The background and up to `max` line colours (at least `minShare` of the pixels, saturated, unlike the background). */
export function themeColours(total: number, colours: readonly ColourCount[], max = 2, minShare = 0.002): ThemeColours {
  const background = colours[0].rgb;
  const saturation = ([r, g, b]: Rgb) => Math.max(r, g, b) - Math.min(r, g, b);
  const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  const lines: ThemeColours['lines'] = [];
  for (const c of colours.slice(1)) {
    if (c.count < total * minShare || saturation(c.rgb) < 80 || distance(c.rgb, background) < 60) continue;
    // A shade of a line colour already taken (anti-aliasing) is not another line.
    if (lines.some((l) => distance(l.rgb, c.rgb) < 60)) continue;
    lines.push({ rgb: c.rgb, count: c.count, contrast: contrastRatio(c.rgb, background) });
    if (lines.length === max) break;
  }
  return { background, lines };
}
