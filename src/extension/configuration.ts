/**
 * Typed access to the `activationLab.*` settings (declared in package.json `contributes.configuration`).
 * Read when a notebook's kernel starts, so a change applies to kernels started (or restarted) after it.
 */
import * as vscode from 'vscode';
import type { KinkConvention } from '../core/activations/kink';
import { CONFIG_SECTION } from './ids';
import { sanitizeKinkConvention, sanitizeMaxElements, sanitizeMaxMemoryMB } from './setting-values';

export interface LabConfiguration {
  /** The largest vector an expression may build (guards the editor against `linspace(0, 1, 1e12)`). */
  kernelMaxElements: number;
  /** The kernel session's memory budget in MiB: vectors in names plus those the running statement holds (lang/runtime/memory-budget.ts). */
  kernelMaxMemoryMB: number;
  /** The derivative at kinks when a call gives no `kink=` keyword (`activationLab.derivatives.kinkConvention`). */
  kinkConvention: KinkConvention;
}

export function readConfiguration(scope?: vscode.ConfigurationScope): LabConfiguration {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    kernelMaxElements: sanitizeMaxElements(config.get<unknown>('kernel.maxElements')),
    kernelMaxMemoryMB: sanitizeMaxMemoryMB(config.get<unknown>('kernel.maxMemoryMB')),
    kinkConvention: sanitizeKinkConvention(config.get<unknown>('derivatives.kinkConvention')),
  };
}
