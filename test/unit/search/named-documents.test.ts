import { describe, expect, it } from 'vitest';
import { documentKindsOf, documentReference, readDocumentCues } from '../../../src/search/named-documents.js';

describe('readDocumentCues', () => {
  it('reads the issuer named right before a document kind, with the year', () => {
    expect(readDocumentCues('Which resolutions does the 2024 Council resolution recall?')).toEqual({
      issuers: ['ITU-COUNCIL'],
      years: [2024],
      kinds: ['resolution'],
    });
    expect(readDocumentCues('What does the General Assembly resolution take note of?').issuers).toEqual(['UNGA']);
    expect(readDocumentCues("What does ECOSOC's 2024 report say?").issuers).toEqual(['ECOSOC']);
  });

  it('reads no year inside a symbol or a range, and no issuer that the agency list does not know', () => {
    expect(readDocumentCues('What did E/RES/2023/3 say for 2023-2024?').years).toEqual([]);
    expect(readDocumentCues("Which events did the secretariat's May 2024 contribution list?")).toEqual({
      issuers: [],
      years: [2024],
      kinds: ['contribution'],
    });
  });
});

describe('documentKindsOf', () => {
  it('reads the kind from a UN resolution symbol and from the cover, not from the body', () => {
    expect([...documentKindsOf('A/RES/79/194', ['United Nations'])]).toEqual(['resolution']);
    expect([...documentKindsOf('C24/120', ['Council 2024\nDocument C24/120-E\nRESOLUTION 1334 (C24)'])]).toEqual(['resolution']);
    expect([...documentKindsOf('X/1', ['Document X/1\nContribution from the Secretariat', 'Purpose'])]).toEqual(['contribution']);
    expect([...documentKindsOf('X/2', ['Purpose', 'Action required', 'This report will be presented to C24.'])]).toEqual([]);
  });
});

describe('documentReference', () => {
  const unga = { issuingBody: 'UNGA', year: 2024, kinds: new Set(['resolution'] as const) };
  const reference = (query: string, bodies: string[]) => documentReference(readDocumentCues(query), bodies, unga);
  it('names a document by two agreeing cues and none disagreeing, and by its issuer alone only refers to it', () => {
    expect(reference('What does the 2024 General Assembly resolution note?', ['UNGA'])).toBe('named');
    expect(reference('What did the 2024 resolution note?', [])).toBe('named');
    expect(reference('What does the General Assembly say about ICTs?', ['UNGA'])).toBe('issuer');
    expect(reference('What does the 2023 General Assembly resolution note?', ['UNGA'])).toBeNull();
    expect(reference('Which General Assembly text does the 2024 contribution cite?', ['UNGA'])).toBeNull();
    expect(reference('What does the 2024 ECOSOC resolution request?', ['ECOSOC'])).toBeNull();
    expect(reference('What does the 2024 report say?', [])).toBeNull();
  });
});
