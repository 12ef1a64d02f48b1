/**
 * Where a framework's call signature differs from ours, so the hover reads the arguments written
 * there correctly: PyTorch modules whose positional parameters are not ours in order, and keyword
 * names that are ours under another name. Only the differences are listed; everything else maps by
 * name (and, for PyTorch, by position). Pure data.
 */
import type { FrameworkId, FrameworkName } from './framework-names';
import type { MatchOptions } from '../docs/written-params';

interface SignatureDifferences {
  /** PyTorch module constructors: positional parameter names, in order. */
  modulePositional?: Readonly<Record<string, readonly string[]>>;
  /** Keyword renames (framework name -> ours), by activation. */
  renames?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const DIFFERENCES: Readonly<Record<FrameworkId, SignatureDifferences>> = {
  pytorch: {
    // nn.PReLU(num_parameters=1, init=0.25); nn.RReLU(lower, upper, inplace); the vector modules
    // take the dimension first: nn.Softmax(dim), nn.LogSoftmax(dim), nn.Softmin(dim), nn.GLU(dim=-1).
    modulePositional: {
      prelu: ['num_parameters', 'init'],
      rrelu: ['lower', 'upper', 'inplace'],
      softmax: ['dim'],
      log_softmax: ['dim'],
      softmin: ['dim'],
      glu: ['dim'],
    },
    renames: { prelu: { init: 'weight' } },
  },
  tensorflow: {
    // tf.nn.leaky_relu(features, alpha=0.2), Keras 2's LeakyReLU(alpha=0.3), TensorFlow.js {alpha}.
    // TensorFlow.js tf.layers.thresholdedReLU({theta}) (and Keras 2's ThresholdedReLU(theta)) is our threshold.
    renames: { leaky_relu: { alpha: 'negative_slope' }, threshold: { theta: 'threshold' } },
  },
  jax: {},
};

export function matchOptionsFor(name: FrameworkName): MatchOptions {
  const d = DIFFERENCES[name.framework];
  const options: MatchOptions = {};
  const renames = d.renames?.[name.activation];
  if (renames) options.renames = renames;
  const positional = name.kind === 'class' ? d.modulePositional?.[name.activation] : undefined;
  if (positional) options.positionalNames = positional;
  return options;
}
