import { z } from '../openapi/registry.js';

export const UploadOutcomeSchema = z
  .object({
    key: z.string().openapi({ description: 'the document key', example: 'file:ab12cd34ef56' }),
    parts: z
      .array(z.string())
      .openapi({ description: 'a collection of resolutions (Final Acts): the key of each resolution document, PART_OF this one', example: ['ITU-PP/140@2018'] }),
    source: z.string().openapi({ description: 'the uploaded file name, as stored', example: 'report.docx' }),
    status: z.enum(['written', 'replaced', 'unchanged']).openapi({ description: 'unchanged: same bytes and model were already stored' }),
    passages: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    mandates: z.number().int().nonnegative(),
    relationships: z.number().int().nonnegative().openapi({ description: 'relationships the write created (unchanged: the stored document holds them)' }),
    warnings: z.array(z.string()).openapi({ description: 'what the loader or extraction could not take' }),
    totals: z
      .object({ documents: z.number().int(), passages: z.number().int(), entities: z.number().int(), relationships: z.number().int() })
      .openapi({ description: 'store counts after the write' }),
  })
  .openapi('UploadOutcome');
export type UploadOutcome = z.infer<typeof UploadOutcomeSchema>;

export const DeleteOutcomeSchema = z
  .object({ key: z.string(), deleted: z.literal(true) })
  .openapi('DeleteOutcome');

/** Multipart body for the OpenAPI document (multer parses it; the bytes are checked by the loaders). */
export const UploadBodySchema = z
  .object({ file: z.string().openapi({ type: 'string', format: 'binary', description: 'PDF, DOCX, TXT or Markdown; type by content' }) })
  .openapi('UploadBody');
