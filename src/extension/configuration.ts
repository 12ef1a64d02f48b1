/**
 * Typed access to the `activationLab.*` settings (declared in package.json `contributes.configuration`).
 * Read when a notebook's kernel starts, so a change applies to kernels started (or restarted) after it.
 */
import * as vscode from 'vscode';
import { DEFAULT_MAX_ELEMENTS } from '../lang/evaluator';
import { CONFIG_SECTION } from './ids';

export interface LabConfiguration {
  /** The largest vector an expression may build (guards the editor against `linspace(0, 1, 1e12)`). */
  kernelMaxElements: number;
}

/** Keeps a user's value only if it is a positive integer; anything else falls back to the default. */
export function sanitizeMaxElements(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_ELEMENTS;
}

export function readConfiguration(scope?: vscode.ConfigurationScope): LabConfiguration {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return { kernelMaxElements: sanitizeMaxElements(config.get<unknown>('kernel.maxElements')) };
}
