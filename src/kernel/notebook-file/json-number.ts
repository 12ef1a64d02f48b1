/**
 * Whether a JSON number's text survives being read as a 64-bit float and written back. The notebook
 * file keeps every value it reads; a number it could not write back unchanged is refused (with its
 * line and column) instead of being changed on save:
 * - outside the float64 range (1e400 would be written as null), or a non-zero that underflows to 0 (1e-400);
 * - -0 (JSON prints it as 0);
 * - more significant digits than a float64 holds (12345678901234567890 would be written 12345678901234567000).
 * A number whose decimal value is kept but whose spelling is not shortest (1.0, 1E5, 0.50) is kept
 * as its value and written in the shortest form, like the file's whitespace. Pure.
 */

const NUMBER_PARTS = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Sign, significant digits and the decimal point's place: equal keys are equal decimal numbers. */
function decimalKey(text: string): string | undefined {
  const m = NUMBER_PARTS.exec(text);
  if (!m) return undefined;
  let digits = m[2] + (m[3] ?? '');
  let point = m[2].length + Number(m[4] ?? '0');
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  digits = digits.replace(/0+$/, '');
  if (digits === '') return '0';
  return `${m[1]}${digits}e${point}`;
}

/** Why the number written as `text` (JSON number syntax) cannot be kept, or undefined when it can. */
export function numberLoss(text: string): string | undefined {
  const value = Number(text);
  if (!Number.isFinite(value)) return `the number ${text} is too large for a 64-bit float and would be saved as null; write it as a string`;
  const key = decimalKey(text);
  if (value === 0) {
    if (key !== '0') return `the number ${text} is too small for a 64-bit float and would be saved as 0; write it as a string`;
    if (text.startsWith('-')) return `the number ${text} (negative zero) would be saved as 0; write 0, or write it as a string`;
    return undefined;
  }
  if (key !== decimalKey(String(value))) {
    return `the number ${text} has more digits than a 64-bit float keeps and would be saved as ${JSON.stringify(value)}; write it as a string`;
  }
  return undefined;
}
