/**
 * The theme of the training outputs: the chart theme (theme.ts) plus the editor background (the
 * heatmap's undecided colour and the point outlines), a high-contrast border when the theme has one,
 * and eight line styles (colour + dash pattern) that stay distinct for 8 overlaid runs. Pure.
 */
import type { ChartTheme } from './theme';
import { readChartTheme } from './theme';
import { heatmapColors, type HeatmapColors } from './heatmap-colors';

export interface TrainingTheme extends ChartTheme {
  background: string;
  /** Set in high-contrast themes: drawn around panels and points. */
  contrastBorder: string | null;
  heatmap: HeatmapColors;
}

export const TRAINING_THEME_FALLBACKS = {
  '--vscode-editor-background': '#ffffff',
  '--vscode-contrastBorder': '',
} as const;

export type TrainingThemeVariable = keyof typeof TRAINING_THEME_FALLBACKS;

/** Beyond the theme's six chart colours, for runs 7 and 8 (and more). */
const EXTRA_LINE_COLORS = ['#17becf', '#e377c2', '#8c564b', '#7f7f7f'];
/** Dash patterns, cycled with the colours so that no two of the first 8 lines look the same. */
export const DASH_PATTERNS: number[][] = [[], [6, 3], [2, 2], [10, 3, 2, 3], [4, 4], [12, 4]];

export function readTrainingTheme(read: (name: string) => string | undefined): TrainingTheme {
  const chart = readChartTheme((name) => read(name));
  const background = read('--vscode-editor-background')?.trim() || TRAINING_THEME_FALLBACKS['--vscode-editor-background'];
  const border = read('--vscode-contrastBorder')?.trim() || '';
  return { ...chart, background, contrastBorder: border || null, heatmap: heatmapColors(background) };
}

export function readTrainingThemeFromElement(element: Element): TrainingTheme {
  const style = getComputedStyle(element);
  return readTrainingTheme((name) => style.getPropertyValue(name));
}

export interface LineStyle {
  color: string;
  dash: number[];
}

/** The style of line i: colours first (theme palette, then extras), dashes change every line past the colours. */
export function lineStyle(i: number, theme: ChartTheme): LineStyle {
  const colors = [...theme.palette, ...EXTRA_LINE_COLORS];
  return { color: colors[i % colors.length], dash: DASH_PATTERNS[i % DASH_PATTERNS.length] };
}
