import * as assert from 'assert';
import { analyzeCells, type NotebookAnalysis } from '../../../src/lang/analysis/analysis';
import { editDistance, nearest, suggestNames } from '../../../src/lang/runtime/suggest';
import { errorOf } from '../lang-helpers';

/** The message of the error the evaluator raises for a source. */
function runtimeMessage(source: string): string {
  return errorOf(source).message;
}

/** The problems of every cell as "cell:start-end message". */
function problems(analysis: NotebookAnalysis): string[] {
  return analysis.cells.flatMap((c) => c.problems.map((p) => `${c.index}:${p.span.start}-${p.span.end} ${p.message}`));
}

function unknownNames(sources: string[]): string[] {
  return analyzeCells(sources).cells.flatMap((c) => c.problems.filter((p) => p.code === 'unknown-name').map((p) => `${c.index}:${c.source.slice(p.span.start, p.span.end)}`));
}

describe('lang/analysis', () => {
  describe('unknown names', () => {
    const cases: Array<{ name: string; cells: string[]; unknown: string[] }> = [
      { name: 'activations, aliases and built-ins are known', cells: ['relu(1) + lrelu(2) + gelu(3)', 'plot(relu, tanh)'], unknown: [] },
      { name: 'a misspelt activation', cells: ['gleu(1)'], unknown: ['0:gleu'] },
      { name: 'a name defined in an earlier cell', cells: ['a = 2', 'a * 3'], unknown: [] },
      { name: 'a name defined only in a later cell', cells: ['a * 3', 'a = 2'], unknown: ['0:a'] },
      { name: 'earlier in the same cell', cells: ['a = 2\na + 1'], unknown: [] },
      { name: 'later in the same cell', cells: ['a + 1\na = 2'], unknown: ['0:a'] },
      { name: 'an assignment cannot read the name it defines', cells: ['x = x + 1'], unknown: ['0:x'] },
      { name: 'keyword argument names are not uses', cells: ['leaky_relu(1, negative_slope=0.1)'], unknown: [] },
      { name: 'a definition sees its parameters', cells: ['f(x) = x * sigmoid(x)'], unknown: [] },
      { name: 'a parameter is not visible outside its definition', cells: ['f(x) = x * 2\nx + 1'], unknown: ['0:x'] },
      { name: 'an unknown name in a body', cells: ['f(x) = x * y'], unknown: ['0:y'] },
      { name: 'a keyword parameter with a default', cells: ['b = 1.5\nswish_b(x, beta=b) = x * sigmoid(beta * x)'], unknown: [] },
      { name: 'a default is read outside the definition', cells: ['g(x, beta=x) = beta'], unknown: ['0:x'] },
      { name: 'a definition may call itself', cells: ['f(n) = f(n - 1)'], unknown: [] },
      { name: 'a lambda sees its parameter', cells: ['sq = t -> t * t', 'sq(3)'], unknown: [] },
      { name: 'a lambda with several parameters and a default', cells: ['k = (u, v=2) -> u * v + w'], unknown: ['0:w'] },
      { name: 'names inside a vector, comparison and index', cells: ['v = [1, q, 3]\nv[0] < zz'], unknown: ['0:q', '0:zz'] },
      { name: 'a function defined in an earlier cell', cells: ['my_f(x) = x * 2', 'my_f(3) + my_g(1)'], unknown: ['1:my_g'] },
      { name: 'a body may use a name defined in a later cell', cells: ['f(x) = x + later', 'later = 1', 'f(1)'], unknown: [] },
      { name: 'a lambda body may use a name defined later in the cell', cells: ['g = t -> t * k\nk = 2'], unknown: [] },
      { name: 'a body may call a function defined later', cells: ['f(x) = helper(x) + 1', 'helper(x) = 2 * x'], unknown: [] },
      { name: 'a top-level use before the definition is still unknown', cells: ['later + 1', 'f(x) = x + later', 'later = 1'], unknown: ['0:later'] },
      { name: 'a name defined nowhere is unknown in a body', cells: ['f(x) = x + nowhere', 'g = 1'], unknown: ['0:nowhere'] },
      { name: 'a default is read at definition time, not deferred', cells: ['h(x, a=later) = x * a', 'later = 1'], unknown: ['0:later'] },
    ];
    for (const c of cases) {
      it(c.name, () => assert.deepStrictEqual(unknownNames(c.cells), c.unknown));
    }
  });

  it('reports an unknown name with the nearest suggestion, its span and the problem code', () => {
    const analysis = analyzeCells(['relu(1) + gleu(1)']);
    const [problem] = analysis.problems(0);
    assert.strictEqual(problem.message, "unknown name 'gleu'; did you mean 'gelu'?");
    assert.strictEqual(problem.code, 'unknown-name');
    assert.deepStrictEqual([problem.span.start, problem.span.end, problem.span.line, problem.span.column], [10, 14, 1, 11]);
    assert.strictEqual(problem.suggestions[0], 'gelu');
  });

  it('suggests names defined in earlier cells, and says nothing when no name is close', () => {
    const analysis = analyzeCells(['my_func = 2', 'my_fnuc + zzzzzzzz']);
    assert.deepStrictEqual(problems(analysis), ["1:0-7 unknown name 'my_fnuc'; did you mean 'my_func'?", "1:10-18 unknown name 'zzzzzzzz'"]);
  });

  it('reports a syntax error at the offending token with what was expected and found, and keeps the other lines', () => {
    const source = 'a = 1\nrelu(1,,2)\nb = a + 1';
    const analysis = analyzeCells([source]);
    const syntax = analysis.problems(0).filter((p) => p.code === 'syntax-error');
    assert.strictEqual(syntax.length, 1);
    const at = source.indexOf(',,') + 1;
    assert.deepStrictEqual([syntax[0].span.start, syntax[0].span.end, syntax[0].span.line], [at, at + 1, 2]);
    assert.match(syntax[0].message, /expected/);
    assert.match(syntax[0].message, /','/);
    assert.deepStrictEqual(analysis.cells[0].definitions.map((d) => d.name), ['a', 'b']);
    assert.deepStrictEqual(unknownNames([source]), []);
  });

  it('finds the definition of a use in an earlier cell, the latest one before it', () => {
    const analysis = analyzeCells(['a = 1', 'a = 2\nb = 3', 'a + b']);
    const a = analysis.definitionAt(2, 0);
    const b = analysis.definitionAt(2, 4);
    assert.deepStrictEqual([a?.cell, a?.source, a?.nameSpan.line], [1, 'a = 2', 1]);
    assert.deepStrictEqual([b?.cell, b?.source, b?.nameSpan.line], [1, 'b = 3', 2]);
    assert.strictEqual(analysis.definitionAt(2, 2), undefined, 'the + is no name');
    assert.strictEqual(analysis.definitionAt(1, 0)?.cell, 1, 'a defining name is its own definition');
  });

  it('records a function definition with its signature and source', () => {
    const analysis = analyzeCells(['swish_b(x, beta=1.5) = x * sigmoid(beta * x)']);
    const [d] = analysis.cells[0].definitions;
    assert.strictEqual(d.kind, 'function');
    assert.strictEqual(d.source, 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)');
    assert.strictEqual(d.signature?.label, 'swish_b(x, beta=1.5)');
    assert.deepStrictEqual(d.signature?.params.map((p) => [p.name, p.kind]), [['x', 'positional'], ['beta', 'optional']]);
  });

  it('lists the names visible at a cursor: earlier cells, earlier lines, enclosing parameters', () => {
    const source = 'c = 1\nf(x) = x + c\nd = 4';
    const analysis = analyzeCells(['a = 1', source]);
    const names = (offset: number) => analysis.visibleAt(1, offset).map((v) => v.name).sort();
    assert.deepStrictEqual(names(0), ['a']);
    assert.deepStrictEqual(names(source.indexOf('x +')), ['a', 'c', 'f', 'x']);
    assert.deepStrictEqual(names(source.length), ['a', 'c', 'd', 'f']);
  });

  it('sees the parameters of a definition still being typed', () => {
    const source = 'g(t, k=2) = t * ';
    const analysis = analyzeCells([source]);
    const names = analysis.visibleAt(0, source.length).map((v) => v.name).sort();
    assert.ok(names.includes('t') && names.includes('k'), names.join(', '));
  });

  it('a use in a body resolves to the definition in a later cell', () => {
    const analysis = analyzeCells(['f(x) = x + later', 'later = 1']);
    const def = analysis.definitionAt(0, 'f(x) = x + la'.length);
    assert.deepStrictEqual([def?.cell, def?.source], [1, 'later = 1']);
  });

  it('short unknown names get no suggestion, in the editor as at runtime (one rule)', () => {
    const analysis = analyzeCells(['y = z']);
    assert.deepStrictEqual(problems(analysis), ["0:4-5 unknown name 'z'"]);
    assert.deepStrictEqual(analysis.problems(0)[0].suggestions, []);
    assert.strictEqual(runtimeMessage('y = z'), "unknown name 'z'");
    for (const source of ['gleu(1)', 'my_func = 2\nmy_fnuc + 1', 'sigmiod(0)']) {
      const editor = analyzeCells([source]).problems(0)[0].message;
      assert.strictEqual(runtimeMessage(source), editor.replace("unknown name 'gleu'", "unknown function 'gleu'").replace("unknown name 'sigmiod'", "unknown function 'sigmiod'"), source);
    }
  });

  describe('suggestNames', () => {
    it('says nothing for names of one or two letters', () => {
      assert.deepStrictEqual(suggestNames('z', ['d', 'x']), []);
      assert.deepStrictEqual(suggestNames('tn', ['tanh', 'tan']), []);
      assert.strictEqual(nearest('z', ['d']), undefined);
    });
    it('nearest is the first suggestion, ties broken alphabetically', () => {
      assert.strictEqual(nearest('seli', ['selu', 'elu', 'gelu', 'relu']), 'selu');
      assert.strictEqual(nearest('xelu', ['selu', 'gelu', 'relu', 'elu']), 'elu');
      assert.deepStrictEqual(suggestNames('xelu', ['selu', 'gelu', 'relu', 'elu']), ['elu', 'gelu', 'relu']);
    });

    it('orders by edit distance and keeps only typo-sized distances', () => {
      const candidates = ['relu', 'gelu', 'selu', 'elu', 'sigmoid'];
      const got = suggestNames('rleu', candidates);
      assert.strictEqual(got[0], 'relu');
      for (const name of got) assert.ok(editDistance('rleu', name) <= 1, name);
      assert.deepStrictEqual(suggestNames('qqqqqq', candidates), []);
    });
  });
});
