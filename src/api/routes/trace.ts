import { Router } from 'express';
import type { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { EVIDENCE_CAP_NOTE, TraceQuerySchema, TraceResponseSchema } from '../schemas/traceability.js';
import { resolveEntity } from '../../search/entity-resolver.js';
import { PASSAGE_CAP, traceTimeline } from '../../trace/timeline.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/trace',
  summary: 'Timeline of everything the documents tie to one entity (a key, a name or an alias)',
  description:
    'An item is tied when a passage names both, or a relationship joins them. Ascending by year, undated items ' +
    'last. Year: an event\'s or version\'s own year, a document\'s date, a resolution\'s latest revision or UN symbol year. ' +
    `Bounded: at most \`limit\` items (default 200), the first by year; \`total\` and \`truncated\` say when the timeline was cut ` +
    `(narrow it with \`label\`, \`yearFrom\`, \`yearTo\`). For an entity named in more than ${PASSAGE_CAP} passages, co-mentions and ` +
    `naming documents come from the first ${PASSAGE_CAP} (in store order): \`passagesRead\` < \`passagesTotal\` and \`truncated\` say so, ` +
    `and evidenceTotal counts within the passages read. ${EVIDENCE_CAP_NOTE}`,
  tags: ['traceability'],
  request: { query: TraceQuerySchema },
  responses: {
    200: { description: 'the entity and its timeline', content: { 'application/json': { schema: TraceResponseSchema } } },
    ...problemResponses(400, 404, 429),
  },
});

export function traceRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/trace', async (req, res) => {
    const query = TraceQuerySchema.parse(req.query);
    if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo) {
      throw new ValidationError('yearFrom', `must not be after yearTo (${query.yearFrom} > ${query.yearTo})`);
    }
    const entity = await resolveEntity(store, query.entity);
    const timeline = await traceTimeline(store, entity, query);
    const body: z.infer<typeof TraceResponseSchema> = {
      entity,
      timeline: timeline.items,
      total: timeline.total,
      passagesTotal: timeline.passagesTotal,
      passagesRead: timeline.passagesRead,
      truncated: timeline.total > timeline.items.length || timeline.passagesRead < timeline.passagesTotal,
    };
    res.json(body);
  });
  return router;
}
