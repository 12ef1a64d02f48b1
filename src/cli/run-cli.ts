/** Parses the command line and dispatches to a command; returns the exit code. */
import { docsCommand } from './docs-command';
import { evalCommand } from './eval-command';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { runCommand } from './run-command';
import { packageVersion } from './version';

export const USAGE = `Usage: activation-lab <command> [options]

Commands:
  eval <source> [--json]            evaluate activation expressions, e.g. eval "relu([-1, 2])"
  run <notebook.actnb> [--json]     run every code cell of a notebook in order
  docs [name] [--json]              show an activation's documentation (no name: list them)

Options:
  --json       print the machine-readable result (the cell-result contract)
  --help, -h   show this help
  --version    show the version

Exit codes: 0 success, 1 an error in the code (or an unknown activation), 2 bad usage or an unreadable file.
`;

export function runCli(argv: readonly string[], io: CliIo): number {
  const flags = new Set<string>();
  const positional: string[] = [];
  let onlyPositional = false;
  for (const arg of argv) {
    if (!onlyPositional && arg === '--') onlyPositional = true;
    else if (!onlyPositional && arg.startsWith('-') && arg.length > 1 && !/^-[0-9.]/.test(arg)) flags.add(arg);
    else positional.push(arg);
  }
  if (flags.has('--help') || flags.has('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (flags.has('--version') || flags.has('-v')) {
    io.stdout(packageVersion() + '\n');
    return EXIT_OK;
  }
  for (const flag of flags) {
    if (flag !== '--json') return usageError(io, `unknown option '${flag}'`);
  }
  const json = flags.has('--json');
  const [command, ...rest] = positional;
  switch (command) {
    case 'eval':
      if (rest.length !== 1) return usageError(io, 'eval takes one argument: the source to evaluate, in quotes');
      return evalCommand(rest[0], json, io);
    case 'run':
      if (rest.length !== 1) return usageError(io, 'run takes one argument: the notebook file');
      return runCommand(rest[0], json, io);
    case 'docs':
      if (rest.length > 1) return usageError(io, 'docs takes at most one argument: the activation name');
      return docsCommand(rest[0], json, io);
    case undefined:
      io.stdout(USAGE);
      return EXIT_USAGE;
    default:
      return usageError(io, `unknown command '${command}'`);
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`error: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
