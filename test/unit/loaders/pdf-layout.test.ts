import { describe, expect, it } from 'vitest';
import { pdfPagesToBlocks } from '../../../ingest/loaders/pdf-layout.js';

// Lines of ~70 characters, as a PDF text layer gives them; a short line ends a paragraph.
const page = (num: number, lines: string[]) => ({ num, text: lines.join('\n') });

describe('pdfPagesToBlocks', () => {
  it('joins wrapped lines, breaks at short lines, list items and headings, and sets pages', () => {
    const blocks = pdfPagesToBlocks([
      page(1, [
        'Purpose',
        'The document provides an update on the ITU Secretary-General roadmap, with',
        'twenty years of implementation of the WSIS Action Lines by the Union and its',
        'members.',
        '– During PP-22, ITU Member States adopted a revised Resolution 140 on the',
        'implementation of WSIS outcomes.',
        'Following the instructions of the Plenipotentiary Conference, the ITU',
      ]),
      page(2, ['Secretary-General is coordinating with the relevant United Nations bodies.']),
    ]);
    expect(blocks).toEqual([
      { text: 'Purpose', kind: 'heading', page: 1 },
      {
        text: 'The document provides an update on the ITU Secretary-General roadmap, with twenty years of implementation of the WSIS Action Lines by the Union and its members.',
        kind: 'paragraph',
        page: 1,
      },
      { text: '– During PP-22, ITU Member States adopted a revised Resolution 140 on the implementation of WSIS outcomes.', kind: 'list-item', page: 1 },
      {
        text: 'Following the instructions of the Plenipotentiary Conference, the ITU Secretary-General is coordinating with the relevant United Nations bodies.',
        kind: 'paragraph',
        page: 1,
      },
    ]);
  });

  it('undoes hyphenation but keeps real compounds', () => {
    const [block] = pdfPagesToBlocks([
      page(1, [
        'The Council reviewed the imple-',
        'mentation of the roadmap, co-',
        'organized by the ITU Secretary-',
        'General with UNESCO, and the conflict-',
        'affected regions that were affected by conflict in the region last year.',
      ]),
    ]);
    expect(block?.text).toBe(
      'The Council reviewed the implementation of the roadmap, co-organized by the ITU Secretary-General with UNESCO, and the conflict-affected regions that were affected by conflict in the region last year.',
    );
  });

  it('keeps a number range whole and reads a bare number as a clause only after a closed clause', () => {
    const blocks = pdfPagesToBlocks([
      page(1, [
        '16.2.3 Proportion of young women and men aged 18-',
        '29 years who experienced sexual violence by age 18, with countries reducing neonatal mortality to at least as low as',
        '12 per 1,000 live births.',
        '1 to monitor the activities of the Secretary-General and the Directors of the Bureaux in relation to this;',
        '2 to consider the contributions of ITU to various options for themes relevant to the substance of WSIS+20.',
      ]),
    ]);
    expect(blocks.map((block) => block.text)).toEqual([
      '16.2.3 Proportion of young women and men aged 18-29 years who experienced sexual violence by age 18, with countries reducing neonatal mortality to at least as low as 12 per 1,000 live births.',
      '1 to monitor the activities of the Secretary-General and the Directors of the Bureaux in relation to this;',
      '2 to consider the contributions of ITU to various options for themes relevant to the substance of WSIS+20.',
    ]);
  });

  it('removes running headers, footers and page numbers, keeping a constant header once', () => {
    const sentences = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
    const body = (n: number) => sentences.map((word) => `${word} is what page ${['one', 'two', 'three'][n - 1]} says in a line of its own.`);
    const blocks = pdfPagesToBlocks(
      [1, 2, 3].map((n) => page(n, ['E/CN.3/2016/2/Rev.1', `${40 + n}/67 15-22439`, ...body(n), `- ${n} -`])),
    );
    // The body lines are all full width, so they read as one paragraph running across the pages.
    expect(blocks.map((block) => block.text)).toEqual(['E/CN.3/2016/2/Rev.1', [1, 2, 3].flatMap((n) => body(n)).join(' ')]);
    expect(blocks[1]?.page).toBe(1);
  });
});
