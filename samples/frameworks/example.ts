import * as tf from '@tensorflow/tfjs';

export function buildModel(inputs: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: 8, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  return model;
}

export function leaky(x: tf.Tensor): tf.Tensor {
  return tf.leakyRelu(x, 0.2);
}
