import { Router } from 'express';
import { NotFoundError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { ResolutionDetailSchema } from '../schemas/entities.js';
import { EVIDENCE_CAP_NOTE } from '../schemas/traceability.js';
import { resolutionAkn } from '../../trace/akn-source.js';
import { CITED_BY_LIMIT, resolutionDetail } from '../../trace/resolution-detail.js';
import { resolveEntity } from '../../search/entity-resolver.js';
import { aknResponse, FormatQuerySchema, sendAkn, wantsAkn } from './akn-format.js';
import { keyParam } from './key-param.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/resolutions/{key}',
  summary: 'A resolution: version lineage (years, places, events), mandates, citing documents',
  description:
    `Bounded: at most ${CITED_BY_LIMIT} citing documents, oldest first; \`citedByTotal\` counts them all. ${EVIDENCE_CAP_NOTE} ` +
    'With `format=akn` (or `Accept: application/akn+xml`): the resolution\'s text as the graph holds it, as Akoma Ntoso for the UN; ' +
    'a version key (`ITU-PP/140@2018`) picks that version\'s text, a resolution key the newest stored.',
  tags: ['traceability'],
  request: { params: KeyParamsSchema, query: FormatQuerySchema },
  responses: {
    200: { description: 'the resolution', content: { 'application/json': { schema: ResolutionDetailSchema }, ...aknResponse } },
    ...problemResponses(404),
  },
});

export function resolutionsRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/resolutions/*key', async (req, res) => {
    const key = keyParam(req);
    if (wantsAkn(req)) return sendAkn(res, await resolutionAkn(store, key));
    const entity = await resolveEntity(store, key);
    if (entity.label !== 'Resolution') throw new NotFoundError('resolution', key);
    res.json(await resolutionDetail(store, entity));
  });
  return router;
}
