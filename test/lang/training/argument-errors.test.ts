/** Every bad argument of the training built-ins: the message, and the line and column it points at. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { errorOf } from '../lang-helpers';
import { getBuiltinSignature } from '../../../src/lang/builtins/builtin-signatures';
import { nodeDataFileReader } from '../../../src/kernel/data-file-reader';

const S = 's = dataset("spiral", n=100)\n';

interface Case { name: string; source: string; message: RegExp; line: number; column: number }

const CASES: Case[] = [
  { name: 'unknown dataset', source: 'dataset("spirals")', message: /^dataset: unknown dataset "spirals"; the datasets are circle, xor, .*, or a \.csv file path$/, line: 1, column: 9 },
  { name: 'noise out of range', source: 'dataset("spiral", noise=2)', message: /^dataset: noise must be between 0 and 1, got 2$/, line: 1, column: 25 },
  { name: 'n not whole', source: 'dataset("spiral", n=1.5)', message: /^dataset: n must be a whole number between 2 and/, line: 1, column: 21 },
  { name: 'unknown option', source: 'dataset("spiral", bogus=1)', message: /^dataset: dataset "spiral" has no option "bogus"; its options are n, noise, seed, split, shuffle/, line: 1, column: 25 },
  { name: 'source a number', source: 'dataset(3)', message: /^dataset: argument source must be a dataset name \(circle, .*\), a \.csv file path, or a vector of inputs, got a number$/, line: 1, column: 9 },
  { name: 'no source', source: 'dataset()', message: /^dataset needs a source/, line: 1, column: 1 },
  { name: 'labels too short', source: 'dataset([1, 2, 3], [0, 1])', message: /^dataset: labels has 2 values but inputs has 3 rows/, line: 1, column: 20 },
  { name: 'column gap', source: 'dataset(x1=[1, 2], x3=[1, 2], y=[0, 1])', message: /^dataset: the columns must be x1, x2, \.\.\. without a gap; x2 is missing$/, line: 1, column: 23 },
  { name: 'columns without labels', source: 'dataset(x1=[1, 2])', message: /^dataset: your data needs labels/, line: 1, column: 1 },
  { name: 'unknown feature', source: 'dataset("spiral", features="x1, x9")', message: /^dataset: features: unknown feature "x9"/, line: 1, column: 28 },
  { name: 'split out of range', source: 'dataset("spiral", split=0.95)', message: /^dataset: split must be between 0\.1 and 0\.9, got 0\.95$/, line: 1, column: 25 },
  { name: 'train= (the same option as split=) out of range', source: 'dataset("spiral", train=0.95)', message: /^dataset: train must be between 0\.1 and 0\.9, got 0\.95$/, line: 1, column: 25 },
  { name: 'split of your own data out of range', source: 'dataset([1, 2, 3, 4], [0, 1, 0, 1], split=2)', message: /^dataset: split must be between 0\.1 and 0\.9, got 2$/, line: 1, column: 43 },
  { name: 'n given by position', source: 'dataset("circle", 200)', message: /^dataset: n is a keyword: dataset\("circle", n=200\); a second positional argument is the labels of your own inputs/, line: 1, column: 19 },
  { name: 'n past the row limit (checked before any work, not a generic vector error)', source: 'dataset("circle", n=6000000)', message: /^dataset: n must be between 2 and 1000000 \(the row limit\), got 6000000$/, line: 1, column: 21 },
  { name: 'n past the vector limit, in points of 20 values each', source: 'dataset("blobs", n=600000, dim=20)', message: /^dataset: n must be between 2 and 500000 \(points of 20 values each, at most 10000000 values: the setting activationLab\.kernel\.maxElements\), got 600000$/, line: 1, column: 20 },
  { name: 'n not whole states the real bound', source: 'dataset("circle", n=2.5)', message: /^dataset: n must be a whole number between 2 and 1000000 \(the row limit\), got 2\.5$/, line: 1, column: 21 },
  { name: 'sizes not a vector', source: 'mlp(3)', message: /^mlp: argument sizes must be a vector of layer sizes/, line: 1, column: 5 },
  { name: 'one size', source: 'mlp([2])', message: /^mlp: sizes needs at least two entries/, line: 1, column: 5 },
  { name: 'size 0', source: 'mlp([2, 0, 1])', message: /^mlp: sizes\[1\] must be a whole number of at least 1, got 0$/, line: 1, column: 5 },
  { name: 'activation a number', source: 'mlp([2, 4, 1], activation=3)', message: /^mlp: an activation must be a function, got a number; accepted: an activation/, line: 1, column: 27 },
  { name: 'softmax hidden', source: 'mlp([2, 4, 1], activation=softmax)', message: /^mlp: softmax is a function of a whole vector; .*output="softmax"$/, line: 1, column: 27 },
  { name: 'too many activations', source: 'mlp([2, 4, 4, 1], relu, tanh, gelu)', message: /^mlp: 3 activations for 2 hidden layers; give one for all or exactly 2$/, line: 1, column: 31 },
  { name: 'unknown init', source: 'mlp([2, 4, 1], init="nope")', message: /^mlp: argument init must be one of "torch", .*"he_normal".*, got "nope"$/, line: 1, column: 21 },
  { name: 'unknown output', source: 'mlp([2, 4, 1], output="tanh")', message: /^mlp: argument output must be one of "linear", "sigmoid", "softmax", got "tanh"$/, line: 1, column: 23 },
  { name: 'bias not finite', source: 'mlp([2, 4, 1], bias=1/0)', message: /^mlp: bias: got Infinity; accepted: a finite number$/, line: 1, column: 21 },
  { name: 'gain not finite', source: 'mlp([2, 4, 1], gain=0/0)', message: /^mlp: gain: got NaN; accepted: a finite number$/, line: 1, column: 21 },
  { name: 'seed not whole', source: 'mlp([2, 4, 1], seed=0.5)', message: /^mlp: argument seed must be a whole number, got 0\.5$/, line: 1, column: 21 },
  { name: 'misspelt keyword', source: 'mlp([2, 4, 1], activaton=relu)', message: /^mlp has no keyword argument 'activaton'; did you mean 'activation'\?/, line: 1, column: 16 },
  { name: 'size limit before any work', source: 'mlp([2, 100000, 100000, 1])', message: /^mlp: sizes: the network has 10000500001 parameters; accepted: at most 5000000 parameters \(the setting activationLab\.training\.maxParameters\)$/, line: 1, column: 5 },
  { name: 'maxout k out of range', source: 'mlp([2, 4, 1], activation=maxout(k=100))', message: /^mlp: maxout\(k=\.\.\.\) \(layer 1\): got 100; accepted: a whole number from 1 to 64$/, line: 1, column: 27 },
  { name: 'random activation', source: 'mlp([2, 4, 1], activation=noisy_relu)', message: /^mlp: activation: noisy_relu .*random/, line: 1, column: 27 },
  { name: 'activation of two arguments', source: 'f(x, b) = x * b\nmlp([2, 4, 1], activation=f)', message: /^mlp: the activation f needs b too; an activation is a function of one number/, line: 2, column: 27 },
  { name: 'activation that fails', source: 'f(x) = x + "a"\nmlp([2, 4, 1], activation=f)', message: /^mlp: the activation f fails on a vector of inputs: /, line: 2, column: 27 },
  { name: 'activation with an unknown name', source: 'mlp([2, 4, 1], activation=x -> x * nosuch)', message: /^mlp: the activation x -> x \* nosuch fails on a vector of inputs: unknown name 'nosuch'/, line: 1, column: 27 },
  { name: 'net not a network', source: `${S}train(3, s)`, message: /^train: argument net must be a network/, line: 2, column: 7 },
  { name: 'data not a dataset', source: 'train(mlp([2, 4, 1]), 5)', message: /^train: argument data must be a dataset/, line: 1, column: 23 },
  { name: 'inputs do not match', source: `${S}train(mlp([3, 4, 1]), s)`, message: /^train: the network takes 3 inputs but the data has 2 columns \(x1, x2\); make the first size 2/, line: 2, column: 23 },
  { name: 'epochs 0', source: `${S}train(mlp([2, 4, 1]), s, epochs=0)`, message: /^train: epochs: got 0; accepted: a whole number >= 1$/, line: 2, column: 33 },
  { name: 'unknown optimizer', source: `${S}train(mlp([2, 4, 1]), s, optimizer="lbfgs")`, message: /^train: argument optimizer must be one of "sgd", "adam", "adamw", "rmsprop", got "lbfgs"$/, line: 2, column: 36 },
  { name: 'negative lr', source: `${S}train(mlp([2, 4, 1]), s, lr=-1)`, message: /^train: lr: got -1; accepted: a finite number >= 0$/, line: 2, column: 29 },
  { name: 'beta2 of 1.5', source: `${S}train(mlp([2, 4, 1]), s, betas=[0.9, 1.5])`, message: /^train: betas\[1\]: got 1\.5; accepted: a number in \[0, 1\)$/, line: 2, column: 32 },
  { name: 'centered of adam', source: `${S}train(mlp([2, 4, 1]), s, optimizer="adam", centered=true)`, message: /^train: centered is an option of rmsprop, not of adam$/, line: 2, column: 53 },
  { name: 'betas of sgd', source: `${S}train(mlp([2, 4, 1]), s, optimizer="sgd", betas=[0.9, 0.9])`, message: /^train: betas is an option of adam and adamw, not of sgd$/, line: 2, column: 49 },
  { name: 'negative batch', source: `${S}train(mlp([2, 4, 1]), s, batch=-1)`, message: /^train: batch: got -1; accepted: a whole number >= 0$/, line: 2, column: 32 },
  { name: 'batch a string', source: `${S}train(mlp([2, 4, 1]), s, batch="half")`, message: /^train: argument batch must be a whole number of points per step/, line: 2, column: 32 },
  { name: 'loss and head', source: `${S}train(mlp([2, 4, 1]), s, loss="cross_entropy")`, message: /^train: loss: cross_entropy does not go with a linear output of 1 unit/, line: 2, column: 31 },
  { name: 'hinge and sigmoid', source: `${S}train(mlp([2, 4, 1], output="sigmoid"), s, loss="hinge")`, message: /^train: loss: hinge does not go with a sigmoid output/, line: 2, column: 49 },
  { name: 'unknown loss', source: `${S}train(mlp([2, 4, 1]), s, loss="l2")`, message: /^train: argument loss must be one of "mse", "bce", "cross_entropy", "hinge", got "l2"$/, line: 2, column: 31 },
  { name: 'bce on three classes', source: 's = dataset("blobs", n=30)\ntrain(mlp([2, 4, 1]), s, loss="bce")', message: /^train: bce is a loss for two classes, and the data has 3; use loss="cross_entropy" with 3 outputs$/, line: 2, column: 31 },
  { name: 'mse on three classes and one output', source: 's = dataset("blobs", n=30)\ntrain(mlp([2, 4, 1]), s, loss="mse")', message: /^train: mse on 3 classes needs 3 outputs/, line: 2, column: 31 },
  { name: 'no loss fits', source: 's = dataset("blobs")\ntrain(mlp([2, 4, 1]), s)', message: /^train: no loss fits: the data has 3 classes but the network 1 output; give it 3 outputs/, line: 2, column: 23 },
  { name: 'nesterov without momentum', source: `${S}train(mlp([2, 4, 1]), s, optimizer="sgd", nesterov=true)`, message: /^train: nesterov: needs momentum > 0 and dampening 0/, line: 2, column: 52 },
  { name: 'clip 0', source: `${S}train(mlp([2, 4, 1]), s, clip=0)`, message: /^train: clip: got 0; accepted: a finite number > 0$/, line: 2, column: 31 },
  { name: 'seed not whole', source: `${S}train(mlp([2, 4, 1]), s, seed=1.5)`, message: /^train: seed: got 1\.5/, line: 2, column: 31 },
  { name: 'record_every negative', source: `${S}train(mlp([2, 4, 1]), s, record_every=-1)`, message: /^train: record_every: got -1; accepted: a whole number >= 0$/, line: 2, column: 39 },
  { name: 'total work limit before any work', source: `${S}train(mlp([2, 4, 1]), s, epochs=1e12)`, message: /^train: epochs: 1000000000000 epochs of .*; accepted: at most/, line: 2, column: 33 },
  { name: 'predict of a number', source: 'predict(3, [1, 2])', message: /^predict: argument model must be a run/, line: 1, column: 9 },
  { name: 'predict with a partial point', source: 'predict(mlp([2, 4, 1]), [1, 2, 3])', message: /^predict: the network takes 2 inputs per point, and 3 numbers are not a whole number of points$/, line: 1, column: 25 },
  { name: 'dead of a number', source: 'dead(3)', message: /^dead: argument run must be a training run/, line: 1, column: 6 },
  { name: 'dead of a layer too many', source: 'r = train(mlp([2, 4, 1]), dataset("spiral", n=40), epochs=1)\ndead(r, layer=3)', message: /^dead: layer must be from 1 to 1 \(the network has 1 hidden layer\), got 3$/, line: 2, column: 15 },
  { name: 'unknown run field', source: 'r = train(mlp([2, 4, 1]), dataset("spiral", n=40), epochs=1)\nr.lossx', message: /^a training run has no field 'lossx'; did you mean 'loss'\? Its fields: loss, test_loss, accuracy/, line: 2, column: 3 },
  { name: 'unknown network field', source: 'mlp([2, 4, 1]).foo', message: /^a network has no field 'foo'\. Its fields: sizes, parameters, weights$/, line: 1, column: 16 },
  { name: 'field of a number', source: 'x = 2\nx.loss', message: /^a number has no fields; \.loss reads a field of a dataset, a network or a training run$/, line: 2, column: 3 },
  { name: 'dot without a name', source: 'x = 2\nx.(1)', message: /expected a field name after '\.'/, line: 2, column: 3 },
];

describe('training built-ins: bad arguments', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const e = errorOf(c.source);
      assert.match(e.message, c.message);
      assert.deepStrictEqual([e.span.line, e.span.column], [c.line, c.column], e.message);
    });
  }

  it('EvaluatorOptions.trainingLimits: a smaller limit is an error before any work', () => {
    const limits = { trainingLimits: { maxParameters: 100 } };
    const e1 = errorOf('mlp([2, 64, 1])', limits);
    assert.match(e1.message, /^mlp: sizes: the network has 257 parameters; accepted: at most 100 parameters/);
    const e2 = errorOf('n1 = mlp([2, 4, 1])\ntrain(n1, dataset("spiral", n=100), epochs=1000)', { trainingLimits: { maxTotalWork: 1e5 } });
    assert.match(e2.message, /^train: epochs: 1000 epochs of \d+ multiply-adds; accepted: at most 100000 multiply-adds in all/);
    assert.deepStrictEqual([e2.span.line, e2.span.column], [2, 44]);
  });

  it('every train argument error names a keyword of train as the user wrote it (no internal option names)', () => {
    const keywords = new Set(getBuiltinSignature('train')!.params.map((p) => p.name));
    for (const keyword of keywords) {
      if (keyword === 'net' || keyword === 'data') continue;
      for (const value of ['-1', '1.5', '2', '0']) {
        const optimizer = ['momentum', 'nesterov', 'dampening'].includes(keyword) ? ', optimizer="sgd"' : keyword === 'alpha' || keyword === 'centered' ? ', optimizer="rmsprop"' : '';
        const source = `${S}train(mlp([2, 4, 1]), s${keyword === 'epochs' ? '' : ', epochs=1'}${optimizer}, ${keyword === 'betas' ? `betas=[${value}, 0.5]` : `${keyword}=${value}`})`;
        let e: Error;
        try {
          e = errorOf(source);
        } catch {
          continue; // this value is accepted
        }
        const named = /^train: (?:argument )?([a-z_0-9]+)/.exec(e.message)?.[1];
        assert.ok(named !== undefined && keywords.has(named), `${keyword}=${value}: ${e.message}`);
        assert.strictEqual(named, keyword, `${keyword}=${value}: ${e.message}`);
      }
    }
  });

  it('EvaluatorOptions.maxElements bounds dataset n in points before any work', () => {
    const e = errorOf('dataset("circle", n=600)', { maxElements: 1000 });
    assert.match(e.message, /^dataset: n must be between 2 and 500 \(points of 2 values each, at most 1000 values: the setting activationLab\.kernel\.maxElements\), got 600$/);
    assert.deepStrictEqual([e.span.line, e.span.column], [1, 21]);
    assert.match(errorOf('dataset("sine", n=1200)', { maxElements: 1000 }).message, /^dataset: n must be between 2 and 1000 \(points of 1 value each/);
    assert.match(errorOf('dataset("spiral", n=200, features="all")', { maxElements: 1000 }).message, /^dataset: n must be between 2 and 142 \(points of 7 values each/);
  });

  describe('CSV files, relative to the notebook folder', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-csv-'));
      fs.writeFileSync(path.join(dir, 'bad.csv'), 'a,b,label\n1,2,0\n3,x,1\n');
      fs.writeFileSync(path.join(dir, 'good.csv'), 'a,b,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const csvCases = [
      { name: 'a bad row names the file, line and column', source: 'dataset("bad.csv")', message: /^dataset: bad\.csv: line 3, column 2 \("b"\): "x" is not a number$/, column: 9 },
      { name: 'a missing file says where it looked', source: 'csv("missing.csv")', message: /^csv: cannot read missing\.csv: no such file \(a path is relative to the notebook's folder: .*missing\.csv\)$/, column: 5 },
      { name: 'split of a file names split', source: 'dataset("good.csv", split=0.05)', message: /^dataset: split must be between 0\.1 and 0\.9, got 0\.05$/, column: 27 },
      { name: 'the label column by position is a keyword', source: 'dataset("good.csv", "label")', message: /^dataset: the label column is a keyword: dataset\("good\.csv", label=\.\.\.\)/, column: 21 },
      { name: 'an unknown label column lists the columns', source: 'csv("good.csv", label="nope")', message: /^csv: label: no column is named "nope"; the columns are "a", "b", "label"$/, column: 23 },
    ];
    for (const c of csvCases) {
      it(c.name, () => {
        const e = errorOf(c.source, { baseDirectory: dir, readDataFile: nodeDataFileReader(dir) });
        assert.match(e.message, c.message);
        assert.deepStrictEqual([e.span.line, e.span.column], [1, c.column], e.message);
      });
    }

    it('a good file reads relative to baseDirectory', async () => {
      const { datasetOf } = await import('./training-helpers');
      const d = datasetOf('csv("good.csv", label="label")', { baseDirectory: dir, readDataFile: nodeDataFileReader(dir) }).dataset;
      assert.strictEqual(d.n, 4);
      assert.deepStrictEqual(d.source.names, ['a', 'b']);
    });
  });
});
