/**
 * The small toolbar on a chart output: "PNG" and "SVG" save the chart, "CSV" copies its data. With
 * renderer messaging the extension does the work (a save dialog, the editor's clipboard) and answers
 * with the outcome, shown beside the buttons; without it, CSV goes to navigator.clipboard and images
 * to a download link. Labels and messages go in with textContent only.
 */
import type { Chart } from 'chart.js';
import { isExportResultMessage, type ExportChartMessage, type ExportFormat } from '../shared/renderer-messages';
import { exportFileName, panelsToCsv, panelsToSvg } from './chart-export';
import { composePng, exportColors, panelsFromCharts } from './export-source';
import type { RendererContext } from './renderer-api';

/** What a drawn output gives the toolbar, read at the moment a button is pressed. */
export interface ExportTarget {
  title: string;
  /** The element holding the whole output (for the PNG layout and the theme colours). */
  root(): HTMLElement;
  charts(): readonly Chart[];
  /** Every canvas of the output (chart.js charts and heatmaps) for the PNG. */
  canvases(): readonly HTMLCanvasElement[];
}

const STYLE_ID = 'activation-lab-export-style';
const STYLE = `
.al-export-host { position: relative; }
.al-export { position: absolute; top: 2px; right: 0; z-index: 2; display: flex; gap: 4px; align-items: center; justify-content: flex-end; font-family: var(--vscode-font-family, sans-serif); font-size: 11px; margin: 0 0 2px 0; min-height: 20px; }
.al-export button { font: inherit; padding: 1px 7px; cursor: pointer; color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, transparent); border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, rgba(128,128,128,0.5))); border-radius: 2px; }
.al-export button:hover { background: var(--vscode-button-secondaryHoverBackground, rgba(128,128,128,0.2)); }
.al-export button:focus-visible { outline: 1px solid var(--vscode-focusBorder, #007fd4); outline-offset: 1px; }
.al-export-status { color: var(--vscode-descriptionForeground, inherit); margin-right: 6px; }
`;

/** Toolbars waiting for the extension's answer, by request id. */
const pending = new Map<string, (outcome: string, detail: string) => void>();
let nextRequest = 1;
let listening = false;

/** Routes the extension's answers to the toolbar that asked (installed once per renderer). */
export function listenForExportResults(context: RendererContext): void {
  if (listening || !context.onDidReceiveMessage) return;
  listening = true;
  context.onDidReceiveMessage((message) => {
    if (!isExportResultMessage(message)) return;
    const show = pending.get(message.requestId);
    pending.delete(message.requestId);
    show?.(message.outcome, message.detail);
  });
}

function ensureStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  doc.head.appendChild(style);
}

function download(doc: Document, href: string, fileName: string): void {
  const a = doc.createElement('a');
  a.href = href;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
}

/** The data of one export: what is sent, and its suggested file name. */
export function exportData(target: ExportTarget, format: ExportFormat): { data: string; fileName: string } {
  const root = target.root();
  const colors = exportColors(root);
  const fileName = exportFileName(target.title, format);
  if (format === 'png') return { data: composePng(root, target.canvases(), target.title, colors), fileName };
  const panels = panelsFromCharts(target.charts(), colors.foreground);
  if (format === 'csv') return { data: panelsToCsv(panels), fileName };
  const style = getComputedStyle(root);
  const size = Number.parseFloat(style.fontSize);
  return { data: panelsToSvg(target.title, panels, colors, style.fontFamily || 'sans-serif', Number.isFinite(size) ? size : 12), fileName };
}

/** Builds the toolbar element (the caller places it above the output). */
export function createExportToolbar(doc: Document, target: ExportTarget, context: RendererContext): HTMLElement {
  ensureStyles(doc);
  const bar = doc.createElement('div');
  bar.className = 'al-export';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', `export ${target.title}`);
  const status = doc.createElement('span');
  status.className = 'al-export-status';
  status.setAttribute('aria-live', 'polite');
  bar.appendChild(status);
  const buttons: Array<[ExportFormat, string, string]> = [
    ['png', 'PNG', 'Save the chart as a PNG image'],
    ['svg', 'SVG', 'Save the chart as an SVG image'],
    ['csv', 'CSV', 'Copy the chart data as CSV'],
  ];
  for (const [format, label, tip] of buttons) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `al-export-${format}`;
    button.textContent = label;
    button.title = tip;
    button.addEventListener('click', () => void run(format));
    bar.appendChild(button);
  }

  async function run(format: ExportFormat): Promise<void> {
    status.textContent = '';
    let exported: { data: string; fileName: string };
    try {
      exported = exportData(target, format);
    } catch (e) {
      status.textContent = `export failed: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    if (context.postMessage) {
      const requestId = `export-${nextRequest++}`;
      pending.set(requestId, (outcome, detail) => (status.textContent = detail || outcome));
      const message: ExportChartMessage = { type: 'exportChart', requestId, format, fileName: exported.fileName, data: exported.data };
      status.textContent = format === 'csv' ? 'copying…' : 'saving…';
      context.postMessage(message);
      return;
    }
    try {
      if (format === 'csv') {
        await navigator.clipboard.writeText(exported.data);
        status.textContent = 'CSV copied';
      } else {
        const href = format === 'png' ? exported.data : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(exported.data)}`;
        download(doc, href, exported.fileName);
        status.textContent = `${exported.fileName} downloaded`;
      }
    } catch (e) {
      status.textContent = `export failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return bar;
}

/** Puts the toolbar at the top right of the output just drawn into `element` (again after every redraw). */
export function attachToolbar(element: HTMLElement, toolbar: HTMLElement): void {
  const root = element.firstElementChild as HTMLElement | null;
  if (!root) return;
  root.classList.add('al-export-host');
  root.prepend(toolbar);
}
