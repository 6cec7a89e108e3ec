import type { LoadedDocument } from '../../src/domain/document.js';
import { loadBuffer, loadFile, type LoadLimits } from '../loaders/index.js';

/** A file on disk, or bytes with their file name (an upload). */
export type IngestInput = { path: string } | { bytes: Buffer; name: string };

export function loadStage(input: IngestInput, limits: Partial<LoadLimits>): Promise<LoadedDocument> {
  return 'path' in input ? loadFile(input.path, limits) : loadBuffer(input.bytes, input.name, limits);
}
