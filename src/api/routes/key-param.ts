import type { Request } from 'express';
import { KeyParamsSchema } from '../schemas/common.js';

/**
 * The key of a `/*key` route: keys contain "/" (ITU-PP/140, A/RES/70/125), so the wildcard takes the rest of
 * the path, whether the client sent the slashes as-is or as %2F.
 */
export function keyParam(req: Request): string {
  const raw = (req.params as Record<string, string | string[] | undefined>)['key'];
  const key = Array.isArray(raw) ? raw.join('/') : (raw ?? '');
  return KeyParamsSchema.parse({ key }).key;
}
