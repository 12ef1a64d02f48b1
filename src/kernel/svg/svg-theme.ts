/**
 * The light theme of the static SVG charts (they are read on white: GitHub, nbviewer, an HTML report,
 * a slide): the renderer's light colours (VS Code's chart colours), dark text, a pale grid.
 */
import { escapeXml } from '../../shared/escape-xml';

export const SVG_THEME = {
  background: '#ffffff',
  foreground: '#1f2328',
  muted: '#57606a',
  grid: '#e4e7eb',
  frame: '#8c959f',
  zeroLine: '#57606a',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif",
  fontSize: 12,
  /** Series colours in the order functions first appear (the renderer's light palette). */
  palette: ['#1a85ff', '#e51400', '#388a34', '#bf8803', '#652d90', '#d18616', '#17becf', '#e377c2', '#8c564b', '#7f7f7f'],
  /** Training data: class 0 orange, class 1 blue, then distinct hues (TensorFlow Playground's colours). */
  classColors: ['#f59322', '#0877bd', '#2ca02c', '#9467bd', '#d62728', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'],
} as const;

/** The colour of the i-th series. */
export function seriesColor(i: number): string {
  return SVG_THEME.palette[i % SVG_THEME.palette.length];
}

/** A rough width of text in the SVG font (no layout engine in Node): for legends and centring. */
export function textWidth(text: string, fontSize: number = SVG_THEME.fontSize): number {
  return [...text].length * fontSize * 0.58;
}

/** Opens an SVG document of the given size on a white background; the title (plain text) is escaped. */
export function svgOpen(width: number, height: number, title: string): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" ` +
    `font-family="${SVG_THEME.fontFamily}" font-size="${SVG_THEME.fontSize}" fill="${SVG_THEME.foreground}">` +
    `<title>${escapeXml(title)}</title><rect width="${w}" height="${h}" fill="${SVG_THEME.background}"/>`
  );
}

/** A number for an SVG coordinate: one decimal, no "-0". */
export function px(value: number): string {
  const r = Math.round(value * 10) / 10;
  return String(r === 0 ? 0 : r);
}
