// What a user does in the workbench, as Playwright steps shared by the browser checks.
import type { Page } from 'playwright-core';

/**
 * Opens a file from the Explorer as a user does. Until the workbench has registered the installed
 * extension's notebook type (a few seconds after the Explorer shows), a .actnb opens as plain text:
 * then close it and try again, like a user who waited a moment.
 */
export async function openNotebookFromExplorer(page: Page, fileName: string): Promise<void> {
  await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout: 30_000 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    await row.dblclick();
    // The file's tab must be the active one (another notebook may already be open) and show a notebook.
    const opened = await page
      .locator('.tabs-container .tab.active', { hasText: fileName })
      .waitFor({ timeout: 3_000 })
      .then(() => page.waitForSelector('.notebook-editor .cell-list-container >> visible=true', { timeout: 3_000 }))
      .then(() => true)
      .catch(() => false);
    if (opened) return;
    if (Date.now() > deadline) throw new Error(`${fileName} never opened in the notebook editor`);
    await page.keyboard.press('Control+W'); // close the plain-text editor it opened as
    await page.waitForTimeout(1_000);
  }
}

export async function runAll(page: Page): Promise<void> {
  const button = page.locator('.notebook-toolbar-container .action-item >> visible=true', { hasText: 'Run All' }).first();
  await button.waitFor({ timeout: 30_000 });
  await button.click();
}


/**
 * Picks a colour theme as a user does: the command palette's "Preferences: Color Theme", then the
 * theme's name. (Rewriting settings.json on disk is not picked up live by code-server's workbench.)
 */
export async function selectColorTheme(page: Page, theme: string, shot?: string): Promise<void> {
  // Keyboard focus may be inside the outputs' webview: give it back to the workbench first.
  await page.locator('.tabs-container .tab.active').first().click();
  // Ctrl+K Ctrl+T: "Preferences: Color Theme" (in the palette, "... Browse Color Themes in Marketplace" may come first).
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input[type="text"] >> visible=true').first();
  await input.waitFor({ timeout: 10_000 });
  await page.waitForTimeout(800);
  if (shot) await page.screenshot({ path: shot });
  // The picker lists themes by label ("Light Modern", "Dark High Contrast"): each label here matches one.
  await input.fill(theme);
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
}
