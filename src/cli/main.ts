/** Entry point of the `activation-lab` command (bundled into dist/cli.js, started by bin/activation-lab.js). */
import * as fs from 'fs';
import { runCli } from './run-cli';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Bytes, not 'utf8': that decoding would replace invalid bytes silently (run-command checks them).
  readFile: (path) => fs.readFileSync(path),
  writeFile: (path, text) => fs.writeFileSync(path, text),
});
