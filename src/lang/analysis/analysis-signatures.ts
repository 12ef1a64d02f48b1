/**
 * How functions are called, for signature help and completion details: `leaky_relu(x, negative_slope=0.01)`
 * with the character range of each parameter in the label, so the editor can highlight the active one.
 */
import type { ActivationKind } from '../../core/activation-lookup';
import type { ParamSpec } from '../../core/activations/params';
import { formatDefault } from '../builtins/doc-text';
import type { BuiltinSignature } from '../builtins/builtin-signatures';

/**
 * positional: required, by position; optional: has a default, by position or keyword;
 * keyword: keyword only, with a default; variadic: any number of positional arguments.
 */
export type ParamKind = 'positional' | 'optional' | 'keyword' | 'variadic';

export interface SignatureParam {
  name: string;
  kind: ParamKind;
  /** As written in the label: "negative_slope=0.01". */
  label: string;
  /** [start, end) of `label` inside the signature's label. */
  range: [number, number];
  /** The default as source text ("0.01", "\"none\""), for keyword parameters. */
  default?: string;
  documentation?: string;
}

export interface CallSignature {
  name: string;
  label: string;
  params: SignatureParam[];
  documentation?: string;
}

interface ParamDraft {
  name: string;
  kind: ParamKind;
  label: string;
  default?: string;
  documentation?: string;
}

/** Lays out `name(p1, p2, ...)` and records where each parameter is. */
export function buildSignature(name: string, drafts: ParamDraft[], documentation?: string): CallSignature {
  let label = `${name}(`;
  const params: SignatureParam[] = drafts.map((d, i) => {
    if (i > 0) label += ', ';
    const start = label.length;
    label += d.label;
    return { ...d, range: [start, label.length] };
  });
  label += ')';
  return { name, label, params, documentation };
}

/** What activationSignature reads: scalar and vector activations both have these. */
export interface ActivationLike {
  kind: ActivationKind;
  name: string;
  params: readonly ParamSpec[];
  doc: { summary: string };
}

/**
 * `gelu(x, approximate="none")`: the input, then every keyword parameter with its default. `name` may
 * be an alias; `input` describes the positional argument (a vector for softmax).
 */
export function activationSignature(spec: ActivationLike, name = spec.name, input = 'The input: a number or a vector (elementwise).'): CallSignature {
  const drafts: ParamDraft[] = [{ name: 'x', kind: 'positional', label: 'x', documentation: input }];
  for (const p of spec.params) {
    const value = formatDefault(p.default);
    const choices = p.kind === 'choice' ? ` One of ${p.choices.map((c) => JSON.stringify(c)).join(', ')}.` : '';
    drafts.push({ name: p.name, kind: 'keyword', label: `${p.name}=${value}`, default: value, documentation: `${p.description}${choices}` });
  }
  return buildSignature(name, drafts, spec.doc.summary);
}

/** A built-in from the language's table (builtin-signatures.ts). */
export function tableSignature(sig: BuiltinSignature): CallSignature {
  const drafts: ParamDraft[] = sig.params.map((p) => {
    if (p.variadic) return { name: p.name, kind: 'variadic', label: `${p.name}, ...`, documentation: p.doc };
    if (p.default === undefined) return { name: p.name, kind: 'positional', label: p.name, documentation: p.doc };
    return { name: p.name, kind: p.keywordOnly ? 'keyword' : 'optional', label: `${p.name}=${p.default}`, default: p.default, documentation: p.doc };
  });
  return buildSignature(sig.name, drafts, sig.doc);
}

/** A user-defined function, `f(x, a=1) = ...`: every parameter may be given by position or keyword; `a` has a default. */
export function userSignature(name: string, params: ReadonlyArray<{ name: string; default?: string }>, documentation?: string): CallSignature {
  return buildSignature(
    name,
    params.map((p) => (p.default === undefined ? { name: p.name, kind: 'positional', label: p.name } : { name: p.name, kind: 'optional', label: `${p.name}=${p.default}`, default: p.default })),
    documentation,
  );
}

/** Whether a parameter can be given as `name=value` and has a default (what keyword completion offers). */
export function takesKeyword(param: SignatureParam): boolean {
  return param.kind === 'keyword' || param.kind === 'optional';
}

/**
 * Which parameter an argument fills: the keyword's own parameter, else the positional one at that
 * position, else (past the positional parameters, or at an empty argument after them) the first
 * keyword parameter not given yet. -1 when there is none.
 */
export function activeParameter(
  signature: CallSignature,
  argument: { positionalIndex: number; keyword?: string; keywordsGiven: readonly string[] },
): number {
  const { params } = signature;
  if (argument.keyword !== undefined) return params.findIndex((p) => p.name === argument.keyword && p.kind !== 'variadic');
  let positional = 0;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.kind === 'variadic') return i;
    if (p.kind === 'positional' || p.kind === 'optional') {
      if (positional === argument.positionalIndex) return i;
      positional++;
    }
  }
  return params.findIndex((p) => p.kind === 'keyword' && !argument.keywordsGiven.includes(p.name));
}
