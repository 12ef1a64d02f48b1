/**
 * How an output item's data is written in the `.actnb` file, by MIME type: JSON MIME types as a
 * JSON value, text MIME types as a string, anything else as base64 (`"encoding": "base64"`) or, when
 * the file says so, as a string or a JSON value. What the file may hold so that it is written back
 * unchanged: base64 in its one canonical spelling, strings that are well-formed Unicode (they
 * become UTF-8 bytes), a string for a text MIME type. Pure.
 */
import { MIME_ERROR, MIME_SVG } from '../../shared/mime-types';

const STDOUT_MIMES = new Set(['application/vnd.code.notebook.stdout', 'application/vnd.code.notebook.stderr']);

/** application/json, anything ending in +json, and VS Code's error MIME type (a JSON object). */
export function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || mime.endsWith('+json') || mime === MIME_ERROR;
}

/** text/*, VS Code's stdout and stderr, and SVG (XML text): stored as a string. */
export function isTextMime(mime: string): boolean {
  return mime.startsWith('text/') || STDOUT_MIMES.has(mime) || mime === MIME_SVG;
}

const BASE64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding and zero unused bits: the one spelling Buffer writes for its bytes. */
export function isCanonicalBase64(text: string): boolean {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return false;
  if (text.endsWith('==')) return (BASE64_CHARS.indexOf(text[text.length - 3]) & 0x0f) === 0;
  if (text.endsWith('=')) return (BASE64_CHARS.indexOf(text[text.length - 2]) & 0x03) === 0;
  return true;
}

/** No unpaired surrogate (TextEncoder would write U+FFFD for it). */
export function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
