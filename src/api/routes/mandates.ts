import { Router } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { MandatesQuerySchema, MandatesResponseSchema } from '../schemas/traceability.js';
import { MandateRanker } from '../../search/mandate-ranking.js';
import { findMandates } from '../../trace/mandates.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/mandates',
  summary: 'Operative mandates (who is asked to do what, by which resolution), best match to an activity first',
  tags: ['traceability'],
  request: { query: MandatesQuerySchema },
  responses: {
    200: { description: 'ranked mandates with evidence', content: { 'application/json': { schema: MandatesResponseSchema } } },
    ...problemResponses(400, 404, 429),
  },
});

export function mandatesRouter({ store, embedder }: AppDeps): Router {
  const ranker = new MandateRanker(embedder);
  const router = Router();
  router.get('/api/mandates', async (req, res) => {
    const query = MandatesQuerySchema.parse(req.query);
    const body: z.infer<typeof MandatesResponseSchema> = { results: await findMandates(store, ranker, query) };
    res.json(body);
  });
  return router;
}
