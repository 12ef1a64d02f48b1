/**
 * The differentiation rules of the elementary functions, as data (micrograd / tinygrad style): one
 * row per function the language can call, with its arity, its derivative written out for people
 * (hover, docs, tests), and the jet rule that carries it to any order. The differentiating
 * interpreter looks a call up here by name.
 */
import { erf, erfc } from '../math/erf';
import { Jet } from './jet';
import { cosJet, erfcJet, erfJet, expJet, expm1Jet, log1pJet, logJet, sinJet, sqrtJet, tanJet } from './elementary-jets';
import { powJet } from './jet-power';
import { absJet, clipJet, maxJet, minJet, signJet } from './piecewise-jets';

export interface ElementaryRule {
  /** The name in the language: "exp". */
  readonly name: string;
  readonly arity: number;
  /** The first derivative, as a reader would write it: "exp(u)' = exp(u) u'". */
  readonly derivative: string;
  /** The value on plain numbers (what the evaluator computes). */
  value(...xs: number[]): number;
  /** The jet of the result from the jets of the arguments (all of one order). */
  jet(args: readonly Jet[]): Jet;
}

/** A smooth function of one argument: a constant argument gives the constant jet of its value. */
function unary(name: string, derivative: string, value: (x: number) => number, rule: (u: Jet) => Jet): ElementaryRule {
  return {
    name,
    arity: 1,
    derivative,
    value,
    jet: ([u]) => (u.isConstant() ? Jet.constant(value(u.value), u.order) : rule(u)),
  };
}

/** Halves away from zero, as the language's round does. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const RULES: readonly ElementaryRule[] = [
  unary('exp', "exp(u)' = exp(u) u'", Math.exp, expJet),
  unary('log', "log(u)' = u' / u", Math.log, logJet),
  unary('log1p', "log1p(u)' = u' / (1 + u)", Math.log1p, log1pJet),
  unary('sqrt', "sqrt(u)' = u' / (2 sqrt(u))", Math.sqrt, sqrtJet),
  unary('expm1', "expm1(u)' = exp(u) u'", Math.expm1, expm1Jet),
  unary('sin', "sin(u)' = cos(u) u'", Math.sin, sinJet),
  unary('cos', "cos(u)' = -sin(u) u'", Math.cos, cosJet),
  unary('tan', "tan(u)' = (1 + tan(u)^2) u'", Math.tan, tanJet),
  unary('erf', "erf(u)' = 2/sqrt(pi) exp(-u^2) u'", erf, erfJet),
  unary('erfc', "erfc(u)' = -2/sqrt(pi) exp(-u^2) u'", erfc, erfcJet),
  unary('abs', "abs(u)' = sign(u) u' (0 at u = 0, as in PyTorch)", Math.abs, absJet),
  unary('sign', "sign(u)' = 0", Math.sign, signJet),
  unary('floor', "floor(u)' = 0 (piecewise constant; PyTorch also gives 0 at the jumps)", Math.floor, (u) => Jet.constant(Math.floor(u.value), u.order)),
  unary('ceil', "ceil(u)' = 0", Math.ceil, (u) => Jet.constant(Math.ceil(u.value), u.order)),
  unary('round', "round(u)' = 0", roundHalfAway, (u) => Jet.constant(roundHalfAway(u.value), u.order)),
  {
    name: 'pow',
    arity: 2,
    derivative: "(u^v)' = v u^(v-1) u' + u^v log(u) v'",
    value: Math.pow,
    jet: ([u, v]) => powJet(u, v),
  },
  {
    name: 'max',
    arity: 2,
    derivative: "max(a, b)' = a' where a > b, b' where a < b, (a' + b') / 2 at a tie (as torch.maximum)",
    value: Math.max,
    jet: ([a, b]) => maxJet(a, b),
  },
  {
    name: 'min',
    arity: 2,
    derivative: "min(a, b)' = a' where a < b, b' where a > b, (a' + b') / 2 at a tie (as torch.minimum)",
    value: Math.min,
    jet: ([a, b]) => minJet(a, b),
  },
  {
    name: 'clip',
    arity: 3,
    derivative: "clip(x, lo, hi)' = x' where lo <= x <= hi (bounds included, as torch.clamp), else the bound's derivative",
    value: (x, lo, hi) => Math.min(Math.max(x, lo), hi),
    jet: ([x, lo, hi]) => clipJet(x, lo, hi),
  },
];

const BY_NAME: ReadonlyMap<string, ElementaryRule> = new Map(RULES.map((r) => [r.name, r]));

/** The rule for the elementary function called `name`, or undefined. */
export function getElementaryRule(name: string): ElementaryRule | undefined {
  return BY_NAME.get(name);
}

export function listElementaryRules(): ElementaryRule[] {
  return [...RULES];
}
