import { z } from 'zod';

/** Bounds on what one input file may cost; every hostile-input check reads them. */
export const LoadLimitsSchema = z.object({
  maxBytes: z.number().int().positive(),
  parseTimeoutMs: z.number().int().positive(),
  maxZipEntries: z.number().int().positive(),
  maxUncompressedBytes: z.number().int().positive(),
  maxParagraphs: z.number().int().positive(),
});
export type LoadLimits = z.infer<typeof LoadLimitsSchema>;

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxBytes: 50 * 1024 * 1024,
  parseTimeoutMs: 60_000,
  maxZipEntries: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  // The longest document of the corpora seen had ~2,000; each paragraph costs a passage's extraction, vector and rows.
  maxParagraphs: 20_000,
};

export function resolveLoadLimits(overrides: Partial<LoadLimits> = {}): LoadLimits {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return LoadLimitsSchema.parse({ ...DEFAULT_LOAD_LIMITS, ...defined });
}

/** "61 MB", "512 KB", "300 bytes": sizes as a reader of an error message wants them. */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${roundForReading(bytes / mb)} MB`;
  if (bytes >= 1024) return `${roundForReading(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** One decimal below 100 ("50.4 MB" must not read as the 50 MB limit), whole numbers above. */
function roundForReading(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
