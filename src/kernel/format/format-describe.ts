/**
 * describe(f) as text (text/plain) and as Markdown (text/markdown): the doc record or definition,
 * then the property table. The chart is not described here: the kernel shows it as a second output.
 */
import { markdownCodeSpan } from '../../lang/builtins/markup-escape';
import { formatTableMarkdown, formatTableText } from './format-table';
import type { DescribedDoc, DescribeValue } from '../../lang/runtime/values';

function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

function propertyLines(doc: DescribedDoc): Array<[string, string]> {
  const p = doc.properties;
  if (!p) return [];
  return [
    ['monotonic', yesNo(p.monotonic)],
    ['bounded below', yesNo(p.boundedBelow)],
    ['bounded above', yesNo(p.boundedAbove)],
    ['smoothness', p.smoothness],
    ['zero-centred', yesNo(p.zeroCentred)],
    ['self-gated', yesNo(p.selfGated)],
  ];
}

function originText(doc: DescribedDoc): string {
  const o = doc.origin;
  return `${o.authors} (${o.year}), "${o.title}"${o.url ? `, ${o.url}` : ''}`;
}

const LABEL_WIDTH = 15;

function labelled(label: string, text: string): string {
  return `${(label + ':').padEnd(LABEL_WIDTH)}${text}`;
}

export function formatDescribeText(value: DescribeValue): string {
  const lines: string[] = [];
  const doc = value.doc;
  if (doc) {
    lines.push(`${doc.displayName} (${doc.name})${doc.aliases.length ? `, also ${doc.aliases.join(', ')}` : ''}`, doc.summary, '');
    lines.push(labelled('formula', doc.formula), labelled(doc.derivativeKind, doc.derivative), labelled('range', doc.range));
    if (doc.shape) lines.push(labelled('shape', doc.shape));
    for (const p of doc.params) lines.push(labelled('parameter', `${p.name} = ${JSON.stringify(p.default)}  ${p.description}`));
    for (const [k, v] of propertyLines(doc)) lines.push(labelled(k, v));
    if (doc.propertyPhrases) for (const phrase of doc.propertyPhrases) lines.push(labelled('property', phrase));
    // A vector activation's chart draws a slice of it: say which (the chart's title is the caption).
    if (doc.derivativeKind === 'Jacobian' && value.plot) lines.push(labelled('chart', value.plot.title));
    for (const k of doc.kinks) lines.push(labelled('kink', `at x = ${k.x}: ${k.convention}`));
    lines.push(labelled('origin', originText(doc)));
  } else {
    lines.push(value.definition ?? value.label);
  }
  if (value.properties) lines.push('', formatTableText(value.properties));
  // The chart is an output of its own, with its own text (formatPlotText): not repeated here.
  return lines.join('\n');
}

function code(text: string): string {
  return markdownCodeSpan(text);
}

export function formatDescribeMarkdown(value: DescribeValue): string {
  const out: string[] = [];
  const doc = value.doc;
  if (doc) {
    out.push(`### ${doc.displayName} — ${code(doc.name)}${doc.aliases.length ? ` (also ${doc.aliases.map(code).join(', ')})` : ''}`, '', doc.summary, '');
    const kind = doc.derivativeKind === 'derivative' ? 'Derivative' : 'Jacobian';
    out.push(`**Formula:** ${code(doc.formula)}`, '', `**${kind}:** ${code(doc.derivative)}`, '', `**Range:** ${doc.range}`, '');
    if (doc.shape) out.push(`**Shape:** ${doc.shape}`, '');
    if (doc.params.length > 0) {
      out.push('| parameter | default | meaning |', '| :--- | :--- | :--- |');
      for (const p of doc.params) out.push(`| ${code(p.name)} | ${code(JSON.stringify(p.default))} | ${p.description.replace(/\|/g, '\\|')} |`);
      out.push('');
    }
    const props = propertyLines(doc);
    if (props.length > 0) out.push(`**Properties:** ${props.map(([k, v]) => `${k}: ${v}`).join(' · ')}`, '');
    if (doc.propertyPhrases && doc.propertyPhrases.length > 0) out.push(`**Properties:** ${doc.propertyPhrases.join(' · ')}`, '');
    if (doc.derivativeKind === 'Jacobian' && value.plot) out.push(`**Chart:** ${code(value.plot.title)}`, '');
    for (const k of doc.kinks) out.push(`**Kink** at x = ${k.x}: ${k.convention}`, '');
    const o = doc.origin;
    out.push(`**Origin:** ${o.authors} (${o.year}), ${o.url ? `[${o.title}](${o.url})` : `“${o.title}”`}`, '');
  } else {
    out.push(`### ${code(value.definition ?? value.label)}`, '');
  }
  if (value.properties) out.push(formatTableMarkdown(value.properties));
  return out.join('\n').trimEnd();
}
