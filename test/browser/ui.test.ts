/**
 * The web UI in real Chromium against the real app (Grafeo store, real embedding model, sample corpus ingested).
 * Screenshots of the main pages go to docs/screenshots/ (for the README) with SCREENSHOTS=1.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebIfStale } from '../../web/build.js';
import { launchChromium, missingChromium } from './chromium.js';
import { startApp, TEST_API_TOKEN, type RunningApp } from './harness.js';

/** `npm run screenshots` refreshes the committed README images; ordinary runs keep theirs out of the tree. */
const SCREENSHOTS = resolve(process.env.SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');
const UPLOAD_DOCX = resolve('test/browser/fixtures/field-visit-report.docx');

let app: RunningApp;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
/** Script errors and CSP violations: the UI must run clean under the app's self-only CSP. */
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildWebIfStale();
  await mkdir(SCREENSHOTS, { recursive: true });
  app = await startApp();
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await chromium?.close();
  await app?.close();
});

const open = (hash: string) => page.goto(`${app.url}/${hash}`);
const shoot = (name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: false });

describe.skipIf(missingChromium('the web UI suite'))('web UI', () => {
  it('searches from the search box and shows a seed passage with marks, source and entity chips', async () => {
    await open('#/search');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-q');
    await page.keyboard.type('who keeps the WSIS roadmaps updated');
    await page.getByLabel('Search the documents').press('Enter');
    await page.waitForSelector('.hit');
    expect(page.url()).toContain('#/search?q=who+keeps+the+WSIS+roadmaps+updated');
    const texts = await page.locator('.hit-text').allTextContents();
    expect(texts.some((text) => /roadmaps/i.test(text))).toBe(true);
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.hit .provenance').first().textContent()).toMatch(/\.txt|passage \d+/);
    expect(await page.locator('.hit .chip').count()).toBeGreaterThan(0);
    await shoot('search');
  });

  it('opens an entity with its properties, neighbourhood graph and mentions', async () => {
    await open(`#/entity/${encodeURIComponent('C5')}`);
    await page.waitForSelector('.entity-header h1');
    expect(await page.locator('.entity-header h1').textContent()).toBe('C5');
    // cytoscape draws into canvases inside the graph container once it has nodes.
    await page.waitForSelector('.graph canvas');
    const nodeCount = await page.locator('.neighbours .chip').count();
    expect(nodeCount).toBeGreaterThan(0);
    expect(await page.locator('.evidence').count()).toBeGreaterThan(0);
    await shoot('entity');
    // Neighbour chips are plain links: keyboard users reach every neighbour without the graph.
    const first = page.locator('.neighbours .chip').first();
    const target = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, target);
    await page.waitForSelector('.entity-header h1');
  });

  it('deep-links an entity whose key holds a slash, and follows evidence to the cited passage of its document', async () => {
    await open(`#/entity/${encodeURIComponent('ITU-COUNCIL/1332')}`);
    await page.waitForSelector('.entity-header h1');
    expect(await page.locator('.entity-header h1').textContent()).toBe('ITU-COUNCIL/1332');
    expect(await page.locator('.entity-links a', { hasText: 'Mandates' }).getAttribute('href')).toBe('#/mandates?resolution=ITU-COUNCIL%2F1332');
    const cited = page.locator('.evidence .provenance a').first();
    const passage = Number(/passage=(\d+)/.exec((await cited.getAttribute('href')) ?? '')?.[1]);
    await cited.click();
    await page.waitForSelector('.passage.cited');
    expect(await page.locator('.passage.cited').getAttribute('id')).toBe(`passage-${passage}`);
    expect(await page.locator('.passage.cited').textContent()).toMatch(/1332/);
    await shoot('document');
  });

  it('shows the WSIS+20 timeline in year order with evidence', async () => {
    await open(`#/trace?entity=${encodeURIComponent('WSIS+20')}`);
    await page.waitForSelector('.timeline-item');
    const years = (await page.locator('.timeline-year > .year').allTextContents()).filter((year) => year !== 'Undated').map(Number);
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toContain(2025);
    await page.locator('.timeline-item details summary').first().click();
    expect(await page.locator('.timeline-item details[open] .evidence').count()).toBeGreaterThan(0);
    await shoot('timeline');
  });

  it('lists mandates for an activity with the passage each came from', async () => {
    await open(`#/mandates?activity=${encodeURIComponent('keep the roadmaps up to date')}`);
    await page.waitForSelector('.mandate');
    expect(await page.locator('.mandate .addressee').first().textContent()).toBeTruthy();
    expect(await page.locator('.mandate .evidence').count()).toBeGreaterThan(0);
    await shoot('mandates');
  });

  it("finds an agency by typing (suggestions from the entity lookup) and shows its linkages", async () => {
    await open('#/agencies');
    const field = page.getByLabel('Agency (acronym)');
    await field.pressSequentially('unesco');
    await page.waitForSelector('datalist option[value="UNESCO"]', { state: 'attached' });
    await field.press('Enter');
    await page.waitForSelector('.links .chip');
    expect(page.url()).toContain('#/agencies/UNESCO');
    expect(await page.locator('.panel').filter({ hasText: 'Action Lines' }).locator('.chip').count()).toBeGreaterThan(0);
    await shoot('agency');
  });

  it('shows names beside keys: chips in results, one row per Action Line with its sources, named events', async () => {
    await open(`#/search?q=${encodeURIComponent('UNESCO and UNDP co-organize the WSIS Forum')}`);
    await page.waitForSelector('.hit .chip');
    const unesco = page.locator('.hit .chip', { has: page.locator('.chip-key', { hasText: /^UNESCO$/ }) }).first();
    expect(await unesco.locator('.chip-name').textContent()).toBe('United Nations Educational, Scientific and Cultural Organization');

    await open('#/agencies/ITU');
    const lines = page.locator('.panel').filter({ has: page.locator('h2', { hasText: 'Action Lines' }) }).locator('li');
    await lines.first().waitFor();
    const keys = await lines.locator('.chip-key').allTextContents();
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    const c2 = lines.filter({ has: page.locator('.chip-key', { hasText: /^C2$/ }) });
    expect(await c2.locator('.chip-name').textContent()).toBe('Information and communication infrastructure');
    expect(await c2.locator('.note').textContent()).toMatch(/from reference data and documents/);
    const events = page.locator('.panel').filter({ has: page.locator('h2', { hasText: 'Events' }) });
    const forum = events.locator('.chip', { has: page.locator('.chip-key', { hasText: /^WSIS-FORUM-2024$/ }) });
    expect(await forum.locator('.chip-name').textContent()).toBe('WSIS Forum 2024');
  });

  it('offers examples to click on an empty page, and no search-mode banner once every passage is embedded', async () => {
    await open('#/search');
    const example = page.locator('.examples a').first();
    await example.waitFor();
    await example.click();
    await page.waitForSelector('.hit');
    expect(page.url()).toMatch(/#\/search\?q=/);
    expect(await page.locator('#search-mode').isHidden()).toBe(true);
    for (const hash of ['#/mandates', '#/trace', '#/agencies']) {
      await open(hash);
      expect(await page.locator('.examples a').count(), hash).toBeGreaterThan(1);
    }
  });

  it('serves a favicon and the API docs without CSP errors', async () => {
    await open('#/search');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(icon ?? '', `${app.url}/`).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/image\/svg\+xml/);
    await page.goto(`${app.url}/api/docs/`);
    await page.waitForSelector('.swagger-ui .info');
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(5);
  });

  it('uploads a DOCX with the token, then finds its text by search', async () => {
    await open('#/upload');
    await page.getByLabel('API token').fill(TEST_API_TOKEN);
    await page.getByLabel('Document (PDF, DOCX, TXT or Markdown)').setInputFiles(UPLOAD_DOCX);
    await page.getByRole('button', { name: 'Upload and ingest' }).click();
    const stored = page.locator('.status-ok');
    await stored.waitFor();
    expect(await stored.textContent()).toMatch(/Stored field-visit-report\.docx as file:[0-9a-f]{12}/);
    await shoot('upload');

    await open(`#/search?q=${encodeURIComponent('solar powered community networks in mountain villages')}`);
    await page.waitForSelector('.hit');
    expect(await page.locator('.hit').first().textContent()).toContain('forty-two mountain villages');
    expect(await page.locator('.hit .provenance').first().textContent()).toContain('field-visit-report.docx');
  });

  it('deletes the document just uploaded from the same page, back to the previous counts', async () => {
    const before = await app.counts();
    await open('#/upload');
    await page.getByLabel('Document (PDF, DOCX, TXT or Markdown)').setInputFiles({
      name: 'ferry-timetables.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Ferry timetables\n\nIsland schools publish ferry timetables on the community portal.\n'),
    });
    await page.getByRole('button', { name: 'Upload and ingest' }).click();
    await page.locator('.status-ok').waitFor();
    const key = await page.getByLabel('Document key').inputValue();
    expect(key).toMatch(/^file:[0-9a-f]{12}$/);
    expect((await app.counts()).documents).toBe(before.documents + 1);
    await page.getByRole('button', { name: 'Delete document' }).click();
    await page.locator('.delete-form + .results .status-ok').waitFor();
    expect(await page.locator('.delete-form + .results').textContent()).toBe(`Deleted ${key}.`);
    expect(await app.counts()).toEqual(before);
  });

  it('refuses a hostile upload with a clear reason and changes nothing', async () => {
    const before = await app.counts();
    await open('#/upload');
    await page.getByLabel('Document (PDF, DOCX, TXT or Markdown)').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: randomBytes(4096) });
    await page.getByRole('button', { name: 'Upload and ingest' }).click();
    const refusal = page.locator('.status-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^4\d\d .*report\.pdf: .*(not a PDF|binary|unsupported)/i);
    await shoot('upload-refused');
    expect(await app.counts()).toEqual(before);
  });

  it('refuses an upload with a wrong token', async () => {
    await open('#/upload');
    await page.getByLabel('API token').fill('not-the-token-at-all');
    await page.getByLabel('Document (PDF, DOCX, TXT or Markdown)').setInputFiles(UPLOAD_DOCX);
    await page.getByRole('button', { name: 'Upload and ingest' }).click();
    await page.locator('.status-error').waitFor();
    expect(await page.locator('.status-error').textContent()).toMatch(/^401 .*wrong API token/);
  });

  it('ran without script errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});
