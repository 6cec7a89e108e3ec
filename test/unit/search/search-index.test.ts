import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/search/analyzer.js';
import { EntityDictionary } from '../../../src/search/entity-dictionary.js';
import { LexicalIndex } from '../../../src/search/lexical-index.js';
import type { SearchablePassage } from '../../../src/search/passage-features.js';
import { planQuery } from '../../../src/search/query.js';
import { SearchIndex, type SearchFilter } from '../../../src/search/search-index.js';

function passage(document: string, ordinal: number, text: string, extra: Partial<SearchablePassage> = {}): SearchablePassage {
  return {
    key: `${document}#${ordinal}`,
    document,
    ordinal,
    text,
    page: null,
    section: null,
    source: `${document}.txt`,
    title: null,
    year: 2024,
    entities: [],
    vector: null,
    ...extra,
  };
}

function lexicalIndex(documents: Record<string, SearchablePassage[]>): SearchIndex {
  const index = new SearchIndex(null);
  for (const [key, passages] of Object.entries(documents)) index.setDocument(key, passages);
  return index;
}

const terms = (text: string): string[] => analyze(text).map((token) => token.term);
const top = (index: SearchIndex, query: string, filter: SearchFilter = {}, entities: string[] = []): string[] =>
  index.rank(planQuery(query), null, entities, filter, 5).map((result) => result.passage.key);

describe('LexicalIndex', () => {
  it('scores rarer terms higher and forgets removed passages', () => {
    const index = new LexicalIndex();
    index.add(0, { text: terms('roadmaps for action lines'), context: [] });
    index.add(1, { text: terms('action lines and forum'), context: [] });
    expect(index.idf('roadmap')).toBeGreaterThan(index.idf('action'));
    index.remove([0]);
    expect(index.idf('roadmap')).toBe(0);
    const seen: number[] = [];
    index.scoreTerm('action', (id) => seen.push(id));
    expect(seen).toEqual([1]);
    expect(() => index.add(0, { text: ['again'], context: [] })).toThrow(/already used/);
  });
});

describe('SearchIndex.rank', () => {
  const corpus = {
    a: [
      passage('a', 0, 'The annual WSIS Forum is hosted by ITU and co-organized with UNESCO, UNDP and UNCTAD.'),
      passage('a', 1, 'ITU is the sole facilitator for Action Lines C2, C5 and C6.'),
      passage('a', 2, 'The Council Resolution 1332 (Mod 2024) instructs the Secretary-General'),
      passage('a', 3, '1 to regularly update the roadmaps for the WSIS implementation;'),
      passage('a', 4, 'The stocktaking database holds 13 240 projects from all regions.'),
    ],
    b: [
      passage('b', 0, 'Financial implications', { year: 2019 }),
      passage('b', 1, 'Within the allocated resources of the financial plan.', { section: 'Financial implications', year: 2019 }),
      passage('b', 2, 'The forum discussed broadband connectivity in rural areas.', {
        year: 2019,
        entities: [{ label: 'Agency', key: 'UNESCO' }],
      }),
    ],
  };

  it('ranks first the passage holding most of the question, with no paraphrase list behind it', () => {
    expect(top(lexicalIndex(corpus), 'For which action lines is ITU the only facilitator?')[0]).toBe('a#1');
    expect(top(lexicalIndex(corpus), 'Who runs the yearly forum together with ITU?')[0]).toBe('a#0');
  });

  it('lets a list item match through its lead-in', () => {
    expect(top(lexicalIndex(corpus), 'Which resolution tells the Secretary-General to keep the roadmaps up to date?')[0]).toBe('a#3');
  });

  it('prefers a passage holding the kind of answer asked for', () => {
    expect(top(lexicalIndex(corpus), 'How large is the stocktaking database?')[0]).toBe('a#4');
  });

  it('reads a bare heading as a label and the text under it as an answer (how much that weighs is fitted)', () => {
    const ranked = lexicalIndex(corpus).rank(planQuery('What are the financial implications?'), null, [], {}, 5);
    const label = (key: string): number | undefined => ranked.find((result) => result.passage.key === key)?.signals.label;
    expect(label('b#0')).toBe(1);
    expect(label('b#1')).toBe(0);
  });

  it('counts a stated recurrence, number or date as stronger evidence of the asked answer than a named actor', () => {
    const index = lexicalIndex({
      r: [
        passage('r', 0, 'The Secretary-General prepares the comprehensive report on an annual basis.'),
        passage('r', 1, 'The comprehensive report is prepared by the Secretary-General for the Council.'),
      ],
    });
    const fit = (query: string): number => index.rank(planQuery(query), null, [], {}, 5)[0]!.signals.answerType;
    expect(fit('How often is the comprehensive report prepared?')).toBeGreaterThan(fit('Who prepares the comprehensive report?'));
    expect(fit('Who prepares the comprehensive report?')).toBeGreaterThan(0);
  });

  it('answers "what year" with a year a thing happens in or by, not a citation\'s year', () => {
    const index = lexicalIndex({
      y: [
        passage('y', 0, 'The bank set a target of universal financial access by 2020.'),
        passage('y', 1, 'The bank recalled Resolution 204 (Rev. Dubai, 2018) on financial access.'),
      ],
    });
    const fitOf = (query: string, key: string): number =>
      index.rank(planQuery(query), null, [], {}, 5).find((result) => result.passage.key === key)!.signals.answerType;
    expect(fitOf('By what year should everyone have financial access?', 'y#0')).toBe(1);
    expect(fitOf('By what year should everyone have financial access?', 'y#1')).toBe(0);
    // A question asking "when" wants a date: a bare year is not one.
    expect(fitOf('When should everyone have financial access?', 'y#0')).toBe(0);
  });

  it('reads "in Geneva" as a place, not "in Article 13", "in Resolution 71" or "in January"', () => {
    const index = lexicalIndex({
      p: [
        passage('p', 0, 'The conference shall be held in Sharm el-Sheikh.'),
        passage('p', 1, 'The conference is convened as stated in Article 13 of the Constitution.'),
        passage('p', 2, 'The conference adopted the text in Resolution 71 and met again in January 2020.'),
      ],
    });
    const place = (key: string): number =>
      index.rank(planQuery('In which city is the conference held?'), null, [], {}, 5).find((result) => result.passage.key === key)!.signals.answerType;
    expect(place('p#0')).toBe(0.5);
    expect(place('p#1')).toBe(0);
    expect(place('p#2')).toBe(0);
  });

  it('reads a list item and its lead-in as one sentence, the lead-in at the context share', () => {
    const index = lexicalIndex({
      led: [passage('led', 0, 'The Council instructs the Secretary-General\n1 to update the roadmaps;')],
      bare: [passage('bare', 0, '1 to update the roadmaps;')],
    });
    const ranked = index.rank(planQuery('instructs the Secretary-General to update the roadmaps'), null, [], {}, 5);
    const sentence = (key: string): number => ranked.find((result) => result.passage.key === key)!.signals.sentence;
    expect(sentence('led#0')).toBeGreaterThan(sentence('bare#0'));
    expect(sentence('led#0')).toBeLessThan(1);
  });

  it('reads only the nearest of stacked clause lead-ins as governing the items below it', () => {
    const index = lexicalIndex({
      s: [
        passage(
          's',
          0,
          'Resolution 1332 instructs the Secretary-General\n1 to regularly update the roadmaps for the WSIS implementation;\n' +
            '6 to report annually on progress made through the Commission on Science and Technology for Development;',
        ),
        passage(
          's',
          1,
          'Resolution 1332 instructs the Secretary-General\ninstructs the Secretary-General and the Directors of the Bureaux\n4 to regularly update the roadmap;',
        ),
      ],
    });
    expect(top(index, 'Which resolution tells the Secretary-General to keep the roadmaps up to date?')[0]).toBe('s#0');
    expect(top(index, 'What are the Directors of the Bureaux instructed to update?')[0]).toBe('s#1');
  });

  it('fits an event question to a passage naming an event, an action line question to one naming an action line', () => {
    const index = lexicalIndex({
      e: [
        passage('e', 0, 'ITU took part in IGF 2023.', { entities: [{ label: 'Event', key: 'IGF-2023' }] }),
        passage('e', 1, 'ITU facilitates action line C2.', { entities: [{ label: 'ActionLine', key: 'C2' }] }),
      ],
    });
    const fitOf = (query: string, key: string): number =>
      index.rank(planQuery(query), null, [], {}, 5).find((result) => result.passage.key === key)!.signals.answerType;
    expect(fitOf('Which events did ITU take part in?', 'e#0')).toBe(0.5);
    expect(fitOf('Which events did ITU take part in?', 'e#1')).toBe(0);
    expect(fitOf('Which action line does ITU facilitate?', 'e#1')).toBe(0.5);
  });

  it('filters by document, entity, label and year', () => {
    const index = lexicalIndex(corpus);
    expect(top(index, 'forum', { document: 'b' })).toEqual(['b#2']);
    expect(top(index, 'forum', { entity: 'UNESCO' })).toEqual(['b#2']);
    expect(top(index, 'forum', { label: 'Agency' })).toEqual(['b#2']);
    // a#1 may follow on pseudo-relevance feedback; the filter holds for every result.
    expect(top(index, 'forum', { yearFrom: 2020 })[0]).toBe('a#0');
    expect(top(index, 'forum', { yearFrom: 2020 })).not.toContain('b#2');
    expect(top(index, 'forum', { yearTo: 2019 })).toEqual(['b#2']);
  });

  it('boosts passages that mention an entity the query names', () => {
    const index = lexicalIndex(corpus);
    const [first] = index.rank(planQuery('forum'), null, ['UNESCO'], {}, 5);
    expect(first?.passage.key).toBe('b#2');
    expect(first?.signals.entity).toBe(1);
  });

  it('leaves recency to mandates: a passage\'s date says when it was written, not what is in force', () => {
    const older = passage('old', 0, 'The roadmaps are updated every year.', { year: 2018 });
    const newer = passage('new', 0, 'The roadmaps are updated every year.', { year: 2025 });
    const recency = (index: SearchIndex): number[] => index.rank(planQuery('roadmaps updated'), null, [], {}, 5).map((result) => result.signals.recency).sort();
    const passages = new SearchIndex(null);
    const mandates = new SearchIndex(null, undefined, { rankByRecency: true });
    for (const index of [passages, mandates]) {
      index.setDocument('old', [older]);
      index.setDocument('new', [newer]);
    }
    expect(recency(passages)).toEqual([0, 0]);
    expect(recency(mandates)).toEqual([0, 1]);
  });

  it('credits a passage with what the rest of its document holds of the question, and forgets a replaced document', () => {
    const index = new SearchIndex(null);
    index.setDocument('ott', [passage('ott', 0, 'Over-the-top services'), passage('ott', 1, 'to foster dialogue on the transition to IP-based networks;')]);
    index.setDocument('other', [passage('other', 0, 'to foster dialogue on the transition to IP-based networks;')]);
    const document = (): Map<string, number> =>
      new Map(index.rank(planQuery('dialogue on the transition in over-the-top services'), null, [], {}, 5).map((result) => [result.passage.key, result.signals.document]));
    const before = document();
    expect(before.get('ott#1')).toBe(1);
    expect(before.get('other#0')).toBeGreaterThan(0);
    expect(before.get('other#0')).toBeLessThan(1);
    // A replaced document's slot goes to the next one: nothing of the old document's holdings stays with it.
    index.setDocument('ott', [passage('ott', 0, 'to foster dialogue on the transition to IP-based networks;')]);
    index.setDocument('third', [passage('third', 0, 'Over-the-top services')]);
    const after = document();
    expect(after.get('ott#0')).toBe(after.get('other#0'));
    expect(after.get('third#0')).not.toBe(after.get('ott#0'));
  });

  it('does not take a long document for one about the question because it holds its words somewhere', () => {
    const about = [passage('short', 0, 'Over-the-top services'), passage('short', 1, 'to foster dialogue on the transition to IP-based networks;')];
    const long = [
      passage('long', 0, 'Over-the-top services are one of many topics.'),
      ...Array.from({ length: 30 }, (_, i) => passage('long', i + 1, `Topic ${i + 1}: statistics on the population and its households.`)),
      passage('long', 31, 'Networks need a dialogue on the transition to IP.'),
    ];
    const index = new SearchIndex(null);
    index.setDocument('short', about);
    index.setDocument('long', long);
    index.setDocument('third', [passage('third', 0, 'Households and their statistics.')]);
    const document = new Map(index.rank(planQuery('dialogue on the transition in over-the-top services'), null, [], {}, 40).map((result) => [result.passage.key, result.signals.document]));
    expect(document.get('short#1')).toBe(1);
    expect(document.get('long#31')).toBeLessThan(0.8);
  });

  it('credits the organisation a document\'s issuer belongs to: a Council resolution speaks for ITU', () => {
    const index = new SearchIndex(null);
    index.setDocument('ITU-COUNCIL/1332', [passage('ITU-COUNCIL/1332', 0, 'instructs the Secretary-General\n1 to update the roadmaps;')], 'ITU-COUNCIL');
    index.setDocument('other', [passage('other', 0, 'The agency will update the roadmaps.')], null);
    const entity = new Map(index.rank(planQuery('Who updates the roadmaps?'), null, ['ITU'], {}, 5).map((result) => [result.passage.key, result.signals.entity]));
    expect(entity.get('ITU-COUNCIL/1332#0')).toBe(1);
    expect(entity.get('other#0')).toBe(0);
  });

  it('credits the issuer to every passage of the document a question names by issuer, year and kind', () => {
    const resolution = [
      passage('A/RES/79/1', 0, 'Takes note of the report of the Secretary-General on ICTs.'),
      passage('A/RES/79/1', 1, 'Requests a report to the General Assembly at its next session.', {
        entities: [{ label: 'Agency', key: 'UNGA' }],
      }),
    ];
    const elsewhere = [passage('r', 0, 'The General Assembly took note of the report.', { entities: [{ label: 'Agency', key: 'UNGA' }] })];
    const query = 'Which report does the 2024 General Assembly resolution take note of?';
    const rank = (issuingBody: string | null) => {
      const index = new SearchIndex(null);
      index.setDocument('A/RES/79/1', resolution, issuingBody);
      index.setDocument('r', elsewhere, null);
      return new Map(index.rank(planQuery(query), null, ['UNGA'], {}, 3).map((result) => [result.passage.key, result]));
    };
    const named = rank('UNGA');
    // Without the issuer in the metadata nothing names the document: only the passage naming the Assembly is credited.
    const unnamed = rank(null);
    expect(named.get('A/RES/79/1#0')?.signals.entity).toBe(1);
    expect(unnamed.get('A/RES/79/1#0')?.signals.entity).toBe(0);
    expect(named.get('A/RES/79/1#0')!.score).toBeGreaterThan(unnamed.get('A/RES/79/1#0')!.score);
    expect(named.get('r#0')?.score).toBe(unnamed.get('r#0')?.score);
    expect([...named.keys()][0]).toBe('A/RES/79/1#0');
    // Named by its issuer alone, the document's passages are credited with the issuer but get no group prior.
    const index = new SearchIndex(null);
    index.setDocument('A/RES/79/1', resolution, 'UNGA');
    const [byIssuer] = index.rank(planQuery('What does the General Assembly take note of?'), null, ['UNGA'], {}, 1);
    expect(byIssuer?.passage.key).toBe('A/RES/79/1#0');
    expect(byIssuer?.signals.entity).toBe(1);
  });

  it('drops a document on removal and replaces it on a second write', () => {
    const index = lexicalIndex(corpus);
    index.removeDocument('a');
    expect(top(index, 'sole facilitator')).toEqual([]);
    index.setDocument('b', [passage('b', 0, 'The sole facilitator is named here.')]);
    expect(top(index, 'sole facilitator')).toEqual(['b#0']);
    expect(index.size).toBe(1);
  });

  it('indexes a large document in slices that yield, and a search meanwhile sees the old version whole', async () => {
    const version = (word: string, count: number): SearchablePassage[] =>
      Array.from({ length: count }, (_, i) => passage('big', i, `Paragraph ${i + 1} of the ${word} report on the action lines and their targets.`));
    const index = lexicalIndex({ ...corpus, big: version('tamarisk', 10) });
    let done = false;
    const refresh = index.setDocumentInSlices('big', version('quillwort', 4_000)).then(() => {
      done = true;
    });
    const texts = (query: string): string[] => index.rank(planQuery(query), null, [], {}, 5_000).map((hit) => hit.passage.text);
    const count = (word: string): number => texts(word).filter((text) => text.includes(word)).length;
    const others = Object.values(corpus).flat().length;
    // What a search sees at each turn of the event loop while the refresh runs: old hits, new hits (ranking keeps
    // 200 candidates), passages of the document.
    const state = (): string => `${count('tamarisk')}/${count('quillwort')}/${index.size - others}`;
    const seen = new Set<string>();
    while (!done) {
      await new Promise((resume) => setImmediate(resume));
      seen.add(state());
    }
    await refresh;
    // The old version whole while the new one is prepared (so the refresh yielded), then the new one whole.
    expect(seen).toContain('10/0/10');
    expect([...seen].filter((seenState) => seenState !== '10/0/10' && seenState !== '0/200/4000')).toEqual([]);
    expect(state()).toBe('0/200/4000');

    await index.setDocumentInSlices('big', []);
    expect(texts('quillwort')).toEqual([]);
    expect(index.size).toBe(others);
    // Compacted, it ranks as an index that never held the document.
    expect(top(index, 'sole facilitator')).toEqual(top(lexicalIndex(corpus), 'sole facilitator'));
  });

  it('uses vectors when the words differ, and ignores vectors of another dimension', () => {
    const index = new SearchIndex(3);
    index.setDocument('v', [
      passage('v', 0, 'alpha text', { vector: [1, 0, 0] }),
      passage('v', 1, 'beta text', { vector: [0, 1, 0] }),
      passage('v', 2, 'gamma text', { vector: [0, 1] }),
    ]);
    const results = index.rank(planQuery('unrelated words'), new Float32Array([0, 1, 0]), [], {}, 3);
    expect(results[0]?.passage.key).toBe('v#1');
    expect(results.find((r) => r.passage.key === 'v#2')).toBeUndefined();
    expect(index.vectorCount).toBe(2);
  });
});

describe('EntityDictionary', () => {
  it('resolves names as written in documents, and keys, to canonical keys', () => {
    const dictionary = new EntityDictionary();
    dictionary.add('Resolution 1332', 'ITU-COUNCIL/1332');
    dictionary.add('UN DESA', 'UNDESA');
    dictionary.add('WSIS+20 review', 'WSIS+20');
    expect(dictionary.resolve('What does Resolution 1332 ask of UN DESA?')).toEqual(['ITU-COUNCIL/1332', 'UNDESA']);
    expect(dictionary.resolve('the wsis+20 review process')).toEqual(['WSIS+20']);
  });
});
