/**
 * The Markdown of an activation's hover: display name, summary, an inline chart of f and f', the
 * parameter values written in the call, formula, derivative, parameters with defaults and meaning,
 * properties, the convention at kinks, range and origin. Pure (no vscode import), so it is
 * unit-tested in Node.
 */
import { originWorks, type OriginWork } from '../../core/activations/origin-works';
import type { ActivationDoc, ActivationProperties } from '../../core/activations/activation-doc';
import { isVectorActivationDoc, type VectorActivationDoc } from '../../core/vector/vector-activation-doc';
import { vectorPropertyPhrases } from '../../core/vector/vector-properties-text';
import { formatDefault, safeUrl } from '../../lang/builtins/doc-text';
import { markdownCodeBlock, markdownCodeSpan, markdownProse } from '../../lang/builtins/markup-escape';
import type { ShownArgument } from './written-params';

/** The part of an ActivationSpec the hover shows. */
export interface HoverSubject {
  readonly name: string;
  readonly aliases: readonly string[];
  /** An element-wise record, or a vector activation's (softmax: a Jacobian and a shape instead of a derivative). */
  readonly doc: ActivationDoc | VectorActivationDoc;
}

/** What a hover adds to the record: the chart, and the arguments written at the hovered call. */
export interface HoverExtras {
  /** A `data:image/svg+xml;base64,...` URI of the chart (inline-plot-svg.ts). */
  plotUri?: string;
  /** The chart's caption, e.g. "with negative_slope=0.2". */
  plotNote?: string;
  /** What the chart draws when it is not f and f′ of the activation itself (a vector activation's 1-D slice). */
  plotCaption?: string;
  /** The arguments written in the call (the input left out by the caller). */
  written?: readonly ShownArgument[];
}

/** A number for prose: up to 4 significant digits, no trailing zeros. */
export function shortNumber(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '-∞';
  if (v === 0) return '0';
  return String(Number(v.toPrecision(4)));
}

/** One line of properties: "monotonic · bounded below · C∞ · zero-centred · f(0) = 0 · f′(0) = 0.5". */
export function propertiesLine(p: ActivationProperties): string {
  const bounds =
    p.boundedBelow && p.boundedAbove ? 'bounded' : p.boundedBelow ? 'bounded below' : p.boundedAbove ? 'bounded above' : 'unbounded';
  const smooth: Record<string, string> = {
    'C-1': 'discontinuous (C-1)',
    C0: 'continuous with corners (C0)',
    C1: 'C1 (continuous slope)',
    C2: 'C2',
    'C∞': 'smooth (C∞)',
  };
  const items = [
    p.monotonic ? 'monotonic' : 'not monotonic',
    bounds,
    smooth[p.smoothness] ?? p.smoothness,
    p.zeroCentred ? 'zero-centred' : 'not zero-centred',
  ];
  if (p.selfGated) items.push('self-gated (x · gate(x))');
  items.push(`f(0) = ${shortNumber(p.valueAtZero)}`, `f′(0) = ${shortNumber(p.slopeAtZero)}`);
  return items.join(' · ');
}

function writtenLines(written: readonly ShownArgument[]): string {
  const rows = written.map((a) => {
    const shown = a.name ? `${a.name}=${a.text}` : a.text;
    const note = a.applied ? '' : ' — shown as written, not drawn (not one of this activation\'s parameters, or not a value it takes)';
    return `- ${markdownCodeSpan(shown)}${note}`;
  });
  return `**Written here**\n\n${rows.join('\n')}`;
}

export function activationHoverMarkdown(subject: HoverSubject, extras: HoverExtras = {}): string {
  const { doc } = subject;
  const parts: string[] = [];
  const aliases = subject.aliases.length ? ` (also ${subject.aliases.map((a) => markdownCodeSpan(a)).join(', ')})` : '';
  parts.push(`**${markdownProse(doc.displayName)}** — ${markdownCodeSpan(subject.name)}${aliases}`);
  parts.push(markdownProse(doc.summary));
  parts.push(`**Formula**\n\n${markdownCodeBlock(doc.formula.text, 'text')}`);
  if (isVectorActivationDoc(doc)) parts.push(`**Jacobian**\n\n${markdownCodeBlock(doc.jacobian.text, 'text')}`, `**Shape**: ${markdownCodeSpan(doc.shape)}`);
  else parts.push(`**Derivative**\n\n${markdownCodeBlock(doc.derivative.text, 'text')}`);
  // The chart after the formula and derivative: a hover is about 250 px tall, and those come first.
  if (extras.plotUri && /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/.test(extras.plotUri)) {
    const caption = `${extras.plotCaption ?? 'f (solid) and f′ (dashed) on [-4, 4]'}${extras.plotNote ? `, ${extras.plotNote}` : ''}`;
    parts.push(`![${markdownProse(`chart of ${subject.name} and its derivative`)}](${extras.plotUri})\n\n*${markdownProse(caption)}*`);
  }
  const written = (extras.written ?? []).filter((a) => !a.isInput);
  if (written.length) parts.push(writtenLines(written));
  if (doc.params.length) {
    const rows = doc.params.map((p) => `- ${markdownCodeSpan(`${p.name}=${formatDefault(p.default)}`)} — ${markdownProse(p.description)}`);
    parts.push(`**Parameters** (keyword, with defaults)\n\n${rows.join('\n')}`);
  } else {
    parts.push('**Parameters**: none');
  }
  const properties = isVectorActivationDoc(doc) ? doc.properties && vectorPropertyPhrases(doc.properties).join(' · ') : doc.properties && propertiesLine(doc.properties);
  if (properties) parts.push(`**Properties**: ${markdownProse(properties)}`);
  const kinks = isVectorActivationDoc(doc) ? undefined : doc.kinkConvention;
  if (kinks && !/^none\b/.test(kinks)) parts.push(`**At kinks**: ${markdownProse(kinks)}`);
  parts.push(`**Range**: ${markdownCodeSpan(doc.range)}`);
  const url = safeUrl(doc.origin.url);
  const works = originWorks(doc.origin);
  const work = (w: OriginWork) => `${markdownProse(w.authors)}, ${url && works.length === 1 ? `[${markdownProse(w.title)}](${url})` : `*${markdownProse(w.title)}*`}`;
  if (works.length === 1) parts.push(`**Origin**: ${work(works[0])}`);
  else parts.push(`**Origin**\n\n${works.map((w) => `- ${work(w)}`).join('\n')}${url ? `\n\n[${markdownProse(url.replace(/^https?:\/\//, ''))}](${url})` : ''}`);
  return parts.join('\n\n');
}

/** The hover of a keyword argument of an activation call, e.g. `negative_slope` in `leaky_relu(x, negative_slope=0.1)`. */
export function parameterHoverMarkdown(subject: HoverSubject, paramName: string): string | undefined {
  const param = subject.doc.params.find((p) => p.name === paramName);
  if (!param) return undefined;
  return [
    `${markdownCodeSpan(`${param.name}=${formatDefault(param.default)}`)} — parameter of **${markdownProse(subject.doc.displayName)}** (${markdownCodeSpan(subject.name)})`,
    markdownProse(param.description),
  ].join('\n\n');
}
