import { Router } from 'express';
import { displayName } from '../../domain/display-names.js';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { MandatesQuerySchema, MandatesResponseSchema } from '../schemas/traceability.js';
import { MandateRanker } from '../traceability/mandate-ranker.js';
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
    const mandates = (await readRows(store, 'mandates-all', {}, MandateRowSchema)).filter(
      (m) =>
        (!query.resolution || fold(m.resolution) === fold(query.resolution)) &&
        (!query.addressee || fold(m.addressee).includes(fold(query.addressee))) &&
        (!query.verb || fold(m.verb) === fold(query.verb)),
    );
    const scores = query.activity ? await ranker.score(query.activity, mandates) : null;
    const ranked = scores
      ? mandates.sort((a, b) => (scores.get(b.key) ?? 0) - (scores.get(a.key) ?? 0) || a.key.localeCompare(b.key))
      : mandates.sort((a, b) => a.resolution.localeCompare(b.resolution) || a.key.localeCompare(b.key, 'en', { numeric: true }));
    const top = ranked.slice(0, query.k);
    // Evidence, titles and revision years only for the mandates returned: one read each, for all of them at once.
    const [evidenceRows, resolutionRows] = await Promise.all([
      readRows(store, 'mandates-evidence', { keys: top.map((m) => m.key) }, PassageRowSchema),
      readRows(store, 'resolutions-by-keys', { keys: [...new Set(top.map((m) => m.resolution))] }, ResolutionRowSchema),
    ]);
    const evidenceByMandate = new Map(evidenceRows.map((row) => [row.key, row]));
    const resolutions = new Map(resolutionRows.map((row) => [row.key, row]));
    const body: z.infer<typeof MandatesResponseSchema> = {
      results: top.map((m) => {
        const resolution = resolutions.get(m.resolution);
        const year = resolution?.latestVersionYear ?? null;
        const passage = evidenceByMandate.get(m.key);
        return {
          key: m.key,
          resolution: m.resolution,
          resolutionTitle: resolution?.name ?? null,
          resolutionName: resolution?.name ?? displayName('Resolution', m.resolution),
          latestVersion: year === null ? null : { key: `${m.resolution}@${year}`, year },
          addressee: m.addressee,
          verb: m.verb,
          action: m.action,
          score: scores ? Number((scores.get(m.key) ?? 0).toFixed(4)) : null,
          evidence: passage ? evidenceOf(passage) : null,
        };
      }),
    };
    res.json(body);
  });
  return router;
}
