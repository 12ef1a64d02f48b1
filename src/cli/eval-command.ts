/** `activation-lab eval <source> [--json] [--kink <convention>]`: runs one piece of source in a fresh kernel. */
import { KernelSession, type KernelSessionOptions } from '../kernel/session';
import { errorText, outputText } from './format-text';
import { jsonCellResult, jsonLine } from './json-output';
import { EXIT_FAILED, EXIT_OK, type CliIo } from './io';

export function evalCommand(source: string, json: boolean, io: CliIo, options: KernelSessionOptions = {}): number {
  const result = new KernelSession(options).executeSync(source);
  if (json) {
    io.stdout(jsonLine(jsonCellResult(result)));
  } else {
    io.stdout(outputText(result));
    if (result.error) io.stderr(errorText(result.error, source));
  }
  return result.ok ? EXIT_OK : EXIT_FAILED;
}
