/** Search: ranked passages with the query's words marked, their source and page, and entity chips. */
import { getJson } from '../api.js';
import { entityChip, examples, loadInto, provenance, queryForm, sectionLabel } from '../components.js';
import { el } from '../dom.js';
import { highlighted, queryTerms } from '../highlight.js';
import { href, navigate } from '../router.js';
import { SearchResponseSchema, type SearchResult } from '../schemas.js';
import type { PageContext } from '../page-context.js';

const RESULTS_PER_PAGE = 10;
/** Topics every store holds: reference data (Action Lines, initiatives) is seeded before any document. */
const EXAMPLE_QUERIES = ['capacity building', 'Global Digital Compact', 'e-health', 'access to information and knowledge', 'WSIS+20 review'] as const;
const exampleLinks = EXAMPLE_QUERIES.map((text) => ({ text, href: href(['search'], { q: text }) }));

export async function renderSearch({ root, route, signal }: PageContext): Promise<void> {
  const q = route.params.get('q') ?? '';
  const form = queryForm({
    label: 'Search the documents',
    name: 'q',
    value: q,
    placeholder: 'e.g. Which action lines does ITU facilitate alone?',
    button: 'Search',
    onSubmit: (value) => navigate(['search'], { q: value }),
  });
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  root.append(el('h1', {}, 'Search'), form, results);
  if (!q) {
    results.append(examples('Ask a question or type keywords, for example:', exampleLinks));
    form.querySelector('input')?.focus();
    return;
  }
  const terms = queryTerms(q);
  await loadInto(
    results,
    signal,
    () => getJson('/api/search', { q, k: RESULTS_PER_PAGE }, SearchResponseSchema, signal),
    ({ results: hits, closeMatch }) =>
      hits.length === 0
        ? examples(`No passage matches “${q}”. Try fewer or other words, for example:`, exampleLinks)
        : el(
            'div',
            {},
            // The ranking found nothing that says most of what was asked: the list below is the nearest, not an answer.
            closeMatch === false ? el('p', { class: 'empty no-close-match' }, 'No close match: these passages share only part of the question.') : null,
            el('ol', { class: 'hits' }, hits.map((hit) => resultItem(hit, terms))),
          ),
  );
}

function resultItem(hit: SearchResult, terms: string[]): HTMLLIElement {
  const passage = hit.passage ?? hit.ordinal;
  return el(
    'li',
    { class: 'hit' },
    sectionLabel(hit.section, hit.text),
    el('p', { class: 'hit-text' }, highlighted(hit.text, terms)),
    hit.document !== undefined && passage !== undefined
      ? provenance({ document: hit.document, passage, page: hit.page ?? null, source: hit.source })
      : el('span', { class: 'provenance' }, hit.source),
    hit.entities && hit.entities.length > 0 ? el('div', { class: 'chips' }, hit.entities.map(entityChip)) : null,
  );
}
