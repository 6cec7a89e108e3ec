/** One document: its metadata and passages in order; `?passage=N` scrolls to and marks the cited passage. */
import { getJson, keyPath } from '../api.js';
import { aknLink, emptyNote, entityChip, loadInto, section, sectionLabel } from '../components.js';
import { el, type Child } from '../dom.js';
import { entityHref } from '../router.js';
import { DocumentDetailSchema, scalarText, type DocumentDetail } from '../schemas.js';
import type { PageContext } from '../page-context.js';

const SHOWN_FIELDS = ['symbol', 'source', 'format', 'date', 'issuingBody', 'pageCount'] as const;

export async function renderDocument({ root, route, signal }: PageContext): Promise<void> {
  const key = route.segments.slice(1).join('/');
  const cited = Number(route.params.get('passage') ?? Number.NaN);
  const body = el('div', { class: 'document' });
  root.append(body);
  await loadInto(
    body,
    signal,
    () => getJson(keyPath('/api/documents', key), {}, DocumentDetailSchema, signal),
    (detail) => documentView(detail, cited),
  );
  body.querySelector('.passage.cited')?.scrollIntoView({ block: 'center' });
}

function documentView(detail: DocumentDetail, cited: number): Child[] {
  const { document: meta, passages, cites } = detail;
  return [
    el(
      'header',
      { class: 'entity-header' },
      el('p', { class: 'entity-label' }, 'Document'),
      el('h1', {}, meta.title ?? meta.key),
      el(
        'nav',
        { class: 'entity-links', 'aria-label': 'Related views' },
        el('a', { href: entityHref(meta.key) }, `Graph view of ${meta.key}`),
        meta.resolution ? aknLink(keyPath('/api/documents', meta.key), meta.resolution) : null,
      ),
    ),
    section(
      'Metadata',
      el('dl', { class: 'properties' }, SHOWN_FIELDS.map((field) => [el('dt', {}, field), el('dd', {}, scalarText(meta[field] ?? null))])),
    ),
    cites.length > 0 ? section('Cites', el('div', { class: 'chips' }, cites.map(entityChip))) : null,
    section(
      `Passages (${passages.length})`,
      passages.length === 0
        ? emptyNote('No passages.')
        : el(
            'ol',
            { class: 'passages', start: 0 },
            passages.map((passage) =>
              el(
                'li',
                { class: passage.ordinal === cited ? 'passage cited' : 'passage', id: `passage-${passage.ordinal}`, value: passage.ordinal },
                sectionLabel(passage.section, passage.text),
                el('p', {}, passage.text),
                passage.page ? el('span', { class: 'provenance' }, `page ${passage.page}`) : null,
              ),
            ),
          ),
    ),
  ];
}
