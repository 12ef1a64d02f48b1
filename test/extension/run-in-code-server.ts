// Runs the integration suite (test/extension/suite) inside a real VS Code: code-server 1.139 with the
// extension loaded from this checkout (extensionDevelopmentPath), driven by Debian's chromium.
// Same contract as @vscode/test-electron's runTests: the suite's index exports run(): Promise<void>.
// Usage: node out/test/extension/run-in-code-server.js   (after `npm run compile-tests` and `npm run build`)
// ACTIVATION_LAB_ITEST_GREP=<pattern> runs only the matching tests; ACTIVATION_LAB_ARTIFACTS=<dir>
// keeps results, logs and screenshots there instead of .test-artifacts/.
import * as fs from 'fs';
import * as path from 'path';
import { launchChromium } from '../host/browser';
import { makeStateDir, startCodeServer } from '../host/code-server';
import { ensureTestHost, repoRoot } from '../host/test-host-paths';
import { artifactsDir, copySamplesWorkspace } from '../host/workspace';
import { GREP_ENV, RESULTS_ENV, SuiteResults, WORKSPACE_ENV } from './suite-results';

const SUITE_TIMEOUT_MS = 5 * 60_000;

export async function runIntegrationSuite(): Promise<SuiteResults> {
  const host = ensureTestHost();
  const artifacts = artifactsDir('integration');
  const resultsFile = path.join(artifacts, 'results.json');
  fs.rmSync(resultsFile, { force: true });
  const stateDir = makeStateDir('actlab-it-');
  const workspace = copySamplesWorkspace(stateDir);
  const server = await startCodeServer(host, {
    stateDir,
    smokeTestDriver: true,
    logFile: path.join(artifacts, 'code-server.log'),
  });
  const browser = await launchChromium(host);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const consoleLines: string[] = [];
    page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
    let settle!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(path.join(repoRoot, 'out', 'test', 'extension', 'suite', 'index.js'))],
      ['extensionEnvironment', JSON.stringify({ [RESULTS_ENV]: resultsFile, [WORKSPACE_ENV]: workspace, [GREP_ENV]: process.env[GREP_ENV] ?? '' })],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), SUITE_TIMEOUT_MS));
    const code = await Promise.race([exited, timeout]);
    await page.screenshot({ path: path.join(artifacts, 'workbench-at-exit.png') }).catch(() => undefined);
    fs.writeFileSync(path.join(artifacts, 'browser-console.log'), consoleLines.join('\n'));
    if (code === -1) throw new Error(`the integration suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
    if (!fs.existsSync(resultsFile)) {
      throw new Error(`the integration suite exited with ${code} without writing ${resultsFile}; see ${artifacts}`);
    }
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
    if (code !== 0 && results.failed === 0) results.failed = 1;
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (require.main === module) {
  runIntegrationSuite()
    .then((results) => {
      for (const t of results.tests) {
        console.log(`  ${t.state === 'passed' ? '✔' : t.state === 'failed' ? '✘' : '-'} ${t.title}`);
        if (t.error) console.log(`      ${t.error.split('\n').join('\n      ')}`);
      }
      console.log(`integration: ${results.passed} passed, ${results.failed} failed`);
      process.exit(results.failed > 0 ? 1 : 0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
