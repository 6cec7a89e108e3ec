import { Router } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { PathsQuerySchema, PathsResponseSchema } from '../schemas/entities.js';
import { MAX_HOPS, shortestPaths } from '../../trace/paths.js';
import { resolveEntity } from '../../search/entity-resolver.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/paths',
  summary: 'Shortest connections between two entities, each hop with evidence',
  description:
    `Bounded: the search stops at ${MAX_HOPS} graph relationships (a passage naming both entities counts two), and at most ` +
    '`k` paths of the shortest length are returned; `total` counts every shortest path and `truncated` says when `k` cut them.',
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
    const { paths, total } = await shortestPaths(store, from, to, query.maxHops, query.k);
    const body: z.infer<typeof PathsResponseSchema> = { from, to, paths, total, truncated: total > paths.length };
    res.json(body);
  });
  return router;
}
