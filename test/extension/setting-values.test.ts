import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KINK_CONVENTIONS } from '../../src/core/activations/kink';
import { DEFAULT_MAX_ELEMENTS } from '../../src/lang/runtime/evaluator';
import { sanitizeKinkConvention, sanitizeMaxElements, sanitizeMaxMemoryMB, sanitizeTrainingLimits } from '../../src/extension/setting-values';
import { DEFAULT_SIZE_LIMITS, SIZE_LIMIT_SETTINGS } from '../../src/core/training/size-limits';
import { DEFAULT_MAX_MEMORY_MB } from '../../src/lang/runtime/memory-budget';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('extension/setting-values: raw settings to kernel options', () => {
  const kinkCases: Array<{ name: string; raw: unknown; expected: string }> = [
    { name: 'pytorch', raw: 'pytorch', expected: 'pytorch' },
    { name: 'left', raw: 'left', expected: 'left' },
    { name: 'right', raw: 'right', expected: 'right' },
    { name: 'mean', raw: 'mean', expected: 'mean' },
    { name: 'unset', raw: undefined, expected: 'pytorch' },
    { name: 'another case', raw: 'Left', expected: 'pytorch' },
    { name: 'an unknown word', raw: 'middle', expected: 'pytorch' },
    { name: 'a number', raw: 0.5, expected: 'pytorch' },
    { name: 'an object', raw: { kink: 'left' }, expected: 'pytorch' },
  ];
  for (const c of kinkCases) {
    it(`kinkConvention: ${c.name} → ${c.expected}`, () => assert.strictEqual(sanitizeKinkConvention(c.raw), c.expected));
  }

  const sizeCases: Array<{ name: string; raw: unknown; expected: number }> = [
    { name: 'a positive integer', raw: 1000, expected: 1000 },
    { name: 'zero', raw: 0, expected: DEFAULT_MAX_ELEMENTS },
    { name: 'a fraction', raw: 2.5, expected: DEFAULT_MAX_ELEMENTS },
    { name: 'a string', raw: '1000', expected: DEFAULT_MAX_ELEMENTS },
  ];
  for (const c of sizeCases) {
    it(`maxElements: ${c.name}`, () => assert.strictEqual(sanitizeMaxElements(c.raw), c.expected));
  }

  const memoryCases: Array<{ name: string; raw: unknown; expected: number }> = [
    { name: 'a positive integer', raw: 512, expected: 512 },
    { name: 'unset', raw: undefined, expected: DEFAULT_MAX_MEMORY_MB },
    { name: 'zero', raw: 0, expected: DEFAULT_MAX_MEMORY_MB },
    { name: 'negative', raw: -1, expected: DEFAULT_MAX_MEMORY_MB },
    { name: 'a fraction', raw: 1.5, expected: DEFAULT_MAX_MEMORY_MB },
    { name: 'a string', raw: '512', expected: DEFAULT_MAX_MEMORY_MB },
  ];
  for (const c of memoryCases) {
    it(`maxMemoryMB: ${c.name}`, () => assert.strictEqual(sanitizeMaxMemoryMB(c.raw), c.expected));
  }

  it('package.json declares activationLab.kernel.maxMemoryMB, an integer of at least 1, default 2048 (the language default)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['activationLab.kernel.maxMemoryMB'];
    assert.ok(setting, 'declared');
    assert.deepStrictEqual([setting.type, setting.minimum, setting.default], ['integer', 1, DEFAULT_MAX_MEMORY_MB]);
  });

  it('training limits: positive integers are kept, anything else is the core default, limit by limit', () => {
    assert.deepStrictEqual(sanitizeTrainingLimits({}), { ...DEFAULT_SIZE_LIMITS });
    assert.deepStrictEqual(
      sanitizeTrainingLimits({ maxParameters: 100, maxSamples: 0, maxWorkPerEpoch: 1.5, maxTotalWork: '5', maxSteps: 7 }),
      { ...DEFAULT_SIZE_LIMITS, maxParameters: 100, maxSteps: 7 },
    );
    assert.strictEqual(sanitizeTrainingLimits({ maxTotalWork: -1 }).maxTotalWork, DEFAULT_SIZE_LIMITS.maxTotalWork);
  });

  it('package.json declares every training limit its error names (activationLab.training.*), integer >= 1, default the core\'s', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const properties = pkg.contributes.configuration.properties;
    for (const [key, setting] of Object.entries(SIZE_LIMIT_SETTINGS) as Array<[keyof typeof DEFAULT_SIZE_LIMITS, string]>) {
      const declared = properties[setting];
      assert.ok(declared, `${setting} is declared`);
      assert.deepStrictEqual([declared.type, declared.minimum, declared.default], ['integer', 1, DEFAULT_SIZE_LIMITS[key]], setting);
    }
    // configuration.ts reads each of them under its own key.
    const source = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'configuration.ts'), 'utf8');
    for (const [key, setting] of Object.entries(SIZE_LIMIT_SETTINGS)) {
      assert.ok(source.includes(`${key}: config.get<unknown>('${setting.replace(/^activationLab\./, '')}')`), `configuration.ts reads ${setting} into ${key}`);
    }
    assert.match(fs.readFileSync(path.join(ROOT, 'src', 'extension', 'notebook', 'controller.ts'), 'utf8'), /trainingLimits: config\.trainingLimits/);
  });

  it('package.json declares the kink setting with exactly the conventions the core knows, default pytorch', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['activationLab.derivatives.kinkConvention'];
    assert.ok(setting, 'activationLab.derivatives.kinkConvention is declared');
    assert.deepStrictEqual(setting.enum, [...KINK_CONVENTIONS]);
    assert.strictEqual(setting.enumDescriptions.length, KINK_CONVENTIONS.length);
    assert.strictEqual(setting.default, 'pytorch');
    for (const c of KINK_CONVENTIONS) assert.ok(setting.markdownDescription.includes(`\`${c}\``), `the description explains ${c}`);
    assert.match(setting.markdownDescription, /`kink=` keyword in a call wins/);
  });
});
