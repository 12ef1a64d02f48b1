import { Browser, chromium } from 'playwright-core';
import { TestHostPaths } from './test-host-paths';

/** Launch flags that work on this machine kind (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's chromium driven by playwright-core; never a downloaded browser build. */
export async function launchChromium(host: TestHostPaths, headless = true): Promise<Browser> {
  return chromium.launch({ executablePath: host.chromium, headless, args: CHROMIUM_ARGS });
}
