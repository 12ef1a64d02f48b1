/** A grammar-aware fast-check arbitrary of program text: names, literals, operators, calls, vectors, indexes, slices, lambdas, definitions. */
import fc from 'fast-check';

const NAMES = ['x', 'y', 'f', 'g', 'v', 'relu', 'gelu', 'sigmoid', 'tanh', 'leaky_relu', 'softmax', 'logsumexp', 'exp', 'log', 'sqrt', 'abs', 'erf', 'max', 'min', 'sum', 'mean', 'std', 'where', 'clip', 'linspace', 'range', 'len', 'plot', 'table', 'd', 'pi', 'e', 'inf', 'nan', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const KEYWORDS = ['negative_slope', 'approximate', 'range', 'derivative', 'samples', 'at', 'beta', 'ddof', 'k', 'n', 'step'];
const OPERATORS = ['+', '-', '*', '/', '^', '==', '!=', '<', '<=', '>', '>='];

const name = fc.constantFrom(...NAMES);
const literal = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.constantFrom('0.5', '1e-3', '2.5', '1e308', '1e400', '.5', '3.', '"tanh"', '"none"', '"only"', 'true', 'false', '""'),
);

export const { expr } = fc.letrec<{ expr: string; atom: string; args: string }>((tie) => ({
  atom: fc.oneof({ weight: 3, arbitrary: literal }, { weight: 3, arbitrary: name }, { weight: 1, arbitrary: tie('expr').map((e) => `(${e})`) }),
  args: fc.array(fc.oneof(tie('expr'), fc.tuple(fc.constantFrom(...KEYWORDS), tie('expr')).map(([k, v]) => `${k}=${v}`)), { maxLength: 3 }).map((a) => a.join(', ')),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: tie('atom') },
    { weight: 2, arbitrary: fc.tuple(tie('expr'), fc.constantFrom(...OPERATORS), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`) },
    { weight: 1, arbitrary: tie('expr').map((e) => `-${e}`) },
    { weight: 3, arbitrary: fc.tuple(name, tie('args')).map(([f, a]) => `${f}(${a})`) },
    { weight: 1, arbitrary: fc.array(tie('expr'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`) },
    { weight: 1, arbitrary: fc.tuple(tie('atom'), tie('expr')).map(([v, i]) => `${v}[${i}]`) },
    { weight: 1, arbitrary: fc.tuple(tie('atom'), fc.option(tie('expr')), fc.option(tie('expr'))).map(([v, a, b]) => `${v}[${a ?? ''}:${b ?? ''}]`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'y', 't'), tie('expr')).map(([p, body]) => `${p} -> ${body}`) },
    { weight: 1, arbitrary: fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `where(${c}, ${a}, ${b})`) },
  ),
}));

const statement = fc.oneof(
  { weight: 3, arbitrary: expr },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'y', 'v', 'pi', 'relu'), expr).map(([n, e]) => `${n} = ${e}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('f', 'g'), fc.constantFrom('x', 'x, b=2', 'n', 'x, y'), expr).map(([n, p, e]) => `${n}(${p}) = ${e}`) },
);
export const program = fc.array(statement, { minLength: 1, maxLength: 4 }).chain((parts) => fc.constantFrom('\n', '; ').map((sep) => parts.join(sep)));

