/**
 * A banner under the header while search is not fully hybrid: no embedding model loaded (lexical only), or stored
 * passages still being embedded in the background (with progress). It re-reads /api/health while indexing.
 */
import { getJson } from './api.js';
import { HealthSchema, type Health } from './schemas.js';

const POLL_MS = 3_000;

export async function showSearchMode(banner: HTMLElement): Promise<void> {
  let health: Health;
  try {
    health = await getJson('/api/health', {}, HealthSchema);
  } catch {
    return; // Health itself failing is shown by the pages' own errors.
  }
  const text = bannerText(health);
  banner.hidden = text === null;
  banner.textContent = text ?? '';
  banner.dataset.state = health.state;
  if (health.state === 'indexing') setTimeout(() => void showSearchMode(banner), POLL_MS);
}

function bannerText({ state, embedded, total, model }: Health): string | null {
  if (state === 'unavailable') {
    return 'Lexical search only: no embedding model is loaded, so results rank by words and entities, not by meaning.';
  }
  if (state === 'indexing') {
    return `Indexing: ${model ?? 'the model'} is embedding the stored passages (${embedded.toLocaleString('en')} of ${total.toLocaleString('en')} done); passages not yet embedded rank by words and entities only.`;
  }
  return null;
}
