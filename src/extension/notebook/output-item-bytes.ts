/**
 * How output items move between VS Code (bytes plus a MIME type) and the `.actnb` file (readable
 * data): JSON MIME types are stored as JSON values, text as strings, anything else as base64.
 * Pure (no vscode import), so it is unit-tested in Node.
 */
import type { NotebookFileOutputItem } from '../../kernel/notebook-file/notebook-file';
import { MIME_ERROR } from '../../shared/mime-types';

const STDOUT_MIMES = new Set(['application/vnd.code.notebook.stdout', 'application/vnd.code.notebook.stderr']);

/** application/json, anything ending in +json, and VS Code's error MIME type (a JSON object). */
export function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || mime.endsWith('+json') || mime === MIME_ERROR;
}

export function isTextMime(mime: string): boolean {
  return mime.startsWith('text/') || STDOUT_MIMES.has(mime);
}

const encoder = new TextEncoder();

/** The bytes VS Code holds for an item read from the file. */
export function fileItemToBytes(item: NotebookFileOutputItem): Uint8Array {
  if (item.encoding === 'base64') return new Uint8Array(Buffer.from(String(item.data), 'base64'));
  if (isJsonMime(item.mime)) return encoder.encode(JSON.stringify(item.data ?? null));
  return encoder.encode(typeof item.data === 'string' ? item.data : JSON.stringify(item.data));
}

/** The file form of an item VS Code holds. Bytes that do not decode as their MIME type says are kept as base64. */
export function bytesToFileItem(mime: string, bytes: Uint8Array): NotebookFileOutputItem {
  if (isJsonMime(mime) || isTextMime(mime)) {
    const text = decodeUtf8(bytes);
    if (text !== undefined) {
      if (isTextMime(mime)) return { mime, data: text };
      try {
        return { mime, data: JSON.parse(text) };
      } catch {
        // not JSON after all: fall through to base64 so nothing is lost
      }
    }
  }
  return { mime, data: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
