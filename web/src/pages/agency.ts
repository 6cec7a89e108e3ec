/** Agency linkages: Action Lines it facilitates, SDGs reached through them, events and partner agencies, with sources. */
import { getJson, keyPath } from '../api.js';
import { emptyNote, entityChip, evidenceCount, evidenceQuote, loadInto, queryForm, section } from '../components.js';
import { el } from '../dom.js';
import { navigate } from '../router.js';
import { LinkagesResponseSchema, type Link } from '../schemas.js';
import type { PageContext } from '../page-context.js';

export async function renderAgency({ root, route, signal }: PageContext): Promise<void> {
  const key = route.segments.slice(1).join('/');
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  root.append(
    el('h1', {}, 'Agency linkages'),
    queryForm({
      label: 'Agency (acronym)',
      name: 'agency',
      value: key,
      placeholder: 'e.g. UNESCO, ITU, UNDP',
      button: 'Show linkages',
      onSubmit: (value) => navigate(['agencies', value.toUpperCase()]),
      suggestEntities: true,
    }),
    results,
  );
  if (!key) return;
  await loadInto(
    results,
    signal,
    () => getJson(keyPath('/api/agencies', key, '/linkages'), {}, LinkagesResponseSchema, signal),
    (linkages) => [
      el('p', { class: 'trace-subject' }, entityChip({ ...linkages.agency, label: 'Agency' }), linkages.agency.name ? ` ${linkages.agency.name}` : ''),
      section('Action Lines', linkList(linkages.actionLines, (link) => [link.role, sourceText(link)])),
      section(
        'SDGs (through the WSIS–SDG Matrix)',
        linkList(linkages.sdgs, (link) => [
          link.via && link.via.length > 0 ? `via ${link.via.join(', ')}` : null,
          link.targets && link.targets.length > 0 ? `targets ${link.targets.join(', ')}` : null,
        ]),
      ),
      section('Events', linkList(linkages.events, (link) => [link.role])),
      section('Partner agencies', linkList(linkages.partners, (link) => [link.role, sourceText(link)])),
    ],
  );
}

const sourceText = (link: Link): string | null =>
  link.source === 'reference' ? 'reference data' : link.source ? `from ${link.source}` : null;

function linkList(links: Link[], notes: (link: Link) => (string | null | undefined)[]): HTMLElement {
  if (links.length === 0) return emptyNote('None found.');
  return el(
    'ul',
    { class: 'links' },
    links.map((link) => {
      const text = notes(link).filter((note): note is string => Boolean(note)).join(' · ');
      const evidence = link.evidence ?? [];
      return el(
        'li',
        {},
        entityChip(link),
        text ? el('span', { class: 'note' }, ` ${text}`) : null,
        evidence.length > 0
          ? el('details', {}, el('summary', {}, evidenceCount(evidence.length, link.evidenceTotal, 'passage')), evidence.map((item) => evidenceQuote(item)))
          : null,
      );
    }),
  );
}
