/**
 * Name analysis for the editor, over the cells of a notebook in order (a `.act` file is one cell):
 * where each user name is defined, what every use refers to, and which names are unknown, with
 * spelling suggestions. A name is known in a cell when it is predefined (an activation, an alias, a
 * built-in, a constant), defined in an earlier cell or earlier in the same cell, or a parameter of an
 * enclosing definition or lambda. Inside a function or lambda body, which runs only when called, a
 * name defined anywhere in the notebook (even in a later cell) is known too; at the top level a use
 * before the definition stays an error. Pure: no editor types; spans are the language's.
 */
import type { CallSignature } from './analysis-signatures';
import { userSignature } from './analysis-signatures';
import { markdownCodeBlock } from '../builtins/markup-escape';
import { defaultEnvironment, type GlobalName, type NameEnvironment } from './analysis-environment';
import { parseLenient, type SyntaxProblem } from './analysis-parse';
import { functionShape, isNode, walkProgram, type AnyNode, type FunctionShape, type ParamInfo } from './analysis-walk';
import type { Span } from '../syntax/span';
import { suggestNames } from '../runtime/suggest';

export interface NameDefinition {
  name: string;
  kind: 'variable' | 'function';
  cell: number;
  nameSpan: Span;
  /** The whole defining statement. */
  statementSpan: Span;
  /** The defining statement's source text, as written. */
  source: string;
  /** For a function definition: how it is called. */
  signature?: CallSignature;
}

export type Resolution =
  | { kind: 'user'; definition: NameDefinition }
  | { kind: 'parameter' }
  | { kind: 'global'; global: GlobalName }
  | { kind: 'unknown'; suggestions: string[] };

export interface NameUse {
  name: string;
  cell: number;
  span: Span;
  resolution: Resolution;
}

export interface Problem {
  cell: number;
  span: Span;
  message: string;
  code: 'syntax-error' | 'unknown-name';
  /** For an unknown name: the names it may be a misspelling of, best first. */
  suggestions: string[];
}

export interface CellAnalysis {
  index: number;
  source: string;
  definitions: NameDefinition[];
  uses: NameUse[];
  problems: Problem[];
  /** Where parameters are visible: a function's body, with its parameter names. */
  scopes: Array<{ span: Span; params: string[] }>;
}

export interface VisibleName {
  name: string;
  kind: 'user' | 'parameter';
  definition?: NameDefinition;
}

export class NotebookAnalysis {
  constructor(
    readonly cells: readonly CellAnalysis[],
    readonly environment: NameEnvironment,
  ) {}

  problems(cell: number): Problem[] {
    return this.cells[cell]?.problems ?? [];
  }

  /** The use, or the defining name, at an offset of a cell (the offset may be just after the name). */
  nameAt(cell: number, offset: number): { name: string; span: Span; definition?: NameDefinition; resolution?: Resolution } | undefined {
    const c = this.cells[cell];
    if (!c) return undefined;
    const inside = (s: Span): boolean => s.start <= offset && offset <= s.end;
    const def = c.definitions.find((d) => inside(d.nameSpan));
    if (def) return { name: def.name, span: def.nameSpan, definition: def, resolution: { kind: 'user', definition: def } };
    const use = c.uses.find((u) => inside(u.span));
    if (!use) return undefined;
    return { name: use.name, span: use.span, resolution: use.resolution, definition: use.resolution.kind === 'user' ? use.resolution.definition : undefined };
  }

  /** The user definition a name at this offset refers to (a use, or the defining name itself). */
  definitionAt(cell: number, offset: number): NameDefinition | undefined {
    return this.nameAt(cell, offset)?.definition;
  }

  /**
   * User names visible at an offset: definitions in earlier cells and earlier in this cell (the
   * latest of each name), and the parameters of enclosing functions.
   */
  visibleAt(cell: number, offset: number): VisibleName[] {
    const out = new Map<string, VisibleName>();
    for (const c of this.cells.slice(0, cell + 1)) {
      for (const d of c.definitions) {
        // Later in this cell: not yet defined, except a function inside its own definition (recursion).
        if (c.index === cell && d.statementSpan.end > offset && !(d.kind === 'function' && d.nameSpan.start < offset)) continue;
        out.set(d.name, { name: d.name, kind: 'user', definition: d });
      }
    }
    const current = this.cells[cell];
    if (current) {
      for (const s of current.scopes) {
        if (s.span.start <= offset && offset <= s.span.end) for (const p of s.params) out.set(p, { name: p, kind: 'parameter' });
      }
      for (const p of paramsOfDefinitionLine(current.source, offset)) out.set(p, { name: p, kind: 'parameter' });
    }
    return [...out.values()];
  }

  /** The latest user definition of `name` visible at an offset of a cell. */
  userDefinition(name: string, cell: number, offset: number): NameDefinition | undefined {
    return this.visibleAt(cell, offset).find((v) => v.name === name)?.definition;
  }
}

/** Analyses the cells of a notebook, in order (pass one source for a script file). */
export function analyzeCells(sources: readonly string[], environment: NameEnvironment = defaultEnvironment()): NotebookAnalysis {
  const visible = new Map<string, NameDefinition>();
  const deferred: DeferredUse[] = [];
  const cells = sources.map((source, index) => analyzeCell(source, index, visible, environment, deferred));
  // A body runs when it is called, so it may use a name defined later in the notebook (docs/language.md).
  for (const { use, cell, params } of deferred) {
    const later = visible.get(use.name);
    if (later) {
      use.resolution = { kind: 'user', definition: later };
      continue;
    }
    const candidates = [...visible.keys(), ...environment.globals.keys(), ...params.flatMap((set) => [...set])];
    use.resolution = unknownName(use.name, use.span, cell, candidates);
  }
  for (const cell of cells) cell.problems.sort((a, b) => a.span.start - b.span.start);
  return new NotebookAnalysis(cells, environment);
}

/** A use inside a function or lambda body that no earlier definition explains: resolved once every cell is read. */
interface DeferredUse {
  use: NameUse;
  cell: CellAnalysis;
  params: ReadonlyArray<ReadonlySet<string>>;
}

function unknownName(name: string, span: Span, cell: CellAnalysis, candidates: string[]): Resolution {
  const suggestions = suggestNames(name, candidates);
  const hint = suggestions.length ? `; did you mean '${suggestions[0]}'?` : '';
  cell.problems.push({ cell: cell.index, span, message: `unknown name '${name}'${hint}`, code: 'unknown-name', suggestions });
  return { kind: 'unknown', suggestions };
}

function analyzeCell(source: string, index: number, visible: Map<string, NameDefinition>, env: NameEnvironment, deferred: DeferredUse[]): CellAnalysis {
  const parsed = parseLenient(source);
  const cell: CellAnalysis = { index, source, definitions: [], uses: [], problems: [], scopes: [] };
  for (const e of parsed.errors) cell.problems.push(syntaxProblem(e, index));
  walkProgram(parsed.program, {
    use(name, span, params) {
      const use: NameUse = { name, cell: index, span, resolution: { kind: 'unknown', suggestions: [] } };
      if (params.some((set) => set.has(name))) use.resolution = { kind: 'parameter' };
      else if (visible.has(name)) use.resolution = { kind: 'user', definition: visible.get(name)! };
      else if (env.globals.has(name)) use.resolution = { kind: 'global', global: env.globals.get(name)! };
      else if (params.length > 0) deferred.push({ use, cell, params });
      else use.resolution = unknownName(name, span, cell, [...visible.keys(), ...env.globals.keys()]);
      cell.uses.push(use);
    },
    define(name, nameSpan, statement, fn) {
      const definition = makeDefinition(name, nameSpan, statement, fn, source, index);
      cell.definitions.push(definition);
      visible.set(name, definition);
    },
    scope(params: ParamInfo[], body: AnyNode) {
      cell.scopes.push({ span: body.span, params: params.map((p) => p.name) });
    },
  });
  return cell;
}

function makeDefinition(name: string, nameSpan: Span, statement: AnyNode, fn: FunctionShape | undefined, source: string, cell: number): NameDefinition {
  const text = source.slice(statement.span.start, statement.span.end);
  const definition: NameDefinition = { name, kind: fn ? 'function' : 'variable', cell, nameSpan, statementSpan: statement.span, source: text };
  // `sq = t -> t * t` is called like a function too.
  const lambda = fn ?? (isNode(statement.value) && statement.value.kind === 'lambda' ? functionShape(statement.value) : undefined);
  if (lambda) {
    const params = lambda.params.map((p) => ({ name: p.name, default: p.default ? source.slice(p.default.span.start, p.default.span.end) : undefined }));
    definition.signature = userSignature(name, params, markdownCodeBlock(text, 'activation'));
  }
  return definition;
}

function syntaxProblem(e: SyntaxProblem, cell: number): Problem {
  return { cell, span: e.span, message: e.message, code: 'syntax-error', suggestions: [] };
}

/**
 * The parameters of a definition being typed on the cursor's line, `f(x, a=1) = ...|`, which may not
 * parse yet (so the tree has no scope for it).
 */
function paramsOfDefinitionLine(source: string, offset: number): string[] {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const before = source.slice(lineStart, offset);
  const m = /^\s*[A-Za-z_][A-Za-z0-9_]*\s*\(([^()]*)\)\s*=(?!=)/.exec(before);
  if (!m) return [];
  return m[1]
    .split(',')
    .map((p) => p.split('=')[0].trim())
    .filter((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p));
}
