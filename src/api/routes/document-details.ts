import { Router } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { DocumentDetailSchema } from '../schemas/entities.js';
import { entityLabel, evidenceColumns, evidenceOf, nullableInt, nullableString, readRows } from '../traceability/rows.js';
import { documentAkn } from '../traceability/akn-source.js';
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

const DocumentRowSchema = z.object({
  key: z.string(),
  symbol: nullableString,
  title: nullableString,
  source: nullableString,
  format: nullableString,
  date: nullableString,
  year: nullableInt,
  issuingBody: nullableString,
  purpose: nullableString,
  actionRequired: nullableString,
  pageCount: nullableInt,
  passageCount: nullableInt,
  resolution: nullableString,
});
const PassageRowSchema = z.object({ ordinal: z.number().int(), text: z.string(), page: nullableInt, section: nullableString });
const CiteRowSchema = z.object({ type: z.string(), key: z.string(), label: entityLabel, name: nullableString, ...evidenceColumns });

/** GET only: upload and delete of documents live in documents.ts (the write path). */
export function documentDetailsRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/documents/*key', async (req, res) => {
    const key = keyParam(req);
    if (wantsAkn(req)) return sendAkn(res, await documentAkn(store, key));
    const params = { key };
    const page = PassagePageQuerySchema.parse(req.query);
    const [documents, passages, cites] = await Promise.all([
      readRows(store, 'document-by-key', params, DocumentRowSchema),
      readRows(store, 'document-passages-page', { key, ...page }, PassageRowSchema),
      readRows(store, 'document-cites', params, CiteRowSchema),
    ]);
    const stored = documents[0];
    if (!stored) throw new NotFoundError('document', key);
    const { passageCount, ...document } = stored;
    const body: z.infer<typeof DocumentDetailSchema> = {
      document,
      passages,
      passagePage: { ...page, total: passageCount ?? passages.length },
      cites: cites.map((c) => ({ type: c.type, key: c.key, label: c.label, name: c.name, evidence: evidenceOf(c) })),
    };
    res.json(body);
  });
  return router;
}
