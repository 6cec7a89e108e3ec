import { describe, expect, it } from 'vitest';
import { selectReadablePages } from '../../../ingest/loaders/pdf.js';
import { InputRefusal } from '../../../ingest/loaders/refusal.js';

const PROSE =
  'The WSIS Forum 2023 continued to explore WSIS Action Lines, focusing on emerging trends, opportunities, and challenges. ' +
  'The United Nations Group on the Information Society reaffirmed its commitment to WSIS and the implementation of the Action Lines.';
const NOISE =
  'flHOBh nOfllBEEXMET CBOE RPHSMAHME firga an vez a s su reconodaiento Maifi a£E£a±s ftMJDBh PMBMBAEl DEflATb HE ROC PE ACT BE ' +
  'HHUE UlE tE BiHOGbl lace bbegag nte llagagientQ gene osas A ain qpon egine MMk OPMabIBAET PACMCTCKMfl PEXHM Xnsta nnevaaente';
const page = (num: number, text: string) => ({ num, text });

function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputRefusal) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('selectReadablePages', () => {
  it('keeps good pages, skips a noisy one and notes pages without text', () => {
    const { readable, warnings } = selectReadablePages([page(1, PROSE), page(2, NOISE), page(3, PROSE), page(4, ''), page(5, PROSE)]);
    expect(readable.map((kept) => kept.num)).toEqual([1, 3, 4, 5]);
    expect(warnings).toEqual(['pages 2 skipped: their text layer reads as noise', 'pages 4 have no text layer']);
  });
  it('refuses a PDF whose pages are mostly noise', () => {
    expect(refusalOf(() => selectReadablePages([page(1, NOISE), page(2, NOISE), page(3, PROSE)]))).toBe(
      'PDF has no usable text layer (2 of 3 pages read as OCR noise or garbled glyphs)',
    );
  });
  it('refuses a PDF without text', () => {
    expect(refusalOf(() => selectReadablePages([page(1, ''), page(2, ' 1 ')]))).toBe('PDF has no text layer (scanned images?)');
  });
});
