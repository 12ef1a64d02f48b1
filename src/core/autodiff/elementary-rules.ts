/**
 * The differentiation rules of the elementary functions, as data (micrograd / tinygrad style): one
 * row per function the language can call, with its arity and the jet rule that carries it to any
 * order (the first derivative each row stands for is written next to it). The differentiating
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
  /** The value on plain numbers (what the evaluator computes). */
  value(...xs: number[]): number;
  /** The jet of the result from the jets of the arguments (all of one order). */
  jet(args: readonly Jet[]): Jet;
}

/** A smooth function of one argument: a constant argument gives the constant jet of its value. */
function unary(name: string, value: (x: number) => number, rule: (u: Jet) => Jet): ElementaryRule {
  return {
    name,
    arity: 1,
    value,
    jet: ([u]) => (u.isConstant() ? Jet.constant(value(u.value), u.order) : rule(u)),
  };
}

/** Halves away from zero, as the language's round does. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const RULES: readonly ElementaryRule[] = [
  unary('exp', Math.exp, expJet), // exp(u)' = exp(u) u'
  unary('log', Math.log, logJet), // log(u)' = u' / u
  unary('log1p', Math.log1p, log1pJet), // log1p(u)' = u' / (1 + u)
  unary('sqrt', Math.sqrt, sqrtJet), // sqrt(u)' = u' / (2 sqrt(u))
  unary('expm1', Math.expm1, expm1Jet), // expm1(u)' = exp(u) u'
  unary('sin', Math.sin, sinJet), // sin(u)' = cos(u) u'
  unary('cos', Math.cos, cosJet), // cos(u)' = -sin(u) u'
  unary('tan', Math.tan, tanJet), // tan(u)' = (1 + tan(u)^2) u'
  unary('erf', erf, erfJet), // erf(u)' = 2/sqrt(pi) exp(-u^2) u'
  unary('erfc', erfc, erfcJet), // erfc(u)' = -2/sqrt(pi) exp(-u^2) u'
  unary('abs', Math.abs, absJet), // abs(u)' = sign(u) u' (0 at u = 0, as in PyTorch)
  unary('sign', Math.sign, signJet), // sign(u)' = 0
  unary('floor', Math.floor, (u) => Jet.constant(Math.floor(u.value), u.order)), // floor(u)' = 0 (piecewise constant; PyTorch also gives 0 at the jumps)
  unary('ceil', Math.ceil, (u) => Jet.constant(Math.ceil(u.value), u.order)), // ceil(u)' = 0
  unary('round', roundHalfAway, (u) => Jet.constant(roundHalfAway(u.value), u.order)), // round(u)' = 0
  // (u^v)' = v u^(v-1) u' + u^v log(u) v'
  {
    name: 'pow',
    arity: 2,
    value: Math.pow,
    jet: ([u, v]) => powJet(u, v),
  },
  // max(a, b)' = a' where a > b, b' where a < b, (a' + b') / 2 at a tie (as torch.maximum)
  {
    name: 'max',
    arity: 2,
    value: Math.max,
    jet: ([a, b]) => maxJet(a, b),
  },
  // min(a, b)' = a' where a < b, b' where a > b, (a' + b') / 2 at a tie (as torch.minimum)
  {
    name: 'min',
    arity: 2,
    value: Math.min,
    jet: ([a, b]) => minJet(a, b),
  },
  // clip(x, lo, hi)' = x' where lo <= x <= hi (bounds included, as torch.clamp), else the bound's derivative
  {
    name: 'clip',
    arity: 3,
    value: (x, lo, hi) => Math.min(Math.max(x, lo), hi),
    jet: ([x, lo, hi]) => clipJet(x, lo, hi),
  },
];

const BY_NAME: ReadonlyMap<string, ElementaryRule> = new Map(RULES.map((r) => [r.name, r]));

/** The rule for the elementary function called `name`, or undefined. */
export function getElementaryRule(name: string): ElementaryRule | undefined {
  return BY_NAME.get(name);
}
