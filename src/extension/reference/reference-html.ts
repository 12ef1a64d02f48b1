/**
 * The HTML of the Activation Reference webview: every activation with its formula, derivative (a
 * Jacobian and shape for the vector ones), parameters, properties, origin, framework names and a chart
 * of f and f' (a vector activation's along the 1-D slice its caption names), and a search box that
 * filters by name, alias, framework name and summary. Pure (no vscode import), so it is unit-tested in
 * Node. Everything from the records is HTML-escaped; the Content Security Policy allows no remote
 * content, and only the style and script carrying this page's nonce.
 */
import type { ActivationSpec } from '../../core/activations/activation-spec';
import { originWorks, type OriginWork } from '../../core/activations/origin-works';
import type { VectorActivationSpec } from '../../core/vector/vector-activation-spec';
import { vectorPropertyPhrases } from '../../core/vector/vector-properties-text';
import { formatDefault, safeUrl } from '../../lang/builtins/doc-text';
import { htmlAttribute, htmlText } from '../../lang/builtins/markup-escape';
import { FRAMEWORK_IDS, frameworkLabel } from '../frameworks/framework-names';
import { propertiesLine } from '../docs/hover-markdown';
import { referenceChart } from './reference-chart';

export const REFERENCE_TITLE = 'Activation Reference';

/** An element-wise activation, or a vector one (softmax, glu, maxout, ...). */
export type ReferenceSubject = (Pick<ActivationSpec, 'name' | 'aliases' | 'doc' | 'valueInto' | 'derivativeInto'> & { readonly kind?: 'elementwise' }) | VectorActivationSpec;

export interface ReferencePageOptions {
  /** A fresh random token per page (base64 or hex). */
  nonce: string;
  /** The search box's starting text (e.g. the name the command was opened for). */
  query?: string;
}

/** The page's Content-Security-Policy: nothing remote, nothing inline without the nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return [`default-src 'none'`, `img-src data:`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
}

/** The lower-case text an entry is found by. */
export function searchText(spec: ReferenceSubject): string {
  const frameworks = FRAMEWORK_IDS.flatMap((f) => spec.doc.frameworks?.[f]?.names ?? []);
  return [spec.name, ...spec.aliases, spec.doc.displayName, ...frameworks, spec.doc.summary].join(' ').toLowerCase();
}

function row(term: string, html: string): string {
  return `<dt>${htmlText(term)}</dt><dd>${html}</dd>`;
}

function entryHtml(spec: ReferenceSubject): string {
  const d = spec.doc;
  const vector = spec.kind === 'vector' ? spec.doc : undefined;
  const rows: string[] = [];
  rows.push(row('Formula', `<code>${htmlText(d.formula.text)}</code>`));
  if (vector) rows.push(row('Jacobian', `<code>${htmlText(vector.jacobian.text)}</code>`), row('Shape', `<code>${htmlText(vector.shape)}</code>`));
  else if (spec.kind !== 'vector') rows.push(row('Derivative', `<code>${htmlText(spec.doc.derivative.text)}</code>`));
  const params = d.params.length
    ? `<ul>${d.params.map((p) => `<li><code>${htmlText(`${p.name}=${formatDefault(p.default)}`)}</code> — ${htmlText(p.description)}</li>`).join('')}</ul>`
    : 'none';
  rows.push(row('Parameters', params));
  const properties = spec.kind === 'vector' ? spec.doc.properties && vectorPropertyPhrases(spec.doc.properties).join(' · ') : spec.doc.properties && propertiesLine(spec.doc.properties);
  if (properties) rows.push(row('Properties', htmlText(properties)));
  const kinks = spec.kind === 'vector' ? undefined : spec.doc.kinkConvention;
  if (kinks && !/^none\b/.test(kinks)) rows.push(row('At kinks', htmlText(kinks)));
  rows.push(row('Range', `<code>${htmlText(d.range)}</code>`));
  const o = d.origin;
  const url = safeUrl(o.url);
  const works = originWorks(o);
  const cite = (title: string) => (url && works.length === 1 ? `<a href="${htmlAttribute(url)}">${htmlText(title)}</a>` : `<cite>${htmlText(title)}</cite>`);
  const work = (w: OriginWork) => `${htmlText(w.authors)}, ${cite(w.title)}`;
  const link = url && works.length > 1 ? ` <a href="${htmlAttribute(url)}">${htmlText(url.replace(/^https?:\/\//, ''))}</a>` : '';
  rows.push(row('Origin', works.length === 1 ? work(works[0]) : `<ul class="works">${works.map((w) => `<li>${work(w)}</li>`).join('')}</ul>${link}`));
  for (const framework of FRAMEWORK_IDS) {
    const record = d.frameworks?.[framework];
    if (!record || (record.names.length === 0 && !record.note)) continue;
    const names = record.names.map((n) => `<code>${htmlText(n)}</code>`).join(', ') || 'no built-in';
    const note = record.note ? ` <span class="note">— ${htmlText(record.note)}</span>` : '';
    rows.push(row(frameworkLabel(framework, 'python'), names + note));
  }
  const { svg, caption, label } = referenceChart(spec);
  const chart = svg ?? '<p class="note">(no chart)</p>';
  const aliases = spec.aliases.length ? ` <span class="aliases">also ${spec.aliases.map((a) => `<code>${htmlText(a)}</code>`).join(', ')}</span>` : '';
  return [
    `<article class="entry" id="act-${htmlAttribute(spec.name)}" data-search="${htmlAttribute(searchText(spec))}">`,
    `<h2>${htmlText(d.displayName)} <code>${htmlText(spec.name)}</code>${aliases}</h2>`,
    `<p class="summary">${htmlText(d.summary)}</p>`,
    `<div class="body"><figure class="chart" aria-label="${htmlAttribute(label)}">${chart}<figcaption>${htmlText(caption)}</figcaption></figure>`,
    `<dl>${rows.join('')}</dl></div>`,
    `</article>`,
  ].join('\n');
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 32px; }
header.top { position: sticky; top: 0; background: var(--vscode-editor-background); padding: 12px 0 8px; z-index: 1; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
h1 { font-size: 1.4em; margin: 0 0 8px; }
input[type=search] { width: 100%; max-width: 480px; padding: 4px 8px; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border, #8888)); }
.count { margin-left: 8px; opacity: 0.8; }
.entry { border-bottom: 1px solid var(--vscode-panel-border, #8884); padding: 12px 0; }
.entry[hidden] { display: none; }
h2 { font-size: 1.15em; margin: 0 0 4px; }
.aliases, .note { font-weight: normal; opacity: 0.8; font-size: 0.9em; }
.body { display: flex; gap: 16px; align-items: flex-start; flex-wrap: wrap; }
figure.chart { margin: 0; flex: 0 0 240px; }
figcaption { font-size: 0.8em; opacity: 0.8; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; flex: 1 1 360px; }
dt { font-weight: bold; }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 16px; }
code { font-family: var(--vscode-editor-font-family); }
a { color: var(--vscode-textLink-foreground); }
.empty { opacity: 0.8; }
`;

/** What the page reports to the extension each time it (re)filters: `{type: 'rendered', query, shown, total}`. */
export interface ReferenceRendered {
  type: 'rendered';
  query: string;
  shown: number;
  total: number;
}

/**
 * Filters the entries as the search text changes (an entry matches when it contains every word typed),
 * and tells the extension how many are shown.
 */
const SCRIPT = `
(function () {
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const input = document.getElementById('search');
  const entries = Array.from(document.querySelectorAll('.entry'));
  const count = document.getElementById('count');
  const empty = document.getElementById('empty');
  function apply() {
    const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const entry of entries) {
      const text = entry.getAttribute('data-search') || '';
      const match = words.every((w) => text.includes(w));
      entry.hidden = !match;
      if (match) shown++;
    }
    count.textContent = shown + ' of ' + entries.length;
    empty.hidden = shown !== 0;
    if (vscode) vscode.postMessage({ type: 'rendered', query: input.value, shown: shown, total: entries.length });
  }
  input.addEventListener('input', apply);
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'report') apply();
  });
  apply();
})();
`;

export function referenceHtml(specs: readonly ReferenceSubject[], options: ReferencePageOptions): string {
  const { nonce } = options;
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('the reference page needs a random nonce of at least 16 characters');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${REFERENCE_TITLE}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1>${REFERENCE_TITLE}</h1>`,
    `<input id="search" type="search" placeholder="Search by name, alias, framework name or description" aria-label="Search activations" value="${htmlAttribute(options.query ?? '')}">`,
    `<span id="count" class="count">${specs.length} of ${specs.length}</span>`,
    '</header>',
    '<main>',
    ...specs.map(entryHtml),
    '<p id="empty" class="empty" hidden>No activation matches.</p>',
    '</main>',
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
