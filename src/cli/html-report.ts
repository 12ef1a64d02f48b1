/**
 * `activation-lab run notebook.actnb --html report.html`: one standalone HTML page of a run, light
 * theme, that needs no network (a Content-Security-Policy forbids every load; inline CSS; charts as
 * inline SVG; no script): every cell's source (escaped) and outputs. Per output the richest
 * self-contained item is shown: image/svg+xml (the chart), else text/html (our tables), else
 * text/markdown (converted by report-markdown.ts), else text/plain as preformatted text. A failed
 * cell shows its error with the source line and caret. Pure: the caller writes the file.
 */
import type { CellOutput, CellResult } from '../kernel/cell-result';
import { escapeXml } from '../shared/escape-xml';
import { MIME_HTML, MIME_MARKDOWN, MIME_SVG, MIME_TEXT } from '../shared/mime-types';
import { errorText } from './format-text';
import { markdownToHtml } from './report-markdown';

export interface ReportCell {
  kind: 'code' | 'markdown';
  language: string;
  source: string;
  /** The run's result (activation code cells); absent for markdown and skipped cells. */
  result?: CellResult;
}

export interface ReportInput {
  /** Shown as the page's heading, e.g. the notebook's file name. */
  title: string;
  /** e.g. "activation-lab 0.1.0". */
  generator: string;
  cells: ReportCell[];
}

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
header h1 { font-size: 22px; margin: 8px 0 2px; }
header p { margin: 0 0 16px; color: #57606a; }
.cell { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin: 12px 0; padding: 10px 14px; overflow-x: auto; }
.cell.markdown { background: transparent; border-color: transparent; padding: 0 2px; }
.cell.failed { border-left: 4px solid #cf222e; }
.cell-label { color: #57606a; font-size: 12px; margin-bottom: 4px; }
pre { margin: 0; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.source { background: #f6f8fa; border: 1px solid #eaeef2; border-radius: 4px; padding: 8px 10px; }
.outputs { margin-top: 8px; }
.output { margin: 6px 0; }
.output svg { max-width: 100%; height: auto; display: block; }
pre.error { color: #cf222e; background: #ffebe9; border: 1px solid #ffcecb; border-radius: 4px; padding: 8px 10px; }
table { border-collapse: collapse; margin: 4px 0; }
th, td { padding: 2px 8px; border-bottom: 1px solid #d0d7de; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; border-radius: 3px; padding: 0 3px; }
pre code { background: none; padding: 0; }
`;

/** Nothing may load: no network, no script; inline styles and data: images (inside the SVGs) only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** An SVG document inline in HTML (the HTML parser puts <svg> in the SVG namespace by itself). */
function inlineSvg(svg: string): string {
  return svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<svg');
}

function outputHtml(output: CellOutput): string {
  const find = (mime: string): string | undefined => {
    const item = output.items.find((i) => i.mime === mime);
    return item && typeof item.data === 'string' ? item.data : undefined;
  };
  const svg = find(MIME_SVG);
  if (svg !== undefined) return `<div class="output chart">${inlineSvg(svg)}</div>`;
  const html = find(MIME_HTML);
  if (html !== undefined) return `<div class="output html">${html}</div>`;
  const markdown = find(MIME_MARKDOWN);
  if (markdown !== undefined) return `<div class="output markdown">${markdownToHtml(markdown)}</div>`;
  const text = find(MIME_TEXT);
  if (text !== undefined) return `<div class="output text"><pre>${escapeXml(text)}</pre></div>`;
  return '';
}

function codeCellHtml(cell: ReportCell, index: number): string {
  const result = cell.result;
  const state = result === undefined ? 'skipped' : result.ok ? 'ok' : 'failed';
  const label = result === undefined ? `cell ${index + 1} · ${cell.language} · not run` : `cell ${index + 1}${result.ok ? '' : ' · failed'}`;
  const parts = [`<section class="cell code ${state}">`, `<div class="cell-label">${escapeXml(label)}</div>`, `<pre class="source"><code>${escapeXml(cell.source)}</code></pre>`];
  if (result) {
    const outputs = result.outputs.map(outputHtml).filter(Boolean);
    if (result.error) outputs.push(`<pre class="error">${escapeXml(errorText(result.error, cell.source).trimEnd())}</pre>`);
    if (outputs.length) parts.push(`<div class="outputs">${outputs.join('\n')}</div>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function htmlReport(input: ReportInput): string {
  const ran = input.cells.filter((c) => c.result);
  const failed = ran.filter((c) => !c.result?.ok).length;
  const summary = `${ran.length} code cell${ran.length === 1 ? '' : 's'} run${failed ? `, ${failed} failed` : ''} · ${input.generator}`;
  const cells = input.cells.map((cell, i) => (cell.kind === 'markdown' ? `<section class="cell markdown">${markdownToHtml(cell.source)}</section>` : codeCellHtml(cell, i)));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(input.title)} — Activation Lab</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${escapeXml(input.title)}</h1><p>${escapeXml(summary)}</p></header>`,
    ...cells,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
