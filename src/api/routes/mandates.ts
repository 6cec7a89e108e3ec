import { Router } from 'express';
import { z } from 'zod';
import { resolveEntity } from '../../search/entity-resolver.js';
import { MandateRanker } from '../../search/mandate-ranking.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { MandatesQuerySchema, MandatesResponseSchema } from '../schemas/traceability.js';
import { evidenceOf, nullableInt, nullableString, PassageRowSchema, readRows } from '../traceability/rows.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/mandates',
  summary: 'Operative mandates (who is asked to do what, by which resolution), best match to an activity first',
  tags: ['traceability'],
  request: { query: MandatesQuerySchema },
  responses: {
    200: { description: 'ranked mandates with evidence', content: { 'application/json': { schema: MandatesResponseSchema } } },
    ...problemResponses(400, 429),
  },
});

const MandateRowSchema = z.object({ key: z.string(), resolution: z.string(), addressee: z.string(), verb: z.string(), action: z.string() });
const ResolutionRowSchema = z.object({ key: z.string(), name: nullableString, latestVersionYear: nullableInt });

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function mandatesRouter({ store, embedder }: AppDeps): Router {
  const ranker = new MandateRanker(embedder);
  const router = Router();
  router.get('/api/mandates', async (req, res) => {
    const query = MandatesQuerySchema.parse(req.query);
    // "Resolution 140", "ITU-PP/140": the one resolver reads it, and an unknown one is a 404 with suggestions.
    const resolution = query.resolution === undefined ? undefined : (await resolveEntity(store, query.resolution)).key;
    const mandates = (await readRows(store, 'mandates-all', {}, MandateRowSchema)).filter(
      (m) =>
        (!resolution || m.resolution === resolution) &&
        (!query.addressee || fold(m.addressee).includes(fold(query.addressee))) &&
        (!query.verb || fold(m.verb) === fold(query.verb)),
    );
    const resolutionKeys = [...new Set(mandates.map((m) => m.resolution))];
    const resolutions = new Map(
      (await readRows(store, 'resolutions-by-keys', { keys: resolutionKeys }, ResolutionRowSchema)).map((row) => [row.key, row]),
    );
    const scores = query.activity
      ? await ranker.score(query.activity, mandates.map((m) => {
          const resolution = resolutions.get(m.resolution);
          return { ...m, resolutionTitle: resolution?.name ?? null, year: resolution?.latestVersionYear ?? null };
        }))
      : null;
    // Mandates the activity matches on no signal stay out: a list of them would read as answers.
    const ranked = scores
      ? mandates
          .filter((m) => scores.has(m.key))
          .sort((a, b) => scores.get(b.key)!.score - scores.get(a.key)!.score || a.key.localeCompare(b.key))
      : mandates.sort((a, b) => a.resolution.localeCompare(b.resolution) || a.key.localeCompare(b.key, 'en', { numeric: true }));
    const top = ranked.slice(0, query.k);
    // Evidence only for the mandates returned: one read for all of them at once.
    const evidenceRows = await readRows(store, 'mandates-evidence', { keys: top.map((m) => m.key) }, PassageRowSchema);
    const evidenceByMandate = new Map(evidenceRows.map((row) => [row.key, row]));
    const body: z.infer<typeof MandatesResponseSchema> = {
      results: top.map((m) => {
        const resolution = resolutions.get(m.resolution);
        const year = resolution?.latestVersionYear ?? null;
        const passage = evidenceByMandate.get(m.key);
        return {
          key: m.key,
          resolution: m.resolution,
          resolutionTitle: resolution?.name ?? null,
          latestVersion: year === null ? null : { key: `${m.resolution}@${year}`, year },
          addressee: m.addressee,
          verb: m.verb,
          action: m.action,
          score: scores ? Number((scores.get(m.key)?.score ?? 0).toFixed(4)) : null,
          matched: scores?.get(m.key)?.matched ?? [],
          evidence: passage ? evidenceOf(passage) : null,
        };
      }),
    };
    res.json(body);
  });
  return router;
}
