// `npm start`: the product as a user meets it. Installs the freshly packaged .vsix into a code-server
// (VS Code in the browser) whose state lives in ~/.cache/activation-lab/start, opens samples/, and
// serves it at http://127.0.0.1:8080 until Ctrl-C. Set PORT to use another port.
// Usage: node out/test/host/start-product.js <path to .vsix>
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installVsix, prepareStateDir, startCodeServer } from './code-server';
import { ensureTestHost, repoRoot } from './test-host-paths';

async function main(): Promise<void> {
  const vsix = path.resolve(process.argv[2] ?? '');
  if (!fs.existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);
  const host = ensureTestHost();
  const stateDir = path.join(process.env.ACTIVATION_LAB_CACHE ?? path.join(os.homedir(), '.cache', 'activation-lab'), 'start');
  fs.mkdirSync(stateDir, { recursive: true });
  prepareStateDir(stateDir);
  await installVsix(host, stateDir, vsix);
  const samples = path.join(repoRoot, 'samples');
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer(host, { stateDir, port, folder: samples, logFile: path.join(stateDir, 'code-server.log') });
  console.log(`\nActivation Lab is running in VS Code (code-server) with samples/ opened:\n\n    ${server.url}/?folder=${encodeURIComponent(samples)}\n`);
  console.log('Open that URL in a browser, open welcome.actnb from the Explorer and press "Run All".');
  console.log(`Logs: ${path.join(stateDir, 'code-server.log')}. Press Ctrl-C to stop.`);
  const stop = () => {
    server.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
