/** Mandates: who is asked to do what, by which resolution, each with the passage it was read from. */
import { getJson } from '../api.js';
import { entityChip, evidenceQuote, examples, loadInto, plural } from '../components.js';
import { el } from '../dom.js';
import { href, navigate } from '../router.js';
import { MandatesResponseSchema, type MandateResult } from '../schemas.js';
import type { PageContext } from '../page-context.js';

const FILTERS = ['activity', 'resolution', 'addressee', 'verb'] as const;
const RESULTS = 20;

export async function renderMandates({ root, route, signal }: PageContext): Promise<void> {
  const values = Object.fromEntries(FILTERS.map((name) => [name, route.params.get(name) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const inputs = FILTERS.map((name) =>
    el('input', { id: `mandate-${name}`, name, type: 'search', value: values[name], autocomplete: 'off', placeholder: PLACEHOLDERS[name] }),
  );
  const form = el(
    'form',
    { class: 'filter-form', role: 'search' },
    FILTERS.map((name, index) => el('div', { class: 'field' }, el('label', { for: `mandate-${name}` }, LABELS[name]), inputs[index])),
    el('button', { type: 'submit' }, 'Find mandates'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(['mandates'], Object.fromEntries(inputs.map((input) => [input.name, input.value.trim()])));
  });
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  root.append(el('h1', {}, 'Mandates'), el('p', { class: 'lead' }, 'Who is asked to do what, by which resolution.'), form, results);
  if (FILTERS.every((name) => !values[name])) {
    results.append(examples('Describe an activity, or name a resolution or an addressee, for example:', EXAMPLES));
    inputs[0]?.focus();
    return;
  }
  await loadInto(
    results,
    signal,
    () => getJson('/api/mandates', { ...values, k: RESULTS }, MandatesResponseSchema, signal),
    ({ results: mandates }) =>
      mandates.length === 0
        ? examples('No mandate matches. Try other words, or one of:', EXAMPLES)
        : [el('p', { class: 'note' }, plural(mandates.length, 'mandate')), el('ol', { class: 'mandates' }, mandates.map(mandateItem))],
  );
}

const EXAMPLES = [
  { text: 'activity: capacity building', href: href(['mandates'], { activity: 'capacity building' }) },
  { text: 'activity: measure ICT for development', href: href(['mandates'], { activity: 'measure ICT for development' }) },
  { text: 'addressee: Secretary-General', href: href(['mandates'], { addressee: 'Secretary-General' }) },
  { text: 'verb: invites', href: href(['mandates'], { verb: 'invites' }) },
];

const LABELS = { activity: 'Activity', resolution: 'Resolution', addressee: 'Addressee', verb: 'Verb' } as const;
const PLACEHOLDERS = {
  activity: 'e.g. keep the roadmaps up to date',
  resolution: 'e.g. ITU-COUNCIL/1332',
  addressee: 'e.g. Secretary-General',
  verb: 'e.g. instructs',
} as const;

function mandateItem(mandate: MandateResult): HTMLLIElement {
  const version = mandate.latestVersion ? ` (latest version ${mandate.latestVersion.year})` : '';
  return el(
    'li',
    { class: 'mandate' },
    el(
      'p',
      { class: 'mandate-line' },
      entityChip({ key: mandate.resolution, name: mandate.resolutionName ?? mandate.resolutionTitle ?? null, label: 'Resolution' }),
      el('span', { class: 'note' }, version),
      ' ',
      el('strong', { class: 'verb' }, mandate.verb),
      ' ',
      el('span', { class: 'addressee' }, mandate.addressee),
      ' ',
      el('span', { class: 'action' }, mandate.action),
    ),
    mandate.evidence ? evidenceQuote(mandate.evidence) : null,
  );
}
