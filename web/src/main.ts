/** Entry point: picks the page for the current hash route and re-renders on navigation. */
import { el, statusLine } from './dom.js';
import { showSearchMode } from './mode-banner.js';
import { renderAgency } from './pages/agency.js';
import { renderDocument } from './pages/document.js';
import { renderEntity } from './pages/entity.js';
import { renderMandates } from './pages/mandates.js';
import { renderSearch } from './pages/search.js';
import { renderTimeline } from './pages/timeline.js';
import { renderUpload } from './pages/upload.js';
import type { PageContext } from './page-context.js';
import { currentRoute } from './router.js';

type Page = (context: PageContext) => Promise<void>;

const PAGES: Record<string, Page> = {
  search: renderSearch,
  entity: renderEntity,
  document: renderDocument,
  trace: renderTimeline,
  mandates: renderMandates,
  agencies: renderAgency,
  upload: renderUpload,
};

let inFlight: AbortController | null = null;

async function show(): Promise<void> {
  const root = document.getElementById('main');
  if (!root) return;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const route = currentRoute();
  const name = route.segments[0] ?? 'search';
  document.querySelectorAll<HTMLAnchorElement>('[data-nav]').forEach((link) => {
    if (link.dataset.nav === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  const page = PAGES[name];
  root.replaceChildren();
  if (!page) {
    root.append(el('h1', {}, 'Not found'), statusLine(`There is no page called “${name}”.`, 'error'));
    return;
  }
  try {
    await page({ root, route, signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) return;
    root.append(statusLine(error instanceof Error ? error.message : String(error), 'error'));
  }
  // A followed link inside the page was replaced with the page: start keyboard users at the new content.
  if (!controller.signal.aborted && (document.activeElement === null || document.activeElement === document.body)) root.focus();
}

window.addEventListener('hashchange', () => void show());
// "/" jumps to the page's first field (search box, trace box, …), as on many search sites.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target?.closest('input, textarea, select, [contenteditable]')) return;
  const field = document.querySelector<HTMLInputElement>('main input');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
function start(): void {
  void show();
  const banner = document.getElementById('search-mode');
  if (banner) void showSearchMode(banner);
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
