import { basename } from 'node:path';
import type { Extraction } from '../../src/domain/document.js';
import { InputError, ServiceUnavailableError } from '../../src/domain/errors.js';
import { InputRefusal } from '../loaders/refusal.js';
import { isolatedPool } from '../isolation/pool.js';
import { readFileChecked } from '../loaders/index.js';
import { type LoadLimits, resolveLoadLimits } from '../loaders/limits.js';
import type { IngestInput } from './load.js';

export interface PreparedDocument {
  source: string;
  warnings: string[];
  /** The file's document, then one per resolution when the file is a collection. */
  extractions: Extraction[];
}

/**
 * Load → segment → extract in an isolated process under one time limit for the whole document, so a file whose
 * parse or extraction is slow or hostile costs a pool slot, never the request thread.
 */
export async function prepareStage(input: IngestInput, limits: Partial<LoadLimits>): Promise<PreparedDocument> {
  const resolved = resolveLoadLimits(limits);
  const { bytes, name } = 'path' in input ? { bytes: await readFileChecked(input.path, resolved.maxBytes), name: basename(input.path) } : input;
  try {
    const { source, warnings, extractions } = await isolatedPool().run({ kind: 'prepare', bytes, name, limits: resolved }, resolved.parseTimeoutMs);
    return { source, warnings, extractions };
  } catch (error) {
    // A refusal from the pool itself (time limit, memory, a crashed process) has no file name yet: it gets the upload's.
    // A pool shutting down refuses no file: that is not the file's fault.
    if (error instanceof InputError || error instanceof ServiceUnavailableError) throw error;
    const file = basename(name) || 'upload';
    if (error instanceof InputRefusal) throw new InputError(file, error.kind, error.reason, { cause: error });
    throw new InputError(file, 'parser-failed', `could not process the file (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}
