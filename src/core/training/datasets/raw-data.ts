/** Small constructors for generator output (RawData). */
import { RawData } from './dataset';

export const XY_NAMES: readonly string[] = ['x1', 'x2'];
export const SIGN_CLASS_NAMES: readonly string[] = ['-1', '1'];

/** Two-class data with ±1 targets. */
export function binaryRaw(inputs: Float64Array, targets: Float64Array, d = 2, names = XY_NAMES): RawData {
  return { n: targets.length, d, inputs, targets, task: 'binary', classes: 2, classNames: SIGN_CLASS_NAMES, names };
}

export function regressionRaw(inputs: Float64Array, targets: Float64Array, d = 2, names = XY_NAMES): RawData {
  return { n: targets.length, d, inputs, targets, task: 'regression', classes: 0, classNames: [], names };
}

/** The first class's share of n points split in two: ceil(n / 2) (Playground has even n only). */
export function firstHalf(n: number): number {
  return Math.ceil(n / 2);
}
