/** Where the CLI writes, so commands can be run in-process by tests as well as by main.ts. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's bytes (checked as strict UTF-8 by the caller) or, from tests, its text. */
  readFile(path: string): string | Uint8Array;
  /** Writes a file (run --html); Node's fs when absent. */
  writeFile?(path: string, text: string): void;
}

/** Exit codes: 0 success, 1 the code or a lookup failed, 2 bad usage or an unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
