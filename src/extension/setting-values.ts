/**
 * The pure part of reading settings (configuration.ts): a user's raw value, whatever its type,
 * becomes a value the kernel accepts, or the default. No `vscode` here, so unit tests can run it.
 */
import { DEFAULT_KINK_CONVENTION, KINK_CONVENTIONS, type KinkConvention } from '../core/activations/kink';
import { DEFAULT_MAX_ELEMENTS } from '../lang/runtime/evaluator';
import { DEFAULT_MAX_MEMORY_MB } from '../lang/runtime/memory-budget';
import { DEFAULT_SIZE_LIMITS, type SizeLimits } from '../core/training/size-limits';

/** Keeps a user's value only if it is a positive integer; anything else falls back to the default. */
export function sanitizeMaxElements(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_ELEMENTS;
}

/** Keeps a user's value (MiB) only if it is a positive integer; anything else falls back to the default, 2048. */
export function sanitizeMaxMemoryMB(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_MEMORY_MB;
}

/** Keeps a user's value only if it is one of the conventions ("pytorch", "left", "right", "mean"); anything else is "pytorch". */
export function sanitizeKinkConvention(value: unknown): KinkConvention {
  return KINK_CONVENTIONS.find((c) => c === value) ?? DEFAULT_KINK_CONVENTION;
}

/**
 * The training size limits (activationLab.training.*) as the raw values read, whatever their type:
 * each kept only if it is a positive safe integer, else the core's default (DEFAULT_SIZE_LIMITS).
 */
export function sanitizeTrainingLimits(raw: Readonly<Partial<Record<keyof SizeLimits, unknown>>>): SizeLimits {
  const keep = (key: keyof SizeLimits): number => {
    const value = raw[key];
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_SIZE_LIMITS[key];
  };
  return {
    maxParameters: keep('maxParameters'),
    maxWorkPerEpoch: keep('maxWorkPerEpoch'),
    maxTotalWork: keep('maxTotalWork'),
    maxSamples: keep('maxSamples'),
    maxSteps: keep('maxSteps'),
  };
}
