import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type LoadedDocument, LoadedDocumentSchema } from '../../src/domain/document.js';
import { InputError } from '../../src/domain/errors.js';
import type { ParsedContent } from './blocks.js';
import type { LoadLimits } from './limits.js';
import { formatBytes, resolveLoadLimits } from './limits.js';
import { parseHtml } from './markup.js';
import { parseWorkerHost } from './parse-worker-host.js';
import { InputRefusal } from './refusal.js';
import { sniffFormat } from './sniff.js';
import { parseTxt } from './txt.js';

export type { LoadLimits } from './limits.js';
export { DEFAULT_LOAD_LIMITS } from './limits.js';

/** Loads a file from disk; its size is checked before it is read. */
export async function loadFile(path: string, limits: Partial<LoadLimits> = {}): Promise<LoadedDocument> {
  const source = basename(path);
  const { maxBytes } = resolveLoadLimits(limits);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(source, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(source, code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'unknown error'})`, { cause: error });
  }
  if (size > maxBytes) throw new InputError(source, overSizeReason(size, maxBytes));
  return loadBuffer(await readFile(path), source, limits);
}

/**
 * Loads a document from bytes (an upload): type by magic bytes, then the format's parser, bounded by
 * `limits`. Every refusal is an `InputError(file, reason)` with a one-line reason.
 */
export async function loadBuffer(bytes: Buffer, name: string, limits: Partial<LoadLimits> = {}): Promise<LoadedDocument> {
  const source = basename(name) || 'upload';
  const resolved = resolveLoadLimits(limits);
  if (bytes.length === 0) throw new InputError(source, 'empty file');
  if (bytes.length > resolved.maxBytes) throw new InputError(source, overSizeReason(bytes.length, resolved.maxBytes));
  const sniffed = sniffFormat(bytes, source);
  if (!sniffed.ok) throw new InputError(source, sniffed.reason);
  let content: ParsedContent;
  try {
    // Plain text and HTML are read in one linear pass here; PDF, DOCX and Markdown parsers are third-party code
    // with unbounded cost, and AKN builds an element tree (up to millions of nodes for a hostile file), so they run
    // in the worker under the time and heap limits.
    if (sniffed.format === 'txt') content = parseTxt(sniffed.text ?? '');
    else if (sniffed.format === 'html') content = parseHtml(sniffed.text ?? '');
    else
      content = await parseWorkerHost.run(
        { format: sniffed.format, bytes, text: sniffed.text, limits: resolved },
        resolved.parseTimeoutMs,
      );
  } catch (error) {
    if (error instanceof InputRefusal) throw new InputError(source, error.reason, { cause: error });
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(source, `could not parse ${sniffed.format.toUpperCase()} (${message})`, { cause: error });
  }
  if (content.blocks.length === 0)
    throw new InputError(source, sniffed.format === 'txt' ? 'file has no text' : `${sniffed.format.toUpperCase()} has no text`);
  return LoadedDocumentSchema.parse({
    source,
    format: sniffed.format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    ...content,
  });
}

function overSizeReason(size: number, maxBytes: number): string {
  return `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
}
