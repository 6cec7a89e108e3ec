import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type LoadedDocument, LoadedDocumentSchema } from '../../src/domain/document.js';
import { InputError, ServiceUnavailableError } from '../../src/domain/errors.js';
import type { ParsedContent } from './blocks.js';
import type { LoadLimits } from './limits.js';
import { formatBytes, resolveLoadLimits } from './limits.js';
import { parseHtml } from './markup.js';
import { isolatedPool } from '../isolation/pool.js';
import type { ParseJob } from './parse.js';
import { InputRefusal } from './refusal.js';
import { sniffFormat } from './sniff.js';
import { parseTxt } from './txt.js';

export type { LoadLimits } from './limits.js';
export { DEFAULT_LOAD_LIMITS } from './limits.js';

/** Loads a file from disk; its size is checked before it is read. */
export async function loadFile(path: string, limits: Partial<LoadLimits> = {}): Promise<LoadedDocument> {
  return loadBuffer(await readFileChecked(path, resolveLoadLimits(limits).maxBytes), basename(path), limits);
}

/** A file's bytes, refused (naming the file) when it is missing, not a file, or over `maxBytes` before it is read. */
export async function readFileChecked(path: string, maxBytes: number): Promise<Buffer> {
  const source = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(source, 'unreadable', 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(source, 'not-found', 'file not found', { cause: error });
    throw new InputError(source, 'unreadable', `cannot read file (${code ?? 'unknown error'})`, { cause: error });
  }
  if (size > maxBytes) throw new InputError(source, 'too-large', overSizeReason(size, maxBytes));
  return readFile(path);
}

/** Runs a third-party parser; by default in an isolated process, under the time and memory limits. */
export type Parse = (job: ParseJob) => Promise<ParsedContent>;

const parseIsolated: Parse = async (job) => (await isolatedPool().run({ kind: 'parse', parse: job }, job.limits.parseTimeoutMs)).content;

/**
 * Loads a document from bytes (an upload): type by magic bytes, then the format's parser, bounded by
 * `limits`. Every refusal is an `InputError(file, reason)` with a one-line reason. `parse` is replaced only
 * where the caller already is the isolated process.
 */
export async function loadBuffer(bytes: Buffer, name: string, limits: Partial<LoadLimits> = {}, parse: Parse = parseIsolated): Promise<LoadedDocument> {
  const source = basename(name) || 'upload';
  const resolved = resolveLoadLimits(limits);
  if (bytes.length === 0) throw new InputError(source, 'empty', 'empty file');
  if (bytes.length > resolved.maxBytes) throw new InputError(source, 'too-large', overSizeReason(bytes.length, resolved.maxBytes));
  const sniffed = sniffFormat(bytes, source);
  if (!sniffed.ok) throw new InputError(source, sniffed.kind, sniffed.reason);
  let content: ParsedContent;
  try {
    // Plain text and HTML are read in one linear pass here; PDF, DOCX and Markdown parsers are third-party code
    // with unbounded cost, and AKN builds an element tree (up to millions of nodes for a hostile file), so they run
    // isolated under the time and memory limits.
    if (sniffed.format === 'txt') content = parseTxt(sniffed.text ?? '');
    else if (sniffed.format === 'html') content = parseHtml(sniffed.text ?? '');
    else content = await parse({ format: sniffed.format, bytes, text: sniffed.text, limits: resolved });
  } catch (error) {
    if (error instanceof InputRefusal) throw new InputError(source, error.kind, error.reason, { cause: error });
    if (error instanceof ServiceUnavailableError) throw error;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(source, 'parser-failed', `could not parse ${sniffed.format.toUpperCase()} (${message})`, { cause: error });
  }
  if (content.blocks.length === 0)
    throw new InputError(source, 'no-text', sniffed.format === 'txt' ? 'file has no text' : `${sniffed.format.toUpperCase()} has no text`);
  // Each paragraph becomes a passage to extract from, embed, store and index: the count bounds all of that work.
  if (content.blocks.length > resolved.maxParagraphs)
    throw new InputError(source, 'too-large', `${content.blocks.length.toLocaleString('en')} paragraphs, over the limit of ${resolved.maxParagraphs.toLocaleString('en')}`);
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
