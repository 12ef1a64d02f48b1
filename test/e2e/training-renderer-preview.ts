// Looks at the training renderer: trains real runs with the core (training-preview-runs.ts), serves a
// page that imports dist/renderer.js and calls its activate() / renderOutputItem() with a fake
// renderer context, and takes screenshots of every output in a light, a dark and a high-contrast
// theme (VS Code's --vscode-* variables set on the page) into .test-artifacts/training-preview/.
// Also writes report.json with the "trainingDrawn" messages the renderer posted.
// Usage: node esbuild.js && node scripts/compile-tests.js && node out/test/e2e/training-renderer-preview.js
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { MIME_TRAINING } from '../../src/shared/mime-types';
import { CHROMIUM_ARGS } from '../host/browser';
import { previewCases } from './training-preview-runs';

// Run from the repository root.
const root = process.cwd();
const artifacts = path.join(root, '.test-artifacts', 'training-preview');

export const THEMES: Record<string, Record<string, string>> = {
  light: {
    '--vscode-editor-foreground': '#3b3b3b',
    '--vscode-editor-background': '#ffffff',
    '--vscode-editorWidget-border': '#c8c8c8',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-red': '#e51400',
    '--vscode-charts-green': '#388a34',
    '--vscode-charts-yellow': '#bf8803',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#652d90',
    '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    '--vscode-font-size': '13px',
  },
  dark: {
    '--vscode-editor-foreground': '#cccccc',
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-editorWidget-border': '#454545',
    '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    '--vscode-font-size': '13px',
  },
  'high-contrast': {
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-editor-background': '#000000',
    '--vscode-editorWidget-border': '#6fc3df',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-descriptionForeground': '#ffffff',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    '--vscode-font-size': '13px',
  },
};

function page(theme: Record<string, string>, width: number): string {
  const vars = Object.entries(theme).map(([k, v]) => `${k}: ${v};`).join(' ');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
:root { ${vars} }
body { background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); margin: 0; padding: 12px; width: ${width}px; }
.case { margin: 0 0 24px 0; padding: 8px; }
</style></head><body><div id="out"></div>
<script type="module">
import { activate } from '/renderer.js';
window.__messages = [];
const api = await activate({ postMessage: (m) => window.__messages.push(m) });
const cases = await (await fetch('/payloads.json')).json();
for (const c of cases) {
  const d = document.createElement('div');
  d.id = c.name;
  d.className = 'case';
  document.getElementById('out').append(d);
  api.renderOutputItem({ id: c.name, mime: ${JSON.stringify(MIME_TRAINING)}, metadata: {}, json: () => c.payload, text: () => JSON.stringify(c.payload), data: () => new Uint8Array() }, d);
}
window.__rendered = cases.length;
</script></body></html>`;
}

async function main(): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  const started = Date.now();
  const cases = previewCases();
  console.log(`trained ${cases.length} cases in ${Date.now() - started} ms`);
  const payloads = JSON.stringify(cases);
  fs.writeFileSync(path.join(artifacts, 'payloads.json'), payloads);
  const renderer = fs.readFileSync(path.join(root, 'dist', 'renderer.js'));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/renderer.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(renderer);
    if (url.pathname === '/payloads.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(payloads);
    const theme = THEMES[url.pathname.slice(1)];
    if (theme) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(theme, Number(url.searchParams.get('width') ?? 1100)));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const report: Record<string, unknown> = {};
  try {
    for (const name of Object.keys(THEMES)) {
      const tab = await browser.newPage({ viewport: { width: 1130, height: 900 }, deviceScaleFactor: 1 });
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await tab.goto(`http://127.0.0.1:${port}/${name}`);
      await tab.waitForFunction((n) => (globalThis as unknown as { __messages: unknown[] }).__messages?.length >= n, cases.length, { timeout: 30_000 });
      const messages = await tab.evaluate(() => (globalThis as unknown as { __messages: unknown[] }).__messages);
      for (const c of cases) await tab.locator(`#${c.name}`).screenshot({ path: path.join(artifacts, `${name}-${c.name}.png`) });
      report[name] = { messages, errors };
      console.log(name, JSON.stringify(messages), errors.length ? `errors: ${errors.join(' | ')}` : '');
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  // A narrow output (a notebook beside another editor): panels must wrap, not overlap.
  const narrow = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const server2 = http.createServer(server.listeners('request')[0] as http.RequestListener);
    await new Promise<void>((resolve) => server2.listen(0, '127.0.0.1', resolve));
    const tab = await narrow.newPage({ viewport: { width: 640, height: 900 } });
    await tab.goto(`http://127.0.0.1:${(server2.address() as AddressInfo).port}/light?width=600`);
    await tab.waitForFunction((n) => (globalThis as unknown as { __messages: unknown[] }).__messages?.length >= n, cases.length, { timeout: 30_000 });
    for (const name of ['view-spiral', 'comparison-5']) await tab.locator(`#${name}`).screenshot({ path: path.join(artifacts, `narrow-light-${name}.png`) });
    server2.close();
  } finally {
    await narrow.close();
  }
  fs.writeFileSync(path.join(artifacts, 'report.json'), JSON.stringify(report, null, 2));
  console.log(`screenshots in ${artifacts}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
