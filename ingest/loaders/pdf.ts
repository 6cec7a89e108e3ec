import type { InputErrorKind } from '../../src/domain/errors.js';
import type { ParsedContent } from './blocks.js';
import type { LoadLimits } from './limits.js';
import { checkPdfStreams } from './pdf-guard.js';
import type { PdfPageText } from './pdf-layout.js';
import { pdfPagesToBlocks } from './pdf-layout.js';
import { InputRefusal } from './refusal.js';
import { isUsableText, MIN_JUDGED_TOKENS, measureTextQuality } from './text-quality.js';

export async function parsePdf(bytes: Buffer, limits: LoadLimits): Promise<ParsedContent> {
  checkPdfStreams(bytes, limits);
  const pages = await readTextLayer(bytes);
  const { readable, warnings } = selectReadablePages(pages);
  return { blocks: pdfPagesToBlocks(readable), pageCount: pages.length, warnings };
}

/**
 * Keeps the pages whose text layer reads as language. A PDF without text, or whose pages are mostly
 * noise (a scan's poor OCR layer, glyphs without a usable character map), is refused; a few noisy
 * pages among good ones are skipped with a warning.
 */
export function selectReadablePages(pages: PdfPageText[]): { readable: PdfPageText[]; warnings: string[] } {
  const judged = pages.map((page) => ({ page, quality: measureTextQuality(page.text) }));
  if (judged.every(({ quality }) => quality.tokens < MIN_JUDGED_TOKENS / 4))
    throw new InputRefusal('no-text-layer', 'PDF has no text layer (scanned images?)');
  const long = judged.filter(({ quality }) => quality.tokens >= MIN_JUDGED_TOKENS);
  const noisy = long.filter(({ quality }) => !isUsableText(quality));
  if (noisy.length > 0 && noisy.length >= long.length / 2)
    throw new InputRefusal('no-text-layer', `PDF has no usable text layer (${noisy.length} of ${long.length} pages read as OCR noise or garbled glyphs)`);
  const warnings: string[] = [];
  if (noisy.length > 0) warnings.push(`pages ${noisy.map(({ page }) => page.num).join(', ')} skipped: their text layer reads as noise`);
  const empty = judged.filter(({ quality }) => quality.tokens === 0).map(({ page }) => page.num);
  if (empty.length > 0) warnings.push(`pages ${empty.join(', ')} have no text layer`);
  return { readable: judged.filter((entry) => !noisy.includes(entry)).map(({ page }) => page), warnings };
}

async function readTextLayer(bytes: Buffer): Promise<PdfPageText[]> {
  // Imported on first use: pdf.js is large and text loads should not pay for it.
  const { PDFParse, PasswordException, InvalidPDFException, FormatError } = await import('pdf-parse');
  // pdf.js may detach the buffer it is given, so it gets its own copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => ({ num: page.num, text: page.text }));
  } catch (error) {
    if (error instanceof PasswordException) throw new InputRefusal('encrypted', 'encrypted PDF: a password is required', { cause: error });
    if (error instanceof InvalidPDFException) throw new InputRefusal(...invalidRefusal(bytes), { cause: error });
    if (error instanceof FormatError) throw new InputRefusal('corrupt', 'truncated or corrupt PDF', { cause: error });
    throw new InputRefusal('corrupt', `truncated or corrupt PDF (${firstLine(error)})`, { cause: error });
  } finally {
    await parser.destroy();
  }
}

/** pdf.js says "Invalid PDF structure" for both junk and damage; a PDF header tells them apart. */
function invalidRefusal(bytes: Buffer): [InputErrorKind, string] {
  return bytes.subarray(0, 1024).includes('%PDF-') ? ['corrupt', 'truncated or corrupt PDF'] : ['unsupported-type', 'not a PDF (invalid structure)'];
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 120) ?? 'unknown error';
}
