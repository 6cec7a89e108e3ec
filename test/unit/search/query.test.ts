import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/search/query.js';

const concept = (query: string, label: string) => planQuery(query).concepts.find((c) => c.label === label);

describe('planQuery', () => {
  it('reads the kind of answer asked for', () => {
    expect([...planQuery('How many entries were received?').answerTypes]).toEqual(['quantity']);
    expect([...planQuery('When and where is the event?').answerTypes].sort()).toEqual(['date', 'place']);
    expect([...planQuery('Which agencies host it?').answerTypes]).toEqual(['actor']);
    expect([...planQuery('Which resolution asks for it?').answerTypes]).toEqual(['resolution']);
    expect(planQuery('roadmaps for action lines').answerTypes.size).toBe(0);
    expect([...planQuery('Which events did ITU attend?').answerTypes]).toEqual(['event']);
    expect([...planQuery('Which action lines does ITU facilitate?').answerTypes]).toEqual(['actionLine']);
    expect([...planQuery('Which SDG targets are linked?').answerTypes]).toEqual(['goal']);
  });

  it('reads "when" and "where" as question words only where a question word stands', () => {
    expect([...planQuery('By when should strategies exist?').answerTypes]).toEqual(['date']);
    expect([...planQuery('By what year should strategies exist?').answerTypes].sort()).toEqual(['date', 'year']);
    expect([...planQuery('Which outcomes might help when drafting the report?').answerTypes]).not.toContain('date');
    expect([...planQuery('What is done where access is poor?').answerTypes]).not.toContain('place');
  });

  it('takes each content word as written, with no word list of paraphrases behind it', () => {
    expect(concept('Who is the only facilitator?', 'onli')?.alternatives).toEqual([{ terms: ['onli'], weight: 1 }]);
    expect(planQuery('keep the roadmaps up to date').concepts.filter((c) => !c.optional).map((c) => c.label)).toEqual(['keep', 'roadmap', 'up', 'date']);
  });

  it('lets the count of a span of years stand for it ("ten-year review" = "WSIS+10")', () => {
    const span = concept('What did the ten-year review find?', '10-year');
    expect(span?.alternatives).toContainEqual({ terms: ['10'], weight: expect.any(Number) });
    expect(concept('What is the 10-point plan?', '10-point')?.alternatives.some((a) => a.terms.join() === '10')).toBe(false);
  });

  it('keeps a compound as written, with its parts as a weaker alternative', () => {
    const wsis = concept('the WSIS+20 review', 'wsis+20');
    expect(wsis?.alternatives[0]).toEqual({ terms: ['wsis+20'], weight: 1 });
    expect(wsis?.alternatives[1]?.terms).toEqual(['wsi', '20']);
  });

  it('offers the initials of spelled-out names as optional concepts', () => {
    const cwg = concept('the council working group meeting', 'cwg');
    expect(cwg).toMatchObject({ optional: true, alternatives: [{ terms: ['cwg'], weight: 1 }] });
  });

  it('leaves question and function words out', () => {
    expect(planQuery('What is the?').concepts).toEqual([]);
  });
});
