import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fontsLoaded } from '@jejak/pdf';
import { chromiumExecutablePath, launchChromium } from '../chromium.launcher';
import { PAGE_PX } from '../page-geometry';

/** Where screenshots and PDFs of the browser tests go (git-ignored). */
export const TEST_OUTPUT = join(__dirname, '../../../test-output');

/** Fails (never skips) when Chromium is missing, with the reason. */
export async function requireChromium(): Promise<Browser> {
  const path = chromiumExecutablePath();
  if (!existsSync(path)) {
    throw new Error(`Browser tests need Chromium at ${path} (apt-get install chromium, or set CHROMIUM_PATH). They fail rather than skip.`);
  }
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return launchChromium(path);
}

/** A page the width of an A4 landscape sheet (screen view of the document). */
export async function openDocument(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PAGE_PX.width, height: PAGE_PX.height } });
  await page.setContent(html, { waitUntil: 'load' });
  await fontsLoaded(page);
  return page;
}

/** Saves a full-page screenshot and one per sheet; returns the file names. */
export async function screenshotSheets(page: Page, name: string): Promise<string[]> {
  const files = [join(TEST_OUTPUT, `${name}.png`)];
  await page.screenshot({ path: files[0], fullPage: true });
  const sheets = await page.locator('section.sheet').all();
  for (const [i, sheet] of sheets.entries()) {
    const file = join(TEST_OUTPUT, `${name}-sheet-${i + 1}.png`);
    await sheet.screenshot({ path: file });
    files.push(file);
  }
  return files;
}

export function saveOutput(name: string, data: Buffer | string): string {
  const file = join(TEST_OUTPUT, name);
  writeFileSync(file, data);
  return file;
}
