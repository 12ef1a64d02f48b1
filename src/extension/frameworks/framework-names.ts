/**
 * The names people write for an activation in PyTorch, TensorFlow/Keras and JAX code, as a lookup
 * table built from the records' `frameworks.*.names` plus the usual import aliases (`F` for
 * torch.nn.functional, `nn` for torch.nn or flax.linen, `tf`, `keras`, `layers`, `jnp`) and, for JavaScript and TypeScript,
 * TensorFlow.js's names from the hand-made table in framework-tfjs-names.ts (`tf.leakyRelu`,
 * `tf.layers.leakyReLU`, `tf.logSumExp`, `activation: 'hardSigmoid'`). Pure (no vscode import).
 */
import { TFJS_NAMES } from './framework-tfjs-names';

export type FrameworkId = 'pytorch' | 'tensorflow' | 'jax';

export const FRAMEWORK_IDS: readonly FrameworkId[] = ['pytorch', 'tensorflow', 'jax'];

/** One framework's entry of an activation's record. */
export interface FrameworkRecord {
  readonly names: readonly string[];
  /** Where this framework's defaults differ from PyTorch's. */
  readonly note?: string;
}

/** The part of an ActivationSpec the table is built from. */
export interface FrameworkSubject {
  readonly name: string;
  readonly doc: { readonly frameworks?: Partial<Readonly<Record<FrameworkId, FrameworkRecord | undefined>>> };
  /** Its keyword parameters (`beta` for swish): a call's keywords choose among records sharing a name. */
  readonly params?: ReadonlyArray<{ readonly name: string }>;
}

/** Which source languages a table is for: Python (PyTorch, Keras, JAX) or JavaScript/TypeScript (TensorFlow.js). */
export type SourceFamily = 'python' | 'js';

/** How a written name is used: a class to construct, a function to call, or a string naming the activation. */
export type NameKind = 'class' | 'function' | 'string';

export interface FrameworkName {
  /** As it appears in the source: `F.gelu`, `nn.LeakyReLU`; a string's content without quotes: `relu`. */
  readonly written: string;
  /** The record's own spelling it came from: `torch.nn.functional.gelu`, `"relu"`. */
  readonly recordName: string;
  readonly activation: string;
  readonly framework: FrameworkId;
  readonly kind: NameKind;
  /**
   * TensorFlow.js names only: where TF.js differs from PyTorch (undefined: it does not), shown
   * instead of the record's TensorFlow note, which describes Python TensorFlow.
   */
  readonly note?: string;
}

export interface FrameworkNameTable {
  readonly family: SourceFamily;
  /** Dotted identifiers (`torch.nn.GELU`), by their written form. */
  readonly identifiers: ReadonlyMap<string, FrameworkName>;
  /** String names (`"relu"` in `activation="relu"`), by their content. */
  readonly strings: ReadonlyMap<string, FrameworkName>;
  /**
   * Identifiers more than one record lists, with every claimant in table order (the first is the one
   * in `identifiers`): TensorFlow's `tf.nn.silu` is silu, and swish when written with `beta=`.
   */
  readonly sharedIdentifiers?: ReadonlyMap<string, readonly FrameworkName[]>;
  /** Each activation's keyword parameter names (for chooseByKeywords). */
  readonly paramNames?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Of the records sharing the identifier `name` was found under, the one that accepts the most of
 * the keywords written in the call (`tf.nn.silu(x, beta=1.5)`: swish, which has beta; silu has
 * none); on a tie, the first (so `tf.nn.silu(x)` stays silu). Keywords no claimant knows (`name=`)
 * count for none. A name only one record lists is itself.
 */
export function chooseByKeywords(table: FrameworkNameTable, name: FrameworkName, keywords: readonly string[]): FrameworkName {
  const claimants = table.sharedIdentifiers?.get(name.written);
  if (!claimants || keywords.length === 0) return name;
  let best = name;
  let bestScore = -1;
  for (const claimant of claimants) {
    const params = table.paramNames?.get(claimant.activation) ?? [];
    const score = keywords.filter((k) => params.includes(k)).length;
    if (score > bestScore) {
      best = claimant;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Prefixes that mean the same module by the usual imports (`import torch.nn.functional as F`,
 * `from torch import nn`, `import tensorflow as tf`, `from tensorflow.keras import layers`,
 * `import jax.numpy as jnp`, `import flax.linen as nn`), per framework. A name's longest matching
 * prefix is replaced by each other member of its group.
 */
const PREFIX_GROUPS: Readonly<Record<FrameworkId, ReadonlyArray<readonly string[]>>> = {
  pytorch: [
    ['torch.nn.functional.', 'F.', 'nn.functional.'],
    ['torch.nn.', 'nn.'],
  ],
  tensorflow: [
    ['tensorflow.keras.layers.', 'tf.keras.layers.', 'keras.layers.', 'layers.'],
    ['tensorflow.keras.activations.', 'tf.keras.activations.', 'keras.activations.', 'activations.'],
    ['tensorflow.keras.', 'tf.keras.', 'keras.'],
    ['tensorflow.', 'tf.'],
  ],
  jax: [
    ['jax.numpy.', 'jnp.'],
    ['flax.linen.', 'nn.'],
  ],
};

/** `"gelu"`, `'gelu'` or a bare undotted `gelu` names the activation by a string (Keras' `activation="gelu"`). */
function stringContent(recordName: string): string | undefined {
  const quoted = /^(["'])([^"']+)\1$/.exec(recordName.trim());
  if (quoted) return quoted[2];
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(recordName.trim()) ? recordName.trim() : undefined;
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function kindOf(name: string): NameKind {
  return /^[A-Z]/.test(lastSegment(name)) ? 'class' : 'function';
}

/** Every spelling of a dotted name under its framework's prefix aliases, the name itself first. */
export function pythonSpellings(name: string, framework: FrameworkId): string[] {
  let best: { prefix: string; group: readonly string[] } | undefined;
  for (const group of PREFIX_GROUPS[framework]) {
    for (const prefix of group) {
      if (name.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) best = { prefix, group };
    }
  }
  if (!best) return [name];
  const rest = name.slice(best.prefix.length);
  return [name, ...best.group.filter((p) => p !== best!.prefix).map((p) => p + rest)];
}

export function buildFrameworkNameTable(subjects: Iterable<FrameworkSubject>, family: SourceFamily): FrameworkNameTable {
  const identifiers = new Map<string, FrameworkName>();
  const strings = new Map<string, FrameworkName>();
  const claims = new Map<string, FrameworkName[]>();
  const paramNames = new Map<string, readonly string[]>();
  const add = (map: Map<string, FrameworkName>, entry: FrameworkName): void => {
    if (!map.has(entry.written)) map.set(entry.written, entry); // the first record to claim a spelling keeps it
    if (map !== identifiers) return;
    const all = claims.get(entry.written) ?? [];
    if (!all.some((c) => c.activation === entry.activation)) all.push(entry);
    claims.set(entry.written, all);
  };
  for (const subject of subjects) paramNames.set(subject.name, (subject.params ?? []).map((p) => p.name));
  // A spelling a record writes itself (`F.gelu`) wins over the same spelling derived from another (`torch.nn.functional.gelu`).
  for (const subject of subjects) {
    for (const framework of FRAMEWORK_IDS) {
      for (const recordName of subject.doc.frameworks?.[framework]?.names ?? []) {
        if (stringContent(recordName) !== undefined || family !== 'python') continue;
        add(identifiers, { written: recordName, recordName, activation: subject.name, framework, kind: kindOf(recordName) });
      }
    }
  }
  for (const subject of subjects) {
    if (family === 'js') {
      // TensorFlow.js only, and only the names its table lists (no spelling is derived).
      for (const t of TFJS_NAMES[subject.name] ?? []) {
        const entry: FrameworkName = { written: t.written, recordName: t.python ?? t.written, activation: subject.name, framework: 'tensorflow', kind: t.kind, note: t.note };
        add(t.kind === 'string' ? strings : identifiers, entry);
      }
      continue;
    }
    const frameworks = subject.doc.frameworks ?? {};
    for (const framework of FRAMEWORK_IDS) {
      const record = frameworks[framework];
      if (!record) continue;
      for (const recordName of record.names) {
        const base = { recordName, activation: subject.name, framework };
        const content = stringContent(recordName);
        if (content !== undefined) {
          if (framework === 'tensorflow') add(strings, { ...base, written: content, kind: 'string' }); // Keras strings
          continue;
        }
        const kind = kindOf(recordName);
        for (const written of pythonSpellings(recordName, framework)) add(identifiers, { ...base, written, kind });
      }
    }
  }
  const sharedIdentifiers = new Map([...claims].filter(([, all]) => all.length > 1));
  return { family, identifiers, strings, sharedIdentifiers, paramNames };
}

/** The VS Code language ids the framework hover serves, and their family. */
export const FRAMEWORK_LANGUAGES: Readonly<Record<string, SourceFamily>> = {
  python: 'python',
  javascript: 'js',
  typescript: 'js',
  javascriptreact: 'js',
  typescriptreact: 'js',
};

export function frameworkLabel(framework: FrameworkId, family: SourceFamily): string {
  if (framework === 'pytorch') return 'PyTorch';
  if (framework === 'jax') return 'JAX';
  return family === 'js' ? 'TensorFlow.js' : 'TensorFlow / Keras';
}
