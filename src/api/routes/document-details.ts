import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { DocumentDetailSchema } from '../schemas/entities.js';
import { documentAkn } from '../../trace/akn-source.js';
import { documentDetail } from '../../trace/document-detail.js';
import { aknResponse, FormatQuerySchema, sendAkn, wantsAkn } from './akn-format.js';
import { keyParam } from './key-param.js';

/** A long document has tens of thousands of passages: they are listed a page at a time. */
const PassagePageQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/documents/{key}',
  summary: 'A document: metadata, passages, and what it cites',
  description: 'With `format=akn` (or `Accept: application/akn+xml`): a resolution\'s text as Akoma Ntoso for the UN (404 for prose).',
  tags: ['graph'],
  request: { params: KeyParamsSchema, query: PassagePageQuerySchema.extend(FormatQuerySchema.shape) },
  responses: {
    200: { description: 'the document', content: { 'application/json': { schema: DocumentDetailSchema }, ...aknResponse } },
    ...problemResponses(404),
  },
});

/** GET only: upload and delete of documents live in documents.ts (the write path). */
export function documentDetailsRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/documents/*key', async (req, res) => {
    const key = keyParam(req);
    if (wantsAkn(req)) return sendAkn(res, await documentAkn(store, key));
    const body: z.infer<typeof DocumentDetailSchema> = await documentDetail(store, key, PassagePageQuerySchema.parse(req.query));
    res.json(body);
  });
  return router;
}
