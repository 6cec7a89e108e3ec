import type { Extraction, LoadedDocument } from '../../src/domain/document.js';
import { DomainError, InputError } from '../../src/domain/errors.js';
import { extractFile } from '../../src/extract/index.js';

/**
 * Segments and extracts every document the file holds (the file's own, then one per resolution of a collection);
 * an unexpected extractor failure is reported against the file, not the whole run.
 */
export function extractStage(loaded: LoadedDocument): Extraction[] {
  try {
    return extractFile(loaded);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(loaded.source, 'extraction-failed', `extraction failed (${reason})`, { cause: error });
  }
}
