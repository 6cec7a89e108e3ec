import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Runs once, before any module that imports `z` from here declares a schema with `.openapi(...)`.
extendZodWithOpenApi(z);

/** zod extended with `.openapi()`: route schemas import `z` from here so the extension is always in place. */
export { z };

/** The one registry every router registers its paths and schemas into; the document is generated from it. */
export const openApiRegistry = new OpenAPIRegistry();

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'k: Too big: expected number to be <=100' }),
    instance: z.string().optional(),
    field: z.string().optional().openapi({ description: 'the request field that was rejected' }),
    entity: z.string().optional().openapi({ description: 'the key or name that was not found' }),
    suggestions: z.array(z.string()).optional().openapi({ description: 'keys of close matches, when there are some' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json)' });
openApiRegistry.register('Problem', ProblemSchema);

/** Response entries for the errors a read route can answer with, to spread into `responses`. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_DESCRIPTIONS[status] ?? 'error', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'a parameter is invalid (the field is named)',
  401: 'missing or wrong API token',
  403: 'writes are disabled',
  404: 'the named entity does not exist',
  413: 'the payload is too large',
  415: 'unsupported media type',
  429: 'too many requests',
  500: 'internal error',
  503: 'the store is unavailable, or the service is shutting down (then Retry-After says when to send again)',
};

export function buildOpenApiDocument() {
  return new OpenApiGeneratorV31(openApiRegistry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'WSIS knowledge graph API',
      version: '0.1.0',
      description:
        'Semantic search and traceability over ITU/UN WSIS policy documents. Every answer carries its evidence ' +
        '(document key, passage ordinal, passage text). Keys may contain "/" (ITU-PP/140, A/RES/70/125): send them ' +
        'as-is or percent-encoded.',
    },
    servers: [{ url: '/' }],
  });
}
