import { displayName } from '../domain/display-names.js';
import { resolveEntity } from '../search/entity-resolver.js';
import type { MandateRanker, RankableMandate } from '../search/mandate-ranking.js';
import type { GraphStore, RowOf } from '../store/port.js';
import { queries } from '../store/queries/index.js';
import { evidenceOf } from './evidence.js';
import type { RankedMandate } from './types.js';

export interface MandateQuery {
  /** The activity in any words: mandates are ranked by how well their action matches it. */
  activity?: string | undefined;
  k: number;
  /** A resolution as a user writes it ("Resolution 140", "ITU-PP/140"): read by the one entity resolver. */
  resolution?: string | undefined;
  addressee?: string | undefined;
  verb?: string | undefined;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Operative mandates matching the filters, best match to the activity first (by resolution and key without one),
 * the first k with their evidence, resolution title and latest revision. With an activity, mandates it matches on
 * no signal stay out: a list of them would read as answers. An unknown resolution is a NotFoundError with
 * suggestions, as everywhere a user names an entity.
 */
/**
 * Every stored mandate as the ranker reads it (all of a resolution's mandates are about its title; of two saying
 * the same, the later resolution is in force), with the resolutions' rows.
 */
export async function rankableMandates(
  store: GraphStore,
): Promise<{ mandates: RankableMandate[]; resolutions: Map<string, RowOf<typeof queries.resolutionsByKeys>> }> {
  const rows = await store.run(queries.mandatesAll, {});
  const resolutionRows = await store.run(queries.resolutionsByKeys, { keys: [...new Set(rows.map((m) => m.resolution))] });
  const resolutions = new Map(resolutionRows.map((row) => [row.key, row]));
  const mandates = rows.map((m) => ({
    ...m,
    resolutionTitle: resolutions.get(m.resolution)?.name ?? null,
    year: resolutions.get(m.resolution)?.latestVersionYear ?? null,
  }));
  return { mandates, resolutions };
}

export async function findMandates(store: GraphStore, ranker: MandateRanker, query: MandateQuery): Promise<RankedMandate[]> {
  const resolution = query.resolution === undefined ? undefined : (await resolveEntity(store, query.resolution)).key;
  const { mandates: all, resolutions } = await rankableMandates(store);
  const mandates = all.filter(
    (m) =>
      (!resolution || m.resolution === resolution) &&
      (!query.addressee || fold(m.addressee).includes(fold(query.addressee))) &&
      (!query.verb || fold(m.verb) === fold(query.verb)),
  );
  const scores = query.activity ? await ranker.score(query.activity, mandates) : null;
  const ranked = scores
    ? mandates.filter((m) => scores.has(m.key)).sort((a, b) => scores.get(b.key)!.score - scores.get(a.key)!.score || a.key.localeCompare(b.key))
    : mandates.sort((a, b) => a.resolution.localeCompare(b.resolution) || a.key.localeCompare(b.key, 'en', { numeric: true }));
  const top = ranked.slice(0, query.k);
  // Evidence only for the mandates returned: one read for all of them at once.
  const evidenceRows = await store.run(queries.mandatesEvidence, { keys: top.map((m) => m.key) });
  const evidenceByMandate = new Map(evidenceRows.map((row) => [row.key, row]));
  return top.map((m) => {
    const resolution = resolutions.get(m.resolution);
    const year = resolution?.latestVersionYear ?? null;
    const passage = evidenceByMandate.get(m.key);
    const score = scores?.get(m.key);
    return {
      key: m.key,
      resolution: m.resolution,
      resolutionTitle: resolution?.name ?? null,
      resolutionName: resolution?.name ?? displayName('Resolution', m.resolution),
      latestVersion: year === null ? null : { key: `${m.resolution}@${year}`, year },
      addressee: m.addressee,
      verb: m.verb,
      action: m.action,
      score: scores ? Number((score?.score ?? 0).toFixed(4)) : null,
      matched: score?.matched ?? [],
      evidence: passage ? evidenceOf(passage) : null,
    };
  });
}
