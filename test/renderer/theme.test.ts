import * as assert from 'assert';
import { readChartTheme, THEME_FALLBACKS, type ThemeVariable } from '../../src/renderer/theme';

describe('renderer theme', () => {
  it('reads the VS Code CSS variables, trimming the whitespace getPropertyValue leaves', () => {
    const vars: Partial<Record<ThemeVariable, string>> = {
      '--vscode-editor-foreground': ' #cccccc',
      '--vscode-editorWidget-border': '#454545 ',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-red': '#f14c4c',
      '--vscode-font-family': '"Fira Sans"',
      '--vscode-font-size': '14px',
    };
    const theme = readChartTheme((name) => vars[name]);
    assert.strictEqual(theme.foreground, '#cccccc');
    assert.strictEqual(theme.gridColor, '#454545');
    assert.deepStrictEqual(theme.palette.slice(0, 2), ['#3794ff', '#f14c4c']);
    assert.strictEqual(theme.fontFamily, '"Fira Sans"');
    assert.strictEqual(theme.fontSize, 14);
  });

  it('falls back for missing or empty variables', () => {
    const theme = readChartTheme((name) => (name === '--vscode-charts-green' ? '   ' : undefined));
    assert.strictEqual(theme.foreground, THEME_FALLBACKS['--vscode-editor-foreground']);
    assert.strictEqual(theme.gridColor, THEME_FALLBACKS['--vscode-editorWidget-border']);
    assert.ok(theme.palette.includes(THEME_FALLBACKS['--vscode-charts-green']));
    assert.strictEqual(theme.fontSize, 13);
  });

  it('has six distinct series colours', () => {
    const theme = readChartTheme(() => undefined);
    assert.strictEqual(new Set(theme.palette).size, 6);
  });
});
