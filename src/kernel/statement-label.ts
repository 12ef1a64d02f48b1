/**
 * When a cell shows more than one value, each output says which statement it belongs to, as a REPL
 * echoes it: the output gets `statement` (the statement's source on one line) and its text/plain
 * reads `d(swish_b)(0.3)  →  0.5...` (a multi-line value starts on the next line); Markdown starts
 * with the source as code, and a chart payload carries it to show above the chart. A cell with one
 * value keeps the bare form. Pure.
 */
import type { CellOutput, OutputItem } from './cell-result';
import { MIME_CHART, MIME_MARKDOWN, MIME_TEXT } from '../shared/mime-types';

/** Longest statement text kept in a label; longer ones end with "…". */
export const MAX_STATEMENT_CHARS = 120;

/** The source of a statement on one line: runs of whitespace (line breaks too) become one space. */
export function statementText(source: string): string {
  const one = source.replace(/\s+/g, ' ').trim();
  return one.length > MAX_STATEMENT_CHARS ? `${one.slice(0, MAX_STATEMENT_CHARS - 1)}…` : one;
}

/** A Markdown code span holding `text` whatever backticks it contains. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function labelItem(item: OutputItem, statement: string): OutputItem {
  if (item.mime === MIME_TEXT && typeof item.data === 'string') {
    const text = item.data;
    return { mime: item.mime, data: text.includes('\n') ? `${statement}  →\n${text}` : `${statement}  →  ${text}` };
  }
  if (item.mime === MIME_MARKDOWN && typeof item.data === 'string') return { mime: item.mime, data: `${markdownCode(statement)}\n\n${item.data}` };
  if (item.mime === MIME_CHART && typeof item.data === 'object' && item.data !== null) return { mime: item.mime, data: { ...(item.data as object), statement } };
  return item;
}

/** The outputs of one statement, labelled with its source. */
export function labelOutputs(outputs: readonly CellOutput[], source: string): CellOutput[] {
  const statement = statementText(source);
  return outputs.map((output) => ({ statement, items: output.items.map((item) => labelItem(item, statement)) }));
}
