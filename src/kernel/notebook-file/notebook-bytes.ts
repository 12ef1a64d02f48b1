/**
 * The bytes of a `.actnb` file as text: strict UTF-8. A file that is not valid UTF-8 is refused with
 * the byte offset of the first bad sequence and its line and column (what a lenient decoder would
 * silently replace by U+FFFD, and a save would then write back changed). Used by the extension's
 * serializer and by `activation-lab run`, so both refuse the same files. Pure.
 */
import { lineAndColumn } from './json-text';

export interface NotebookBytesError {
  message: string;
  /** 0-based offset of the first byte of the bad sequence. */
  byteOffset: number;
  /** 1-based, counted like the parser's (UTF-16 code units of the text before it). */
  line: number;
  column: number;
}

export type DecodeNotebookResult = { ok: true; text: string } | { ok: false; error: NotebookBytesError };

/** The continuation bytes a lead byte needs, and the range of the first of them (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
function sequence(lead: number): { need: number; min: number; max: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { need: 1, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { need: 2, min: 0xa0, max: 0xbf };
  if (lead === 0xed) return { need: 2, min: 0x80, max: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { need: 2, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { need: 3, min: 0x90, max: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { need: 3, min: 0x80, max: 0xbf };
  if (lead === 0xf4) return { need: 3, min: 0x80, max: 0x8f };
  return undefined;
}

/** Offset of the first byte of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const seq = sequence(lead);
    if (!seq) return i;
    for (let k = 1; k <= seq.need; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [seq.min, seq.max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += seq.need + 1;
  }
  return -1;
}

export function decodeNotebookBytes(bytes: Uint8Array): DecodeNotebookResult {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  const before = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bad));
  // Positions as the parser counts them: a byte-order mark is not a column.
  const body = before.charCodeAt(0) === 0xfeff ? before.slice(1) : before;
  const { line, column } = lineAndColumn(body, body.length);
  const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return {
    ok: false,
    error: { message: `the file is not valid UTF-8 text (bytes ${hex} at byte offset ${bad}); it was not read, so nothing is lost`, byteOffset: bad, line, column },
  };
}
