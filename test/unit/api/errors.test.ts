import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toProblem } from '../../../src/api/errors.js';
import { InputError, NotFoundError, ServiceUnavailableError, StoreError, UnauthorizedError, ValidationError } from '../../../src/domain/errors.js';

describe('toProblem', () => {
  it('names the field of a zod error', () => {
    const result = z.object({ k: z.coerce.number().int().max(100) }).safeParse({ k: '500' });
    const problem = toProblem(result.error);
    expect(problem).toMatchObject({ status: 400, field: 'k' });
    expect(problem.detail).toMatch(/^k: /);
  });

  it('maps domain errors to their statuses', () => {
    expect(toProblem(new ValidationError('yearFrom', 'must not be after yearTo'))).toMatchObject({ status: 400, field: 'yearFrom' });
    expect(toProblem(new NotFoundError('entity', 'NOPE'))).toMatchObject({ status: 404, entity: 'NOPE', detail: 'entity not found: NOPE' });
    expect(toProblem(new UnauthorizedError('wrong token')).status).toBe(401);
    expect(toProblem(new InputError('a.pdf', 'too-large', 'file is 61 MB, over the 50 MB limit')).status).toBe(413);
    expect(toProblem(new InputError('a.xyz', 'unsupported-type', "unsupported file type '.xyz'")).status).toBe(415);
    expect(toProblem(new InputError('a.pdf', 'corrupt', 'truncated or corrupt PDF')).status).toBe(422);
    expect(toProblem(new ServiceUnavailableError('the service is shutting down', 30))).toMatchObject({ status: 503, detail: 'the service is shutting down' });
  });

  it('chooses an input status by the kind of refusal, never by its wording', () => {
    expect(toProblem(new InputError('a.docx', 'zip-bomb', 'reworded')).status).toBe(413);
    expect(toProblem(new InputError('a.doc', 'unsupported-type', 'a limit of the reader')).status).toBe(415);
    expect(toProblem(new InputError('a.pdf', 'encrypted', 'unsupported encryption')).status).toBe(422);
  });

  it('hides internals of unexpected errors', () => {
    const problem = toProblem(new Error('secret stack detail'));
    expect(problem).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'internal error' });
    expect(toProblem(new StoreError('connection refused at 10.0.0.1')).detail).not.toContain('10.0.0.1');
  });
});
