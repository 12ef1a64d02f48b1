/**
 * A small, safe Markdown-to-HTML conversion for the HTML report (markdown cells, describe's and
 * table's text/markdown): headings, paragraphs, bullet lists, fenced code, GitHub tables, and inline
 * **bold**, _italic_, `code`, backslash escapes and [links](https://…). Every character of the text
 * is escaped first; only these constructs become tags, so no HTML in the source ever reaches the page.
 * Links are kept only for http(s) URLs (as plain <a href>, never a resource that loads).
 */
import { escapeXml } from '../shared/escape-xml';

const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** One line of inline Markdown as HTML. */
export function inlineMarkdown(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1])) {
      out += escapeXml(text[i + 1]);
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        out += `<code>${escapeXml(text.slice(i + 1, end))}</code>`;
        i = end + 1;
        continue;
      }
    }
    if (text.startsWith('**', i)) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        out += `<strong>${inlineMarkdown(text.slice(i + 2, end))}</strong>`;
        i = end + 2;
        continue;
      }
    }
    if (c === '_' && (i === 0 || /\s/.test(text[i - 1]))) {
      const m = /^_([^_\s](?:[^_]*[^_\s])?)_(?=$|[\s.,;:!?)])/.exec(text.slice(i));
      if (m) {
        out += `<em>${inlineMarkdown(m[1])}</em>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === '[') {
      const m = /^\[([^\]]*)\]\((https?:\/\/[^\s()"'<>]+)\)/.exec(text.slice(i));
      if (m) {
        out += `<a href="${escapeXml(m[2])}">${inlineMarkdown(m[1])}</a>`;
        i += m[0].length;
        continue;
      }
    }
    out += escapeXml(c);
    i++;
  }
  return out;
}

/** The cells of a table row: split on pipes that are not backslash-escaped, outer pipes dropped. */
function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

function tableHtml(lines: string[]): string {
  const aligns = tableCells(lines[1]).map((c) => (c.endsWith(':') && !c.startsWith(':') ? 'right' : 'left'));
  const row = (cells: string[], tag: string): string => `<tr>${cells.map((c, j) => `<${tag} style="text-align:${aligns[j] ?? 'left'}">${inlineMarkdown(c)}</${tag}>`).join('')}</tr>`;
  const body = lines.slice(2).map((l) => row(tableCells(l), 'td'));
  return `<table><thead>${row(tableCells(lines[0]), 'th')}</thead><tbody>${body.join('')}</tbody></table>`;
}

const isRule = (line: string | undefined): boolean => line !== undefined && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);

/** A Markdown document as HTML blocks. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeXml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1].length + 1); // the page's own <h1> is the notebook name
      out.push(`<h${level}>${inlineMarkdown(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && isRule(lines[i + 1])) {
      const block: string[] = [];
      for (; i < lines.length && lines[i].trim().startsWith('|'); i++) block.push(lines[i]);
      out.push(tableHtml(block));
      continue;
    }
    if (/^\s*[-*+]\s+/.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^\s*[-*+]\s+/.test(lines[i]); i++) items.push(`<li>${inlineMarkdown(lines[i].replace(/^\s*[-*+]\s+/, ''))}</li>`);
      out.push(`<ul>${items.join('')}</ul>`);
      continue;
    }
    const para: string[] = [];
    for (; i < lines.length && lines[i].trim() !== '' && !/^(#{1,6}\s|\s*```|\s*~~~|\s*[-*+]\s+)/.test(lines[i]) && !(lines[i].trim().startsWith('|') && isRule(lines[i + 1])); i++) {
      para.push(inlineMarkdown(lines[i].trim()));
    }
    if (para.length === 0) para.push(inlineMarkdown(lines[i++].trim())); // never stall on a line no rule takes
    out.push(`<p>${para.join('\n')}</p>`);
  }
  return out.join('\n');
}
