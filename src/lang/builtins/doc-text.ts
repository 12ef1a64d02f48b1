/**
 * Text helpers shared by every surface that shows documentation or tables as Markdown or HTML (the
 * hover, the Activation Reference, signature help, describe/table's text/markdown): one rule for
 * which links are safe, one way to write a parameter's default. Escaping is markup-escape.ts.
 * Pure; in lang so the kernel's Markdown (kernel/format/format-table.ts), the analysis and the extension can all use it.
 */

/**
 * A link target that is safe in Markdown and in an HTML attribute, or undefined: only http(s) URLs
 * without whitespace, quotes or angle brackets; parentheses are percent-encoded so a Markdown link
 * `[title](url)` cannot end early.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s"'<>]+$/.test(url)) return undefined;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A parameter value as written in a call: strings quoted (approximate="none"), numbers and booleans plain. */
export function formatDefault(value: number | string | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
