import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { MandatesQuerySchema, MandatesResponseSchema } from '../schemas/traceability.js';
import { MandateRanker } from '../traceability/mandate-ranker.js';
import { evidenceColumns, evidenceOf, nullableInt, nullableString, readRows } from '../traceability/rows.js';

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

const MandateRowSchema = z.object({
  key: z.string(),
  resolution: z.string(),
  resolutionTitle: nullableString,
  addressee: z.string(),
  verb: z.string(),
  action: z.string(),
  latestYear: nullableInt,
  ...evidenceColumns,
});

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function mandatesRouter({ store, embedder }: AppDeps): Router {
  const ranker = new MandateRanker(embedder);
  const router = Router();
  router.get('/api/mandates', async (req, res) => {
    const query = MandatesQuerySchema.parse(req.query);
    const rows = (await readRows(store, 'mandates-all', {}, MandateRowSchema)).filter(
      (m) =>
        (!query.resolution || fold(m.resolution) === fold(query.resolution)) &&
        (!query.addressee || fold(m.addressee).includes(fold(query.addressee))) &&
        (!query.verb || fold(m.verb) === fold(query.verb)),
    );
    const scores = query.activity ? await ranker.score(query.activity, rows) : null;
    const ranked = scores
      ? rows.sort((a, b) => (scores.get(b.key) ?? 0) - (scores.get(a.key) ?? 0) || a.key.localeCompare(b.key))
      : rows.sort((a, b) => a.resolution.localeCompare(b.resolution) || a.key.localeCompare(b.key, 'en', { numeric: true }));
    const body: z.infer<typeof MandatesResponseSchema> = {
      results: ranked.slice(0, query.k).map((m) => ({
        key: m.key,
        resolution: m.resolution,
        resolutionTitle: m.resolutionTitle,
        latestVersion: m.latestYear === null ? null : { key: `${m.resolution}@${m.latestYear}`, year: m.latestYear },
        addressee: m.addressee,
        verb: m.verb,
        action: m.action,
        score: scores ? Number((scores.get(m.key) ?? 0).toFixed(4)) : null,
        evidence: evidenceOf(m),
      })),
    };
    res.json(body);
  });
  return router;
}
