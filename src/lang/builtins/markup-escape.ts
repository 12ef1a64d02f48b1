/**
 * The one way text that did not come from us (a user's names, sources, strings, comments, table
 * cells; also the documentation records) is put into Markdown or HTML. Every surface that builds
 * Markdown or HTML from such text calls these: describe/table/compare's text/markdown
 * (kernel/format), hovers, completion and signature help (lang/analysis, extension/docs), the
 * Activation Reference (HTML). The renderer builds its DOM with textContent and needs none of it.
 *
 * - markdownText: inline text. Backslash-escaped (CommonMark shows `\x` as `x`): what starts
 *   emphasis, code, links, images, raw HTML, entities, tables, strike-through, maths (`$`, VS Code's
 *   notebooks render KaTeX) and headings (`\ ` * _ [ ] < > | ~ $ # ! &`), `:` and `.` (so no bare URL,
 *   domain or e-mail address is linkified), and a leading `-`, `+` or `=`; a line break becomes a
 *   space (inline text must not open a block); NUL becomes U+FFFD. Parentheses, digits and the rest
 *   stay readable.
 * - markdownCodeSpan: inline code whose backtick fence is longer than any run of backticks inside;
 *   line breaks become spaces (a blank line would end the span); `inTable` also escapes `|`, which
 *   GitHub-flavoured tables split cells on even inside code.
 * - markdownCodeBlock: a fenced block whose fence is longer than any backtick run inside (at least 3),
 *   so no line of the text can close it.
 * - markdownProse: our own documentation records (summaries, descriptions, notes): the characters
 *   that start emphasis, code, links, HTML, tables, strike-through, maths and headings are
 *   backslash-escaped, the rest is left readable. Never for user text: use markdownText.
 * - htmlText / htmlAttribute: `& < > " '` (and `` ` `` in attributes) as character references.
 *
 * Pure; in lang so the kernel, the analysis and the extension can all use it.
 */

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
const NUL = /\0/g;

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** Inline Markdown text that shows exactly `text` (line breaks as spaces) and can start no markup. */
export function markdownText(text: string): string {
  return text
    .replace(NUL, '\uFFFD')
    .replace(LINE_BREAK, ' ')
    .replace(/[\\`*_[\]<>|~$#!&:.]/g, '\\$&')
    .replace(/^[-+=]/, '\\$&');
}

/** Documentation prose from the records (trusted text, escaped all the same). Not for user text. */
export function markdownProse(text: string): string {
  return text.replace(NUL, '\uFFFD').replace(/[\\`*_[\]<>|~$#]/g, '\\$&');
}

/** Inline code showing `text` (line breaks as spaces). `inTable`: for a cell of a GFM table. */
export function markdownCodeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let body = text.replace(NUL, '\uFFFD').replace(LINE_BREAK, ' ');
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  // CommonMark strips one space from each end when both are spaces, and a fence next to a backtick
  // would merge with it: pad in those cases so what shows is exactly the text.
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  if (body === '') return '` `';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block of `text`, with an info string (a language id such as "activation"). */
export function markdownCodeBlock(text: string, info = ''): string {
  const body = text.replace(NUL, '\uFFFD');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  const safeInfo = info.replace(/[^A-Za-z0-9_+.-]/g, '');
  return `${fence}${safeInfo}\n${body}\n${fence}`;
}

const HTML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '\0': '\uFFFD' };

/** Text content in HTML. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"'\0]/g, (c) => HTML_TEXT[c]);
}

/** The value of a quoted HTML attribute (either quote). */
export function htmlAttribute(text: string): string {
  return text.replace(/[&<>"'`\0]/g, (c) => HTML_TEXT[c]);
}
