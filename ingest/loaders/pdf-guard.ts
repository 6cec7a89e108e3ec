import { constants, inflateSync } from 'node:zlib';
import type { LoadLimits } from './limits.js';
import { formatBytes } from './limits.js';
import { InputRefusal } from './refusal.js';

const STREAM_KEYWORD = /(?<!end)stream\r?\n/g;
/** How far before `stream` its dictionary may start; real dictionaries are a few hundred bytes. */
const DICTIONARY_WINDOW = 4096;
const FLATE = /^\/(?:FlateDecode|Fl)$/;

/**
 * Checks a PDF for compression bombs before pdf.js sees it (pdf.js inflates whole streams into memory, outside any
 * heap limit): every stream's declared decoded length (/DL), and the bytes its Flate filters actually produce, count
 * against `maxUncompressedBytes` for the whole file. Inflation stops at the limit, so the check costs at most that
 * many bytes. Images are skipped (text extraction never decodes them); streams with other filters are left to the
 * process's memory watchdog.
 */
export function checkPdfStreams(bytes: Buffer, limits: LoadLimits): void {
  const limit = limits.maxUncompressedBytes;
  const bomb = (): InputRefusal => new InputRefusal('zip-bomb', `PDF streams expand beyond the ${formatBytes(limit)} limit (compression bomb?)`);
  const text = bytes.toString('latin1');
  let decoded = 0;
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    const dictionary = dictionaryBefore(text, match.index);
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const declared = Number(/\/DL\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
    if (decoded + declared > limit) throw bomb();
    const filters = filtersOf(dictionary);
    if (filters.length === 0 || !filters.every((filter) => FLATE.test(filter))) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let data: Buffer = bytes.subarray(start, end < 0 ? bytes.length : end);
    for (let layer = 0; layer < filters.length; layer += 1) {
      const inflated = inflateBounded(data, limit - decoded);
      if (inflated === 'over') throw bomb();
      if (inflated === null) break;
      data = inflated;
    }
    decoded += data.length;
  }
}

/** The dictionary text between the object's start and its `stream` keyword. */
function dictionaryBefore(text: string, streamAt: number): string {
  const from = Math.max(0, streamAt - DICTIONARY_WINDOW);
  const window = text.slice(from, streamAt);
  const objectStart = window.lastIndexOf(' obj');
  return objectStart < 0 ? window : window.slice(objectStart);
}

/** The names of /Filter: one name or an array of names. */
function filtersOf(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dictionary);
  return match?.[1]?.match(/\/\w+/g) ?? [];
}

/**
 * Inflates up to `budget` bytes: the output, 'over' past the budget, or null when the data is not valid Flate
 * (damaged or encrypted streams are pdf.js's to report).
 */
function inflateBounded(data: Buffer, budget: number): Buffer | 'over' | null {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return null;
  }
}
