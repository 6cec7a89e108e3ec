/** Agency linkages: Action Lines it facilitates, SDGs reached through them, events and partner agencies, with sources. */
import { getJson, keyPath } from '../api.js';
import { emptyNote, entityChip, evidenceCount, evidenceQuote, examples, loadInto, queryForm, section } from '../components.js';
import { el } from '../dom.js';
import { href, navigate } from '../router.js';
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
  if (!key) {
    results.append(examples('Type an agency’s acronym or name, for example:', EXAMPLES));
    return;
  }
  await loadInto(
    results,
    signal,
    () => getJson(keyPath('/api/agencies', key, '/linkages'), {}, LinkagesResponseSchema, signal),
    (linkages) => [
      el('p', { class: 'trace-subject' }, entityChip({ ...linkages.agency, label: 'Agency' })),
      section('Action Lines', linkList(linkages.actionLines, (link) => [link.role, sourceText(link)], 'No Action Line names it as a facilitator.')),
      section(
        'SDGs (through the WSIS–SDG Matrix)',
        linkList(
          linkages.sdgs,
          (link) => [
            link.via && link.via.length > 0 ? `via ${link.via.join(', ')}` : null,
            link.targets && link.targets.length > 0 ? `${link.targets.length === 1 ? 'target' : 'targets'} ${link.targets.map((t) => t.replace(/^SDG/, '')).join(', ')}` : null,
          ],
          'None: it facilitates no Action Line that the WSIS–SDG Matrix links to a goal.',
        ),
      ),
      section('Events', linkList(linkages.events, (link) => [link.role], 'No document names it as a host or co-organizer of an event.')),
      section('Partner agencies', linkList(linkages.partners, (link) => [link.how?.join(', ')], 'No document names it acting together with another agency.')),
    ],
  );
}

const EXAMPLES = ['ITU', 'UNESCO', 'UNDESA', 'UNDP', 'FAO'].map((key) => ({ text: key, href: href(['agencies', key]) }));

/** Where a link comes from: reference data, documents, or both. */
const sourceText = (link: Link): string | null => {
  const sources = link.sources ?? (link.source ? [link.source] : []);
  const words = sources.map((source) => (source === 'reference' ? 'reference data' : 'documents'));
  return words.length > 0 ? `from ${words.join(' and ')}` : null;
};

function linkList(links: Link[], notes: (link: Link) => (string | null | undefined)[], empty: string): HTMLElement {
  if (links.length === 0) return emptyNote(empty);
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
