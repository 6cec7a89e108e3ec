/** Timeline (`/api/trace`): everything the documents tie to one entity, by year, each with its evidence. */
import { getJson } from '../api.js';
import { entityChip, evidenceCount, evidenceQuote, examples, loadInto, plural, queryForm } from '../components.js';
import { el } from '../dom.js';
import { href, navigate } from '../router.js';
import { TraceResponseSchema, type TimelineItem } from '../schemas.js';
import type { PageContext } from '../page-context.js';

const EXAMPLES = ['WSIS+20', 'UNESCO', 'C7:e-health', 'SDG4', 'Global Digital Compact'].map((entity) => ({
  text: entity,
  href: href(['trace'], { entity }),
}));

export async function renderTimeline({ root, route, signal }: PageContext): Promise<void> {
  const entity = route.params.get('entity') ?? '';
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  root.append(
    el('h1', {}, 'Timeline'),
    queryForm({
      label: 'Trace an entity (key, name or alias)',
      name: 'entity',
      value: entity,
      placeholder: 'e.g. WSIS+20, Resolution 1332, UNESCO',
      button: 'Trace',
      onSubmit: (value) => navigate(['trace'], { entity: value }),
      suggestEntities: true,
    }),
    results,
  );
  if (!entity) {
    results.append(examples('Trace an initiative, an agency, an Action Line, an SDG or a resolution, for example:', EXAMPLES));
    return;
  }
  await loadInto(
    results,
    signal,
    () => getJson('/api/trace', { entity }, TraceResponseSchema, signal),
    (trace) => [
      el(
        'p',
        { class: 'trace-subject' },
        'Timeline of ',
        entityChip(trace.entity),
        trace.total !== undefined && trace.total > trace.timeline.length
          ? ` · the first ${trace.timeline.length} of ${plural(trace.total, 'item')}`
          : ` · ${plural(trace.timeline.length, 'item')}`,
      ),
      // The API reads a bounded number of the passages that name a hub entity: say so rather than imply completeness.
      trace.passagesRead !== undefined && trace.passagesTotal !== undefined && trace.passagesRead < trace.passagesTotal
        ? el('p', { class: 'note' }, `Built from ${trace.passagesRead} of the ${trace.passagesTotal} passages that name it.`)
        : null,
      trace.timeline.length === 0 ? examples('Nothing in the documents is tied to it yet. Try one of:', EXAMPLES) : timeline(trace.timeline),
    ],
  );
}

function timeline(items: TimelineItem[]): HTMLElement {
  const byYear = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = item.year === null || item.year === undefined ? 'Undated' : String(item.year);
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  return el(
    'ol',
    { class: 'timeline' },
    [...byYear].map(([year, group]) =>
      el(
        'li',
        { class: 'timeline-year' },
        el('h2', { class: 'year' }, year),
        el(
          'ul',
          {},
          group.map((item) =>
            el(
              'li',
              { class: 'timeline-item' },
              entityChip(item),
              item.evidence.length > 0
                ? el(
                    'details',
                    {},
                    el('summary', {}, evidenceCount(item.evidence.length, item.evidenceTotal, 'supporting passage')),
                    item.evidence.map((evidence) => evidenceQuote(evidence)),
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}
