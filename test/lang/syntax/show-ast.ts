/** A compact S-expression of a syntax tree, to compare shapes in parser tests. */
import type { Expr, Parameter, Statement } from '../../../src/lang/syntax/ast';

export function show(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'string':
      return JSON.stringify(e.value);
    case 'boolean':
      return String(e.value);
    case 'identifier':
      return e.name;
    case 'vector':
      return `[${e.elements.map(show).join(' ')}]`;
    case 'unary':
      return `(${e.operator} ${show(e.operand)})`;
    case 'binary':
    case 'comparison':
      return `(${e.operator} ${show(e.left)} ${show(e.right)})`;
    case 'call':
      return `(call ${show(e.callee)}${e.args.map((a) => ' ' + (a.kind === 'keyword' ? `${a.name}=${show(a.value)}` : show(a.value))).join('')})`;
    case 'index':
      return `(index ${show(e.target)} ${show(e.index)})`;
    case 'slice':
      return `(slice ${show(e.target)} ${e.start ? show(e.start) : '_'} ${e.end ? show(e.end) : '_'})`;
    case 'lambda':
      return `(-> (${params(e.params)}) ${show(e.body)})`;
  }
}

function params(ps: Parameter[]): string {
  return ps.map((p) => (p.default ? `${p.name}=${show(p.default)}` : p.name)).join(' ');
}

export function showStatement(s: Statement): string {
  switch (s.kind) {
    case 'assignment':
      return `(= ${s.name} ${show(s.value)})`;
    case 'definition':
      return `(def ${s.name} (${params(s.params)}) ${show(s.body)})`;
    case 'expression':
      return show(s.expression);
  }
}
