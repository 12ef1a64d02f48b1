import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { analyzeCells } from '../../../src/lang/analysis/analysis';
import { completionsAt } from '../../../src/lang/analysis/analysis-completions';
import { definitionHoverMarkdown } from '../../../src/lang/analysis/analysis-hover';
import { signatureHelpAt } from '../../../src/lang/analysis/analysis-signature-help';

/** Completions in the last cell at its '|'. */
function complete(cells: string[]) {
  const last = cells.length - 1;
  const offset = cells[last].indexOf('|');
  const sources = [...cells.slice(0, last), cells[last].replace('|', '')];
  return completionsAt(analyzeCells(sources), last, offset);
}

function help(cells: string[]) {
  const last = cells.length - 1;
  const offset = cells[last].indexOf('|');
  const sources = [...cells.slice(0, last), cells[last].replace('|', '')];
  return signatureHelpAt(analyzeCells(sources), last, offset);
}

describe('lang/analysis-completions', () => {
  it('at the start of a cell: activations, aliases, built-ins and names from earlier cells', () => {
    const { entries, replaceStart } = complete(['my_f(x) = x * 2', 'k = 3', '|']);
    const byLabel = new Map(entries.map((e) => [e.label, e]));
    assert.strictEqual(replaceStart, 0);
    assert.strictEqual(byLabel.get('gelu')?.kind, 'activation');
    assert.strictEqual(byLabel.get('gelu')?.documentation, getActivation('gelu')!.doc.summary);
    assert.match(byLabel.get('gelu')?.detail ?? '', /^gelu\(x, approximate="none"\)$/);
    assert.strictEqual(byLabel.get('lrelu')?.kind, 'alias');
    assert.strictEqual(byLabel.get('plot')?.kind, 'builtin');
    assert.strictEqual(byLabel.get('my_f')?.kind, 'function');
    assert.strictEqual(byLabel.get('my_f')?.detail, 'my_f(x)');
    assert.strictEqual(byLabel.get('k')?.kind, 'variable');
    assert.ok(!byLabel.has('negative_slope'), 'no keyword arguments outside a call');
  });

  it('does not offer names defined later', () => {
    const labels = complete(['|', 'later = 1']).entries.map((e) => e.label);
    assert.ok(!labels.includes('later'));
  });

  it('inside a call: the keyword arguments not given yet first, with their defaults', () => {
    const { entries } = complete(['leaky_relu(1, |']);
    assert.deepStrictEqual(entries[0], {
      label: 'negative_slope',
      kind: 'keyword-argument',
      detail: 'negative_slope=0.01',
      documentation: getActivation('leaky_relu')!.params[0].description,
      insertText: 'negative_slope=',
      group: 0,
    });
    assert.ok(entries.some((e) => e.label === 'relu'), 'names too: the argument may be an expression');
    const given = complete(['leaky_relu(1, negative_slope=0.2, |']).entries.map((e) => e.label);
    assert.ok(!given.includes('negative_slope'));
  });

  it('keyword arguments of a user function', () => {
    const labels = complete(['swish_b(x, beta=1.5) = x * sigmoid(beta * x)', 'swish_b(1, b|']).entries.filter((e) => e.kind === 'keyword-argument');
    assert.deepStrictEqual(labels.map((e) => [e.label, e.detail]), [['beta', 'beta=1.5']]);
  });

  it('replaces the word being typed', () => {
    const { replaceStart } = complete(['relu(1) + gel|']);
    assert.strictEqual(replaceStart, 'relu(1) + '.length);
  });

  it('nothing inside a string, a comment or a number', () => {
    assert.deepStrictEqual(complete(['gelu(1, approximate="ta|")']).entries, []);
    assert.deepStrictEqual(complete(['relu(1) # rel|']).entries, []);
    assert.deepStrictEqual(complete(['1.|']).entries, []);
  });

  describe('signature help', () => {
    it('shows the activation and marks the keyword parameter after the positional one', () => {
      const got = help(['leaky_relu(1, |']);
      assert.match(got?.signature.label ?? '', /^leaky_relu\(x, negative_slope=0\.01[,)]/);
      assert.strictEqual(got?.activeParameter, 1);
      assert.strictEqual(got?.signature.params[1].name, 'negative_slope');
    });

    it('tracks the argument: x first, a keyword by name', () => {
      assert.strictEqual(help(['leaky_relu(|'])?.activeParameter, 0);
      assert.strictEqual(help(['gelu(negative=1, approximate=|'])?.activeParameter, 1);
    });

    it('a user function from an earlier cell', () => {
      const got = help(['my_f(x, scale=2) = x * scale', 'my_f(1, |']);
      assert.strictEqual(got?.signature.label, 'my_f(x, scale=2)');
      assert.strictEqual(got?.activeParameter, 1);
    });

    it('a lambda assigned to a name', () => {
      const got = help(['sq = (t, k=2) -> t * k', 'sq(1, |']);
      assert.strictEqual(got?.signature.label, 'sq(t, k=2)');
      assert.strictEqual(got?.activeParameter, 1);
    });

    it('nothing outside a call or for an unknown callee', () => {
      assert.strictEqual(help(['relu(1) + |']), undefined);
      assert.strictEqual(help(['nosuch(|']), undefined);
    });
  });

  it('the hover of a user name shows its definition and cell', () => {
    const analysis = analyzeCells(['a = 1', 'my_f(x) = x * 2']);
    const markdown = definitionHoverMarkdown(analysis.cells[1].definitions[0], true);
    assert.match(markdown, /my_f\(x\) = x \* 2/);
    assert.match(markdown, /cell 2/);
    assert.match(definitionHoverMarkdown(analysis.cells[0].definitions[0], false), /line 1/);
  });
});
