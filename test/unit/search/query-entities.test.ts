import { describe, expect, it } from 'vitest';
import { EntityDictionary } from '../../../src/search/entity-dictionary.js';
import { entitiesNamedIn } from '../../../src/search/query-entities.js';

describe('entitiesNamedIn', () => {
  it('reads entities with the ingest extractors, under their canonical keys', () => {
    const keys = entitiesNamedIn('What did UN DESA do for AL C5 in the WSIS+20 review?', new EntityDictionary());
    expect(keys).toEqual(expect.arrayContaining(['UNDESA', 'C5', 'WSIS+20']));
  });

  it('names a resolution, not its version', () => {
    const keys = entitiesNamedIn('Council Resolution 1332 (Mod 2024)', new EntityDictionary());
    expect(keys).toContain('ITU-COUNCIL/1332');
    expect(keys.some((key) => key.includes('@'))).toBe(false);
  });

  it('adds surface forms learnt from the corpus', () => {
    const dictionary = new EntityDictionary();
    dictionary.add('Partnership on Measuring ICT for Development', 'PARTNERSHIP-MEASURING-ICT');
    expect(entitiesNamedIn('What will the partnership on measuring ICT for development study?', dictionary)).toContain(
      'PARTNERSHIP-MEASURING-ICT',
    );
  });

  it('finds nothing in a query that names nothing', () => {
    expect(entitiesNamedIn('how large is it', new EntityDictionary())).toEqual([]);
  });
});
