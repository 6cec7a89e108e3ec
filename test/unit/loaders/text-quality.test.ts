import { describe, expect, it } from 'vitest';
import { isUsableText, measureTextQuality } from '../../../ingest/loaders/text-quality.js';

// Both samples are verbatim page text: a seed PDF, and the OCR layer of the 1978 scanned bulletin.
const PROSE =
  'The WSIS Forum 2023 continued to explore WSIS Action Lines, focusing on emerging trends, opportunities, and challenges. ' +
  'The United Nations Group on the Information Society (UNGIS) reaffirmed its commitment to WSIS and the implementation of ' +
  'WSIS Action Lines, emphasizing the alignment with the SDG processes.';
const OCR_NOISE =
  '16 ffir»s once again its recognition Affirge i aasssaa gu *elle reconnaft flHOBh nOfllBEEXMET CBOE RPHSMAHME firga an vez a s ' +
  'su reconodaiento Maifi a£E£a±s for gene ous irect cont ibations ftMJDBh PMBMBAEl DEflATb HE ROC PE ACT BE HHUE UlE tE BiHOGbl ' +
  'lace bbegag nte an llagagientQ para que se aporten gene osas contribuciones 18 A ain calls qpon the racist egine';

describe('measureTextQuality', () => {
  it('accepts born-digital prose', () => {
    const quality = measureTextQuality(PROSE);
    expect(quality.wordShare).toBeGreaterThan(0.9);
    expect(isUsableText(quality)).toBe(true);
  });
  it('rejects an OCR layer full of broken words', () => {
    const quality = measureTextQuality(OCR_NOISE);
    expect(quality.wordShare).toBeLessThan(0.85);
    expect(isUsableText(quality)).toBe(false);
  });
  it('leaves numbers out of the count', () => {
    expect(measureTextQuality('1.1.1 2030 41/67 15-22439 Proportion of population').tokens).toBe(3);
  });
});
