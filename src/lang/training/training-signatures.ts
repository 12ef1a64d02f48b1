/**
 * The signatures and docs of the training built-ins (dataset, csv, mlp, train, predict, layers and
 * the per-layer health readers), in builtin-signatures.ts's shape: builtin-signatures.ts lists them
 * with the others, so completion, signature help and hover show them like every built-in.
 */
import type { BuiltinParam, BuiltinSignature } from '../builtins/builtin-signatures';

const kw = (name: string, def: string | undefined, doc: string): BuiltinParam => (def === undefined ? { name, doc, keywordOnly: true } : { name, default: def, doc, keywordOnly: true });

const RUN: BuiltinParam = { name: 'run', doc: 'A training run: what train(...) gives.' };
const LAYER: BuiltinParam = { name: 'layer', default: 'none', doc: 'A hidden layer (1 = the first): its value at every recorded epoch. Without: the last epoch, one value per hidden layer.', keywordOnly: true };

const health = (name: string, what: string): BuiltinSignature => ({
  name,
  params: [RUN, LAYER],
  doc: `${what}, per hidden layer at the last recorded epoch (a vector), or with layer=i for that layer at every recorded epoch.`,
  returns: 'vector',
  category: 'training',
});

const panel = (name: string, what: string): BuiltinSignature => ({
  name,
  params: [RUN],
  doc: `${what}.`,
  returns: 'training panel',
  category: 'training',
});

export const TRAINING_SIGNATURES: readonly BuiltinSignature[] = [
  {
    name: 'dataset',
    params: [
      { name: 'source', default: 'none', doc: 'A generator name ("circle", "xor", "gauss", "spiral", "plane", "multi-gauss", "moons", "blobs", "sine", "function"), a .csv file path (relative to the notebook), or a vector of inputs (1-D data).' },
      { name: 'labels', default: 'none', doc: 'With a vector of inputs: one label per point (0/1 or -1/1 for classes, other numbers for regression).' },
      kw('n', '500', 'Number of points (generators).'),
      kw('noise', '0', 'Noise, 0 to 1 for TensorFlow Playground\'s datasets (its slider / 100).'),
      kw('seed', '0', 'Seed: the same seed gives the same data, bit for bit.'),
      kw('split', '0.5', 'Share of the points used for training (0.1 to 0.9), the rest for testing; train= is the same.'),
      kw('features', 'none', 'Input features computed from x1, x2, comma-separated: "x1, x2, x1^2" (x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)), or "all".'),
      kw('standardize', 'false', 'Scale every input column to mean 0 and standard deviation 1 (training rows\' statistics).'),
      kw('label', 'last column', 'CSV: the label column, by header name or number (1 = first).'),
      kw('x1', 'none', 'Your data by columns: x1=[...], x2=[...], ... with y=[...] (the labels).'),
      kw('y', 'none', 'With x1=, x2=, ...: the labels, one per point.'),
    ],
    doc: 'A dataset, seeded and split into training and test points: dataset("spiral", n=500, noise=0.2, seed=1); your vectors: dataset(x1=[...], x2=[...], y=[...]); a CSV file: dataset("data.csv", label="class"). Generator options (classes=, std=, dim= for blobs; lo=, hi=, grid= for sine; fn= for function) are keywords too.',
    returns: 'dataset',
    category: 'training',
  },
  {
    name: 'csv',
    params: [
      { name: 'path', doc: 'The CSV file, relative to the notebook\'s folder.' },
      kw('label', 'last column', 'The label column, by header name or number (1 = first).'),
      kw('header', '"auto"', 'Whether the first row is a header: true, false or "auto".'),
      kw('delimiter', '","', 'The field separator.'),
      kw('task', '"auto"', '"auto", "binary", "multiclass" or "regression".'),
    ],
    doc: 'A dataset read from a CSV file (numeric input columns and a label column); the same as dataset("file.csv", ...). A bad row is an error naming its line and column.',
    returns: 'dataset',
    category: 'training',
  },
  {
    name: 'mlp',
    params: [
      { name: 'sizes', doc: 'The layer sizes [inputs, hidden..., outputs], e.g. [2, 16, 16, 1].' },
      { name: 'f', doc: 'Activations after the positional sizes: one for every hidden layer, or one per hidden layer (mlp([2, 8, 8, 1], relu, tanh)).', variadic: true },
      kw('activation', 'relu', 'The activation of every hidden layer: any activation (gelu, leaky_relu(negative_slope=0.2)), prelu (a learned slope), maxout(k=3) (maxout units), a function of yours or a lambda.'),
      kw('output', '"linear"', 'The output head: "linear", "sigmoid" or "softmax".'),
      kw('init', '"torch"', 'Weight initialisation: "torch" (nn.Linear\'s default), "he_normal", "he_uniform", "xavier_normal", "xavier_uniform", "lecun_normal", "lecun_uniform", "zeros", "playground".'),
      kw('bias', 'scheme\'s', 'A constant for every bias, e.g. 0.1 for ReLU nets.'),
      kw('gain', 'scheme\'s', 'The gain that scales the initial weights.'),
      kw('seed', '0', 'Seed of the initial weights.'),
    ],
    doc: 'A multilayer perceptron with seeded initial weights: mlp([2, 16, 16, 1], activation=gelu, seed=1).',
    returns: 'network',
    category: 'training',
  },
  {
    name: 'train',
    params: [
      { name: 'net', doc: 'The network (mlp(...)), or a run to go on training from its weights.' },
      { name: 'data', doc: 'The dataset: trains on its training points, reports loss and accuracy on its test points too.' },
      kw('epochs', '100', 'Passes over the training points.'),
      kw('batch', '32', 'Points per step; 0 or "full" for the full batch, 1 for one point per step. Reshuffled every epoch (seeded).'),
      kw('optimizer', '"adam"', '"sgd", "adam", "adamw" or "rmsprop", with PyTorch\'s update rules.'),
      kw('lr', '0.01', 'The learning rate.'),
      kw('momentum', '0', 'Momentum (sgd, rmsprop).'),
      kw('nesterov', 'false', 'Nesterov momentum (sgd; needs momentum > 0).'),
      kw('dampening', '0', 'Dampening of the momentum (sgd).'),
      kw('weight_decay', '0', 'Weight decay (0.01 for adamw).'),
      kw('betas', '[0.9, 0.999]', 'Adam\'s and AdamW\'s [beta1, beta2].'),
      kw('eps', '1e-8', 'The optimizer\'s epsilon (adam, adamw, rmsprop).'),
      kw('alpha', '0.99', 'RMSprop\'s smoothing constant.'),
      kw('centered', 'false', 'Centered RMSprop (divides by the running variance of the gradient, not its mean square).'),
      kw('loss', 'from the data', '"mse", "bce", "cross_entropy" or "hinge"; default: bce for two classes and one output, cross_entropy for classes and several outputs, mse for regression.'),
      kw('l1', '0', 'L1 penalty on the weights.'),
      kw('l1_activations', '0', 'L1 penalty on the hidden activations (the sparsity penalty of Glorot, Bordes and Bengio 2011): this times the sum of |a| over the hidden units, averaged over the batch.'),
      kw('l2', '0', 'L2 penalty on the weights.'),
      kw('clip', 'none', 'Clip the gradient\'s 2-norm to this (clip_grad_norm_).'),
      kw('clip_value', 'none', 'Clip every gradient entry to [-c, c] (clip_grad_value_).'),
      kw('seed', '0', 'Seed of the batch order.'),
      kw('shuffle', 'true', 'Reshuffle the training points every epoch; false keeps their order.'),
      kw('record_every', '1', 'Record loss, accuracy and layer health every this many epochs (each record is a pass over all points); 0: only after the last epoch.'),
    ],
    doc: 'Trains a copy of the network on the data and gives the run: per-epoch train and test loss and accuracy, per-layer health, the trained weights. Interrupt keeps the run so far; a loss that becomes NaN stops the run with a message.',
    returns: 'run',
    category: 'training',
  },
  {
    name: 'predict',
    params: [
      { name: 'model', doc: 'A run (its trained network) or a network.' },
      { name: 'x', doc: 'A point (a vector of one number per input), or several points one after another; for points of 1 number, a vector of points. For a run, points are in the raw coordinates of its data: its features and standardisation are applied as to the training points.' },
    ],
    doc: 'The network\'s output for points: a number per point for one output, else the outputs of each point one after another.',
    returns: 'number or vector',
    category: 'training',
  },
  {
    name: 'layers',
    params: [RUN],
    doc: 'A table per layer at the last recorded epoch: gradient norm, weight norm, pre-activation mean and std, dead share, sparsity, saturated share.',
    returns: 'table',
    category: 'training',
  },
  {
    name: 'export',
    params: [RUN, { name: 'format', default: '"pytorch"', doc: 'The target: "pytorch".' }],
    doc: 'A standalone PyTorch (float64) script that reproduces the run (initial weights, data, batch order, optimizer) and prints the loss of every step: for moving on to GPUs or clusters.',
    returns: 'script',
    category: 'training',
  },
  health('dead', 'The share of dead units (output 0 for every training point)'),
  health('sparsity', 'The share of exact zeros among the hidden outputs (activation sparsity)'),
  health('saturation', 'The share of saturated units (|f′| < 0.01 for every training point)'),
  health('grad_norm', 'The 2-norm of the weight gradient of the full training objective'),
  panel('boundary', 'The decision boundary of the run on its own: the network\'s output over the input plane with the train and test points (2-D data), or the fitted curve over the data (1-D regression)'),
  panel('health', 'The per-layer health of the run over epochs on its own: gradient norm, dead share, sparsity, saturation'),
  panel('losses', 'The train and test loss curves of the run on its own'),
  {
    name: 'compare_training',
    params: [
      { name: 'f', doc: 'The activations to compare (relu, tanh, "gelu", x -> x * tanh(softplus(x)), ...), at most 16.', variadic: true },
      kw('data', undefined, 'The dataset every network trains on (dataset("spiral"), ...).'),
      kw('hidden', '[8, 8]', 'The hidden layer sizes; inputs and outputs follow from the data.'),
      kw('epochs', '100', 'Passes over the training points.'),
      kw('batch', '32', 'Points per step (0 or "full": full batch).'),
      kw('optimizer', '"adam"', '"sgd", "adam", "adamw" or "rmsprop".'),
      kw('lr', '0.01', 'The learning rate.'),
      kw('seed', '0', 'Seeds the initial weights (the same for every activation where the shapes agree) and the batch order (the same for all).'),
      kw('init', '"torch"', 'The initialisation scheme, as in mlp.'),
      kw('loss', 'from the data', 'The loss, as in train.'),
      kw('target_loss', 'none', 'The level for "steps to reach": default the highest final train loss of the runs (a level every run reached).'),
    ],
    doc: 'Trains the same network on the same data with each activation, from the same initial weights and in the same batch order: overlaid loss curves, a table of final loss, accuracy, dead share, steps to reach target_loss and time, and a small decision-boundary panel per activation. cmp[0] or cmp["relu"] is a run.',
    returns: 'training comparison',
    category: 'training',
  },
];
