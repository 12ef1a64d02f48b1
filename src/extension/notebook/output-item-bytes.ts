/**
 * How output items move between VS Code (bytes plus a MIME type) and the `.actnb` file (readable
 * data): JSON MIME types are stored as JSON values, text as strings, anything else as base64
 * (src/kernel/notebook-file/item-data.ts). An item read from the file comes back in the form it was
 * written (`form`, kept by the serializer) whenever its bytes still allow that form.
 * Pure (no vscode import), so it is unit-tested in Node.
 */
import type { NotebookFileOutputItem } from '../../kernel/notebook-file/notebook-file';
import { isJsonMime, isTextMime } from '../../kernel/notebook-file/item-data';
import type { ItemForm } from './kept-fields';

export { isJsonMime, isTextMime } from '../../kernel/notebook-file/item-data';

const encoder = new TextEncoder();

/** The form an item has in the file. */
export function formOf(item: NotebookFileOutputItem): ItemForm {
  if (item.encoding === 'base64') return 'base64';
  if (isJsonMime(item.mime) || typeof item.data !== 'string') return 'json';
  return 'text';
}

/** The bytes VS Code holds for an item read from the file. */
export function fileItemToBytes(item: NotebookFileOutputItem): Uint8Array {
  if (item.encoding === 'base64') return new Uint8Array(Buffer.from(String(item.data), 'base64'));
  if (isJsonMime(item.mime)) return encoder.encode(JSON.stringify(item.data ?? null));
  return encoder.encode(typeof item.data === 'string' ? item.data : JSON.stringify(item.data));
}

/**
 * The file form of an item VS Code holds: `form` when given and the bytes allow it, else JSON for a
 * JSON MIME type, text for a text one; bytes that do not decode as their MIME type says are base64.
 */
export function bytesToFileItem(mime: string, bytes: Uint8Array, form?: ItemForm): NotebookFileOutputItem {
  const base64: NotebookFileOutputItem = { mime, data: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
  if (form === 'base64') return base64;
  const text = decodeUtf8(bytes);
  if (form === 'text' && text !== undefined) return { mime, data: text };
  if (form === 'json' && text !== undefined) {
    const value = parseJson(text);
    // Kept as JSON only when writing the value gives these bytes again (then nothing changed).
    if (value !== undefined && typeof value.value !== 'string' && JSON.stringify(value.value) === text) return { mime, data: value.value };
  }
  if (text !== undefined) {
    if (isTextMime(mime)) return { mime, data: text };
    if (isJsonMime(mime)) {
      const value = parseJson(text);
      if (value !== undefined) return { mime, data: value.value };
    }
  }
  return base64;
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined; // not JSON after all: the caller falls back to base64 so nothing is lost
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
