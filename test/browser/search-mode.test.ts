/**
 * The search-mode banner in real Chromium: an app with no embedding model (sample corpus ingested lexically) says
 * that search is lexical only, on every page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebIfStale } from '../../web/build.js';
import { launchChromium, missingChromium } from './chromium.js';
import { startApp, type RunningApp } from './harness.js';

describe.skipIf(missingChromium('the search-mode banner tests'))('search mode banner', () => {
  let app: RunningApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await buildWebIfStale();
    app = await startApp({ model: false });
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await chromium?.close();
    await app?.close();
  });

  it('says search is lexical only while no model is loaded, on search results and other pages', async () => {
    await page.goto(`${app.url}/#/search?q=${encodeURIComponent('WSIS roadmaps')}`);
    await page.waitForSelector('.hit');
    const banner = page.locator('#search-mode');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toMatch(/^Lexical search only: no embedding model is loaded/);
    expect(await banner.getAttribute('data-state')).toBe('unavailable');

    await page.goto(`${app.url}/#/agencies`);
    await banner.waitFor({ state: 'visible' });
    expect(pageErrors).toEqual([]);
  });
});
