/** Pieces shared by the pages: entity chips, evidence quotes, section headings. */
import { append, el, statusLine, type Child } from './dom.js';
import { highlighted } from './highlight.js';
import { entityHref, href } from './router.js';
import { getJson } from './api.js';
import { EntityLookupSchema, type EntityRef, type Evidence } from './schemas.js';

/** A link to an entity: its label, its key, and its name beside the key when it has one. */
export function entityChip(entity: EntityRef): HTMLAnchorElement {
  const named = entity.name && entity.name !== entity.key ? entity.name : null;
  return el(
    'a',
    { class: `chip chip-${(entity.label ?? 'entity').toLowerCase()}`, href: entityHref(entity.key), title: named ? `${named} (${entity.key})` : entity.key },
    entity.label ? el('span', { class: 'chip-label' }, entity.label) : null,
    el('span', { class: 'chip-key' }, entity.key),
    named ? el('span', { class: 'chip-name' }, named) : null,
  );
}

/** "1 passage", "2 passages", "3 entities": a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`;
}

/** An empty state that offers something to try: each example a link. */
export function examples(lead: string, items: readonly { text: string; href: string }[]): HTMLElement {
  return el(
    'div',
    { class: 'examples' },
    el('p', { class: 'empty' }, lead),
    el('ul', {}, items.map((item) => el('li', {}, el('a', { href: item.href }, item.text)))),
  );
}

/** Where a passage comes from: its document (linked), passage ordinal and page when known. */
export function provenance(evidence: Pick<Evidence, 'document' | 'passage' | 'page' | 'source'>): HTMLElement {
  return el(
    'span',
    { class: 'provenance' },
    el('a', { href: href(['document', evidence.document], { passage: evidence.passage }) }, evidence.source ?? evidence.document),
    ` · passage ${evidence.passage}`,
    evidence.page ? ` · page ${evidence.page}` : null,
  );
}

/** "2 supporting passages", or "3 of 41 supporting passages" when the API capped the list. */
export function evidenceCount(shown: number, total: number | undefined, noun: string): string {
  return total !== undefined && total > shown ? `${shown} of ${plural(total, noun)}` : plural(shown, noun);
}

export function evidenceQuote(evidence: Evidence, terms: string[] = []): HTMLElement {
  return el('blockquote', { class: 'evidence' }, el('p', {}, highlighted(evidence.text, terms)), provenance(evidence));
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel' }, el('h2', {}, title), ...children);
}

export function emptyNote(text: string): HTMLElement {
  return el('p', { class: 'empty' }, text);
}

/** Shows "Loading…" in `container`, then the rendered answer or the API's reason for failing. */
export async function loadInto<T>(
  container: HTMLElement,
  signal: AbortSignal,
  load: () => Promise<T>,
  render: (data: T) => Child,
): Promise<void> {
  container.replaceChildren(statusLine('Loading…'));
  container.setAttribute('aria-busy', 'true');
  try {
    const data = await load();
    if (signal.aborted) return;
    container.replaceChildren();
    append(container, [render(data)]);
  } catch (error) {
    if (signal.aborted) return;
    container.replaceChildren(statusLine(error instanceof Error ? error.message : String(error), 'error'));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

/** A one-field GET form whose submit changes the URL (so the view is a deep link), not the page. */
export function queryForm(options: {
  label: string;
  name: string;
  value: string;
  placeholder: string;
  button: string;
  onSubmit: (value: string) => void;
  /** Offer entity keys and names from `/api/entities?q=` as the user types. */
  suggestEntities?: boolean;
}): HTMLFormElement {
  const id = `field-${options.name}`;
  const input = el('input', {
    id,
    name: options.name,
    type: 'search',
    value: options.value,
    placeholder: options.placeholder,
    autocomplete: 'off',
    required: true,
    list: options.suggestEntities ? `${id}-suggestions` : null,
  });
  const suggestions = options.suggestEntities ? entitySuggestions(input, `${id}-suggestions`) : null;
  const form = el(
    'form',
    { class: 'query-form', role: 'search' },
    el('label', { for: id }, options.label),
    el('div', { class: 'query-row' }, input, suggestions, el('button', { type: 'submit' }, options.button)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (value) options.onSubmit(value);
  });
  return form;
}

const SUGGESTION_DELAY_MS = 150;

/** A native <datalist> (keyboard-accessible for free) refreshed from the entity lookup while the user types. */
function entitySuggestions(input: HTMLInputElement, id: string): HTMLDataListElement {
  const list = el('datalist', { id });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(() => {
      pending?.abort();
      pending = new AbortController();
      getJson('/api/entities', { q, k: 8 }, EntityLookupSchema, pending.signal)
        .then(({ results }) => list.replaceChildren(...results.map((entity) => el('option', { value: entity.key }, entity.name ?? entity.key))))
        .catch(() => list.replaceChildren());
    }, SUGGESTION_DELAY_MS);
  });
  return list;
}

/** A passage's section heading, unless the passage itself starts with it (then it would read twice). */
export function sectionLabel(section: string | null | undefined, text: string): HTMLElement | null {
  return section && !text.startsWith(section) ? el('p', { class: 'hit-section' }, section) : null;
}

/** A download of a resolution's text as Akoma Ntoso XML (the API's `?format=akn` representation). */
export function aknLink(apiPath: string, resolution: string): HTMLAnchorElement {
  return el('a', { href: `${apiPath}?format=akn`, download: `${resolution.replace(/[^\w@.-]+/g, '-')}.akn.xml`, type: 'application/akn+xml' }, 'Download as Akoma Ntoso (XML)');
}
