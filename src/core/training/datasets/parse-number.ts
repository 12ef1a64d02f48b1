/**
 * Strict number parsing for user data: decimal numbers with an optional sign, fraction and
 * exponent ("-1.5e3", ".5", "2."), surrounding spaces ignored. Refused: empty fields, NaN and
 * infinities (however spelled, or by overflow such as 1e999), hex, and anything else.
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;

export type ParsedNumber = { ok: true; value: number } | { ok: false; why: string };

export function parseNumber(field: string): ParsedNumber {
  const s = field.trim();
  if (s === '') return { ok: false, why: 'the field is empty' };
  if (NON_FINITE.test(s)) return { ok: false, why: `${JSON.stringify(s)} is not finite (NaN and infinities are refused)` };
  if (!NUMBER.test(s)) return { ok: false, why: `${JSON.stringify(s)} is not a number` };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, why: `${JSON.stringify(s)} is too large for a double (not finite)` };
  return { ok: true, value };
}
