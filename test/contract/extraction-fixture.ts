import { createHash } from 'node:crypto';
import type { Entity, Extraction, Relation } from '../../src/domain/document.js';

/** A small hand-written extraction in the shape the extractor emits, so the store is tested on its own. */
export function sampleExtraction(key: string, variant: 'first' | 'revised' = 'first'): Extraction {
  const texts =
    variant === 'first'
      ? [
          'Resolution 140 (Rev. Bucharest, 2022) on the role of ITU in implementing the outcomes of WSIS.',
          'instructs the Secretary-General to report annually to the Council on the WSIS+20 review.',
          'UNESCO and ITU jointly organize the WSIS Forum 2024 on broadband infrastructure in rural areas.',
        ]
      : ['Resolution 140 (Rev. Bucharest, 2022) on the role of ITU in implementing the outcomes of WSIS.'];
  let offset = 0;
  const passages = texts.map((text, ordinal) => {
    const start = offset;
    offset += text.length + 2;
    return { ordinal, text, page: 1, start, end: start + text.length, section: 'Resolves' };
  });
  const mention = (passage: number, text: string) => {
    const start = (passages[passage]?.text ?? '').indexOf(text);
    return { passage, text, start, end: start + text.length };
  };
  const entities: Entity[] = [
    { label: 'Resolution', key: 'ITU-PP/140', name: 'Resolution 140', props: { issuer: 'ITU-PP', number: 140 }, mentions: [mention(0, 'Resolution 140')] },
    { label: 'Agency', key: 'ITU', name: null, props: {}, mentions: [mention(0, 'ITU')] },
  ];
  const relations: Relation[] = [];
  if (variant === 'first') {
    entities.push(
      { label: 'Initiative', key: 'WSIS+20', name: 'WSIS+20 review', props: {}, mentions: [mention(1, 'WSIS+20')] },
      { label: 'Event', key: `TEST-EVENT-${key}`, name: 'a text-only event', props: {}, mentions: [mention(2, 'WSIS Forum 2024')] },
      { label: 'Agency', key: 'UNESCO', name: null, props: {}, mentions: [mention(2, 'UNESCO')] },
    );
    relations.push(
      { type: 'ORGANIZES', from: { label: 'Agency', key: 'UNESCO' }, to: { label: 'Event', key: `TEST-EVENT-${key}` }, role: 'co-organizer', passage: 2 },
      { type: 'PARTNERS_WITH', from: { label: 'Agency', key: 'UNESCO' }, to: { label: 'Agency', key: 'ITU' }, role: null, passage: 2 },
      { type: 'REFERENCES', from: { label: 'Document', key }, to: { label: 'Document', key: 'C23/35' }, role: null, passage: 1 },
    );
  }
  return {
    document: {
      key,
      symbol: null,
      title: `Test document ${key}`,
      source: `${key.replace(/\W/g, '_')}.txt`,
      format: 'txt',
      sha256: createHash('sha256').update(`${key}:${variant}`).digest('hex'),
      date: '2024-03-01',
      year: 2024,
      issuingBody: 'ITU Council',
      purpose: null,
      actionRequired: null,
      pageCount: 1,
    },
    passages,
    entities,
    mandates:
      variant === 'first'
        ? [{ resolution: 'ITU-PP/140', addressee: 'Secretary-General', verb: 'instructs', action: 'to report annually to the Council', passage: 1, start: 0, end: 8 }]
        : [],
    versions: [
      { resolution: 'ITU-PP/140', key: 'ITU-PP/140@2022', year: 2022, place: 'Bucharest', kind: 'Rev.', event: 'ITU-PP-2022', passage: 0, text: '(Rev. Bucharest, 2022)' },
    ],
    relations,
    structure: null,
    warnings: [],
  };
}

/** Unit vectors along one axis: a passage's nearest neighbour is known exactly. */
export function axisVectors(count: number, dimension: number, firstAxis = 0): number[][] {
  return Array.from({ length: count }, (_, i) => {
    const vector = new Array<number>(dimension).fill(0);
    vector[(firstAxis + i) % dimension] = 1;
    return vector;
  });
}
