/** A derivative was asked of a higher order than a function's rules provide (e.g. relu''' ). */
export class DerivativeOrderError extends Error {
  constructor(
    /** The function whose rule ran out: "relu". */
    readonly functionName: string,
    readonly requestedOrder: number,
    readonly availableOrder: number,
  ) {
    super(`${ordinalWord(requestedOrder)} derivatives of ${functionName} are not available; ${availableOrdersText(availableOrder)}`);
    this.name = 'DerivativeOrderError';
  }
}

/** "orders 1 and 2 are", "only order 1 is", "orders 1 to 3 are". */
export function availableOrdersText(maxOrder: number): string {
  if (maxOrder <= 0) return 'no derivative is';
  if (maxOrder === 1) return 'only order 1 is';
  if (maxOrder === 2) return 'orders 1 and 2 are';
  return `orders 1 to ${maxOrder} are`;
}

/** "first", "second", "third", ..., "7th". */
export function ordinalWord(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth'];
  if (n >= 0 && n < words.length) return words[n];
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
