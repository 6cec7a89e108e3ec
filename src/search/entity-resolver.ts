import { NotFoundError } from '../domain/errors.js';
import { ACTION_LINES, AGENCIES, INITIATIVES } from '../domain/reference/index.js';
import { withDisplayName } from '../domain/display-names.js';
import { isMeetingOf, seriesNamed } from '../domain/event-names.js';
import { foldName } from '../domain/text-cleanup.js';
import type { EntityLabel } from '../domain/labels.js';
import { entityKeysNamedIn } from '../extract/names.js';
import type { GraphStore } from '../store/port.js';
import { queries } from '../store/queries/index.js';

/**
 * The one entity resolver: search filters, query entities, trace, mandates and linkages all read what a user typed
 * through it, so a name resolves (or fails, with the same suggestions) alike everywhere.
 */
export interface EntityRef {
  key: string;
  label: EntityLabel;
  name: string | null;
  /** For a series of meetings ("WSIS Forum"): the stored meetings it stands for, oldest first. */
  members?: string[];
}

/** More meetings than this in one series would be centuries of yearly meetings: the read stops there. */
const SERIES_MEETINGS_LIMIT = 500;


/** Names and aliases of the reference tables as written, with their keys: what query entities also look for. */
export const REFERENCE_NAMES: readonly (readonly [string, string])[] = [
  ...AGENCIES.flatMap((a) => [a.name, ...a.aliases].map((form) => [form, a.key] as const)),
  ...INITIATIVES.flatMap((i) => [i.name, ...i.surfaceForms].map((form) => [form, i.key] as const)),
  ...ACTION_LINES.map((l) => [l.title, l.key] as const),
];

/** Key → the name the reference tables give it (an agency's, an initiative's, an Action Line's title). */
const REFERENCE_NAME_OF: ReadonlyMap<string, string> = new Map([
  ...AGENCIES.map((a) => [a.key, a.name] as const),
  ...INITIATIVES.map((i) => [i.key, i.name] as const),
  ...ACTION_LINES.map((l) => [l.key, l.title] as const),
]);

/** The reference name of an entity key ("ITU-D" → "ITU Telecommunication Development Sector"), if it has one. */
export const referenceNameOf = (key: string): string | null => REFERENCE_NAME_OF.get(key) ?? null;

/** Surface forms from the reference tables (names and aliases), folded → key. */
const REFERENCE_FORMS: ReadonlyMap<string, string> = new Map([
  ...AGENCIES.flatMap((a) => [a.key, a.name, ...a.aliases].map((form) => [foldName(form), a.key] as const)),
  ...INITIATIVES.flatMap((i) => [i.key, i.name, ...i.surfaceForms].map((form) => [foldName(form), i.key] as const)),
  ...ACTION_LINES.map((l) => [foldName(l.title), l.key] as const),
]);

/** Short citation forms readers type: "SDG 4", "Goal 4", "AL C5", "Action Line C7 e-health". */
function citationKey(input: string): string | null {
  const sdg = /^(?:sdg|goal)\s*(\d{1,2})(?:\.([0-9a-z]+))?$/i.exec(input);
  if (sdg) return sdg[2] ? `SDG${sdg[1]}.${sdg[2].toLowerCase()}` : `SDG${sdg[1]}`;
  const line = /^(?:(?:wsis\s+)?action\s+line|al)?\s*(c\d{1,2})(?:[\s:]+(e-[a-z]+))?$/i.exec(input);
  if (line?.[1]) return line[2] ? `${line[1].toUpperCase()}:${line[2].toLowerCase()}` : line[1].toUpperCase();
  return null;
}

/**
 * When a citation names several things, the most specific is the one meant: "ECOSOC resolution E/RES/2023/3" is the
 * resolution (ECOSOC is its issuer), "Resolution 140 (Rev. Bucharest, 2022)" the resolution, not the conference.
 */
const SPECIFICITY: readonly EntityLabel[] = ['ResolutionVersion', 'Resolution', 'Document', 'Event', 'Initiative', 'ActionLine', 'SDG', 'Agency'];
const specificity = (label: EntityLabel): number => SPECIFICITY.indexOf(label);

/**
 * Resolves what a user typed (a key, a name, an alias, a citation) to one stored entity: the exact key first, then
 * the reference names and aliases and short citation forms, then the most specific thing the ingest rules read in it
 * ("Resolution 1332" → ITU-COUNCIL/1332, "WSIS Forum 2023" → WSIS-FORUM-2023), then a series of meetings with its
 * stored meetings ("WSIS Forum" → WSIS-FORUM: WSIS-FORUM-2005 …), then the stored names.
 * Unknown → NotFoundError.
 */
export async function resolveEntity(store: GraphStore, input: string): Promise<EntityRef> {
  const text = input.trim();
  const direct = [text, text.toUpperCase(), REFERENCE_FORMS.get(foldName(text)), citationKey(text)].filter((key): key is string => Boolean(key));
  const named = entityKeysNamedIn(text);
  const stored = await store.run(queries.entitiesByKeys, { keys: [...new Set([...direct, ...named])] });
  const storedNamed = stored
    .filter((row) => named.includes(row.key))
    .sort((a, b) => specificity(a.label) - specificity(b.label) || named.indexOf(a.key) - named.indexOf(b.key));
  const found = [...direct.flatMap((key) => stored.filter((row) => row.key === key)), ...storedNamed][0];
  if (found) return withDisplayName({ key: found.key, label: found.label, name: found.name });
  const series = seriesNamed(text);
  if (series) {
    const meetings = (await store.run(queries.entityLookup, { q: `${series.series.toLowerCase()}-`, limit: SERIES_MEETINGS_LIMIT }))
      .filter((row) => row.label === 'Event' && isMeetingOf(row.key, series.series))
      .map((row) => row.key)
      .sort();
    if (meetings.length > 0) return { key: series.series, label: 'Event', name: series.name, members: meetings };
  }
  const matches = await lookupEntities(store, text, 10);
  const exactName = matches.find((m) => m.name !== null && foldName(m.name) === foldName(text));
  const best = exactName ?? (matches.length === 1 ? matches[0] : undefined);
  if (best) return best;
  throw new NotFoundError('entity', text, matches.slice(0, 5).map((m) => m.key));
}

/** Entities whose key starts with, or whose name or alias contains, the text (autocomplete). */
export async function lookupEntities(store: GraphStore, text: string, limit: number): Promise<EntityRef[]> {
  const q = foldName(text);
  // Keys join words with hyphens ("WSIS Forum" → WSIS-FORUM-2024): a spaced query is also tried as a key prefix.
  const hyphenated = q.replace(/ /g, '-');
  const [rows, keyRows] = await Promise.all([
    store.run(queries.entityLookup, { q, limit: limit * 4 }),
    hyphenated === q ? Promise.resolve([]) : store.run(queries.entityLookup, { q: hyphenated, limit: limit * 4 }),
  ]);
  for (const row of keyRows) if (!rows.some((r) => r.key === row.key)) rows.push(row);
  // The lookup is a union of one branch per label, each cut at the limit: rank the union, then cut it.
  // Exact keys first, then key prefixes, then name matches; shorter keys break ties (the series before its parts).
  const rank = (e: EntityRef) => (foldName(e.key) === q ? 0 : foldName(e.key).startsWith(q) || foldName(e.key).startsWith(hyphenated) ? 1 : 2);
  return rows
    .sort((a, b) => rank(a) - rank(b) || a.key.length - b.key.length || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map(withDisplayName);
}
