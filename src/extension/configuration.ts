/**
 * Typed access to the `activationLab.*` settings (declared in package.json `contributes.configuration`).
 * Read when a notebook's kernel starts, so a change applies to kernels started (or restarted) after it.
 */
import * as vscode from 'vscode';
import type { KinkConvention } from '../core/activations/kink';
import type { SizeLimits } from '../core/training/size-limits';
import { CONFIG_SECTION } from './ids';
import { sanitizeKinkConvention, sanitizeMaxElements, sanitizeMaxMemoryMB, sanitizeTrainingLimits } from './setting-values';

export interface LabConfiguration {
  /** The largest vector an expression may build (guards the editor against `linspace(0, 1, 1e12)`). */
  kernelMaxElements: number;
  /** The kernel session's memory budget in MiB: vectors in names plus those the running statement holds (lang/runtime/memory-budget.ts). */
  kernelMaxMemoryMB: number;
  /** The derivative at kinks when a call gives no `kink=` keyword (`activationLab.derivatives.kinkConvention`). */
  kinkConvention: KinkConvention;
  /** The size limits of mlp and train, checked before any work (`activationLab.training.*`, the core's SizeLimits). */
  trainingLimits: SizeLimits;
}

export function readConfiguration(scope?: vscode.ConfigurationScope): LabConfiguration {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    kernelMaxElements: sanitizeMaxElements(config.get<unknown>('kernel.maxElements')),
    kernelMaxMemoryMB: sanitizeMaxMemoryMB(config.get<unknown>('kernel.maxMemoryMB')),
    kinkConvention: sanitizeKinkConvention(config.get<unknown>('derivatives.kinkConvention')),
    trainingLimits: sanitizeTrainingLimits({
      maxParameters: config.get<unknown>('training.maxParameters'),
      maxSamples: config.get<unknown>('training.maxSamples'),
      maxWorkPerEpoch: config.get<unknown>('training.maxWorkPerEpoch'),
      maxTotalWork: config.get<unknown>('training.maxTotalWork'),
      maxSteps: config.get<unknown>('training.maxSteps'),
    }),
  };
}
