import type { Extraction, LoadedDocument } from '../../src/domain/document.js';
import { DomainError, InputError } from '../../src/domain/errors.js';
import { extractDocument } from '../../src/extract/index.js';

/** Segments and extracts; an unexpected extractor failure is reported against the file, not the whole run. */
export function extractStage(loaded: LoadedDocument): Extraction {
  try {
    return extractDocument(loaded);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(loaded.source, 'extraction-failed', `extraction failed (${reason})`, { cause: error });
  }
}
