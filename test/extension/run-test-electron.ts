// The same integration suite under @vscode/test-electron, for machines that can download VS Code
// (this one cannot: there, `npm test` uses run-in-code-server.ts instead).
// Usage: node out/test/extension/run-test-electron.js
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../host/test-host-paths';
import { copySamplesWorkspace } from '../host/workspace';
import { RESULTS_ENV, WORKSPACE_ENV } from './suite-results';

async function main(): Promise<void> {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-electron-'));
  const workspace = copySamplesWorkspace(stateDir);
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'extension', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { [RESULTS_ENV]: path.join(stateDir, 'results.json'), [WORKSPACE_ENV]: workspace },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
