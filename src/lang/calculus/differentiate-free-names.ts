/** Free names of an expression, for d(f): a subexpression that mentions no jet-valued name is evaluated by the evaluator. */
import type { Expr } from '../syntax/ast';

const FREE_NAMES = new WeakMap<Expr, ReadonlySet<string>>();

/** The names an expression refers to and does not bind itself (a lambda's parameters are bound in its body). */
export function freeNames(expr: Expr): ReadonlySet<string> {
  let names = FREE_NAMES.get(expr);
  if (names) return names;
  const out = new Set<string>();
  const addAll = (e: Expr | undefined) => {
    if (e) for (const n of freeNames(e)) out.add(n);
  };
  switch (expr.kind) {
    case 'identifier':
      out.add(expr.name);
      break;
    case 'vector':
      expr.elements.forEach(addAll);
      break;
    case 'unary':
      addAll(expr.operand);
      break;
    case 'binary':
    case 'comparison':
      addAll(expr.left);
      addAll(expr.right);
      break;
    case 'call':
      addAll(expr.callee);
      for (const a of expr.args) addAll(a.value);
      break;
    case 'index':
      addAll(expr.target);
      addAll(expr.index);
      break;
    case 'slice':
      addAll(expr.target);
      addAll(expr.start);
      addAll(expr.end);
      break;
    case 'lambda': {
      const params = new Set(expr.params.map((p) => p.name));
      for (const n of freeNames(expr.body)) if (!params.has(n)) out.add(n);
      for (const p of expr.params) addAll(p.default);
      break;
    }
    default:
      break;
  }
  names = out;
  FREE_NAMES.set(expr, names);
  return names;
}
