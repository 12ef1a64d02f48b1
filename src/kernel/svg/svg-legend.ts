/** A legend row (or rows) in SVG: a short line in each entry's colour, then its label (escaped). */
import { escapeXml } from '../../shared/escape-xml';
import { px, SVG_THEME, textWidth } from './svg-theme';

export interface LegendEntry {
  label: string;
  color: string;
  dash?: string;
  /** A dot instead of a line: a class of data points. */
  dot?: boolean;
}

const ROW_HEIGHT = 18;
const SWATCH = 18;

/** The height the legend takes at this width. */
export function legendHeight(entries: readonly LegendEntry[], width: number): number {
  return legendRows(entries, width).length * ROW_HEIGHT;
}

function entryWidth(e: LegendEntry): number {
  return SWATCH + 6 + textWidth(e.label) + 16;
}

function legendRows(entries: readonly LegendEntry[], width: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [];
  let row: LegendEntry[] = [];
  let used = 0;
  for (const e of entries) {
    const w = entryWidth(e);
    if (row.length > 0 && used + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(e);
    used += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The legend, rows centred in [left, left + width], the first row's middle at top + 9. */
export function legendSvg(entries: readonly LegendEntry[], left: number, top: number, width: number): string {
  const parts: string[] = [];
  legendRows(entries, width).forEach((row, r) => {
    const total = row.reduce((s, e) => s + entryWidth(e), 0) - 16;
    let x = left + Math.max(0, (width - total) / 2);
    const y = top + r * ROW_HEIGHT + 9;
    for (const e of row) {
      const dash = e.dash ? ` stroke-dasharray="${e.dash}"` : '';
      if (e.dot) parts.push(`<circle cx="${px(x + SWATCH / 2)}" cy="${px(y)}" r="4" fill="${e.color}"/>`);
      else parts.push(`<line x1="${px(x)}" y1="${px(y)}" x2="${px(x + SWATCH)}" y2="${px(y)}" stroke="${e.color}" stroke-width="3"${dash}/>`);
      parts.push(`<text x="${px(x + SWATCH + 6)}" y="${px(y + 4)}" fill="${SVG_THEME.foreground}">${escapeXml(e.label)}</text>`);
      x += entryWidth(e);
    }
  });
  return parts.join('');
}
