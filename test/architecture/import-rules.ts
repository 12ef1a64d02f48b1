/**
 * The import table of docs/architecture.md as data, and the check of a set of import edges against
 * it: which folder of src/ (and bench/) may import which, which packages a folder may use, and no
 * cycle between the top-level folders. Pure; imports.test.ts feeds it every import of the tree.
 */
import { builtinModules } from 'module';

/** One import written in a file: `from` and `to` are paths relative to the repository root, without extension. */
export interface ImportEdge {
  from: string;
  /** A repository path for a relative import, or the package name for a bare one ("vscode", "fs"). */
  to: string;
  /** True when `to` is a package, not a file of the repository. */
  external: boolean;
}

export interface FolderRule {
  /** A folder of the repository: "src/core", "src/lang/syntax". The longest matching folder's rule applies. */
  folder: string;
  /** Folders it may import from (its own is always allowed). */
  mayImport: readonly string[];
  /** Packages it may import ("node:" for Node's built-in modules). */
  packages: readonly string[];
}

const NODE = 'node:';

/** The table of docs/architecture.md ("Folders and what each may import"). Keep both in step. */
export const FOLDER_RULES: readonly FolderRule[] = [
  { folder: 'src/core', mayImport: [], packages: [] },
  { folder: 'src/lang', mayImport: ['src/core'], packages: [] },
  { folder: 'src/lang/syntax', mayImport: [], packages: [] },
  { folder: 'src/shared', mayImport: [], packages: [] },
  { folder: 'src/kernel', mayImport: ['src/core', 'src/lang', 'src/shared'], packages: [NODE] },
  { folder: 'src/extension', mayImport: ['src/core', 'src/lang', 'src/kernel', 'src/shared'], packages: ['vscode', NODE] },
  { folder: 'src/renderer', mayImport: ['src/shared'], packages: ['chart.js'] },
  { folder: 'src/cli', mayImport: ['src/core', 'src/lang', 'src/kernel', 'src/shared'], packages: [NODE] },
  { folder: 'bench', mayImport: ['src/core'], packages: [NODE] },
  // The interrupt-latency bench runs cells in a kernel session (issue 11).
  // The user-activation bench compiles a user function through the language, as mlp does.
  { folder: 'bench/user-activation-bench', mayImport: ['src/core', 'src/lang'], packages: [NODE] },
  { folder: 'bench/interrupt', mayImport: ['src/core', 'src/lang', 'src/kernel', 'src/shared'], packages: [NODE] },
];

const within = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}/`);

/** The rule for a file: the one of the longest folder containing it, or undefined outside the table. */
export function ruleFor(file: string, rules: readonly FolderRule[] = FOLDER_RULES): FolderRule | undefined {
  let best: FolderRule | undefined;
  for (const rule of rules) if (within(file, rule.folder) && (!best || rule.folder.length > best.folder.length)) best = rule;
  return best;
}

/** The top-level folder of a file ("src/lang/syntax/lexer" → "src/lang"; "bench/main" → "bench"). */
export function topFolder(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'src' ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(name: string): boolean {
  return name.startsWith('node:') || builtinModules.includes(name.split('/')[0]);
}

function packageAllowed(name: string, packages: readonly string[]): boolean {
  return packages.some((p) => (p === NODE ? isNodeBuiltin(name) : name === p || name.startsWith(`${p}/`)));
}

/** Why an edge breaks the table, or undefined when it is allowed. */
export function violation(edge: ImportEdge, rules: readonly FolderRule[] = FOLDER_RULES): string | undefined {
  const rule = ruleFor(edge.from, rules);
  if (!rule) return undefined;
  if (edge.external) {
    return packageAllowed(edge.to, rule.packages) ? undefined : `${edge.from} imports '${edge.to}': ${rule.folder} may not import that package`;
  }
  if (within(edge.to, rule.folder)) return undefined;
  if (rule.mayImport.some((folder) => within(edge.to, folder))) return undefined;
  return `${edge.from} imports ${edge.to}: ${rule.folder} may import only ${[rule.folder, ...rule.mayImport].join(', ')}`;
}

/** Cycles between top-level folders, each written "a -> b -> a" (one per strongly connected group). */
export function folderCycles(edges: readonly ImportEdge[]): string[] {
  const graph = new Map<string, Set<string>>();
  const via = new Map<string, string>();
  for (const edge of edges) {
    if (edge.external) continue;
    const a = topFolder(edge.from);
    const b = topFolder(edge.to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
    if (!via.has(`${a}>${b}`)) via.set(`${a}>${b}`, `${edge.from} -> ${edge.to}`);
  }
  const cycles: string[] = [];
  const reported = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    const path = findPath(graph, start, start);
    if (!path) continue;
    const members = [...new Set(path)].sort().join(',');
    if (reported.has(members)) continue;
    reported.add(members);
    const steps = path.slice(1).map((to, i) => via.get(`${path[i]}>${to}`));
    cycles.push(`${path.join(' -> ')} (${steps.join('; ')})`);
  }
  return cycles;
}

/** A path from `from` back to `to` of at least one step (breadth first), or undefined. */
function findPath(graph: ReadonlyMap<string, ReadonlySet<string>>, from: string, to: string): string[] | undefined {
  const queue: string[][] = [...(graph.get(from) ?? [])].map((next) => [from, next]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    const last = path[path.length - 1];
    if (last === to) return path;
    if (seen.has(last)) continue;
    seen.add(last);
    for (const next of graph.get(last) ?? []) queue.push([...path, next]);
  }
  return undefined;
}
