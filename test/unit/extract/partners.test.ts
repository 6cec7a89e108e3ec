import { describe, expect, it } from 'vitest';
import { extractLines } from './helpers.js';

const partners = (text: string): string[] =>
  extractLines([text])
    .relations.filter((r) => r.type === 'PARTNERS_WITH')
    .map((r) => [r.from.key, r.to.key].sort().join('+'))
    .sort();

/** Sentences → the unordered agency pairs they make partners (joined "A+B", sorted). */
const CASES: ReadonlyArray<{ text: string; pairs: string[] }> = [
  { text: 'ITU co-chairs UNGIS with UNDP.', pairs: ['ITU+UNDP'] },
  { text: 'ITU is the co-chair with UNDP of the United Nations Group on the Information Society (UNGIS) for 2023-2024.', pairs: ['ITU+UNDP'] },
  {
    text: 'In May 2024, ITU assumed the vice-chairing of the United Nations Group on the Information Society (UNGIS) together with UNDP, UNCTAD, and UN ECLAC.',
    pairs: ['ECLAC+ITU', 'ECLAC+UNCTAD', 'ECLAC+UNDP', 'ITU+UNCTAD', 'ITU+UNDP', 'UNCTAD+UNDP'],
  },
  {
    text: 'The annual WSIS Forum, hosted by ITU and co-organized with UNESCO, UNDP, and UNCTAD, is a platform.',
    pairs: ['ITU+UNCTAD', 'ITU+UNDP', 'ITU+UNESCO', 'UNCTAD+UNDP', 'UNCTAD+UNESCO', 'UNDP+UNESCO'],
  },
  { text: 'For the period 2023-2024, ITU has co-chaired UNGIS alongside UNDP, in collaboration with UNGIS members.', pairs: ['ITU+UNDP'] },
  { text: 'The session was co-organized by FAO and WHO.', pairs: ['FAO+WHO'] },
  { text: 'ITU and UNESCO jointly launched the report.', pairs: ['ITU+UNESCO'] },
  { text: 'ITU works closely with relevant UN agencies, including UNESCO and UNDP, on WSIS.', pairs: ['ITU+UNDP', 'ITU+UNESCO'] },
  { text: 'The ITU is working closely with UNGA, ECOSOC, CSTD providing updates.', pairs: ['CSTD+ITU', 'ECOSOC+ITU', 'ITU+UNGA'] },
  {
    text: 'In collaboration with UNESCO, UNDP, UNCSTD, UNDESA and other UN agencies, the review is conducted.',
    pairs: ['CSTD+UNDESA', 'CSTD+UNDP', 'CSTD+UNESCO', 'UNDESA+UNDP', 'UNDESA+UNESCO', 'UNDP+UNESCO'],
  },
  { text: 'ITU briefed UNESCO, and WHO collaborates with FAO on e-agriculture.', pairs: ['FAO+WHO'] },
  // No collaboration cue, or only one agency acting: no partners.
  { text: 'ITU and UNESCO published separate reports.', pairs: [] },
  { text: 'ITU reports to ECOSOC through the CSTD.', pairs: [] },
  { text: 'ITU co-chairs UNGIS.', pairs: [] },
  { text: 'The CWG-WSIS&SDG works with ITU-D on the roadmaps.', pairs: [] },
];

describe('PARTNERS_WITH: the agencies on the two sides of a collaboration cue', () => {
  it.each(CASES)('"$text"', ({ text, pairs }) => {
    expect(partners(text)).toEqual([...pairs].sort());
  });
});

describe('organizers: the list right after the cue', () => {
  const organizers = (text: string): string[] =>
    extractLines([text])
      .relations.filter((r) => r.type === 'ORGANIZES')
      .map((r) => `${r.from.key}:${r.role}`)
      .sort();

  it('ends the co-organizer list where other words start ("in collaboration with …" names no organizers)', () => {
    expect(organizers('The WSIS Forum 2025, hosted by ITU and co-organized with UNESCO, UNDP and UNCTAD, in collaboration with FAO, ILO and WHO, took place in Geneva.')).toEqual(
      ['ITU:host', 'UNCTAD:co-organizer', 'UNDP:co-organizer', 'UNESCO:co-organizer'],
    );
  });
});
