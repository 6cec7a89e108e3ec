/**
 * The write path: `POST /api/documents` (multipart upload, field `file`) ingests one file; `DELETE
 * /api/documents/:key` removes a document and everything derived only from it. Both need the API token.
 * The file's type, size, structure and parse time are checked by the loaders (through the IngestService), never by
 * its name; a refused or failed upload leaves the store as it was (writeDocument is one transaction).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { KeyParamsSchema } from '../schemas/common.js';
import { keyParam } from './key-param.js';
import {
  DeleteOutcomeSchema,
  UploadBodySchema,
  UploadOutcomeSchema,
  type UploadOutcome,
} from '../schemas/documents.js';

const UPLOAD_FIELD = 'file';
/** A stored name is a base name only: no directories, no control characters, bounded length. */
const MAX_NAME_LENGTH = 200;

openApiRegistry.registerComponent('securitySchemes', 'bearerToken', {
  type: 'http',
  scheme: 'bearer',
  description: 'the server’s API_TOKEN; writes are disabled when none is configured',
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/documents',
  summary: 'Upload and ingest one document (PDF, DOCX, TXT, Markdown; type read from the content)',
  tags: ['documents'],
  security: [{ bearerToken: [] }],
  request: { body: { required: true, content: { 'multipart/form-data': { schema: UploadBodySchema } } } },
  responses: {
    201: { description: 'stored (new or replaced)', content: { 'application/json': { schema: UploadOutcomeSchema } } },
    200: { description: 'the same bytes were already stored: nothing changed', content: { 'application/json': { schema: UploadOutcomeSchema } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

openApiRegistry.registerPath({
  method: 'delete',
  path: '/api/documents/{key}',
  summary: 'Delete a document, its passages and every fact read only from it',
  tags: ['documents'],
  security: [{ bearerToken: [] }],
  request: { params: KeyParamsSchema },
  responses: {
    200: { description: 'deleted', content: { 'application/json': { schema: DeleteOutcomeSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
});

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Checked before the body is read, so an unauthenticated client cannot make the server buffer a file. */
function requireWriteToken(token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : digest(token);
  return (req, res, next) => {
    if (expected === null) return next(new ForbiddenError('writes are disabled: no API_TOKEN configured'));
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    // Equal-length digests make the comparison constant-time whatever the presented token's length.
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      res.set('WWW-Authenticate', 'Bearer');
      return next(new UnauthorizedError(match ? 'wrong API token' : 'missing API token: send Authorization: Bearer <API_TOKEN>'));
    }
    next();
  };
}

/** Keep the base name only, whatever path the client sent, without control or format characters. */
function storedName(originalName: string): string {
  const name = originalName.split(/[\\/]/).pop() ?? '';
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(-MAX_NAME_LENGTH);
  return clean.length > 0 && clean !== '.' && clean !== '..' ? clean : 'upload';
}

export function documentsRouter({ config, store, search, ingest }: AppDeps): Router {
  const maxBytes = ingest?.limits.maxBytes ?? config.MAX_FILE_BYTES;
  // multer's size error does not carry the file name; remember it when the part starts so the refusal names it.
  const partNames = new WeakMap<object, string>();
  const upload = multer({
    storage: multer.memoryStorage(),
    // Browsers and fetch send file names as raw UTF-8; multer's default would read them as latin1.
    defParamCharset: 'utf8',
    fileFilter: (req, file, accept) => {
      partNames.set(req, storedName(file.originalname));
      accept(null, true);
    },
    // One byte over the limit is enough for the refusal; the rest of the stream is discarded, never buffered.
    limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 6, fieldNameSize: 100, headerPairs: 50 },
  }).single(UPLOAD_FIELD);

  const receiveFile: RequestHandler = (req, res, next) => {
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return next(ingest?.oversize(partNames.get(req) ?? 'upload') ?? error);
      }
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_COUNT') {
        return next(new ValidationError(UPLOAD_FIELD, `send one file per request in the field "${UPLOAD_FIELD}"`));
      }
      if (error instanceof multer.MulterError && error.code === 'LIMIT_UNEXPECTED_FILE') {
        return next(new ValidationError(error.field ?? UPLOAD_FIELD, `unexpected file field: send one file in the field "${UPLOAD_FIELD}"`));
      }
      if (error instanceof multer.MulterError) return next(error);
      // busboy's own parse errors are plain Errors ("Malformed part header", "Multipart: Boundary not found",
      // "Unexpected end of form"): the client's body is at fault, so they are a 400 naming what is wrong.
      if (error instanceof Error) return next(new ValidationError('body', `malformed multipart/form-data body (${error.message})`));
      if (error) return next(error);
      if (!req.file) return next(new ValidationError(UPLOAD_FIELD, `a multipart/form-data field "${UPLOAD_FIELD}" holding one file is required`));
      next();
    });
  };

  const router = Router();
  const authorize = requireWriteToken(config.API_TOKEN);

  router.post('/api/documents', authorize, receiveFile, async (req, res) => {
    const file = req.file!;
    const name = storedName(file.originalname);
    if (!ingest) throw new ForbiddenError('uploads are disabled: this server runs without an ingest service');
    const result = await ingest.ingestFile({ bytes: file.buffer, name });
    // The search index must see the write before we answer, or an immediate search would miss the document. The
    // write is committed by now: a refresh that fails is retried by the search service, not reported as a failure.
    // A collection (Final Acts) writes one document per resolution besides its own: refresh them all.
    if (result.status !== 'unchanged') await (result.parts.length > 0 ? search.refresh() : search.refresh(result.key));
    // An unchanged upload names the file stored before it, which is what the store holds.
    const body: UploadOutcome = { ...result, totals: await store.counts() };
    res.status(result.status === 'unchanged' ? 200 : 201).json(UploadOutcomeSchema.parse(body));
  });

  // Keys contain "/" (C22/INF/2): the wildcard takes the rest of the path, sent as-is or as %2F.
  router.delete('/api/documents/*key', authorize, async (req, res) => {
    const key = keyParam(req);
    if (!(await store.deleteDocument(key))) throw new NotFoundError('document', key);
    await search.refresh(key);
    res.json(DeleteOutcomeSchema.parse({ key, deleted: true }));
  });

  return router;
}
