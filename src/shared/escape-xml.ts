/**
 * Escaping of user text (labels, titles, cell sources) put into SVG or HTML: the five XML special
 * characters become entities, and characters XML 1.0 forbids (control characters other than tab,
 * line feed and carriage return, lone surrogates) are dropped, so the document always parses. Pure.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as XML/HTML character data and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
