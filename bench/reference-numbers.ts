/**
 * Static context printed under the table: numbers measured ELSEWHERE on this machine kind
 * (/work/shared/notes/performance-facts.md), not in this run. They show where the plain-JS bar sits
 * next to C, PyTorch and TensorFlow.js.
 */
export const REFERENCE_LINES: readonly string[] = [
  'Reference (measured elsewhere on this machine kind, NOT in this run; performance-facts.md), 1e6 values, M elements/s:',
  '  op                C strict f64   torch f64   plain JS loop f64            tfjs-cpu f32',
  '  relu                      1750        1720   182 (799 written branch-free)         100',
  '  gelu (erf)                  60          85   47                                      8',
  '  gelu (tanh form)            57         156   51                                      6',
  '  sigmoid                    218         522   100                                    33',
  '  tanh                        79         221   66                                     35',
  '  (PyTorch 1.13 one thread, TensorFlow.js 4.22, gcc -O3 -march=native; Float32Array is 1.3-2x slower than',
  '   Float64Array in plain JS, since V8 computes in double and converts.)',
];
