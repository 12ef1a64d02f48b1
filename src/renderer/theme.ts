/**
 * The chart theme, read from the CSS variables VS Code defines in the notebook webview, so charts
 * follow the editor's colour theme. Every value has a fallback for hosts that do not set it.
 */
export interface ChartTheme {
  /** Text: tick labels, legend, titles. */
  foreground: string;
  /** Grid lines. */
  gridColor: string;
  /** The x = 0 and y = 0 lines, stronger than the grid. */
  zeroLineColor: string;
  /** Series colours, in the order functions first appear. */
  palette: string[];
  fontFamily: string;
  fontSize: number;
}

/** The VS Code theme variables read, with what to use when one is missing or empty. */
export const THEME_FALLBACKS = {
  '--vscode-editor-foreground': '#616161',
  '--vscode-editorWidget-border': 'rgba(128, 128, 128, 0.35)',
  '--vscode-charts-blue': '#1a85ff',
  '--vscode-charts-red': '#e51400',
  '--vscode-charts-green': '#388a34',
  '--vscode-charts-yellow': '#bf8803',
  '--vscode-charts-orange': '#d18616',
  '--vscode-charts-purple': '#652d90',
  '--vscode-font-family': 'system-ui, -apple-system, "Segoe UI", sans-serif',
  '--vscode-font-size': '13px',
} as const;

export type ThemeVariable = keyof typeof THEME_FALLBACKS;

const PALETTE_VARIABLES: ThemeVariable[] = [
  '--vscode-charts-blue',
  '--vscode-charts-red',
  '--vscode-charts-green',
  '--vscode-charts-yellow',
  '--vscode-charts-purple',
  '--vscode-charts-orange',
];

/**
 * Builds the theme from a variable reader (in the webview: getComputedStyle(...).getPropertyValue).
 * Pure, so it can be tested without a DOM.
 */
export function readChartTheme(readVariable: (name: ThemeVariable) => string | undefined): ChartTheme {
  const get = (name: ThemeVariable): string => {
    const value = readVariable(name)?.trim();
    return value ? value : THEME_FALLBACKS[name];
  };
  const fontSize = Number.parseFloat(get('--vscode-font-size'));
  return {
    foreground: get('--vscode-editor-foreground'),
    gridColor: get('--vscode-editorWidget-border'),
    zeroLineColor: get('--vscode-editor-foreground'),
    palette: PALETTE_VARIABLES.map(get),
    fontFamily: get('--vscode-font-family'),
    fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 13,
  };
}

/** Reads the theme from the computed style of an element inside the notebook webview. */
export function readChartThemeFromElement(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  return readChartTheme((name) => style.getPropertyValue(name));
}
