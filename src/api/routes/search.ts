import { Router } from 'express';
import type { SearchService } from '../../search/service.js';
import { openApiRegistry, problemResponses, type z } from '../openapi/registry.js';
import { SearchQuerySchema, SearchResponseSchema } from '../schemas/search.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/search',
  summary: 'Hybrid passage search (BM25F + embeddings + entity signals), best first',
  tags: ['search'],
  request: { query: SearchQuerySchema },
  responses: {
    200: { description: 'ranked passages with their sources and score components', content: { 'application/json': { schema: SearchResponseSchema } } },
    ...problemResponses(400, 429),
  },
});

export function searchRouter(service: SearchService): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const query = SearchQuerySchema.parse(req.query);
    const body: z.infer<typeof SearchResponseSchema> = await service.search(query);
    res.json(body);
  });
  return router;
}
