/**
 * `activation-lab run <notebook.actnb> [--json] [--kink <convention>]`: runs every `activation` code
 * cell in order in one kernel. --json prints {"cells": [{"index", "ok", "outputs", "error"}, ...]},
 * index being the cell's position in the notebook (from 0, markdown cells counted); code cells in
 * another language are not run and are listed as "skipped": [{"index", "language"}].
 * --html <file> also writes a standalone HTML report of the run (html-report.ts); stdout is unchanged.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CellResult } from '../kernel/cell-result';
import { decodeNotebookBytes } from '../kernel/notebook-file/notebook-bytes';
import { parseNotebookFile } from '../kernel/notebook-file/notebook-file';
import { KernelSession, type KernelSessionOptions } from '../kernel/session';
import { errorText, outputText } from './format-text';
import { jsonCellResult, jsonLine } from './json-output';
import { htmlReport, type ReportCell } from './html-report';
import { packageVersion } from './version';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './io';

/** The language of the cells `run` executes (docs/architecture.md); other code cells are skipped. */
const CELL_LANGUAGE = 'activation';

export function runCommand(file: string, json: boolean, io: CliIo, options: KernelSessionOptions = {}, htmlFile?: string): number {
  let content: string | Uint8Array;
  try {
    content = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`error: cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}\n`);
    return EXIT_USAGE;
  }
  // Strict UTF-8, as the extension reads it: a file it refuses is refused here too.
  const decoded = typeof content === 'string' ? { ok: true as const, text: content } : decodeNotebookBytes(content);
  if (!decoded.ok) {
    const { message, line, column } = decoded.error;
    io.stderr(`error: ${file} is not a valid notebook: ${message}\n  at line ${line}, column ${column}\n`);
    return EXIT_USAGE;
  }
  const parsed = parseNotebookFile(decoded.text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    io.stderr(`error: ${file} is not a valid notebook: ${message}\n  at line ${line}, column ${column}\n`);
    return EXIT_USAGE;
  }
  // A relative path in a cell (dataset("data.csv")) is relative to the notebook's folder.
  const session = new KernelSession({ baseDirectory: path.dirname(path.resolve(file)), ...options });
  const results: Array<{ index: number } & CellResult> = [];
  const skipped: Array<{ index: number; language: string }> = [];
  const report: ReportCell[] = [];
  parsed.notebook.cells.forEach((cell, index) => {
    report.push({ kind: cell.kind, language: cell.language, source: cell.source });
    if (cell.kind !== 'code') return;
    if (cell.language !== CELL_LANGUAGE) {
      // A python or markdown-like code cell is not ours to run: say so, and go on.
      skipped.push({ index, language: cell.language });
      if (!json) io.stdout(`[cell ${index + 1}] skipped: language ${cell.language}\n`);
      return;
    }
    const result = session.executeSync(cell.source);
    // --json caps each cell's vectors (json-output.ts); the HTML report and the text keep the result.
    results.push({ index, ...jsonCellResult(result) });
    report[index].result = result;
    if (!json) {
      io.stdout(`[cell ${index + 1}]\n`);
      io.stdout(outputText(result));
      if (result.error) io.stderr(errorText(result.error, cell.source, `cell ${index + 1}, `));
    }
  });
  if (json) io.stdout(jsonLine({ cells: results, skipped }));
  if (htmlFile !== undefined) {
    const page = htmlReport({ title: path.basename(file), generator: `activation-lab ${packageVersion()}`, cells: report });
    try {
      (io.writeFile ?? ((p: string, t: string) => fs.writeFileSync(p, t)))(htmlFile, page);
    } catch (error) {
      io.stderr(`error: cannot write ${htmlFile}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  return results.every((r) => r.ok) ? EXIT_OK : EXIT_FAILED;
}
