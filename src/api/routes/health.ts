import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, z } from '../openapi/registry.js';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    engine: z.string(),
    documents: z.number().int().openapi({ description: 'documents stored, as last counted (after the last write, or within 30 s)' }),
    passages: z.number().int().openapi({ description: 'passages stored, as last counted (after the last write, or within 30 s)' }),
    mode: z.enum(['hybrid', 'lexical']).openapi({ description: 'hybrid: passage vectors take part in search; lexical: lexical and graph signals only' }),
    state: z.enum(['ready', 'indexing', 'unavailable']).openapi({
      description: 'ready: every passage has been read by the model; indexing: stored passages are being embedded in the background; unavailable: no model loaded',
    }),
    embedded: z.number().int().openapi({ description: 'passages with a vector from the loaded model' }),
    total: z.number().int().openapi({ description: 'passages searched' }),
    embeddings: z.enum(['ready', 'unavailable']).openapi({ description: 'whether an embedding model is loaded (see state for the passages)' }),
    model: z.string().nullable(),
    dimension: z.number().int().nullable(),
  })
  .openapi('Health');

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/health',
  summary: 'Service health: store engine and size, search mode, embedding progress',
  tags: ['service'],
  responses: {
    200: { description: 'the service answers', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'the store is unreachable', content: { 'application/json': { schema: HealthSchema } } },
  },
});

export function healthRouter({ store, embedder, search, embedding }: AppDeps): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    // The store's last counts, never counted on the probe (counting scans the store): only a store not counted
    // since it opened (an app built without main.ts) is counted here, once.
    const [health, counts] = await Promise.all([store.health(), store.recentCounts() ?? store.counts().catch(() => null)]);
    const ok = health.ok && counts !== null;
    const { passages, passagesWithVectors } = search.status();
    const body: z.infer<typeof HealthSchema> = {
      status: ok ? 'ok' : 'degraded',
      engine: store.engine,
      documents: counts?.documents ?? 0,
      passages: counts?.passages ?? 0,
      mode: embedder && passagesWithVectors > 0 ? 'hybrid' : 'lexical',
      state: embedding?.state ?? (embedder ? 'ready' : 'unavailable'),
      embedded: passagesWithVectors,
      total: passages,
      embeddings: embedder ? 'ready' : 'unavailable',
      model: embedder?.model ?? null,
      dimension: embedder?.dimension ?? null,
    };
    res.status(ok ? 200 : 503).json(body);
  });
  return router;
}
