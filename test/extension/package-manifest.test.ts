import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONTROLLER_ID, EXTENSION_ID, LANGUAGE_ID, NOTEBOOK_TYPE, RENDERER_ID } from '../../src/extension/ids';
import { DEFAULT_MAX_ELEMENTS as LANG_DEFAULT_MAX_ELEMENTS } from '../../src/lang/runtime/evaluator';
import { MIME_CHART, MIME_TRAINING } from '../../src/shared/mime-types';
import { parseNotebookFile } from '../../src/kernel/notebook-file/notebook-file';
import { manifestIconFiles } from './vsix-contents';

// Compiled to out/test/extension/: the repository root is three levels up.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('package.json contributions', () => {
  const pkg = readJson('package.json');
  const contributes = pkg.contributes;

  it('the extension id is publisher.name', () => {
    assert.strictEqual(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
    assert.strictEqual(pkg.main, './dist/extension.js');
  });

  it('declares the notebook type for *.actnb and activates on it and on the language', () => {
    const nb = contributes.notebooks.find((n: any) => n.type === NOTEBOOK_TYPE);
    assert.ok(nb);
    assert.strictEqual(nb.displayName, 'Activation Lab Notebook');
    assert.deepStrictEqual(nb.selector, [{ filenamePattern: '*.actnb' }]);
    assert.ok(pkg.activationEvents.includes(`onNotebook:${NOTEBOOK_TYPE}`));
    assert.ok(pkg.activationEvents.includes(`onLanguage:${LANGUAGE_ID}`));
    assert.ok(pkg.activationEvents.includes(`onRenderer:${RENDERER_ID}`));
    assert.ok(CONTROLLER_ID.length > 0);
  });

  it('declares the renderer for the chart MIME type with optional messaging', () => {
    const [renderer] = contributes.notebookRenderer;
    assert.strictEqual(renderer.id, RENDERER_ID);
    assert.strictEqual(renderer.entrypoint, './dist/renderer.js');
    assert.deepStrictEqual(renderer.mimeTypes, [MIME_CHART, MIME_TRAINING]);
    assert.strictEqual(renderer.requiresMessaging, 'optional');
  });

  it('declares the language with its grammar and configuration, and those files exist and parse', () => {
    const language = contributes.languages.find((l: any) => l.id === LANGUAGE_ID);
    assert.ok(language.extensions.includes('.act'));
    assert.ok(language.aliases.includes('Activation'));
    const grammar = contributes.grammars.find((g: any) => g.language === LANGUAGE_ID);
    assert.strictEqual(grammar.scopeName, 'source.activation');
    assert.strictEqual(readJson(grammar.path).scopeName, 'source.activation');
    const config = readJson(language.configuration);
    assert.strictEqual(config.comments.lineComment, '#');
    assert.deepStrictEqual(config.brackets, [['(', ')'], ['[', ']']]);
  });

  it('declares the restart command, and the source registers the same ids', () => {
    const ids = contributes.commands.map((c: any) => c.command);
    assert.ok(ids.includes('activation-lab.restartKernel'));
    const restart = contributes.commands.find((c: any) => c.command === 'activation-lab.restartKernel');
    assert.strictEqual(`${restart.category}: ${restart.title}`, 'Activation Lab: Restart Kernel');
    // commands.ts imports vscode, so read its ids from the source text rather than import it.
    const source = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'commands.ts'), 'utf8');
    const registered = [...source.matchAll(/id: '([^']+)'/g)].map((m) => m[1]);
    assert.deepStrictEqual([...registered].sort(), [...ids].sort());
  });

  it('declares every setting that configuration.ts reads', () => {
    const properties = contributes.configuration.properties;
    const source = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'configuration.ts'), 'utf8');
    const read = [...source.matchAll(/config\.get<[^>]*>\('([^']+)'\)/g)].map((m) => `activationLab.${m[1]}`);
    assert.ok(read.length > 0);
    for (const key of read) assert.ok(properties[key], `${key} is not declared in package.json`);
    // The setting's default is the language's own default.
    assert.strictEqual(properties['activationLab.kernel.maxElements'].default, LANG_DEFAULT_MAX_ELEMENTS);
  });
});

describe('samples/welcome.actnb', () => {
  const result = parseNotebookFile(fs.readFileSync(path.join(ROOT, 'samples', 'welcome.actnb'), 'utf8'));

  it('parses, starts with a markdown intro and has no saved outputs', () => {
    assert.ok(result.ok);
    const cells = result.notebook.cells;
    assert.strictEqual(cells[0].kind, 'markdown');
    for (const cell of cells) assert.deepStrictEqual(cell.outputs, []);
  });

  it('its first four code cells are the ones the integration tests run, in order', () => {
    assert.ok(result.ok);
    const code = result.notebook.cells.filter((c) => c.kind === 'code');
    assert.deepStrictEqual(code.slice(0, 4).map((c) => c.source), ['relu(-2)', 'relu([-2, -1, 0, 1, 2])', 'leaky_relu(-2, negative_slope=0.1)', 'plot(relu, gelu, sigmoid, tanh)']);
    for (const cell of code) assert.strictEqual(cell.language, LANGUAGE_ID);
  });

  it('has a markdown cell explaining hover', () => {
    assert.ok(result.ok);
    assert.ok(result.notebook.cells.some((c) => c.kind === 'markdown' && /[Hh]over/.test(c.source)));
  });
});

describe('.vscodeignore', () => {
  it('lets the runtime files in and keeps sources, tests and samples out', () => {
    const rules = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.strictEqual(rules[0], '**', 'everything is excluded first');
    for (const keep of ['!package.json', '!README.md', '!dist/extension.js', '!dist/renderer.js', '!dist/cli.js', '!bin/**', '!syntaxes/**', '!language-configuration.json']) {
      assert.ok(rules.includes(keep), `${keep} missing`);
    }
    // Only the welcome sample ships: the walkthrough's "Open Welcome Notebook" opens a copy of it.
    assert.ok(!rules.some((r) => /^!(src|test|out|samples(?!\/welcome\.actnb$)|node_modules|scripts)/.test(r)));
  });
});

describe('package.json icons (media/)', () => {
  const pkg = readJson('package.json');
  it('the extension icon is a PNG of at least 128×128', () => {
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(width >= 128 && height >= 128, `${width}×${height}`);
    assert.strictEqual(width, height);
  });
  it('every icon package.json names exists under media/, and .vscodeignore lets media/ into the .vsix', () => {
    const files = manifestIconFiles(pkg);
    assert.ok(files.length >= 5, files.join(', '));
    for (const file of files) {
      assert.ok(file.startsWith('media/'), file);
      assert.ok(fs.existsSync(path.join(ROOT, file)), file);
    }
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!media\/\*\*$/m);
  });

  it('declares a walkthrough whose images exist and whose command links are declared commands', () => {
    const contributes = readJson('package.json').contributes;
    const [walkthrough] = contributes.walkthroughs;
    assert.strictEqual(walkthrough.id, 'activation-lab.gettingStarted');
    assert.ok(walkthrough.steps.length >= 3);
    const ids = new Set(contributes.commands.map((c: any) => c.command));
    const titles = contributes.commands.map((c: any) => `${c.category}: ${c.title}`);
    assert.ok(titles.includes('Activation Lab: New Activation Lab Notebook'));
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(ROOT, step.media.image)), `${step.id}: ${step.media.image}`);
      assert.ok(step.media.image.startsWith('media/'), step.media.image);
      for (const m of String(step.description).matchAll(/\(command:([^)?]+)/g)) assert.ok(ids.has(m[1]), `${step.id}: ${m[1]} is not declared`);
    }
    const links = walkthrough.steps.map((s: any) => String(s.description)).join(' ');
    assert.ok(links.includes('command:activation-lab.openWelcome') && links.includes('command:activation-lab.newNotebook'));
  });
});
