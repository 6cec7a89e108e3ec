/**
 * The collection split over a conference's Final Acts as they print their instruments: decisions, resolutions and
 * recommendations, each an identity line, a title and the enacting formula, between divisions ("PART V -
 * RECOMMENDATIONS") and before the signatures. A synthetic collection written for this test: every kind numbered 3,
 * so the parts' keys can only differ by kind.
 */
import { describe, expect, it } from 'vitest';
import { deliberationWorkIri } from '../../../src/domain/akn-iri.js';
import type { Block } from '../../../src/domain/document.js';
import { statementAkn } from '../../../src/export/akn-statement.js';
import { extractFile } from '../../../src/extract/index.js';
import { splitCollection } from '../../../src/extract/structure/collection.js';
import { identityLine } from '../../../src/extract/structure/identity.js';
import { repairLayout } from '../../../src/extract/structure/layout.js';
import { loadedFromLines } from './helpers.js';

const FORMULA = 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),';
const DECISION = [
  'DECISION 3 (REV. DUBAI, 2018)',
  'Financial plan of the Union',
  FORMULA,
  'considering',
  'the need for a balanced budget,',
  'decides',
  '1 that the Council shall establish two biennial budgets;',
  '2 that expenses shall not exceed the financial plan,',
  'instructs the Secretary-General',
  'to report annually to the Council on the implementation of this decision,',
  'ANNEX TO DECISION 3 (REV. DUBAI, 2018)',
  'Table of expenses by Sector',
];
const RESOLUTION = [
  'RESOLUTION 3 (REV. DUBAI, 2018)',
  'Regional preparations for conferences',
  FORMULA,
  'recalling',
  'that Decision 3 (Rev. Dubai, 2018) of this conference sets the financial plan,',
  'resolves',
  '1 to encourage regional telecommunication organizations to coordinate their preparations;',
  '2 to hold regional preparatory meetings,',
  'instructs the Director of the Telecommunication Development Bureau',
  'to assist the regional organizations in their preparations,',
];
const RECOMMENDATION = [
  'RECOMMENDATION 3 (DUBAI, 2018)',
  'Use of telecommunications in disaster relief',
  FORMULA,
  'considering',
  'the role of telecommunications in disaster relief,',
  'recommends',
  '1 that Member States facilitate the use of telecommunication equipment in disaster relief;',
  '2 that Member States share their experience,',
  'instructs the Secretary-General',
  'to bring this recommendation to the attention of the United Nations,',
];
const FRONT = ['FINAL ACTS of the Plenipotentiary Conference (Dubai, 2018)', 'Contents'];
const LINES = [...FRONT, ...DECISION, ...RESOLUTION, ...RECOMMENDATION];
const blocks = (lines: readonly string[]): Block[] => lines.map((text) => ({ text, kind: 'paragraph', page: null }));

// The back matter as converters leave it: the division heading run into the last paragraph after a page number.
const LAST_PARAGRAPH = 'to bring this recommendation to the attention of the United Nations.';
const SIGNATURES = 'PART VI - SIGNATORIES The undersigned plenipotentiaries have signed the original of the Final Acts.';
const DECLARATION = '1 The delegation of a Member State reserves the right to take any measures it deems necessary and requests the Secretary-General to record this declaration;';

describe('identity lines of every kind a conference adopts', () => {
  it('reads the kind and number, in capitals or capitalised', () => {
    expect(identityLine('DECISION 5 (REV. DUBAI, 2018)')).toMatchObject({ kind: 'decision', number: '5' });
    expect(identityLine('Recommendation 7 (Dubai, 2018)')).toMatchObject({ kind: 'recommendation', number: '7' });
    expect(identityLine('RESOLUTION 140 (REV. DUBAI, 2018)')).toMatchObject({ kind: 'resolution', number: '140' });
  });

  it('takes no Council issuer from a decision number: four digits are the Council resolutions\' numbering', () => {
    expect(identityLine('Resolution 1334')?.issuer).toBe('ITU-COUNCIL');
    expect(identityLine('Decision 1334')?.issuer).toBeNull();
  });

  it('is not a sentence or a citation with more after it', () => {
    expect(identityLine('decision 3 (Rev. Dubai, 2018)')).toBeNull();
    expect(identityLine('Recommendation ITU-T Y.3172 (06/2019)')).toBeNull();
    expect(identityLine('Decision 3 (Rev. Dubai, 2018) of this conference sets the financial plan,')).toBeNull();
  });
});

describe('a collection of decisions, resolutions and recommendations', () => {
  it('starts a part at each identity line followed by its formula, whatever its kind', () => {
    const collection = splitCollection(blocks(LINES));
    expect(collection?.own.map((b) => b.text)).toEqual(FRONT);
    expect(collection?.parts.map((part) => part.map((b) => b.text))).toEqual([DECISION, RESOLUTION, RECOMMENDATION]);
  });

  const [whole, ...parts] = extractFile(loadedFromLines(LINES, 'final-acts.txt'));

  it('ends a part at a division of the collection, whose text is the collection\'s own, however the layout glued it', () => {
    const withDivisions = [...FRONT, ...DECISION, 'PART III - RESOLUTIONS', ...RESOLUTION, 'PART V - RECOMMENDATION', ...RECOMMENDATION.slice(0, -1), `${LAST_PARAGRAPH} 489 ${SIGNATURES}`, DECLARATION];
    const collection = splitCollection(repairLayout(blocks(withDivisions)));
    expect(collection?.parts.map((part) => part.map((b) => b.text))).toEqual([DECISION, RESOLUTION, [...RECOMMENDATION.slice(0, -1), LAST_PARAGRAPH]]);
    expect(collection?.own.map((b) => b.text)).toEqual([...FRONT, 'PART III - RESOLUTIONS', 'PART V - RECOMMENDATION', `489 ${SIGNATURES}`, DECLARATION]);
    const [, , , recommendation] = extractFile(loadedFromLines(withDivisions, 'final-acts.txt'));
    expect(recommendation?.mandates.map((m) => m.action)).toEqual([
      'that Member States facilitate the use of telecommunication equipment in disaster relief;',
      'that Member States share their experience,',
      LAST_PARAGRAPH,
    ]);
  });

  it('keys each part by its kind and number: Decision 3, Resolution 3 and Recommendation 3 are three documents', () => {
    expect(parts.map((p) => p.document.key)).toEqual(['ITU-PP/DEC/3@2018', 'ITU-PP/3@2018', 'ITU-PP/REC/3@2018']);
    expect(parts.map((p) => p.structure?.identity.kind)).toEqual(['decision', 'resolution', 'recommendation']);
    expect(parts.map((p) => p.document.title)).toEqual(['Financial plan of the Union', 'Regional preparations for conferences', 'Use of telecommunications in disaster relief']);
    expect(parts.every((p) => p.relations.some((r) => r.type === 'PART_OF' && r.to.key === whole?.document.key))).toBe(true);
  });

  it("gives each part its own mandates: none of a decision's or recommendation's counts as a resolution's", () => {
    const byPart = parts.map((p) => p.mandates.map((m) => `${m.resolution}|${m.verb}|${m.addressee}`));
    expect(byPart).toEqual([
      ['ITU-PP/DEC/3|decides|Council', 'ITU-PP/DEC/3|decides|ITU-PP', 'ITU-PP/DEC/3|instructs|Secretary-General'],
      ['ITU-PP/3|resolves|ITU-PP', 'ITU-PP/3|resolves|ITU-PP', 'ITU-PP/3|instructs|Director of the Telecommunication Development Bureau'],
      ['ITU-PP/REC/3|recommends|ITU-PP', 'ITU-PP/REC/3|recommends|ITU-PP', 'ITU-PP/REC/3|instructs|Secretary-General'],
    ]);
    expect(whole?.mandates).toEqual([]);
  });

  it("keeps a decision's annex in the decision, out of its operative paragraphs", () => {
    expect(parts[0]?.structure?.annexes.map((a) => a.heading)).toEqual(['ANNEX TO DECISION 3 (REV. DUBAI, 2018)']);
    expect(parts[0]?.structure?.operative.flatMap((g) => g.paragraphs.map((p) => p.text)).join(' ')).not.toContain('Table of expenses');
  });

  it('exports each part as the AKN statement of its kind', () => {
    const [decision, , recommendation] = parts.map((p) => (p.structure === null ? '' : statementAkn({ structure: p.structure, passages: p.passages, citations: [], mandates: [] }).xml));
    expect(decision).toContain('<statement name="decision">');
    expect(decision).toContain('<FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-15/dec-3"/>');
    expect(decision).toContain('<docType>DECISION</docType> <docNumber>3 (REV. DUBAI, 2018)</docNumber>');
    expect(recommendation).toContain('<statement name="recommendation">');
    expect(recommendation).toContain('<FRBRnumber value="rec-3" showAs="RECOMMENDATION 3 (DUBAI, 2018)"/>');
  });

  it('names a decision or recommendation by its kind in the AKN IRI read from its key', () => {
    expect(deliberationWorkIri('ITU-PP/DEC/3', '2018-11-15')).toBe('/akn/un/statement/deliberation/itu-pp/2018-11-15/dec-3');
    expect(deliberationWorkIri('ITU-PP/REC/3', null)).toBe('/akn/un/statement/deliberation/itu-pp/rec-3');
    expect(deliberationWorkIri('ITU-PP/3', null)).toBe('/akn/un/statement/deliberation/itu-pp/res-3');
    expect(deliberationWorkIri('A/RES/70/125', null)).toBe('/akn/un/statement/deliberation/unga/res-70-125');
  });
});

describe('one instrument cut out of Final Acts with the next division glued to its end', () => {
  it('keeps the division out of its last paragraph and its mandates', () => {
    const [x, ...more] = extractFile(loadedFromLines([...RECOMMENDATION.slice(0, -1), `${LAST_PARAGRAPH} 489 ${SIGNATURES}`, DECLARATION]));
    expect(more).toEqual([]);
    expect(x?.mandates.map((m) => m.action).at(-1)).toBe(LAST_PARAGRAPH);
    expect(x?.mandates).toHaveLength(3);
    expect(x?.structure?.annexes.map((a) => a.heading)).toEqual([`489 ${SIGNATURES}`]);
  });
});
