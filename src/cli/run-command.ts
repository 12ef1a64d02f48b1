/** `activation-lab run <notebook.actnb> [--json]`: runs every code cell in order in one kernel. */
import type { CellResult } from '../shared/cell-result';
import { parseNotebookFile } from '../shared/notebook-file';
import { KernelSession } from '../kernel/session';
import { errorText, outputText } from './format-text';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './io';

export function runCommand(file: string, json: boolean, io: CliIo): number {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`error: cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}\n`);
    return EXIT_USAGE;
  }
  const parsed = parseNotebookFile(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    io.stderr(`error: ${file} is not a valid notebook: ${message}\n  at line ${line}, column ${column}\n`);
    return EXIT_USAGE;
  }
  const session = new KernelSession();
  const results: CellResult[] = [];
  parsed.notebook.cells.forEach((cell, index) => {
    if (cell.kind !== 'code') return;
    const result = session.executeSync(cell.source);
    results.push(result);
    if (!json) {
      io.stdout(`[cell ${index + 1}]\n`);
      io.stdout(outputText(result));
      if (result.error) io.stderr(errorText(result.error, cell.source, `cell ${index + 1}, `));
    }
  });
  if (json) io.stdout(JSON.stringify({ cells: results }) + '\n');
  return results.every((r) => r.ok) ? EXIT_OK : EXIT_FAILED;
}
