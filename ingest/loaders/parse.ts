import type { DocumentFormat } from '../../src/domain/document.js';
import { parseAkn } from './akn.js';
import type { ParsedContent } from './blocks.js';
import { parseDocx } from './docx.js';
import type { LoadLimits } from './limits.js';
import { parseHtml, parseMarkdown } from './markup.js';
import { parsePdf } from './pdf.js';
import { parseTxt } from './txt.js';

/** What the parse worker is asked to do: bytes of a sniffed format, or decoded text for text formats. */
export interface ParseJob {
  format: DocumentFormat;
  bytes: Uint8Array;
  text: string | null;
  limits: LoadLimits;
}

export async function parseContent(job: ParseJob): Promise<ParsedContent> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const text = job.text ?? '';
  switch (job.format) {
    case 'pdf':
      return parsePdf(bytes, job.limits);
    case 'docx':
      return parseDocx(bytes, job.limits);
    case 'md':
      return parseMarkdown(text);
    case 'html':
      return parseHtml(text);
    case 'txt':
      return parseTxt(text);
    case 'akn':
      return parseAkn(text);
  }
}
