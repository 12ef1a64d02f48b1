/**
 * Reads what the toolbar exports off the drawn output: the chart.js charts as neutral panels (their
 * datasets, colours, axis ranges and titles, as drawn) and the canvases composed into one PNG laid
 * out as on screen, on the editor's background. Works for plots and training outputs alike.
 */
import type { Chart } from 'chart.js';
import type { ExportColors, ExportPanel, ExportPoint, ExportSeries } from './chart-export';

type AnyChart = Chart;

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(' ');
  return '';
}

function color(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== 'transparent' ? value : fallback;
}

function points(data: unknown): ExportPoint[] {
  if (!Array.isArray(data)) return [];
  const out: ExportPoint[] = [];
  for (const d of data) {
    if (d && typeof d === 'object' && typeof (d as { x?: unknown }).x === 'number') {
      const y = (d as { y?: unknown }).y;
      out.push({ x: (d as { x: number }).x, y: typeof y === 'number' && Number.isFinite(y) ? y : null });
    }
  }
  return out;
}

/** One panel per chart, with the datasets the user has not hidden from the legend. */
export function panelsFromCharts(charts: readonly AnyChart[], foreground: string): ExportPanel[] {
  return charts.map((chart) => {
    const type = (chart.config as { type?: string }).type;
    const options = chart.options as Record<string, any>;
    const xScale = chart.scales.x;
    const yScale = chart.scales.y;
    const series: ExportSeries[] = chart.data.datasets
      .map((ds, i) => ({ ds: ds as Record<string, any>, i }))
      .filter(({ i }) => chart.isDatasetVisible(i))
      .map(({ ds }) => ({
        label: text(ds.label),
        color: color(ds.borderColor, color(ds.backgroundColor, foreground)),
        dash: Array.isArray(ds.borderDash) ? ds.borderDash.filter((v: unknown): v is number => typeof v === 'number') : [],
        line: type === 'line' || ds.showLine === true,
        points: points(ds.data),
      }));
    return {
      title: text(options.plugins?.title?.display === false ? '' : options.plugins?.title?.text),
      xTitle: text(options.scales?.x?.title?.text),
      yTitle: text(options.scales?.y?.title?.text),
      xRange: [xScale?.min ?? 0, xScale?.max ?? 1],
      yRange: [yScale?.min ?? 0, yScale?.max ?? 1],
      logY: yScale?.type === 'logarithmic',
      series,
    };
  });
}

/** The theme's background, text and grid colours as the output shows them. */
export function exportColors(element: Element): ExportColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--vscode-notebook-outputContainerBackgroundColor', read('--vscode-editor-background', '#ffffff')),
    foreground: read('--vscode-editor-foreground', '#616161'),
    grid: read('--vscode-editorWidget-border', 'rgba(128, 128, 128, 0.35)'),
  };
}

/** The canvases drawn where they sit inside `root`, on `colors.background`, under the title: a PNG data URL. */
export function composePng(root: HTMLElement, canvases: readonly HTMLCanvasElement[], title: string, colors: ExportColors): string {
  const doc = root.ownerDocument;
  const box = root.getBoundingClientRect();
  const scale = Math.max(1, doc.defaultView?.devicePixelRatio ?? 1);
  const shown = canvases.filter((c) => c.width > 0 && c.height > 0 && c.isConnected);
  const rects = shown.map((c) => c.getBoundingClientRect());
  const right = Math.max(box.width, ...rects.map((r) => r.right - box.left));
  const bottom = Math.max(1, ...rects.map((r) => r.bottom - box.top));
  const out = doc.createElement('canvas');
  out.width = Math.ceil((right + 8) * scale);
  out.height = Math.ceil((bottom + 8) * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas context for the PNG');
  ctx.scale(scale, scale);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, out.width, out.height);
  shown.forEach((canvas, i) => {
    const r = rects[i];
    ctx.drawImage(canvas, r.left - box.left, r.top - box.top, r.width, r.height);
  });
  const top = rects.length ? Math.min(...rects.map((r) => r.top - box.top)) : 0;
  if (top >= 16) {
    const style = getComputedStyle(root);
    ctx.fillStyle = colors.foreground;
    ctx.font = `600 ${style.fontSize || '13px'} ${style.fontFamily || 'sans-serif'}`;
    ctx.textBaseline = 'top';
    ctx.fillText(title, 2, 4);
  }
  return out.toDataURL('image/png');
}
