/**
 * Akoma Ntoso as a representation of resolutions and documents: asked for with `?format=akn` or with
 * `Accept: application/akn+xml` (JSON stays the default, `*\/*` included).
 */
import type { Request, Response } from 'express';
import { AKN_MEDIA_TYPE, type AknExport } from '../../export/akn-statement.js';
import { z } from '../openapi/registry.js';

export const FormatQuerySchema = z.object({
  format: z
    .enum(['json', 'akn'])
    .optional()
    .openapi({ description: `"akn": the text as Akoma Ntoso for the UN XML (${AKN_MEDIA_TYPE}); also chosen by the Accept header` }),
});

export const aknResponse = {
  [AKN_MEDIA_TYPE]: { schema: z.string().openapi({ description: 'an AKN4UN statement, valid against the OASIS Akoma Ntoso 3.0 schema' }) },
};

export function wantsAkn(req: Request): boolean {
  const { format } = FormatQuerySchema.parse(req.query);
  if (format !== undefined) return format === 'akn';
  return req.accepts(['application/json', AKN_MEDIA_TYPE]) === AKN_MEDIA_TYPE;
}

export function sendAkn(res: Response, exported: AknExport): void {
  res.vary('Accept').type(`${AKN_MEDIA_TYPE}; charset=utf-8`).send(exported.xml);
}
