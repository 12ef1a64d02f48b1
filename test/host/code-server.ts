import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { TestHostPaths } from './test-host-paths';

/** User settings that keep the workbench quiet and deterministic for tests. */
const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.tips.enabled': false,
  'notebook.output.scrolling': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

export interface CodeServerOptions {
  /** A fixed port, or undefined for a free one. */
  port?: number;
  /** Passed as `--vscode-option enable-smoke-test-driver` (needed for extension test payloads). */
  smokeTestDriver?: boolean;
  /** A folder for user data and extensions; a fresh temporary one when undefined. */
  stateDir?: string;
  extraSettings?: Record<string, unknown>;
  /** Where code-server's own output goes. */
  logFile?: string;
  /** Environment for the server (and so for the extension host). */
  env?: NodeJS.ProcessEnv;
  /** The folder the workbench opens when the URL names none. */
  folder?: string;
}

export interface RunningCodeServer {
  url: string;
  port: number;
  stateDir: string;
  extensionsDir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

export function makeStateDir(prefix = 'actlab-cs-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes the isolated config, user settings and folders code-server needs under stateDir. */
export function prepareStateDir(stateDir: string, extraSettings: Record<string, unknown> = {}): void {
  fs.mkdirSync(path.join(stateDir, 'data', 'User'), { recursive: true });
  fs.mkdirSync(path.join(stateDir, 'ext'), { recursive: true });
  fs.mkdirSync(path.join(stateDir, 'xdg-config'), { recursive: true });
  fs.mkdirSync(path.join(stateDir, 'xdg-data'), { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(
    path.join(stateDir, 'data', 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...extraSettings }, null, 2),
  );
}

export function codeServerEnv(stateDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
  };
}

/** Installs a .vsix into the state dir's extensions folder (code-server's own CLI, under a second). */
export async function installVsix(host: TestHostPaths, stateDir: string, vsix: string): Promise<void> {
  await runToEnd(host.node24, [
    host.codeServerEntry,
    '--config', path.join(stateDir, 'config.yaml'),
    '--user-data-dir', path.join(stateDir, 'data'),
    '--extensions-dir', path.join(stateDir, 'ext'),
    '--install-extension', vsix,
    '--force',
  ], codeServerEnv(stateDir));
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0])} exited ${code}:\n${output}`))));
  });
}

/** Starts an isolated code-server and waits until it answers HTTP. */
export async function startCodeServer(host: TestHostPaths, options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const stateDir = options.stateDir ?? makeStateDir();
  prepareStateDir(stateDir, options.extraSettings);
  const port = options.port ?? (await freePort());
  const args = [
    host.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', path.join(stateDir, 'config.yaml'),
    '--user-data-dir', path.join(stateDir, 'data'),
    '--extensions-dir', path.join(stateDir, 'ext'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
  ];
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (options.folder) args.push(options.folder);
  const logFile = options.logFile ?? path.join(stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(host.node24, args, {
    env: codeServerEnv(stateDir, options.env),
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so stop() ends the extension host too
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  while (!(await httpOk(`${url}/healthz`))) {
    if (exited !== null) throw new Error(`code-server exited with ${exited} before it was ready; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    stateDir,
    extensionsDir: path.join(stateDir, 'ext'),
    stop: async () => {
      if (child.pid === undefined || exited !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await gone;
      clearTimeout(timer);
      fs.closeSync(log);
    },
  };
}
