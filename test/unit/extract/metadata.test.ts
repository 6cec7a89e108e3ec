import { describe, expect, it } from 'vitest';
import { stripFootnoteMark } from '../../../src/extract/footnote-marks.js';
import { extractLines } from './helpers.js';

describe('footnote marks glued to the last word of a title', () => {
  it.each([
    ['Final list of proposed Sustainable Development Goal indicatorsc', 'Final list of proposed Sustainable Development Goal indicators'],
    ['Progress towards the 2030 Agenda1', 'Progress towards the 2030 Agenda'],
    ['Report on the implementation of the outcomes12', 'Report on the implementation of the outcomes'],
    ['ITU contribution to the SDGs*', 'ITU contribution to the SDGs*'],
    ['Contributions to the WSIS Forums', 'Contributions to the WSIS Forums'],
    ['Outcomes of WSIS+20', 'Outcomes of WSIS+20'],
    ['Action Line C7', 'Action Line C7'],
    ['Regional meeting in Geneva', 'Regional meeting in Geneva'],
    ['Report of the CWG-WSIS&SDG-42', 'Report of the CWG-WSIS&SDG-42'],
    ['Connect 2030', 'Connect 2030'],
  ])('"%s" → "%s"', (title, expected) => {
    expect(stripFootnoteMark(title)).toBe(expected);
  });

  it('applies to the title read from a document', () => {
    expect(extractLines(['Final list of proposed Sustainable Development Goal indicatorsc', 'The list follows.']).document.title).toBe(
      'Final list of proposed Sustainable Development Goal indicators',
    );
  });
});

describe('a title read from a heading is never cut at an abbreviation', () => {
  it('keeps "RESOLUTION 140 (REV. BUCHAREST, 2022)" whole when nothing better stands before the body', () => {
    const x = extractLines(['RESOLUTION 140 (REV. BUCHAREST, 2022)', 'The Plenipotentiary Conference (Bucharest, 2022),', 'resolves to instruct the Secretary-General', '1\tto report.']);
    expect(x.document.title).toBe('RESOLUTION 140 (REV. BUCHAREST, 2022)');
  });
});

describe('author lines are not titles', () => {
  it.each(['Report by the Secretary-General', 'Note by the Secretariat', 'Contribution from the United States', 'Statement by the Chair'])('"%s" gives way to the title after it', (line) => {
    const x = extractLines(['Document C25/INF/5-E', '12 May 2025', line, 'WSIS implementation and follow-up', 'Purpose', 'This document reports on WSIS.']);
    expect(x.document.title).toBe('WSIS implementation and follow-up');
  });
});

describe('a UN resolution cover sheet', () => {
  const x = extractLines([
    'United Nations A/RES/79/194',
    'General Assembly',
    'Distr.: General',
    '27 December 2024',
    'Seventy-ninth session',
    'Agenda item 16',
    'Resolution adopted by the General Assembly on 19 December 2024',
    '79/194. Information and communications technologies for sustainable development',
    'The General Assembly,',
    '1. Requests the Secretary-General to submit a report on the implementation of the present resolution;',
  ]);

  it('reads the symbol from the masthead line, the title after the session lines, and the operative paragraphs', () => {
    expect(x.document.key).toBe('A/RES/79/194');
    expect(x.document.title).toBe('Information and communications technologies for sustainable development');
    expect(x.mandates).toMatchObject([{ resolution: 'A/RES/79/194', addressee: 'Secretary-General', verb: 'requests' }]);
  });
});
