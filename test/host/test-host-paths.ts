import { execFileSync } from 'child_process';
import * as path from 'path';

/** Where scripts/install-test-host.js put Node 24, code-server and Chromium (it installs them if missing). */
export interface TestHostPaths {
  node24: string;
  codeServerEntry: string;
  chromium: string;
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Runs the installer (a no-op on a warm cache) and reads the KEY=VALUE lines it prints. */
export function ensureTestHost(): TestHostPaths {
  const script = path.join(repoRoot, 'scripts', 'install-test-host.js');
  const stdout = execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const values = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1], match[2]);
  }
  const get = (key: string): string => {
    const value = values.get(key);
    if (!value) throw new Error(`install-test-host.js did not print ${key}`);
    return value;
  };
  return { node24: get('NODE24'), codeServerEntry: get('CODE_SERVER_ENTRY'), chromium: get('CHROMIUM') };
}
