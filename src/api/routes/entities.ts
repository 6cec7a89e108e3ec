import { Router } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { EntityDetailSchema, EntityLookupQuerySchema, EntityLookupResponseSchema } from '../schemas/entities.js';
import { entityDetail, MENTION_LIMIT, NEIGHBOUR_LIMIT } from '../../trace/entity-detail.js';
import { toJsonLd } from '../json-ld.js';
import { lookupEntities, resolveEntity } from '../../search/entity-resolver.js';
import { keyParam } from './key-param.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/entities',
  summary: 'Find entities by key prefix, name or alias (autocomplete)',
  tags: ['graph'],
  request: { query: EntityLookupQuerySchema },
  responses: {
    200: { description: 'matching entities', content: { 'application/json': { schema: EntityLookupResponseSchema } } },
    ...problemResponses(400),
  },
});
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/entities/{key}',
  summary: 'One entity: properties, neighbours by relationship type, mentions with evidence',
  description:
    'With `Accept: application/ld+json`, a JSON-LD rendering (SDGs link to http://metadata.un.org/sdg/<n>). ' +
    `Bounded: at most ${NEIGHBOUR_LIMIT} neighbours (by relationship type, then key) and ${MENTION_LIMIT} mentions; ` +
    '`neighbourTotal` and `mentionTotal` count them all, so a total above the list length means the list was cut. ' +
    'Each neighbour shows the first passage that links it and `evidenceTotal`, the number of such passages.',
  tags: ['graph'],
  request: { params: KeyParamsSchema },
  responses: {
    200: {
      description: 'the entity',
      content: {
        'application/json': { schema: EntityDetailSchema },
        'application/ld+json': { schema: { type: 'object', description: 'JSON-LD document' } },
      },
    },
    ...problemResponses(404),
  },
});

export function entitiesRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/entities', async (req, res) => {
    const query = EntityLookupQuerySchema.parse(req.query);
    const body: z.infer<typeof EntityLookupResponseSchema> = { results: await lookupEntities(store, query.q, query.k) };
    res.json(body);
  });
  router.get('/api/entities/*key', async (req, res) => {
    const entity = await resolveEntity(store, keyParam(req));
    const detail = await entityDetail(store, entity);
    if (req.accepts(['application/json', 'application/ld+json']) === 'application/ld+json') {
      res.type('application/ld+json').send(JSON.stringify(toJsonLd(detail, `${req.protocol}://${req.get('host')}`)));
      return;
    }
    res.json(detail);
  });
  return router;
}
