/**
 * The Markdown of an activation's hover: display name, summary, formula, derivative, parameters
 * with defaults and meaning, range and origin. Pure (no vscode import), so it is unit-tested in Node.
 */
import type { ActivationDoc } from '../core/activations/activation-doc';

/** The part of an ActivationSpec the hover shows. */
export interface HoverSubject {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly doc: ActivationDoc;
}

/** Backslash-escapes the characters that would turn documentation text into Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~$#]/g, '\\$&');
}

/** Inline code that survives backticks inside the text. */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
function codeBlock(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}

function formatDefault(value: number | string | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Only http(s) links become links; anything else is shown as text. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return undefined;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function activationHoverMarkdown(subject: HoverSubject): string {
  const { doc } = subject;
  const parts: string[] = [];
  const aliases = subject.aliases.length ? ` (also ${subject.aliases.map(inlineCode).join(', ')})` : '';
  parts.push(`**${escapeMarkdown(doc.displayName)}** — ${inlineCode(subject.name)}${aliases}`);
  parts.push(escapeMarkdown(doc.summary));
  parts.push(`**Formula**\n\n${codeBlock(doc.formula.text)}`);
  parts.push(`**Derivative**\n\n${codeBlock(doc.derivative.text)}`);
  if (doc.params.length) {
    const rows = doc.params.map((p) => `- ${inlineCode(`${p.name}=${formatDefault(p.default)}`)} — ${escapeMarkdown(p.description)}`);
    parts.push(`**Parameters** (keyword, with defaults)\n\n${rows.join('\n')}`);
  } else {
    parts.push('**Parameters**: none');
  }
  parts.push(`**Range**: ${inlineCode(doc.range)}`);
  const { authors, year, title } = doc.origin;
  const url = safeUrl(doc.origin.url);
  const titleText = url ? `[${escapeMarkdown(title)}](${url})` : `*${escapeMarkdown(title)}*`;
  parts.push(`**Origin**: ${escapeMarkdown(authors)} (${year}), ${titleText}`);
  return parts.join('\n\n');
}

/** The hover of a keyword argument of an activation call, e.g. `negative_slope` in `leaky_relu(x, negative_slope=0.1)`. */
export function parameterHoverMarkdown(subject: HoverSubject, paramName: string): string | undefined {
  const param = subject.doc.params.find((p) => p.name === paramName);
  if (!param) return undefined;
  return [
    `${inlineCode(`${param.name}=${formatDefault(param.default)}`)} — parameter of **${escapeMarkdown(subject.doc.displayName)}** (${inlineCode(subject.name)})`,
    escapeMarkdown(param.description),
  ].join('\n\n');
}
