import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, z } from '../openapi/registry.js';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    engine: z.string(),
    documents: z.number().int(),
    passages: z.number().int(),
    embeddings: z.enum(['ready', 'unavailable']),
    model: z.string().nullable(),
    dimension: z.number().int().nullable(),
  })
  .openapi('Health');

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/health',
  summary: 'Service health: store engine and size, embedding model state',
  tags: ['service'],
  responses: {
    200: { description: 'the service answers', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'the store is unreachable', content: { 'application/json': { schema: HealthSchema } } },
  },
});

export function healthRouter({ store, embedder }: AppDeps): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    const [health, counts] = await Promise.all([store.health(), store.counts().catch(() => null)]);
    const ok = health.ok && counts !== null;
    const body: z.infer<typeof HealthSchema> = {
      status: ok ? 'ok' : 'degraded',
      engine: store.engine,
      documents: counts?.documents ?? 0,
      passages: counts?.passages ?? 0,
      embeddings: embedder ? 'ready' : 'unavailable',
      model: embedder?.model ?? null,
      dimension: embedder?.dimension ?? null,
    };
    res.status(ok ? 200 : 503).json(body);
  });
  return router;
}
