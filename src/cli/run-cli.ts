/** Parses the command line and dispatches to a command; returns the exit code. */
import { KINK_CONVENTIONS } from '../core/activations/kink';
import type { KernelSessionOptions } from '../kernel/session';
import { docsCommand } from './docs-command';
import { evalCommand } from './eval-command';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { runCommand } from './run-command';
import { packageVersion } from './version';

export const USAGE = `Usage: activation-lab <command> [options]

Commands:
  eval <source> [--json] [--kink <convention>]
                                    evaluate activation expressions, e.g. eval "relu([-1, 2])"
  run <notebook.actnb> [--json] [--html <report.html>] [--kink <convention>]
                                    run the activation code cells of a notebook in order (other languages are skipped)
  docs [name] [--json]              show an activation's documentation (no name: list them)

Options:
  --json       print the machine-readable result (the cell-result contract)
  --html <file>
               (run) also write a standalone HTML report: every cell's source and outputs, charts as SVG
  --kink <convention>
               the derivative at kinks when a call gives no kink= keyword: pytorch (the default,
               relu'(0) = 0), left, right (relu'(0) = 1) or mean (relu'(0) = 0.5); as the setting
               activationLab.derivatives.kinkConvention
  --help, -h   show this help
  --version    show the version
  --           end of options: every argument after it is source or a file name

Source that starts with '-' is source unless it is one of these options: eval "-relu(1)" works;
eval -- "--x" passes source that looks like an option.

Exit codes: 0 success, 1 an error in the code (or an unknown activation), 2 bad usage or an unreadable file.
`;

export function runCli(argv: readonly string[], io: CliIo): number {
  const flags = new Set<string>();
  const positional: string[] = [];
  let onlyPositional = false;
  let kink: string | undefined;
  let html: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!onlyPositional && (arg === '--html' || arg.startsWith('--html='))) {
      const value = arg === '--html' ? argv[++i] : arg.slice('--html='.length);
      if (value === undefined || value === '') return usageError(io, '--html needs the file to write, e.g. --html report.html');
      html = value;
    } else if (!onlyPositional && (arg === '--kink' || arg.startsWith('--kink='))) {
      const value = arg === '--kink' ? argv[++i] : arg.slice('--kink='.length);
      if (value === undefined) return usageError(io, `--kink needs a convention: ${KINK_CONVENTIONS.join(', ')}`);
      kink = value;
    } else if (!onlyPositional && arg === '--') onlyPositional = true;
    else if (!onlyPositional && looksLikeOption(arg)) flags.add(arg);
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
    if (flag !== '--json') return usageError(io, `unknown option '${flag}' (to pass it as source or a file name, put it after --: eval -- "${flag}")`);
  }
  const json = flags.has('--json');
  const convention = KINK_CONVENTIONS.find((c) => c === kink);
  if (kink !== undefined && convention === undefined) return usageError(io, `unknown kink convention '${kink}'; choose one of ${KINK_CONVENTIONS.join(', ')}`);
  const options: KernelSessionOptions = convention ? { kinkConvention: convention } : {};
  const [command, ...rest] = positional;
  switch (command) {
    case 'eval':
      if (html !== undefined) return usageError(io, '--html is an option of run (a notebook report)');
      if (rest.length !== 1) return usageError(io, 'eval takes one argument: the source to evaluate, in quotes');
      return evalCommand(rest[0], json, io, options);
    case 'run':
      if (rest.length !== 1) return usageError(io, 'run takes one argument: the notebook file');
      return runCommand(rest[0], json, io, options, html);
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

/** The options the CLI knows that take no value (--kink takes one and is read apart). */
const FLAGS: ReadonlySet<string> = new Set(['--json', '--help', '-h', '--version', '-v']);

/**
 * Whether an argument is read as an option: a known flag, or anything shaped like a long option
 * (--word), so a misspelt --jsn is reported. Everything else, even when it starts with '-'
 * (-relu(1), -2, -x), is source or a file name.
 */
function looksLikeOption(arg: string): boolean {
  return FLAGS.has(arg) || /^--[A-Za-z]/.test(arg);
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`error: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
