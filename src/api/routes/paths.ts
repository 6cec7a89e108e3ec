import { Router } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { PathsQuerySchema, PathsResponseSchema } from '../schemas/entities.js';
import { shortestPaths } from '../traceability/paths.js';
import { resolveEntity } from '../traceability/resolve-entity.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/paths',
  summary: 'Shortest connections between two entities, each hop with evidence',
  tags: ['graph'],
  request: { query: PathsQuerySchema },
  responses: {
    200: { description: 'the paths (empty when none within maxHops)', content: { 'application/json': { schema: PathsResponseSchema } } },
    ...problemResponses(400, 404, 429),
  },
});

export function pathsRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/paths', async (req, res) => {
    const query = PathsQuerySchema.parse(req.query);
    const [from, to] = await Promise.all([resolveEntity(store, query.from), resolveEntity(store, query.to)]);
    const body: z.infer<typeof PathsResponseSchema> = { from, to, paths: await shortestPaths(store, from, to, query.maxHops, query.k) };
    res.json(body);
  });
  return router;
}
