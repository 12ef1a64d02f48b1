/**
 * `activation-lab docs [name] [--json]`: an activation's documentation record (formula, derivative,
 * parameters, range, properties, kink convention, origin, framework names and notes).
 */
import { getActivation, listActivations, activationNames } from '../core/activations/registry';
import type { ActivationSpec } from '../core/activations/activation-spec';
import { nearest } from '../lang/suggest';
import { EXIT_FAILED, EXIT_OK, type CliIo } from './io';

export function docsCommand(name: string | undefined, json: boolean, io: CliIo): number {
  if (name === undefined) {
    const specs = listActivations();
    if (json) io.stdout(JSON.stringify(specs.map((s) => ({ name: s.name, aliases: s.aliases, displayName: s.doc.displayName }))) + '\n');
    else io.stdout(specs.map((s) => `${s.name.padEnd(14)}${s.doc.displayName}\n`).join(''));
    return EXIT_OK;
  }
  const spec = getActivation(name);
  if (!spec) {
    const guess = nearest(name, activationNames());
    io.stderr(`error: unknown activation '${name}'${guess ? `; did you mean '${guess}'?` : ''}\n`);
    io.stderr(`known activations: ${listActivations().map((s) => s.name).join(', ')}\n`);
    return EXIT_FAILED;
  }
  io.stdout(json ? JSON.stringify({ name: spec.name, aliases: spec.aliases, ...spec.doc }, null, 2) + '\n' : docsPage(spec));
  return EXIT_OK;
}

function docsPage(spec: ActivationSpec): string {
  const d = spec.doc;
  const lines = [`${d.displayName} (${spec.name})`];
  if (spec.aliases.length > 0) lines.push(`aliases: ${spec.aliases.join(', ')}`);
  lines.push('', d.summary, '', `formula:     ${d.formula.text}`, `derivative:  ${d.derivative.text}`, `range:       ${d.range}`);
  if (d.params.length > 0) {
    lines.push('parameters:');
    for (const p of d.params) lines.push(`  ${p.name} = ${JSON.stringify(p.default)}  ${p.description}`);
  }
  const p = d.properties;
  if (p) {
    const bounds = p.boundedBelow && p.boundedAbove ? 'bounded' : p.boundedBelow ? 'bounded below' : p.boundedAbove ? 'bounded above' : 'unbounded';
    const flags = [p.monotonic ? 'monotonic' : 'not monotonic', bounds, p.smoothness, p.zeroCentred ? 'zero-centred' : 'not zero-centred'];
    if (p.selfGated) flags.push('self-gated');
    lines.push(`properties:  ${flags.join(', ')}`, `at zero:     f(0) = ${p.valueAtZero}, f'(0) = ${p.slopeAtZero}`);
  }
  if (d.kinkConvention) lines.push(`kinks:       ${d.kinkConvention}`);
  const o = d.origin;
  lines.push(`origin:      ${o.authors} (${o.year}), "${o.title}"${o.url ? `, ${o.url}` : ''}`);
  if (d.frameworks) {
    lines.push('frameworks:');
    for (const [label, f] of [['PyTorch', d.frameworks.pytorch], ['TensorFlow', d.frameworks.tensorflow], ['JAX', d.frameworks.jax]] as const) {
      if (!f) continue;
      const names = f.names.length ? f.names.join(', ') : '(no built-in)';
      lines.push(`  ${label.padEnd(11)}${names}`);
      if (f.note) lines.push(`  ${''.padEnd(11)}note: ${f.note}`);
    }
  }
  return lines.join('\n') + '\n';
}
