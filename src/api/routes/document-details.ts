import { Router } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { DocumentDetailSchema } from '../schemas/entities.js';
import { evidenceOf } from '../traceability/rows.js';
import { documentAkn } from '../traceability/akn-source.js';
import { aknResponse, FormatQuerySchema, sendAkn, wantsAkn } from './akn-format.js';
import { keyParam } from './key-param.js';
import { queries } from '../../store/queries/index.js';

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
    const params = { key };
    const [documents, passages, cites] = await Promise.all([
      store.run(queries.documentByKey, params),
      store.run(queries.documentPassages, params),
      store.run(queries.documentCites, params),
    ]);
    const document = documents[0];
    if (!document) throw new NotFoundError('document', key);
    const body: z.infer<typeof DocumentDetailSchema> = {
      document,
      passages,
      cites: cites.map((c) => ({ type: c.type, key: c.key, label: c.label, name: c.name, evidence: evidenceOf(c) })),
    };
    res.json(body);
  });
  return router;
}
