/**
 * Keys of the entities that a short text names ("Resolution 1332", "WSIS Forum 2023", "PP-22", "UN DESA"),
 * read by the same rules as ingest: a user's words get the keys the passages carry.
 */
import { createHash } from 'node:crypto';
import { extractDocument } from './index.js';

/** Entity keys in order of first mention; a resolution version names its resolution. */
export function entityKeysNamedIn(text: string): string[] {
  const extraction = extractDocument({
    source: 'query',
    format: 'txt',
    sha256: createHash('sha256').update(text).digest('hex'),
    byteLength: Buffer.byteLength(text),
    pageCount: null,
    blocks: [{ text, kind: 'paragraph', page: null }],
    warnings: [],
  });
  const firstMention = (entity: (typeof extraction.entities)[number]): number => Math.min(...entity.mentions.map((m) => m.start));
  const keys = [...extraction.entities]
    .sort((a, b) => firstMention(a) - firstMention(b))
    .map((entity) => (entity.label === 'ResolutionVersion' ? (entity.key.split('@')[0] as string) : entity.key));
  return [...new Set(keys)];
}
