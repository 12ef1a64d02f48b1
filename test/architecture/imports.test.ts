/**
 * Every import of src/ and bench/ against the import table of docs/architecture.md
 * (import-rules.ts): vscode only in src/extension, the renderer only chart.js and src/shared, core
 * nothing outside core, lang only core (and lang/syntax nothing else), shared nothing, and no cycle
 * between the top-level folders. Imports are read with TypeScript's own pre-processor, so
 * `import type`, `export ... from`, `import()` and `require()` all count.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { folderCycles, violation, type ImportEdge } from './import-rules';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(folder: string): string[] {
  const entries = fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The imports of one repository file (path relative to the root, with its .ts). */
function importsOf(file: string): ImportEdge[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const from = file.replace(/\.ts$/, '');
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return { from, to: fileName, external: true };
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/(\.ts|\/index)$/, '');
    return { from, to, external: false };
  });
}

describe('architecture: the import table', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('bench')];
  const edges = files.flatMap(importsOf);

  it('reads the whole tree', () => {
    assert.ok(files.length > 150, `only ${files.length} files found`);
    assert.ok(edges.some((e) => e.to === 'vscode'), 'the vscode imports are seen');
    assert.ok(edges.some((e) => e.from.startsWith('src/renderer/') && e.to.startsWith('chart.js')), 'the chart.js imports are seen');
  });

  it('has no import the table forbids', () => {
    const broken = edges.map((edge) => violation(edge)).filter((v): v is string => v !== undefined);
    assert.deepStrictEqual(broken, []);
  });

  it('has no cycle between top-level folders', () => {
    assert.deepStrictEqual(folderCycles(edges), []);
  });

  it('resolves every relative import to a file', () => {
    const missing = edges.filter((e) => !e.external && !fs.existsSync(path.join(ROOT, `${e.to}.ts`)) && !fs.existsSync(path.join(ROOT, e.to, 'index.ts')) && !fs.existsSync(path.join(ROOT, e.to)));
    assert.deepStrictEqual(missing, []);
  });
});

describe('architecture: the checks catch what they should', () => {
  const cases: Array<[string, ImportEdge]> = [
    ['vscode outside src/extension', { from: 'src/kernel/session', to: 'vscode', external: true }],
    ['the renderer reaching into core', { from: 'src/renderer/index', to: 'src/core/activations/registry', external: false }],
    ['the renderer using another package', { from: 'src/renderer/index', to: 'fs', external: true }],
    ['core importing upward', { from: 'src/core/activations/relu', to: 'src/lang/runtime/values', external: false }],
    ['core using Node', { from: 'src/core/math/erf', to: 'fs', external: true }],
    ['lang importing the kernel', { from: 'src/lang/runtime/evaluator', to: 'src/kernel/session', external: false }],
    ['lang/syntax importing the runtime', { from: 'src/lang/syntax/parser', to: 'src/lang/runtime/values', external: false }],
    ['shared importing anything', { from: 'src/shared/chart-payload', to: 'src/kernel/cell-result', external: false }],
    ['the kernel importing the extension', { from: 'src/kernel/session', to: 'src/extension/ids', external: false }],
  ];
  for (const [name, edge] of cases) {
    it(`forbids ${name}`, () => assert.ok(violation(edge), `${edge.from} -> ${edge.to} passed`));
  }

  it('allows what the table allows', () => {
    const allowed: ImportEdge[] = [
      { from: 'src/extension/notebook/controller', to: 'vscode', external: true },
      { from: 'src/renderer/chart-view', to: 'chart.js/auto', external: true },
      { from: 'src/lang/runtime/values', to: 'src/core/activations/params', external: false },
      { from: 'src/lang/runtime/values', to: 'src/lang/syntax/ast', external: false },
      { from: 'src/kernel/worker/worker-main', to: 'worker_threads', external: true },
    ];
    for (const edge of allowed) assert.strictEqual(violation(edge), undefined, `${edge.from} -> ${edge.to}`);
  });

  it('finds a cycle between folders', () => {
    const cycles = folderCycles([
      { from: 'src/kernel/session', to: 'src/lang/runtime/evaluator', external: false },
      { from: 'src/lang/runtime/evaluator', to: 'src/kernel/cell-result', external: false },
    ]);
    assert.strictEqual(cycles.length, 1);
    assert.match(cycles[0], /src\/kernel -> src\/lang -> src\/kernel/);
  });
});
