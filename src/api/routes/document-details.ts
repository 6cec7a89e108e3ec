import { Router } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { DocumentDetailSchema } from '../schemas/entities.js';
import { documentDetail } from '../../trace/document-detail.js';
import { keyParam } from './key-param.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/documents/{key}',
  summary: 'A document: metadata, passages, and what it cites',
  tags: ['graph'],
  request: { params: KeyParamsSchema },
  responses: {
    200: { description: 'the document', content: { 'application/json': { schema: DocumentDetailSchema } } },
    ...problemResponses(404),
  },
});

/** GET only: upload and delete of documents live in documents.ts (the write path). */
export function documentDetailsRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/documents/*key', async (req, res) => {
    const body: z.infer<typeof DocumentDetailSchema> = await documentDetail(store, keyParam(req));
    res.json(body);
  });
  return router;
}
