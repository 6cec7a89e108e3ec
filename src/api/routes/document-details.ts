import { Router } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { DocumentDetailSchema } from '../schemas/entities.js';
import { documentAkn } from '../../trace/akn-source.js';
import { documentDetail } from '../../trace/document-detail.js';
import { aknResponse, FormatQuerySchema, sendAkn, wantsAkn } from './akn-format.js';
import { keyParam } from './key-param.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/documents/{key}',
  summary: 'A document: metadata, passages, and what it cites',
  description: 'With `format=akn` (or `Accept: application/akn+xml`): a resolution\'s text as Akoma Ntoso for the UN (404 for prose).',
  tags: ['graph'],
  request: { params: KeyParamsSchema, query: FormatQuerySchema },
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
    const body: z.infer<typeof DocumentDetailSchema> = await documentDetail(store, key);
    res.json(body);
  });
  return router;
}
