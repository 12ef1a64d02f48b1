/**
 * Per-layer health of a run, from the engine's per-epoch records: dead(run), sparsity(run),
 * saturation(run), grad_norm(run) (also run.dead, run.grad_norm, ...) give one value per layer at
 * the last recorded epoch; with layer=i, layer i's value at every recorded epoch. dead, sparsity and
 * saturation are about hidden layers; grad_norm, weight_norm, pre_mean and pre_std cover every layer
 * (the output layer last). layers(run) is the table of all of them.
 */
import type { LayerRecord } from '../../core/training/epoch-record';
import { wholeNumberArg } from '../builtins/builtin-arguments';
import { defineBuiltin } from '../builtins/define-builtin';
import { LangError } from '../syntax/errors';
import type { BuiltinFunction, TableValue, Value } from '../runtime/values';
import { vector } from '../runtime/values';
import { runArgument } from './training-errors';
import type { RunValue } from './training-values';

export const RECORD_FIELDS: Readonly<Record<string, { key: keyof LayerRecord; doc: string; hiddenOnly: boolean }>> = {
  dead: { key: 'dead', doc: 'share of dead units (output 0 for every training point)', hiddenOnly: true },
  sparsity: { key: 'sparsity', doc: 'share of exact zeros among the outputs', hiddenOnly: true },
  saturation: { key: 'saturated', doc: 'share of saturated units (|f′| < 0.01 for every training point)', hiddenOnly: true },
  grad_norm: { key: 'gradientNorm', doc: '2-norm of the weight gradient (every layer, the output last)', hiddenOnly: false },
  weight_norm: { key: 'weightNorm', doc: '2-norm of the weights (every layer, the output last)', hiddenOnly: false },
  pre_mean: { key: 'preMean', doc: 'mean of the pre-activations (every layer)', hiddenOnly: false },
  pre_std: { key: 'preStd', doc: 'standard deviation of the pre-activations (every layer)', hiddenOnly: false },
};

function fieldOfKey(key: keyof LayerRecord): { hiddenOnly: boolean } {
  return Object.values(RECORD_FIELDS).find((f) => f.key === key)!;
}

/** One value per layer (hidden only for dead/sparsity/saturation) at the last record; empty before any. */
export function perLayer(r: RunValue, key: keyof LayerRecord): Value {
  const last = r.run.epochs[r.run.epochs.length - 1];
  if (!last) return vector(new Float64Array(0));
  const layers = fieldOfKey(key).hiddenOnly ? last.layers.slice(0, -1) : last.layers;
  return vector(Float64Array.from(layers.map((l) => l[key])));
}

function healthBuiltin(name: string, key: keyof LayerRecord): BuiltinFunction {
  return defineBuiltin(name, (bound) => {
    const { run: r } = runArgument(name, bound);
    if (!bound.named.has('layer')) return perLayer(r, key);
    const count = r.run.network.layers.length - (fieldOfKey(key).hiddenOnly ? 1 : 0);
    const layer = wholeNumberArg(bound, 'layer', 1);
    if (layer > count) throw new LangError('eval', `${name}: layer must be from 1 to ${count} (the network has ${count} ${fieldOfKey(key).hiddenOnly ? 'hidden ' : ''}layer${count === 1 ? '' : 's'}), got ${layer}`, bound.named.get('layer')!.span);
    return vector(Float64Array.from(r.run.epochs.map((e) => e.layers[layer - 1][key])));
  });
}

export const healthBuiltins: BuiltinFunction[] = [
  healthBuiltin('dead', 'dead'),
  healthBuiltin('sparsity', 'sparsity'),
  healthBuiltin('saturation', 'saturated'),
  healthBuiltin('grad_norm', 'gradientNorm'),
];

/** layers(run): a row per layer at the last recorded epoch. */
export function layersTable(r: RunValue): TableValue {
  const last = r.run.epochs[r.run.epochs.length - 1];
  const layers = r.run.network.layers;
  const rows = layers.map((layer, i) => {
    const rec = last?.layers[i];
    const label = layer.kind === 'output' ? `output (${r.run.network.head})` : r.hiddenLabels[i] ?? layer.kind;
    const cell = (x: number | undefined) => (x === undefined ? NaN : x);
    return [i + 1, layer.units, label, cell(rec?.gradientNorm), cell(rec?.weightNorm), cell(rec?.preMean), cell(rec?.preStd), cell(rec?.dead), cell(rec?.sparsity), cell(rec?.saturated)];
  });
  return {
    kind: 'table',
    title: `layers at epoch ${last?.epoch ?? 0}`,
    columns: ['layer', 'units', 'activation', 'grad_norm', 'weight_norm', 'pre_mean', 'pre_std', 'dead', 'sparsity', 'saturated'],
    rows,
    notes: last ? [] : ['no epoch was recorded'],
  };
}

export const layersBuiltin: BuiltinFunction = defineBuiltin('layers', (bound) => layersTable(runArgument('layers', bound).run));
