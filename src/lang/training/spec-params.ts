/**
 * An activation value's parameters as the core's fromActivationSpec takes them: every parameter but
 * the aliases (softplus's k mirrors beta; giving both is refused as a conflict), so a resolved set
 * of the language passes as if the user had given only the real names.
 */
import type { ActivationSpec } from '../../core/activations/activation-spec';
import type { ActivationParams, ParamValue } from '../../core/activations/params';

export function withoutAliases(spec: ActivationSpec, params: ActivationParams): ActivationParams {
  const aliases = new Set(spec.params.filter((p) => (p as { aliasOf?: string }).aliasOf !== undefined).map((p) => p.name));
  const out: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(params)) if (!aliases.has(k) && v !== undefined) out[k] = v;
  return out;
}
