/** Parameters that make the random activations deterministic, for tests of their documented shape. */
export const DETERMINISTIC: Record<string, Record<string, number | string | boolean>> = { noisy_relu: { sigma: 0, seed: 0 } };
