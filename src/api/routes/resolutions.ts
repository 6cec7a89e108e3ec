import { Router } from 'express';
import { NotFoundError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { ResolutionDetailSchema } from '../schemas/entities.js';
import { EVIDENCE_CAP_NOTE } from '../schemas/traceability.js';
import { CITED_BY_LIMIT, resolutionDetail } from '../../trace/resolution-detail.js';
import { resolveEntity } from '../../trace/resolve-entity.js';
import { keyParam } from './key-param.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/resolutions/{key}',
  summary: 'A resolution: version lineage (years, places, events), mandates, citing documents',
  description:
    `Bounded: at most ${CITED_BY_LIMIT} citing documents, oldest first; \`citedByTotal\` counts them all. ${EVIDENCE_CAP_NOTE}`,
  tags: ['traceability'],
  request: { params: KeyParamsSchema },
  responses: {
    200: { description: 'the resolution', content: { 'application/json': { schema: ResolutionDetailSchema } } },
    ...problemResponses(404),
  },
});

export function resolutionsRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/resolutions/*key', async (req, res) => {
    const key = keyParam(req);
    const entity = await resolveEntity(store, key);
    if (entity.label !== 'Resolution') throw new NotFoundError('resolution', key);
    res.json(await resolutionDetail(store, entity));
  });
  return router;
}
