import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { MandatesQuerySchema, MandatesResponseSchema } from '../schemas/traceability.js';
import { MandateRanker } from '../traceability/mandate-ranker.js';
import { evidenceOf, nullableInt, nullableString, readRows } from '../traceability/rows.js';

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
  passageKey: nullableString,
});
const PassageRowSchema = z.object({ key: z.string(), document: z.string(), passage: z.number().int(), text: z.string() });
const LatestVersionRowSchema = z.object({ key: z.string(), latestVersionYear: nullableInt });

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
    // A mandate read from two passages comes back twice: rank it once.
    const mandates = [...new Map(rows.map((m) => [m.key, m])).values()];
    const scores = query.activity ? await ranker.score(query.activity, mandates) : null;
    const ranked = scores
      ? mandates.sort((a, b) => (scores.get(b.key) ?? 0) - (scores.get(a.key) ?? 0) || a.key.localeCompare(b.key))
      : mandates.sort((a, b) => a.resolution.localeCompare(b.resolution) || a.key.localeCompare(b.key, 'en', { numeric: true }));
    const top = ranked.slice(0, query.k);
    // Evidence and revision years only for the mandates returned: one read each, for all of them at once.
    const [passages, versions] = await Promise.all([
      readRows(store, 'passages-by-key', { keys: top.flatMap((m) => (m.passageKey ? [m.passageKey] : [])) }, PassageRowSchema),
      readRows(store, 'resolution-latest-versions', { keys: [...new Set(top.map((m) => m.resolution))] }, LatestVersionRowSchema),
    ]);
    const passageByKey = new Map(passages.map((p) => [p.key, p]));
    const latestYear = new Map(versions.map((v) => [v.key, v.latestVersionYear]));
    const body: z.infer<typeof MandatesResponseSchema> = {
      results: top.map((m) => {
        const year = latestYear.get(m.resolution) ?? null;
        const passage = m.passageKey ? passageByKey.get(m.passageKey) : undefined;
        return {
          key: m.key,
          resolution: m.resolution,
          resolutionTitle: m.resolutionTitle,
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
