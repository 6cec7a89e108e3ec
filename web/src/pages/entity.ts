/** One entity: its properties, an interactive neighbourhood graph, neighbours by relationship, and mentions with evidence. */
import { getJson, keyPath } from '../api.js';
import { aknLink, emptyNote, entityChip, evidenceQuote, loadInto, plural, provenance, section } from '../components.js';
import { el } from '../dom.js';
import { drawNeighbourhood, MAX_GRAPH_NEIGHBOURS, type TypedNeighbour } from '../graph.js';
import { highlightedRange } from '../highlight.js';
import { href, navigate } from '../router.js';
import { EntityDetailSchema, scalarText, type EntityDetail, type Mention } from '../schemas.js';
import type { PageContext } from '../page-context.js';

export async function renderEntity({ root, route, signal }: PageContext): Promise<void> {
  const key = route.segments.slice(1).join('/');
  const body = el('div', { class: 'entity' });
  root.append(body);
  if (!key) {
    body.append(el('h1', {}, 'Entity'), emptyNote('Open an entity from a search result, a chip or the graph.'));
    return;
  }
  const loaded: { entity?: EntityDetail } = {};
  await loadInto(
    body,
    signal,
    () => getJson(keyPath('/api/entities', key), {}, EntityDetailSchema, signal),
    (entity) => {
      loaded.entity = entity;
      return entityView(entity);
    },
  );
  // Drawn once the panel is in the document: cytoscape needs a sized container.
  const canvas = body.querySelector<HTMLElement>('.graph');
  if (canvas && loaded.entity) {
    const { key: centre, label } = loaded.entity.entity;
    drawNeighbourhood(canvas, { key: centre, label }, flatNeighbours(loaded.entity), (next) => navigate(['entity', next]));
  }
}

/** One entry per neighbour, type and direction: the API lists a neighbour once per supporting passage. */
function flatNeighbours(detail: EntityDetail): TypedNeighbour[] {
  const unique = new Map<string, TypedNeighbour>();
  for (const [type, group] of Object.entries(detail.neighbours)) {
    for (const neighbour of group) {
      const id = `${type}|${neighbour.direction ?? ''}|${neighbour.key}`;
      if (!unique.has(id)) unique.set(id, { ...neighbour, type });
    }
  }
  return [...unique.values()];
}

/** Internal bookkeeping properties that say nothing to a reader. */
const HIDDEN_PROPERTIES = new Set(['key', 'embedding']);

function entityView(detail: EntityDetail): HTMLElement[] {
  const { entity, mentions } = detail;
  const neighbours = flatNeighbours(detail);
  const properties = Object.entries(detail.properties).filter(([name]) => !HIDDEN_PROPERTIES.has(name));
  const graphPanel = section(
    'Neighbourhood',
    neighbours.length > MAX_GRAPH_NEIGHBOURS
      ? el('p', { class: 'note' }, `Showing ${MAX_GRAPH_NEIGHBOURS} of ${plural(neighbours.length, 'neighbour')}; all are listed below.`)
      : null,
    el('div', { class: 'graph', role: 'img', 'aria-label': `Graph of ${entity.key} and its ${plural(neighbours.length, 'neighbour')}` }),
  );
  return [
    el(
      'header',
      { class: 'entity-header' },
      el('p', { class: 'entity-label' }, entity.label),
      el('h1', {}, entity.key),
      entity.name && entity.name !== entity.key ? el('p', { class: 'entity-name' }, entity.name) : null,
      el('nav', { class: 'entity-links', 'aria-label': 'Related views' }, relatedLinks(entity)),
    ),
    properties.length > 0
      ? section(
          'Properties',
          el('dl', { class: 'properties' }, properties.map(([name, value]) => [el('dt', {}, name), el('dd', {}, scalarText(value))])),
        )
      : null,
    neighbours.length > 0 ? graphPanel : null,
    section('Neighbours', neighbours.length > 0 ? neighbourList(neighbours) : emptyNote('No relationships.')),
    section(
      `Mentions (${mentions.length})`,
      mentions.length > 0 ? mentions.map(mentionQuote) : emptyNote('No passage names it.'),
    ),
  ].filter((node): node is HTMLElement => node !== null);
}

/** The passage with the mention itself marked (offsets are into the passage text). */
function mentionQuote(mention: Mention): HTMLElement {
  const { start, end } = mention;
  const text = start !== null && start !== undefined && end !== null && end !== undefined ? highlightedRange(mention.text, start, end) : mention.text;
  return el('blockquote', { class: 'evidence' }, el('p', {}, text), provenance(mention));
}

function relatedLinks(entity: EntityDetail['entity']): HTMLAnchorElement[] {
  const links = [el('a', { href: href(['trace'], { entity: entity.key }) }, 'Timeline'), el('a', { href: href(['search'], { q: entity.name ?? entity.key }) }, 'Search passages')];
  if (entity.label === 'Agency') links.push(el('a', { href: href(['agencies', entity.key]) }, 'Linkages'));
  if (entity.label === 'Resolution') links.push(el('a', { href: href(['mandates'], { resolution: entity.key }) }, 'Mandates'));
  if (entity.label === 'Resolution' || entity.label === 'ResolutionVersion') links.push(aknLink(keyPath('/api/resolutions', entity.key), entity.key));
  if (entity.label === 'Document') links.push(el('a', { href: href(['document', entity.key]) }, 'Read the document'));
  return links;
}

/** Neighbours grouped by relationship type: the keyboard-reachable twin of the graph. */
function neighbourList(neighbours: TypedNeighbour[]): HTMLElement {
  const byType = new Map<string, TypedNeighbour[]>();
  for (const neighbour of neighbours) {
    const type = `${neighbour.direction === 'in' ? '← ' : ''}${neighbour.type}`;
    byType.set(type, [...(byType.get(type) ?? []), neighbour]);
  }
  return el(
    'dl',
    { class: 'neighbours' },
    [...byType].map(([type, group]) => [el('dt', {}, type), el('dd', { class: 'chips' }, group.map(entityChip))]),
  );
}
