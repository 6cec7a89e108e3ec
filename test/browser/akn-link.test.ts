/**
 * The AKN download links in real Chromium: a resolution uploaded as AKN gets "Download as Akoma Ntoso (XML)" on its
 * document page and on its resolution's page, and the link answers AKN XML.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../ingest/pipeline.js';
import { buildWebIfStale } from '../../web/build.js';
import { SAMPLE_AKN } from '../fixtures/akn/resolution-sample.js';
import { launchChromium } from './chromium.js';
import { startApp, type RunningApp } from './harness.js';

let app: RunningApp;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let documentKey: string;

beforeAll(async () => {
  await buildWebIfStale();
  app = await startApp({ seeds: false });
  const outcome = await ingestFile({ bytes: Buffer.from(SAMPLE_AKN), name: 'res-146.xml' }, { store: app.store, embedder: null, limits: {} });
  documentKey = outcome.key;
  chromium = await launchChromium();
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await app?.close();
});

/** The link's target fetched from the page itself (same origin, as a click would). */
const fetchedType = (href: string): Promise<string> =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    return `${response.status} ${response.headers.get('content-type')} ${(await response.text()).includes('<akomaNtoso')}`;
  }, href);

describe('Akoma Ntoso download links', () => {
  it('on the document page of a resolution', async () => {
    await page.goto(`${app.url}/#/document/${encodeURIComponent(documentKey)}`);
    const link = page.locator('.entity-links a', { hasText: 'Download as Akoma Ntoso (XML)' });
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/documents/${encodeURIComponent(documentKey)}?format=akn`);
    expect(await link.getAttribute('download')).toBe('ITU-PP-146.akn.xml');
    expect(await fetchedType(href)).toBe('200 application/akn+xml; charset=utf-8 true');
  });

  it("on the resolution's page", async () => {
    await page.goto(`${app.url}/#/entity/${encodeURIComponent('ITU-PP/146')}`);
    const link = page.locator('.entity-links a', { hasText: 'Download as Akoma Ntoso (XML)' });
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/api/resolutions/ITU-PP%2F146?format=akn');
    expect(await fetchedType(href)).toBe('200 application/akn+xml; charset=utf-8 true');
  });
});
