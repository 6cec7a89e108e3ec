import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import {
  ForbiddenError,
  InputError,
  type InputErrorKind,
  NotFoundError,
  ServiceUnavailableError,
  StoreConflictError,
  StoreError,
  UnauthorizedError,
  ValidationError,
} from '../domain/errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  field?: string;
  entity?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problem = (status: number, detail: string, extra: Partial<Problem> = {}): Problem => ({
  type: 'about:blank',
  title: TITLES[status] ?? 'Error',
  status,
  detail,
  ...extra,
});

/** Where in the request a zod issue points: `query.k`, `params.key`, `body.file` … */
function zodProblem(error: ZodError): Problem {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'request';
  return problem(400, `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

/**
 * The status of each kind of refused file: "too big or too costly" (413) and "wrong kind of file" (415) apart from
 * "a file of the right kind that cannot be used" (422). Keyed by the closed kind union, so a new kind needs a row.
 */
const INPUT_STATUS: Record<InputErrorKind, 413 | 415 | 422> = {
  'too-large': 413,
  'zip-bomb': 413,
  'too-many-entries': 413,
  'time-limit': 413,
  'memory-limit': 413,
  'unsupported-type': 415,
  empty: 422,
  corrupt: 422,
  encrypted: 422,
  'no-text': 422,
  'no-text-layer': 422,
  nesting: 422,
  // An XML file with too many elements is refused like one nested too deep: as unusable, not as too large.
  'too-many-elements': 422,
  'unsafe-xml': 422,
  'wrong-schema': 422,
  'parser-failed': 422,
  'extraction-failed': 422,
  'not-found': 422,
  unreadable: 422,
};

/** Errors raised by express's own body parsers and by multer carry a status or a code, not a domain class. */
function transportProblem(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, type, code, message } = error as { status?: unknown; type?: unknown; code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : 'request rejected';
  if (code === 'LIMIT_FILE_SIZE') return problem(413, 'file is over the upload size limit', { field: 'file' });
  if (typeof code === 'string' && code.startsWith('LIMIT_')) return problem(400, text);
  if (type === 'entity.too.large') return problem(413, 'request body is over the size limit', { field: 'body' });
  if (type === 'entity.parse.failed') return problem(400, 'request body is not valid JSON', { field: 'body' });
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return problem(415, text);
  if (typeof status === 'number' && status >= 400 && status < 500) return problem(status, text);
  return null;
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ZodError) return zodProblem(error);
  if (error instanceof ValidationError) return problem(400, error.message, { field: error.field });
  if (error instanceof NotFoundError) {
    return problem(404, error.message, { entity: error.key, ...(error.suggestions.length > 0 ? { suggestions: [...error.suggestions] } : {}) });
  }
  if (error instanceof UnauthorizedError) return problem(401, error.message);
  if (error instanceof ForbiddenError) return problem(403, error.message);
  if (error instanceof InputError) return problem(INPUT_STATUS[error.kind], error.message, { field: 'file' });
  if (error instanceof ServiceUnavailableError) return problem(503, error.message);
  if (error instanceof StoreConflictError) return problem(409, 'the store is busy with a conflicting write; retry');
  if (error instanceof StoreError) return problem(503, 'the graph store is unavailable');
  return transportProblem(error) ?? problem(500, 'internal error');
}

export const sendProblem = (res: Parameters<RequestHandler>[1], body: Problem): void => {
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
};

/** The one error handler: domain and zod errors become problem+json; nothing internal (stacks, SQL) leaks. */
export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const body = toProblem(error);
    if (error instanceof ServiceUnavailableError) res.set('Retry-After', String(error.retryAfterSeconds));
    // A refusal while shutting down is expected, not a fault: no stack in the log.
    else if (body.status >= 500) log(`${req.method} ${req.originalUrl}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendProblem(res, body);
  };
}

/** Unknown /api paths answer in problem+json too, so clients never get an HTML 404. */
export const apiNotFound: RequestHandler = (req, res) => {
  sendProblem(res, problem(404, `no such endpoint: ${req.method} ${req.originalUrl.split('?')[0]}`));
};
