/**
 * Built-in activations inside a jet computation. Their local rules are the spec's own value /
 * derivative / secondDerivative (so kinks follow the spec's conventions, relu'(0) = 0 etc.),
 * composed with the argument's jet by Faà di Bruno (composition.ts): orders 1 and 2.
 * Higher orders exist only for the activations with a smooth closed form whose Taylor recurrence
 * is known (tanh, sigmoid: FULL_ORDER_RULES); the others throw DerivativeOrderError.
 */
import type { ActivationSpec } from '../activations/activation-spec';
import type { ActivationParams } from '../activations/params';
import { composeLimited, type LimitedOrderFunction } from './composition';
import { DerivativeOrderError } from './derivative-order-error';
import { logisticJet, tanhJet } from './elementary-jets';
import { Jet } from './jet';

/** The orders every activation spec provides (derivative, secondDerivative). */
export const ACTIVATION_RULE_ORDER = 2;

/** Activations (by canonical name) whose jets are known to every order; they take no parameters. */
const FULL_ORDER_RULES: ReadonlyMap<string, (u: Jet) => Jet> = new Map([
  ['tanh', tanhJet],
  ['sigmoid', logisticJet],
]);

/** The highest derivative of this activation the autodiff can give. */
export function maxActivationOrder(spec: ActivationSpec): number {
  return FULL_ORDER_RULES.has(spec.name) ? Infinity : ACTIVATION_RULE_ORDER;
}

/** The activation as a function known through its spec's rules up to order 2. */
export function activationRules(spec: ActivationSpec, params: ActivationParams): LimitedOrderFunction {
  return {
    name: spec.name,
    maxOrder: ACTIVATION_RULE_ORDER,
    derivativesAt: (x) => [spec.value(x, params), spec.derivative(x, params), spec.secondDerivative(x, params)],
  };
}

/** The jet of spec(u): the spec's rules up to order 2, a full-order rule above when there is one. */
export function activationJet(spec: ActivationSpec, params: ActivationParams, u: Jet): Jet {
  if (u.order > ACTIVATION_RULE_ORDER && !u.isConstant()) {
    const full = FULL_ORDER_RULES.get(spec.name);
    if (full) return full(u);
  }
  return composeLimited(activationRules(spec, params), u);
}

/**
 * The order-th derivative of the activation at x (order >= 1): the spec's exact rule for 1 and 2,
 * a full-order jet above when there is one, else DerivativeOrderError.
 */
export function activationDerivative(spec: ActivationSpec, params: ActivationParams, x: number, order: number): number {
  if (order === 1) return spec.derivative(x, params);
  if (order === 2) return spec.secondDerivative(x, params);
  const full = FULL_ORDER_RULES.get(spec.name);
  if (!full) throw new DerivativeOrderError(spec.name, order, ACTIVATION_RULE_ORDER);
  return full(Jet.variable(x, order)).derivative(order);
}
