/** The training built-ins in completion, signature help and analysis, like every built-in. */
import * as assert from 'assert';
import { analyzeCells } from '../../../src/lang/analysis/analysis';
import { completionsAt } from '../../../src/lang/analysis/analysis-completions';
import { signatureHelpAt } from '../../../src/lang/analysis/analysis-signature-help';

function at(source: string): { sources: string[]; offset: number } {
  return { sources: [source.replace('|', '')], offset: source.indexOf('|') };
}

describe('training built-ins in the editor', () => {
  const names = ['dataset', 'csv', 'mlp', 'train', 'predict', 'export', 'layers', 'dead', 'sparsity', 'saturation', 'grad_norm'];
  for (const name of names) {
    it(`completion lists ${name} with its signature and doc`, () => {
      const { sources, offset } = at(`${name.slice(0, 2)}|`);
      const entry = completionsAt(analyzeCells(sources), 0, offset).entries.find((e) => e.label === name);
      assert.ok(entry, `${name} not completed`);
      assert.ok((entry.detail ?? '').startsWith(`${name}(`), entry.detail);
      assert.ok((entry.documentation ?? '').length > 20);
    });
  }

  it('signature help for train( names its keywords', () => {
    const { sources, offset } = at('train(|');
    const help = signatureHelpAt(analyzeCells(sources), 0, offset);
    assert.ok(help);
    assert.match(JSON.stringify(help), /epochs=100/);
    assert.match(JSON.stringify(help), /optimizer=\\"adam\\"/);
  });

  it('a training program has no problems, fields included', () => {
    const a = analyzeCells(['data = dataset("spiral", n=100)\nrun = train(mlp([2, 8, 1], activation=gelu), data)\nrun.loss[-1]\nrun["steps"]']);
    assert.deepStrictEqual(a.cells[0].problems, []);
  });
});
