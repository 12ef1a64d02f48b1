/**
 * Framework call signatures: PyTorch's vector modules take the dimension as their first positional
 * argument (`nn.Softmax(1)`), so the hover names it `dim=1`, as it would `nn.Softmax(dim=1)`.
 */
import * as assert from 'assert';
import { frameworkHoverMarkdown } from '../../../src/extension/frameworks/framework-hover-markdown';
import { frameworkHoverTargetAt } from '../../../src/extension/frameworks/framework-hover-target';
import { buildFrameworkNameTable } from '../../../src/extension/frameworks/framework-names';
import { matchOptionsFor } from '../../../src/extension/frameworks/framework-signatures';
import { frameworkSubjects, frameworkSubjectSpec } from '../../../src/extension/frameworks/framework-subjects';

const py = buildFrameworkNameTable(frameworkSubjects(), 'python');

function hoverAt(line: string, on: string): string {
  const target = frameworkHoverTargetAt(line, line.indexOf(on) + 1, py);
  assert.ok(target, `no hover on ${on}`);
  const spec = frameworkSubjectSpec(target.name.activation);
  assert.ok(spec);
  return frameworkHoverMarkdown({ spec, name: target.name, family: 'python', args: target.args });
}

describe('extension framework-signatures', () => {
  const POSITIONAL_DIM: Array<[line: string, on: string, shown: string]> = [
    ['self.out = nn.Softmax(1)', 'nn.Softmax', 'dim=1'],
    ['self.out = torch.nn.Softmax(-1)', 'torch.nn.Softmax', 'dim=-1'],
    ['self.lsm = nn.LogSoftmax(1)', 'nn.LogSoftmax', 'dim=1'],
    ['self.w = nn.Softmin(0)', 'nn.Softmin', 'dim=0'],
    ['self.gate = nn.GLU(2)', 'nn.GLU', 'dim=2'],
  ];
  for (const [line, on, shown] of POSITIONAL_DIM) {
    it(`${line}: the positional argument is shown as ${shown}`, () => {
      const md = hoverAt(line, on);
      assert.ok(md.includes(`- \`${shown}\` — shown as written, not drawn`), md.slice(md.indexOf('**Written here**'), md.indexOf('**Written here**') + 200));
    });
  }

  it('a positional dim reads the same as the keyword', () => {
    const written = (md: string) => md.slice(md.indexOf('**Written here**')).split('\n\n')[1];
    assert.strictEqual(written(hoverAt('m = nn.Softmax(1)', 'nn.Softmax')), written(hoverAt('m = nn.Softmax(dim=1)', 'nn.Softmax')));
  });

  it('functions take the input first: F.softmax(x, 1) names the second argument dim only through PyTorch modules, not here', () => {
    // F.softmax(input, dim): the positional names are for modules (kind "class") only.
    const f = py.identifiers.get('F.softmax')!;
    assert.strictEqual(f.kind, 'function');
    assert.strictEqual(matchOptionsFor(f).positionalNames, undefined);
    assert.deepStrictEqual(matchOptionsFor(py.identifiers.get('nn.Softmax')!).positionalNames, ['dim']);
  });

  it('the other frameworks get no PyTorch positional names', () => {
    const keras = py.identifiers.get('tf.keras.layers.Softmax')!;
    assert.strictEqual(keras.kind, 'class');
    assert.strictEqual(matchOptionsFor(keras).positionalNames, undefined);
  });

  it("TensorFlow's theta is our threshold", () => {
    const js = buildFrameworkNameTable(frameworkSubjects(), 'js');
    assert.deepStrictEqual(matchOptionsFor(js.identifiers.get('tf.layers.thresholdedReLU')!).renames, { theta: 'threshold' });
  });
});
