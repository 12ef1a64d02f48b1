// Lists a packaged .vsix and checks that it holds what runs and nothing else.
// Usage: node out/test/extension/vsix-contents.js <path to .vsix>
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../host/test-host-paths';
import { zipEntries } from '../host/zip-entries';

export interface VsixCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/kernel-worker.js',
  'extension/dist/renderer.js',
  'extension/dist/cli.js',
  'extension/syntaxes/activation.tmLanguage.json',
  'extension/language-configuration.json',
  // The walkthrough's "Open Welcome Notebook" opens a copy of it.
  'extension/samples/welcome.actnb',
];
/** What may ship: the bundles, the grammar and language configuration, media, docs a marketplace page shows. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/samples\/welcome\.actnb$/,
  /^extension\/(readme|README)\.md$/,
  /^extension\/(changelog|CHANGELOG)\.md$/,
  /^extension\/LICENSE(\.txt|\.md)?$/,
  /^extension\/dist\/(extension|kernel-worker|renderer|cli)\.js$/,
  /^extension\/bin\/activation-lab\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/media\/[\w./-]+\.(png|svg|css)$/,
];

/** Every file package.json points at as an icon (the extension's, the language's, the commands'). */
export function manifestIconFiles(manifest: { icon?: string; contributes?: { languages?: Array<{ icon?: { light: string; dark: string } }>; commands?: Array<{ icon?: string | { light: string; dark: string } }> } }): string[] {
  const files: string[] = [];
  if (manifest.icon) files.push(manifest.icon);
  for (const language of manifest.contributes?.languages ?? []) if (language.icon) files.push(language.icon.light, language.icon.dark);
  for (const command of manifest.contributes?.commands ?? []) if (command.icon && typeof command.icon === 'object') files.push(command.icon.light, command.icon.dark);
  return files.map((file) => path.posix.normalize(file));
}

export function checkVsix(vsix: string): VsixCheck[] {
  const entries = zipEntries(vsix);
  const checks: VsixCheck[] = [];
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  checks.push({ name: 'package.json names an icon', ok: typeof manifest.icon === 'string', detail: String(manifest.icon) });
  for (const required of [...REQUIRED, ...manifestIconFiles(manifest).map((file) => `extension/${file}`)]) {
    checks.push({ name: `the .vsix holds ${required}`, ok: entries.includes(required), detail: path.basename(vsix) });
  }
  const unexpected = entries.filter((e) => !ALLOWED.some((pattern) => pattern.test(e)));
  checks.push({ name: 'the .vsix holds nothing but what runs', ok: unexpected.length === 0, detail: unexpected.join(', ') || `${entries.length} entries` });
  return checks;
}

if (require.main === module) {
  const checks = checkVsix(path.resolve(process.argv[2] ?? ''));
  for (const c of checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name} (${c.detail})`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`vsix: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
