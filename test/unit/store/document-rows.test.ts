import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.js';
import { batchStatements, documentRows, statementParams } from '../../../src/store/document-rows.js';
import { axisVectors, sampleExtraction } from '../../contract/extraction-fixture.js';

const rowsOf = (rows: ReturnType<typeof documentRows>, statement: string) =>
  rows.batches.filter((b) => b.statement === statement).flatMap((b) => b.rows);

describe('documentRows', () => {
  it('keys passages and mandates deterministically from the document key', () => {
    const rows = documentRows({ extraction: sampleExtraction('C24/1'), embeddings: null });
    expect(rowsOf(rows, 'passages-create').map((r) => r.key)).toEqual(['C24/1#0', 'C24/1#1', 'C24/1#2']);
    expect(rowsOf(rows, 'mandates-create')).toEqual([expect.objectContaining({ key: 'C24/1!m0', passage: 'C24/1#1', resolution: 'ITU-PP/140' })]);
    expect(rowsOf(rows, 'passage-embeddings')).toEqual([]);
    expect(rows.documentProps).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), embeddingModel: null, passageCount: 3 });
  });

  it('turns embeddings into plain number rows, one per passage', () => {
    const rows = documentRows({ extraction: sampleExtraction('D'), embeddings: { model: 'm', dimension: 4, vectors: axisVectors(3, 4).map((v) => Float32Array.from(v)) } });
    const embeddings = rowsOf(rows, 'passage-embeddings');
    expect(embeddings.map((r) => r.key)).toEqual(['D#0', 'D#1', 'D#2']);
    expect(embeddings[1]?.embedding).toEqual([0, 1, 0, 0]);
    expect(rows.documentProps).toMatchObject({ embeddingModel: 'm', embeddingDimension: 4 });
  });

  it('puts the vectors in the passage rows when the engine sets them where the passage is created', () => {
    const write = { extraction: sampleExtraction('D'), embeddings: { model: 'm', dimension: 4, vectors: axisVectors(3, 4).map((v) => Float32Array.from(v)) } };
    const rows = documentRows(write, { embeddingsInPassageRows: true });
    expect(rows.batches.map((b) => b.statement)).not.toContain('passage-embeddings');
    expect(rowsOf(rows, 'passages-create').map((r) => r.embedding)).toEqual([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]);
    const withoutVectors = documentRows({ ...write, embeddings: null }, { embeddingsInPassageRows: true });
    expect(rowsOf(withoutVectors, 'passages-create').map((r) => r.embedding)).toEqual([null, null, null]);
  });

  it('merges an entity listed twice and drops duplicate mentions and relations (they are CREATEd)', () => {
    const extraction = sampleExtraction('D');
    const itu = extraction.entities.find((e) => e.key === 'ITU');
    if (!itu) throw new Error('fixture lost ITU');
    extraction.entities.push({ ...itu, name: 'International Telecommunication Union', mentions: [...itu.mentions, { passage: 2, text: 'ITU', start: 11, end: 14 }] });
    extraction.relations.push({ ...(extraction.relations[0] as (typeof extraction.relations)[number]) });
    const rows = documentRows({ extraction, embeddings: null });
    expect(rowsOf(rows, 'entity-agency').filter((r) => r.key === 'ITU')).toEqual([{ key: 'ITU', name: 'International Telecommunication Union', props: {} }]);
    expect(rowsOf(rows, 'mentions-agency').filter((r) => r.entity === 'ITU').map((r) => r.passage)).toEqual(['D#0', 'D#2']);
    expect(rowsOf(rows, 'relation-organizes')).toHaveLength(1);
  });

  it('writes an entity named by several documents of a batch once, as the rows in order would have left it', () => {
    const first = sampleExtraction('A');
    const second = sampleExtraction('B');
    const resolutionOf = (extraction: typeof first) => extraction.entities.find((e) => e.key === 'ITU-PP/140') as (typeof first.entities)[number];
    Object.assign(resolutionOf(first), { name: 'Resolution 140', props: { issuer: 'ITU-PP', number: 140 } });
    Object.assign(resolutionOf(second), { name: null, props: { number: 141, title: 'WSIS' } });
    const batches = batchStatements([first, second].map((extraction) => documentRows({ extraction, embeddings: null })));
    const rowsNamed = (statement: string) => batches.filter((b) => b.statement === statement).flatMap((b) => b.rows);
    expect(rowsNamed('entity-resolution')).toEqual([{ key: 'ITU-PP/140', name: 'Resolution 140', props: { issuer: 'ITU-PP', number: 141, title: 'WSIS' } }]);
    expect(rowsNamed('entity-agency').map((r) => r.key).sort()).toEqual(['ITU', 'UNESCO']);
    // Mentions stay one per document and passage.
    expect(rowsNamed('mentions-resolution').map((r) => r.passage)).toEqual(['A#0', 'B#0']);
  });

  it('passes mentions as parallel lists and everything else as rows', () => {
    const batches = batchStatements([documentRows({ extraction: sampleExtraction('D'), embeddings: null })]);
    const mentions = batches.find((b) => b.statement === 'mentions-agency');
    expect(statementParams(mentions as (typeof batches)[number])).toEqual({
      passage: ['D#0', 'D#2'],
      entity: ['ITU', 'UNESCO'],
      start: mentions?.rows.map((r) => r.start),
      end: mentions?.rows.map((r) => r.end),
      text: ['ITU', 'UNESCO'],
      document: ['D', 'D'],
    });
    const passages = batches.find((b) => b.statement === 'passages-create') as (typeof batches)[number];
    expect(statementParams(passages)).toEqual({ rows: passages.rows });
  });

  it('keeps store-owned property names out of extracted props', () => {
    const extraction = sampleExtraction('D');
    extraction.entities[0] = { ...(extraction.entities[0] as (typeof extraction.entities)[number]), props: { issuer: 'ITU-PP', sha256: 'x', reference: true } };
    const [resolution] = rowsOf(documentRows({ extraction, embeddings: null }), 'entity-resolution');
    expect(resolution?.props).toEqual({ issuer: 'ITU-PP' });
  });

  it('refuses facts that point at no passage, relations outside the graph model, and a vector count mismatch', () => {
    const badMention = sampleExtraction('D');
    badMention.mandates[0] = { ...(badMention.mandates[0] as (typeof badMention.mandates)[number]), passage: 9 };
    expect(() => documentRows({ extraction: badMention, embeddings: null })).toThrow(ValidationError);

    const badRelation = sampleExtraction('D');
    badRelation.relations.push({ type: 'CITES', from: { label: 'Agency', key: 'ITU' }, to: { label: 'Resolution', key: 'ITU-PP/140' }, role: null, passage: 0 });
    expect(() => documentRows({ extraction: badRelation, embeddings: null })).toThrow(/CITES from Agency/);

    expect(() => documentRows({ extraction: sampleExtraction('D'), embeddings: { model: 'm', dimension: 4, vectors: axisVectors(2, 4) } })).toThrow(/2 vectors for 3 passages/);
  });
});
